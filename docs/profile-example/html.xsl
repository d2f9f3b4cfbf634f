<?xml version="1.0" encoding="UTF-8"?>
<!--
  An example profile: the house style of an imaginary publisher, without a copy of teipress's
  stylesheets. teipress imports this file after its own stylesheet for every HTML page
  (document, index, persons, places, orgs), so what is defined here wins by import precedence:
  any xsl:param of xslt/html/params.xsl or xslt/common/labels.xsl, any template, and the hooks
  of xslt/html/page.xsl (tp-hook-head, -header, -before-text, -after-text, -footer).

    teipress build, with the profile option naming this folder (or profile = "…" in teipress.toml)

  css/ and assets/ beside this file are copied into the HTML edition after teipress's own
  edition.css and edition.js; every css/*.css is linked after edition.css.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- a parameter: the notes are endnotes in this house -->
  <xsl:param name="label-notes">Endnotes</xsl:param>

  <!-- a hook: the publisher's banner under the site header of every page -->
  <xsl:template name="tp-hook-header">
    <xsl:param name="page"/>
    <div class="house-banner" data-page="{$page}">
      <img src="house-mark.svg" alt="" width="24" height="24"/>
      <span>Imaginary Press · digital editions</span>
    </div>
  </xsl:template>

  <!-- a hook: a line in every footer -->
  <xsl:template name="tp-hook-footer">
    <xsl:param name="page"/>
    <p class="house-footer">Set in the Imaginary Press house style.</p>
  </xsl:template>

</xsl:stylesheet>
