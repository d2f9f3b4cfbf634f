<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: the critical apparatus (../common/apparatus.xsl decides what an entry
  holds and where it belongs).  The text shows the lemma (or the first reading); the entry is
  printed as critical editions print it, keyed by its line:  "5 lemma A] reading B C; reading D",
  at the foot of the page (apparatus-position 'foot', the default: one fo:footnote per entry,
  with no mark in the text where the entry has a line, a letter where it has none) or after
  the text ('end').  An apparatus kept apart (listApp) is printed where it stands, entry by
  entry.  The witnesses' sigla come from listWit, which is printed as a key before the
  apparatus at the end, or after the text when the apparatus stands at the foot of the pages.
  Imported by document.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- the reading the text shows -->
  <xsl:template name="app-base-text">
    <xsl:choose>
      <xsl:when test="tei:lem"><xsl:apply-templates select="tei:lem[1]/node()"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="(tei:rdg | tei:rdgGrp/tei:rdg)[1]/node()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an entry in the text -->
  <xsl:template match="tei:app">
    <xsl:variable name="listed"><xsl:call-template name="tp-app-listed"/></xsl:variable>
    <fo:inline>
      <xsl:call-template name="app-base-text"/>
      <xsl:if test="$listed = 'yes'">
        <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
        <xsl:variable name="mark"><xsl:if test="$loc = ''"><xsl:call-template name="app-letter"/></xsl:if></xsl:variable>
        <xsl:choose>
          <!-- FO has no footnote in a footnote, and running heads take no footnotes: the entry in brackets -->
          <xsl:when test="ancestor::tei:note or ancestor::tei:teiHeader or $apparatus-position != 'foot'">
            <xsl:choose>
              <xsl:when test="$apparatus-position = 'end' and not(ancestor::tei:note or ancestor::tei:teiHeader)">
                <xsl:if test="$mark != ''"><fo:inline baseline-shift="super" font-size="65%" font-style="italic"><xsl:value-of select="$mark"/></fo:inline></xsl:if>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text> [</xsl:text><xsl:call-template name="app-readings"/><xsl:text>]</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:otherwise>
            <fo:footnote>
              <fo:inline baseline-shift="super" font-size="65%" font-style="italic"><xsl:value-of select="$mark"/></fo:inline>
              <fo:footnote-body>
                <xsl:call-template name="app-entry"><xsl:with-param name="key" select="concat($loc, $mark)"/></xsl:call-template>
              </fo:footnote-body>
            </fo:footnote>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- a letter for an entry without a line: a, b, … z, aa, ab … -->
  <xsl:template name="app-letter"><xsl:call-template name="tp-app-letter"/></xsl:template>

  <!-- one entry: its key (line or letter) in bold, the lemma, a bracket, the readings -->
  <xsl:template name="app-entry">
    <xsl:param name="key"/>
    <fo:block xsl:use-attribute-sets="apparatus-entry">
      <xsl:if test="$key != ''">
        <fo:inline font-weight="bold"><xsl:value-of select="$key"/></fo:inline>
        <fo:leader leader-pattern="space" leader-length="0.6em"/>
      </xsl:if>
      <xsl:call-template name="app-readings"/>
    </fo:block>
  </xsl:template>

  <!-- "lemma A] reading B C; reading D; note" -->
  <xsl:template name="app-readings">
    <xsl:variable name="lemma" select="(tei:lem | (tei:rdg | tei:rdgGrp/tei:rdg)[1][not(current()/tei:lem)])[1]"/>
    <xsl:if test="$lemma and not(ancestor::tei:listApp and not(tei:lem))">
      <xsl:for-each select="$lemma">
        <xsl:call-template name="app-lemma-words"/>
        <xsl:call-template name="app-sigla"/>
      </xsl:for-each>
      <xsl:if test="tei:rdg | tei:rdgGrp | tei:note | tei:witDetail"><xsl:text>] </xsl:text></xsl:if>
    </xsl:if>
    <xsl:for-each select="(tei:rdg | tei:rdgGrp/tei:rdg)[generate-id() != generate-id($lemma) or not($lemma) or ancestor::tei:listApp and not(../tei:lem)]
                          | tei:note | tei:witDetail | tei:rdgGrp/tei:note">
      <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:choose>
        <xsl:when test="self::tei:rdg">
          <xsl:choose>
            <xsl:when test="normalize-space() = '' and not(*)"><fo:inline font-style="italic"><xsl:value-of select="$label-app-omitted"/></fo:inline></xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="app-sigla"/>
        </xsl:when>
        <!-- an editor's note: in italics beside readings, upright when it is all the entry says -->
        <xsl:when test="../tei:rdg or ../tei:lem or ../../tei:rdg">
          <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
        </xsl:when>
        <xsl:otherwise><fo:inline><xsl:apply-templates/></fo:inline></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- a long lemma is cited by its first and last words -->
  <xsl:template name="app-lemma-words">
    <xsl:variable name="text" select="normalize-space()"/>
    <xsl:variable name="words" select="string-length($text) - string-length(translate($text, ' ', '')) + 1"/>
    <xsl:choose>
      <!-- an empty lemma: what the readings add, the lemma's witnesses leave out -->
      <xsl:when test="$text = '' and not(*)"><fo:inline font-style="italic"><xsl:value-of select="$label-app-omitted"/></fo:inline></xsl:when>
      <xsl:when test="$words &gt; 6 and not(*)">
        <xsl:value-of select="substring-before($text, ' ')"/>
        <xsl:text> … </xsl:text>
        <xsl:call-template name="app-last-word"><xsl:with-param name="s" select="$text"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="app-last-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')"><xsl:call-template name="app-last-word"><xsl:with-param name="s" select="substring-after($s, ' ')"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the witnesses and sources of a reading, in italics -->
  <xsl:template name="app-sigla">
    <xsl:variable name="sigla"><xsl:call-template name="tp-witness-sigla"><xsl:with-param name="wit" select="concat(@wit, ' ', @source)"/></xsl:call-template></xsl:variable>
    <xsl:if test="normalize-space($sigla) != ''">
      <xsl:text> </xsl:text><fo:inline font-style="italic"><xsl:value-of select="normalize-space($sigla)"/></fo:inline>
    </xsl:if>
  </xsl:template>

  <!-- an apparatus kept apart: its entries where it stands -->
  <xsl:template match="tei:listApp">
    <fo:block space-before="2mm" space-after="2mm" text-align="start" text-indent="0pt">
      <xsl:apply-templates select="tei:head"/>
      <xsl:for-each select="tei:app">
        <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
        <xsl:call-template name="app-entry"><xsl:with-param name="key" select="$loc"/></xsl:call-template>
      </xsl:for-each>
      <xsl:apply-templates select="*[not(self::tei:head or self::tei:app)]"/>
    </fo:block>
  </xsl:template>

  <!-- context tei:TEI: the apparatus after the text (apparatus-position 'end'), or the witnesses'
       key after the text when the entries stand at the foot of the pages -->
  <xsl:template name="apparatus-after-text">
    <xsl:variable name="entries" select="tei:text//tei:app[not(ancestor::tei:listApp or ancestor::tei:note)]"/>
    <xsl:variable name="witnesses" select="tei:teiHeader//tei:listWit/tei:witness[@xml:id]"/>
    <xsl:if test="$entries and ($apparatus-position = 'end' or $witnesses)">
      <fo:block space-before="6mm" text-align="start" text-indent="0pt" xsl:use-attribute-sets="apparatus-entry">
        <xsl:if test="$apparatus-position = 'end'">
          <fo:block font-size="{$size-small}" color="{$colour-muted}" space-after="1.5mm" keep-with-next.within-page="always"
            border-top="0.4pt solid {$colour-rule}" padding-top="1.5mm">
            <fo:inline xsl:use-attribute-sets="small-caps"><xsl:call-template name="upper"><xsl:with-param name="s" select="$label-apparatus"/></xsl:call-template></fo:inline>
          </fo:block>
        </xsl:if>
        <xsl:if test="$witnesses">
          <fo:block space-after="1.5mm">
            <fo:inline font-style="italic"><xsl:value-of select="$label-witnesses"/>: </fo:inline>
            <xsl:for-each select="$witnesses">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <fo:inline font-style="italic"><xsl:call-template name="tp-witness-sigla"><xsl:with-param name="wit" select="concat('#', @xml:id)"/></xsl:call-template></fo:inline>
              <xsl:text> = </xsl:text>
              <xsl:variable name="description"><xsl:apply-templates select="node()[not(self::tei:abbr[@type='siglum'])]" mode="witness"/></xsl:variable>
              <xsl:value-of select="normalize-space($description)"/>
            </xsl:for-each>
          </fo:block>
        </xsl:if>
        <xsl:if test="$apparatus-position = 'end'">
          <xsl:for-each select="$entries">
            <xsl:variable name="listed"><xsl:call-template name="tp-app-listed"/></xsl:variable>
            <xsl:if test="$listed = 'yes'">
              <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
              <xsl:variable name="mark"><xsl:if test="$loc = ''"><xsl:call-template name="app-letter"/></xsl:if></xsl:variable>
              <xsl:call-template name="app-entry"><xsl:with-param name="key" select="concat($loc, $mark)"/></xsl:call-template>
            </xsl:if>
          </xsl:for-each>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>
  <!-- a witness's description, in one line -->
  <xsl:template match="*" mode="witness"><xsl:text> </xsl:text><xsl:apply-templates select=".//text()[normalize-space()]" mode="witness"/></xsl:template>
  <xsl:template match="text()" mode="witness"><xsl:value-of select="normalize-space()"/><xsl:text> </xsl:text></xsl:template>

</xsl:stylesheet>
