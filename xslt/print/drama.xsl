<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: drama.  Speeches (sp) with their speakers, stage directions.
  Imported by document.xsl after core.xsl, so these templates win over the generic ones.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

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
  <xsl:template match="tei:stage">
    <fo:inline>
      <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:stage[not(../text()[normalize-space()])]" priority="0.6">
    <fo:block font-style="italic" text-indent="0pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
