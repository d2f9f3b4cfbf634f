<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML edition: every parameter in one place.

  Pass them as stylesheet parameters (xsltproc stringparam persons-href people.html ...), or write
  a small stylesheet that xsl:imports document.xsl (or index.xsl, persons.xsl ...) and redefines
  any of these xsl:param declarations (import precedence wins).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- ===== links between the pages of the edition ===== -->
  <xsl:param name="css-href" select="'edition.css'"/>
  <xsl:param name="js-href" select="'edition.js'"/>
  <xsl:param name="index-href" select="'index.html'"/>
  <xsl:param name="search-index-href" select="'search-index.js'"/>
  <!-- where the authority pages are -->
  <xsl:param name="persons-href" select="'persons.html'"/>
  <xsl:param name="places-href" select="'places.html'"/>
  <xsl:param name="orgs-href" select="'orgs.html'"/>
  <!-- space-separated URIs of authority TEI files (relative ones resolve against the input document) -->
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

  <!-- ===== the edition ===== -->
  <!-- name of the edition in the site header (index.xsl takes catalog/@title when this is empty) -->
  <xsl:param name="edition-title" select="''"/>

</xsl:stylesheet>
