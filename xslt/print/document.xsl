<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: one TEI document (or any TEI / XML) -> XSL-FO for Apache FOP.

    xsltproc [-xinclude] xslt/print/document.xsl doc.xml > doc.fo
    fop -c xslt/print/fop.xconf -fo doc.fo -pdf doc.pdf

  Parameters: everything typographic is in params.xsl; in addition
    with-page-sequence  'yes' (default): complete fo:root; 'no': only the document's blocks
                        (a fo:block, for embedding in another flow).
  Entry points for other stylesheets (volume.xsl imports this file):
    mode "page-sequence" on tei:TEI     one fo:page-sequence; params head-verso, head-recto
                                        (running heads), doc-id (id of the first block)
    named "layout-masters"              the fo:layout-master-set
    named "document-content"            context tei:TEI: title, metadata, text, appendix
    named "plain-title" / "plain-date"  text of title / date for heads and contents
  Rendering rules: docs/encoding.md.  Square brackets are regenerated around editorial
  markup; footnotes (see entity "foot" in core.xsl) are fo:footnote, numbered per document
  (restarting per div[@type='document'] when a file holds several of them, as FRUS volumes do).
  Every element has a template or falls to the generic one, which keeps all text.

  Modules (imported in this order; a later one overrides an earlier one, as in the TEI
  Stylesheets; override any template by importing this file and redefining it):
    ../common/functions.xsl   output-neutral helpers shared with the HTML edition
    ../common/labels.xsl      every label the editions print (English), one place for translations
    ../common/verse.xsl       line numbers, split lines (shared with the HTML edition)
    ../common/apparatus.xsl   apparatus entries: lines, witnesses' sigla (shared with the HTML edition)
    ../common/transcription.xsl  Leiden sigla, charDecl glyphs (shared with the HTML edition)
    params.xsl                every typographic setting and switch
    core.xsl                  the text, phrase level, notes, the generic fallback
    header.xsl                title, metadata block, header appendix
    layout.xsl                page masters, running heads, page sequences
    tables.xsl                tables, normalized (ragged rows, spans)
    verse.xsl                 line groups and lines, manuscript lines (lb), line numbers
    drama.xsl                 speeches, speakers, stage directions, cast lists
    apparatus.xsl             critical apparatus: entries at the foot or after the text, listApp
    transcription.xsl         Leiden sigla for any TEI not teipress's own, their key; glyphs
    registers.xsl             listPerson, listPlace, listOrg, listEvent, listBibl; links
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/verse.xsl"/>
  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/apparatus.xsl"/>
  <xsl:import href="../common/transcription.xsl"/>
  <xsl:import href="params.xsl"/>
  <xsl:import href="core.xsl"/>
  <xsl:import href="header.xsl"/>
  <xsl:import href="layout.xsl"/>
  <xsl:import href="tables.xsl"/>
  <xsl:import href="verse.xsl"/>
  <xsl:import href="drama.xsl"/>
  <xsl:import href="apparatus.xsl"/>
  <xsl:import href="transcription.xsl"/>
  <xsl:import href="registers.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:fileDesc tei:titleStmt tei:publicationStmt
    tei:sourceDesc tei:profileDesc tei:encodingDesc tei:revisionDesc tei:text tei:front tei:body tei:back tei:group
    tei:div tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7 tei:floatingText tei:list tei:listBibl
    tei:msDesc tei:msIdentifier tei:altIdentifier tei:table tei:row tei:sp tei:lg tei:choice tei:app tei:subst
    tei:listPerson tei:person tei:langUsage tei:creation tei:abstract tei:correspDesc tei:correspAction
    tei:opener tei:closer tei:address tei:titlePage tei:figure tei:respStmt tei:castList tei:castGroup"/>

  <xsl:param name="with-page-sequence">yes</xsl:param>

  <!-- ================================================================ root -->

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$with-page-sequence = 'no'">
        <fo:block xsl:use-attribute-sets="body-font">
          <xsl:for-each select="(//tei:TEI[not(ancestor::tei:TEI)])[1]">
            <xsl:call-template name="document-content"/>
          </xsl:for-each>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:root font-selection-strategy="{$font-selection-strategy}">
          <!-- the PDF's language: the (first) document's -->
          <xsl:attribute name="xml:lang"><xsl:call-template name="pdf-language"/></xsl:attribute>
          <xsl:call-template name="layout-masters"/>
          <xsl:call-template name="pdf-metadata"/>
          <xsl:call-template name="bookmark-tree"/>
          <xsl:choose>
            <xsl:when test="//tei:TEI">
              <xsl:if test="tei:teiCorpus/tei:teiHeader">
                <xsl:for-each select="tei:teiCorpus">
                  <xsl:call-template name="page-sequence-generic">
                    <xsl:with-param name="head" select="$label-corpus"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:if>
              <xsl:apply-templates select="//tei:TEI[not(ancestor::tei:TEI)]" mode="page-sequence"/>
            </xsl:when>
            <xsl:otherwise>
              <!-- not a TEI document (a fragment, P4, another vocabulary): everything, generically -->
              <xsl:for-each select="*">
                <xsl:call-template name="page-sequence-generic">
                  <xsl:with-param name="head" select="local-name()"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </fo:root>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The PDF's language: the (first) document's; the edition's ($language, as the HTML's lang)
       when the document declares none (FOP would write 'x-unknown') or language-from-document is 'no' -->
  <xsl:template name="pdf-language">
    <xsl:param name="tei" select="(//tei:TEI)[1]"/>
    <xsl:variable name="declared"><xsl:for-each select="$tei"><xsl:call-template name="tp-doc-language"/></xsl:for-each></xsl:variable>
    <xsl:choose>
      <xsl:when test="$declared != '' and $language-from-document = 'yes'"><xsl:value-of select="$declared"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$language"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The PDF's metadata (FOP writes XMP dc: properties into the document information too):
       the title; the author (the titleStmt's authors and editors, else the edition's editors);
       the subject (the abstract, else the subtitle, else the edition's title where it is not the
       PDF's own); the edition's publisher and licence; the language (the document's, else the
       interface language). The volume calls it with its title and no TEI. -->
  <xsl:template name="pdf-metadata">
    <xsl:param name="tei" select="(//tei:TEI)[1]"/>
    <xsl:param name="title"><xsl:for-each select="$tei"><xsl:call-template name="plain-title"/></xsl:for-each></xsl:param>
    <xsl:variable name="pdf-language"><xsl:call-template name="pdf-language"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <xsl:variable name="subject"><xsl:for-each select="$tei"><xsl:call-template name="tp-doc-subject"/></xsl:for-each></xsl:variable>
    <xsl:variable name="authors"><xsl:for-each select="$tei"><xsl:call-template name="tp-doc-authors"/></xsl:for-each></xsl:variable>
    <fo:declarations>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title><xsl:value-of select="normalize-space($title)"/></dc:title>
            <xsl:choose>
              <xsl:when test="normalize-space($authors) != ''"><dc:creator><xsl:value-of select="normalize-space($authors)"/></dc:creator></xsl:when>
              <xsl:when test="normalize-space($edition-editors) != ''"><dc:creator><xsl:value-of select="normalize-space($edition-editors)"/></dc:creator></xsl:when>
            </xsl:choose>
            <xsl:choose>
              <xsl:when test="normalize-space($subject) != ''"><dc:description><xsl:value-of select="normalize-space($subject)"/></dc:description></xsl:when>
              <xsl:when test="normalize-space($edition-title) != '' and normalize-space($edition-title) != normalize-space($title)">
                <dc:description><xsl:value-of select="normalize-space($edition-title)"/></dc:description>
              </xsl:when>
            </xsl:choose>
            <xsl:if test="normalize-space($edition-publisher) != ''"><dc:publisher><xsl:value-of select="normalize-space($edition-publisher)"/></dc:publisher></xsl:if>
            <xsl:if test="normalize-space($edition-licence) != ''"><dc:rights><xsl:value-of select="normalize-space($edition-licence)"/></dc:rights></xsl:if>
            <dc:language><xsl:value-of select="$pdf-language"/></dc:language>
          </rdf:Description>
          <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreatorTool>teipress</xmp:CreatorTool>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:template name="document-content">
    <xsl:param name="doc-id" select="concat('doc-', generate-id())"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="title-id"><xsl:call-template name="tp-doc-title-id"><xsl:with-param name="tei" select="."/></xsl:call-template></xsl:variable>
    <xsl:variable name="main-title" select="$h/tei:fileDesc/tei:titleStmt/tei:title[generate-id() = $title-id]"/>
    <xsl:variable name="language"><xsl:call-template name="tp-doc-language"/></xsl:variable>
    <fo:block id="{$doc-id}">
      <!-- hyphenation and the PDF's language tags follow the document's language -->
      <xsl:if test="$language != '' and $language-from-document = 'yes'">
        <xsl:attribute name="language"><xsl:value-of select="substring-before(concat($language, '-'), '-')"/></xsl:attribute>
        <xsl:attribute name="xml:lang"><xsl:value-of select="$language"/></xsl:attribute>
      </xsl:if>
      <!-- title -->
      <fo:block xsl:use-attribute-sets="doc-title">
        <xsl:choose>
          <xsl:when test="$main-title"><xsl:apply-templates select="$main-title/node()"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="plain-title"/></xsl:otherwise>
        </xsl:choose>
      </fo:block>
      <xsl:call-template name="metadata-block"/>
      <xsl:call-template name="tp-hook-fo-before-text"/>
      <!-- the text -->
      <xsl:apply-templates select="tei:text"/>
      <xsl:call-template name="sigla-key-after-text"/>
      <xsl:call-template name="apparatus-after-text"/>
      <xsl:apply-templates select="tei:facsimile | tei:sourceDoc | tei:standOff"/>
      <xsl:apply-templates select="*[not(self::tei:teiHeader or self::tei:text or self::tei:facsimile
                                   or self::tei:sourceDoc or self::tei:standOff)]"/>
      <xsl:call-template name="tp-hook-fo-after-text"/>
      <!-- the rest of the header -->
      <xsl:if test="$with-header-appendix = 'yes' and $h">
        <fo:block font-size="{$size-note}" line-height="1.3" text-align="start" space-before="9mm"
          keep-together.within-page="auto" hyphenate="false">
          <fo:block font-size="{$size-small}" color="{$colour-muted}" space-after="1.5mm" keep-with-next.within-page="always"
            border-top="0.4pt solid {$colour-rule}" padding-top="1.5mm">
            <fo:inline xsl:use-attribute-sets="small-caps"><xsl:call-template name="upper"><xsl:with-param name="s" select="$label-about"/></xsl:call-template></fo:inline>
          </fo:block>
          <xsl:apply-templates select="$h" mode="hdr"/>
        </fo:block>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- header items shown in the metadata block (skipped in the appendix) -->

  <!-- ===== hooks: empty here, for a profile's print.xsl (see params.xsl) ===== -->
  <!-- in each document, after its title and metadata, before its text (context: the TEI element) -->
  <xsl:template name="tp-hook-fo-before-text"/>
  <!-- in each document, after its text and notes, before the header appendix -->
  <xsl:template name="tp-hook-fo-after-text"/>
  <!-- on the volume's title page, after teipress's lines (context: the catalog) -->
  <xsl:template name="tp-hook-fo-title-page"/>

</xsl:stylesheet>
