<?xml version="1.0" encoding="UTF-8"?>
<!-- teipress HTML: places.html from the catalog (see authority.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="authority.xsl"/>
  <xsl:param name="c-kind" select="'places'"/>
</xsl:stylesheet>
