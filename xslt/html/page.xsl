<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: page chrome shared by document.xsl, index.xsl, persons.xsl, places.xsl, orgs.xsl.
  Named templates: h-doctype, h-head, h-site-header, h-site-footer.  Its parameters are in
  params.xsl (imported through text.xsl).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">


  <xsl:template name="h-doctype">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="h-head">
    <xsl:param name="title"/>
    <xsl:param name="description" select="''"/>
    <head>
      <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="teipress"/>
      <xsl:if test="normalize-space($description) != ''">
        <meta name="description" content="{normalize-space($description)}"/>
      </xsl:if>
      <title><xsl:value-of select="normalize-space($title)"/></title>
      <link rel="stylesheet" href="{$css-href}"/>
    </head>
  </xsl:template>

  <!-- the edition's title and navigation; a page that does not exist (empty href: teipress
       render outside a build) is not linked -->
  <xsl:template name="h-site-header">
    <xsl:param name="site-title" select="$edition-title"/>
    <xsl:param name="current" select="''"/>
    <a class="tp-skip" href="#tp-main">Skip to content</a>
    <header class="tp-site-header">
      <div class="tp-site-inner">
        <xsl:variable name="title">
          <xsl:choose>
            <xsl:when test="normalize-space($site-title) != ''"><xsl:value-of select="normalize-space($site-title)"/></xsl:when>
            <xsl:otherwise>Document edition</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$index-href != ''"><a class="tp-site-title" href="{$index-href}"><xsl:value-of select="$title"/></a></xsl:when>
          <xsl:otherwise><span class="tp-site-title"><xsl:value-of select="$title"/></span></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="concat($index-href, $persons-href, $places-href, $orgs-href) != ''">
          <nav class="tp-site-nav" aria-label="Edition">
            <ul>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$index-href"/><xsl:with-param name="label" select="'Documents'"/><xsl:with-param name="here" select="$current='index'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$persons-href"/><xsl:with-param name="label" select="'Persons'"/><xsl:with-param name="here" select="$current='persons'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$places-href"/><xsl:with-param name="label" select="'Places'"/><xsl:with-param name="here" select="$current='places'"/></xsl:call-template>
              <xsl:call-template name="h-nav-item"><xsl:with-param name="href" select="$orgs-href"/><xsl:with-param name="label" select="'Organizations'"/><xsl:with-param name="here" select="$current='orgs'"/></xsl:call-template>
            </ul>
          </nav>
        </xsl:if>
      </div>
    </header>
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
    <footer class="tp-site-footer">
      <div class="tp-site-inner">
        <p>Encoded in TEI P5 and rendered by teipress. Square-bracket notes of the source are marked up by kind; the diplomatic view prints them as the source did.</p>
      </div>
    </footer>
  </xsl:template>

</xsl:stylesheet>
