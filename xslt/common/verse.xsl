<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: verse lines and manuscript lines, output-neutral (text only), shared by the
  HTML and the print edition.  Each format declares the parameter in its params.xsl:
    line-numbers-every   show the number of every Nth line (default 5); 1 = every line; 0 = none
    lb-line-numbers      'auto' (default), 'yes' (number every lb line), 'no' (no lb line)

  Named templates:
    tp-line-number         context tei:l or tei:lb -> the number printed beside the line, or ''
                           (l: @n, else counted over the document's lines, the continuation of a
                           split line l[@part='M' or @part='F'] not counted; lb: @n, else counted
                           from the last page break, and only where lb begins lines, as in
                           diplomatic transcriptions: a block that starts with lb)
    tp-line-n              context tei:l or tei:lb -> the line's number whether printed or not
    tp-lb-lineated         context tei:lb -> 'yes' when it begins a numbered line (lb/@n, an EpiDoc
                           edition, or parameter lb-line-numbers 'yes'; 'no' turns them off)
    tp-split-line-before   context tei:l[@part='M' or @part='F'] -> the text of the parts before it
                           (the l[@part='I'] and any l[@part='M'] since), to set this part where
                           that one ended
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  extension-element-prefixes="exsl"
  exclude-result-prefixes="tei exsl">

  <!-- Verse lines are counted once per run over the document (xsl:number per line is quadratic
       in the number of lines) and looked up by generate-id(). -->
  <xsl:key name="tp-line-ordinal" match="tp-l" use="@g"/>
  <xsl:variable name="tp-line-ordinals-rtf">
    <xsl:for-each select="//tei:TEI">
      <xsl:for-each select=".//tei:text//tei:l[not(@part='M' or @part='F')]">
        <tp-l g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="tp-line-ordinals" select="exsl:node-set($tp-line-ordinals-rtf)"/>

  <xsl:template name="tp-line-ordinal">
    <xsl:param name="line" select="."/>
    <xsl:variable name="g" select="generate-id($line)"/>
    <xsl:for-each select="$tp-line-ordinals"><xsl:value-of select="key('tp-line-ordinal', $g)/@n"/></xsl:for-each>
  </xsl:template>

  <xsl:template name="tp-line-n">
    <xsl:choose>
      <xsl:when test="normalize-space(@n) != ''"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:when test="self::tei:l">
        <!-- the start of a split line carries its number -->
        <xsl:variable name="line" select="(self::tei:l[not(@part='M' or @part='F')] | preceding::tei:l[@part='I'][1][not(current()/@part='I')])[last()]"/>
        <xsl:choose>
          <xsl:when test="count($line/@n) = 1 and normalize-space($line/@n) != ''"><xsl:value-of select="normalize-space($line/@n)"/></xsl:when>
          <xsl:otherwise>
            <!-- counted from the last numbered line before it, else from the start -->
            <xsl:variable name="numbered" select="$line/preceding::tei:l[@n][not(@part='M' or @part='F')][1][ancestor::tei:text]"/>
            <xsl:variable name="here"><xsl:call-template name="tp-line-ordinal"><xsl:with-param name="line" select="$line"/></xsl:call-template></xsl:variable>
            <xsl:choose>
              <xsl:when test="$numbered and number($numbered/@n) = number($numbered/@n)">
                <xsl:variable name="there"><xsl:call-template name="tp-line-ordinal"><xsl:with-param name="line" select="$numbered"/></xsl:call-template></xsl:variable>
                <xsl:value-of select="number($numbered/@n) + number($here) - number($there)"/>
              </xsl:when>
              <xsl:when test="$numbered"/>
              <xsl:otherwise><xsl:value-of select="$here"/></xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="self::tei:lb">
        <xsl:number level="any" count="tei:lb" from="tei:pb | tei:text | tei:div[@type='edition'] | tei:div[@type='textpart']"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-line-number">
    <xsl:variable name="every" select="number($line-numbers-every)"/>
    <xsl:variable name="lineated"><xsl:call-template name="tp-lb-lineated"/></xsl:variable>
    <xsl:if test="$every &gt; 0 and (self::tei:l[not(@part='M' or @part='F')] or $lineated = 'yes')">
      <xsl:variable name="n"><xsl:call-template name="tp-line-n"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="$n = ''"/>
        <xsl:when test="$every = 1"><xsl:value-of select="$n"/></xsl:when>
        <xsl:when test="number($n) &gt; 0 and number($n) mod $every = 0"><xsl:value-of select="$n"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' when this lb begins a line of a lineated text: numbered, kept in print, its
       break="no" marked with a hyphen -->
  <xsl:template name="tp-lb-lineated">
    <xsl:if test="self::tei:lb[not(ancestor::tei:teiHeader)] and $lb-line-numbers != 'no'
                  and ($lb-line-numbers = 'yes' or normalize-space(@n) != '' or ancestor::tei:div[@type='edition'])">yes</xsl:if>
  </xsl:template>

  <xsl:template name="tp-split-line-before">
    <xsl:param name="line" select="."/>
    <xsl:variable name="previous" select="$line/preceding::tei:l[1]"/>
    <xsl:if test="$previous[@part='M']">
      <xsl:call-template name="tp-split-line-before"><xsl:with-param name="line" select="$previous"/></xsl:call-template>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:if test="$previous[@part='I' or @part='M']"><xsl:value-of select="normalize-space($previous)"/></xsl:if>
  </xsl:template>

</xsl:stylesheet>
