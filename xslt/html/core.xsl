<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: TEI text -> HTML fragments (default mode), the core module: structure,
  phrase level, interventions, notes and the generic fallback.  Imported first by text.xsl, so
  that the other modules (verse.xsl, drama.xsl, ...) override it; contains no page chrome.

  HTML validity for arbitrary TEI: every element is written either as a block
  (div, p, h*, ul, table, pre ...) or as phrasing (span, a, time, sup, br).  An element is
  "block" (set B) when its local name is one of the block names below, or a
  conditional-block name (dateline, salute, signed ...) whose parent is a flow container.
  Whenever an element whose natural HTML element is phrasing-only (p, h*, span, a, time)
  has a B descendant (footnotes excluded: they are moved to the notes list), it is written
  as a div instead (template h-tag), so a p never contains a div.

  Elements with their own template (all others fall to the generic fallback, which writes
  span/div class="tei-NAME tp-fallback" and keeps every text node):
    TEI text front body back group div div1-7 floatingText p ab head opener closer postscript
    seg dateline salute signed address addrLine trailer byline docAuthor label item list
    table row cell lg l sp speaker stage hi emph foreign term title q quote said mentioned
    soCalled persName placeName orgName rs name ref ptr date lb pb cb milestone fw figure
    graphic figDesc eg egXML(Examples ns) choice supplied gap sic unclear incident note
    add del space anchor handShift addSpan damageSpan delSpan index
  Foreign islands (MathML, SVG, frus:*, any other namespace) use the fallback too.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:exsl="http://exslt.org/common"
  xmlns:str="http://exslt.org/strings"
  extension-element-prefixes="exsl str"
  exclude-result-prefixes="tei eg exsl str">


  <xsl:variable name="tp-authority-uris" select="str:tokenize(normalize-space($authority-files), ' ')"/>
  <!-- overridable: the authority TEI roots (index.xsl etc. take them from the catalog) -->
  <xsl:variable name="tp-authority" select="document($tp-authority-uris, /)"/>

  <xsl:key name="tp-auth-id" match="tei:person | tei:place | tei:org | tei:personGrp" use="@xml:id"/>

  <!-- ============================================================ helpers -->

  <!-- 'yes' if this element is in the block set B -->
  <xsl:template name="h-is-block">
    <xsl:if test="self::*[(namespace-uri()='http://www.tei-c.org/ns/1.0' and (contains('|p|ab|div|div1|div2|div3|div4|div5|div6|div7|list|listBibl|listPerson|listPlace|listOrg|listEvent|listWit|listApp|table|row|cell|lg|l|floatingText|sp|spGrp|head|opener|closer|postscript|argument|epigraph|castList|castItem|figure|body|front|back|group|text|titlePage|item|eg|', concat('|',local-name(),'|')) or (local-name()='label' and local-name(..)='list') or (contains('|dateline|salute|signed|address|addrLine|trailer|byline|docAuthor|docDate|docTitle|titlePart|docImprint|docEdition|stage|seg|', concat('|',local-name(),'|')) and namespace-uri(..)='http://www.tei-c.org/ns/1.0' and contains('|div|div1|div2|div3|div4|div5|div6|div7|body|front|back|group|text|opener|closer|postscript|argument|epigraph|floatingText|sp|lg|titlePage|docTitle|docImprint|address|item|note|cell|figure|castList|', concat('|',local-name(..),'|'))))) or (namespace-uri()='http://www.tei-c.org/ns/Examples' and local-name()='egXML')]">yes</xsl:if>
  </xsl:template>

  <!-- 'yes' if a B element is inside this one (footnotes and their content excluded) -->
  <xsl:template name="h-has-block">
    <xsl:variable name="k" select="count(ancestor-or-self::tei:note[@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or @rend='inline' or @type='identification' or @type='original-term' or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten' or @type='signature' or @type='stage' or @type='source')])"/>
    <xsl:if test="descendant::*[(namespace-uri()='http://www.tei-c.org/ns/1.0' and (contains('|p|ab|div|div1|div2|div3|div4|div5|div6|div7|list|listBibl|listPerson|listPlace|listOrg|listEvent|listWit|listApp|table|row|cell|lg|l|floatingText|sp|spGrp|head|opener|closer|postscript|argument|epigraph|castList|castItem|figure|body|front|back|group|text|titlePage|item|eg|', concat('|',local-name(),'|')) or (local-name()='label' and local-name(..)='list') or (contains('|dateline|salute|signed|address|addrLine|trailer|byline|docAuthor|docDate|docTitle|titlePart|docImprint|docEdition|stage|seg|', concat('|',local-name(),'|')) and namespace-uri(..)='http://www.tei-c.org/ns/1.0' and contains('|div|div1|div2|div3|div4|div5|div6|div7|body|front|back|group|text|opener|closer|postscript|argument|epigraph|floatingText|sp|lg|titlePage|docTitle|docImprint|address|item|note|cell|figure|castList|', concat('|',local-name(..),'|'))))) or (namespace-uri()='http://www.tei-c.org/ns/Examples' and local-name()='egXML')][count(ancestor::tei:note[@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or @rend='inline' or @type='identification' or @type='original-term' or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten' or @type='signature' or @type='stage' or @type='source')]) = $k]">yes</xsl:if>
  </xsl:template>

  <!-- the HTML element to use: $natural, or div when $natural is phrasing-only and a block is inside -->
  <xsl:template name="h-tag">
    <xsl:param name="natural" select="'span'"/>
    <xsl:choose>
      <xsl:when test="contains('|p|span|a|time|h1|h2|h3|h4|h5|h6|em|strong|sup|sub|code|q|cite|', concat('|',$natural,'|'))">
        <xsl:variable name="hb"><xsl:call-template name="h-has-block"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="$hb = 'yes'">div</xsl:when>
          <xsl:otherwise><xsl:value-of select="$natural"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$natural"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- inside an element that is written as a link: no nested links, no tabindex -->
  <xsl:template name="h-in-link">
    <xsl:if test="ancestor::*[namespace-uri()='http://www.tei-c.org/ns/1.0' and
                  ((local-name()='persName' or local-name()='placeName' or local-name()='orgName' or local-name()='rs' or local-name()='name')
                    and normalize-space(@ref) != '' and (starts-with(@ref,'#') or contains(@ref,'://')))
                  or ((local-name()='ref' or local-name()='ptr') and normalize-space(@target) != '')]">yes</xsl:if>
  </xsl:template>

  <xsl:template name="h-class-token">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, '#:./ ()[],;=&quot;&amp;', '--------------')"/>
  </xsl:template>

  <!-- class and lang (and id from @xml:id unless $id is given) -->
  <xsl:template name="h-attrs">
    <xsl:param name="extra" select="''"/>
    <xsl:param name="id" select="''"/>
    <xsl:attribute name="class">
      <xsl:text>tei-</xsl:text><xsl:value-of select="local-name()"/>
      <xsl:if test="@type">
        <xsl:text> tei-</xsl:text><xsl:value-of select="local-name()"/><xsl:text>-</xsl:text>
        <xsl:call-template name="h-class-token"><xsl:with-param name="s" select="normalize-space(@type)"/></xsl:call-template>
      </xsl:if>
      <xsl:for-each select="str:tokenize(normalize-space(concat(@rend, ' ', @rendition)), ' ')">
        <xsl:text> rend-</xsl:text>
        <xsl:call-template name="h-class-token"><xsl:with-param name="s" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="$extra != ''"><xsl:text> </xsl:text><xsl:value-of select="$extra"/></xsl:if>
    </xsl:attribute>
    <xsl:variable name="own"><xsl:if test="$id = ''"><xsl:call-template name="tp-own-xml-id"/></xsl:if></xsl:variable>
    <xsl:choose>
      <xsl:when test="$id != ''"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:when>
      <xsl:when test="$own != ''"><xsl:attribute name="id"><xsl:value-of select="$own"/></xsl:attribute></xsl:when>
    </xsl:choose>
    <xsl:if test="@xml:lang and normalize-space(@xml:lang) != ''">
      <xsl:attribute name="lang"><xsl:call-template name="h-bcp47"><xsl:with-param name="l" select="normalize-space(@xml:lang)"/></xsl:call-template></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- HTML lang wants the shortest subtag: ISO 639-2 codes that have a 639-1 form are mapped -->
  <xsl:template name="h-bcp47">
    <xsl:param name="l"/>
    <xsl:variable name="p" select="substring-before(concat($l, '-'), '-')"/>
    <xsl:variable name="rest" select="substring-after($l, $p)"/>
    <xsl:variable name="m" select="substring-before(substring-after('|deu=de|ger=de|eng=en|lat=la|pol=pl|fra=fr|fre=fr|rus=ru|ita=it|spa=es|zho=zh|chi=zh|ces=cs|cze=cs|hun=hu|nld=nl|dut=nl|por=pt|ell=el|gre=el|heb=he|ara=ar|jpn=ja|kor=ko|swe=sv|dan=da|fin=fi|ukr=uk|bul=bg|ron=ro|rum=ro|slk=sk|slo=sk|hrv=hr|srp=sr|slv=sl|tur=tr|', concat('|', $p, '=')), '|')"/>
    <xsl:choose>
      <xsl:when test="$m != ''"><xsl:value-of select="concat($m, $rest)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- write this element as $natural (or div), with attributes, children in default mode -->
  <xsl:template name="h-element">
    <xsl:param name="natural" select="'span'"/>
    <xsl:param name="extra" select="''"/>
    <xsl:param name="id" select="''"/>
    <!-- a heading the element has not got (an EpiDoc division's, tp-division-label) -->
    <xsl:param name="label" select="''"/>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"><xsl:with-param name="natural" select="$natural"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs">
        <xsl:with-param name="extra" select="$extra"/>
        <xsl:with-param name="id" select="$id"/>
      </xsl:call-template>
      <xsl:if test="$label != ''">
        <xsl:variable name="level" select="2 + count((ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3
            | ancestor::tei:div4 | ancestor::tei:div5 | ancestor::tei:div6 | ancestor::tei:div7 | ancestor::tei:floatingText)[tei:head])"/>
        <xsl:element name="{concat('h', $level - ($level - 6) * ($level &gt; 6))}">
          <xsl:attribute name="class">tp-division-label</xsl:attribute>
          <xsl:value-of select="$label"/>
        </xsl:element>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- a paragraph-level block: gets the shared anchor id (tp-block-id) -->
  <xsl:template name="h-block">
    <xsl:param name="natural" select="'p'"/>
    <xsl:param name="extra" select="''"/>
    <xsl:variable name="bid"><xsl:call-template name="tp-block-id"/></xsl:variable>
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="$natural"/>
      <xsl:with-param name="extra" select="$extra"/>
      <xsl:with-param name="id" select="$bid"/>
    </xsl:call-template>
  </xsl:template>

  <!-- conditional-block elements: block (p) when B says so, else span -->
  <xsl:template name="h-cond-block">
    <xsl:param name="extra" select="''"/>
    <xsl:variable name="isb"><xsl:call-template name="h-is-block"/></xsl:variable>
    <xsl:call-template name="h-block">
      <xsl:with-param name="natural" select="substring('pspan', 1 + 1 * ($isb != 'yes'), 1 + 3 * ($isb != 'yes'))"/>
      <xsl:with-param name="extra" select="$extra"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================ generic fallback -->

  <xsl:template match="*">
    <xsl:variable name="isb"><xsl:call-template name="h-is-block"/></xsl:variable>
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="substring('divspan', 1 + 3 * ($isb != 'yes'), 3 + ($isb != 'yes'))"/>
      <xsl:with-param name="extra">
        <xsl:text>tp-fallback</xsl:text>
        <xsl:if test="namespace-uri() != 'http://www.tei-c.org/ns/1.0'"> tp-foreign-ns</xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the parts of a name, an address or a citation: no typography of their own, only their place
       (a span in running text, a div between blocks); classes as every element gets them -->
  <xsl:template match="tei:forename | tei:surname | tei:genName | tei:addName | tei:roleName | tei:geogName | tei:author
                       | tei:editor | tei:publisher | tei:pubPlace | tei:citedRange | tei:biblScope | tei:street
                       | tei:postCode | tei:time">
    <xsl:variable name="isb"><xsl:call-template name="h-is-block"/></xsl:variable>
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="substring('divspan', 1 + 3 * ($isb != 'yes'), 3 + ($isb != 'yes'))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>
  <!-- text as it is, but for the source's indentation inside brackets (tp-text) -->
  <xsl:template match="text()"><xsl:call-template name="tp-text"/></xsl:template>

  <!-- ============================================================ structure -->

  <xsl:template match="tei:text | tei:front | tei:body | tei:back | tei:group | tei:div | tei:div1 | tei:div2 | tei:div3
                       | tei:div4 | tei:div5 | tei:div6 | tei:div7 | tei:postscript | tei:argument | tei:epigraph
                       | tei:opener | tei:closer | tei:lg | tei:titlePage | tei:spGrp | tei:castList">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:floatingText">
    <div>
      <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="'tp-embedded'"/></xsl:call-template>
      <xsl:if test="@type">
        <p class="tp-embedded-label" aria-hidden="true"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="@type"/></xsl:call-template></p>
      </xsl:if>
      <xsl:apply-templates/>
    </div>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:call-template name="h-block"><xsl:with-param name="natural" select="'p'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed | tei:trailer | tei:byline | tei:docAuthor
                       | tei:addrLine | tei:seg[parent::tei:opener]">
    <xsl:call-template name="h-cond-block"/>
  </xsl:template>

  <xsl:template match="tei:address | tei:docDate | tei:docTitle | tei:titlePart | tei:docImprint | tei:docEdition | tei:stage | tei:seg">
    <xsl:variable name="isb"><xsl:call-template name="h-is-block"/></xsl:variable>
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="substring('divspan', 1 + 3 * ($isb != 'yes'), 3 + ($isb != 'yes'))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:head">
    <!-- only divisions with a heading of their own count, so a heading never skips a level -->
    <xsl:variable name="level" select="2 + count((ancestor::tei:div | ancestor::tei:div1 | ancestor::tei:div2 | ancestor::tei:div3
        | ancestor::tei:div4 | ancestor::tei:div5 | ancestor::tei:div6 | ancestor::tei:div7 | ancestor::tei:floatingText)[tei:head])"/>
    <xsl:variable name="heading" select="parent::tei:div or parent::tei:div1 or parent::tei:div2 or parent::tei:div3 or parent::tei:div4
        or parent::tei:div5 or parent::tei:div6 or parent::tei:div7 or parent::tei:body or parent::tei:front or parent::tei:back"/>
    <xsl:choose>
      <xsl:when test="$heading">
        <xsl:call-template name="h-block">
          <xsl:with-param name="natural" select="concat('h', $level - ($level - 6) * ($level &gt; 6))"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h-block"><xsl:with-param name="natural" select="'p'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:label">
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="substring('divspan', 1 + 3 * not(parent::tei:list), 3 + not(parent::tei:list))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- lists: ul when only head/item children, else a div (labels, p, pb ... inside) -->
  <xsl:template match="tei:list">
    <xsl:variable name="simple" select="not(*[not(self::tei:item or self::tei:head)]) and not(text()[normalize-space()])"/>
    <div>
      <xsl:call-template name="h-attrs">
        <xsl:with-param name="extra" select="concat('tp-list', substring(' tp-list-labelled', 1, 100 * boolean(tei:label)))"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$simple">
          <xsl:apply-templates select="tei:head"/>
          <xsl:if test="tei:item">
            <ul class="tp-items"><xsl:apply-templates select="tei:item" mode="li"/></ul>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <xsl:template match="tei:item" mode="li">
    <xsl:call-template name="h-block"><xsl:with-param name="natural" select="'li'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:item">
    <xsl:call-template name="h-block"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
  </xsl:template>

  <!-- tables: a real table when the shape allows it -->
  <xsl:template match="tei:table">
    <xsl:choose>
      <xsl:when test="not(*[not(self::tei:row or self::tei:head)]) and not(tei:row/*[not(self::tei:cell)])
                      and not(text()[normalize-space()]) and not(tei:row/text()[normalize-space()]) and tei:row and count(tei:head) &lt;= 1">
        <div class="tp-table-wrap">
          <table>
            <xsl:call-template name="h-attrs"/>
            <xsl:if test="tei:head">
              <caption><xsl:for-each select="tei:head"><xsl:call-template name="h-block"><xsl:with-param name="natural" select="'span'"/></xsl:call-template></xsl:for-each></caption>
            </xsl:if>
            <tbody><xsl:apply-templates select="tei:row" mode="tr"/></tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:row" mode="tr">
    <tr><xsl:call-template name="h-attrs"/><xsl:apply-templates select="tei:cell" mode="td"/></tr>
  </xsl:template>
  <xsl:template match="tei:cell" mode="td">
    <xsl:element name="{substring('tdth', 1 + 2 * (@role='label' or ../@role='label'), 2)}">
      <xsl:call-template name="h-attrs"/>
      <xsl:if test="number(@cols) &gt; 1"><xsl:attribute name="colspan"><xsl:value-of select="number(@cols)"/></xsl:attribute></xsl:if>
      <xsl:if test="number(@rows) &gt; 1"><xsl:attribute name="rowspan"><xsl:value-of select="number(@rows)"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:row | tei:cell">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
  </xsl:template>

  <!-- ============================================================ phrase level -->

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:title | tei:mentioned | tei:soCalled | tei:gloss
                       | tei:q | tei:said | tei:quote | tei:add | tei:del | tei:abbr | tei:expan | tei:orig | tei:reg
                       | tei:corr | tei:num | tei:measure | tei:bibl | tei:cit | tei:damage | tei:surplus | tei:secl
                       | tei:w | tei:c | tei:pc | tei:ex | tei:am | tei:lem | tei:rdg | tei:subst | tei:restore">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:pb">
    <span class="tei-pb" role="note">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="@xml:id"/></xsl:attribute></xsl:if>
      <xsl:choose>
        <xsl:when test="normalize-space(@n)">
          <span class="v-read">p. <xsl:value-of select="@n"/></span>
          <span class="v-dipl">(p. <xsl:value-of select="@n"/>)</span>
        </xsl:when>
        <!-- no number: nothing to show but the break itself (a screen reader says it) -->
        <xsl:otherwise><xsl:attribute name="class">tei-pb tp-pb-unnumbered</xsl:attribute><span class="tp-sr">page break</span></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:cb">
    <span class="tei-cb"><xsl:if test="@n"><span class="tp-sr">column <xsl:value-of select="@n"/></span></xsl:if></span>
  </xsl:template>

  <xsl:template match="tei:milestone">
    <span role="separator">
      <xsl:call-template name="h-attrs"/>
      <xsl:if test="@unit='section' or @rend"><xsl:value-of select="substring(@rend, 1, string-length(@rend) * not(@rend='glued'))"/></xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space">
    <xsl:call-template name="h-space"/>
  </xsl:template>
  <!-- a space the source marks: one letter's room an ordinary space, more an em space -->
  <xsl:template name="h-space">
    <xsl:variable name="single"><xsl:call-template name="tp-is-single-space"/></xsl:variable>
    <span class="tei-space" title="{$label-space}">
      <xsl:choose>
        <xsl:when test="$single = 'yes'"><xsl:text> </xsl:text></xsl:when>
        <xsl:otherwise>&#8195;</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <xsl:template match="tei:anchor | tei:handShift | tei:addSpan | tei:damageSpan | tei:delSpan | tei:index">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:figure">
    <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'div'"/></xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:graphic">
    <xsl:variable name="tag"><xsl:call-template name="h-tag"/></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs"/>
      <span class="tp-graphic-url">[<xsl:value-of select="concat($label-image, ': ', @url)"/>]</span>
      <xsl:if test="node()"><xsl:text> </xsl:text><xsl:apply-templates/></xsl:if>
    </xsl:element>
  </xsl:template>

  <!-- verbatim examples: escaped as code -->
  <xsl:template match="tei:eg">
    <pre class="tei-eg"><code><xsl:value-of select="."/></code></pre>
  </xsl:template>
  <xsl:template match="eg:egXML">
    <pre class="tei-egXML"><code><xsl:apply-templates mode="h-serialize"/></code></pre>
  </xsl:template>
  <xsl:template match="*" mode="h-serialize">
    <xsl:text>&lt;</xsl:text><xsl:value-of select="name()"/>
    <xsl:for-each select="@*"><xsl:text> </xsl:text><xsl:value-of select="name()"/>="<xsl:value-of select="."/>"</xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <xsl:text>&gt;</xsl:text><xsl:apply-templates mode="h-serialize"/>
        <xsl:text>&lt;/</xsl:text><xsl:value-of select="name()"/><xsl:text>&gt;</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:text>/&gt;</xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="text()" mode="h-serialize"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment()" mode="h-serialize">&lt;!--<xsl:value-of select="."/>--&gt;</xsl:template>
  <xsl:template match="processing-instruction()" mode="h-serialize"/>

  <!-- dates -->
  <xsl:template match="tei:date">
    <xsl:variable name="w" select="normalize-space(@when)"/>
    <xsl:variable name="ok" select="(string-length($w) = 4 or string-length($w) = 7 or string-length($w) = 10)
        and translate($w, '0123456789', '') = substring('--', 1, floor((string-length($w) - 4) div 3))"/>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"><xsl:with-param name="natural" select="substring('timespan', 1 + 4 * not($ok), 4)"/></xsl:call-template></xsl:variable>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs"/>
      <xsl:if test="$tag = 'time'"><xsl:attribute name="datetime"><xsl:value-of select="$w"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- names: linked to the authority pages; tooltip = authority main name -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:rs | tei:name">
    <xsl:variable name="ref" select="normalize-space(@ref)"/>
    <xsl:variable name="register-page">
      <xsl:choose>
        <xsl:when test="self::tei:placeName or (self::tei:rs or self::tei:name) and @type='place'"><xsl:value-of select="$places-href"/></xsl:when>
        <xsl:when test="self::tei:orgName or (self::tei:rs or self::tei:name) and @type='org'"><xsl:value-of select="$orgs-href"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$persons-href"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"/></xsl:variable>
    <xsl:choose>
      <!-- a register page that does not exist (empty href) is not linked -->
      <xsl:when test="$ref != '' and (starts-with($ref, '#') and $register-page != '' or contains($ref, '://')) and $inlink != 'yes' and $tag = 'span'">
        <xsl:variable name="id" select="substring-after(substring-before(concat($ref, ' '), ' '), '#')"/>
        <xsl:variable name="page" select="$register-page"/>
        <a>
          <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="'tp-name'"/></xsl:call-template>
          <xsl:attribute name="href">
            <xsl:choose>
              <xsl:when test="starts-with($ref, '#')"><xsl:value-of select="concat($page, '#', $id)"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="substring-before(concat($ref, ' '), ' ')"/></xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:if test="starts-with($ref, '#')">
            <xsl:variable name="main">
              <xsl:call-template name="h-authority-name"><xsl:with-param name="id" select="$id"/></xsl:call-template>
            </xsl:variable>
            <xsl:if test="normalize-space($main) != ''">
              <xsl:attribute name="title"><xsl:value-of select="normalize-space($main)"/></xsl:attribute>
            </xsl:if>
          </xsl:if>
          <xsl:apply-templates/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- main display name of an authority entry (empty when unknown / no authority files) -->
  <xsl:template name="h-authority-name">
    <xsl:param name="id"/>
    <!-- once per document (the catalog holds several authority TEIs in one document) -->
    <xsl:for-each select="$tp-authority/ancestor-or-self::node()[last()]">
      <xsl:variable name="e" select="key('tp-auth-id', $id)[ancestor::*[local-name()='authority'] or not(ancestor::*[local-name()='entry'])][1]"/>
      <xsl:if test="$e">
        <xsl:value-of select="normalize-space(($e/*[@type='main'] | $e/tei:persName | $e/tei:placeName | $e/tei:orgName)[1])"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="t" select="normalize-space(@target)"/>
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$t != '' and $inlink != 'yes' and $tag = 'span'">
        <a href="{substring-before(concat($t, ' '), ' ')}">
          <xsl:call-template name="h-attrs"/>
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr or not(normalize-space())"><xsl:value-of select="$t"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ editorial interventions -->
  <!--
    An intervention is written as
      <span class="tp-int tp-int-KIND" tabindex="0" aria-describedby="tip-ID">
        <span class="v-read">reading form</span><span class="v-dipl">printed form</span>
        <span class="tp-tip" role="tooltip" id="tip-ID">explanation</span></span>
    CSS shows .v-read or .v-dipl depending on the view switch, and the tooltip on :hover/:focus.
  -->
  <xsl:template name="h-intervention">
    <xsl:param name="kind"/>
    <xsl:param name="read"/>
    <xsl:param name="tip"/>
    <!-- the diplomatic view: the source's brackets (teipress's TEI) or the Leiden sigla -->
    <xsl:param name="printed"><xsl:call-template name="tp-diplomatic"/></xsl:param>
    <xsl:param name="extra" select="''"/>
    <xsl:variable name="tag"><xsl:call-template name="h-tag"/></xsl:variable>
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:variable name="tipid" select="concat('tip-', generate-id())"/>
    <xsl:element name="{$tag}">
      <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="concat('tp-int tp-int-', $kind, substring(' ', 1, string-length($extra)), $extra)"/></xsl:call-template>
      <xsl:if test="$inlink != 'yes'"><xsl:attribute name="tabindex">0</xsl:attribute></xsl:if>
      <xsl:attribute name="aria-describedby"><xsl:value-of select="$tipid"/></xsl:attribute>
      <xsl:element name="{$tag}"><xsl:attribute name="class">v-read</xsl:attribute><xsl:copy-of select="$read"/></xsl:element>
      <xsl:element name="{$tag}"><xsl:attribute name="class">v-dipl</xsl:attribute><xsl:value-of select="$printed"/></xsl:element>
      <xsl:element name="{$tag}">
        <xsl:attribute name="class">tp-tip</xsl:attribute>
        <xsl:attribute name="role">tooltip</xsl:attribute>
        <xsl:attribute name="id"><xsl:value-of select="$tipid"/></xsl:attribute>
        <xsl:copy-of select="$tip"/>
      </xsl:element>
    </xsl:element>
  </xsl:template>

  <xsl:template name="h-kind-label">
    <xsl:param name="kind"/>
    <span class="tp-tip-label">
      <xsl:call-template name="tp-intervention-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <xsl:template match="tei:choice">
    <xsl:variable name="kind"><xsl:call-template name="tp-intervention-kind"/></xsl:variable>
    <xsl:variable name="src" select="(tei:orig | tei:abbr | tei:sic)[1]"/>
    <xsl:variable name="ed" select="(tei:reg | tei:expan | tei:corr)[1]"/>
    <!-- reading view shows what the document says for names and abbreviations, the editor's form otherwise -->
    <xsl:variable name="shown" select="($src[$kind='pseudonym' or $kind='romanization' or $kind='expansion'] | $ed[not($kind='pseudonym' or $kind='romanization' or $kind='expansion')])[1]
                                       | *[1][not($src and $ed)]"/>
    <xsl:call-template name="h-intervention">
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="read"><xsl:apply-templates select="$shown/node()"/></xsl:with-param>
      <xsl:with-param name="tip">
        <xsl:call-template name="h-kind-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
        <xsl:for-each select="*[count(. | $shown) != count($shown)]">
          <xsl:if test="position() &gt; 1"> · </xsl:if>
          <xsl:if test="not($kind='pseudonym' or $kind='romanization' or $kind='expansion') and (self::tei:orig or self::tei:sic or self::tei:abbr)">original: </xsl:if>
          <span><xsl:call-template name="h-attrs"/><xsl:apply-templates/></span>
          <xsl:if test="@resp='#translator'"> (translator)</xsl:if>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:supplied | tei:unclear | tei:sic[not(parent::tei:choice)]">
    <xsl:variable name="kind"><xsl:call-template name="tp-intervention-kind"/></xsl:variable>
    <xsl:call-template name="h-intervention">
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="read"><xsl:apply-templates/></xsl:with-param>
      <xsl:with-param name="tip">
        <xsl:call-template name="h-kind-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
        <xsl:if test="@reason and not(@reason='omitted-in-original' or @reason='uncertain')">(<xsl:value-of select="translate(@reason, '-', ' ')"/>)</xsl:if>
        <xsl:if test="@reason='omitted-in-original'">(omitted in the original)</xsl:if>
        <xsl:if test="@reason='abbreviated-in-original'">(abbreviated in the original)</xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:gap">
    <xsl:variable name="kind"><xsl:call-template name="tp-intervention-kind"/></xsl:variable>
    <xsl:call-template name="h-intervention">
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="read">
        <xsl:choose>
          <xsl:when test="$kind = 'redaction'">█████</xsl:when>
          <xsl:otherwise>[…]</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="tip">
        <xsl:call-template name="h-kind-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
        <xsl:apply-templates select="tei:desc/node()"/>
        <xsl:if test="not(tei:desc) and (@quantity or @extent)">
          (<xsl:value-of select="normalize-space(concat(@quantity, ' ', @unit, ' ', @extent))"/>)</xsl:if>
        <xsl:apply-templates select="node()[not(self::tei:desc)]"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:incident">
    <xsl:call-template name="h-intervention">
      <xsl:with-param name="kind" select="'stage'"/>
      <xsl:with-param name="read"><xsl:apply-templates/></xsl:with-param>
      <xsl:with-param name="tip"><xsl:call-template name="h-kind-label"><xsl:with-param name="kind" select="'stage'"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="tei:desc">
    <xsl:call-template name="h-element"/>
  </xsl:template>

  <!-- notes: footnotes become numbered markers; bracket notes become interventions;
       other inline notes (e.g. FRUS source notes) stay visible in place -->
  <xsl:template match="tei:note">
    <xsl:variable name="fn"><xsl:call-template name="tp-is-footnote"/></xsl:variable>
    <xsl:variable name="kind"><xsl:call-template name="tp-intervention-kind"/></xsl:variable>
    <!-- a bracket note standing on its own line (child of a div, not inside running text) -->
    <xsl:variable name="standalone" select="not(../text()[normalize-space()]) and (parent::tei:div or parent::tei:body
        or parent::tei:div1 or parent::tei:div2 or parent::tei:div3 or parent::tei:postscript or parent::tei:opener or parent::tei:closer)"/>
    <xsl:choose>
      <xsl:when test="$fn = 'yes'"><xsl:call-template name="h-footnote-marker"/></xsl:when>
      <xsl:when test="$kind = 'note'">
        <xsl:call-template name="h-element"><xsl:with-param name="natural" select="'span'"/><xsl:with-param name="extra" select="'tp-note-inline'"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h-intervention">
          <xsl:with-param name="kind" select="$kind"/>
          <xsl:with-param name="extra" select="substring('tp-standalone', 1, 13 * $standalone)"/>
          <xsl:with-param name="read">
            <xsl:choose>
              <xsl:when test="$kind = 'stage' or $kind = 'signature'"><xsl:apply-templates/></xsl:when>
              <xsl:when test="$standalone">
                <span class="tp-standalone-label"><xsl:call-template name="tp-intervention-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></span>
                <xsl:text> </xsl:text>
                <xsl:apply-templates/>
              </xsl:when>
              <xsl:otherwise>
                <span class="tp-mark">
                  <xsl:choose>
                    <xsl:when test="$kind = 'identification'">id.</xsl:when>
                    <xsl:when test="$kind = 'original-term'">orig.</xsl:when>
                    <xsl:when test="$kind = 'translator'">tr.</xsl:when>
                    <xsl:when test="$kind = 'stamp'">stamp</xsl:when>
                    <xsl:when test="$kind = 'handwritten'">hw.</xsl:when>
                    <xsl:when test="$kind = 'sic-note'">sic</xsl:when>
                    <xsl:otherwise>ed.</xsl:otherwise>
                  </xsl:choose>
                </span>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="tip">
            <xsl:call-template name="h-kind-label"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
            <xsl:if test="not($kind = 'stage' or $kind = 'signature' or $standalone)"><xsl:apply-templates/></xsl:if>
            <xsl:if test="$standalone">This note stands on its own line in the source.</xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:stamp">
    <xsl:call-template name="h-element"/>
  </xsl:template>

  <!-- ============================================================ footnotes -->

  <xsl:template name="h-footnote-marker">
    <xsl:variable name="id"><xsl:call-template name="tp-footnote-id"/></xsl:variable>
    <xsl:variable name="n"><xsl:call-template name="tp-footnote-number"/></xsl:variable>
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$inlink = 'yes'">
        <sup class="tp-fnref" id="fnref-{$id}"><xsl:value-of select="$n"/></sup>
      </xsl:when>
      <xsl:otherwise>
        <a class="tp-fnref" id="fnref-{$id}" href="#{$id}" role="doc-noteref">
          <sup>
            <span class="v-read"><xsl:value-of select="$n"/></span>
            <span class="v-dipl">
              <xsl:choose>
                <xsl:when test="@rend='bracket'">[<xsl:value-of select="$n"/>]</xsl:when>
                <xsl:when test="@rend='paren'">(<xsl:value-of select="$n"/>)</xsl:when>
                <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
              </xsl:choose>
            </span>
          </sup>
          <span class="tp-sr"> (note)</span>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the list of footnotes inside the context element (teiHeader excluded) -->
  <xsl:template name="h-footnotes">
    <xsl:variable name="notes" select="descendant-or-self::tei:note[not(parent::tei:app)][@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or @rend='inline' or @type='identification' or @type='original-term' or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten' or @type='signature' or @type='stage' or @type='source')][not(ancestor::tei:teiHeader)]"/>
    <xsl:if test="$notes">
      <!-- members of a teiCorpus each have their notes: only the page's root keeps the plain id -->
      <xsl:variable name="hid">tp-notes-h<xsl:if test="ancestor::*">-<xsl:value-of select="generate-id()"/></xsl:if></xsl:variable>
      <section class="tp-footnotes" aria-labelledby="{$hid}" role="doc-endnotes">
        <h2 id="{$hid}"><xsl:value-of select="$label-notes"/></h2>
        <ol class="tp-fnlist">
          <xsl:for-each select="$notes">
            <xsl:variable name="id"><xsl:call-template name="tp-footnote-id"/></xsl:variable>
            <xsl:variable name="n"><xsl:call-template name="tp-footnote-number"/></xsl:variable>
            <li id="{$id}">
              <xsl:attribute name="class">
                <xsl:text>tp-fn</xsl:text>
                <xsl:if test="@type"> tp-fn-<xsl:call-template name="h-class-token"><xsl:with-param name="s" select="@type"/></xsl:call-template></xsl:if>
              </xsl:attribute>
              <xsl:if test="normalize-space(@xml:lang) != ''"><xsl:attribute name="lang"><xsl:call-template name="h-bcp47"><xsl:with-param name="l" select="normalize-space(@xml:lang)"/></xsl:call-template></xsl:attribute></xsl:if>
              <a class="tp-fnback" href="#fnref-{$id}"><span class="tp-fnnum"><xsl:value-of select="$n"/></span><span class="tp-sr"> back to the text</span></a>
              <xsl:text> </xsl:text>
              <div class="tp-fnbody"><xsl:apply-templates/></div>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ header (generic, complete) -->

  <!-- mode h-header: any element -> div/span with class, no text lost -->
  <xsl:template match="*" mode="h-header">
    <xsl:variable name="inline" select="ancestor::*[text()[normalize-space()]] or ../text()[normalize-space()]"/>
    <xsl:element name="{substring('divspan', 1 + 3 * boolean($inline), 3 + boolean($inline))}">
      <xsl:attribute name="class">tei-<xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:attribute name="data-tei"><xsl:value-of select="local-name()"/></xsl:attribute>
      <xsl:if test="normalize-space(@xml:lang) != ''"><xsl:attribute name="lang"><xsl:call-template name="h-bcp47"><xsl:with-param name="l" select="normalize-space(@xml:lang)"/></xsl:call-template></xsl:attribute></xsl:if>
      <xsl:apply-templates mode="h-header"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="text()" mode="h-header"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="h-header"/>
  <xsl:template match="tei:lb" mode="h-header"><br/></xsl:template>

</xsl:stylesheet>
