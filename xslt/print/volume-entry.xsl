<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: one document's part of the volume (edition.fo). teipress runs this on
  every valid document when it changes and keeps the result; volume.xsl makes the title page,
  contents and index of persons from the parts' summaries, and teipress puts each part's page
  sequence where volume.xsl marks it (<?teipress-volume-entry N?>), so that the volume costs no
  more than its documents and no document is rendered again for it when another one changed.

  Input: a TEI document. Parameters: those of document.xsl and params.xsl, plus
    stem             the document's output file stem
    catalog-title    the edition's title when teipress was given one (else edition-default-title)
    first            'yes' for the document that opens the volume (its pages are numbered from 1)
    print-failed     'yes' for a document FOP could not print, in a draft build: a placeholder page
                     that says so under its title, in the contents and the outline, not in the index
  Output:
    <c:volume-entry stem="…" doc-id="doc" dated="yes|no" sort-date="…" when-min="…" when-max="…"
                    title="…" date="…">
      <c:mention ref="stalin" id="…"/>     one per person named in the text: the first mention
      <fo:bookmark>…</fo:bookmark>         the document's outline: its title, its divisions with a head
      <fo:page-sequence>…</fo:page-sequence>
    </c:volume-entry>
  teipress prefixes every id and reference of a part (id, ref-id, internal-destination, doc-id)
  with a key of the document, so that the parts' ids never clash in the volume.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei">

  <xsl:import href="document.xsl"/>
  <xsl:import href="../common/edition.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <xsl:param name="stem" select="''"/>
  <xsl:param name="catalog-title" select="''"/>
  <xsl:param name="first" select="'no'"/>
  <xsl:param name="print-failed" select="'no'"/>
  <!-- the document's date as teipress finds it in any TEI (correspDesc, creation, sourceDesc, the
       title: tools/render/document_date.h), for a document without a creation date -->
  <xsl:param name="sort-date" select="''"/>

  <xsl:variable name="vol-title">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title)"><xsl:value-of select="normalize-space($edition-title)"/></xsl:when>
      <xsl:when test="normalize-space($catalog-title)"><xsl:value-of select="normalize-space($catalog-title)"/></xsl:when>
      <xsl:when test="normalize-space($edition-default-title)"><xsl:value-of select="normalize-space($edition-default-title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-volume-default-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- persName occurrences in the text, by referenced id -->
  <xsl:key name="mentions" match="tei:TEI/tei:text//tei:persName[@ref]" use="substring-after(normalize-space(@ref), '#')"/>

  <xsl:template match="/">
    <xsl:variable name="creation-dates" select="tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date"/>
    <c:volume-entry stem="{$stem}" doc-id="doc">
      <xsl:if test="tei:TEI">
        <xsl:attribute name="dated">
          <xsl:choose><xsl:when test="$creation-dates[@when or @notBefore or @from or @notAfter] or $sort-date != ''">yes</xsl:when><xsl:otherwise>no</xsl:otherwise></xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="sort-date">
          <xsl:choose>
            <xsl:when test="$creation-dates[@when or @notBefore or @from or @notAfter]"><xsl:value-of select="($creation-dates/@when | $creation-dates/@notBefore | $creation-dates/@from | $creation-dates/@notAfter)[1]"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$sort-date"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:attribute name="when-min">
          <xsl:for-each select="$creation-dates/@when"><xsl:sort select="."/><xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if></xsl:for-each>
          <xsl:if test="not($creation-dates/@when)"><xsl:value-of select="$sort-date"/></xsl:if>
        </xsl:attribute>
        <xsl:attribute name="when-max">
          <xsl:for-each select="$creation-dates/@when"><xsl:sort select="." order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="."/></xsl:if></xsl:for-each>
          <xsl:if test="not($creation-dates/@when)"><xsl:value-of select="$sort-date"/></xsl:if>
        </xsl:attribute>
        <xsl:variable name="title"><xsl:for-each select="tei:TEI"><xsl:call-template name="plain-title"/></xsl:for-each></xsl:variable>
        <xsl:variable name="date"><xsl:for-each select="tei:TEI"><xsl:call-template name="plain-date"/></xsl:for-each></xsl:variable>
        <xsl:attribute name="title"><xsl:value-of select="$title"/></xsl:attribute>
        <xsl:attribute name="date"><xsl:value-of select="$date"/></xsl:attribute>
        <xsl:variable name="initial-page-number">
          <xsl:choose><xsl:when test="$first = 'yes'">1</xsl:when><xsl:otherwise>auto</xsl:otherwise></xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$print-failed = 'yes'">
            <xsl:attribute name="print-failed">yes</xsl:attribute>
            <fo:bookmark internal-destination="doc"><fo:bookmark-title><xsl:value-of select="$title"/></fo:bookmark-title></fo:bookmark>
            <xsl:apply-templates select="tei:TEI" mode="placeholder-page-sequence">
              <xsl:with-param name="doc-id" select="'doc'"/>
              <xsl:with-param name="initial-page-number" select="$initial-page-number"/>
              <xsl:with-param name="head-verso" select="$vol-title"/>
            </xsl:apply-templates>
          </xsl:when>
          <xsl:otherwise>
            <!-- the first mention of each person in this document: the index's locator -->
            <xsl:for-each select="tei:TEI/tei:text//tei:persName[@ref][generate-id() = generate-id(key('mentions', substring-after(normalize-space(@ref), '#'))[1])]">
              <c:mention ref="{substring-after(normalize-space(@ref), '#')}" id="{generate-id()}"/>
            </xsl:for-each>
            <xsl:apply-templates select="tei:TEI" mode="bookmark"><xsl:with-param name="doc-id" select="'doc'"/></xsl:apply-templates>
            <xsl:apply-templates select="tei:TEI" mode="page-sequence">
              <xsl:with-param name="doc-id" select="'doc'"/>
              <xsl:with-param name="initial-page-number" select="$initial-page-number"/>
              <xsl:with-param name="head-verso" select="$vol-title"/>
              <xsl:with-param name="head-recto">
                <xsl:call-template name="shorten">
                  <xsl:with-param name="s">
                    <xsl:value-of select="$title"/>
                    <xsl:if test="normalize-space($date)"><xsl:value-of select="concat(' · ', $date)"/></xsl:if>
                  </xsl:with-param>
                  <xsl:with-param name="max" select="85"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:apply-templates>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </c:volume-entry>
  </xsl:template>

</xsl:stylesheet>
