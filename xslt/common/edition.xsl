<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress: facts about the edition itself, for the pages that span it (index.html, the person,
  place and organization pages, the volume's title page and running heads).

  The title teipress is given (the edition configuration's title) arrives as the catalog's title
  attribute and as the parameter edition-title, and wins over the default below (the label
  edition-default-title of ../common/i18n.xml, in the interface language); a publisher may also
  pass edition-default-title as a parameter or override it in a profile.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:param name="edition-default-title" select="$label-edition-default-title"/>

</xsl:stylesheet>
