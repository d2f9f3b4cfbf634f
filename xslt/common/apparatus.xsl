<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: the critical apparatus, output-neutral (text only), shared by the HTML and the
  print edition.

  An apparatus entry (tei:app) is either inline, where the text varies (parallel segmentation:
  the lemma, or the first reading when there is none, stands in the text; the entry goes to the
  apparatus below the text or at the foot of the page), or in a list apart (listApp, as EpiDoc
  editions keep it in div[@type='apparatus']), keyed by @loc.  Either way an entry is printed as
  critical editions print it:  "5 lemma A] reading B C; reading D",  keyed by its line.

  Named templates:
    tp-app-loc          context tei:app -> its line: @loc, else the number of its verse line (l),
                        else of the manuscript line it stands in (the lb before it), else ''
    tp-app-number       context tei:app -> its ordinal among the document's inline entries that
                        the apparatus lists (or among the entries of all listApps), for ids and
                        for a marker letter
    tp-app-listed       context tei:app -> 'yes' when the apparatus lists the entry: it has a
                        reading besides the one in the text, or a note
    tp-witness-sigla    param wit (an attribute value "#A #B") -> "A B": each witness by its
                        siglum from listWit (witness/@n, else its abbr[@type='siglum'], else its
                        xml:id); unknown pointers as they are, without '#'
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:key name="tp-witness" match="tei:witness[@xml:id]" use="@xml:id"/>

  <xsl:template name="tp-app-loc">
    <xsl:variable name="line" select="ancestor::tei:l[1]"/>
    <!-- the lb that began the manuscript line this entry stands in, in the same block -->
    <xsl:variable name="lb" select="preceding::tei:lb[1][ancestor::tei:text][generate-id(ancestor::*[self::tei:ab or self::tei:p or self::tei:div][1])
                                    = generate-id(current()/ancestor::*[self::tei:ab or self::tei:p or self::tei:div][1])]"/>
    <xsl:choose>
      <xsl:when test="normalize-space(@loc) != ''"><xsl:value-of select="normalize-space(@loc)"/></xsl:when>
      <xsl:when test="$line"><xsl:for-each select="$line"><xsl:call-template name="tp-line-n"/></xsl:for-each></xsl:when>
      <xsl:when test="$lb[normalize-space(@n) != '']"><xsl:value-of select="normalize-space($lb/@n)"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-app-number">
    <xsl:choose>
      <xsl:when test="ancestor::tei:listApp"><xsl:number level="any" count="tei:app[ancestor::tei:listApp]" from="tei:TEI"/></xsl:when>
      <!-- among the entries the apparatus lists (tp-app-listed; keep the two in step) -->
      <xsl:otherwise><xsl:number level="any" from="tei:TEI"
        count="tei:app[not(ancestor::tei:listApp)][ancestor::tei:text][tei:lem and (tei:rdg or tei:rdgGrp or tei:note or tei:witDetail or tei:lem/@wit)
               or not(tei:lem) and (count(tei:rdg | tei:rdgGrp) &gt; 1 or tei:note or tei:witDetail)]"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the key of an entry that no line keys: a letter, a, b, c ... (its number) -->
  <xsl:template name="tp-app-letter">
    <xsl:variable name="n"><xsl:call-template name="tp-app-number"/></xsl:variable>
    <xsl:number value="number($n)" format="a"/>
  </xsl:template>

  <xsl:template name="tp-app-listed">
    <xsl:if test="tei:lem and (tei:rdg or tei:rdgGrp or tei:note or tei:witDetail or tei:lem/@wit)
                  or not(tei:lem) and (count(tei:rdg | tei:rdgGrp) &gt; 1 or tei:note or tei:witDetail)
                  or ancestor::tei:listApp">yes</xsl:if>
  </xsl:template>

  <xsl:template name="tp-witness-sigla">
    <xsl:param name="wit"/>
    <xsl:variable name="list" select="normalize-space($wit)"/>
    <xsl:if test="$list != ''">
      <xsl:variable name="first" select="substring-before(concat($list, ' '), ' ')"/>
      <xsl:variable name="id" select="substring-after($first, '#')"/>
      <xsl:variable name="witness" select="key('tp-witness', $id)[1]"/>
      <xsl:choose>
        <xsl:when test="normalize-space($witness/@n) != ''"><xsl:value-of select="normalize-space($witness/@n)"/></xsl:when>
        <xsl:when test="$witness//tei:abbr[@type='siglum']"><xsl:value-of select="normalize-space($witness//tei:abbr[@type='siglum'][1])"/></xsl:when>
        <xsl:when test="$id != ''"><xsl:value-of select="$id"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$first"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="contains($list, ' ')">
        <xsl:text> </xsl:text>
        <xsl:call-template name="tp-witness-sigla"><xsl:with-param name="wit" select="substring-after($list, ' ')"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
