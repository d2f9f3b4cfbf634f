<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: drama.  A speech (sp) is a grid: the speaker beside what is spoken (edition.css;
  above it on narrow screens).  Stage directions in italics.  Cast lists: roles in small capitals
  with their descriptions, one per line, groups indented.  Imported by text.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:sp">
    <div>
      <xsl:call-template name="h-attrs"/>
      <xsl:apply-templates/>
    </div>
  </xsl:template>
  <xsl:template match="tei:speaker">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:castGroup | tei:castItem">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:role | tei:roleDesc | tei:actor">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
