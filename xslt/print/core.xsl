<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE xsl:stylesheet [
  <!-- a tei:note printed as a numbered footnote (fo:footnote); everything else is an inline
       bracket note.  Notes inside footnotes and in the teiHeader are always inline; a note in an
       apparatus entry is part of the entry (apparatus.xsl). -->
  <!ENTITY foot "(@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or @rend='inline' or contains(' identification original-term editorial translator sic stamp handwritten signature stage gloss ', concat(' ', @type, ' '))))">
  <!ENTITY footnote "tei:note[&foot;][ancestor::tei:text][not(ancestor::tei:note[&foot;])][not(parent::tei:app)]">
  <!-- elements whose content is inline (a paragraph-like line) or that are themselves inline:
       an unknown element inside them is rendered inline -->
  <!ENTITY inlineCtx "self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:seg or self::tei:speaker or self::tei:label or self::tei:titlePart or self::tei:docTitle or self::tei:byline or self::tei:trailer or self::tei:docAuthor or self::tei:docDate or self::tei:cell or self::tei:hi or self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs or self::tei:date or self::tei:title or self::tei:foreign or self::tei:emph or self::tei:term or self::tei:q or self::tei:said or self::tei:ref or self::tei:choice or self::tei:supplied or self::tei:unclear or self::tei:sic or self::tei:corr or self::tei:reg or self::tei:orig or self::tei:abbr or self::tei:expan or self::tei:add or self::tei:del or self::tei:num or self::tei:measure or self::tei:w or self::tei:bibl or self::tei:resp or self::tei:idno or self::tei:lem or self::tei:rdg or self::tei:stage or self::tei:castItem or self::tei:role or self::tei:roleDesc or self::tei:actor or self::tei:person or self::tei:personGrp or self::tei:place or self::tei:org or self::tei:event or self::tei:birth or self::tei:death or self::tei:floruit or self::tei:settlement or self::tei:location or self::tei:occupation or self::tei:residence or self::tei:affiliation or self::tei:country or self::tei:region or self::tei:district or self::tei:geo or self::tei:eventName">
]>
<!--
  teipress print edition: the text.  Divisions and headings, paragraphs and letter parts,
  lists, quotations, tables, figures, page and line breaks, phrase-level markup, editorial
  interventions (regenerated square brackets), notes (numbered fo:footnote, or inline bracket
  notes), code and examples, and the generic fallback: every element has a template here or
  falls to the generic one, which keeps all of its text.  Imported first by document.xsl, so
  that the other modules (verse.xsl, drama.xsl, ...) override it.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  xmlns:exsl="http://exslt.org/common"
  exclude-result-prefixes="tei eg xi exsl">

  <!-- ================================================================ text structure -->

  <xsl:template match="text()">
    <xsl:choose>
      <!-- a private-use character its document declares (charDecl): the character it stands for -->
      <xsl:when test="$tp-private-chars != '' and translate(., $tp-private-chars, '') != .">
        <xsl:call-template name="tp-declared-chars"><xsl:with-param name="s" select="."/></xsl:call-template>
      </xsl:when>
      <xsl:when test="normalize-space()"><xsl:call-template name="tp-text"/></xsl:when>
      <!-- white space between blocks: nothing; in running text: one space (unless it is indentation
           inside brackets, tp-text) -->
      <xsl:when test="../text()[normalize-space()] or parent::*[&inlineCtx;]">
        <xsl:variable name="kept"><xsl:call-template name="tp-text"/></xsl:variable>
        <xsl:if test="$kept != ''"><xsl:text> </xsl:text></xsl:if>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()"/>

  <xsl:template match="tei:text | tei:front | tei:back | tei:body | tei:group">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:text/tei:back | tei:text/tei:front">
    <fo:block space-before="6mm"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7" name="division">
    <fo:block space-before="4mm">
      <!-- decision items and numbered list lines follow each other like paragraphs -->
      <xsl:if test="@type='item'"><xsl:attribute name="space-before"><xsl:value-of select="$paragraph-space"/></xsl:attribute></xsl:if>
      <!-- an id for links to it and for its bookmark (layout.xsl: mode bookmark) -->
      <xsl:if test="@xml:id or tei:head"><xsl:attribute name="id"><xsl:value-of select="concat('x-', generate-id())"/></xsl:attribute></xsl:if>
      <xsl:if test="@type='document' and (preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document'])">
        <xsl:choose>
          <xsl:when test="$break-before-documents = 'yes'"><xsl:attribute name="break-before">page</xsl:attribute></xsl:when>
          <xsl:when test="preceding-sibling::tei:div[@type='document']">
            <xsl:attribute name="space-before">9mm</xsl:attribute>
          </xsl:when>
        </xsl:choose>
        <fo:marker marker-class-name="tp-section">
          <xsl:call-template name="shorten">
            <xsl:with-param name="s"><xsl:apply-templates select="tei:head[1]" mode="plain"/></xsl:with-param>
          </xsl:call-template>
        </fo:marker>
      </xsl:if>
      <!-- an EpiDoc division without a heading of its own: Edition, Commentary, ... -->
      <xsl:variable name="label"><xsl:call-template name="tp-division-label"/></xsl:variable>
      <xsl:if test="$label != ''">
        <fo:block xsl:use-attribute-sets="division-label"><xsl:value-of select="$label"/></fo:block>
      </xsl:if>
      <xsl:if test="(@type='attachment' or @type='annex') and preceding-sibling::*">
        <fo:block text-align="center" space-before="2mm" space-after="3mm" color="{$colour-rule}">
          <fo:leader leader-pattern="rule" leader-length="20mm" rule-thickness="0.4pt"/>
        </fo:block>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- heads; level = number of enclosing divisions -->
  <xsl:template match="tei:head">
    <xsl:variable name="lvl" select="count(ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3
                                     | ancestor::tei:div4 | ancestor::tei:div5 | ancestor::tei:div6 | ancestor::tei:div7)
                                     - count(ancestor::tei:floatingText[1]//ancestor::tei:div)"/>
    <!-- a head that is all its division holds (a decision item, a line of a list of items) heads
         nothing: kept with the next block, a long run of them could not break across pages -->
    <xsl:variable name="alone" select="not(following-sibling::node()[self::* or normalize-space()])"/>
    <fo:block text-align="start" hyphenate="false" text-indent="0pt">
      <xsl:if test="not($alone)">
        <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$alone and parent::tei:div[@type='item']">
          <xsl:attribute name="space-before"><xsl:value-of select="$paragraph-space"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="parent::tei:list or parent::tei:table or parent::tei:figure or parent::tei:lg or parent::tei:listBibl">
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">2mm</xsl:attribute>
          <xsl:attribute name="space-after">1mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='excerpt' or ancestor::tei:floatingText">
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">3mm</xsl:attribute>
          <xsl:attribute name="space-after">2mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="$lvl &lt;= 1">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h1"/></xsl:attribute>
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="space-before">6mm</xsl:attribute>
          <xsl:attribute name="space-after">3mm</xsl:attribute>
          <xsl:attribute name="color"><xsl:value-of select="$colour-accent"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$lvl = 2">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h2"/></xsl:attribute>
          <xsl:attribute name="font-weight">bold</xsl:attribute>
          <xsl:attribute name="space-before">4.5mm</xsl:attribute>
          <xsl:attribute name="space-after">2mm</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-size"><xsl:value-of select="$size-h3"/></xsl:attribute>
          <xsl:attribute name="font-style">italic</xsl:attribute>
          <xsl:attribute name="space-before">3.5mm</xsl:attribute>
          <xsl:attribute name="space-after">1.5mm</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <!-- numbered decision item without a printed label -->
      <xsl:if test="parent::tei:div[@type='item'][@n] and not(tei:label) and not(preceding-sibling::tei:head)">
        <fo:inline font-weight="bold"><xsl:value-of select="../@n"/>.</fo:inline><xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:head/tei:label">
    <fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- paragraphs: first after a heading / block start flush, the following ones indented -->
  <xsl:template name="block-rend">
    <xsl:variable name="r" select="concat(' ', @rend, ' ', @rendition, ' ')"/>
    <xsl:choose>
      <xsl:when test="contains($r, 'center')"><xsl:attribute name="text-align">center</xsl:attribute><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'right')"><xsl:attribute name="text-align">end</xsl:attribute><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'flushleft') or contains($r, 'noindent') or contains($r, ' left ') or contains($r, '#left ')"><xsl:attribute name="text-indent">0pt</xsl:attribute></xsl:when>
      <xsl:when test="contains($r, 'indent')"><xsl:attribute name="margin-left">2em</xsl:attribute></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <fo:block text-indent="0pt" space-before="{$paragraph-space}">
      <xsl:if test="preceding-sibling::*[1][self::tei:p or self::tei:ab] and not(ancestor::tei:note or ancestor::tei:sp or ancestor::tei:item or ancestor::tei:cell)">
        <xsl:attribute name="text-indent"><xsl:value-of select="$paragraph-indent"/></xsl:attribute>
      </xsl:if>
      <xsl:call-template name="block-rend"/>
      <xsl:call-template name="lb-lines-room"/>
      <xsl:apply-templates/>
      <xsl:call-template name="lb-lines-end"/>
    </fo:block>
  </xsl:template>
  <!-- a paragraph directly after a heading or at the start gets a little air -->
  <xsl:template match="tei:body/tei:p[1] | tei:div/tei:p[not(preceding-sibling::tei:p)]" priority="0.6">
    <fo:block text-indent="0pt" space-before="{$paragraph-space}">
      <xsl:call-template name="block-rend"/>
      <xsl:call-template name="lb-lines-room"/>
      <xsl:apply-templates/>
      <xsl:call-template name="lb-lines-end"/>
    </fo:block>
  </xsl:template>

  <!-- opener / closer / letter parts -->
  <xsl:template match="tei:opener">
    <fo:block space-after="3mm" text-indent="0pt" text-align="start" hyphenate="false"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:closer">
    <fo:block space-before="3mm" space-after="2mm" text-indent="0pt" keep-with-previous.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:opener/tei:seg | tei:closer/tei:seg">
    <fo:block>
      <xsl:call-template name="block-rend"/>
      <xsl:choose>
        <xsl:when test="@type='classification' or @type='copy' or @type='routing'">
          <xsl:attribute name="text-align">end</xsl:attribute>
          <xsl:attribute name="letter-spacing">0.03em</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='issuer'">
          <xsl:attribute name="text-align">center</xsl:attribute>
          <xsl:attribute name="letter-spacing">0.04em</xsl:attribute>
          <xsl:attribute name="space-after">1mm</xsl:attribute>
        </xsl:when>
        <xsl:when test="@type='distribution'">
          <xsl:attribute name="font-size"><xsl:value-of select="$size-small"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="tei:dateline">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block text-align="end" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:salute">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block space-before="2mm" space-after="1.5mm" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:signed">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block text-align="end" text-indent="0pt" space-before="1mm" keep-with-previous.within-page="always"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:address">
    <fo:block space-before="1.5mm" space-after="1.5mm" text-indent="0pt" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:addrLine">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:postscript | tei:epigraph | tei:argument">
    <fo:block space-before="3mm" space-after="2mm"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:trailer | tei:byline | tei:docAuthor | tei:docDate | tei:docImprint | tei:titlePart | tei:docTitle | tei:docEdition">
    <xsl:choose>
      <xsl:when test="../text()[normalize-space()] or parent::*[self::tei:p or self::tei:ab or self::tei:head]"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:block space-before="1.5mm" space-after="1.5mm" text-align="center" text-indent="0pt"><xsl:apply-templates/></fo:block></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:titlePage">
    <fo:block space-before="10mm" space-after="12mm" text-align="center" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:titlePage/tei:docTitle | tei:titlePage/tei:titlePart[@type='main']">
    <fo:block font-size="{$size-title}" space-after="4mm" color="{$colour-accent}"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <!-- embedded document: indented, ruled -->
  <xsl:template match="tei:floatingText">
    <fo:block xsl:use-attribute-sets="floating-text" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:floatingText/tei:body | tei:floatingText/tei:front | tei:floatingText/tei:back | tei:floatingText/tei:group">
    <fo:block><xsl:apply-templates/></fo:block>
  </xsl:template>


  <!-- an action the source describes in brackets: [laughter] -->
  <xsl:template match="tei:incident">
    <fo:inline>
      <xsl:call-template name="tp-bracket-space"/>[<fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>]</fo:inline>
  </xsl:template>
  <xsl:template match="tei:incident[not(../text()[normalize-space()])][not(parent::tei:p)]" priority="0.6">
    <fo:block font-style="italic" text-indent="0pt">[<xsl:apply-templates/>]</fo:block>
  </xsl:template>
  <xsl:template match="tei:incident/tei:desc"><xsl:apply-templates/></xsl:template>


  <!-- lists: hanging indents (robust with any content) -->
  <xsl:template match="tei:list | tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent">
    <fo:block space-before="1.5mm" space-after="1.5mm" margin-left="{$list-indent}" text-indent="0pt">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <!-- a label is printed with the item it labels (tei:item below); one without an item after it
       falls to the generic template -->
  <xsl:template match="tei:list/tei:label[following-sibling::*[1][self::tei:item]]"/>
  <xsl:template match="tei:item | tei:listBibl/tei:bibl | tei:listBibl/tei:biblStruct | tei:listBibl/tei:msDesc
                       | tei:listPerson/tei:person | tei:listPlace/tei:place | tei:listOrg/tei:org | tei:listEvent/tei:event">
    <fo:block margin-left="1.6em" text-indent="-1.6em" space-after="0.6mm">
      <xsl:variable name="lab"><xsl:call-template name="item-label"/></xsl:variable>
      <xsl:choose>
        <xsl:when test="preceding-sibling::*[1][self::tei:label]">
          <fo:inline font-weight="bold"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></fo:inline>
          <xsl:text> </xsl:text>
        </xsl:when>
        <xsl:when test="normalize-space($lab)">
          <fo:inline><xsl:value-of select="$lab"/></fo:inline>
          <fo:leader leader-pattern="space" leader-length="0.5em"/>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template name="item-label">
    <xsl:variable name="t" select="concat(' ', ../@type, ' ', ../@rend, ' ')"/>
    <xsl:choose>
      <xsl:when test="not(self::tei:item) or tei:label"/>
      <xsl:when test="contains($t, ' dash ')">–</xsl:when>
      <xsl:when test="contains($t, 'bullet') or contains($t, ' unordered ')">•</xsl:when>
      <xsl:when test="@n"><xsl:value-of select="@n"/><xsl:if test="translate(substring(@n, string-length(@n)), '.)', '') != ''">.</xsl:if></xsl:when>
      <xsl:when test="contains($t, ' numbered ') or contains($t, ' ordered ')"><xsl:number count="tei:item" format="1."/></xsl:when>
      <xsl:when test="contains($t, ' lettered ')"><xsl:number count="tei:item" format="a)"/></xsl:when>
      <xsl:when test="contains($t, ' roman ')"><xsl:number count="tei:item" format="I."/></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:item/tei:label">
    <fo:inline><xsl:apply-templates/></fo:inline><xsl:text> </xsl:text>
  </xsl:template>

  <!-- block quotations -->
  <xsl:template match="tei:quote | tei:q | tei:said | tei:cit">
    <xsl:choose>
      <xsl:when test="not(../text()[normalize-space()]) and not(parent::*[&inlineCtx;]) or tei:p or tei:l or tei:lg">
        <fo:block margin-left="6mm" margin-right="6mm" space-before="2mm" space-after="2mm" font-size="{$size-small}" text-indent="0pt">
          <xsl:apply-templates/>
        </fo:block>
      </xsl:when>
      <xsl:when test="self::tei:cit"><fo:inline><xsl:apply-templates/></fo:inline></xsl:when>
      <xsl:otherwise><fo:inline>“<xsl:apply-templates/>”</fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- figures -->
  <xsl:template match="tei:figure">
    <fo:block space-before="2mm" space-after="2mm" text-align="center" font-size="{$size-small}" text-indent="0pt"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:figDesc">
    <fo:block font-style="italic"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:graphic | tei:media | tei:binaryObject">
    <xsl:choose>
      <xsl:when test="$with-graphics = 'yes' and @url">
        <fo:block><fo:external-graphic src="url('{@url}')" content-width="scale-down-to-fit" width="100%"/></fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline color="{$colour-muted}">[<xsl:value-of select="$label-image"/><xsl:if test="@url">: <xsl:value-of select="@url"/></xsl:if>]</fo:inline>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:facsimile | tei:sourceDoc">
    <fo:block font-size="{$size-note}" color="{$colour-muted}" text-align="start" space-before="4mm" hyphenate="false">
      <xsl:value-of select="concat($label-facsimile, ': ')"/>
      <xsl:for-each select=".//tei:graphic | .//tei:media">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:value-of select="@url"/>
      </xsl:for-each>
      <xsl:for-each select=".//text()[normalize-space()]"><xsl:text> </xsl:text><xsl:value-of select="."/></xsl:for-each>
    </fo:block>
  </xsl:template>

  <!-- separators, page and line breaks -->
  <xsl:template match="tei:milestone">
    <xsl:choose>
      <xsl:when test="@unit='section' or @rend">
        <fo:block text-align="center" space-before="2.5mm" space-after="2.5mm" letter-spacing="0.3em" text-indent="0pt">
          <xsl:choose>
            <xsl:when test="normalize-space(@rend)"><xsl:value-of select="@rend"/></xsl:when>
            <xsl:otherwise>*   *   *</xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:pb">
    <xsl:choose>
      <xsl:when test="not(@n)"/>
      <xsl:when test="../text()[normalize-space()] or parent::*[&inlineCtx;] or ancestor::tei:note">
        <fo:inline color="{$colour-muted}" font-size="6.5pt" baseline-shift="super" font-style="normal" font-weight="normal">|<xsl:value-of select="concat($label-page, ' ', @n)"/></fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <!-- between blocks: a mark set into the outer margin -->
        <fo:block text-align="end" end-indent="-14mm" font-size="6.5pt" line-height="1" color="{$colour-muted}"
          keep-with-next.within-page="always" text-indent="0pt" font-style="normal" font-weight="normal">
          <xsl:value-of select="concat($label-page, ' ', @n)"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:cb | tei:anchor | tei:handShift | tei:addSpan | tei:delSpan | tei:damageSpan | tei:caesura | tei:alt | tei:link | tei:join | tei:span"/>
  <!-- a space the source marks: one letter's room is a space; more, about half an em a letter -->
  <xsl:template match="tei:space" name="space-source">
    <xsl:variable name="single"><xsl:call-template name="tp-is-single-space"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$single = 'yes'"><xsl:text> </xsl:text></xsl:when>
      <xsl:when test="number(@quantity) &gt; 1 and (not(@unit) or @unit='chars' or @unit='char' or @unit='character')">
        <fo:leader leader-pattern="space" leader-length="{0.5 * number(@quantity)}em"/>
      </xsl:when>
      <xsl:otherwise><fo:leader leader-pattern="space" leader-length="1.5em"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:fw">
    <fo:inline font-size="{$size-note}" color="{$colour-muted}"> <xsl:apply-templates/> </fo:inline>
  </xsl:template>

  <!-- ================================================================ inline -->

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:title | tei:gloss">
    <xsl:variable name="r" select="concat(' ', @rend, ' ', @rendition, ' ', @style, ' ')"/>
    <fo:inline>
      <xsl:choose>
        <xsl:when test="self::tei:emph or self::tei:foreign or self::tei:term or self::tei:mentioned
                        or self::tei:title[not(@level='a')][not(ancestor::tei:teiHeader)]
                        or contains($r, 'italic') or contains($r, ' i ') or contains($r, '#i ') or contains($r, 'font-style:italic')">
          <xsl:attribute name="font-style">italic</xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:if test="contains($r, 'bold') or contains($r, ' b ') or contains($r, '#b ') or contains($r, 'font-weight:bold')">
        <xsl:attribute name="font-weight">bold</xsl:attribute>
      </xsl:if>
      <xsl:if test="contains($r, 'sup')"><xsl:attribute name="baseline-shift">super</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, ' sub ') or contains($r, 'subscript')"><xsl:attribute name="baseline-shift">sub</xsl:attribute><xsl:attribute name="font-size">70%</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'underline') or contains($r, ' u ') or contains($r, '#u ')"><xsl:attribute name="text-decoration">underline</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'supraline') or contains($r, 'overline')"><xsl:attribute name="text-decoration">overline</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'strike') or contains($r, 'line-through')"><xsl:attribute name="text-decoration">line-through</xsl:attribute></xsl:if>
      <xsl:variable name="sc" select="contains($r, 'small') and contains($r, 'cap') or contains($r, ' sc ') or contains($r, '#k ')"/>
      <xsl:if test="$sc"><xsl:attribute name="font-size">80%</xsl:attribute><xsl:attribute name="letter-spacing">0.05em</xsl:attribute></xsl:if>
      <xsl:if test="contains($r, 'spaced') or contains($r, 'letterspace') or contains($r, '#g ') or contains($r, 'gesperrt')"><xsl:attribute name="letter-spacing">0.15em</xsl:attribute></xsl:if>
      <xsl:if test="self::tei:soCalled">“</xsl:if>
      <xsl:choose>
        <!-- small caps / all caps over plain text: upper-cased here (see params.xsl) -->
        <xsl:when test="($sc or contains($r, 'allcaps') or contains($r, 'uppercase')) and not(*)">
          <xsl:call-template name="upper"><xsl:with-param name="s" select="."/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="self::tei:soCalled">”</xsl:if>
    </fo:inline>
  </xsl:template>

  <!-- names: an id on every persName[@ref] (the volume's index cites them) -->
  <xsl:template match="tei:persName[@ref][ancestor::tei:text]">
    <fo:inline id="{generate-id()}"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- choice: first reading, then the alternative in brackets (FILIPPOV [Stalin], VKP(b) [Central …]) -->
  <xsl:template match="tei:choice" name="choice-source">
    <xsl:variable name="first" select="(tei:orig | tei:abbr | tei:sic)[1]"/>
    <xsl:variable name="second" select="(tei:reg | tei:expan | tei:corr)[1]"/>
    <xsl:choose>
      <xsl:when test="$first and $second">
        <fo:inline>
          <xsl:apply-templates select="$first/node()"/>
          <!-- the other readings in the document's order -->
          <xsl:for-each select="*[generate-id() != generate-id($first)]">
            <xsl:text> [</xsl:text>
            <xsl:apply-templates select="node()"/>
            <xsl:if test="@resp='#translator' and generate-id() = generate-id($second)">—trans.</xsl:if>
            <xsl:text>]</xsl:text>
          </xsl:for-each>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline>
          <xsl:for-each select="*">
            <xsl:choose>
              <xsl:when test="position() = 1"><xsl:apply-templates select="node()"/></xsl:when>
              <xsl:otherwise><xsl:text> [</xsl:text><xsl:apply-templates select="node()"/><xsl:text>]</xsl:text></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- supplied text: [an indication], content in italics -->
  <xsl:template match="tei:supplied" name="supplied-source">
    <fo:inline>[<fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>]</fo:inline>
  </xsl:template>

  <!-- gaps: […], [...], [illegible …], [NAME REDACTED] -->
  <xsl:template match="tei:gap" name="gap-source">
    <fo:inline>
      <xsl:call-template name="tp-bracket-space"/>
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="tei:desc"><fo:inline font-style="italic"><xsl:apply-templates select="tei:desc/node()"/></fo:inline></xsl:when>
        <xsl:when test="normalize-space(@rend) and @rend != 'glued'"><xsl:value-of select="@rend"/></xsl:when>
        <xsl:otherwise>…</xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
      <xsl:apply-templates select="*[not(self::tei:desc)]"/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:sic">
    <fo:inline>
      <xsl:choose>
        <!-- an empty sic (the converter's bare "[sic]"): the bracket only -->
        <xsl:when test="not(node())">
          <xsl:call-template name="tp-bracket-space"/>[<fo:inline font-style="italic">sic</fo:inline>]</xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
          <xsl:if test="not(following-sibling::*[1][self::tei:note[@type='sic']])"> [<fo:inline font-style="italic">sic</fo:inline>]</xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:unclear" name="unclear-source">
    <fo:inline>
      <xsl:apply-templates/>
      <xsl:choose>
        <xsl:when test="not(normalize-space())">[…]</xsl:when>
        <xsl:when test="@cert='low' or @reason='uncertain'"> [?]</xsl:when>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:del" name="del-source">
    <fo:inline text-decoration="line-through"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:add" name="add-source">
    <fo:inline>⸢<xsl:apply-templates/>⸣</fo:inline>
  </xsl:template>
  <xsl:template match="tei:surplus">
    <fo:inline>{<xsl:apply-templates/>}</fo:inline>
  </xsl:template>
  <xsl:template match="tei:ex">
    <fo:inline>(<xsl:apply-templates/>)</fo:inline>
  </xsl:template>
  <xsl:template match="tei:am | tei:damaged | tei:subst | tei:restore | tei:secl | tei:mod | tei:retrace">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- ================================================================ notes -->

  <!-- footnotes: fo:footnote at the marker, numbered per document.  The numbers are computed
       once, in one pass over the input (xsl:number level="any" per footnote walks back over the
       whole volume in libxslt: a 12 MB FRUS volume took minutes), and looked up by generate-id().
       A footnote's scope is its nearest enclosing div[@type='document'] that has sibling documents,
       else its tei:TEI.  Footnotes of other documents (document()) fall back to xsl:number. -->
  <xsl:key name="tp-footnote-scope" match="&footnote;"
    use="generate-id((ancestor::tei:TEI | ancestor::tei:div[@type='document'][preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document']])[last()])"/>
  <xsl:key name="tp-footnote-number" match="tp-fn" use="@g"/>
  <xsl:variable name="tp-footnote-numbers-rtf">
    <xsl:for-each select="//tei:TEI | //tei:div[@type='document'][preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document']]">
      <xsl:for-each select="key('tp-footnote-scope', generate-id())">
        <tp-fn g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="tp-footnote-numbers" select="exsl:node-set($tp-footnote-numbers-rtf)"/>

  <xsl:template match="&footnote;">
    <xsl:variable name="g" select="generate-id()"/>
    <xsl:variable name="looked-up">
      <xsl:for-each select="$tp-footnote-numbers"><xsl:value-of select="key('tp-footnote-number', $g)/@n"/></xsl:for-each>
    </xsl:variable>
    <xsl:variable name="n">
      <xsl:choose>
        <xsl:when test="$looked-up != ''"><xsl:value-of select="$looked-up"/></xsl:when>
        <xsl:otherwise>
          <xsl:number level="any" count="&footnote;"
            from="tei:TEI | tei:div[@type='document'][preceding-sibling::tei:div[@type='document'] or following-sibling::tei:div[@type='document']]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <fo:footnote>
      <fo:inline baseline-shift="super" font-size="65%" font-style="normal" font-weight="normal"><xsl:value-of select="$n"/></fo:inline>
      <fo:footnote-body>
        <fo:list-block xsl:use-attribute-sets="footnote-body" provisional-distance-between-starts="5mm" provisional-label-separation="1.5mm">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="end"><xsl:value-of select="$n"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block>
                <!-- a source note is labelled, unless its text says "Source" itself -->
                <xsl:if test="@type='source' and not(starts-with(translate(normalize-space(), 'SOURCE', 'source'), translate($label-source, 'SOURCE', 'source')))">
                  <fo:inline font-style="italic"><xsl:value-of select="$label-source"/>: </fo:inline>
                </xsl:if>
                <xsl:apply-templates/>
              </fo:block>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </fo:footnote-body>
    </fo:footnote>
  </xsl:template>

  <!-- inline bracket notes: [Zabaikalsk], [rassmotrena], [Translator's note: …], [faded stamp: …] -->
  <xsl:template match="tei:note">
    <xsl:choose>
      <!-- a note standing between blocks: its own paragraph in brackets -->
      <xsl:when test="not(../text()[normalize-space()]) and not(parent::*[&inlineCtx;]) and not(ancestor::tei:note)">
        <fo:block space-before="1.5mm" space-after="1.5mm" text-indent="0pt">
          <xsl:text>[</xsl:text>
          <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
          <xsl:text>]</xsl:text>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline font-style="normal">
          <xsl:call-template name="tp-bracket-space"/>
          <xsl:text>[</xsl:text>
          <fo:inline>
            <xsl:if test="not(@type='original-term' or @type='sic' or ancestor::tei:note[not(@type='original-term')])">
              <xsl:attribute name="font-style">italic</xsl:attribute>
            </xsl:if>
            <xsl:apply-templates/>
          </fo:inline>
          <xsl:text>]</xsl:text>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note[@type='original-term']/tei:foreign">
    <fo:inline font-style="italic"><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:stamp">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>
  <xsl:template match="tei:noteGrp">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- ================================================================ code and examples -->

  <xsl:template match="eg:egXML">
    <fo:block xsl:use-attribute-sets="code"><xsl:apply-templates mode="verbatim"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:eg">
    <fo:block xsl:use-attribute-sets="code"><xsl:apply-templates/></fo:block>
  </xsl:template>
  <xsl:template match="tei:code | tei:gi | tei:att | tei:val | tei:tag | tei:ident">
    <fo:inline font-family="{$font-mono}" font-size="90%">
      <xsl:choose>
        <xsl:when test="self::tei:gi">&lt;<xsl:apply-templates/>&gt;</xsl:when>
        <xsl:when test="self::tei:att">@<xsl:apply-templates/></xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>
  <xsl:template match="*" mode="verbatim">
    <xsl:text>&lt;</xsl:text><xsl:value-of select="name()"/>
    <xsl:for-each select="@*"><xsl:value-of select="concat(' ', name(), '=&quot;', ., '&quot;')"/></xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <!-- U+200B after a tag: a break opportunity for FOP in narrow columns -->
        <xsl:text>&gt;&#8203;</xsl:text><xsl:apply-templates mode="verbatim"/>
        <xsl:text>&lt;/</xsl:text><xsl:value-of select="name()"/><xsl:text>&gt;&#8203;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:text>/&gt;</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="text()" mode="verbatim"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment()" mode="verbatim">&lt;!--<xsl:value-of select="."/>--&gt;</xsl:template>

  <!-- unresolved XInclude (run xsltproc with -xinclude): show the reference -->
  <xsl:template match="xi:include">
    <fo:block color="{$colour-muted}" font-size="{$size-note}">[not included: <xsl:value-of select="@href"/>]</fo:block>
  </xsl:template>
  <xsl:template match="xi:fallback"><xsl:apply-templates/></xsl:template>

  <!-- the teiHeader of a nested TEI (teiCorpus members are handled by page-sequence) -->
  <xsl:template match="tei:teiHeader">
    <fo:block font-size="{$size-note}" line-height="1.3"><xsl:apply-templates mode="hdr"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:TEI[ancestor::tei:TEI]">
    <fo:block break-before="page"><xsl:call-template name="document-content"/></fo:block>
  </xsl:template>

  <!-- ================================================================ generic fallback -->

  <!-- names, dates, numbers, words and the parts of a citation: print gives them no typography of
       their own, only their place (inline in running text, a block between blocks) -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs | tei:roleName | tei:forename
                       | tei:surname | tei:genName | tei:addName | tei:geogName | tei:date | tei:time | tei:num | tei:measure
                       | tei:w | tei:c | tei:pc | tei:seg | tei:orig | tei:reg | tei:corr | tei:expan | tei:abbr | tei:damage
                       | tei:bibl | tei:author | tei:editor | tei:publisher | tei:pubPlace | tei:citedRange | tei:biblScope
                       | tei:desc | tei:street | tei:postCode | tei:label">
    <xsl:call-template name="plain-element"/>
  </xsl:template>

  <!-- unknown element (any namespace): a block between blocks, inline in running text -->
  <xsl:template match="*">
    <xsl:call-template name="plain-element"><xsl:with-param name="fallback" select="true()"/></xsl:call-template>
  </xsl:template>
  <xsl:template name="plain-element">
    <xsl:param name="fallback" select="false()"/>
    <xsl:choose>
      <xsl:when test="not(../text()[normalize-space()]) and not(ancestor::*[&inlineCtx;]) and not(ancestor::tei:note)">
        <fo:block text-indent="0pt"><xsl:if test="$fallback"><xsl:call-template name="fallback-mark"/></xsl:if><xsl:apply-templates/></fo:block>
      </xsl:when>
      <xsl:otherwise><fo:inline><xsl:if test="$fallback"><xsl:call-template name="fallback-mark"/></xsl:if><xsl:apply-templates/></fo:inline></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- with mark-fallback 'yes' (the corpus test's coverage count, docs/print-coverage.md) the
       generic template names the element it rendered, in an attribute FOP does not read -->
  <xsl:template name="fallback-mark">
    <xsl:if test="$mark-fallback = 'yes' and not(ancestor::tei:teiHeader)">
      <xsl:attribute name="tp:fallback" namespace="urn:teipress:fallback">
        <xsl:value-of select="local-name()"/>
        <xsl:if test="namespace-uri() != 'http://www.tei-c.org/ns/1.0'"> (other namespace)</xsl:if>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- plain text (running heads, contents): notes and apparatus readings left out -->
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="tei:note | tei:rdg | tei:pb | tei:fw" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="tei:choice" mode="plain"><xsl:apply-templates select="*[1]" mode="plain"/></xsl:template>

</xsl:stylesheet>
