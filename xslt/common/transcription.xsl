<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: the sigla of diplomatic transcription (the Leiden conventions, as the EpiDoc
  reference stylesheets print them), output-neutral (text only), shared by the HTML edition's
  diplomatic view and the print edition.

  teipress's own TEI keeps the notation of the archive export it was converted from (square
  brackets of the editors: mode tp-printed in functions.xsl); any other TEI is transcribed with
  the Leiden sigla.  Each format's params.xsl has
    transcription-convention   'auto' (default: 'source' for teipress's TEI, else 'leiden'),
                               'leiden' or 'source'

  Named templates:
    tp-convention        context any node -> 'leiden' or 'source'
    tp-diplomatic        context an element -> its text as the diplomatic view shows it (mode
                         tp-leiden or tp-printed, by tp-convention)
    tp-leiden-open / tp-leiden-close   context an element -> the sigla around its text ('' for
                         none): [ ] lost and restored, ⟨ ⟩ omitted and supplied, ( ) expanded,
                         ⟦ ⟧ erased, { } superfluous, ` ´ added above, / \ added below
    tp-leiden-gap        context tei:gap -> lost: three hyphens in brackets (extent unknown), a
                         dot a letter up to three, else [. c. 7 .]; illegible: the same without
                         brackets; omitted: in angle brackets; anything else: […]
    tp-abbr-in-expansion context tei:choice -> 'yes' when its expansion (with ex) holds its abbreviation
    tp-declared-chars    param s -> s with the private-use characters its document declares in
                         charDecl replaced by their standard (else diplomatic) mapping
    tp-underdot          param s -> s with a dot below every letter (U+0323): unclear letters
    tp-sigla-kinds       context tei:TEI -> the kinds of sigla its text uses, space-separated:
                         lost gap-lost omitted illegible expansion abbreviation unclear erased
                         added surplus vacat supraline (labels.xsl: label-siglum-KIND)
    tp-siglum-meaning / tp-siglum-sample   param kind -> its explanation / what it looks like
  Mode tp-leiden: any node -> its text with the sigla (like tp-printed for teipress's TEI).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template name="tp-convention">
    <xsl:choose>
      <xsl:when test="$transcription-convention = 'leiden' or $transcription-convention = 'source'">
        <xsl:value-of select="$transcription-convention"/>
      </xsl:when>
      <xsl:when test="ancestor-or-self::tei:TEI[1]/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident='teipress']">source</xsl:when>
      <xsl:otherwise>leiden</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- context a division: the heading an EpiDoc division gets when it has none of its own (as the
       EpiDoc stylesheets head them: Edition, Apparatus, Translation, Commentary, Bibliography), or
       ''.  Only beside an edition division, and only when it holds text; a second edition (another
       form of the text) is told by its subtype. -->
  <xsl:template name="tp-division-label">
    <xsl:if test="@type and not(tei:head) and ../tei:div[@type='edition'] and normalize-space()">
      <xsl:choose>
        <xsl:when test="@type='edition' and preceding-sibling::tei:div[@type='edition']">
          <xsl:if test="@subtype">
            <xsl:value-of select="concat($label-division-edition, ' (', translate(@subtype, '-_', '  '), ')')"/>
          </xsl:if>
        </xsl:when>
        <xsl:when test="@type='edition'"><xsl:value-of select="$label-division-edition"/></xsl:when>
        <xsl:when test="@type='translation'"><xsl:value-of select="$label-division-translation"/></xsl:when>
        <xsl:when test="@type='commentary'"><xsl:value-of select="$label-division-commentary"/></xsl:when>
        <xsl:when test="@type='apparatus'"><xsl:value-of select="$label-division-apparatus"/></xsl:when>
        <xsl:when test="@type='bibliography'"><xsl:value-of select="$label-division-bibliography"/></xsl:when>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <xsl:template name="tp-diplomatic">
    <xsl:variable name="convention"><xsl:call-template name="tp-convention"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$convention = 'leiden'"><xsl:apply-templates select="." mode="tp-leiden"/></xsl:when>
      <xsl:otherwise><xsl:apply-templates select="." mode="tp-printed"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ sigla -->

  <xsl:template name="tp-leiden-open">
    <xsl:choose>
      <xsl:when test="self::tei:supplied[@reason='omitted']">⟨</xsl:when>
      <xsl:when test="self::tei:supplied[@reason='subaudible']">(scil. </xsl:when>
      <xsl:when test="self::tei:supplied">[</xsl:when>
      <xsl:when test="self::tei:ex">(</xsl:when>
      <xsl:when test="self::tei:del[@rend='erasure'] or self::tei:del[@rend='erased']">⟦</xsl:when>
      <xsl:when test="self::tei:surplus">{</xsl:when>
      <xsl:when test="self::tei:add[@place='below']">/</xsl:when>
      <xsl:when test="self::tei:add">`</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-leiden-close">
    <xsl:if test="self::tei:supplied[@cert='low']">?</xsl:if>
    <xsl:choose>
      <xsl:when test="self::tei:supplied[@reason='omitted']">⟩</xsl:when>
      <xsl:when test="self::tei:supplied[@reason='subaudible']">)</xsl:when>
      <xsl:when test="self::tei:supplied">]</xsl:when>
      <xsl:when test="self::tei:ex">)</xsl:when>
      <xsl:when test="self::tei:del[@rend='erasure'] or self::tei:del[@rend='erased']">⟧</xsl:when>
      <xsl:when test="self::tei:surplus">}</xsl:when>
      <xsl:when test="self::tei:add[@place='below']">\</xsl:when>
      <xsl:when test="self::tei:add">´</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- a gap: lost [..] (a dot a letter up to three, else the number), illegible without
       brackets, omitted in angle brackets, anything else as an ellipsis in brackets -->
  <xsl:template name="tp-leiden-gap">
    <xsl:variable name="q" select="number(@quantity)"/>
    <xsl:variable name="extent">
      <xsl:choose>
        <xsl:when test="@unit='line' or @unit='lines'">
          <xsl:choose>
            <xsl:when test="$q = $q and $q &gt; 0">- - - <xsl:value-of select="concat(substring('c. ', 1, 3 * (@precision='low')), $q)"/> - - -</xsl:when>
            <xsl:otherwise>- - - - - -</xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test="$q = $q and $q &gt; 0 and $q &lt;= 3 and not(@precision='low')">
          <xsl:value-of select="substring('...', 1, $q)"/>
        </xsl:when>
        <xsl:when test="$q = $q and $q &gt; 0">
          <xsl:value-of select="concat('. ', substring('c. ', 1, 3 * (@precision='low')), $q, ' .')"/>
        </xsl:when>
        <xsl:otherwise>---</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@reason='lost'">[<xsl:value-of select="$extent"/>]</xsl:when>
      <xsl:when test="@reason='illegible'"><xsl:value-of select="$extent"/></xsl:when>
      <xsl:when test="@reason='omitted'">⟨<xsl:value-of select="$extent"/>⟩</xsl:when>
      <xsl:otherwise>[…]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-underdot">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="substring($s, 1, 1)"/>
      <xsl:value-of select="$c"/>
      <xsl:if test="normalize-space($c) != ''"><xsl:text>&#x323;</xsl:text></xsl:if>
      <xsl:call-template name="tp-underdot"><xsl:with-param name="s" select="substring($s, 2)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ mode tp-leiden -->

  <xsl:template match="text()" mode="tp-leiden"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="tei:unclear//text()" mode="tp-leiden">
    <xsl:call-template name="tp-underdot"><xsl:with-param name="s" select="."/></xsl:call-template>
  </xsl:template>
  <xsl:template match="*" mode="tp-leiden"><xsl:apply-templates mode="tp-leiden"/></xsl:template>
  <xsl:template match="comment() | processing-instruction() | tei:note | tei:lb | tei:pb | tei:cb | tei:fw" mode="tp-leiden"/>
  <xsl:template match="tei:supplied | tei:ex | tei:del | tei:surplus | tei:add" mode="tp-leiden">
    <xsl:call-template name="tp-leiden-open"/>
    <xsl:apply-templates mode="tp-leiden"/>
    <xsl:call-template name="tp-leiden-close"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="tp-leiden"><xsl:call-template name="tp-leiden-gap"/></xsl:template>
  <!-- an abbreviation left unexpanded -->
  <xsl:template match="tei:abbr[not(ancestor::tei:expan or ancestor::tei:choice)]" mode="tp-leiden">
    <xsl:apply-templates mode="tp-leiden"/><xsl:text>(- - -)</xsl:text>
  </xsl:template>
  <!-- the diplomatic view shows what the source has: the expansion with its parentheses, the
       original spelling, the error -->
  <xsl:template match="tei:choice" mode="tp-leiden">
    <xsl:apply-templates select="(tei:expan | tei:orig | tei:sic | tei:abbr | *)[1]" mode="tp-leiden"/>
  </xsl:template>

  <!-- context tei:choice: 'yes' when it is an abbreviation and its expansion, and the expansion
       marks what the editor added (ex): the expansion then holds the abbreviation's letters, and
       Leiden prints it alone, a(bc) -->
  <xsl:template name="tp-abbr-in-expansion">
    <xsl:if test="count(*) = 2 and tei:abbr and tei:expan[.//tei:ex]">yes</xsl:if>
  </xsl:template>

  <!-- context tei:space: 'yes' when it is a vacat (an inscription's space left empty, a line or
       more, or three letters' room); a letter's space between words is just a space -->
  <xsl:template name="tp-is-vacat">
    <xsl:if test="ancestor::tei:div[@type='edition'] or @unit='line' or @unit='lines' or number(@quantity) &gt;= 3
                  or @extent='unknown' and not(@unit='chars' or @unit='char' or @unit='character')">yes</xsl:if>
  </xsl:template>
  <!-- context tei:space: 'yes' when it is one letter's room (a writer's space between words that
       the source marks): an ordinary space, no wider -->
  <xsl:template name="tp-is-single-space">
    <xsl:if test="number(@quantity) &lt;= 1 and (not(@unit) or @unit='chars' or @unit='char' or @unit='character')
                  and not(ancestor::tei:div[@type='edition'])">yes</xsl:if>
  </xsl:template>
  <xsl:template match="tei:space" mode="tp-leiden">
    <xsl:variable name="vacat"><xsl:call-template name="tp-is-vacat"/></xsl:variable>
    <xsl:text> </xsl:text>
    <xsl:if test="$vacat = 'yes'">
      <xsl:value-of select="$label-vacat"/>
      <xsl:if test="number(@quantity) &gt; 1 and not(@unit='line')"><xsl:value-of select="concat(' ', @quantity)"/></xsl:if>
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:g" mode="tp-leiden">
    <xsl:call-template name="tp-glyph-text"/>
  </xsl:template>

  <!-- ================================================================ glyphs -->

  <!-- a g: its content, else the character its charDecl maps it to (standard, else diplomatic,
       else any mapping), else its name in brackets -->
  <xsl:key name="tp-glyph" match="tei:charDecl/tei:glyph[@xml:id] | tei:charDecl/tei:char[@xml:id]" use="@xml:id"/>
  <xsl:template name="tp-glyph-text">
    <xsl:variable name="decl" select="key('tp-glyph', substring-after(normalize-space(@ref), '#'))[1]"/>
    <xsl:choose>
      <xsl:when test="normalize-space(.) != ''"><xsl:value-of select="."/></xsl:when>
      <xsl:when test="$decl/tei:mapping[@type='standard']"><xsl:value-of select="$decl/tei:mapping[@type='standard'][1]"/></xsl:when>
      <xsl:when test="$decl/tei:mapping[@type='diplomatic']"><xsl:value-of select="$decl/tei:mapping[@type='diplomatic'][1]"/></xsl:when>
      <xsl:when test="$decl/tei:mapping"><xsl:value-of select="$decl/tei:mapping[1]"/></xsl:when>
      <xsl:when test="$decl">[<xsl:value-of select="normalize-space(($decl/tei:glyphName | $decl/tei:charName | $decl/@xml:id)[1])"/>]</xsl:when>
      <xsl:otherwise>[<xsl:value-of select="normalize-space(@type | @ref)"/>]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Characters of the Private Use Area that a document declares (charDecl/char or glyph with a
       mapping of type PUA): no font has them, so print uses the declaration's standard (else
       diplomatic, else any other) mapping in their place.  Declared once for the whole input. -->
  <xsl:key name="tp-private-char" match="tei:charDecl/*/tei:mapping[@type='PUA' or @type='pua' or @type='private']" use="string(.)"/>
  <xsl:variable name="tp-private-chars">
    <xsl:for-each select="//tei:charDecl/*/tei:mapping[@type='PUA' or @type='pua' or @type='private'][string-length() = 1]">
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:variable>
  <xsl:template name="tp-declared-chars">
    <xsl:param name="s"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="substring($s, 1, 1)"/>
      <xsl:variable name="decl" select="key('tp-private-char', $c)[1]/.."/>
      <xsl:choose>
        <xsl:when test="contains($tp-private-chars, $c) and $decl/tei:mapping[@type='standard']"><xsl:value-of select="$decl/tei:mapping[@type='standard'][1]"/></xsl:when>
        <xsl:when test="contains($tp-private-chars, $c) and $decl/tei:mapping[@type='diplomatic']"><xsl:value-of select="$decl/tei:mapping[@type='diplomatic'][1]"/></xsl:when>
        <xsl:when test="contains($tp-private-chars, $c) and $decl/tei:mapping[not(@type='PUA' or @type='pua' or @type='private')]">
          <xsl:value-of select="$decl/tei:mapping[not(@type='PUA' or @type='pua' or @type='private')][1]"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$c"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="tp-declared-chars"><xsl:with-param name="s" select="substring($s, 2)"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ the key -->

  <xsl:template name="tp-sigla-kinds">
    <!-- one pass over the text: the elements that carry sigla -->
    <xsl:variable name="marked" select="tei:text//*[self::tei:supplied or self::tei:gap or self::tei:ex or self::tei:abbr
        or self::tei:unclear or self::tei:del or self::tei:add or self::tei:surplus or self::tei:space or self::tei:hi[@rend]]"/>
    <xsl:if test="$marked[self::tei:supplied][not(@reason) or @reason='lost' or @reason='undefined']"> lost</xsl:if>
    <xsl:if test="$marked[self::tei:gap][@reason='lost']"> gap-lost</xsl:if>
    <xsl:if test="$marked[self::tei:supplied[@reason='omitted'] or self::tei:gap[@reason='omitted']]"> omitted</xsl:if>
    <xsl:if test="$marked[self::tei:gap][@reason='illegible']"> illegible</xsl:if>
    <xsl:if test="$marked[self::tei:ex]"> expansion</xsl:if>
    <xsl:if test="$marked[self::tei:abbr][not(ancestor::tei:expan or ancestor::tei:choice)]"> abbreviation</xsl:if>
    <xsl:if test="$marked[self::tei:unclear]"> unclear</xsl:if>
    <xsl:if test="$marked[self::tei:del][@rend='erasure' or @rend='erased']"> erased</xsl:if>
    <xsl:if test="$marked[self::tei:add]"> added</xsl:if>
    <xsl:if test="$marked[self::tei:surplus]"> surplus</xsl:if>
    <xsl:if test="$marked[self::tei:space][ancestor::tei:div[@type='edition'] or @unit='line' or @unit='lines' or number(@quantity) &gt;= 3
                  or @extent='unknown' and not(@unit='chars' or @unit='char' or @unit='character')]"> vacat</xsl:if>
    <xsl:if test="$marked[self::tei:hi][contains(concat(' ', @rend, ' '), ' supraline ')]"> supraline</xsl:if>
  </xsl:template>

  <!-- a kind of siglum: what it means, and how it looks (labels.xsl) -->
  <xsl:template name="tp-siglum-meaning">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'lost'"><xsl:value-of select="$label-siglum-lost"/></xsl:when>
      <xsl:when test="$kind = 'gap-lost'"><xsl:value-of select="$label-siglum-gap-lost"/></xsl:when>
      <xsl:when test="$kind = 'omitted'"><xsl:value-of select="$label-siglum-omitted"/></xsl:when>
      <xsl:when test="$kind = 'illegible'"><xsl:value-of select="$label-siglum-illegible"/></xsl:when>
      <xsl:when test="$kind = 'expansion'"><xsl:value-of select="$label-siglum-expansion"/></xsl:when>
      <xsl:when test="$kind = 'abbreviation'"><xsl:value-of select="$label-siglum-abbreviation"/></xsl:when>
      <xsl:when test="$kind = 'unclear'"><xsl:value-of select="$label-siglum-unclear"/></xsl:when>
      <xsl:when test="$kind = 'erased'"><xsl:value-of select="$label-siglum-erased"/></xsl:when>
      <xsl:when test="$kind = 'added'"><xsl:value-of select="$label-siglum-added"/></xsl:when>
      <xsl:when test="$kind = 'surplus'"><xsl:value-of select="$label-siglum-surplus"/></xsl:when>
      <xsl:when test="$kind = 'vacat'"><xsl:value-of select="$label-siglum-vacat"/></xsl:when>
      <xsl:when test="$kind = 'supraline'"><xsl:value-of select="$label-siglum-supraline"/></xsl:when>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="tp-siglum-sample">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'lost'"><xsl:value-of select="$label-siglum-lost-sample"/></xsl:when>
      <xsl:when test="$kind = 'gap-lost'"><xsl:value-of select="$label-siglum-gap-lost-sample"/></xsl:when>
      <xsl:when test="$kind = 'omitted'"><xsl:value-of select="$label-siglum-omitted-sample"/></xsl:when>
      <xsl:when test="$kind = 'illegible'"><xsl:value-of select="$label-siglum-illegible-sample"/></xsl:when>
      <xsl:when test="$kind = 'expansion'"><xsl:value-of select="$label-siglum-expansion-sample"/></xsl:when>
      <xsl:when test="$kind = 'abbreviation'"><xsl:value-of select="$label-siglum-abbreviation-sample"/></xsl:when>
      <xsl:when test="$kind = 'unclear'"><xsl:value-of select="$label-siglum-unclear-sample"/></xsl:when>
      <xsl:when test="$kind = 'erased'"><xsl:value-of select="$label-siglum-erased-sample"/></xsl:when>
      <xsl:when test="$kind = 'added'"><xsl:value-of select="$label-siglum-added-sample"/></xsl:when>
      <xsl:when test="$kind = 'surplus'"><xsl:value-of select="$label-siglum-surplus-sample"/></xsl:when>
      <xsl:when test="$kind = 'vacat'"><xsl:value-of select="$label-siglum-vacat-sample"/></xsl:when>
      <xsl:when test="$kind = 'supraline'"><xsl:value-of select="$label-siglum-supraline-sample"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
