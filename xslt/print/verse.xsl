<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: verse.  Line groups and lines: each line its own block, with a hanging
  indent for lines that wrap; the number of every fifth line (params.xsl: line-numbers-every) in
  the outer margin; the continuation of a split line (l[@part='M' or @part='F']) set after the
  part before it.  Imported by document.xsl after core.xsl, so these templates win over the
  generic ones.  The line numbers come from ../common/verse.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:lg">
    <fo:block space-before="2mm" space-after="2mm" margin-left="1.5em" text-align="start" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <!-- the line groups of a speech follow each other like stanzas, without the space -->
  <xsl:template match="tei:sp/tei:lg">
    <fo:block margin-left="1.5em" text-align="start" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:l">
    <xsl:variable name="number"><xsl:call-template name="tp-line-number"/></xsl:variable>
    <xsl:variable name="before"><xsl:if test="@part='M' or @part='F'"><xsl:call-template name="tp-split-line-before"/></xsl:if></xsl:variable>
    <fo:block margin-left="1.5em" text-indent="-1.5em" text-align="start">
      <!-- a speech's lines without a line group: where its line groups' lines are -->
      <xsl:if test="parent::tei:sp"><xsl:attribute name="margin-left">3em</xsl:attribute></xsl:if>
      <xsl:if test="normalize-space($before) != ''">
        <xsl:variable name="em" select="string-length(normalize-space($before)) * number($split-line-em-per-character)"/>
        <xsl:attribute name="text-indent"><xsl:value-of select="concat(format-number($em - ($em - 24) * ($em &gt; 24), '0.##'), 'em')"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="line-number-room"><xsl:with-param name="number" select="$number"/></xsl:call-template>
      <xsl:apply-templates/>
      <xsl:call-template name="line-number-mark"><xsl:with-param name="number" select="$number"/></xsl:call-template>
    </fo:block>
  </xsl:template>

  <!-- A line number stands in the margin after the line: the block's last line reaches into the
       margin (last-line-end-indent) and a leader fills the line up to the number, never less than
       the margin's width, so the text itself stays in its column. -->
  <xsl:template name="line-number-room">
    <xsl:param name="number"/>
    <xsl:if test="$number != ''">
      <xsl:attribute name="last-line-end-indent"><xsl:value-of select="concat('-', $line-number-width)"/></xsl:attribute>
      <xsl:attribute name="text-align-last">justify</xsl:attribute>
    </xsl:if>
  </xsl:template>
  <xsl:template name="line-number-mark">
    <xsl:param name="number"/>
    <xsl:if test="$number != ''">
      <fo:leader leader-pattern="space" leader-length.minimum="{$line-number-width}" leader-length.optimum="100%"/>
      <fo:inline font-size="{$size-line-number}" color="{$colour-muted}" font-style="normal" font-weight="normal"
        letter-spacing="0pt" keep-with-previous.within-line="always"><xsl:value-of select="$number"/></fo:inline>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ manuscript lines (lb) -->

  <!-- A line break.  In a lineated text (../common/verse.xsl: tp-lb-lineated) every lb begins a
       line: the line it ends gets its number in the margin (or a leader, so that the justified
       text is not stretched to the margin), a word broken over the two lines (break="no") a hyphen
       in an EpiDoc edition, as the EpiDoc stylesheets print it.  Elsewhere a break between lines
       of running text, a word broken over two lines still on two. -->
  <xsl:template match="tei:lb">
    <xsl:variable name="block" select="ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item
                                       or self::tei:note or self::tei:cell or self::tei:seg or self::tei:addrLine or self::tei:dateline
                                       or self::tei:salute or self::tei:signed or self::tei:closer or self::tei:opener][1]"/>
    <!-- text before it in its block: else it begins the block, which is a new line anyway -->
    <xsl:variable name="text-before" select="preceding::text()[normalize-space()][1]
                                             [generate-id(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                                              or self::tei:item or self::tei:note or self::tei:cell or self::tei:seg or self::tei:addrLine
                                              or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:closer
                                              or self::tei:opener][1]) = generate-id($block)]"/>
    <xsl:variable name="lineated"><xsl:call-template name="tp-lb-lineated"/></xsl:variable>
    <xsl:if test="$text-before or (not($block) and preceding-sibling::node()[normalize-space() or self::*])">
      <xsl:if test="@break='no' and ancestor::tei:div[@type='edition']"><fo:inline>-</fo:inline></xsl:if>
      <xsl:if test="$lineated = 'yes'">
        <xsl:for-each select="preceding::tei:lb[1][generate-id(ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l
                              or self::tei:item or self::tei:note or self::tei:cell or self::tei:seg or self::tei:addrLine or self::tei:dateline
                              or self::tei:salute or self::tei:signed or self::tei:closer or self::tei:opener][1]) = generate-id($block)]">
          <xsl:call-template name="lb-line-end"/>
        </xsl:for-each>
      </xsl:if>
      <fo:block/>
    </xsl:if>
  </xsl:template>
  <!-- in a stamp or a note, a break is a slash: "Received / 12 May" -->
  <xsl:template match="tei:stamp/tei:lb | tei:note/tei:lb" priority="0.6">
    <xsl:text> / </xsl:text>
  </xsl:template>

  <!-- context: the lb that began the line now ending: its number (or only the leader) -->
  <xsl:template name="lb-line-end">
    <xsl:variable name="number"><xsl:call-template name="tp-line-number"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$number != ''">
        <xsl:call-template name="line-number-mark"><xsl:with-param name="number" select="$number"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><fo:leader leader-pattern="space" leader-length.minimum="{$line-number-width}" leader-length.optimum="100%"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- context: a block (p, ab).  When lb lines are numbered in it: room in the margin, and the
       number of its last line at its end -->
  <xsl:template name="lb-lines-room">
    <xsl:variable name="lineated"><xsl:for-each select="descendant::tei:lb[1]"><xsl:call-template name="tp-lb-lineated"/></xsl:for-each></xsl:variable>
    <xsl:if test="$lineated = 'yes'">
      <xsl:attribute name="last-line-end-indent"><xsl:value-of select="concat('-', $line-number-width)"/></xsl:attribute>
      <xsl:attribute name="text-align-last">justify</xsl:attribute>
    </xsl:if>
  </xsl:template>
  <xsl:template name="lb-lines-end">
    <xsl:variable name="lineated"><xsl:for-each select="descendant::tei:lb[1]"><xsl:call-template name="tp-lb-lineated"/></xsl:for-each></xsl:variable>
    <xsl:if test="$lineated = 'yes'">
      <xsl:for-each select="descendant::tei:lb[last()]"><xsl:call-template name="lb-line-end"/></xsl:for-each>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
