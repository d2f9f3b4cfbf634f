<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: verse and manuscript lines.  Each verse line a block; the number of every fifth
  line (params.xsl: line-numbers-every) in the gutter left of the text (span.tp-lineno, placed by
  edition.css); the continuation of a split line (l[@part='M' or @part='F']) after an invisible
  copy of the part before it, so that it starts exactly where that part ended.  lb breaks the
  line; in a lineated text (../common/verse.xsl: tp-lb-lineated) its line gets a number, and a
  word broken over two lines of an EpiDoc edition (break="no") a hyphen, as the EpiDoc stylesheets
  print it.  Imported by text.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:l">
    <xsl:variable name="bid"><xsl:call-template name="tp-block-id"/></xsl:variable>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"><xsl:with-param name="natural" select="'div'"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs"><xsl:with-param name="id" select="$bid"/></xsl:call-template>
      <xsl:call-template name="h-line-number"/>
      <xsl:if test="@part='M' or @part='F'">
        <xsl:variable name="before"><xsl:call-template name="tp-split-line-before"/></xsl:variable>
        <xsl:if test="normalize-space($before) != ''">
          <span class="tp-part-before" aria-hidden="true"><xsl:value-of select="normalize-space($before)"/><xsl:text> </xsl:text></span>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates/>
      <xsl:call-template name="h-line-app-mark"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:lb">
    <xsl:variable name="lineated"><xsl:call-template name="tp-lb-lineated"/></xsl:variable>
    <xsl:if test="@break='no' and $lineated = 'yes' and ancestor::tei:div[@type='edition']
                  and preceding::text()[normalize-space()][1][ancestor::tei:div[@type='edition']]">
      <span class="tp-lb-hyphen">-</span>
    </xsl:if>
    <!-- a line begun at the start of its block begins no new line -->
    <xsl:if test="not($lineated = 'yes' and not(preceding-sibling::node()[self::* or normalize-space()]) and parent::*[self::tei:ab or self::tei:p])">
      <br class="tei-lb"/>
    </xsl:if>
    <xsl:if test="$lineated = 'yes'">
      <xsl:call-template name="h-line-number"/>
      <xsl:call-template name="h-line-app-mark"/>
    </xsl:if>
  </xsl:template>

  <!-- the number beside a line, when it is one to print -->
  <xsl:template name="h-line-number">
    <xsl:variable name="number"><xsl:call-template name="tp-line-number"/></xsl:variable>
    <xsl:if test="$number != ''">
      <span class="tp-lineno" aria-hidden="true"><xsl:value-of select="$number"/></span>
    </xsl:if>
  </xsl:template>

  <!-- 'yes' when the context document has numbered lines: the text then keeps a gutter for them -->
  <xsl:template name="h-has-line-numbers">
    <!-- one pass, stopping at the first line found -->
    <xsl:if test="number($line-numbers-every) &gt; 0 and .//tei:text//*[self::tei:l
                  or self::tei:lb[$lb-line-numbers != 'no' and (@n or $lb-line-numbers = 'yes' or ancestor::tei:div[@type='edition'])]]">yes</xsl:if>
  </xsl:template>

</xsl:stylesheet>
