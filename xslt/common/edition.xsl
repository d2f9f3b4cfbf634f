<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress: facts about the edition itself, for the pages that span it (index.html, the person,
  place and organization pages, the volume's title page and running heads).

  The title teipress is given (BuildOptions::title, the edition's configuration) arrives as the
  catalog's title attribute and wins over the default below; a publisher may also pass
  edition-default-title as a parameter or override it in a stylesheet that imports ours.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:param name="edition-default-title">Wilson Center Digital Archive: documents</xsl:param>
  <!-- who made the edition, for the volume PDF's author ('' : the PDF names none; a volume of many
       documents has no author of its own, and teipress is its creator tool, not its author) -->
  <xsl:param name="edition-editor"/>

</xsl:stylesheet>
