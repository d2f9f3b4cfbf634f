<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xsl:stylesheet [
  <!-- a tei:note printed as a numbered footnote (fo:footnote); everything else is an inline
       bracket note.  Notes inside footnotes and in the teiHeader are always inline. -->
  <!ENTITY foot "(@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or @rend='inline' or contains(' identification original-term editorial translator sic stamp handwritten signature stage gloss ', concat(' ', @type, ' '))))">
  <!ENTITY footnote "tei:note[&foot;][ancestor::tei:text][not(ancestor::tei:note[&foot;])]">
  <!-- elements whose content is inline (a paragraph-like line) or that are themselves inline:
       an unknown element inside them is rendered inline -->
  <!ENTITY inlineCtx "self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:seg or self::tei:speaker or self::tei:label or self::tei:titlePart or self::tei:docTitle or self::tei:byline or self::tei:trailer or self::tei:docAuthor or self::tei:docDate or self::tei:cell or self::tei:hi or self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs or self::tei:date or self::tei:title or self::tei:foreign or self::tei:emph or self::tei:term or self::tei:q or self::tei:said or self::tei:ref or self::tei:choice or self::tei:supplied or self::tei:unclear or self::tei:sic or self::tei:corr or self::tei:reg or self::tei:orig or self::tei:abbr or self::tei:expan or self::tei:add or self::tei:del or self::tei:num or self::tei:measure or self::tei:w or self::tei:bibl or self::tei:resp or self::tei:idno or self::tei:lem or self::tei:rdg or self::tei:stage">
]>
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
  markup; footnotes (see entity "foot" above) are fo:footnote, numbered per document
  (restarting per div[@type='document'] when a file holds several of them, as FRUS volumes do).
  Every element has a template or falls to the generic one, which keeps all text.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="params.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:strip-space elements="tei:TEI tei:teiCorpus tei:teiHeader tei:fileDesc tei:titleStmt tei:publicationStmt
    tei:sourceDesc tei:profileDesc tei:encodingDesc tei:revisionDesc tei:text tei:front tei:body tei:back tei:group
    tei:div tei:div1 tei:div2 tei:div3 tei:div4 tei:div5 tei:div6 tei:div7 tei:floatingText tei:list tei:listBibl
    tei:msDesc tei:msIdentifier tei:altIdentifier tei:table tei:row tei:sp tei:lg tei:choice tei:app tei:subst
    tei:listPerson tei:person tei:langUsage tei:creation tei:abstract tei:correspDesc tei:correspAction
    tei:opener tei:closer tei:address tei:titlePage tei:figure tei:respStmt"/>

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
          <xsl:call-template name="layout-masters"/>
          <xsl:call-template name="pdf-metadata"/>
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

  <xsl:template name="pdf-metadata">
    <xsl:variable name="t">
      <xsl:for-each select="(//tei:TEI)[1]"><xsl:call-template name="plain-title"/></xsl:for-each>
    </xsl:variable>
    <xsl:call-template name="pdf-declarations"><xsl:with-param name="title" select="$t"/></xsl:call-template>
  </xsl:template>

  <!-- the PDF's metadata (XMP): title, the edition's editors, publisher, licence and language -->
  <xsl:template name="pdf-declarations">
    <xsl:param name="title"/>
    <fo:declarations>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title><xsl:value-of select="$title"/></dc:title>
            <xsl:choose>
              <xsl:when test="normalize-space($edition-editors) != ''"><dc:creator><xsl:value-of select="normalize-space($edition-editors)"/></dc:creator></xsl:when>
              <xsl:otherwise><dc:creator>teipress</dc:creator></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="normalize-space($edition-publisher) != ''"><dc:publisher><xsl:value-of select="normalize-space($edition-publisher)"/></dc:publisher></xsl:if>
            <xsl:if test="normalize-space($edition-licence) != ''"><dc:rights><xsl:value-of select="normalize-space($edition-licence)"/></dc:rights></xsl:if>
            <xsl:if test="normalize-space($edition-title) != '' and normalize-space($edition-title) != normalize-space($title)">
              <dc:description><xsl:value-of select="normalize-space($edition-title)"/></dc:description>
            </xsl:if>
            <dc:language><xsl:value-of select="$language"/></dc:language>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <!-- ================================================================ page layout -->

  <xsl:template name="layout-masters">
    <fo:layout-master-set>
      <xsl:call-template name="spm"><xsl:with-param name="name" select="'tp-first'"/><xsl:with-param name="side" select="'odd'"/></xsl:call-template>
      <xsl:call-template name="spm"><xsl:with-param name="name" select="'tp-odd'"/><xsl:with-param name="side" select="'odd'"/></xsl:call-template>
      <xsl:call-template name="spm"><xsl:with-param name="name" select="'tp-even'"/><xsl:with-param name="side" select="'even'"/></xsl:call-template>
      <fo:page-sequence-master master-name="tp-document">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="tp-first" page-position="first"/>
          <fo:conditional-page-master-reference master-reference="tp-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="tp-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <xsl:call-template name="spm"><xsl:with-param name="name" select="'tp-index-odd'"/><xsl:with-param name="side" select="'odd'"/><xsl:with-param name="columns" select="2"/></xsl:call-template>
      <xsl:call-template name="spm"><xsl:with-param name="name" select="'tp-index-even'"/><xsl:with-param name="side" select="'even'"/><xsl:with-param name="columns" select="2"/></xsl:call-template>
      <fo:page-sequence-master master-name="tp-index">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="tp-index-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="tp-index-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <fo:page-sequence-master master-name="tp-plain">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="tp-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="tp-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="spm">
    <xsl:param name="name"/>
    <xsl:param name="side"/>
    <xsl:param name="columns" select="1"/>
    <!-- region names: tp-first-*, tp-odd-*, tp-even-* (index masters reuse odd/even) -->
    <xsl:variable name="side-name">
      <xsl:choose>
        <xsl:when test="$name = 'tp-first'">first</xsl:when>
        <xsl:otherwise><xsl:value-of select="$side"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:simple-page-master master-name="{$name}" page-width="{$page-width}" page-height="{$page-height}"
      margin-top="{$margin-top}" margin-bottom="{$margin-bottom}">
      <xsl:choose>
        <xsl:when test="$side = 'odd'">
          <xsl:attribute name="margin-left"><xsl:value-of select="$margin-inner"/></xsl:attribute>
          <xsl:attribute name="margin-right"><xsl:value-of select="$margin-outer"/></xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="margin-left"><xsl:value-of select="$margin-outer"/></xsl:attribute>
          <xsl:attribute name="margin-right"><xsl:value-of select="$margin-inner"/></xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <fo:region-body margin-top="{$header-extent}" margin-bottom="{$footer-extent}" column-count="{$columns}" column-gap="8mm"/>
      <fo:region-before region-name="tp-{$side-name}-before" extent="{$header-extent}"/>
      <fo:region-after region-name="tp-{$side-name}-after" extent="{$footer-extent}"/>
    </fo:simple-page-master>
  </xsl:template>

  <!-- running heads: verso (even) = head-verso, recto (odd) = head-recto; first page: folio at foot -->
  <xsl:template name="static-content">
    <xsl:param name="head-verso"/>
    <xsl:param name="head-recto"/>
    <xsl:param name="recto-marker" select="false()"/>
    <fo:static-content flow-name="tp-first-after">
      <fo:block xsl:use-attribute-sets="running-head" text-align="center"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="tp-even-before">
      <fo:block xsl:use-attribute-sets="running-head" text-align="start" text-align-last="justify">
        <xsl:if test="$folio-position = 'head'"><fo:page-number/><fo:leader leader-pattern="space" leader-length="8mm"/></xsl:if>
        <xsl:value-of select="$head-verso"/>
        <fo:leader leader-pattern="space"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="tp-odd-before">
      <fo:block xsl:use-attribute-sets="running-head" text-align="end" text-align-last="justify">
        <fo:leader leader-pattern="space"/>
        <xsl:choose>
          <xsl:when test="$recto-marker">
            <fo:retrieve-marker retrieve-class-name="tp-section" retrieve-position="first-including-carryover"
              retrieve-boundary="page-sequence"/>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$head-recto"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="$folio-position = 'head'"><fo:leader leader-pattern="space" leader-length="8mm"/><fo:page-number/></xsl:if>
      </fo:block>
    </fo:static-content>
    <xsl:if test="$folio-position != 'head'">
      <fo:static-content flow-name="tp-odd-after">
        <fo:block xsl:use-attribute-sets="running-head" text-align="center"><fo:page-number/></fo:block>
      </fo:static-content>
      <fo:static-content flow-name="tp-even-after">
        <fo:block xsl:use-attribute-sets="running-head" text-align="center"><fo:page-number/></fo:block>
      </fo:static-content>
    </xsl:if>
    <fo:static-content flow-name="xsl-footnote-separator">
      <!-- padding, not space: space at the start of the separator's area would be discarded, and the
           rule would touch the last line of the text -->
      <fo:block padding-top="4mm" padding-bottom="1.5mm" line-height="0" font-size="0pt">
        <fo:leader leader-pattern="rule" leader-length="28mm" rule-thickness="0.4pt" color="{$colour-rule}"/>
      </fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- upper case (Latin incl. Vietnamese-relevant Latin-1/Extended-A, Greek, Cyrillic) -->
  <xsl:template name="upper">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s,
      'abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžơưαβγδεζηθικλμνξοπρστυφχψωάέήίόύώабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŸĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮIĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŹŻŽƠƯΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ')"/>
  </xsl:template>

  <!-- shorten a running head -->
  <xsl:template name="shorten">
    <xsl:param name="s"/>
    <xsl:param name="max" select="70"/>
    <xsl:variable name="n" select="normalize-space($s)"/>
    <xsl:choose>
      <xsl:when test="string-length($n) &gt; $max">
        <xsl:value-of select="concat(substring($n, 1, $max - 1), '…')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="page-sequence">
    <xsl:param name="doc-id" select="concat('doc-', generate-id())"/>
    <xsl:param name="initial-page-number">auto</xsl:param>
    <xsl:param name="head-verso">
      <xsl:call-template name="shorten">
        <xsl:with-param name="s">
          <xsl:choose>
            <xsl:when test="normalize-space($edition-title) != ''"><xsl:value-of select="normalize-space($edition-title)"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="plain-title"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:param>
    <xsl:param name="head-recto">
      <xsl:variable name="d"><xsl:call-template name="plain-date"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="normalize-space($d)"><xsl:value-of select="$d"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$head-verso"/></xsl:otherwise>
      </xsl:choose>
    </xsl:param>
    <fo:page-sequence master-reference="tp-document" id="{$doc-id}-seq" initial-page-number="{$initial-page-number}">
      <xsl:call-template name="static-content">
        <xsl:with-param name="head-verso" select="$head-verso"/>
        <xsl:with-param name="head-recto" select="$head-recto"/>
        <xsl:with-param name="recto-marker" select="count(tei:text//tei:div[@type='document']) &gt; 1"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font">
          <xsl:call-template name="document-content">
            <xsl:with-param name="doc-id" select="$doc-id"/>
          </xsl:call-template>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- non-TEI or corpus-level material: one page sequence, rendered generically -->
  <xsl:template name="page-sequence-generic">
    <xsl:param name="head"/>
    <fo:page-sequence master-reference="tp-plain">
      <xsl:call-template name="static-content">
        <xsl:with-param name="head-verso" select="$head"/>
        <xsl:with-param name="head-recto" select="$head"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font">
          <xsl:choose>
            <xsl:when test="self::tei:teiCorpus">
              <fo:block xsl:use-attribute-sets="doc-title"><xsl:call-template name="plain-title"/></fo:block>
              <xsl:apply-templates select="tei:teiHeader" mode="hdr"/>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ================================================================ document -->

  <xsl:template name="plain-title">
    <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template name="plain-date">
    <xsl:variable name="d" select="tei:teiHeader/tei:profileDesc/tei:creation//tei:date[1]"/>
    <xsl:if test="$d">
      <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$d"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="document-content">
    <xsl:param name="doc-id" select="concat('doc-', generate-id())"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="main-title" select="($h/tei:fileDesc/tei:titleStmt/tei:title[@type='main'][normalize-space()]
                                            | $h/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()])[1]"/>
    <fo:block id="{$doc-id}">
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
      <xsl:apply-templates select="tei:text | tei:facsimile | tei:sourceDoc | tei:standOff"/>
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
  <xsl:template name="metadata-block">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="date" select="($h/tei:profileDesc/tei:creation//tei:date
                                      | $h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type='sent']/tei:date[normalize-space() or @when])[1]"/>
    <xsl:variable name="arch" select="$h/tei:fileDesc/tei:sourceDesc/tei:listBibl[@type='archival']/*"/>
    <xsl:variable name="cit" select="$h/tei:fileDesc/tei:sourceDesc/tei:bibl[@type='citation']"/>
    <!-- translation: the teipress contract (English + "<Name> (original language)") -->
    <xsl:variable name="orig" select="$h/tei:profileDesc/tei:langUsage[tei:language[@ident='en']]/tei:language[@ident != 'en'][contains(., 'original')][1]"/>
    <xsl:variable name="langs" select="$h/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:variable name="abs" select="$h/tei:profileDesc/tei:abstract"/>
    <xsl:if test="$date or $arch or $cit or $orig or $abs">
      <fo:block xsl:use-attribute-sets="metadata">
        <xsl:if test="$date or $arch or $cit">
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-date"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$date"><xsl:apply-templates select="$date/node()"/>
                <xsl:if test="not(normalize-space($date))"><xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$date"/></xsl:call-template></xsl:if>
              </xsl:when>
              <xsl:otherwise><fo:inline font-style="italic"><xsl:value-of select="$label-undated"/></fo:inline></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$arch">
            <xsl:call-template name="meta-row">
              <xsl:with-param name="label">
                <xsl:choose><xsl:when test="count($arch) &gt; 1"><xsl:value-of select="$label-sources"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$label-source"/></xsl:otherwise></xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="value">
                <xsl:for-each select="$arch">
                  <fo:block><xsl:apply-templates select="." mode="source"/></fo:block>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$cit">
            <xsl:call-template name="meta-row">
              <xsl:with-param name="label" select="$label-citation"/>
              <xsl:with-param name="value"><xsl:apply-templates select="$cit/node()"/></xsl:with-param>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="not($orig) and $langs and ($date or $arch or $cit)">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-language"/>
            <xsl:with-param name="value">
              <xsl:for-each select="$langs">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:choose>
                  <xsl:when test="normalize-space()"><xsl:apply-templates select="node()"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="@ident"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$orig">
          <xsl:variable name="name">
            <xsl:choose>
              <xsl:when test="contains($orig, ' (')"><xsl:value-of select="substring-before($orig, ' (')"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig/@ident"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-language"/>
            <xsl:with-param name="value">
              <xsl:call-template name="tp-fill">
                <xsl:with-param name="text" select="$label-translation-from-original"/>
                <xsl:with-param name="n" select="$label-translation"/>
                <xsl:with-param name="m" select="normalize-space($name)"/>
              </xsl:call-template>
              <xsl:if test="not(contains($orig, ' ('))">
                <xsl:text> (</xsl:text><xsl:apply-templates select="$orig/node()"/><xsl:text>)</xsl:text>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$abs">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-summary"/>
            <xsl:with-param name="value"><xsl:apply-templates select="$abs/node()"/></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="meta-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:list-block provisional-distance-between-starts="22mm" provisional-label-separation="3mm" space-after="0.8mm">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block color="{$colour-muted}"><fo:inline xsl:use-attribute-sets="small-caps"><xsl:call-template name="upper"><xsl:with-param name="s" select="$label"/></xsl:call-template></fo:inline></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block><xsl:copy-of select="$value"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- one archival source: the reference as printed, then the repository's full name -->
  <xsl:template match="tei:msDesc" mode="source">
    <xsl:variable name="mi" select="tei:msIdentifier"/>
    <xsl:variable name="printed" select="$mi/tei:altIdentifier[@type='printed']/tei:idno"/>
    <xsl:choose>
      <xsl:when test="$printed"><xsl:apply-templates select="$printed[1]/node()"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$mi/*[not(self::tei:altIdentifier)] | $mi/tei:altIdentifier/tei:idno">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:apply-templates select="node()"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$printed and $mi/tei:repository[normalize-space()]">
      <xsl:text> </xsl:text>
      <fo:inline color="{$colour-muted}">(<xsl:apply-templates select="$mi/tei:repository[1]/node()"/>)</fo:inline>
    </xsl:if>
    <!-- anything else in msDesc -->
    <xsl:apply-templates select="*[not(self::tei:msIdentifier)]"/>
  </xsl:template>
  <xsl:template match="*" mode="source"><xsl:apply-templates select="node()"/></xsl:template>

  <!-- ================================================================ header appendix (mode hdr) -->

  <!-- already in the title / metadata block -->
  <xsl:template mode="hdr" match="tei:titleStmt/tei:title[1][not(../tei:title[@type='main'][normalize-space()])]
    | tei:titleStmt/tei:title[@type='main'][normalize-space()][1]
    | tei:creation//tei:date[count(ancestor::tei:creation[1]/descendant::tei:date[1] | .) = 1]
    | tei:listBibl[@type='archival'] | tei:abstract
    | tei:langUsage[tei:language[@ident='en']]/tei:language[@ident != 'en'][contains(., 'original')][1]
    | tei:correspAction[@type='sent']/tei:date[normalize-space() or @when][1][not(ancestor::tei:profileDesc/tei:creation//tei:date)]"/>
  <xsl:template mode="hdr" match="tei:bibl[@type='citation'][not(../tei:listBibl[@type='archival'])]"/>

  <xsl:template mode="hdr" match="*">
    <xsl:choose>
      <xsl:when test="not(text()[normalize-space()]) and * and not(parent::*[text()[normalize-space()]])">
        <!-- container -->
        <fo:block space-after="0.8mm"><xsl:apply-templates mode="hdr"/></fo:block>
      </xsl:when>
      <xsl:when test="not(parent::*[text()[normalize-space()]])">
        <fo:block space-after="0.4mm">
          <fo:inline color="{$colour-muted}">
            <xsl:call-template name="hdr-label"/>
            <xsl:text>: </xsl:text>
          </fo:inline>
          <xsl:apply-templates select="node()"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:respStmt">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}"><xsl:apply-templates select="tei:resp" mode="hdr-inline"/>: </fo:inline>
      <xsl:for-each select="*[not(self::tei:resp)]">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:apply-templates select="node()"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <!-- labels of the header appendix -->
  <xsl:template name="hdr-label">
    <xsl:variable name="k" select="concat(local-name(), '/', @type)"/>
    <xsl:choose>
      <xsl:when test="$k = 'idno/record'"><xsl:value-of select="$label-record"/></xsl:when>
      <xsl:when test="$k = 'idno/URI' or $k = 'idno/url'">URL</xsl:when>
      <xsl:when test="$k = 'bibl/citation'"><xsl:value-of select="$label-citation"/></xsl:when>
      <xsl:when test="local-name() = 'item' and parent::tei:list[@type='contents']"><xsl:value-of select="$label-contents"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:editorialDecl"><xsl:value-of select="$label-editorial-method"/></xsl:when>
      <xsl:when test="local-name() = 'p' and (parent::tei:publicationStmt or parent::tei:availability or parent::tei:licence)"><xsl:value-of select="$label-publication"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:projectDesc"><xsl:value-of select="$label-project"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:sourceDesc"><xsl:value-of select="$label-source"/></xsl:when>
      <xsl:when test="local-name() = 'language'"><xsl:value-of select="$label-language"/></xsl:when>
      <xsl:when test="local-name() = 'publisher'"><xsl:value-of select="$label-publisher"/></xsl:when>
      <xsl:when test="local-name() = 'funder'"><xsl:value-of select="$label-funder"/></xsl:when>
      <xsl:when test="local-name() = 'title'"><xsl:value-of select="$label-title"/></xsl:when>
      <xsl:when test="local-name() = 'author'"><xsl:value-of select="$label-author"/></xsl:when>
      <xsl:when test="local-name() = 'editor'"><xsl:value-of select="$label-editor"/></xsl:when>
      <xsl:when test="local-name() = 'licence'"><xsl:value-of select="$label-licence"/></xsl:when>
      <xsl:when test="local-name() = 'pubPlace'"><xsl:value-of select="$label-place-of-publication"/></xsl:when>
      <xsl:when test="local-name() = 'date'"><xsl:value-of select="$label-date"/></xsl:when>
      <xsl:when test="local-name() = 'change'"><xsl:value-of select="$label-change"/></xsl:when>
      <xsl:when test="local-name() = 'idno'"><xsl:value-of select="$label-identifier"/><xsl:if test="@type"> (<xsl:value-of select="@type"/>)</xsl:if></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="local-name()"/>
        <xsl:if test="@type"> (<xsl:value-of select="@type"/>)</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template mode="hdr-inline" match="*"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:apply-templates select="node()"/></xsl:template>
  <xsl:template mode="hdr" match="tei:correspAction">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}">
        <xsl:if test="../@type = 'cover'"><xsl:value-of select="$label-cover-message"/><xsl:text>, </xsl:text></xsl:if>
        <xsl:choose>
          <xsl:when test="@type='sent'"><xsl:value-of select="$label-corresp-sent"/></xsl:when>
          <xsl:when test="@type='received'"><xsl:value-of select="$label-corresp-received"/></xsl:when>
          <xsl:when test="@type='transmitted'"><xsl:value-of select="$label-corresp-transmitted"/></xsl:when>
          <xsl:when test="@type='forwarded'"><xsl:value-of select="$label-corresp-forwarded"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(translate(substring(@type,1,1),'abcdefghijklmnopqrstuvwxyz','ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(@type,2))"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>: </xsl:text></fo:inline>
      <xsl:for-each select="*">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:choose>
          <xsl:when test="self::tei:date[not(normalize-space())]">
            <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="."/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="node()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:date[not(normalize-space())][@when or @notBefore or @notAfter or @from or @to]">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}"><xsl:value-of select="$label-date"/>: </fo:inline>
      <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="."/></xsl:call-template>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:appInfo | tei:application">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}">application: </fo:inline>
      <xsl:value-of select="normalize-space(.//tei:label | ../tei:application/@ident)"/>
      <xsl:for-each select="descendant-or-self::tei:application/@version"><xsl:value-of select="concat(' ', .)"/></xsl:for-each>
      <xsl:for-each select=".//tei:p | .//tei:desc"><xsl:text> </xsl:text><xsl:apply-templates select="node()"/></xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="text()">
    <xsl:if test="normalize-space() or ../text()[normalize-space()]"><xsl:value-of select="."/></xsl:if>
  </xsl:template>
  <xsl:template mode="hdr" match="comment() | processing-instruction()"/>

  <!-- ================================================================ text structure -->

  <xsl:template match="text()">
    <xsl:choose>
      <xsl:when test="normalize-space()"><xsl:value-of select="."/></xsl:when>
      <!-- white space between blocks: nothing; in running text: one space -->
      <xsl:when test="../text()[normalize-space()] or parent::*[&inlineCtx;]"><xsl:text> </xsl:text></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()"/>

  <xsl:template match="tei:text | tei:front | tei:back | tei:body | tei:group">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:text/tei:back | tei:text/tei:front">
    <fo:block space-before="6mm"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <fo:block space-before="4mm">
      <!-- decision items and numbered list lines follow each other like paragraphs -->
      <xsl:if test="@type='item'"><xsl:attribute name="space-before"><xsl:value-of select="$paragraph-space"/></xsl:attribute></xsl:if>
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="concat('x-', generate-id())"/></xsl:attribute></xsl:if>
      <xsl:if test="@type='document' and (preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document'])">
        <xsl:choose>
          <xsl:when test="$break-before-documents = 'yes'"><xsl:attribute name="break-before">page</xsl:attribute></xsl:when>
          <xsl:when test="preceding-sibling::tei:div[@type='document']">
            <xsl:attribute name="space-before">9mm</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <fo:marker marker-class-name="tp-section">
          <xsl:call-template name="shorten">
            <xsl:with-param name="s"><xsl:apply-templates select="tei:head[1]" mode="plain"/></xsl:with-param>
          </xsl:call-template>
        </fo:marker>
      </xsl:if>
      <xsl:if test="(@type='attachment' or @type='annex') and preceding-sibling::*">
        <fo:block text-align="center" space-before="2mm" space-after="3mm" color="{$colour-rule}">
          <fo:leader leader-pattern="rule" leader-length="20mm" rule-thickness="0.4pt"/>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- heads; level = number of enclosing divisions -->
  <xsl:template match="tei:head">
    <xsl:variable name="lvl" select="count(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3
                                     | ancestor::tei:div4 | ancestor::tei:div5 | ancestor::tei:div6 | ancestor::tei:div7)
                                     - count(ancestor::tei:floatingText[1]//ancestor::tei:div)"/>
    <!-- a head that is all its division holds (a decision item, a line of a list of items) heads
         nothing: kept with the next block, a long run of them could not break across pages -->
    <xsl:variable name="alone" select="not(following-sibling::node()[self::* or normalize-space()])"/>
    <fo:block text-align="start" hyphenate="false" text-indent="0pt">
      <xsl:if test="not($alone)">
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$alone and parent::tei:div[@type='item']">
          <xsl:attribute name="space-before"><xsl:value-of select="$paragraph-space"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="parent::tei:list or parent::tei:table or parent::tei:figure or parent::tei:lg or parent::tei:listBibl">
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">2mm</xsl:attribute>
          <xsl:attribute name="space-after">1mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='excerpt' or ancestor::tei:floatingText">
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">3mm</xsl:attribute>
          <xsl:attribute name="space-after">2mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="$lvl &lt;= 1">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h1"/></xsl:attribute>
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="space-before">6mm</xsl:attribute>
          <xsl:attribute name="space-after">3mm</xsl:attribute>
          <xsl:attribute name="color"><xsl:value-of select="$colour-accent"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$lvl = 2">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h2"/></xsl:attribute>
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="space-before">4.5mm</xsl:attribute>
          <xsl:attribute name="space-after">2mm</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h3"/></xsl:attribute>
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">3.5mm</xsl:attribute>
          <xsl:attribute name="space-after">1.5mm</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <!-- numbered decision item without a printed label -->
      <xsl:if test="parent::tei:div[@type='item'][@n] and not(tei:label) and not(preceding-sibling::tei:head)">
        <fo:inline font-weight="bold"><xsl:value-of select="../@n"/>.</fo:inline><xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:head/tei:label">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- paragraphs: first after a heading / block start flush, the following ones indented -->
  <xsl:template name="block-rend">
    <xsl:variable name="r" select="concat(' ', @rend, ' ', @rendition, ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($r, 'center')"><xsl:attribute name="text-align">center</xsl:attribute><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'right')"><xsl:attribute name="text-align">end</xsl:attribute><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'flushleft') or contains($r, 'noindent') or contains($r, ' left ') or contains($r, '#left ')"><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'indent')"><xsl:attribute name="margin-left">2em</xsl:attribute></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <fo:block text-indent="0pt" space-before="{$paragraph-space}">
      <xsl:if test="preceding-sibling::*[1][self::tei:p or self::tei:ab] and not(ancestor::tei:note or ancestor::tei:sp or ancestor::tei:item or ancestor::tei:cell)">
        <xsl:attribute name="text-indent"><xsl:value-of select="$paragraph-indent"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="block-rend"/>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <!-- a paragraph directly after a heading or at the start gets a little air -->
  <xsl:template match="tei:body/tei:p[1] | tei:div/tei:p[not(preceding-sibling::tei:p)]" priority="0.6">
    <fo:block text-indent="0pt" space-before="{$paragraph-space}"><xsl:call-template name="block-rend"/><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- opener / closer / letter parts -->
  <xsl:template match="tei:opener">
    <fo:block space-after="3mm" text-indent="0pt" text-align="start" hyphenate="false"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:closer">
    <fo:block space-before="3mm" space-after="2mm" text-indent="0pt" keep-with-previous.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:opener/tei:seg | tei:closer/tei:seg">
    <fo:block>
      <xsl:call-template name="block-rend"/>
      <xsl:choose>
        <xsl:when test="@type='classification' or @type='copy' or @type='routing'">
          <xsl:attribute name="text-align">end</xsl:attribute>
          <xsl:attribute name="letter-spacing">0.03em</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='issuer'">
          <xsl:attribute name="text-align">center</xsl:attribute>
          <xsl:attribute name="letter-spacing">0.04em</xsl:attribute>
          <xsl:attribute name="space-after">1mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='distribution'">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-small"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:dateline">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block text-align="end" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:salute">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block space-before="2mm" space-after="1.5mm" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:signed">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block text-align="end" text-indent="0pt" space-before="1mm" keep-with-previous.within-page="always"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:address">
    <fo:block space-before="1.5mm" space-after="1.5mm" text-indent="0pt" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:addrLine">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:postscript | tei:epigraph | tei:argument">
    <fo:block space-before="3mm" space-after="2mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:trailer | tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:titlePart | tei:docTitle | tei:docEdition">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()] or parent::*[self::tei:p or self::tei:ab or self::tei:head]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block space-before="1.5mm" space-after="1.5mm" text-align="center" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:titlePage">
    <fo:block space-before="10mm" space-after="12mm" text-align="center" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:titlePage/tei:docTitle | tei:titlePage/tei:titlePart[@type='main']">
    <fo:block font-size="{$size-title}" space-after="4mm" color="{$colour-accent}"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- embedded document: indented, ruled -->
  <xsl:template match="tei:floatingText">
    <fo:block xsl:use-attribute-sets="floating-text" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:floatingText/tei:body | tei:floatingText/tei:front | tei:floatingText/tei:back | tei:floatingText/tei:group">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- dialogue -->
  <xsl:template match="tei:sp">
    <fo:block space-before="1.2mm" margin-left="1.5em" text-indent="-1.5em">
      <xsl:apply-templates select="tei:speaker"/>
      <xsl:variable name="first" select="*[not(self::tei:speaker)][1][self::tei:p or self::tei:ab]"/>
      <xsl:if test="tei:speaker"><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates select="$first/node()"/>
      <xsl:for-each select="node()[not(self::tei:speaker)][not(count(. | $first) = 1)]">
        <xsl:choose>
          <xsl:when test="self::tei:p or self::tei:ab">
            <fo:block text-indent="0pt"><xsl:apply-templates/></fo:block>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:speaker">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:stage | tei:incident">
    <fo:inline>
      <xsl:if test="self::tei:incident"><xsl:call-template name="tp-bracket-space"/>[</xsl:if>
      <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
      <xsl:if test="self::tei:incident">]</xsl:if>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:stage[not(../text()[normalize-space()])] | tei:incident[not(../text()[normalize-space()])][not(parent::tei:p)]" priority="0.6">
    <fo:block font-style="italic" text-indent="0pt">
      <xsl:if test="self::tei:incident">[</xsl:if><xsl:apply-templates/><xsl:if test="self::tei:incident">]</xsl:if>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:incident/tei:desc"><xsl:apply-templates/></xsl:template>

  <!-- lists: hanging indents (robust with any content) -->
  <xsl:template match="tei:list | tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent">
    <fo:block space-before="1.5mm" space-after="1.5mm" margin-left="{$list-indent}" text-indent="0pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:list/tei:label"/>
  <xsl:template match="tei:item | tei:listBibl/tei:bibl | tei:listBibl/tei:biblStruct | tei:listBibl/tei:msDesc
                       | tei:listPerson/tei:person | tei:listPlace/tei:place | tei:listOrg/tei:org | tei:listEvent/tei:event">
    <fo:block margin-left="1.6em" text-indent="-1.6em" space-after="0.6mm">
      <xsl:variable name="lab"><xsl:call-template name="item-label"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="preceding-sibling::*[1][self::tei:label]">
          <fo:inline font-weight="bold"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></fo:inline>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:when test="normalize-space($lab)">
          <fo:inline><xsl:value-of select="$lab"/></fo:inline>
          <fo:leader leader-pattern="space" leader-length="0.5em"/>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template name="item-label">
    <xsl:variable name="t" select="concat(' ', ../@type, ' ', ../@rend, ' ')"/>
    <xsl:choose>
      <xsl:when test="not(self::tei:item) or tei:label"/>
      <xsl:when test="contains($t, ' dash ')">–</xsl:when>
      <xsl:when test="contains($t, 'bullet') or contains($t, ' unordered ')">•</xsl:when>
      <xsl:when test="@n"><xsl:value-of select="@n"/><xsl:if test="translate(substring(@n, string-length(@n)), '.)', '') != ''">.</xsl:if></xsl:when>
      <xsl:when test="contains($t, ' numbered ') or contains($t, ' ordered ')"><xsl:number count="tei:item" format="1."/></xsl:when>
      <xsl:when test="contains($t, ' lettered ')"><xsl:number count="tei:item" format="a)"/></xsl:when>
      <xsl:when test="contains($t, ' roman ')"><xsl:number count="tei:item" format="I."/></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:item/tei:label">
    <fo:inline><xsl:apply-templates/></fo:inline><xsl:text> </xsl:text>
  </xsl:template>

  <!-- verse -->
  <xsl:template match="tei:lg">
    <fo:block space-before="2mm" space-after="2mm" margin-left="1.5em" text-align="start" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:l">
    <fo:block margin-left="1.5em" text-indent="-1.5em" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- block quotations -->
  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit">
    <xsl:choose>
      <xsl:when test="not(../text()[normalize-space()]) and not(parent::*[&inlineCtx;]) or tei:p or tei:l or tei:lg">
        <fo:block margin-left="6mm" margin-right="6mm" space-before="2mm" space-after="2mm" font-size="{$size-small}" text-indent="0pt">
          <xsl:apply-templates/>
        </fo:block>
      </xsl:when>
      <xsl:when test="self::tei:cit"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:inline>“<xsl:apply-templates/>”</fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- tables -->
  <xsl:template match="tei:table">
    <xsl:choose>
      <xsl:when test="tei:row[tei:cell]">
        <xsl:variable name="ncols">
          <xsl:for-each select="tei:row">
            <xsl:sort select="count(tei:cell) + sum(tei:cell/@cols) - count(tei:cell[@cols])" data-type="number" order="descending"/>
            <xsl:if test="position() = 1"><xsl:value-of select="count(tei:cell) + sum(tei:cell/@cols) - count(tei:cell[@cols])"/></xsl:if>
          </xsl:for-each>
        </xsl:variable>
        <fo:block space-before="2mm" space-after="2mm" font-size="{$size-small}" text-indent="0pt" text-align="start">
          <xsl:apply-templates select="tei:head"/>
          <fo:table table-layout="fixed" width="100%" border-top="0.6pt solid {$colour-text}" border-bottom="0.6pt solid {$colour-text}">
            <xsl:call-template name="table-columns"><xsl:with-param name="n" select="number($ncols)"/></xsl:call-template>
            <fo:table-body>
              <xsl:apply-templates select="tei:row"/>
            </fo:table-body>
          </fo:table>
          <xsl:apply-templates select="*[not(self::tei:head or self::tei:row)]"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><fo:block><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="table-columns">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <xsl:call-template name="table-columns"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:row">
    <xsl:choose>
      <xsl:when test="tei:cell">
        <fo:table-row>
          <xsl:if test="@role='label'"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
          <xsl:apply-templates select="tei:cell"/>
        </fo:table-row>
      </xsl:when>
      <!-- a row without cells: one spanning cell so nothing is lost -->
      <xsl:otherwise>
        <fo:table-row><fo:table-cell number-columns-spanned="1"><fo:block><xsl:apply-templates/></fo:block></fo:table-cell></fo:table-row>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:cell">
    <fo:table-cell padding="1pt 3pt" border-bottom="0.3pt solid {$colour-rule}">
      <xsl:if test="@cols &gt; 1"><xsl:attribute name="number-columns-spanned"><xsl:value-of select="@cols"/></xsl:attribute></xsl:if>
      <xsl:if test="@rows &gt; 1"><xsl:attribute name="number-rows-spanned"><xsl:value-of select="@rows"/></xsl:attribute></xsl:if>
      <xsl:if test="@role='label'"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:block><xsl:apply-templates/></fo:block>
    </fo:table-cell>
  </xsl:template>
  <!-- anything that is not a cell inside a row (or outside the table body) -->
  <xsl:template match="tei:row/*[not(self::tei:cell)]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:template>

  <!-- figures -->
  <xsl:template match="tei:figure">
    <fo:block space-before="2mm" space-after="2mm" text-align="center" font-size="{$size-small}" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:figDesc">
    <fo:block font-style="italic"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:graphic | tei:media | tei:binaryObject">
    <xsl:choose>
      <xsl:when test="$with-graphics = 'yes' and @url">
        <fo:block><fo:external-graphic src="url('{@url}')" content-width="scale-down-to-fit" width="100%"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline color="{$colour-muted}">[image<xsl:if test="@url">: <xsl:value-of select="@url"/></xsl:if>]</fo:inline>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:facsimile | tei:sourceDoc">
    <fo:block font-size="{$size-note}" color="{$colour-muted}" text-align="start" space-before="4mm" hyphenate="false">
      <xsl:value-of select="$label-facsimile"/><xsl:text>: </xsl:text>
      <xsl:for-each select=".//tei:graphic | .//tei:media">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:value-of select="@url"/>
      </xsl:for-each>
      <xsl:for-each select=".//text()[normalize-space()]"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- separators, page and line breaks -->
  <xsl:template match="tei:milestone">
    <xsl:choose>
      <xsl:when test="@unit='section' or @rend">
        <fo:block text-align="center" space-before="2.5mm" space-after="2.5mm" letter-spacing="0.3em" text-indent="0pt">
          <xsl:choose>
            <xsl:when test="normalize-space(@rend)"><xsl:value-of select="@rend"/></xsl:when>
            <xsl:otherwise>*   *   *</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:pb">
    <xsl:choose>
      <xsl:when test="not(@n)"/>
      <xsl:when test="../text()[normalize-space()] or parent::*[&inlineCtx;] or ancestor::tei:note">
        <fo:inline color="{$colour-muted}" font-size="6.5pt" baseline-shift="super" font-style="normal" font-weight="normal">|<xsl:value-of select="concat($label-page, ' ', @n)"/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <!-- between blocks: a mark set into the outer margin -->
        <fo:block text-align="end" end-indent="-14mm" font-size="6.5pt" line-height="1" color="{$colour-muted}"
          keep-with-next.within-page="always" text-indent="0pt" font-style="normal" font-weight="normal">
          <xsl:value-of select="concat($label-page, ' ', @n)"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break='no') and preceding-sibling::node()[normalize-space() or self::*]">
      <fo:block/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:cb | tei:anchor | tei:handShift | tei:addSpan | tei:delSpan | tei:damageSpan | tei:caesura | tei:alt | tei:link | tei:join | tei:span"/>
  <xsl:template match="tei:space">
    <fo:leader leader-pattern="space" leader-length="1.5em"/>
  </xsl:template>
  <xsl:template match="tei:fw">
    <fo:inline font-size="{$size-note}" color="{$colour-muted}"> <xsl:apply-templates/> </fo:inline>
  </xsl:template>

  <!-- ================================================================ inline -->

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:title | tei:gloss">
    <xsl:variable name="r" select="concat(' ', @rend, ' ', @rendition, ' ', @style, ' ')"/>
    <fo:inline>
      <xsl:choose>
        <xsl:when test="self::tei:emph or self::tei:foreign or self::tei:term or self::tei:mentioned
                        or self::tei:title[not(@level='a')][not(ancestor::tei:teiHeader)]
                        or contains($r, 'italic') or contains($r, ' i ') or contains($r, '#i ') or contains($r, 'font-style:italic')">
          <xsl:attribute name="font-style">italic</xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="contains($r, 'bold') or contains($r, ' b ') or contains($r, '#b ') or contains($r, 'font-weight:bold')">
        <xsl:attribute name="font-weight">bold</xsl:attribute>
      </xsl:if>
      <xsl:if test="contains($r, 'sup')"><xsl:attribute name="baseline-shift">super</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, ' sub ') or contains($r, 'subscript')"><xsl:attribute name="baseline-shift">sub</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'underline') or contains($r, ' u ') or contains($r, '#u ')"><xsl:attribute name="text-decoration">underline</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'strike') or contains($r, 'line-through')"><xsl:attribute name="text-decoration">line-through</xsl:attribute></xsl:if>
      <xsl:variable name="sc" select="contains($r, 'small') and contains($r, 'cap') or contains($r, ' sc ') or contains($r, '#k ')"/>
      <xsl:if test="$sc"><xsl:attribute name="font-size">80%</xsl:attribute><xsl:attribute name="letter-spacing">0.05em</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'spaced') or contains($r, 'letterspace') or contains($r, '#g ') or contains($r, 'gesperrt')"><xsl:attribute name="letter-spacing">0.15em</xsl:attribute></xsl:if>
      <xsl:if test="self::tei:soCalled">“</xsl:if>
      <xsl:choose>
        <!-- small caps / all caps over plain text: upper-cased here (see params.xsl) -->
        <xsl:when test="($sc or contains($r, 'allcaps') or contains($r, 'uppercase')) and not(*)">
          <xsl:call-template name="upper"><xsl:with-param name="s" select="."/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="self::tei:soCalled">”</xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- names: an id on every persName[@ref] (the volume's index cites them) -->
  <xsl:template match="tei:persName[@ref][ancestor::tei:text]">
    <fo:inline id="{generate-id()}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- choice: first reading, then the alternative in brackets (FILIPPOV [Stalin], VKP(b) [Central …]) -->
  <xsl:template match="tei:choice">
    <xsl:variable name="first" select="(tei:orig | tei:abbr | tei:sic)[1]"/>
    <xsl:variable name="second" select="(tei:reg | tei:expan | tei:corr)[1]"/>
    <xsl:choose>
      <xsl:when test="$first and $second">
        <fo:inline>
          <xsl:apply-templates select="$first/node()"/>
          <xsl:text> [</xsl:text>
          <xsl:apply-templates select="$second/node()"/>
          <xsl:if test="$second/@resp='#translator'">—trans.</xsl:if>
          <xsl:text>]</xsl:text>
          <xsl:for-each select="*[count(. | $first | $second) &gt; 2]">
            <xsl:text> [</xsl:text><xsl:apply-templates select="node()"/><xsl:text>]</xsl:text>
          </xsl:for-each>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline>
          <xsl:for-each select="*">
            <xsl:choose>
              <xsl:when test="position() = 1"><xsl:apply-templates select="node()"/></xsl:when>
              <xsl:otherwise><xsl:text> [</xsl:text><xsl:apply-templates select="node()"/><xsl:text>]</xsl:text></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- supplied text: [an indication], content in italics -->
  <xsl:template match="tei:supplied">
    <fo:inline>[<fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>]</fo:inline>
  </xsl:template>

  <!-- gaps: […], [...], [illegible …], [NAME REDACTED] -->
  <xsl:template match="tei:gap">
    <fo:inline>
      <xsl:call-template name="tp-bracket-space"/>
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="tei:desc"><fo:inline font-style="italic"><xsl:apply-templates select="tei:desc/node()"/></fo:inline></xsl:when>
        <xsl:when test="normalize-space(@rend) and @rend != 'glued'"><xsl:value-of select="@rend"/></xsl:when>
        <xsl:otherwise>…</xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
      <xsl:apply-templates select="*[not(self::tei:desc)]"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:sic">
    <fo:inline>
      <xsl:choose>
        <!-- an empty sic (the converter's bare "[sic]"): the bracket only -->
        <xsl:when test="not(node())">
          <xsl:call-template name="tp-bracket-space"/>[<fo:inline font-style="italic">sic</fo:inline>]</xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
          <xsl:if test="not(following-sibling::*[1][self::tei:note[@type='sic']])"> [<fo:inline font-style="italic">sic</fo:inline>]</xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <fo:inline>
      <xsl:apply-templates/>
      <xsl:choose>
        <xsl:when test="not(normalize-space())">[…]</xsl:when>
        <xsl:when test="@cert='low' or @reason='uncertain'"> [?]</xsl:when>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:del">
    <fo:inline text-decoration="line-through"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:add">
    <fo:inline>⸢<xsl:apply-templates/>⸣</fo:inline>
  </xsl:template>
  <xsl:template match="tei:surplus">
    <fo:inline>{<xsl:apply-templates/>}</fo:inline>
  </xsl:template>
  <xsl:template match="tei:ex">
    <fo:inline>(<xsl:apply-templates/>)</fo:inline>
  </xsl:template>
  <xsl:template match="tei:am | tei:damaged | tei:subst | tei:restore | tei:secl | tei:mod | tei:retrace">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- critical apparatus: lemma, then readings in brackets with their witnesses -->
  <xsl:template match="tei:app">
    <fo:inline>
      <xsl:apply-templates select="tei:lem"/>
      <xsl:for-each select="*[not(self::tei:lem)]">
        <xsl:choose>
          <xsl:when test="self::tei:rdg or self::tei:rdgGrp">
            <xsl:text> [</xsl:text>
            <xsl:if test="@wit"><fo:inline font-style="italic"><xsl:value-of select="translate(@wit, '#', '')"/></fo:inline>: </xsl:if>
            <xsl:apply-templates select="."/>
            <xsl:text>]</xsl:text>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:lem | tei:rdg | tei:rdgGrp | tei:witDetail"><fo:inline><xsl:apply-templates/></fo:inline></xsl:template>

  <!-- ================================================================ notes -->

  <!-- footnotes: fo:footnote at the marker, numbered per document -->
  <xsl:template match="&footnote;">
    <xsl:variable name="n">
      <xsl:number level="any" count="&footnote;"
        from="tei:TEI | tei:div[@type='document'][preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document']]"/>
    </xsl:variable>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="65%" font-style="normal" font-weight="normal"><xsl:value-of select="$n"/></fo:inline>
      <fo:footnote-body>
        <fo:list-block xsl:use-attribute-sets="footnote-body" provisional-distance-between-starts="5mm" provisional-label-separation="1.5mm">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="end"><xsl:value-of select="$n"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <xsl:if test="@type='source'"><fo:inline font-style="italic"><xsl:value-of select="$label-source"/>: </fo:inline></xsl:if>
                <xsl:apply-templates/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- inline bracket notes: [Zabaikalsk], [rassmotrena], [Translator's note: …], [faded stamp: …] -->
  <xsl:template match="tei:note">
    <xsl:choose>
      <!-- a note standing between blocks: its own paragraph in brackets -->
      <xsl:when test="not(../text()[normalize-space()]) and not(parent::*[&inlineCtx;]) and not(ancestor::tei:note)">
        <fo:block space-before="1.5mm" space-after="1.5mm" text-indent="0pt">
          <xsl:text>[</xsl:text>
          <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
          <xsl:text>]</xsl:text>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline font-style="normal">
          <xsl:call-template name="tp-bracket-space"/>
          <xsl:text>[</xsl:text>
          <fo:inline>
            <xsl:if test="not(@type='original-term' or @type='sic' or ancestor::tei:note[not(@type='original-term')])">
              <xsl:attribute name="font-style">italic</xsl:attribute>
            </xsl:if>
            <xsl:apply-templates/>
          </fo:inline>
          <xsl:text>]</xsl:text>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note[@type='original-term']/tei:foreign">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:stamp">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:stamp/tei:lb | tei:note/tei:lb" priority="0.6">
    <xsl:text> / </xsl:text>
  </xsl:template>
  <xsl:template match="tei:noteGrp">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- ================================================================ code and examples -->

  <xsl:template match="eg:egXML">
    <fo:block xsl:use-attribute-sets="code"><xsl:apply-templates mode="verbatim"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:eg">
    <fo:block xsl:use-attribute-sets="code"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:code | tei:gi | tei:att | tei:val | tei:tag | tei:ident">
    <fo:inline font-family="{$font-mono}" font-size="90%">
      <xsl:choose>
        <xsl:when test="self::tei:gi">&lt;<xsl:apply-templates/>&gt;</xsl:when>
        <xsl:when test="self::tei:att">@<xsl:apply-templates/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>
  <xsl:template match="*" mode="verbatim">
    <xsl:text>&lt;</xsl:text><xsl:value-of select="name()"/>
    <xsl:for-each select="@*"><xsl:value-of select="concat(' ', name(), '=&quot;', ., '&quot;')"/></xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <!-- U+200B after a tag: a break opportunity for FOP in narrow columns -->
        <xsl:text>&gt;&#8203;</xsl:text><xsl:apply-templates mode="verbatim"/>
        <xsl:text>&lt;/</xsl:text><xsl:value-of select="name()"/><xsl:text>&gt;&#8203;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:text>/&gt;</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="text()" mode="verbatim"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment()" mode="verbatim">&lt;!--<xsl:value-of select="."/>--&gt;</xsl:template>

  <!-- unresolved XInclude (run xsltproc with -xinclude): show the reference -->
  <xsl:template match="xi:include">
    <fo:block color="{$colour-muted}" font-size="{$size-note}">[not included: <xsl:value-of select="@href"/>]</fo:block>
  </xsl:template>
  <xsl:template match="xi:fallback"><xsl:apply-templates/></xsl:template>

  <!-- the teiHeader of a nested TEI (teiCorpus members are handled by page-sequence) -->
  <xsl:template match="tei:teiHeader">
    <fo:block font-size="{$size-note}" line-height="1.3"><xsl:apply-templates mode="hdr"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:TEI[ancestor::tei:TEI]">
    <fo:block break-before="page"><xsl:call-template name="document-content"/></fo:block>
  </xsl:template>

  <!-- ================================================================ generic fallback -->

  <!-- unknown element (any namespace): a block between blocks, inline in running text -->
  <xsl:template match="*">
    <xsl:choose>
      <xsl:when test="not(../text()[normalize-space()]) and not(ancestor::*[&inlineCtx;]) and not(ancestor::tei:note)">
        <fo:block text-indent="0pt"><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:apply-templates/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- plain text (running heads, contents): notes and apparatus readings left out -->
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="tei:note | tei:rdg | tei:pb | tei:fw" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="tei:choice" mode="plain"><xsl:apply-templates select="*[1]" mode="plain"/></xsl:template>

  <!-- ===== hooks: empty here, for a profile's print.xsl (see params.xsl) ===== -->
  <!-- in each document, after its title and metadata, before its text (context: the TEI element) -->
  <xsl:template name="tp-hook-fo-before-text"/>
  <!-- in each document, after its text and notes, before the header appendix -->
  <xsl:template name="tp-hook-fo-after-text"/>
  <!-- on the volume's title page, after teipress's lines (context: the catalog) -->
  <xsl:template name="tp-hook-fo-title-page"/>

</xsl:stylesheet>
