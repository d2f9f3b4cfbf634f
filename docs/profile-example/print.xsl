<?xml version="1.0" encoding="UTF-8"?>
<!--
  The example profile's print edition. teipress imports this file after its own print
  stylesheets (each document's FO and the volume), so parameters of xslt/print/params.xsl and
  xslt/common/labels.xsl and the hooks of xslt/print/document.xsl (tp-hook-fo-before-text,
  tp-hook-fo-after-text, tp-hook-fo-title-page) are overridden here.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <!-- parameters: the house colour and wider outer margins -->
  <xsl:param name="colour-accent">#1d4e6b</xsl:param>
  <xsl:param name="margin-outer">50mm</xsl:param>
  <xsl:param name="label-notes">Endnotes</xsl:param>

  <!-- a hook: the publisher's line before each document's text -->
  <xsl:template name="tp-hook-fo-before-text">
    <fo:block font-size="8pt" color="#1d4e6b" space-after="3mm">Imaginary Press · digital editions</fo:block>
  </xsl:template>

  <!-- a hook: the imprint on the volume's title page -->
  <xsl:template name="tp-hook-fo-title-page">
    <fo:block space-before="12mm" font-size="9pt">An Imaginary Press edition</fo:block>
  </xsl:template>

</xsl:stylesheet>
