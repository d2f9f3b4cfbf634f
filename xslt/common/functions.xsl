<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common functions (XSLT 1.0 + EXSLT), shared by xslt/html/ and xslt/print/.

  Everything here is output-format neutral: named templates and the mode "tp-printed"
  produce TEXT only (no HTML, no FO), so both the HTML and the XSL-FO stylesheets can use
  them.  Import this file (xsl:import) and override any template in the importing
  stylesheet.  Names are stable: do not rename, only add.

  Named templates (context node = any node inside the TEI document unless stated):
    tp-tei-root            (internal helper; see $tei param on the others)
    tp-doc-title           param tei   -> the document's own title (tp-doc-title-id), else its first head
    tp-doc-title-id        param tei   -> generate-id() of that title element in the titleStmt, or ''
                                          (main, else analytic level a, else complete/full, else the
                                          first not a series, collection or subtitle, else the first)
    tp-doc-language        param tei   -> the document's language, BCP 47 ('' if it declares none)
    tp-bcp47               param l     -> the language code in its shortest form ('deu' -> 'de')
    tp-doc-authors         param tei, roles ('author editor') -> the titleStmt's authors and
                                          editors, a name each (identifiers left out), '; ' between them
    tp-doc-subject         param tei   -> the abstract, else the subtitle ('' if neither)
    tp-map-url             context tei:geo -> its coordinates on the map service ($map-url), or ''
    tp-replace             params s, from, to -> s with every from replaced by to
    tp-text                context a text node -> it, without the source's indentation between a
                                          bracket and what it encloses or before closing punctuation
    tp-doc-date-iso        param tei   -> sortable ISO date of the document ('' if undated)
    tp-doc-year            param tei   -> four-digit year of the document or ''
    tp-display-date        param date  (a tei:date element) -> date as printed, else formatted @when
    tp-format-iso-date     param iso   ('1951-08-28' | '1951-08' | '1951') -> '28 August 1951'
    tp-record-id           param tei   -> publicationStmt/idno[@type='record'] (else TEI/@xml:id)
    tp-record-uri          param tei   -> publicationStmt/idno[@type='URI']
    tp-original-language   param tei   -> ident of the non-'en' language of langUsage ('' if none)
    tp-language-name       param ident -> name of an ISO 639 code in the interface language ('ru' -> 'Russian')
    tp-doc-type            param tei   -> document type: first div/@type (not 'document'), else a
                                          keyword from the title (telegram, letter, memorandum...)
    tp-block-id            context = a block element -> stable anchor id: @xml:id, else 'p' + n
                                          (n = xsl:number level="any" over tp blocks in tei:text;
                                          made unique by tp-unique-generated-id; '' outside tei:text)
    tp-nearest-block-id    context = any node -> tp-block-id of the nearest enclosing block
                                          ('' if the node is not inside tei:text)
    tp-is-footnote         param note (default .) -> 'yes' if the note is rendered as a numbered
                                          foot/end note (not an inline bracket note)
    tp-footnote-number     context = footnote note -> printed marker (@n, else ordinal)
    tp-footnote-id         context = footnote note -> stable id (@xml:id, else 'fn' + ordinal)
    tp-intervention-kind   context = element -> a class-safe kind name ('pseudonym', 'supplied', ...)
                                          or '' when the element is not an editorial intervention
    tp-intervention-label  param kind -> explanation of the kind in the interface language ('Pseudonym', ...)
    tp-printed             context = an intervention -> the text as the source printed it,
                                          e.g. 'FILIPPOV [Stalin]', '[an indication]', '[…]'
                                          (apply-templates mode="tp-printed" does the same
                                          for any node: text with brackets regenerated)
    tp-words-of-name       param s     -> a name of the encoding as words ('writingSession' ->
                                          'writing session')
    tp-repository-name     param ref ('#APRF'), param authority (node-set of authority TEI roots)
                                          -> full archive name, else the abbreviation

  "Block" elements (get an anchor id; mentions in persons/places/orgs pages link to them):
    p ab head l item dateline salute signed addrLine trailer byline docAuthor
    seg[parent::opener]  note[footnote] is NOT a block (own id, see tp-footnote-id)
  all only when inside tei:text.  The same pattern is written out twice below
  (xsl:number count= and the ancestor test); keep the two in sync.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:exsl="http://exslt.org/common"
  extension-element-prefixes="exsl"
  exclude-result-prefixes="tei exsl">

  <!-- the labels, in the interface language (labels.xsl, i18n.xml) -->
  <xsl:import href="labels.xsl"/>

  <!-- ================================================================ document-level facts -->

  <xsl:template name="tp-doc-title">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="ts" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="id"><xsl:call-template name="tp-doc-title-id"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$id != ''"><xsl:value-of select="normalize-space($ts/tei:title[generate-id() = $id])"/></xsl:when>
      <xsl:when test="$tei//tei:text//tei:head[normalize-space()]">
        <xsl:value-of select="normalize-space(($tei//tei:text//tei:head[normalize-space()])[1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$label-untitled"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- generate-id() of the document's own title in its titleStmt ('' when it has none): the main
       title, else the analytic one (a letter's in a series of letters), else the complete one,
       else the first that is not the title of a series, a collection or a part of the title -->
  <xsl:template name="tp-doc-title-id">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[normalize-space()]"/>
    <xsl:variable name="own" select="$titles[not(@level='s' or @level='j')]
        [not(contains(' series subseries collection sub subtitle short alt abbreviated iso-date date desc ', concat(' ', normalize-space(@type), ' ')))]"/>
    <xsl:choose>
      <xsl:when test="$titles[@type='main']"><xsl:value-of select="generate-id($titles[@type='main'][1])"/></xsl:when>
      <xsl:when test="$titles[@level='a']"><xsl:value-of select="generate-id($titles[@level='a'][1])"/></xsl:when>
      <xsl:when test="$titles[@type='complete' or @type='full']"><xsl:value-of select="generate-id($titles[@type='complete' or @type='full'][1])"/></xsl:when>
      <xsl:when test="$own"><xsl:value-of select="generate-id($own[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="generate-id($titles[1])"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the document's language as a BCP 47 tag ('de', 'ru', 'grc'): the TEI's xml:lang, else its
       text's, else the first language of langUsage; '' when it says none -->
  <xsl:template name="tp-doc-language">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="declared" select="normalize-space(($tei/@xml:lang | $tei/tei:text/@xml:lang
                                          | $tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language[1]/@ident)[1])"/>
    <xsl:if test="$declared != ''"><xsl:call-template name="tp-bcp47"><xsl:with-param name="l" select="$declared"/></xsl:call-template></xsl:if>
  </xsl:template>

  <!-- BCP 47 wants the shortest subtag: ISO 639-2 codes that have a 639-1 form are mapped -->
  <xsl:template name="tp-bcp47">
    <xsl:param name="l"/>
    <xsl:variable name="p" select="substring-before(concat($l, '-'), '-')"/>
    <xsl:variable name="rest" select="substring-after($l, $p)"/>
    <xsl:variable name="m" select="substring-before(substring-after('|deu=de|ger=de|eng=en|lat=la|pol=pl|fra=fr|fre=fr|rus=ru|ita=it|spa=es|zho=zh|chi=zh|ces=cs|cze=cs|hun=hu|nld=nl|dut=nl|por=pt|ell=el|gre=el|heb=he|ara=ar|jpn=ja|kor=ko|swe=sv|dan=da|fin=fi|ukr=uk|bul=bg|ron=ro|rum=ro|slk=sk|slo=sk|hrv=hr|srp=sr|slv=sl|tur=tr|', concat('|', $p, '=')), '|')"/>
    <xsl:choose>
      <xsl:when test="$m != ''"><xsl:value-of select="concat($m, $rest)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$l"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- the names of the titleStmt's authors and editors, '; ' between them: persName or name
       where the author has one, else the author's text without identifiers and addresses -->
  <xsl:template name="tp-doc-authors">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <!-- which of the titleStmt's people: 'author editor', 'author' or 'editor' -->
    <xsl:param name="roles" select="'author editor'"/>
    <!-- every person of an author or editor is a name of its own: an editor element may hold
         several persName (Schnitzler's letters), an author its identifiers (DraCor) -->
    <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/*[self::tei:author or self::tei:editor]
                          [contains(concat(' ', $roles, ' '), concat(' ', local-name(), ' '))][normalize-space()]
                          /*[self::tei:persName or self::tei:name or self::tei:orgName][normalize-space()]
                          | $tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/*[self::tei:author or self::tei:editor]
                          [contains(concat(' ', $roles, ' '), concat(' ', local-name(), ' '))][normalize-space()]
                          [not(tei:persName[normalize-space()] or tei:name[normalize-space()] or tei:orgName[normalize-space()])]">
      <xsl:if test="position() &gt; 1">; </xsl:if>
      <xsl:for-each select=".//text()[not(ancestor::tei:idno or ancestor::tei:email or ancestor::tei:note
                            or ancestor::tei:affiliation or ancestor::tei:address)][normalize-space()]">
        <xsl:if test="position() &gt; 1"><xsl:text> </xsl:text></xsl:if><xsl:value-of select="normalize-space()"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- what the document is about, in a sentence or two: its abstract, else its subtitle -->
  <xsl:template name="tp-doc-subject">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="abstract" select="normalize-space($tei/tei:teiHeader/tei:profileDesc/tei:abstract)"/>
    <xsl:choose>
      <xsl:when test="$abstract != ''"><xsl:value-of select="$abstract"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type='sub' or @type='subtitle'][1])"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- context tei:geo: the map service's URL for its coordinates ("lat long", "lat,long"; a comma
       may be the decimal mark), from $map-url with LAT and LON replaced; '' when it holds no two
       numbers -->
  <xsl:template name="tp-map-url">
    <xsl:variable name="geo" select="normalize-space(.)"/>
    <xsl:variable name="lat" select="translate(substring-before(concat($geo, ' '), ' '), ',', '.')"/>
    <xsl:variable name="lon" select="translate(substring-before(concat(substring-after($geo, ' '), ' '), ' '), ',', '.')"/>
    <xsl:if test="number($lat) = number($lat) and number($lon) = number($lon) and contains($map-url, 'LAT') and contains($map-url, 'LON')">
      <xsl:variable name="with-lat">
        <xsl:call-template name="tp-replace"><xsl:with-param name="s" select="$map-url"/><xsl:with-param name="from" select="'LAT'"/><xsl:with-param name="to" select="$lat"/></xsl:call-template>
      </xsl:variable>
      <xsl:call-template name="tp-replace"><xsl:with-param name="s" select="$with-lat"/><xsl:with-param name="from" select="'LON'"/><xsl:with-param name="to" select="$lon"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- $s with every $from replaced by $to -->
  <xsl:template name="tp-replace">
    <xsl:param name="s"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$from != '' and contains($s, $from)">
        <xsl:value-of select="concat(substring-before($s, $from), $to)"/>
        <xsl:call-template name="tp-replace">
          <xsl:with-param name="s" select="substring-after($s, $from)"/><xsl:with-param name="from" select="$from"/><xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-doc-date-iso">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="d" select="($tei/tei:teiHeader/tei:profileDesc/tei:creation//tei:date
                                   | $tei/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type='sent']/tei:date)[1]"/>
    <xsl:choose>
      <xsl:when test="$d/@when"><xsl:value-of select="$d/@when"/></xsl:when>
      <xsl:when test="$d/@notBefore"><xsl:value-of select="$d/@notBefore"/></xsl:when>
      <xsl:when test="$d/@from"><xsl:value-of select="$d/@from"/></xsl:when>
      <xsl:when test="$d/@notAfter"><xsl:value-of select="$d/@notAfter"/></xsl:when>
      <xsl:when test="$d/@to"><xsl:value-of select="$d/@to"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-doc-year">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="iso">
      <xsl:call-template name="tp-doc-date-iso"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
    </xsl:variable>
    <xsl:if test="string-length($iso) &gt;= 4 and translate(substring($iso,1,4),'0123456789','') = ''">
      <xsl:value-of select="substring($iso,1,4)"/>
    </xsl:if>
  </xsl:template>

  <!-- the date of a tei:date element as printed, else formatted from @when/@notBefore/@notAfter -->
  <xsl:template name="tp-display-date">
    <xsl:param name="date" select="."/>
    <xsl:choose>
      <xsl:when test="normalize-space($date)"><xsl:value-of select="normalize-space($date)"/></xsl:when>
      <xsl:when test="$date/@when">
        <xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$date/@when"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$date/@notBefore or $date/@notAfter">
        <xsl:if test="$date/@notBefore">
          <xsl:call-template name="tp-fill">
            <xsl:with-param name="text" select="$label-not-before"/>
            <xsl:with-param name="n"><xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$date/@notBefore"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$date/@notBefore and $date/@notAfter">, </xsl:if>
        <xsl:if test="$date/@notAfter">
          <xsl:call-template name="tp-fill">
            <xsl:with-param name="text" select="$label-not-after"/>
            <xsl:with-param name="n"><xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$date/@notAfter"/></xsl:call-template></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$date/@from or $date/@to">
        <xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$date/@from"/></xsl:call-template>
        <xsl:text>–</xsl:text>
        <xsl:call-template name="tp-format-iso-date"><xsl:with-param name="iso" select="$date/@to"/></xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- the name of month $m (1-12) in the interface language; $form 'of' is the form of a full
       date (the genitive in Russian: 28 августа 1951) -->
  <xsl:template name="tp-month-name">
    <xsl:param name="m"/>
    <xsl:param name="form" select="''"/>
    <xsl:variable name="n" select="number($m)"/>
    <xsl:if test="$n &gt;= 1 and $n &lt;= 12 and $n = floor($n)">
      <xsl:call-template name="tp-i18n">
        <xsl:with-param name="key" select="concat('month-', substring('of-', 1, 3 * ($form = 'of')), $n)"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- '1951-08-28' -> '28 August 1951'; '1951-08' -> 'August 1951'; '1951' -> '1951'; other -> as is -->
  <xsl:template name="tp-format-iso-date">
    <xsl:param name="iso"/>
    <xsl:variable name="y" select="substring($iso,1,4)"/>
    <xsl:variable name="m" select="substring($iso,6,2)"/>
    <xsl:variable name="d" select="substring($iso,9,2)"/>
    <xsl:variable name="mn"><xsl:call-template name="tp-month-name"><xsl:with-param name="m" select="$m"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="string-length($iso) = 10 and $mn != '' and number($d) = number($d)">
        <xsl:call-template name="tp-fill">
          <xsl:with-param name="text" select="$label-date-day-month-year"/>
          <xsl:with-param name="d" select="number($d)"/>
          <xsl:with-param name="m"><xsl:call-template name="tp-month-name"><xsl:with-param name="m" select="$m"/><xsl:with-param name="form" select="'of'"/></xsl:call-template></xsl:with-param>
          <xsl:with-param name="y" select="$y"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="string-length($iso) = 7 and $mn != ''">
        <xsl:call-template name="tp-fill">
          <xsl:with-param name="text" select="$label-date-month-year"/>
          <xsl:with-param name="m" select="$mn"/>
          <xsl:with-param name="y" select="$y"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$iso"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-record-id">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="idno" select="$tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='record']"/>
    <xsl:choose>
      <xsl:when test="$idno"><xsl:value-of select="normalize-space($idno[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$tei/@xml:id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-record-uri">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:value-of select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='URI'][1])"/>
  </xsl:template>

  <xsl:template name="tp-original-language">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="lu" select="$tei/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:choose>
      <xsl:when test="$lu[contains(., 'original')]"><xsl:value-of select="$lu[contains(., 'original')][1]/@ident"/></xsl:when>
      <xsl:when test="$lu[@ident != 'en']"><xsl:value-of select="$lu[@ident != 'en'][1]/@ident"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- the name of a language (ISO 639-1 or -2 code) in the interface language; the code itself
       for a language i18n.xml does not name -->
  <xsl:template name="tp-language-name">
    <xsl:param name="ident"/>
    <xsl:variable name="i" select="translate(substring-before(concat($ident,'-'),'-'),'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"/>
    <!-- ISO 639-2 codes as their 639-1 equivalents -->
    <xsl:variable name="code">
      <xsl:choose>
        <xsl:when test="$i='eng'">en</xsl:when><xsl:when test="$i='deu' or $i='ger'">de</xsl:when>
        <xsl:when test="$i='rus'">ru</xsl:when><xsl:when test="$i='fra' or $i='fre'">fr</xsl:when>
        <xsl:when test="$i='zho' or $i='chi'">zh</xsl:when><xsl:when test="$i='lat'">la</xsl:when>
        <xsl:when test="$i='ita'">it</xsl:when><xsl:when test="$i='kor'">ko</xsl:when>
        <xsl:when test="$i='nb'">no</xsl:when>
        <xsl:otherwise><xsl:value-of select="$i"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="known">
      <xsl:call-template name="tp-i18n-has"><xsl:with-param name="key" select="concat('language-', $code)"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$known = 'true'">
        <xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="concat('language-', $code)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$ident"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- document type: first div/@type other than 'document'/'footnotes', else a title keyword -->
  <xsl:template name="tp-doc-type">
    <xsl:param name="tei" select="(ancestor-or-self::tei:TEI | descendant-or-self::tei:TEI)[1]"/>
    <xsl:variable name="dt" select="($tei/tei:text/tei:body//tei:div[@type and not(@type='document' or @type='footnotes' or @type='section' or @type='item')])[1]/@type"/>
    <xsl:variable name="t">
      <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="lt" select="translate($t,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="contains($lt,'telegram') or contains($lt,'cable') or contains($lt,'ciphered')">telegram</xsl:when>
      <xsl:when test="contains($lt,'conversation') or contains($lt,'record of') or contains($lt,'minutes')">conversation</xsl:when>
      <xsl:when test="contains($lt,'memorandum') or contains($lt,'memo ')">memorandum</xsl:when>
      <xsl:when test="contains($lt,'decision') or contains($lt,'resolution') or contains($lt,'protocol')">decision</xsl:when>
      <xsl:when test="contains($lt,'letter')">letter</xsl:when>
      <xsl:when test="contains($lt,'report')">report</xsl:when>
      <xsl:when test="contains($lt,'diary') or contains($lt,'journal')">diary</xsl:when>
      <xsl:when test="contains($lt,'speech') or contains($lt,'remarks')">speech</xsl:when>
      <xsl:when test="$dt"><xsl:value-of select="$dt"/></xsl:when>
      <xsl:otherwise>document</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a name of the encoding as words for a reader: 'writingSession' -> 'writing session' -->
  <xsl:template name="tp-words-of-name">
    <xsl:param name="s"/>
    <xsl:param name="previous" select="''"/>
    <xsl:if test="$s != ''">
      <xsl:variable name="c" select="substring($s, 1, 1)"/>
      <xsl:variable name="lower" select="translate($c, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
      <xsl:if test="$lower != $c and $previous != '' and translate($previous, 'abcdefghijklmnopqrstuvwxyz', '') = ''"><xsl:text> </xsl:text></xsl:if>
      <xsl:choose>
        <xsl:when test="$c = '_' or $c = '-'"><xsl:text> </xsl:text></xsl:when>
        <xsl:otherwise><xsl:value-of select="$lower"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="tp-words-of-name">
        <xsl:with-param name="s" select="substring($s, 2)"/>
        <xsl:with-param name="previous" select="$c"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- a document type (tp-doc-type, floatingText/@type) in the interface language; a type of
       the document's own vocabulary as it is -->
  <xsl:template name="tp-type-name">
    <xsl:param name="type"/>
    <xsl:choose>
      <xsl:when test="$type = 'telegram' or $type = 'conversation' or $type = 'memorandum' or $type = 'decision'
                      or $type = 'letter' or $type = 'report' or $type = 'diary' or $type = 'speech' or $type = 'document'">
        <xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="concat('type-', $type)"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="tp-words-of-name"><xsl:with-param name="s" select="$type"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-repository-name">
    <xsl:param name="ref"/>
    <xsl:param name="authority" select="/.."/>
    <xsl:variable name="id" select="substring-after($ref,'#')"/>
    <xsl:variable name="org" select="$authority/descendant::tei:org[@xml:id = $id]"/>
    <xsl:choose>
      <xsl:when test="$org/tei:orgName[@type='full']"><xsl:value-of select="normalize-space($org/tei:orgName[@type='full'][1])"/></xsl:when>
      <xsl:when test="$org/tei:orgName"><xsl:value-of select="normalize-space($org/tei:orgName[1])"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$id"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ text nodes -->

  <!-- A text node as the editions print it: the source's indentation is dropped where it stands
       between a bracket and what it encloses, or before closing punctuation, so that
       "(\n  <persName>Steere</persName>\n)" and "<placeName>New Delhi</placeName>\n  , July"
       read "(Steere)" and "New Delhi, July".  Only white space with a line break in it is dropped
       (what the encoder typed stays); everything else is the text as it is. -->
  <xsl:template name="tp-text">
    <xsl:choose>
      <!-- most text nodes: no line break, or none at either end -->
      <xsl:when test="not(contains(., '&#10;')) or normalize-space(substring(., 1, 1)) != '' and normalize-space(substring(., string-length(.))) != ''">
        <xsl:value-of select="."/>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="tp-text-edges"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="tp-text-edges">
    <!-- the first and last characters that are not white space (indentation is short: the ends
         of the node are enough) -->
    <xsl:variable name="head" select="normalize-space(substring(., 1, 64))"/>
    <xsl:variable name="tail" select="normalize-space(substring(., string-length(.) - 63))"/>
    <xsl:choose>
      <!-- indentation between two nodes: as it is -->
      <xsl:when test="$head = '' and string-length(.) &lt;= 64 and preceding-sibling::node() and following-sibling::node()">
        <xsl:value-of select="."/>
      </xsl:when>
      <xsl:when test="$head = '' and string-length(.) &lt;= 64">
        <!-- indentation alone: dropped at the edge of an element that a bracket or punctuation encloses -->
        <xsl:variable name="before" select="normalize-space(../preceding-sibling::node()[1][self::text()])"/>
        <xsl:variable name="after" select="normalize-space(../following-sibling::node()[1][self::text()])"/>
        <xsl:if test="not(not(preceding-sibling::node()) and contains('([{“‘«„', substring($before, string-length($before))) and $before != ''
                      or not(following-sibling::node()) and contains(',.;:!?)]}”’»', substring($after, 1, 1)) and $after != '')">
          <xsl:value-of select="."/>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="first" select="substring($head, 1, 1)"/>
        <xsl:variable name="last" select="substring($tail, string-length($tail))"/>
        <!-- before closing punctuation that follows an element -->
        <xsl:variable name="text">
          <xsl:choose>
            <xsl:when test="$first != '' and contains(',.;:!?)]}”’»', $first) and substring(., 1, 1) != $first and preceding-sibling::node()
                            and contains(substring-before(., $first), '&#10;')">
              <xsl:value-of select="concat($first, substring-after(., $first))"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <!-- after an opening bracket that an element follows -->
          <xsl:when test="$last != '' and contains('([{“‘«„', $last) and following-sibling::node() and substring($text, string-length($text)) != $last">
            <xsl:call-template name="tp-trim-end"><xsl:with-param name="s" select="$text"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <!-- $s without the white space at its end, when that has a line break in it -->
  <xsl:template name="tp-trim-end">
    <xsl:param name="s"/>
    <xsl:param name="original" select="$s"/>
    <xsl:param name="broke" select="false()"/>
    <xsl:variable name="c" select="substring($s, string-length($s))"/>
    <xsl:choose>
      <xsl:when test="$s != '' and normalize-space($c) = ''">
        <xsl:call-template name="tp-trim-end">
          <xsl:with-param name="s" select="substring($s, 1, string-length($s) - 1)"/>
          <xsl:with-param name="original" select="$original"/>
          <xsl:with-param name="broke" select="$broke or $c = '&#10;'"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$broke"><xsl:value-of select="$s"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$original"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ anchors -->

  <!-- Block and footnote ordinals are computed once, in one pass over the input document
       (xsl:number level="any" per block is quadratic: minutes on a FRUS volume), and looked
       up by generate-id().  Ordinals restart in every tei:TEI.  Nodes of other documents
       (document()) fall back to xsl:number. -->
  <xsl:key name="tp-ordinal" match="tp-b | tp-f" use="@g"/>
  <xsl:variable name="tp-ordinals-rtf">
    <xsl:for-each select="//tei:TEI">
      <xsl:for-each select=".//tei:text//*[self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item
           or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer
           or self::tei:byline or self::tei:docAuthor or self::tei:seg[parent::tei:opener]]">
        <tp-b g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
      <xsl:for-each select=".//tei:note[not(ancestor::tei:teiHeader)][not(parent::tei:app)][@place='foot' or @place='bottom' or @place='end' or @place='endnote'
                      or not(@place='inline' or @rend='inline' or @type='identification' or @type='original-term'
                      or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten'
                      or @type='signature' or @type='stage' or @type='source')]">
        <tp-f g="{generate-id()}" n="{position()}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="tp-ordinals" select="exsl:node-set($tp-ordinals-rtf)"/>

  <xsl:template name="tp-ordinal-lookup">
    <xsl:param name="g"/>
    <xsl:for-each select="$tp-ordinals"><xsl:value-of select="key('tp-ordinal', $g)/@n"/></xsl:for-each>
  </xsl:template>

  <xsl:template name="tp-block-id">
    <xsl:variable name="own"><xsl:call-template name="tp-own-xml-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
      <!-- outside tei:text (a fragment without a TEI root) nothing links here: no id, so none repeats -->
      <xsl:when test="not(ancestor::tei:text)"/>
      <xsl:otherwise>
        <xsl:variable name="n">
          <xsl:call-template name="tp-ordinal-lookup"><xsl:with-param name="g" select="generate-id()"/></xsl:call-template>
        </xsl:variable>
        <xsl:variable name="ordinal">
          <xsl:choose>
            <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
            <xsl:otherwise>
              <xsl:number level="any" from="tei:TEI"
                count="tei:p[ancestor::tei:text] | tei:ab[ancestor::tei:text] | tei:head[ancestor::tei:text]
                     | tei:l[ancestor::tei:text] | tei:item[ancestor::tei:text] | tei:dateline[ancestor::tei:text]
                     | tei:salute[ancestor::tei:text] | tei:signed[ancestor::tei:text] | tei:addrLine[ancestor::tei:text]
                     | tei:trailer[ancestor::tei:text] | tei:byline[ancestor::tei:text] | tei:docAuthor[ancestor::tei:text]
                     | tei:seg[parent::tei:opener][ancestor::tei:text]"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="tp-unique-generated-id"><xsl:with-param name="base" select="concat('p', $ordinal)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Generated ids must not repeat on a page (HTML ids are unique) although ordinals restart in
       every TEI of a teiCorpus and foreign TEI may already use ids like "p1" or "fn2": members
       after the first get a "dN-" prefix, and a "tp-" prefix avoids an @xml:id of the same page. -->
  <xsl:key name="tp-xml-id" match="*[@xml:id]" use="@xml:id"/>

  <!-- @xml:id, unless an earlier element of the same page already has it (legacy TEI repeats
       ids; an HTML id may not repeat): then '' and the caller generates one or writes none -->
  <xsl:template name="tp-own-xml-id">
    <xsl:if test="@xml:id">
      <xsl:variable name="page" select="generate-id((ancestor-or-self::tei:TEI | ancestor-or-self::tei:teiCorpus)[1])"/>
      <xsl:variable name="first" select="key('tp-xml-id', @xml:id)[generate-id((ancestor-or-self::tei:TEI | ancestor-or-self::tei:teiCorpus)[1]) = $page][1]"/>
      <xsl:if test="count($first | .) = 1"><xsl:value-of select="@xml:id"/></xsl:if>
    </xsl:if>
  </xsl:template>
  <xsl:template name="tp-unique-generated-id">
    <xsl:param name="base"/>
    <xsl:variable name="member" select="ancestor::tei:TEI[1][parent::tei:teiCorpus]"/>
    <xsl:variable name="candidate">
      <xsl:if test="$member">d<xsl:value-of select="count($member/preceding-sibling::tei:TEI) + 1"/>-</xsl:if>
      <xsl:value-of select="$base"/>
    </xsl:variable>
    <xsl:variable name="page" select="generate-id((ancestor-or-self::tei:TEI | ancestor-or-self::tei:teiCorpus)[1])"/>
    <xsl:if test="key('tp-xml-id', $candidate)[generate-id((ancestor-or-self::tei:TEI | ancestor-or-self::tei:teiCorpus)[1]) = $page]">tp-</xsl:if>
    <xsl:value-of select="$candidate"/>
  </xsl:template>

  <xsl:template name="tp-nearest-block-id">
    <xsl:variable name="b" select="ancestor-or-self::*[ancestor::tei:text]
        [self::tei:p or self::tei:ab or self::tei:head or self::tei:l or self::tei:item or self::tei:dateline
         or self::tei:salute or self::tei:signed or self::tei:addrLine or self::tei:trailer or self::tei:byline
         or self::tei:docAuthor or self::tei:seg[parent::tei:opener]][1]"/>
    <xsl:for-each select="$b"><xsl:call-template name="tp-block-id"/></xsl:for-each>
  </xsl:template>

  <!-- ================================================================ notes -->

  <!-- inline bracket notes of the teipress contract (and @place='inline'); everything else is a footnote -->
  <xsl:template name="tp-is-footnote">
    <xsl:param name="note" select="."/>
    <xsl:for-each select="$note">
      <xsl:choose>
        <xsl:when test="not(self::tei:note)">no</xsl:when>
        <!-- part of an apparatus entry -->
        <xsl:when test="parent::tei:app">no</xsl:when>
        <xsl:when test="@place='foot' or @place='bottom' or @place='end' or @place='endnote'">yes</xsl:when>
        <xsl:when test="@place='inline' or @rend='inline' or @type='identification' or @type='original-term'
             or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten'
             or @type='signature' or @type='stage' or @type='source'">no</xsl:when>
        <xsl:otherwise>yes</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- ordinal of a footnote among the footnotes of its TEI document (libxslt: linear per call) -->
  <xsl:template name="tp-footnote-ordinal">
    <xsl:variable name="n">
      <xsl:call-template name="tp-ordinal-lookup"><xsl:with-param name="g" select="generate-id()"/></xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$n != ''"><xsl:value-of select="$n"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tp-footnote-ordinal-slow"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template name="tp-footnote-ordinal-slow">
    <xsl:number level="any" from="tei:TEI"
      count="tei:note[not(parent::tei:app)][@place='foot' or @place='bottom' or @place='end' or @place='endnote'
                      or not(@place='inline' or @rend='inline' or @type='identification' or @type='original-term'
                      or @type='editorial' or @type='translator' or @type='sic' or @type='stamp' or @type='handwritten'
                      or @type='signature' or @type='stage' or @type='source')][not(ancestor::tei:teiHeader)]"/>
  </xsl:template>

  <xsl:template name="tp-footnote-number">
    <xsl:choose>
      <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="tp-footnote-ordinal"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-footnote-id">
    <xsl:variable name="own"><xsl:call-template name="tp-own-xml-id"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$own != ''"><xsl:value-of select="$own"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="ordinal"><xsl:call-template name="tp-footnote-ordinal"/></xsl:variable>
        <xsl:call-template name="tp-unique-generated-id"><xsl:with-param name="base" select="concat('fn', $ordinal)"/></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ interventions -->

  <!-- kind of an editorial intervention ('' = not one) -->
  <xsl:template name="tp-intervention-kind">
    <xsl:choose>
      <xsl:when test="self::tei:choice[tei:reg[@type='identity']]">pseudonym</xsl:when>
      <xsl:when test="self::tei:choice[tei:reg[@type='romanization']]">romanization</xsl:when>
      <xsl:when test="self::tei:choice[tei:abbr or tei:expan]">expansion</xsl:when>
      <xsl:when test="self::tei:choice[tei:sic or tei:corr]">correction</xsl:when>
      <xsl:when test="self::tei:choice">regularization</xsl:when>
      <xsl:when test="self::tei:supplied">supplied</xsl:when>
      <xsl:when test="self::tei:gap[@reason='redacted']">redaction</xsl:when>
      <xsl:when test="self::tei:gap[@reason='illegible']">illegible</xsl:when>
      <xsl:when test="self::tei:gap">omission</xsl:when>
      <xsl:when test="self::tei:sic">sic</xsl:when>
      <xsl:when test="self::tei:unclear">uncertain</xsl:when>
      <xsl:when test="self::tei:incident">stage</xsl:when>
      <xsl:when test="self::tei:note[@type='identification']">identification</xsl:when>
      <xsl:when test="self::tei:note[@type='original-term']">original-term</xsl:when>
      <xsl:when test="self::tei:note[@type='editorial' and @subtype='unclassified']">unclassified</xsl:when>
      <xsl:when test="self::tei:note[@type='editorial']">editorial</xsl:when>
      <xsl:when test="self::tei:note[@type='translator']">translator</xsl:when>
      <xsl:when test="self::tei:note[@type='sic']">sic-note</xsl:when>
      <xsl:when test="self::tei:note[@type='stamp']">stamp</xsl:when>
      <xsl:when test="self::tei:note[@type='handwritten']">handwritten</xsl:when>
      <xsl:when test="self::tei:note[@type='signature']">signature</xsl:when>
      <xsl:when test="self::tei:note[@type='stage']">stage</xsl:when>
      <xsl:when test="self::tei:note">note</xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tp-intervention-label">
    <xsl:param name="kind"/>
    <xsl:variable name="key">
      <xsl:choose>
        <xsl:when test="$kind='unclassified'">kind-editorial</xsl:when>
        <xsl:when test="$kind='pseudonym' or $kind='romanization' or $kind='expansion' or $kind='correction'
                        or $kind='regularization' or $kind='supplied' or $kind='redaction' or $kind='illegible'
                        or $kind='omission' or $kind='sic' or $kind='uncertain' or $kind='stage' or $kind='identification'
                        or $kind='original-term' or $kind='editorial' or $kind='translator' or $kind='sic-note'
                        or $kind='stamp' or $kind='handwritten' or $kind='signature'"><xsl:value-of select="concat('kind-', $kind)"/></xsl:when>
        <xsl:otherwise>kind-note</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="$key"/></xsl:call-template>
  </xsl:template>

  <!-- ================================================================ printed form (text only) -->

  <xsl:template name="tp-printed">
    <xsl:apply-templates select="." mode="tp-printed"/>
  </xsl:template>

  <!-- a space before a bracket unless glued or the preceding text already ends in white space -->
  <xsl:template name="tp-bracket-space">
    <xsl:variable name="prev" select="preceding-sibling::node()[1]"/>
    <xsl:if test="not(@rend='glued') and $prev and not($prev/self::text() and
                  translate(substring($prev, string-length($prev)), ' &#9;&#10;&#13;', '') = '')">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()" mode="tp-printed"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="*" mode="tp-printed"><xsl:apply-templates mode="tp-printed"/></xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="tp-printed"/>
  <xsl:template match="tei:lb" mode="tp-printed"><xsl:text> </xsl:text></xsl:template>

  <xsl:template match="tei:choice" mode="tp-printed">
    <xsl:variable name="first" select="(tei:orig | tei:abbr | tei:sic)[1]"/>
    <xsl:variable name="second" select="(tei:reg | tei:expan | tei:corr)[1]"/>
    <xsl:choose>
      <xsl:when test="$first and $second">
        <xsl:apply-templates select="$first" mode="tp-printed"/>
        <xsl:text> [</xsl:text>
        <xsl:apply-templates select="$second" mode="tp-printed"/>
        <xsl:if test="$second/@resp='#translator'">—trans.</xsl:if>
        <xsl:text>]</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="*[1]" mode="tp-printed"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:supplied" mode="tp-printed">
    <xsl:text>[</xsl:text><xsl:apply-templates mode="tp-printed"/><xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:gap" mode="tp-printed">
    <xsl:call-template name="tp-bracket-space"/>
    <xsl:text>[</xsl:text>
    <xsl:choose>
      <xsl:when test="tei:desc"><xsl:apply-templates select="tei:desc" mode="tp-printed"/></xsl:when>
      <xsl:when test="@rend and @rend != 'glued'"><xsl:value-of select="@rend"/></xsl:when>
      <xsl:otherwise>…</xsl:otherwise>
    </xsl:choose>
    <xsl:text>]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:sic[not(parent::tei:choice)]" mode="tp-printed">
    <xsl:apply-templates mode="tp-printed"/>
    <xsl:if test="not(following-sibling::*[1][self::tei:note[@type='sic']])"><xsl:text> [sic]</xsl:text></xsl:if>
  </xsl:template>

  <xsl:template match="tei:unclear" mode="tp-printed">
    <xsl:apply-templates mode="tp-printed"/><xsl:text> [?]</xsl:text>
  </xsl:template>

  <xsl:template match="tei:incident" mode="tp-printed">
    <xsl:call-template name="tp-bracket-space"/>
    <xsl:text>[</xsl:text><xsl:apply-templates mode="tp-printed"/><xsl:text>]</xsl:text>
  </xsl:template>

  <!-- inline bracket notes: [text]; footnotes: the marker only ([1], (1) or 1) -->
  <xsl:template match="tei:note" mode="tp-printed">
    <xsl:variable name="fn"><xsl:call-template name="tp-is-footnote"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$fn = 'yes'">
        <xsl:variable name="n"><xsl:call-template name="tp-footnote-number"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="@rend='bracket'">[<xsl:value-of select="$n"/>]</xsl:when>
          <xsl:when test="@rend='paren'">(<xsl:value-of select="$n"/>)</xsl:when>
          <xsl:otherwise><xsl:value-of select="$n"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tp-bracket-space"/>
        <xsl:text>[</xsl:text>
        <xsl:apply-templates mode="tp-printed"/>
        <xsl:text>]</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
