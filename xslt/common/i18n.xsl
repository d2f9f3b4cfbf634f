<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: looking labels up in the translations file (i18n.xml, beside this file).

    <xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'notes'"/></xsl:call-template>

  gives the label in the interface language ($language, a parameter of html/params.xsl and
  print/params.xsl: en, de, fr or ru), English where a language lacks it, and the key itself
  (with a message) for a key the file does not have. tp-fill puts values into a label's {n}, {m},
  {d} and {y}.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:i18n="urn:teipress:i18n"
  exclude-result-prefixes="i18n">

  <xsl:key name="tp-i18n" match="i18n:entry" use="i18n:key"/>

  <!-- Under teipress the labels come from a table read once per run (tools/render/interface_labels.h):
       libxslt evaluates every global parameter in every transformation, and parsing and keying
       i18n.xml for the 155 label-* parameters cost more than many a page.  Elsewhere (xsltproc)
       the stylesheets look the labels up in i18n.xml themselves. -->
  <xsl:variable name="tp-i18n-native" select="function-available('i18n:label') and i18n:labels-read()"/>

  <xsl:template name="tp-i18n">
    <xsl:param name="key"/>
    <xsl:param name="lang" select="$language"/>
    <xsl:choose>
      <xsl:when test="$tp-i18n-native"><xsl:value-of select="i18n:label($key, $lang)"/></xsl:when>
      <xsl:otherwise>
        <!-- key() looks in the document of the context node: the translations file's -->
        <xsl:for-each select="document('i18n.xml')/i18n:i18n">
          <xsl:variable name="entry" select="key('tp-i18n', $key)"/>
          <xsl:choose>
            <xsl:when test="$entry/i18n:text[lang($lang)]"><xsl:value-of select="$entry/i18n:text[lang($lang)]"/></xsl:when>
            <xsl:when test="$entry/i18n:text[lang('en')]"><xsl:value-of select="$entry/i18n:text[lang('en')]"/></xsl:when>
            <xsl:otherwise>
              <xsl:message>teipress: the label '<xsl:value-of select="$key"/>' is not in xslt/common/i18n.xml</xsl:message>
              <xsl:value-of select="$key"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whether the translations file has an entry for the key: true() or false() -->
  <xsl:template name="tp-i18n-has">
    <xsl:param name="key"/>
    <xsl:choose>
      <xsl:when test="$tp-i18n-native"><xsl:value-of select="i18n:has-label($key)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="boolean(document('i18n.xml')/i18n:i18n/*[*[1] = $key])"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- `text` with {NAME} replaced by the parameter of that name (n, m, d, y) -->
  <xsl:template name="tp-fill">
    <xsl:param name="text"/>
    <xsl:param name="n" select="''"/>
    <xsl:param name="m" select="''"/>
    <xsl:param name="d" select="''"/>
    <xsl:param name="y" select="''"/>
    <xsl:choose>
      <xsl:when test="contains($text, '{') and contains(substring-after($text, '{'), '}')">
        <xsl:variable name="name" select="substring-before(substring-after($text, '{'), '}')"/>
        <xsl:value-of select="substring-before($text, '{')"/>
        <xsl:choose>
          <xsl:when test="$name = 'n'"><xsl:value-of select="$n"/></xsl:when>
          <xsl:when test="$name = 'm'"><xsl:value-of select="$m"/></xsl:when>
          <xsl:when test="$name = 'd'"><xsl:value-of select="$d"/></xsl:when>
          <xsl:when test="$name = 'y'"><xsl:value-of select="$y"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat('{', $name, '}')"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="tp-fill">
          <xsl:with-param name="text" select="substring-after(substring-after($text, '{'), '}')"/>
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="m" select="$m"/>
          <xsl:with-param name="d" select="$d"/>
          <xsl:with-param name="y" select="$y"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A year as people read it: "1898", "0301" as "301", and a negative (ISO 8601) year such as
       "-0050" as "50 BCE" in the interface language (label year-bce). -->
  <xsl:template name="tp-year">
    <xsl:param name="year"/>
    <xsl:choose>
      <xsl:when test="starts-with($year, '-') and number(substring($year, 2)) = number(substring($year, 2))">
        <xsl:call-template name="tp-fill">
          <xsl:with-param name="text" select="$label-year-bce"/>
          <xsl:with-param name="n" select="number(substring($year, 2))"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="number($year) = number($year)"><xsl:value-of select="number($year)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$year"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
