<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: the critical apparatus (../common/apparatus.xsl decides what an entry holds and
  where it belongs).  In the text an entry shows its lemma (or its first reading) and a mark (°)
  linking to the entry in the apparatus below the text; the entry, keyed by its line
  ("5 lemma A] reading B C; reading D"), links back to the text.  An apparatus kept apart
  (listApp, keyed by @loc) is listed where it stands; each entry whose line the text numbers
  links to that line, and the line has a mark linking to the entry.  The witnesses' sigla come
  from listWit, listed above the apparatus.  Imported by text.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- the entries of a listApp by their line, and the lines by their number, per document -->
  <xsl:key name="h-listapp-by-loc" match="tei:listApp/tei:app[@loc]"
           use="concat(generate-id(ancestor::tei:TEI[1]), '|', translate(normalize-space(@loc), 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .', ''))"/>
  <xsl:key name="h-line-by-n" match="tei:text//tei:lb[@n] | tei:text//tei:l[@n]"
           use="concat(generate-id(ancestor::tei:TEI[1]), '|', normalize-space(@n))"/>

  <!-- ids: "app3" for the third inline entry the apparatus lists, "app3-entry" for its entry;
       "appl2" for the second entry of the document's listApps; "line17" for the 17th lb -->
  <xsl:template name="h-app-id">
    <xsl:variable name="n"><xsl:call-template name="tp-app-number"/></xsl:variable>
    <xsl:call-template name="tp-unique-generated-id">
      <xsl:with-param name="base" select="concat(substring('appappl', 1 + 3 * boolean(ancestor::tei:listApp), 3 + boolean(ancestor::tei:listApp)), $n)"/>
    </xsl:call-template>
  </xsl:template>
  <xsl:template name="h-line-id">
    <xsl:choose>
      <xsl:when test="self::tei:l"><xsl:call-template name="tp-block-id"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="n"><xsl:number level="any" count="tei:lb" from="tei:TEI"/></xsl:variable>
        <xsl:call-template name="tp-unique-generated-id"><xsl:with-param name="base" select="concat('line', $n)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an entry in the text -->
  <xsl:template match="tei:app">
    <xsl:variable name="listed"><xsl:call-template name="tp-app-listed"/></xsl:variable>
    <xsl:variable name="id"><xsl:if test="$listed = 'yes'"><xsl:call-template name="h-app-id"/></xsl:if></xsl:variable>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"/></xsl:variable>
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="'tp-app'"/><xsl:with-param name="id" select="$id"/></xsl:call-template>
      <xsl:choose>
        <xsl:when test="tei:lem"><xsl:apply-templates select="tei:lem[1]/node()"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="(tei:rdg | tei:rdgGrp/tei:rdg)[1]/node()"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$listed = 'yes'">
        <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
        <!-- the entry's mark: a letter where no line keys it (as print keys it), else a circle -->
        <xsl:variable name="mark">
          <xsl:choose>
            <xsl:when test="$loc = ''"><xsl:call-template name="tp-app-letter"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$label-app-mark"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="$inlink = 'yes'"><sup class="tp-app-ref"><xsl:value-of select="$mark"/></sup></xsl:when>
          <xsl:otherwise>
            <a class="tp-app-ref" href="#{$id}-entry" role="doc-noteref">
              <sup><xsl:value-of select="$mark"/></sup>
              <span class="tp-sr"><xsl:value-of select="concat(' (', $label-app-entry, substring(concat(', ', $label-line, ' ', $loc), 1, 100 * ($loc != '')), ')')"/></span>
            </a>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- context tei:TEI (or a corpus member): the apparatus of its inline entries, after the text -->
  <xsl:template name="h-apparatus">
    <xsl:variable name="entries" select=".//tei:text//tei:app[not(ancestor::tei:listApp)]
        [tei:lem and (tei:rdg or tei:rdgGrp or tei:note or tei:witDetail or tei:lem/@wit)
         or not(tei:lem) and (count(tei:rdg | tei:rdgGrp) &gt; 1 or tei:note or tei:witDetail)]"/>
    <xsl:if test="$entries">
      <xsl:variable name="hid">tp-app-h<xsl:if test="ancestor::*">-<xsl:value-of select="generate-id()"/></xsl:if></xsl:variable>
      <section class="tp-apparatus" aria-labelledby="{$hid}">
        <h2 id="{$hid}"><xsl:value-of select="$label-apparatus"/></h2>
        <xsl:call-template name="h-witness-key"/>
        <ol class="tp-app-list">
          <xsl:for-each select="$entries">
            <xsl:variable name="id"><xsl:call-template name="h-app-id"/></xsl:variable>
            <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
            <li id="{$id}-entry" class="tp-app-entry">
              <a class="tp-app-back" href="#{$id}">
                <xsl:choose>
                  <xsl:when test="$loc != ''"><xsl:value-of select="$loc"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="tp-app-letter"/></xsl:otherwise>
                </xsl:choose>
                <span class="tp-sr"><xsl:value-of select="concat(' (', $label-back-to-text, ')')"/></span>
              </a>
              <xsl:text> </xsl:text>
              <xsl:call-template name="h-app-readings"/>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- the witnesses' sigla and what they stand for, when the apparatus cites witnesses -->
  <xsl:template name="h-witness-key">
    <xsl:variable name="witnesses" select="(ancestor-or-self::tei:TEI)[1]/tei:teiHeader//tei:listWit/tei:witness[@xml:id]"/>
    <xsl:if test="$witnesses">
      <dl class="tp-witnesses">
        <xsl:for-each select="$witnesses">
          <dt><xsl:call-template name="tp-witness-sigla"><xsl:with-param name="wit" select="concat('#', @xml:id)"/></xsl:call-template></dt>
          <dd>
            <xsl:for-each select=".//text()[normalize-space()][not(ancestor::tei:abbr[@type='siglum'])]">
              <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if><xsl:value-of select="normalize-space()"/>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
      </dl>
    </xsl:if>
  </xsl:template>

  <!-- "lemma A] reading B C; reading D; note".  The lemma (and a first reading shown in the
       text) as plain text: its markup and ids are the text's. -->
  <xsl:template name="h-app-readings">
    <xsl:variable name="lemma" select="(tei:lem | (tei:rdg | tei:rdgGrp/tei:rdg)[1][not(current()/tei:lem)])[1]"/>
    <xsl:variable name="apart" select="boolean(ancestor::tei:listApp) and not(tei:lem)"/>
    <xsl:if test="$lemma and not($apart)">
      <span class="tp-app-lem">
        <xsl:choose>
          <!-- an empty lemma: what the readings add, the lemma's witnesses leave out -->
          <xsl:when test="normalize-space($lemma) = '' and not($lemma/*)"><em><xsl:value-of select="$label-app-omitted"/></em></xsl:when>
          <xsl:otherwise><xsl:call-template name="h-lemma-words"><xsl:with-param name="text" select="normalize-space($lemma)"/></xsl:call-template></xsl:otherwise>
        </xsl:choose>
      </span>
      <xsl:for-each select="$lemma"><xsl:call-template name="h-app-sigla"/></xsl:for-each>
      <xsl:if test="tei:rdg | tei:rdgGrp | tei:note | tei:witDetail"><xsl:text>] </xsl:text></xsl:if>
    </xsl:if>
    <xsl:for-each select="(tei:rdg | tei:rdgGrp/tei:rdg)[generate-id() != generate-id($lemma) or $apart]
                          | tei:note | tei:witDetail | tei:rdgGrp/tei:note">
      <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
      <xsl:choose>
        <xsl:when test="self::tei:rdg">
          <span>
            <xsl:call-template name="h-attrs"/>
            <xsl:choose>
              <xsl:when test="normalize-space() = '' and not(*)"><em><xsl:value-of select="$label-app-omitted"/></em></xsl:when>
              <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:call-template name="h-app-sigla"/>
        </xsl:when>
        <xsl:otherwise>
          <span class="tp-app-note"><xsl:apply-templates/></span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- a long lemma by its first and last words -->
  <xsl:template name="h-lemma-words">
    <xsl:param name="text"/>
    <xsl:variable name="words" select="string-length($text) - string-length(translate($text, ' ', '')) + 1"/>
    <xsl:choose>
      <xsl:when test="$words &gt; 6">
        <xsl:value-of select="substring-before($text, ' ')"/>
        <xsl:text> … </xsl:text>
        <xsl:call-template name="app-last-word"><xsl:with-param name="s" select="$text"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="app-last-word">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="contains($s, ' ')"><xsl:call-template name="app-last-word"><xsl:with-param name="s" select="substring-after($s, ' ')"/></xsl:call-template></xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="h-app-sigla">
    <xsl:variable name="sigla"><xsl:call-template name="tp-witness-sigla"><xsl:with-param name="wit" select="concat(@wit, ' ', @source)"/></xsl:call-template></xsl:variable>
    <xsl:if test="normalize-space($sigla) != ''">
      <xsl:text> </xsl:text><i class="tp-wit"><xsl:value-of select="normalize-space($sigla)"/></i>
    </xsl:if>
  </xsl:template>

  <!-- an apparatus kept apart -->
  <xsl:template match="tei:listApp">
    <div>
      <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="'tp-apparatus'"/></xsl:call-template>
      <xsl:apply-templates select="tei:head"/>
      <xsl:if test="tei:app">
        <ol class="tp-app-list">
          <xsl:for-each select="tei:app">
            <xsl:variable name="id"><xsl:call-template name="h-app-id"/></xsl:variable>
            <xsl:variable name="loc"><xsl:call-template name="tp-app-loc"/></xsl:variable>
            <xsl:variable name="line" select="key('h-line-by-n', concat(generate-id(ancestor::tei:TEI[1]), '|',
                translate($loc, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .', '')))[1]"/>
            <li id="{$id}" class="tp-app-entry">
              <xsl:choose>
                <xsl:when test="$line">
                  <xsl:variable name="line-id"><xsl:for-each select="$line"><xsl:call-template name="h-line-id"/></xsl:for-each></xsl:variable>
                  <a class="tp-app-back" href="#{$line-id}"><xsl:value-of select="$loc"/><span class="tp-sr"><xsl:value-of select="concat(' (', $label-to-the-line, ')')"/></span></a>
                  <xsl:text> </xsl:text>
                </xsl:when>
                <xsl:when test="$loc != ''"><span class="tp-app-loc"><xsl:value-of select="$loc"/></span><xsl:text> </xsl:text></xsl:when>
              </xsl:choose>
              <xsl:call-template name="h-app-readings"/>
            </li>
          </xsl:for-each>
        </ol>
      </xsl:if>
      <xsl:apply-templates select="*[not(self::tei:head or self::tei:app)]"/>
    </div>
  </xsl:template>

  <!-- context tei:lb or tei:l: the mark linking a line to its entries in a listApp -->
  <xsl:template name="h-line-app-mark">
    <xsl:if test="ancestor::tei:text and normalize-space(@n) != ''">
      <xsl:variable name="entry" select="key('h-listapp-by-loc', concat(generate-id(ancestor::tei:TEI[1]), '|', normalize-space(@n)))[1]"/>
      <xsl:if test="$entry and generate-id(key('h-line-by-n', concat(generate-id(ancestor::tei:TEI[1]), '|', normalize-space(@n)))[1]) = generate-id()">
        <xsl:variable name="line-id"><xsl:call-template name="h-line-id"/></xsl:variable>
        <xsl:variable name="entry-id"><xsl:for-each select="$entry"><xsl:call-template name="h-app-id"/></xsl:for-each></xsl:variable>
        <a class="tp-app-ref tp-line-app" href="#{$entry-id}">
          <!-- an lb has no element of its own to link to: the mark is the line's anchor -->
          <xsl:if test="self::tei:lb"><xsl:attribute name="id"><xsl:value-of select="$line-id"/></xsl:attribute></xsl:if>
          <sup><xsl:value-of select="$label-app-mark"/></sup>
          <span class="tp-sr"><xsl:value-of select="concat(' (', $label-app-entry, ', ', $label-line, ' ', normalize-space(@n), ')')"/></span>
        </a>
      </xsl:if>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
