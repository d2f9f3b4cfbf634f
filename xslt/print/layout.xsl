<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: page layout.  The page masters (tp-first, tp-odd, tp-even; two-column
  index masters), running heads and folios (static content), and one page sequence per TEI
  document (mode "page-sequence") or per non-TEI root (named "page-sequence-generic").
  Imported by document.xsl; every setting it uses is in params.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

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

  <!-- shorten a running head or a bookmark: at the last word boundary that leaves it within $max
       characters, with an ellipsis; a title is never cut inside a word -->
  <xsl:template name="shorten">
    <xsl:param name="s"/>
    <xsl:param name="max" select="70"/>
    <xsl:variable name="n" select="normalize-space($s)"/>
    <xsl:choose>
      <xsl:when test="string-length($n) &gt; $max">
        <xsl:variable name="cut"><xsl:call-template name="before-last-space"><xsl:with-param name="s" select="substring($n, 1, $max + 1)"/></xsl:call-template></xsl:variable>
        <!-- no punctuation or open bracket left hanging before the ellipsis -->
        <xsl:variable name="trimmed">
          <xsl:call-template name="trim-trailing"><xsl:with-param name="s" select="$cut"/></xsl:call-template>
        </xsl:variable>
        <!-- nor a bracket opened and not closed: "China and Japan (in …" reads as a different title -->
        <xsl:variable name="closed">
          <xsl:call-template name="without-open-bracket"><xsl:with-param name="s" select="$trimmed"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="clean">
          <xsl:choose>
            <xsl:when test="string-length($closed) &gt;= $max div 3"><xsl:value-of select="$closed"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$trimmed"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="string-length($clean) &gt;= $max div 3"><xsl:value-of select="concat($clean, ' …')"/></xsl:when>
          <!-- one word longer than the head: cut it, there is nothing better -->
          <xsl:otherwise><xsl:value-of select="concat(substring($n, 1, $max - 1), '…')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- $s up to its last space (without it); '' when it has none -->
  <xsl:template name="before-last-space">
    <xsl:param name="s"/>
    <xsl:if test="contains($s, ' ')">
      <xsl:value-of select="substring-before($s, ' ')"/>
      <xsl:if test="contains(substring-after($s, ' '), ' ')">
        <xsl:text> </xsl:text>
        <xsl:call-template name="before-last-space"><xsl:with-param name="s" select="substring-after($s, ' ')"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>
  <!-- $s cut before the last bracket it opens and does not close (and trimmed), while it has one -->
  <xsl:template name="without-open-bracket">
    <xsl:param name="s"/>
    <xsl:variable name="opened" select="string-length($s) - string-length(translate($s, '([', ''))"/>
    <xsl:variable name="closed" select="string-length($s) - string-length(translate($s, ')]', ''))"/>
    <xsl:choose>
      <xsl:when test="$opened &gt; $closed">
        <xsl:variable name="before"><xsl:call-template name="before-last-open-bracket"><xsl:with-param name="s" select="translate($s, '[', '(')"/></xsl:call-template></xsl:variable>
        <xsl:variable name="trimmed">
          <xsl:call-template name="trim-trailing"><xsl:with-param name="s" select="normalize-space(substring($s, 1, string-length($before)))"/></xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="without-open-bracket"><xsl:with-param name="s" select="$trimmed"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- $s up to its last '(' (without it) -->
  <xsl:template name="before-last-open-bracket">
    <xsl:param name="s"/>
    <xsl:if test="contains($s, '(')">
      <xsl:value-of select="substring-before($s, '(')"/>
      <xsl:if test="contains(substring-after($s, '('), '(')">
        <xsl:text>(</xsl:text>
        <xsl:call-template name="before-last-open-bracket"><xsl:with-param name="s" select="substring-after($s, '(')"/></xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>
  <xsl:template name="trim-trailing">
    <xsl:param name="s"/>
    <xsl:variable name="last" select="substring($s, string-length($s))"/>
    <xsl:choose>
      <xsl:when test="$s != '' and contains(',;:(–—-/[', $last)">
        <xsl:call-template name="trim-trailing"><xsl:with-param name="s" select="normalize-space(substring($s, 1, string-length($s) - 1))"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
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

  <!-- A document that could not be printed, in a draft build of the volume: a page that says so,
       under its title (the contents and the bookmarks still find it by doc-id). -->
  <xsl:template match="tei:TEI" mode="placeholder-page-sequence">
    <xsl:param name="doc-id" select="concat('doc-', generate-id())"/>
    <xsl:param name="initial-page-number" select="'auto'"/>
    <xsl:param name="head-verso"/>
    <fo:page-sequence master-reference="tp-document" initial-page-number="{$initial-page-number}">
      <xsl:call-template name="static-content">
        <xsl:with-param name="head-verso" select="$head-verso"/>
        <xsl:with-param name="head-recto" select="$label-not-printed"/>
      </xsl:call-template>
      <fo:flow flow-name="xsl-region-body">
        <fo:block xsl:use-attribute-sets="body-font" id="{$doc-id}">
          <fo:block xsl:use-attribute-sets="doc-title"><xsl:call-template name="plain-title"/></fo:block>
          <fo:block border="1.2pt solid {$colour-accent}" padding="4mm" space-before="6mm" color="{$colour-accent}" text-align="start">
            <fo:block font-weight="bold"><xsl:value-of select="$label-not-printed"/></fo:block>
            <fo:block space-before="2mm" color="{$colour-text}"><xsl:value-of select="$label-not-printed-explanation"/></fo:block>
          </fo:block>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- ================================================================ bookmarks -->

  <!-- The PDF's outline: a bookmark for every document (its title), and under it one for every
       division with a heading, nested as the divisions are.  $documents are tei:TEI elements
       whose page sequences were made with the default doc-id. -->
  <xsl:template name="bookmark-tree">
    <xsl:param name="documents" select="//tei:TEI[not(ancestor::tei:TEI)]"/>
    <xsl:if test="$documents">
      <fo:bookmark-tree><xsl:apply-templates select="$documents" mode="bookmark"/></fo:bookmark-tree>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:TEI" mode="bookmark">
    <xsl:param name="doc-id" select="concat('doc-', generate-id())"/>
    <fo:bookmark internal-destination="{$doc-id}">
      <fo:bookmark-title>
        <xsl:call-template name="shorten">
          <xsl:with-param name="s"><xsl:call-template name="plain-title"/></xsl:with-param>
          <xsl:with-param name="max" select="$bookmark-length"/>
        </xsl:call-template>
      </fo:bookmark-title>
      <xsl:apply-templates select="tei:text/tei:front | tei:text/tei:body | tei:text/tei:back | tei:text/tei:group" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>
  <xsl:template match="tei:div[tei:head] | tei:div1[tei:head] | tei:div2[tei:head] | tei:div3[tei:head] | tei:div4[tei:head]
                       | tei:div5[tei:head] | tei:div6[tei:head] | tei:div7[tei:head]" mode="bookmark">
    <fo:bookmark internal-destination="{concat('x-', generate-id())}" starting-state="hide">
      <fo:bookmark-title>
        <xsl:call-template name="shorten">
          <xsl:with-param name="s"><xsl:apply-templates select="tei:head[1]" mode="plain"/></xsl:with-param>
          <xsl:with-param name="max" select="$bookmark-length"/>
        </xsl:call-template>
      </fo:bookmark-title>
      <xsl:apply-templates select="*" mode="bookmark"/>
    </fo:bookmark>
  </xsl:template>
  <!-- a division without a heading, or any other container: its divisions take its place -->
  <xsl:template match="*" mode="bookmark">
    <xsl:apply-templates select="*[not(self::tei:head or self::tei:p or self::tei:ab or self::tei:l or self::tei:note)]" mode="bookmark"/>
  </xsl:template>
  <xsl:template match="text()" mode="bookmark"/>

</xsl:stylesheet>
