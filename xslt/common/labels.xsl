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

  <!-- ===== the full header (print: the appendix "About this document"; HTML: its panel) ===== -->
  <xsl:param name="label-record">Record</xsl:param>
  <xsl:param name="label-url">URL</xsl:param>
  <xsl:param name="label-editorial-method">Editorial method</xsl:param>
  <xsl:param name="label-publication">Publication</xsl:param>
  <xsl:param name="label-project">Project</xsl:param>
  <xsl:param name="label-publisher">Publisher</xsl:param>
  <xsl:param name="label-funder">Funder</xsl:param>
  <xsl:param name="label-title">Title</xsl:param>
  <xsl:param name="label-author">Author</xsl:param>
  <xsl:param name="label-editor">Editor</xsl:param>
  <!-- before the editors' names in a citation: "“Title”, ed. by Eva Holm" -->
  <xsl:param name="label-edited-by">ed. by</xsl:param>
  <xsl:param name="label-licence">Licence</xsl:param>
  <xsl:param name="label-pub-place">Place of publication</xsl:param>
  <xsl:param name="label-change">Change</xsl:param>
  <xsl:param name="label-identifier">Identifier</xsl:param>
  <xsl:param name="label-cover-message">Cover message</xsl:param>
  <xsl:param name="label-from">From</xsl:param>
  <xsl:param name="label-to">To</xsl:param>
  <!-- a facsimile's images, and an image the edition does not show -->
  <xsl:param name="label-facsimile">Facsimile</xsl:param>
  <xsl:param name="label-image">image</xsl:param>

  <!-- ===== critical apparatus ===== -->
  <xsl:param name="label-apparatus">Apparatus criticus</xsl:param>
  <xsl:param name="label-witnesses">Witnesses</xsl:param>
  <!-- a reading that leaves the lemma out (an empty rdg) -->
  <xsl:param name="label-app-omitted">om.</xsl:param>
  <!-- the mark of an apparatus entry in the HTML text, and what it says to a screen reader -->
  <xsl:param name="label-app-mark">°</xsl:param>
  <xsl:param name="label-app-entry">apparatus entry</xsl:param>
  <xsl:param name="label-line">line</xsl:param>
  <!-- what the links from an apparatus entry back to the text say to a screen reader -->
  <xsl:param name="label-back-to-text">back to the text</xsl:param>
  <xsl:param name="label-to-the-line">to the line</xsl:param>

  <!-- ===== the divisions of an EpiDoc edition that have no heading of their own ===== -->
  <xsl:param name="label-division-edition">Edition</xsl:param>
  <xsl:param name="label-division-translation">Translation</xsl:param>
  <xsl:param name="label-division-commentary">Commentary</xsl:param>
  <xsl:param name="label-division-apparatus">Apparatus</xsl:param>
  <xsl:param name="label-division-bibliography">Bibliography</xsl:param>

  <!-- ===== diplomatic transcription (Leiden sigla) ===== -->
  <xsl:param name="label-vacat">vac.</xsl:param>
  <!-- what a space the source marks (not a vacat) says when pointed at -->
  <xsl:param name="label-space">space in the original</xsl:param>
  <xsl:param name="label-sigla">Sigla</xsl:param>
  <!-- each siglum of the key: how it looks, then what it means -->
  <xsl:param name="label-siglum-lost-sample">[abc]</xsl:param>
  <xsl:param name="label-siglum-lost">letters lost, restored by the editor</xsl:param>
  <xsl:param name="label-siglum-gap-lost-sample">[---] [...]</xsl:param>
  <xsl:param name="label-siglum-gap-lost">letters lost, not restored (a dot for each)</xsl:param>
  <xsl:param name="label-siglum-omitted-sample">⟨abc⟩</xsl:param>
  <xsl:param name="label-siglum-omitted">letters omitted in the original, added by the editor</xsl:param>
  <xsl:param name="label-siglum-illegible-sample">...</xsl:param>
  <xsl:param name="label-siglum-illegible">letters that cannot be read</xsl:param>
  <xsl:param name="label-siglum-expansion-sample">a(bc)</xsl:param>
  <xsl:param name="label-siglum-expansion">abbreviation expanded by the editor</xsl:param>
  <xsl:param name="label-siglum-abbreviation-sample">abc(- - -)</xsl:param>
  <xsl:param name="label-siglum-abbreviation">abbreviation the editor does not expand</xsl:param>
  <xsl:param name="label-siglum-unclear-sample">ạḅc̣</xsl:param>
  <xsl:param name="label-siglum-unclear">letters damaged or unclear</xsl:param>
  <xsl:param name="label-siglum-erased-sample">⟦abc⟧</xsl:param>
  <xsl:param name="label-siglum-erased">letters erased in the original</xsl:param>
  <xsl:param name="label-siglum-added-sample">`abc´</xsl:param>
  <xsl:param name="label-siglum-added">letters added in the original, above the line (/abc\ below)</xsl:param>
  <xsl:param name="label-siglum-surplus-sample">{abc}</xsl:param>
  <xsl:param name="label-siglum-surplus">letters written in error, superfluous</xsl:param>
  <xsl:param name="label-siglum-vacat-sample">vac.</xsl:param>
  <xsl:param name="label-siglum-vacat">space left empty in the original</xsl:param>
  <xsl:param name="label-siglum-supraline-sample">a̅b̅c̅</xsl:param>
  <xsl:param name="label-siglum-supraline">letters with a line above them (numerals, abbreviations)</xsl:param>

  <!-- ===== registers ===== -->
  <xsl:param name="label-born">*</xsl:param>
  <xsl:param name="label-died">†</xsl:param>
  <xsl:param name="label-floruit">fl.</xsl:param>

  <!-- ===== the volume ===== -->
  <xsl:param name="label-contents">Contents</xsl:param>
  <xsl:param name="label-index-persons">Index of Persons</xsl:param>
  <xsl:param name="label-notes">Notes</xsl:param>
  <xsl:param name="label-page">p.</xsl:param>
  <!-- the placeholder of a document that could not be printed, in a draft build of the volume -->
  <xsl:param name="label-not-printed">DRAFT: this document could not be printed</xsl:param>
  <xsl:param name="label-not-printed-explanation">Apache FOP could not make a PDF of it; the build's diagnostics name the file and the reason. The rest of the volume is printed without it.</xsl:param>

</xsl:stylesheet>
