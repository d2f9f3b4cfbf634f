<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: TEI text -> HTML fragments (default mode), for document.xsl, index.xsl,
  persons.xsl ...; contains no page chrome (page.xsl).

  Modules (imported in this order; a later one overrides an earlier one, as in the TEI
  Stylesheets; override any template by importing document.xsl and redefining it):
    ../common/functions.xsl   output-neutral helpers shared with the print edition
    ../common/labels.xsl      every label the editions print, in the interface language (i18n.xml)
    ../common/verse.xsl       line numbers, split lines (shared with the print edition)
    ../common/apparatus.xsl   apparatus entries: lines, witnesses' sigla (shared with the print edition)
    ../common/transcription.xsl  Leiden sigla, charDecl glyphs (shared with the print edition)
    params.xsl                every parameter of the HTML edition (links, authority files, the
                              edition's configuration, the interface language)
    core.xsl                  structure, phrase level, interventions, notes, the generic fallback
    verse.xsl                 verse lines, manuscript lines (lb), line numbers
    drama.xsl                 speeches, speakers, cast lists
    apparatus.xsl             critical apparatus below the text, listApp, links both ways
    transcription.xsl         Leiden sigla in the diplomatic view, their key; glyphs
    registers.xsl             listPerson, listPlace, listOrg, listEvent, listBibl as registers
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/verse.xsl"/>
  <xsl:import href="../common/labels.xsl"/>
  <xsl:import href="../common/apparatus.xsl"/>
  <xsl:import href="../common/transcription.xsl"/>
  <xsl:import href="params.xsl"/>
  <xsl:import href="core.xsl"/>
  <xsl:import href="verse.xsl"/>
  <xsl:import href="drama.xsl"/>
  <xsl:import href="apparatus.xsl"/>
  <xsl:import href="transcription.xsl"/>
  <xsl:import href="registers.xsl"/>

</xsl:stylesheet>
