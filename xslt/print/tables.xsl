<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: tables.  TEI tables as other projects write them: rows of different
  lengths, cells spanning columns (@cols) and rows (@rows), rows without cells, text and other
  elements between the cells.  FOP rejects a table whose row has more cells than the table has
  columns, so the table is normalized: its columns are counted from its widest row (a row's own
  cells and the cells of the rows above that reach down into it), a row span never reaches past
  the last row, a row without cells gets one cell across the table, and what stands between the
  cells goes into the cell before it (into the first, when it comes before any cell).  Imported
  by document.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:table">
    <xsl:choose>
      <xsl:when test="tei:row">
        <xsl:variable name="widths">
          <xsl:for-each select="tei:row"><xsl:call-template name="row-width"/><xsl:text> </xsl:text></xsl:for-each>
        </xsl:variable>
        <xsl:variable name="columns">
          <xsl:call-template name="largest"><xsl:with-param name="numbers" select="$widths"/></xsl:call-template>
        </xsl:variable>
        <fo:block space-before="2mm" space-after="2mm" font-size="{$size-small}" text-indent="0pt" text-align="start">
          <xsl:apply-templates select="tei:head"/>
          <fo:table table-layout="fixed" width="100%" border-top="0.6pt solid {$colour-text}" border-bottom="0.6pt solid {$colour-text}">
            <xsl:call-template name="table-columns"><xsl:with-param name="n" select="number($columns) + number(number($columns) &lt; 1)"/></xsl:call-template>
            <fo:table-body>
              <xsl:apply-templates select="tei:row">
                <xsl:with-param name="columns" select="number($columns) + number(number($columns) &lt; 1)"/>
              </xsl:apply-templates>
            </fo:table-body>
          </fo:table>
          <xsl:apply-templates select="node()[not(self::tei:head or self::tei:row)]"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><fo:block><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the number of columns a cell spans: @cols when it is a number above 1 -->
  <xsl:template name="cell-columns">
    <xsl:choose>
      <xsl:when test="number(@cols) &gt; 1"><xsl:value-of select="floor(number(@cols))"/></xsl:when>
      <xsl:otherwise>1</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- context tei:row: the columns it takes, its own cells and those reaching down from above -->
  <xsl:template name="row-width">
    <xsl:variable name="position" select="count(preceding-sibling::tei:row)"/>
    <xsl:variable name="taken">
      <xsl:for-each select="tei:cell | preceding-sibling::tei:row/tei:cell[number(@rows) &gt; 1]
                            [count(../preceding-sibling::tei:row) + number(@rows) &gt; $position]">
        <xsl:variable name="n"><xsl:call-template name="cell-columns"/></xsl:variable>
        <xsl:value-of select="substring('::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::::', 1, $n)"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:value-of select="string-length($taken)"/>
  </xsl:template>

  <!-- the largest of space-separated numbers -->
  <xsl:template name="largest">
    <xsl:param name="numbers"/>
    <xsl:param name="best" select="0"/>
    <xsl:variable name="first" select="substring-before(normalize-space($numbers), ' ')"/>
    <xsl:variable name="head">
      <xsl:choose>
        <xsl:when test="$first != ''"><xsl:value-of select="$first"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="normalize-space($numbers)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($numbers) = ''"><xsl:value-of select="$best"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="largest">
          <xsl:with-param name="numbers" select="substring-after(normalize-space($numbers), ' ')"/>
          <xsl:with-param name="best" select="$best + (number($head) - $best) * (number($head) &gt; $best)"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="table-columns">
    <xsl:param name="n"/>
    <xsl:if test="$n &gt; 0">
      <fo:table-column column-width="proportional-column-width(1)"/>
      <xsl:call-template name="table-columns"><xsl:with-param name="n" select="$n - 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:row">
    <xsl:param name="columns" select="1"/>
    <fo:table-row>
      <xsl:if test="@role='label'"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="tei:cell"><xsl:apply-templates select="tei:cell"/></xsl:when>
        <!-- a row without cells: one cell across what the rows above leave free -->
        <xsl:otherwise>
          <xsl:variable name="free">
            <xsl:variable name="taken"><xsl:call-template name="row-width"/></xsl:variable>
            <xsl:value-of select="$columns - number($taken)"/>
          </xsl:variable>
          <fo:table-cell padding="1pt 3pt" number-columns-spanned="{number($free) + (1 - number($free)) * (number($free) &lt; 1)}">
            <fo:block><xsl:apply-templates/></fo:block>
          </fo:table-cell>
        </xsl:otherwise>
      </xsl:choose>
    </fo:table-row>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:variable name="columns"><xsl:call-template name="cell-columns"/></xsl:variable>
    <!-- rows this cell reaches down into, never past the last row -->
    <xsl:variable name="rows-left" select="count(../following-sibling::tei:row) + 1"/>
    <xsl:variable name="rows" select="floor(number(@rows)) - (floor(number(@rows)) - $rows-left) * (number(@rows) &gt; $rows-left)"/>
    <fo:table-cell padding="1pt 3pt" border-bottom="0.3pt solid {$colour-rule}">
      <xsl:if test="$columns &gt; 1"><xsl:attribute name="number-columns-spanned"><xsl:value-of select="$columns"/></xsl:attribute></xsl:if>
      <xsl:if test="$rows &gt; 1"><xsl:attribute name="number-rows-spanned"><xsl:value-of select="$rows"/></xsl:attribute></xsl:if>
      <xsl:if test="@role='label'"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:block>
        <!-- what stands in the row before its first cell -->
        <xsl:if test="not(preceding-sibling::tei:cell)">
          <xsl:apply-templates select="preceding-sibling::node()" mode="between-cells"/>
        </xsl:if>
        <xsl:apply-templates/>
        <!-- and what stands after this cell, up to the next -->
        <xsl:apply-templates select="following-sibling::node()[not(self::tei:cell)]
                                     [generate-id(preceding-sibling::tei:cell[1]) = generate-id(current())]" mode="between-cells"/>
      </fo:block>
    </fo:table-cell>
  </xsl:template>
  <xsl:template match="node()" mode="between-cells">
    <fo:inline><xsl:text> </xsl:text><xsl:apply-templates select="."/></fo:inline>
  </xsl:template>
  <xsl:template match="text()[not(normalize-space())]" mode="between-cells"/>

</xsl:stylesheet>
