<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: index.html from the catalog of entries (see catalog-common.xsl for its shape).
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

  <xsl:variable name="c-entries" select="/c:catalog/c:entry"/>
  <!-- the entries of a year, and the distinct years and types with their counts (c:years,
       c:types: counted by teipress, so that grouping costs no more than the entries) -->
  <xsl:key name="c-entry-year" match="c:entry" use="@year"/>
  <xsl:variable name="c-years" select="/c:catalog/c:years/c:year"/>
  <xsl:variable name="c-types" select="/c:catalog/c:types/c:type"/>

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
            <xsl:variable name="valid-count" select="count($c-entries[not(c:item//*[@class='tp-invalid'])])"/>
            <xsl:call-template name="tp-fill"><xsl:with-param name="text"><xsl:choose><xsl:when test="$valid-count = 1"><xsl:value-of select="$label-documents-intro-one"/></xsl:when><xsl:otherwise><xsl:value-of select="$label-documents-intro"/></xsl:otherwise></xsl:choose></xsl:with-param><xsl:with-param name="n" select="$valid-count"/></xsl:call-template>
            <xsl:if test="$c-entries/c:item//*[@class='tp-invalid']"><xsl:text> </xsl:text><xsl:value-of select="$label-drafts-intro"/></xsl:if>
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
            <xsl:for-each select="$c-years">
              <xsl:sort select="number(@value = '')" data-type="number"/>
              <xsl:sort select="number(@value)" data-type="number"/>
              <xsl:sort select="@value"/>
              <xsl:variable name="year" select="string(@value)"/>
              <h3 class="tp-year-h" id="y{substring('undated', 1, 7 * ($year = ''))}{$year}">
                <xsl:choose><xsl:when test="$year = ''"><xsl:value-of select="$label-undated"/></xsl:when><xsl:otherwise><xsl:call-template name="tp-year"><xsl:with-param name="year" select="$year"/></xsl:call-template></xsl:otherwise></xsl:choose>
              </h3>
              <ul class="tp-doclist" data-year-group="{$year}">
                <xsl:for-each select="key('c-entry-year', $year)">
                  <xsl:sort select="@iso"/>
                  <!-- the entry's list item (catalog-entry.xsl's c:item), put here by teipress -->
                  <xsl:processing-instruction name="teipress-item"><xsl:value-of select="@n"/></xsl:processing-instruction>
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

  <!-- filter chips: plain links without JS, toggles with JS -->
  <xsl:template name="c-filters">
    <section class="tp-filters" aria-labelledby="tp-filters-h">
      <h2 id="tp-filters-h"><xsl:value-of select="$label-browse-by"/></h2>
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label-year"/></h3>
        <ul>
          <xsl:for-each select="$c-years[@value != '']">
            <xsl:sort select="number(@value)" data-type="number"/>
            <xsl:sort select="@value"/>
            <li><a class="tp-filter" href="#y{@value}" data-filter="year" data-value="{@value}"><xsl:call-template name="tp-year"><xsl:with-param name="year" select="string(@value)"/></xsl:call-template><span class="tp-count"><xsl:value-of select="@count"/></span></a></li>
          </xsl:for-each>
        </ul>
      </div>
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label-type"/></h3>
        <ul>
          <xsl:for-each select="$c-types">
            <xsl:sort select="@value"/>
            <li><a class="tp-filter" href="#tp-docs" data-filter="type" data-value="{@value}"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="@value"/></xsl:call-template><span class="tp-count"><xsl:value-of select="@count"/></span></a></li>
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
    <!-- the names of this kind, in order of first mention, with their counts (c:names) -->
    <xsl:variable name="firsts" select="/c:catalog/c:names/c:name[@kind = $el]"/>
    <xsl:if test="$firsts">
      <div class="tp-filter-group">
        <h3><xsl:value-of select="$label"/></h3>
        <!-- the most frequent names stay in view; a wall of a hundred chips would bury the list -->
        <ul>
          <xsl:for-each select="$firsts">
            <xsl:sort select="@mentions" data-type="number" order="descending"/>
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
                <xsl:sort select="@mentions" data-type="number" order="descending"/>
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
    <xsl:variable name="ref" select="string(@ref)"/>
    <xsl:variable name="id" select="substring-after($ref, '#')"/>
    <xsl:variable name="name"><xsl:call-template name="h-authority-name"><xsl:with-param name="id" select="$id"/></xsl:call-template></xsl:variable>
    <xsl:variable name="ndocs" select="@documents"/>
    <li>
      <a class="tp-filter" href="{$page}#{$id}" data-filter="{$attr}" data-value="{$id}">
        <xsl:choose>
          <xsl:when test="normalize-space($name) != ''"><xsl:value-of select="normalize-space($name)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@text"/></xsl:otherwise>
        </xsl:choose>
        <span class="tp-count"><xsl:value-of select="$ndocs"/></span>
      </a>
    </li>
  </xsl:template>

  <!-- ============================================================ timeline (inline SVG) -->

  <xsl:template name="c-timeline">
    <!-- a negative year is BCE (ISO 8601, as EpiDoc's @notBefore-custom="-0050") -->
    <xsl:variable name="dated" select="$c-entries[@year != '' and number(@year) = number(@year)]"/>
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
            <xsl:call-template name="tp-fill">
              <xsl:with-param name="text" select="$label-timeline-description"/>
              <xsl:with-param name="n"><xsl:call-template name="tp-year"><xsl:with-param name="year" select="string($ymin)"/></xsl:call-template></xsl:with-param>
              <xsl:with-param name="m"><xsl:call-template name="tp-year"><xsl:with-param name="year" select="string($ymax0)"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </title>
          <line class="tl-axis" x1="30" y1="90" x2="970" y2="90"/>
          <xsl:call-template name="c-tl-years">
            <xsl:with-param name="y" select="number($ymin)"/>
            <xsl:with-param name="ymin" select="number($ymin)"/>
            <xsl:with-param name="ymax" select="$ymax"/>
            <xsl:with-param name="step" select="$step"/>
          </xsl:call-template>
          <xsl:for-each select="$dated">
            <xsl:variable name="iso" select="@iso"/>
            <xsl:variable name="bce" select="number(starts-with($iso, '-'))"/>
            <xsl:variable name="m" select="number(concat('0', substring($iso, 6 + $bce, 2)))"/>
            <xsl:variable name="d" select="number(concat('0', substring($iso, 9 + $bce, 2)))"/>
            <xsl:variable name="t" select="number(@year) + (($m - 1) * ($m &gt; 0)) div 12 + (($d - 1) * ($d &gt; 0)) div 372 + 0.5 div 12 * ($m = 0)"/>
            <xsl:variable name="x" select="30 + 940 * ($t - number($ymin)) div $span"/>
            <!-- stack marks of the same month: tp-stack counts the entries before this one with the
                 same year and month (teipress adds it) -->
            <xsl:variable name="k" select="@tp-stack"/>
            <a href="{@href}">
              <title><xsl:value-of select="c:title"/> (<xsl:value-of select="c:display-date"/>)</title>
              <circle class="tl-mark" cx="{format-number($x, '0.0')}" cy="{80 - 9 * (number($k) mod 8)}" r="4.5"/>
            </a>
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
        <text xmlns="http://www.w3.org/2000/svg" class="tl-year" x="{format-number($x, '0.0')}" y="110" text-anchor="middle"><xsl:call-template name="tp-year"><xsl:with-param name="year" select="string($y)"/></xsl:call-template></text>
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
