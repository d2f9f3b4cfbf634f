<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: one document's entry in the edition's catalog (see catalog-common.xsl for the
  catalog's shape). teipress runs this on every valid document when the document changes and
  keeps the result; index.xsl and the register pages are made from the entries alone.

  Input: a TEI document. Parameters: stem (the output file stem; the page is stem.html), and those
  of text.xsl and page.xsl.
  Output: <c:entry> with the facts the index needs to order and group the documents (iso, year,
  type, when), the index's list item, one <c:name> per person, place or organization name with a
  local reference (in order of first mention; count = its mentions), and one <c:mention> per
  referenced id with the register's item for this document: its title, date and a link to the
  first mention in each passage.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei">

  <xsl:import href="catalog-common.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <xsl:param name="stem" select="''"/>
  <!-- not empty: the document is invalid and has no page (a development build lists it, marked,
       with this first error) -->
  <xsl:param name="invalid-reason" select="''"/>
  <xsl:variable name="href" select="concat($stem, '.html')"/>

  <!-- every name mention of the document, by @ref; one per (ref, block) -->
  <xsl:key name="c-mention-node" match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:rs[@ref] | tei:name[@ref]
                                       | tei:repository[@ref]"
           use="normalize-space(@ref)"/>
  <xsl:key name="c-mention-block" match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:rs[@ref] | tei:name[@ref]
                                        | tei:repository[@ref]"
           use="concat(normalize-space(@ref), '|', generate-id(ancestor::*[ancestor::tei:text][self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                  or self::tei:item or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer
                  or self::tei:byline or self::tei:docAuthor or self::tei:seg[parent::tei:opener]][1]))"/>
  <!-- person, place and organization names with a local reference, by kind and reference -->
  <xsl:key name="c-ref-kind" match="*[self::tei:persName or self::tei:placeName or self::tei:orgName][starts-with(normalize-space(@ref), '#')]"
           use="concat(local-name(), '|', normalize-space(@ref))"/>

  <xsl:template match="/">
    <xsl:variable name="tei" select="(tei:TEI | tei:teiCorpus/tei:TEI)[1]"/>
    <xsl:variable name="iso"><xsl:call-template name="c-entry-date"/></xsl:variable>
    <xsl:variable name="type"><xsl:call-template name="tp-doc-type"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <xsl:variable name="title"><xsl:call-template name="c-entry-title"/></xsl:variable>
    <xsl:variable name="display-date"><xsl:call-template name="c-entry-display-date"/></xsl:variable>
    <c:entry stem="{$stem}" href="{$href}" iso="{$iso}" year="{substring($iso, 1, 4 + starts-with($iso, '-'))}" type="{$type}"
             when="{(tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date)[1]/@when}">
      <c:title><xsl:value-of select="$title"/></c:title>
      <c:display-date><xsl:value-of select="$display-date"/></c:display-date>
      <c:item>
        <xsl:call-template name="c-doc-item">
          <xsl:with-param name="tei" select="$tei"/>
          <xsl:with-param name="year" select="substring($iso, 1, 4 + starts-with($iso, '-'))"/>
          <xsl:with-param name="type" select="$type"/>
          <xsl:with-param name="title" select="$title"/>
          <xsl:with-param name="display-date" select="$display-date"/>
        </xsl:call-template>
      </c:item>
      <!-- an invalid document has no page the registers could link to -->
      <xsl:if test="$invalid-reason = ''">
      <xsl:for-each select="//*[self::tei:persName or self::tei:placeName or self::tei:orgName][starts-with(normalize-space(@ref), '#')]
                              [generate-id() = generate-id(key('c-ref-kind', concat(local-name(), '|', normalize-space(@ref)))[1])]">
        <c:name kind="{local-name()}" ref="{normalize-space(@ref)}"
                count="{count(key('c-ref-kind', concat(local-name(), '|', normalize-space(@ref))))}" text="{normalize-space(.)}"/>
      </xsl:for-each>
      <xsl:for-each select="//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:rs or self::tei:name
                                or self::tei:repository][@ref]
                              [generate-id() = generate-id(key('c-mention-node', normalize-space(@ref))[1])]">
        <c:mention ref="{normalize-space(@ref)}">
          <xsl:call-template name="c-mention-item">
            <xsl:with-param name="ref" select="normalize-space(@ref)"/>
            <xsl:with-param name="title" select="$title"/>
            <xsl:with-param name="display-date" select="$display-date"/>
          </xsl:call-template>
        </c:mention>
      </xsl:for-each>
      </xsl:if>
    </c:entry>
  </xsl:template>

  <!-- index.html: the document in the list -->
  <xsl:template name="c-doc-item">
    <xsl:param name="tei"/>
    <xsl:param name="year"/>
    <xsl:param name="type"/>
    <xsl:param name="title"/>
    <xsl:param name="display-date"/>
    <xsl:variable name="orig"><xsl:call-template name="tp-original-language"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <li class="tp-docitem" data-year="{$year}" data-type="{$type}">
      <xsl:attribute name="data-persons">
        <xsl:text> </xsl:text>
        <xsl:for-each select="//tei:persName[starts-with(normalize-space(@ref), '#')][generate-id() = generate-id(key('c-ref-kind', concat('persName|', normalize-space(@ref)))[1])]">
          <xsl:value-of select="substring-after(normalize-space(@ref), '#')"/><xsl:text> </xsl:text>
        </xsl:for-each>
      </xsl:attribute>
      <xsl:attribute name="data-places">
        <xsl:text> </xsl:text>
        <xsl:for-each select="//tei:placeName[starts-with(normalize-space(@ref), '#')][generate-id() = generate-id(key('c-ref-kind', concat('placeName|', normalize-space(@ref)))[1])]">
          <xsl:value-of select="substring-after(normalize-space(@ref), '#')"/><xsl:text> </xsl:text>
        </xsl:for-each>
      </xsl:attribute>
      <p class="tp-docmeta">
        <span class="tp-doc-type"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="$type"/></xsl:call-template></span>
        <span><xsl:value-of select="$display-date"/></span>
        <xsl:if test="$orig != '' and not($tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[@ident='en'])">
          <span><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig"/></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="$orig != '' and $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[@ident='en']">
          <span><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-translated-from"/><xsl:with-param name="n"><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig"/></xsl:call-template></xsl:with-param></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="$orig = '' and $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language">
          <span><xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1])"/></span>
        </xsl:if>
        <span><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-record-n"/><xsl:with-param name="n" select="$stem"/></xsl:call-template></span>
        <xsl:if test="$invalid-reason != ''"><span class="tp-invalid-mark"><xsl:value-of select="$label-invalid-document"/></span></xsl:if>
      </p>
      <xsl:choose>
        <xsl:when test="$invalid-reason != ''">
          <!-- a development build's invalid document: no page, and why -->
          <h4 class="tp-invalid"><xsl:value-of select="$title"/></h4>
          <p class="tp-invalid-reason"><code><xsl:value-of select="$invalid-reason"/></code></p>
        </xsl:when>
        <xsl:otherwise><h4><a href="{$href}"><xsl:value-of select="$title"/></a></h4></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$tei/tei:teiHeader/tei:profileDesc/tei:abstract">
        <p class="tp-docsummary"><xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:abstract)"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- a register page: this document and the passages mentioning $ref (the first mention in each) -->
  <xsl:template name="c-mention-item">
    <xsl:param name="ref"/>
    <xsl:param name="title"/>
    <xsl:param name="display-date"/>
    <li>
      <a href="{$href}"><xsl:value-of select="$title"/></a>
      <xsl:text> </xsl:text>
      <span class="tp-docmeta-inline">(<xsl:value-of select="$display-date"/>)</span>
      <br/>
      <span class="tp-passages">
        <xsl:value-of select="$label-passages"/><xsl:text>: </xsl:text>
        <xsl:for-each select="key('c-mention-node', $ref)">
          <xsl:variable name="blk" select="ancestor::*[ancestor::tei:text][self::tei:p or self::tei:ab or self::tei:head or self::tei:l
              or self::tei:item or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer
              or self::tei:byline or self::tei:docAuthor or self::tei:seg[parent::tei:opener]][1]"/>
          <!-- first mention per block only -->
          <xsl:if test="generate-id() = generate-id(key('c-mention-block', concat($ref, '|', generate-id($blk)))[1])">
            <xsl:variable name="bid"><xsl:call-template name="tp-nearest-block-id"/></xsl:variable>
            <xsl:variable name="form"><xsl:apply-templates select="." mode="tp-printed"/></xsl:variable>
            <a>
              <xsl:attribute name="href">
                <xsl:value-of select="$href"/>
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
  </xsl:template>

</xsl:stylesheet>
