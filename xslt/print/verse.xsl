<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: verse.  Line groups and lines.
  Imported by document.xsl after core.xsl, so these templates win over the generic ones.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

  <!-- verse -->
  <xsl:template match="tei:lg">
    <fo:block space-before="2mm" space-after="2mm" margin-left="1.5em" text-align="start" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:l">
    <fo:block margin-left="1.5em" text-indent="-1.5em" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>


</xsl:stylesheet>
