<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: diplomatic transcription.  The diplomatic view ("As printed") of any TEI that is
  not teipress's own shows the Leiden sigla (../common/transcription.xsl): besides the
  interventions of core.xsl (supplied, gap, unclear, choice, sic), expansions, erasures,
  additions, superfluous letters, unexpanded abbreviations, vacats and glyphs become interventions
  with a reading form and a diplomatic form, and a key explains the sigla the text uses.  Letters
  with a line above them (hi[@rend='supraline']) are overlined in both views (edition.css).
  teipress's own TEI keeps core.xsl's rendering.  Imported by text.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:str="http://exslt.org/strings"
  extension-element-prefixes="str"
  exclude-result-prefixes="tei str">

  <xsl:template match="tei:ex | tei:del | tei:add | tei:surplus | tei:abbr[not(ancestor::tei:expan or ancestor::tei:choice)]">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <!-- a deletion that is not an erasure keeps its strike-through in both views -->
      <xsl:when test="$convention = 'leiden' and not(self::tei:del[not(@rend='erasure' or @rend='erased')])">
        <xsl:call-template name="h-intervention">
          <xsl:with-param name="kind" select="local-name()"/>
          <xsl:with-param name="read"><xsl:apply-templates/></xsl:with-param>
          <xsl:with-param name="tip">
            <xsl:call-template name="h-siglum-label"><xsl:with-param name="kind">
              <xsl:choose>
                <xsl:when test="self::tei:ex">expansion</xsl:when>
                <xsl:when test="self::tei:del">erased</xsl:when>
                <xsl:when test="self::tei:add">added</xsl:when>
                <xsl:when test="self::tei:surplus">surplus</xsl:when>
                <xsl:otherwise>abbreviation</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param></xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:variable name="vacat"><xsl:call-template name="tp-is-vacat"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden' and $vacat = 'yes'">
        <span class="tei-space tp-vacat" title="{$label-siglum-vacat}"><xsl:apply-templates select="." mode="tp-leiden"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="h-space"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a glyph: its content, else the character its charDecl maps it to -->
  <xsl:template match="tei:g">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:choose>
        <xsl:when test="node()"><xsl:apply-templates/></xsl:when>
        <xsl:otherwise><xsl:call-template name="tp-glyph-text"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template name="h-siglum-label">
    <xsl:param name="kind"/>
    <span class="tp-tip-label">
      <xsl:call-template name="tp-siglum-meaning"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
    </span>
  </xsl:template>
  <!-- an EpiDoc edition: headed (tp-division-label), the key to its sigla right after it -->
  <xsl:template match="tei:div[@type='edition']">
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="'div'"/>
      <xsl:with-param name="label"><xsl:call-template name="tp-division-label"/></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="not(preceding::tei:div[@type='edition'][generate-id(ancestor::tei:TEI[1]) = generate-id(current()/ancestor::tei:TEI[1])])">
      <xsl:for-each select="ancestor::tei:TEI[1]"><xsl:call-template name="h-sigla-key"/></xsl:for-each>
    </xsl:if>
  </xsl:template>
  <!-- the other divisions of an EpiDoc edition, headed when they have no heading of their own -->
  <xsl:template match="tei:div[@type='translation' or @type='commentary' or @type='apparatus' or @type='bibliography']">
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="'div'"/>
      <xsl:with-param name="label"><xsl:call-template name="tp-division-label"/></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template name="h-sigla-key-after-text">
    <xsl:if test="not(tei:text//tei:div[@type='edition'])"><xsl:call-template name="h-sigla-key"/></xsl:if>
  </xsl:template>

  <!-- context tei:TEI: the key to the sigla its text uses, shown with the diplomatic view -->
  <xsl:template name="h-sigla-key">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:variable name="kinds"><xsl:call-template name="tp-sigla-kinds"/></xsl:variable>
    <xsl:if test="$convention = 'leiden' and normalize-space($kinds) != ''">
      <div class="tp-sigla-key v-dipl">
        <p class="tp-sigla-key-title"><xsl:value-of select="$label-sigla"/></p>
        <dl>
          <xsl:for-each select="str:tokenize(normalize-space($kinds), ' ')">
            <dt><xsl:call-template name="tp-siglum-sample"><xsl:with-param name="kind" select="string(.)"/></xsl:call-template></dt>
            <dd><xsl:call-template name="tp-siglum-meaning"><xsl:with-param name="kind" select="string(.)"/></xsl:call-template></dd>
          </xsl:for-each>
        </dl>
      </div>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
