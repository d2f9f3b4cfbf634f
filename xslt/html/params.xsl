<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML edition: every parameter in one place (xslt/print/params.xsl is its print twin).

  teipress passes the edition configuration's settings (teipress.toml, set KEY=VALUE) as these
  parameters, and every param NAME=VALUE of the command line as a string. Pass them as stylesheet
  parameters (xsltproc stringparam persons-href people.html ...), or write a small stylesheet that
  xsl:imports document.xsl (or index.xsl, persons.xsl ...) and redefines any of these xsl:param
  declarations (import precedence wins). A profile's html.xsl is imported after the stylesheets of
  each page, so it can redefine any of these xsl:params, any label-* of xslt/common/labels.xsl, and
  the hooks of page.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- ===== the edition (from the edition configuration) ===== -->
  <!-- name of the edition in the site header and page titles (index.xsl takes catalog/@title when
       this is empty; label-edition-default-title when both are) -->
  <xsl:param name="edition-title" select="''"/>
  <xsl:param name="edition-subtitle" select="''"/>
  <xsl:param name="edition-publisher" select="''"/>
  <!-- the editors, separated by '; ' -->
  <xsl:param name="edition-editors" select="''"/>
  <xsl:param name="edition-licence" select="''"/>
  <!-- where the edition is published (absolute links: the canonical link of each page) -->
  <xsl:param name="base-url" select="''"/>
  <!-- the page's file name (teipress gives it to document pages: NAME.html) -->
  <xsl:param name="page-file" select="''"/>
  <!-- the interface language: en, de, fr or ru (labels from xslt/common/i18n.xml, html/@lang) -->
  <xsl:param name="language" select="'en'"/>

  <!-- ===== links between the pages of the edition ===== -->
  <xsl:param name="css-href" select="'edition.css'"/>
  <!-- a profile's style sheets, space-separated file names, linked after edition.css -->
  <xsl:param name="extra-css" select="''"/>
  <xsl:param name="js-href" select="'edition.js'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="search-index-href" select="'search-index.js'"/>
  <!-- where the authority pages are ('' where there is none: render without a build) -->
  <xsl:param name="persons-href" select="'persons.html'"/>
  <xsl:param name="places-href" select="'places.html'"/>
  <xsl:param name="orgs-href" select="'orgs.html'"/>
  <!-- space-separated URIs of the authority TEI files (persons.xml places.xml orgs.xml
       archives.xml); relative URIs resolve against the input document; empty = work without -->
  <xsl:param name="authority-files" select="''"/>

  <!-- ===== verse and manuscript lines ===== -->
  <!-- the number of every Nth line beside it (5: every fifth line, 1: every line, 0: none); lb
       lines are numbered where lb has @n or the text is an EpiDoc edition (div[@type='edition']),
       or everywhere with lb-line-numbers 'yes' -->
  <xsl:param name="line-numbers-every">5</xsl:param>
  <xsl:param name="lb-line-numbers">auto</xsl:param>

  <!-- ===== diplomatic transcription ===== -->
  <!-- what the diplomatic view ("As printed") shows: 'auto' (teipress's own TEI its source's
       brackets, any other TEI the Leiden sigla of the EpiDoc stylesheets), 'leiden' or 'source' -->
  <xsl:param name="transcription-convention">auto</xsl:param>

  <!-- external links: 'yes' lets coordinates (geo) link to the map service; identifiers and
       references that are URLs are links in any case.  LAT and LON are replaced. -->
  <xsl:param name="external-links">no</xsl:param>
  <xsl:param name="map-url">https://www.openstreetmap.org/?mlat=LAT&amp;mlon=LON#map=12/LAT/LON</xsl:param>

</xsl:stylesheet>
