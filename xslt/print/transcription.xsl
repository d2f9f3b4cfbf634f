<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: diplomatic transcription.  Any TEI that is not teipress's own is printed
  with the Leiden sigla, as the EpiDoc stylesheets print them (../common/transcription.xsl): lost
  and restored [abc], lost [...] (three hyphens where the number is unknown), omitted ⟨abc⟩, illegible ..., expanded a(bc), unclear
  with a dot below each letter, erased ⟦abc⟧, added `abc´, superfluous {abc}, vac. for a space,
  glyphs through their charDecl; a key after the text explains the sigla it uses.  teipress's
  own TEI keeps the square brackets of its source (core.xsl's templates, called by name).
  Imported by document.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:str="http://exslt.org/strings"
  extension-element-prefixes="str"
  exclude-result-prefixes="tei str">

  <xsl:template match="tei:supplied | tei:ex | tei:del | tei:add | tei:surplus">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden' and not(self::tei:del[not(@rend='erasure' or @rend='erased')])">
        <fo:inline>
          <xsl:call-template name="tp-leiden-open"/>
          <xsl:apply-templates/>
          <xsl:call-template name="tp-leiden-close"/>
        </fo:inline>
      </xsl:when>
      <xsl:when test="self::tei:supplied"><xsl:call-template name="supplied-source"/></xsl:when>
      <xsl:when test="self::tei:del"><xsl:call-template name="del-source"/></xsl:when>
      <xsl:when test="self::tei:add"><xsl:call-template name="add-source"/></xsl:when>
      <xsl:when test="self::tei:ex"><fo:inline>(<xsl:apply-templates/>)</fo:inline></xsl:when>
      <xsl:otherwise><fo:inline>{<xsl:apply-templates/>}</fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden' and (@reason='lost' or @reason='illegible' or @reason='omitted')">
        <fo:inline>
          <xsl:call-template name="tp-leiden-gap"/>
          <!-- what the editor says of the gap ("vestiges"), after it, as the HTML's tip says it -->
          <xsl:if test="tei:desc[normalize-space()]">
            <fo:inline font-style="italic"> (<xsl:apply-templates select="tei:desc/node()"/>)</fo:inline>
          </xsl:if>
          <xsl:apply-templates select="*[not(self::tei:desc)]"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="gap-source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- unclear letters: a dot below each -->
  <xsl:template match="tei:unclear">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden'"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><xsl:call-template name="unclear-source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:unclear//text()[normalize-space()]">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden'"><xsl:call-template name="tp-underdot"><xsl:with-param name="s" select="."/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an abbreviation left unexpanded -->
  <xsl:template match="tei:abbr[not(ancestor::tei:expan or ancestor::tei:choice)]">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <fo:inline><xsl:apply-templates/><xsl:if test="$convention = 'leiden'">(- - -)</xsl:if></fo:inline>
  </xsl:template>

  <!-- abbreviation and expansion: the expansion alone, what the editor added in parentheses,
       when it holds the abbreviation's letters; else, and for the other choices, as core.xsl
       prints them (the first reading, then the others in brackets, in the document's order) -->
  <xsl:template match="tei:choice[tei:expan]">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:variable name="redundant"><xsl:call-template name="tp-abbr-in-expansion"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden' and $redundant = 'yes'">
        <fo:inline><xsl:apply-templates select="tei:expan/node()"/></fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="choice-source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:variable name="vacat"><xsl:call-template name="tp-is-vacat"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden' and $vacat = 'yes'">
        <fo:inline font-style="italic" color="{$colour-muted}"><xsl:apply-templates select="." mode="tp-leiden"/></fo:inline>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="space-source"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a glyph: its content, else the character its charDecl maps it to, which a font has -->
  <xsl:template match="tei:g">
    <fo:inline>
      <xsl:choose>
        <xsl:when test="node()"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise><xsl:call-template name="tp-glyph-text"/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- an EpiDoc edition: the key to its sigla right after it -->
  <xsl:template match="tei:div[@type='edition']">
    <xsl:call-template name="division"/>
    <xsl:if test="not(preceding::tei:div[@type='edition'][generate-id(ancestor::tei:TEI[1]) = generate-id(current()/ancestor::tei:TEI[1])])">
      <xsl:for-each select="ancestor::tei:TEI[1]"><xsl:call-template name="sigla-key"/></xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- context tei:TEI: the key to the sigla its text uses, after the text (after its first
       EpiDoc edition division, when it has one) -->
  <xsl:template name="sigla-key-after-text">
    <xsl:if test="not(tei:text//tei:div[@type='edition'])"><xsl:call-template name="sigla-key"/></xsl:if>
  </xsl:template>
  <xsl:template name="sigla-key">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:variable name="kinds"><xsl:call-template name="tp-sigla-kinds"/></xsl:variable>
    <xsl:if test="$convention = 'leiden' and normalize-space($kinds) != ''">
      <fo:block xsl:use-attribute-sets="apparatus-entry" space-before="5mm" keep-together.within-page="always">
        <fo:inline font-style="italic"><xsl:value-of select="$label-sigla"/>: </fo:inline>
        <xsl:for-each select="str:tokenize(normalize-space($kinds), ' ')">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:call-template name="siglum-sample"><xsl:with-param name="kind" select="string(.)"/></xsl:call-template>
          <xsl:text> </xsl:text>
          <xsl:call-template name="tp-siglum-meaning"><xsl:with-param name="kind" select="string(.)"/></xsl:call-template>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>
  <xsl:template name="siglum-sample">
    <xsl:param name="kind"/>
    <xsl:choose>
      <!-- combining overlines are not in every font: a drawn line instead -->
      <xsl:when test="$kind = 'supraline'"><fo:inline text-decoration="overline">abc</fo:inline></xsl:when>
      <xsl:otherwise><xsl:call-template name="tp-siglum-sample"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
