<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: index.html from the catalog (see catalog-common.xsl for the input shape).
  Documents by date (undated last), grouped by year, with summary, type and language;
  filter chips for person, place, year and type (plain links without JavaScript; edition.js
  turns them into toggles that filter the list through the data-* attributes of each item);
  a timeline drawn as inline SVG at build time; full-text search over
  window.teipressSearchIndex (search-index.js, written by teipress) when JavaScript runs.
  Parameters: those of page.xsl and text.xsl (css-href, js-href, search-index-href ...).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  xmlns:svg="http://www.w3.org/2000/svg"
  exclude-result-prefixes="tei c svg">

  <xsl:import href="catalog-common.xsl"/>

  <!-- the sortable date of an entry, as an XPath expression usable in keys and sorts -->
  <xsl:key name="c-year" match="c:entry"
           use="substring((tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@when
                          | tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@notBefore
                          | tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@from)[1], 1, 4)"/>
  <xsl:key name="c-month" match="c:entry"
           use="substring((tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@when
                          | tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@notBefore
                          | tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation//tei:date/@from)[1], 1, 7)"/>
  <xsl:key name="c-type" match="c:entry" use="@tp-type"/>
  <xsl:key name="c-ref-kind" match="*[self::tei:persName or self::tei:placeName][starts-with(normalize-space(@ref), '#')][ancestor::c:entry]"
           use="concat(local-name(), '|', normalize-space(@ref))"/>
  <xsl:key name="c-ref-kind-doc" match="*[self::tei:persName or self::tei:placeName][starts-with(normalize-space(@ref), '#')][ancestor::c:entry]"
           use="concat(local-name(), '|', normalize-space(@ref), '|', generate-id(ancestor::c:entry[1]))"/>

  <xsl:variable name="c-entries" select="/c:catalog/c:entry"/>

  <!-- precomputed per-entry facts (type, year) -->
  <xsl:variable name="c-facts-rtf">
    <xsl:for-each select="$c-entries">
      <xsl:variable name="iso"><xsl:call-template name="c-entry-date"/></xsl:variable>
      <f g="{generate-id()}" year="{substring($iso, 1, 4 + starts-with($iso, '-'))}" iso="{$iso}">
        <xsl:attribute name="type"><xsl:call-template name="tp-doc-type"><xsl:with-param name="tei" select="(tei:TEI | tei:teiCorpus/tei:TEI)[1]"/></xsl:call-template></xsl:attribute>
      </f>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="c-facts" select="exsl:node-set($c-facts-rtf)/f" xmlns:exsl="http://exslt.org/common"/>
  <xsl:key name="c-fact" match="f" use="@g"/>
  <xsl:key name="c-fact-type" match="f" use="@type"/>
  <xsl:key name="c-fact-year" match="f" use="@year"/>

  <xsl:template match="/">
    <xsl:call-template name="h-doctype"/>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="h-lang"/></xsl:attribute>
      <xsl:call-template name="h-head">
        <xsl:with-param name="title" select="$c-site-title"/>
        <xsl:with-param name="page" select="'index'"/>
      </xsl:call-template>
      <body class="tp-page tp-page-index">
        <xsl:call-template name="h-script-labels"/>
        <xsl:call-template name="h-site-header">
          <xsl:with-param name="site-title" select="$c-site-title"/>
          <xsl:with-param name="current" select="'index'"/>
        </xsl:call-template>
        <main id="tp-main" class="tp-main">
          <xsl:call-template name="tp-hook-before-text"><xsl:with-param name="page" select="'index'"/></xsl:call-template>
          <h1 class="tp-page-title"><xsl:value-of select="$c-site-title"/></h1>
          <xsl:if test="normalize-space($edition-subtitle) != ''">
            <p class="tp-page-subtitle"><xsl:value-of select="normalize-space($edition-subtitle)"/></p>
          </xsl:if>
          <xsl:if test="normalize-space($edition-editors) != ''">
            <p class="tp-page-editors"><xsl:value-of select="$label-editors"/><xsl:text> </xsl:text><xsl:value-of select="normalize-space($edition-editors)"/></p>
          </xsl:if>
          <p class="tp-page-intro">
            <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-documents-intro"/><xsl:with-param name="n" select="count($c-entries[not(@invalid)])"/></xsl:call-template>
            <xsl:if test="$c-entries[@invalid]"><xsl:text> </xsl:text><xsl:value-of select="$label-drafts-intro"/></xsl:if>
          </p>
          <section class="tp-search" id="tp-search" aria-labelledby="tp-search-h" hidden="hidden">
            <h2 id="tp-search-h" class="tp-sr"><xsl:value-of select="$label-search"/></h2>
            <label for="tp-search-input"><xsl:value-of select="$label-search-label"/></label>
            <input type="search" id="tp-search-input" autocomplete="off" placeholder="{$label-search-placeholder}"/>
            <p class="tp-search-status" id="tp-search-status" aria-live="polite"></p>
            <ol class="tp-search-results" id="tp-search-results"></ol>
          </section>
          <xsl:call-template name="c-timeline"/>
          <xsl:call-template name="c-filters"/>
          <section aria-labelledby="tp-docs-h" id="tp-docs">
            <h2 id="tp-docs-h" class="tp-sr"><xsl:value-of select="$label-nav-documents"/></h2>
            <p class="tp-search-status" id="tp-filter-status" aria-live="polite"></p>
            <!-- years ascending, undated last -->
            <xsl:for-each select="$c-facts[generate-id() = generate-id(key('c-fact-year', @year)[1])]">
              <xsl:sort select="number(@year = '')" data-type="number"/>
              <xsl:sort select="@year"/>
              <xsl:variable name="year" select="@year"/>
              <h3 class="tp-year-h" id="y{substring('undated', 1, 7 * ($year = ''))}{$year}">
                <xsl:choose><xsl:when test="$year = ''"><xsl:value-of select="$label-undated"/></xsl:when><xsl:otherwise><xsl:value-of select="$year"/></xsl:otherwise></xsl:choose>
              </h3>
              <ul class="tp-doclist" data-year-group="{$year}">
                <xsl:for-each select="key('c-fact-year', $year)">
                  <xsl:sort select="@iso"/>
                  <xsl:variable name="g" select="@g"/>
                  <xsl:for-each select="$c-entries[generate-id() = $g]">
                    <xsl:call-template name="c-doc-item"/>
                  </xsl:for-each>
                </xsl:for-each>
              </ul>
            </xsl:for-each>
          </section>
          <xsl:call-template name="tp-hook-after-text"><xsl:with-param name="page" select="'index'"/></xsl:call-template>
        </main>
        <xsl:call-template name="h-site-footer"><xsl:with-param name="page" select="'index'"/></xsl:call-template>
        <script src="{$search-index-href}"></script>
        <script src="{$js-href}"></script>
      </body>
    </html>
  </xsl:template>

  <!-- one document in the list -->
  <xsl:template name="c-doc-item">
    <xsl:variable name="tei" select="(tei:TEI | tei:teiCorpus/tei:TEI)[1]"/>
    <xsl:variable name="f" select="$c-facts[@g = generate-id(current())]"/>
    <xsl:variable name="eid" select="generate-id()"/>
    <xsl:variable name="orig"><xsl:call-template name="tp-original-language"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <li class="tp-docitem" data-year="{$f/@year}" data-type="{$f/@type}">
      <xsl:attribute name="data-persons">
        <xsl:text> </xsl:text>
        <xsl:for-each select=".//tei:persName[starts-with(normalize-space(@ref), '#')][generate-id() = generate-id(key('c-ref-kind-doc', concat('persName|', normalize-space(@ref), '|', $eid))[1])]">
          <xsl:value-of select="substring-after(normalize-space(@ref), '#')"/><xsl:text> </xsl:text>
        </xsl:for-each>
      </xsl:attribute>
      <xsl:attribute name="data-places">
        <xsl:text> </xsl:text>
        <xsl:for-each select=".//tei:placeName[starts-with(normalize-space(@ref), '#')][generate-id() = generate-id(key('c-ref-kind-doc', concat('placeName|', normalize-space(@ref), '|', $eid))[1])]">
          <xsl:value-of select="substring-after(normalize-space(@ref), '#')"/><xsl:text> </xsl:text>
        </xsl:for-each>
      </xsl:attribute>
      <p class="tp-docmeta">
        <span class="tp-doc-type"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="$f/@type"/></xsl:call-template></span>
        <span><xsl:call-template name="c-entry-display-date"/></span>
        <xsl:if test="$orig != '' and not($tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[@ident='en'])">
          <span><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig"/></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="$orig != '' and $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[@ident='en']">
          <span><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-translated-from"/><xsl:with-param name="n"><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig"/></xsl:call-template></xsl:with-param></xsl:call-template></span>
        </xsl:if>
        <xsl:if test="$orig = '' and $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language">
          <span><xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1])"/></span>
        </xsl:if>
        <span><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-record-n"/><xsl:with-param name="n" select="@stem"/></xsl:call-template></span>
        <xsl:if test="@invalid"><span class="tp-invalid-mark"><xsl:value-of select="$label-invalid-document"/></span></xsl:if>
      </p>
      <xsl:choose>
        <xsl:when test="@invalid">
          <!-- a development build's invalid document: no page, and why -->
          <h4 class="tp-invalid"><xsl:call-template name="c-entry-title"/></h4>
          <p class="tp-invalid-reason"><code><xsl:value-of select="@invalid"/></code></p>
        </xsl:when>
        <xsl:otherwise><h4><a href="{@href}"><xsl:call-template name="c-entry-title"/></a></h4></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$tei/tei:teiHeader/tei:profileDesc/tei:abstract">
        <p class="tp-docsummary"><xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:abstract)"/></p>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- filter chips: plain links without JS, toggles with JS -->
  <xsl:template name="c-filters">
    <section class="tp-filters" aria-labelledby="tp-filters-h">
      <h2 id="tp-filters-h"><xsl:value-of select="$label-browse-by"/></h2>
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label-year"/></h3>
        <ul>
          <xsl:for-each select="$c-facts[@year != ''][generate-id() = generate-id(key('c-fact-year', @year)[1])]">
            <xsl:sort select="@year"/>
            <li><a class="tp-filter" href="#y{@year}" data-filter="year" data-value="{@year}"><xsl:value-of select="@year"/><span class="tp-count"><xsl:value-of select="count(key('c-fact-year', @year))"/></span></a></li>
          </xsl:for-each>
        </ul>
      </div>
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label-type"/></h3>
        <ul>
          <xsl:for-each select="$c-facts[generate-id() = generate-id(key('c-fact-type', @type)[1])]">
            <xsl:sort select="@type"/>
            <li><a class="tp-filter" href="#tp-docs" data-filter="type" data-value="{@type}"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="@type"/></xsl:call-template><span class="tp-count"><xsl:value-of select="count(key('c-fact-type', @type))"/></span></a></li>
          </xsl:for-each>
        </ul>
      </div>
      <xsl:call-template name="c-name-filter">
        <xsl:with-param name="el" select="'persName'"/><xsl:with-param name="label" select="$label-filter-person"/>
        <xsl:with-param name="page" select="$persons-href"/><xsl:with-param name="attr" select="'persons'"/>
      </xsl:call-template>
      <xsl:call-template name="c-name-filter">
        <xsl:with-param name="el" select="'placeName'"/><xsl:with-param name="label" select="$label-filter-place"/>
        <xsl:with-param name="page" select="$places-href"/><xsl:with-param name="attr" select="'places'"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <xsl:template name="c-name-filter">
    <xsl:param name="el"/>
    <xsl:param name="label"/>
    <xsl:param name="page"/>
    <xsl:param name="attr"/>
    <xsl:variable name="firsts" select="$c-entries//tei:*[local-name() = $el][starts-with(normalize-space(@ref), '#')]
        [generate-id() = generate-id(key('c-ref-kind', concat($el, '|', normalize-space(@ref)))[1])]"/>
    <xsl:if test="$firsts">
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label"/></h3>
        <!-- the most frequent names stay in view; a wall of a hundred chips would bury the list -->
        <ul>
          <xsl:for-each select="$firsts">
            <xsl:sort select="count(key('c-ref-kind', concat($el, '|', normalize-space(@ref))))" data-type="number" order="descending"/>
            <xsl:if test="position() &lt;= $c-names-in-view">
              <xsl:call-template name="c-name-chip"><xsl:with-param name="el" select="$el"/><xsl:with-param name="page" select="$page"/><xsl:with-param name="attr" select="$attr"/></xsl:call-template>
            </xsl:if>
          </xsl:for-each>
        </ul>
        <xsl:if test="count($firsts) &gt; $c-names-in-view">
          <details class="tp-filter-more">
            <summary><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-more"/><xsl:with-param name="n" select="count($firsts) - $c-names-in-view"/></xsl:call-template></summary>
            <ul>
              <xsl:for-each select="$firsts">
                <xsl:sort select="count(key('c-ref-kind', concat($el, '|', normalize-space(@ref))))" data-type="number" order="descending"/>
                <xsl:if test="position() &gt; $c-names-in-view">
                  <xsl:call-template name="c-name-chip"><xsl:with-param name="el" select="$el"/><xsl:with-param name="page" select="$page"/><xsl:with-param name="attr" select="$attr"/></xsl:call-template>
                </xsl:if>
              </xsl:for-each>
            </ul>
          </details>
        </xsl:if>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:variable name="c-names-in-view" select="12"/>


  <xsl:template name="c-name-chip">
    <xsl:param name="el"/>
    <xsl:param name="page"/>
    <xsl:param name="attr"/>
    <xsl:variable name="ref" select="normalize-space(@ref)"/>
    <xsl:variable name="id" select="substring-after($ref, '#')"/>
    <xsl:variable name="name"><xsl:call-template name="h-authority-name"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:variable name="ndocs" select="count(key('c-ref-kind', concat($el, '|', $ref))[generate-id() = generate-id(key('c-ref-kind-doc', concat($el, '|', $ref, '|', generate-id(ancestor::c:entry[1])))[1])])"/>
    <li>
      <a class="tp-filter" href="{$page}#{$id}" data-filter="{$attr}" data-value="{$id}">
        <xsl:choose>
          <xsl:when test="normalize-space($name) != ''"><xsl:value-of select="normalize-space($name)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
        <span class="tp-count"><xsl:value-of select="$ndocs"/></span>
      </a>
    </li>
  </xsl:template>

  <!-- ============================================================ timeline (inline SVG) -->

  <xsl:template name="c-timeline">
    <xsl:variable name="dated" select="$c-facts[@year != '' and translate(@year, '0123456789', '') = '']"/>
    <xsl:if test="$dated">
      <xsl:variable name="ymin">
        <xsl:for-each select="$dated"><xsl:sort select="@year" data-type="number"/><xsl:if test="position() = 1"><xsl:value-of select="@year"/></xsl:if></xsl:for-each>
      </xsl:variable>
      <xsl:variable name="ymax0">
        <xsl:for-each select="$dated"><xsl:sort select="@year" data-type="number" order="descending"/><xsl:if test="position() = 1"><xsl:value-of select="@year"/></xsl:if></xsl:for-each>
      </xsl:variable>
      <xsl:variable name="ymax" select="number($ymax0) + 1"/>
      <xsl:variable name="span" select="$ymax - number($ymin)"/>
      <xsl:variable name="step" select="1 + 4 * ($span &gt; 15) + 5 * ($span &gt; 40) + 15 * ($span &gt; 120)"/>
      <section class="tp-timeline" aria-labelledby="tp-timeline-h">
        <h2 id="tp-timeline-h"><xsl:value-of select="$label-timeline"/></h2>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 120" role="group" aria-labelledby="tp-timeline-title">
          <title id="tp-timeline-title">
            <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-timeline-description"/><xsl:with-param name="n" select="$ymin"/><xsl:with-param name="m" select="$ymax0"/></xsl:call-template>
          </title>
          <line class="tl-axis" x1="30" y1="90" x2="970" y2="90"/>
          <xsl:call-template name="c-tl-years">
            <xsl:with-param name="y" select="number($ymin)"/>
            <xsl:with-param name="ymin" select="number($ymin)"/>
            <xsl:with-param name="ymax" select="$ymax"/>
            <xsl:with-param name="step" select="$step"/>
          </xsl:call-template>
          <xsl:for-each select="$dated">
            <xsl:variable name="g" select="@g"/>
            <xsl:variable name="iso" select="@iso"/>
            <xsl:variable name="m" select="number(concat('0', substring($iso, 6, 2)))"/>
            <xsl:variable name="d" select="number(concat('0', substring($iso, 9, 2)))"/>
            <xsl:variable name="t" select="number(@year) + (($m - 1) * ($m &gt; 0)) div 12 + (($d - 1) * ($d &gt; 0)) div 372 + 0.5 div 12 * ($m = 0)"/>
            <xsl:variable name="x" select="30 + 940 * ($t - number($ymin)) div $span"/>
            <!-- stack marks of the same month -->
            <xsl:variable name="ym" select="substring($iso, 1, 7)"/>
            <xsl:variable name="k">
              <xsl:for-each select="key('c-fact-year', @year)[substring(@iso, 1, 7) = $ym]">
                <xsl:if test="@g = $g"><xsl:value-of select="position() - 1"/></xsl:if>
              </xsl:for-each>
            </xsl:variable>
            <xsl:for-each select="$c-entries[generate-id() = $g]">
              <a href="{@href}">
                <title><xsl:call-template name="c-entry-title"/> (<xsl:call-template name="c-entry-display-date"/>)</title>
                <circle class="tl-mark" cx="{format-number($x, '0.0')}" cy="{80 - 9 * (number($k) mod 8)}" r="4.5"/>
              </a>
            </xsl:for-each>
          </xsl:for-each>
        </svg>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="c-tl-years">
    <xsl:param name="y"/>
    <xsl:param name="ymin"/>
    <xsl:param name="ymax"/>
    <xsl:param name="step"/>
    <xsl:if test="$y &lt;= $ymax">
      <xsl:variable name="x" select="30 + 940 * ($y - $ymin) div ($ymax - $ymin)"/>
      <line xmlns="http://www.w3.org/2000/svg" class="tl-tick" x1="{format-number($x, '0.0')}" y1="86" x2="{format-number($x, '0.0')}" y2="94"/>
      <xsl:if test="$y &lt;= $ymax">
        <text xmlns="http://www.w3.org/2000/svg" class="tl-year" x="{format-number($x, '0.0')}" y="110" text-anchor="middle"><xsl:value-of select="$y"/></text>
      </xsl:if>
      <xsl:call-template name="c-tl-years">
        <xsl:with-param name="y" select="$y + $step"/>
        <xsl:with-param name="ymin" select="$ymin"/>
        <xsl:with-param name="ymax" select="$ymax"/>
        <xsl:with-param name="step" select="$step"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
