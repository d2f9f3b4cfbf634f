<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: shared by the catalog stylesheets, catalog-entry.xsl (one document's entry) and
  index.xsl, persons.xsl, places.xsl, orgs.xsl (the pages that span the edition).

  The pages that span the edition are made from a catalog of per-document entries, never from
  the documents themselves, so that their cost grows with the number of documents and an entry
  is made again only when its document changed. teipress runs catalog-entry.xsl on each valid
  document (in parallel, once per change) and assembles the catalog (namespace urn:teipress:catalog):

    <catalog title="…">             (no title attribute: ../common/edition.xsl's edition-default-title)
      <entry n="1" stem="113009" href="113009.html" iso="1951-08-28" year="1951" type="…" when="…"
             tp-stack="0">          (n, tp-stack: added by teipress; tp-stack, see index.xsl's timeline)
        <title>…</title> <display-date>…</display-date>
      </entry> …                    (the entry's c:name, c:mention and c:named, as catalog-entry.xsl
                                     makes them, are counted into c:names, c:mentioned-names and
                                     c:register and not kept: the catalog stays small at scale)
      <years><year value="1951" count="12"/>…</years>   <types><type value="…" count="…"/>…</types>
      <names><name kind="persName" ref="#stalin" mentions="40" documents="12" text="Stalin"/>…</names>
      <mentioned-names><mentioned ref="#stalin" n="7" documents="12"/>…</mentioned-names>
                                    (added by teipress: the entries' counts summed, each name in
                                     order of its first mention in the edition)
      <authority><TEI>…persons.xml…</TEI>…</authority>
    </catalog>

  The entries' HTML (catalog-entry.xsl's c:item and c:mention content: the index's list item,
  the register items) is not in the catalog: the pages leave markers, <?teipress-item N?> for the
  N-th entry's item and <?teipress-mentions N?> for the items of the N-th mentioned name, ordered
  by date, and teipress puts the HTML there (tools/render/catalog_parts.h).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei c">

  <xsl:import href="text.xsl"/>
  <xsl:import href="page.xsl"/>
  <xsl:import href="../common/edition.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- authority entries come from the catalog (authority-files is still honoured when given) -->
  <xsl:variable name="tp-authority" select="/c:catalog/c:authority/tei:TEI | /c:catalog/c:authority/tei:teiCorpus | document($tp-authority-uris, /)"/>

  <xsl:variable name="c-site-title">
    <xsl:choose>
      <xsl:when test="normalize-space($edition-title) != ''"><xsl:value-of select="normalize-space($edition-title)"/></xsl:when>
      <xsl:when test="normalize-space(/c:catalog/@title) != ''"><xsl:value-of select="normalize-space(/c:catalog/@title)"/></xsl:when>
      <xsl:when test="normalize-space($edition-default-title) != ''"><xsl:value-of select="normalize-space($edition-default-title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-edition-default-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The templates below describe one document; their context is a node whose child is the
       document's tei:TEI or tei:teiCorpus (the input root in catalog-entry.xsl). -->

  <!-- the document's date as teipress found it (tools/render/document_date.h: from correspDesc,
       creation, sourceDesc or the title), passed to catalog-entry.xsl; '' when not given -->
  <xsl:param name="sort-date" select="''"/>

  <!-- sortable date of an entry ('' = undated) -->
  <xsl:template name="c-entry-date">
    <xsl:choose>
      <xsl:when test="$sort-date != ''"><xsl:value-of select="$sort-date"/></xsl:when>
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

  <!-- the referenced names of the catalog, each once, by '#id' -->
  <xsl:key name="c-mentioned" match="c:mentioned" use="@ref"/>

  <!-- the list of documents and passages mentioning $ref ('#id'), by date: the documents' items
       (catalog-entry.xsl's c:mention), which teipress puts at the marker -->
  <xsl:template name="c-mentions">
    <xsl:param name="ref"/>
    <xsl:variable name="mentioned" select="key('c-mentioned', $ref)"/>
    <xsl:choose>
      <xsl:when test="not($mentioned)"><p class="tp-empty"><xsl:value-of select="$label-not-mentioned"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="tp-mentions">
          <xsl:processing-instruction name="teipress-mentions"><xsl:value-of select="$mentioned/@n"/></xsl:processing-instruction>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
