<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: drama.  Speeches: the speaker run in before a speech in prose, on a line
  of its own above a speech in verse; every child of the speech kept, in order.  Stage directions
  in italics, between speeches as blocks of their own.  Cast lists: roles in small capitals with
  their descriptions, groups indented.  Imported by document.xsl after core.xsl, so these
  templates win over the generic ones.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:sp">
    <xsl:variable name="first" select="*[not(self::tei:speaker)][1]"/>
    <xsl:variable name="run-in" select="tei:speaker and ($first/self::tei:p or $first/self::tei:ab)"/>
    <fo:block space-before="1.2mm" text-align="start">
      <xsl:if test="$run-in"><xsl:attribute name="text-align"><xsl:value-of select="$text-align"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="$run-in">
          <!-- the first paragraph after the speaker, with a hanging indent -->
          <fo:block margin-left="1.5em" text-indent="-1.5em">
            <xsl:apply-templates select="tei:speaker" mode="run-in"/>
            <xsl:text> </xsl:text>
            <xsl:apply-templates select="$first/node()"/>
          </fo:block>
          <xsl:for-each select="node()[not(self::tei:speaker)][generate-id() != generate-id($first)]">
            <xsl:choose>
              <xsl:when test="self::tei:p or self::tei:ab">
                <fo:block margin-left="1.5em" text-indent="0pt"><xsl:apply-templates/></fo:block>
              </xsl:when>
              <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

  <!-- the speaker's name: small capitals over plain text (upper-cased here, see params.xsl) -->
  <xsl:template name="speaker-name">
    <xsl:choose>
      <xsl:when test="not(*)">
        <fo:inline xsl:use-attribute-sets="small-caps"><xsl:call-template name="upper"><xsl:with-param name="s" select="normalize-space()"/></xsl:call-template></fo:inline>
      </xsl:when>
      <xsl:otherwise><fo:inline font-style="italic"><xsl:apply-templates/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:speaker" mode="run-in">
    <xsl:call-template name="speaker-name"/>
  </xsl:template>
  <!-- above the verse it speaks -->
  <xsl:template match="tei:sp/tei:speaker">
    <fo:block keep-with-next.within-page="always" text-indent="0pt"><xsl:call-template name="speaker-name"/></fo:block>
  </xsl:template>
  <!-- anywhere else (inside a paragraph) -->
  <xsl:template match="tei:speaker">
    <fo:inline><xsl:call-template name="speaker-name"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:stage">
    <fo:inline>
      <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:stage[not(../text()[normalize-space()])]" priority="0.6">
    <fo:block font-style="italic" text-indent="0pt">
      <!-- inside a speech, in line with its verse -->
      <xsl:if test="parent::tei:sp or parent::tei:lg"><xsl:attribute name="margin-left">1.5em</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- cast list -->
  <xsl:template match="tei:castList">
    <fo:block space-before="4mm" space-after="4mm" text-align="start" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:castList/tei:head | tei:castGroup/tei:head">
    <fo:block font-style="italic" space-after="1.5mm" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:castGroup">
    <fo:block margin-left="1.5em" space-before="1mm" space-after="1mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:castItem">
    <fo:block margin-left="1.5em" text-indent="-1.5em" space-after="0.4mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:castItem/tei:role">
    <xsl:call-template name="speaker-name"/>
  </xsl:template>
  <xsl:template match="tei:roleDesc">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>

</xsl:stylesheet>
