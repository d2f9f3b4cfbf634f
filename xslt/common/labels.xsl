<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: the words the editions print themselves (labels, headings, sigla keys), in one
  place, for the HTML and the print edition alike.  English; a translation overrides them (pass
  them as parameters, or import document.xsl and redefine them).  Only labels live here; how they
  are set is each format's business.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- ===== metadata ===== -->
  <xsl:param name="label-date">Date</xsl:param>
  <xsl:param name="label-source">Source</xsl:param>
  <xsl:param name="label-sources">Sources</xsl:param>
  <xsl:param name="label-citation">Citation</xsl:param>
  <xsl:param name="label-language">Language</xsl:param>
  <xsl:param name="label-translation">English translation</xsl:param>
  <xsl:param name="label-summary">Summary</xsl:param>
  <xsl:param name="label-undated">Undated</xsl:param>
  <xsl:param name="label-about">About this document</xsl:param>
  <xsl:param name="label-untitled">Untitled document</xsl:param>

  <!-- ===== critical apparatus ===== -->
  <xsl:param name="label-apparatus">Apparatus criticus</xsl:param>
  <xsl:param name="label-witnesses">Witnesses</xsl:param>
  <!-- a reading that leaves the lemma out (an empty rdg) -->
  <xsl:param name="label-app-omitted">om.</xsl:param>
  <!-- the mark of an apparatus entry in the HTML text, and what it says to a screen reader -->
  <xsl:param name="label-app-mark">°</xsl:param>
  <xsl:param name="label-app-entry">apparatus entry</xsl:param>
  <xsl:param name="label-line">line</xsl:param>

  <!-- ===== the volume ===== -->
  <xsl:param name="label-contents">Contents</xsl:param>
  <xsl:param name="label-index-persons">Index of Persons</xsl:param>
  <xsl:param name="label-notes">Notes</xsl:param>
  <xsl:param name="label-page">p.</xsl:param>

</xsl:stylesheet>
