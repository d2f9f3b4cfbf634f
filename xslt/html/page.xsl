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

  <xsl:template name="h-site-header">
    <xsl:param name="site-title" select="$edition-title"/>
    <xsl:param name="current" select="''"/>
    <a class="tp-skip" href="#tp-main">Skip to content</a>
    <header class="tp-site-header">
      <div class="tp-site-inner">
        <a class="tp-site-title" href="{$index-href}">
          <xsl:choose>
            <xsl:when test="normalize-space($site-title) != ''"><xsl:value-of select="normalize-space($site-title)"/></xsl:when>
            <xsl:otherwise>Document edition</xsl:otherwise>
          </xsl:choose>
        </a>
        <nav class="tp-site-nav" aria-label="Edition">
          <ul>
            <li><a href="{$index-href}"><xsl:if test="$current='index'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Documents</a></li>
            <li><a href="{$persons-href}"><xsl:if test="$current='persons'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Persons</a></li>
            <li><a href="{$places-href}"><xsl:if test="$current='places'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Places</a></li>
            <li><a href="{$orgs-href}"><xsl:if test="$current='orgs'"><xsl:attribute name="aria-current">page</xsl:attribute></xsl:if>Organizations</a></li>
          </ul>
        </nav>
      </div>
    </header>
  </xsl:template>

  <xsl:template name="h-site-footer">
    <footer class="tp-site-footer">
      <div class="tp-site-inner">
        <p>Encoded in TEI P5 and rendered by teipress. Square-bracket notes of the source are marked up by kind; the diplomatic view prints them as the source did.</p>
      </div>
    </footer>
  </xsl:template>

</xsl:stylesheet>
