<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: shared by index.xsl, persons.xsl, places.xsl, orgs.xsl.
  Input: the catalog written by teipress (namespace urn:teipress:catalog):
    <catalog title="…"><entry stem="113009" href="113009.html"><TEI>…</TEI></entry>…
      <authority><TEI>…persons.xml…</TEI>…</authority></catalog>
  Keys keep the cost linear in the corpus size.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei c">

  <xsl:import href="text.xsl"/>
  <xsl:import href="page.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- authority entries come from the catalog (authority-files is still honoured when given) -->
  <xsl:variable name="tp-authority" select="/c:catalog/c:authority/tei:TEI | /c:catalog/c:authority/tei:teiCorpus | document($tp-authority-uris, /)"/>

  <xsl:variable name="c-site-title">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title) != ''"><xsl:value-of select="normalize-space($edition-title)"/></xsl:when>
      <xsl:when test="normalize-space(/c:catalog/@title) != ''"><xsl:value-of select="normalize-space(/c:catalog/@title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-edition-default-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- every name mention inside a catalog entry, by @ref. The keys' patterns have no union and no
       "c:entry//" step: libxslt evaluates them from the root, and libxml2 merges the node sets of
       each branch and each entry with a linear duplicate check, quadratic in the edition's size. -->
  <xsl:key name="c-mention" match="*[@ref][self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name
                                     or self::tei:repository][ancestor::c:entry]"
           use="normalize-space(@ref)"/>
  <!-- one per (ref, entry) -->
  <xsl:key name="c-mention-doc" match="*[@ref][self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name
                                     or self::tei:repository][ancestor::c:entry]"
           use="concat(normalize-space(@ref), '|', generate-id(ancestor::c:entry[1]))"/>
  <!-- one per (ref, entry, block) -->
  <xsl:key name="c-mention-block" match="*[@ref][self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name
                                     or self::tei:repository][ancestor::c:entry]"
           use="concat(normalize-space(@ref), '|', generate-id(ancestor::*[ancestor::tei:text][self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                  or self::tei:item or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer
                  or self::tei:byline or self::tei:docAuthor or self::tei:seg[parent::tei:opener]][1]), '|', generate-id(ancestor::c:entry[1]))"/>

  <!-- sortable date of an entry ('' = undated): teipress gives it (@date: from correspDesc,
       creation, sourceDesc or the title), else the header's -->
  <xsl:template name="c-entry-date">
    <xsl:choose>
      <xsl:when test="@date"><xsl:value-of select="@date"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tp-doc-date-iso"><xsl:with-param name="tei" select="(tei:TEI | tei:teiCorpus/tei:TEI)[1]"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="c-entry-title">
    <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="(tei:TEI | tei:teiCorpus)[1]"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="c-entry-display-date">
    <xsl:variable name="tei" select="(tei:TEI | tei:teiCorpus/tei:TEI)[1]"/>
    <xsl:variable name="d" select="($tei/tei:teiHeader/tei:profileDesc/tei:creation//tei:date)[1]"/>
    <xsl:choose>
      <xsl:when test="$d"><xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$d"/></xsl:call-template></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="iso"><xsl:call-template name="c-entry-date"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="$iso != ''"><xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$iso"/></xsl:call-template></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label-undated"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- display name of an authority entry (context: person/place/org) -->
  <xsl:template name="c-main-name">
    <xsl:variable name="m" select="(*[@type='main'] | *[@type='full'] | tei:persName | tei:placeName | tei:orgName)[1]"/>
    <xsl:choose>
      <xsl:when test="$m"><xsl:value-of select="normalize-space($m)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the list of documents and passages mentioning $ref ('#id') -->
  <xsl:template name="c-mentions">
    <xsl:param name="ref"/>
    <xsl:variable name="all" select="key('c-mention', $ref)"/>
    <xsl:choose>
      <xsl:when test="not($all)"><p class="tp-empty"><xsl:value-of select="$label-not-mentioned"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="tp-mentions">
          <!-- one item per document, documents sorted by date -->
          <xsl:for-each select="$all[generate-id() = generate-id(key('c-mention-doc', concat($ref, '|', generate-id(ancestor::c:entry[1])))[1])]">
            <xsl:sort select="(ancestor::c:entry[1]/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date)[1]/@when"/>
            <xsl:variable name="entry" select="ancestor::c:entry[1]"/>
            <xsl:variable name="eid" select="generate-id($entry)"/>
            <li>
              <a href="{$entry/@href}">
                <xsl:for-each select="$entry"><xsl:call-template name="c-entry-title"/></xsl:for-each>
              </a>
              <xsl:text> </xsl:text>
              <span class="tp-docmeta-inline">(<xsl:for-each select="$entry"><xsl:call-template name="c-entry-display-date"/></xsl:for-each>)</span>
              <br/>
              <span class="tp-passages">
                <xsl:value-of select="$label-passages"/><xsl:text>: </xsl:text>
                <xsl:for-each select="key('c-mention-doc', concat($ref, '|', $eid))">
                  <xsl:variable name="blk" select="ancestor::*[ancestor::tei:text][self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                      or self::tei:item or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer
                      or self::tei:byline or self::tei:docAuthor or self::tei:seg[parent::tei:opener]][1]"/>
                  <!-- first mention per block only -->
                  <xsl:if test="generate-id() = generate-id(key('c-mention-block', concat($ref, '|', generate-id($blk), '|', $eid))[1])">
                    <xsl:variable name="bid"><xsl:call-template name="tp-nearest-block-id"/></xsl:variable>
                    <xsl:variable name="form"><xsl:apply-templates select="." mode="tp-printed"/></xsl:variable>
                    <a>
                      <xsl:attribute name="href">
                        <xsl:value-of select="$entry/@href"/>
                        <xsl:if test="$bid != ''">#<xsl:value-of select="$bid"/></xsl:if>
                      </xsl:attribute>
                      <xsl:choose>
                        <xsl:when test="$bid = ''"><xsl:value-of select="$label-metadata"/></xsl:when>
                        <xsl:otherwise>“<xsl:value-of select="normalize-space($form)"/>”</xsl:otherwise>
                      </xsl:choose>
                    </a>
                    <xsl:text> </xsl:text>
                  </xsl:if>
                </xsl:for-each>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
