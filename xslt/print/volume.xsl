<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: the whole edition as one XSL-FO document, from the volume's catalog:

    <catalog xmlns="urn:teipress:catalog" title="Edition title">   (no title: ../common/edition.xsl)
      <volume-entry n="1" stem="113009" doc-id="…" dated="yes" sort-date="1951-08-28" when-min="…"
                    when-max="…" title="…" date="…">
        <mention ref="stalin" id="…"/> …       (volume-entry.xsl's summary of one document)
        <fo:bookmark …>…</fo:bookmark>         (its outline: the PDF's bookmarks)
      </volume-entry> …
      <authority><TEI>… persons.xml: listPerson/person[@xml:id]/persName[@type='main'|'variant'|'pseudonym'] …</TEI> …</authority>
    </catalog>

  Output: the PDF's outline (each document's bookmarks), title page, contents (page numbers by fo:page-number-citation), the documents in date
  order (ISO date from the header; undated last; ties by stem), each a page sequence of its own
  with running heads (verso: edition title, recto: document title and date), and an index of
  persons with their pseudonyms. The documents' page sequences are volume-entry.xsl's: this
  stylesheet marks their places with <?teipress-volume-entry N?> (N: the entry's n, numbered by
  teipress) and teipress puts them there.
  Index locators: for each document in which a person is named (persName[@ref] in tei:text), the
  page of the first mention in that document (FOP cannot merge duplicate page numbers, so one
  locator per document keeps the index exact and free of repeats).
  Parameters: those of params.xsl (edition-title, -subtitle, -editors, -publisher, -licence on
  the title page and in the PDF's metadata), plus
    volume-subtitle   a line under the title on the title page (default: edition-subtitle)
    with-index        'yes' (default) | 'no'
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei c">

  <xsl:import href="document.xsl"/>
  <xsl:import href="../common/edition.xsl"/>

  <xsl:param name="volume-subtitle" select="$edition-subtitle"/>
  <xsl:param name="with-index">yes</xsl:param>

  <xsl:variable name="vol-title">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title)"><xsl:value-of select="normalize-space($edition-title)"/></xsl:when>
      <xsl:when test="normalize-space(/c:catalog/@title)"><xsl:value-of select="normalize-space(/c:catalog/@title)"/></xsl:when>
      <xsl:when test="normalize-space($edition-default-title)"><xsl:value-of select="normalize-space($edition-default-title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-volume-default-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="persons" select="/c:catalog/c:authority//tei:person[@xml:id]"/>
  <!-- the documents of the volume, each with its first mention of every person it names -->
  <xsl:variable name="entries" select="/c:catalog/c:volume-entry[@dated]"/>
  <xsl:key name="mentions" match="c:volume-entry/c:mention" use="@ref"/>

  <xsl:template match="/">
    <xsl:apply-templates select="c:catalog"/>
  </xsl:template>

  <xsl:template match="c:catalog">
    <fo:root font-selection-strategy="{$font-selection-strategy}" xml:lang="{$language}">
      <xsl:call-template name="layout-masters"/>
      <xsl:call-template name="pdf-metadata">
        <xsl:with-param name="tei" select="/.."/>
        <xsl:with-param name="title" select="$vol-title"/>
      </xsl:call-template>
      <!-- the PDF's outline: each document's bookmarks (volume-entry.xsl), in the order of its pages -->
      <xsl:if test="$entries/fo:bookmark">
        <fo:bookmark-tree>
          <xsl:for-each select="$entries">
            <xsl:sort select="number(@dated = 'no')" data-type="number"/>
            <xsl:sort select="number(substring(@sort-date, 1, 4 + starts-with(@sort-date, '-')))" data-type="number"/>
            <xsl:sort select="@sort-date"/>
            <xsl:sort select="@stem"/>
            <xsl:copy-of select="fo:bookmark"/>
          </xsl:for-each>
        </fo:bookmark-tree>
      </xsl:if>
      <xsl:call-template name="title-page"/>
      <xsl:call-template name="contents"/>
      <xsl:for-each select="$entries">
        <xsl:sort select="number(@dated = 'no')" data-type="number"/>
        <!-- by year as a number first: an ISO year "-0520" (520 BCE) comes before "-0050" -->
        <xsl:sort select="number(substring(@sort-date, 1, 4 + starts-with(@sort-date, '-')))" data-type="number"/>
        <xsl:sort select="@sort-date"/>
        <xsl:sort select="@stem"/>
        <!-- the document's page sequence (volume-entry.xsl, numbered from 1 for the first) -->
        <xsl:processing-instruction name="teipress-volume-entry"><xsl:value-of select="@n"/></xsl:processing-instruction>
      </xsl:for-each>
      <xsl:if test="$with-index = 'yes' and $persons">
        <xsl:call-template name="person-index"/>
      </xsl:if>
    </fo:root>
  </xsl:template>

  <!-- ================================================================ title page -->

  <xsl:template name="title-page">
    <fo:page-sequence master-reference="tp-plain" initial-page-number="1" format="i">
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font" text-align="center">
          <fo:block space-before="55mm" font-family="{$font-display}" font-size="{$size-volume-title}" line-height="1.2"
            color="{$colour-accent}" hyphenate="false"><xsl:value-of select="$vol-title"/></fo:block>
          <xsl:if test="normalize-space($volume-subtitle)">
            <fo:block space-before="6mm" font-size="{$size-h1}" font-style="italic"><xsl:value-of select="$volume-subtitle"/></fo:block>
          </xsl:if>
          <fo:block space-before="10mm">
            <fo:leader leader-pattern="rule" leader-length="30mm" rule-thickness="0.5pt" color="{$colour-accent}"/>
          </fo:block>
          <xsl:if test="normalize-space($edition-editors)">
            <fo:block space-before="8mm" font-size="{$size-h2}"><xsl:value-of select="$label-editors"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space($edition-editors)"/></fo:block>
          </xsl:if>
          <fo:block space-before="8mm" font-size="{$size-small}" color="{$colour-muted}" letter-spacing="0.05em">
            <xsl:call-template name="tp-fill"><xsl:with-param name="text"><xsl:choose><xsl:when test="count($entries) = 1"><xsl:value-of select="$label-one-document"/></xsl:when><xsl:otherwise><xsl:value-of select="$label-n-documents"/></xsl:otherwise></xsl:choose></xsl:with-param><xsl:with-param name="n" select="count($entries)"/></xsl:call-template>
            <xsl:call-template name="date-range"/>
          </fo:block>
          <xsl:if test="normalize-space($edition-publisher)">
            <fo:block space-before="30mm" font-size="{$size-body}"><xsl:value-of select="normalize-space($edition-publisher)"/></fo:block>
          </xsl:if>
          <xsl:if test="normalize-space($edition-licence)">
            <fo:block space-before="3mm" font-size="{$size-small}" color="{$colour-muted}"><xsl:value-of select="$label-licence"/><xsl:text>: </xsl:text><xsl:value-of select="normalize-space($edition-licence)"/></fo:block>
          </xsl:if>
          <xsl:if test="normalize-space($base-url)">
            <fo:block space-before="3mm" font-size="{$size-small}" color="{$colour-muted}"><fo:basic-link external-destination="url('{normalize-space($base-url)}')"><xsl:value-of select="normalize-space($base-url)"/></fo:basic-link></fo:block>
          </xsl:if>
          <xsl:call-template name="tp-hook-fo-title-page"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="date-range">
    <xsl:variable name="ys" select="$entries[@when-min != '']"/>
    <xsl:if test="$ys">
      <!-- years as numbers: an ISO year "-0520" is 520 BCE -->
      <xsl:variable name="first">
        <xsl:for-each select="$ys"><xsl:sort select="number(substring(@when-min, 1, 4 + starts-with(@when-min, '-')))" data-type="number"/><xsl:if test="position() = 1"><xsl:value-of select="substring(@when-min, 1, 4 + starts-with(@when-min, '-'))"/></xsl:if></xsl:for-each>
      </xsl:variable>
      <xsl:variable name="last">
        <xsl:for-each select="$ys"><xsl:sort select="number(substring(@when-max, 1, 4 + starts-with(@when-max, '-')))" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="substring(@when-max, 1, 4 + starts-with(@when-max, '-'))"/></xsl:if></xsl:for-each>
      </xsl:variable>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="tp-year"><xsl:with-param name="year" select="string($first)"/></xsl:call-template>
      <xsl:if test="$last != $first">–<xsl:call-template name="tp-year"><xsl:with-param name="year" select="string($last)"/></xsl:call-template></xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ contents -->

  <xsl:template name="contents">
    <fo:page-sequence master-reference="tp-plain" format="i">
      <xsl:call-template name="static-content">
        <xsl:with-param name="head-verso" select="$vol-title"/>
        <xsl:with-param name="head-recto" select="$label-contents"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font" text-align="start" hyphenate="false">
          <fo:block xsl:use-attribute-sets="doc-title" space-after="8mm"><xsl:value-of select="$label-contents"/></fo:block>
          <xsl:for-each select="$entries">
            <xsl:sort select="number(@dated = 'no')" data-type="number"/>
            <!-- by year as a number first: an ISO year "-0520" (520 BCE) comes before "-0050" -->
            <xsl:sort select="number(substring(@sort-date, 1, 4 + starts-with(@sort-date, '-')))" data-type="number"/>
            <xsl:sort select="@sort-date"/>
            <xsl:sort select="@stem"/>
            <xsl:variable name="date" select="string(@date)"/>
            <fo:block space-after="2.2mm" keep-together.within-page="always" text-align-last="justify"
              margin-left="8mm" text-indent="-8mm" margin-right="10mm" last-line-end-indent="-10mm">
              <fo:inline color="{$colour-muted}"><xsl:value-of select="position()"/>.</fo:inline>
              <fo:leader leader-pattern="space" leader-length="3mm"/>
              <xsl:value-of select="@title"/>
              <fo:inline font-size="{$size-small}" color="{$colour-muted}" font-style="italic">
                <xsl:text>  </xsl:text>
                <xsl:choose>
                  <xsl:when test="normalize-space($date)"><xsl:value-of select="$date"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$label-undated"/></xsl:otherwise>
                </xsl:choose>
              </fo:inline>
              <fo:leader leader-pattern="dots" leader-pattern-width="4pt" color="{$colour-rule}"/>
              <fo:page-number-citation ref-id="{@doc-id}"/>
            </fo:block>
          </xsl:for-each>
          <xsl:if test="$with-index = 'yes' and $persons">
            <fo:block space-before="4mm" text-align-last="justify" margin-left="8mm" margin-right="10mm" last-line-end-indent="-10mm">
              <xsl:value-of select="$label-index-persons"/>
              <fo:leader leader-pattern="dots" leader-pattern-width="4pt" color="{$colour-rule}"/>
              <fo:page-number-citation ref-id="tp-index-persons"/>
            </fo:block>
          </xsl:if>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ================================================================ index of persons -->

  <xsl:template name="person-index">
    <fo:page-sequence master-reference="tp-index">
      <xsl:call-template name="static-content">
        <xsl:with-param name="head-verso" select="$vol-title"/>
        <xsl:with-param name="head-recto" select="$label-index-persons"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font doc-title" padding-bottom="6mm" span="all" id="tp-index-persons"><xsl:value-of select="$label-index-persons"/></fo:block>
        <fo:block xsl:use-attribute-sets="body-font" text-align="start" hyphenate="false">
          <fo:block font-size="{$size-small}" line-height="1.35">
            <!-- main entries and cross references ("Filippov, see Stalin"), in one alphabet -->
            <xsl:for-each select="$persons/tei:persName[@type='main' or @type='pseudonym']
                                  | $persons[not(tei:persName[@type='main'])]/tei:persName[1]">
              <xsl:sort select="translate(normalize-space(concat(../@sortKey, ' ', .)), 'abcdefghijklmnopqrstuvwxyzäöüéèáàóòúùíìçšžčřłńśźż', 'ABCDEFGHIJKLMNOPQRSTUVWXYZAOUEEAAOOUUIICSZCRLNSZZ')"/>
              <xsl:variable name="p" select=".."/>
              <xsl:variable name="occ" select="key('mentions', $p/@xml:id)"/>
              <xsl:if test="$occ">
                <xsl:choose>
                  <xsl:when test="@type='pseudonym'">
                    <fo:block margin-left="5mm" text-indent="-5mm" space-after="0.8mm">
                      <xsl:value-of select="normalize-space(.)"/>
                      <xsl:text>, </xsl:text>
                      <fo:inline font-style="italic"><xsl:value-of select="$label-pseudonym-see"/></fo:inline>
                      <xsl:text> </xsl:text>
                      <xsl:value-of select="normalize-space(($p/tei:persName[@type='main'] | $p/tei:persName)[1])"/>
                    </fo:block>
                  </xsl:when>
                  <xsl:otherwise>
                    <fo:block margin-left="5mm" text-indent="-5mm" space-after="0.8mm">
                      <fo:inline font-weight="bold"><xsl:value-of select="normalize-space(.)"/></fo:inline>
                      <xsl:if test="$p/tei:persName[@type='pseudonym']">
                        <xsl:text> (</xsl:text>
                        <fo:inline font-style="italic"><xsl:value-of select="$label-pseudonym-abbreviation"/></fo:inline><xsl:text>&#160;</xsl:text>
                        <xsl:for-each select="$p/tei:persName[@type='pseudonym']">
                          <xsl:if test="position() &gt; 1">, </xsl:if>
                          <xsl:value-of select="normalize-space(.)"/>
                        </xsl:for-each>
                        <xsl:text>)</xsl:text>
                      </xsl:if>
                      <xsl:text>  </xsl:text>
                      <!-- one locator per document: the first mention -->
                      <xsl:for-each select="$occ">
                        <xsl:sort select="number(../@dated = 'no')" data-type="number"/>
                        <xsl:sort select="../@sort-date"/>
                        <xsl:sort select="../@stem"/>
                        <xsl:if test="position() &gt; 1">, </xsl:if>
                        <fo:page-number-citation ref-id="{@id}"/>
                      </xsl:for-each>
                    </fo:block>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:if>
            </xsl:for-each>
          </fo:block>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

</xsl:stylesheet>
