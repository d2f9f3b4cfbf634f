<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: page chrome shared by document.xsl, index.xsl, persons.xsl, places.xsl, orgs.xsl.
  Named templates: h-doctype, h-head, h-site-header, h-site-footer, h-lang (html/@lang).

  Hooks: empty named templates that a profile's html.xsl redefines to add to every page without
  copying ours (they are called with the page's context node; $page is 'document', 'index',
  'persons', 'places' or 'orgs'):
    tp-hook-head         inside head, after teipress's own elements (meta, link, script)
    tp-hook-header       after the site header (a banner, a notice)
    tp-hook-before-text  at the start of main, before the page's content
    tp-hook-after-text   at the end of main, after the page's content
    tp-hook-footer       inside the site footer, after teipress's lines
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- Parameters: params.xsl (imported by text.xsl, which every page imports with this file). -->

  <xsl:template name="h-doctype">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
  </xsl:template>

  <!-- html/@lang: the interface language -->
  <xsl:template name="h-lang"><xsl:value-of select="$language"/></xsl:template>

  <xsl:template name="h-head">
    <xsl:param name="title"/>
    <xsl:param name="description" select="''"/>
    <xsl:param name="page" select="''"/>
    <head>
      <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="teipress"/>
      <xsl:if test="normalize-space($description) != ''">
        <meta name="description" content="{normalize-space($description)}"/>
      </xsl:if>
      <title><xsl:value-of select="normalize-space($title)"/></title>
      <!-- where the page is published, from the edition's base-url -->
      <xsl:variable name="file">
        <xsl:choose>
          <xsl:when test="$page = 'document'"><xsl:value-of select="$page-file"/></xsl:when>
          <xsl:when test="$page != ''"><xsl:value-of select="concat($page, '.html')"/></xsl:when>
        </xsl:choose>
      </xsl:variable>
      <xsl:if test="normalize-space($base-url) != '' and $file != ''">
        <xsl:variable name="base" select="normalize-space($base-url)"/>
        <link rel="canonical" href="{$base}{substring('/', 1, number(substring($base, string-length($base)) != '/'))}{$file}"/>
      </xsl:if>
      <link rel="stylesheet" href="{$css-href}"/>
      <xsl:call-template name="h-extra-css"><xsl:with-param name="names" select="normalize-space($extra-css)"/></xsl:call-template>
      <xsl:call-template name="tp-hook-head"><xsl:with-param name="page" select="$page"/></xsl:call-template>
    </head>
  </xsl:template>

  <xsl:template name="h-extra-css">
    <xsl:param name="names"/>
    <xsl:if test="$names != ''">
      <xsl:variable name="first" select="substring-before(concat($names, ' '), ' ')"/>
      <link rel="stylesheet" href="{$first}"/>
      <xsl:call-template name="h-extra-css"><xsl:with-param name="names" select="substring-after($names, ' ')"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- the edition's name: the parameter, else what the page knows, else the default label -->
  <xsl:template name="h-edition-title">
    <xsl:param name="site-title" select="$edition-title"/>
    <xsl:choose>
      <xsl:when test="normalize-space($site-title) != ''"><xsl:value-of select="normalize-space($site-title)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-edition-default-title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the edition's title and navigation; a page that does not exist (empty href: teipress
       render outside a build) is not linked -->
  <xsl:template name="h-site-header">
    <xsl:param name="site-title" select="$edition-title"/>
    <xsl:param name="current" select="''"/>
    <a class="tp-skip" href="#tp-main"><xsl:value-of select="$label-skip-to-content"/></a>
    <header class="tp-site-header">
      <div class="tp-site-inner">
        <xsl:variable name="title">
          <xsl:call-template name="h-edition-title"><xsl:with-param name="site-title" select="$site-title"/></xsl:call-template>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$index-href != ''"><a class="tp-site-title" href="{$index-href}"><xsl:value-of select="$title"/></a></xsl:when>
          <xsl:otherwise><span class="tp-site-title"><xsl:value-of select="$title"/></span></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="concat($index-href, $persons-href, $places-href, $orgs-href) != ''">
          <nav class="tp-site-nav" aria-label="{$label-nav-label}">
            <ul>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$index-href"/><xsl:with-param name="label" select="$label-nav-documents"/><xsl:with-param name="here" select="$current='index'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$persons-href"/><xsl:with-param name="label" select="$label-nav-persons"/><xsl:with-param name="here" select="$current='persons'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$places-href"/><xsl:with-param name="label" select="$label-nav-places"/><xsl:with-param name="here" select="$current='places'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$orgs-href"/><xsl:with-param name="label" select="$label-nav-orgs"/><xsl:with-param name="here" select="$current='orgs'"/></xsl:call-template>
            </ul>
          </nav>
        </xsl:if>
      </div>
    </header>
    <xsl:call-template name="tp-hook-header"><xsl:with-param name="page" select="$current"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="h-nav-item">
    <xsl:param name="href"/>
    <xsl:param name="label"/>
    <xsl:param name="here" select="false()"/>
    <xsl:if test="$href != ''">
      <li><a href="{$href}"><xsl:if test="$here"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if><xsl:value-of select="$label"/></a></li>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h-site-footer">
    <xsl:param name="page" select="''"/>
    <footer class="tp-site-footer">
      <div class="tp-site-inner">
        <xsl:if test="normalize-space($edition-publisher) != '' or normalize-space($edition-editors) != '' or normalize-space($edition-licence) != ''">
          <p class="tp-edition-credits">
            <xsl:if test="normalize-space($edition-editors) != ''">
              <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-footer-editors"/><xsl:with-param name="n" select="normalize-space($edition-editors)"/></xsl:call-template>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:if test="normalize-space($edition-publisher) != ''">
              <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-footer-publisher"/><xsl:with-param name="n" select="normalize-space($edition-publisher)"/></xsl:call-template>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:if test="normalize-space($edition-licence) != ''">
              <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-footer-licence"/><xsl:with-param name="n" select="normalize-space($edition-licence)"/></xsl:call-template>
            </xsl:if>
          </p>
        </xsl:if>
        <p><xsl:value-of select="$label-footer-rendered"/><xsl:text> </xsl:text><xsl:value-of select="$label-footer-views"/></p>
        <xsl:call-template name="tp-hook-footer"><xsl:with-param name="page" select="$page"/></xsl:call-template>
      </div>
    </footer>
  </xsl:template>

  <!-- the labels edition.js shows (buttons, search and filter messages), as data attributes of body -->
  <xsl:template name="h-script-labels">
    <xsl:attribute name="data-label-copy-citation"><xsl:value-of select="$label-copy-citation"/></xsl:attribute>
    <xsl:attribute name="data-label-copied"><xsl:value-of select="$label-copied"/></xsl:attribute>
    <xsl:attribute name="data-label-copy-failed"><xsl:value-of select="$label-copy-failed"/></xsl:attribute>
    <xsl:attribute name="data-label-clear-filters"><xsl:value-of select="$label-clear-filters"/></xsl:attribute>
    <xsl:attribute name="data-label-filter-status"><xsl:value-of select="$label-filter-status"/></xsl:attribute>
    <xsl:attribute name="data-label-search-found"><xsl:value-of select="$label-search-found"/></xsl:attribute>
    <xsl:attribute name="data-label-search-showing"><xsl:value-of select="$label-search-showing"/></xsl:attribute>
    <xsl:attribute name="data-label-search-none"><xsl:value-of select="$label-search-none"/></xsl:attribute>
  </xsl:template>

  <!-- ===== hooks: empty here, for profiles (see the top of this file) ===== -->
  <xsl:template name="tp-hook-head"><xsl:param name="page"/></xsl:template>
  <xsl:template name="tp-hook-header"><xsl:param name="page"/></xsl:template>
  <xsl:template name="tp-hook-before-text"><xsl:param name="page"/></xsl:template>
  <xsl:template name="tp-hook-after-text"><xsl:param name="page"/></xsl:template>
  <xsl:template name="tp-hook-footer"><xsl:param name="page"/></xsl:template>

</xsl:stylesheet>
