<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: one TEI document -> one complete HTML5 page.

  Entry point: the document root (TEI, teiCorpus, or any XML: unknown roots are rendered
  with the generic fallback, no text is lost).
  Parameters:
    css-href          (default 'edition.css')
    js-href           (default 'edition.js')
    index-href        (default 'index.html')
    search-index-href (default 'search-index.js'; not loaded on document pages)
    persons-href / places-href / orgs-href (default persons.html / places.html / orgs.html)
    authority-files   space-separated URIs of the authority TEI files (persons.xml places.xml
                      orgs.xml archives.xml); relative URIs resolve against the input document;
                      empty = work without (no name tooltips, archive abbreviations shown as such)
    edition-title     site name in the header (default: label-edition-default-title)
    language          the interface language (html/@lang, labels); the document's own
                      xml:lang marks its text
    (all of them in params.xsl; the labels in ../common/labels.xsl)

  Views: the reading text is written once; every editorial intervention carries both its
  reading form (.v-read) and its printed form (.v-dipl, e.g. "FILIPPOV [Stalin]").  Two radio
  inputs (#tp-view-read / #tp-view-dipl, first children of main) switch the views with CSS
  only; edition.js remembers the choice.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:str="http://exslt.org/strings"
  exclude-result-prefixes="tei str">

  <xsl:import href="text.xsl"/>
  <xsl:import href="page.xsl"/>

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="tei" select="(/tei:TEI | /tei:teiCorpus/tei:TEI | /*//tei:TEI)[1]"/>
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="/tei:TEI or /tei:teiCorpus">
          <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="/*"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$tei"><xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="normalize-space((//*[local-name()='title'][normalize-space()])[1])"/>
          <xsl:if test="not(//*[local-name()='title'][normalize-space()])"><xsl:value-of select="$label-document"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="lang">
      <xsl:choose>
        <xsl:when test="normalize-space(/*/@xml:lang) != ''"><xsl:call-template name="h-bcp47"><xsl:with-param name="l" select="normalize-space(/*/@xml:lang)"/></xsl:call-template></xsl:when>
        <xsl:otherwise>en</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="h-doctype"/>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="h-lang"/></xsl:attribute>
      <xsl:call-template name="h-head">
        <xsl:with-param name="title">
          <xsl:value-of select="$title"/>
          <xsl:if test="normalize-space($edition-title) != ''"><xsl:value-of select="concat(' · ', normalize-space($edition-title))"/></xsl:if>
        </xsl:with-param>
        <xsl:with-param name="page" select="'document'"/>
        <xsl:with-param name="description" select="(/tei:TEI/tei:teiHeader/tei:profileDesc/tei:abstract)[1]"/>
      </xsl:call-template>
      <body class="tp-page tp-page-document">
        <xsl:call-template name="h-script-labels"/>
        <xsl:call-template name="h-site-header"><xsl:with-param name="current" select="'document'"/></xsl:call-template>
        <main id="tp-main" class="tp-main">
          <xsl:call-template name="tp-hook-before-text"><xsl:with-param name="page" select="'document'"/></xsl:call-template>
          <!-- inside main, so that every control is in a landmark; before the article, so that
               the CSS sibling selectors reach the text -->
          <input type="radio" name="tp-view" id="tp-view-read" class="tp-view-radio" checked="checked"/>
          <input type="radio" name="tp-view" id="tp-view-dipl" class="tp-view-radio"/>
          <xsl:choose>
            <xsl:when test="/tei:TEI">
              <xsl:apply-templates select="/tei:TEI" mode="h-page"><xsl:with-param name="title" select="$title"/></xsl:apply-templates>
            </xsl:when>
            <xsl:when test="/tei:teiCorpus">
              <xsl:apply-templates select="/tei:teiCorpus" mode="h-page"><xsl:with-param name="title" select="$title"/></xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise>
              <article class="tp-doc" lang="{$lang}">
                <header class="tp-doc-header"><h1><xsl:value-of select="$title"/></h1>
                  <xsl:call-template name="h-view-switch"/></header>
                <section class="tp-text" aria-labelledby="tp-text-h">
                  <h2 id="tp-text-h" class="tp-sr"><xsl:value-of select="$label-text"/></h2>
                  <xsl:apply-templates select="/*"/>
                </section>
                <xsl:for-each select="/*"><xsl:call-template name="h-sigla-key-after-text"/>
          <xsl:call-template name="h-apparatus"/>
          <xsl:call-template name="h-footnotes"/></xsl:for-each>
              </article>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="tp-hook-after-text"><xsl:with-param name="page" select="'document'"/></xsl:call-template>
        </main>
        <xsl:call-template name="h-site-footer"><xsl:with-param name="page" select="'document'"/></xsl:call-template>
        <script src="{$js-href}"></script>
      </body>
    </html>
  </xsl:template>

  <!-- the view switch (labels of the two radios) -->
  <xsl:template name="h-view-switch">
    <div class="tp-viewswitch" role="group" aria-label="{$label-view-group}">
      <span class="tp-viewswitch-legend" aria-hidden="true"><xsl:value-of select="$label-view-legend"/></span>
      <label for="tp-view-read" class="tp-view-label tp-view-label-read"><xsl:value-of select="$label-view-reading"/></label>
      <label for="tp-view-dipl" class="tp-view-label tp-view-label-dipl"><xsl:value-of select="$label-view-printed"/></label>
    </div>
  </xsl:template>

  <!-- ============================================================ a TEI document -->

  <xsl:template match="tei:TEI" mode="h-page">
    <xsl:param name="title"/>
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="cdate" select="($h/tei:profileDesc/tei:creation//tei:date)[1]"/>
    <xsl:variable name="type"><xsl:call-template name="tp-doc-type"><xsl:with-param name="tei" select="."/></xsl:call-template></xsl:variable>
    <article class="tp-doc">
      <header class="tp-doc-header">
        <p class="tp-doc-kicker">
          <span class="tp-doc-type"><xsl:call-template name="tp-type-name"><xsl:with-param name="type" select="$type"/></xsl:call-template></span>
          <xsl:variable name="rid"><xsl:call-template name="tp-record-id"><xsl:with-param name="tei" select="."/></xsl:call-template></xsl:variable>
          <xsl:if test="$rid != ''"><span class="tp-doc-recid"><xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-record-n"/><xsl:with-param name="n" select="$rid"/></xsl:call-template></span></xsl:if>
        </p>
        <h1 class="tp-doc-title"><xsl:value-of select="$title"/></h1>
        <xsl:if test="$cdate">
          <p class="tp-doc-date">
            <xsl:call-template name="h-date-time"><xsl:with-param name="date" select="$cdate"/></xsl:call-template>
          </p>
        </xsl:if>
        <xsl:call-template name="h-view-switch"/>
      </header>
      <div class="tp-doc-layout">
        <section>
          <xsl:call-template name="h-text-class"/>
          <xsl:attribute name="aria-labelledby">tp-text-h</xsl:attribute>
          <!-- the document's own language marks its text; the page's is the interface's -->
          <xsl:if test="normalize-space(@xml:lang) != ''">
            <xsl:attribute name="lang"><xsl:call-template name="h-bcp47"><xsl:with-param name="l" select="normalize-space(@xml:lang)"/></xsl:call-template></xsl:attribute>
          </xsl:if>
          <h2 id="tp-text-h" class="tp-sr"><xsl:value-of select="$label-text"/></h2>
          <xsl:apply-templates select="tei:text"/>
          <xsl:apply-templates select="tei:facsimile | tei:sourceDoc | tei:standOff"/>
          <xsl:apply-templates select="*[not(self::tei:teiHeader or self::tei:text or self::tei:facsimile or self::tei:sourceDoc or self::tei:standOff)]"/>
          <xsl:call-template name="h-sigla-key-after-text"/>
          <xsl:call-template name="h-apparatus"/>
          <xsl:call-template name="h-footnotes"/>
        </section>
        <xsl:apply-templates select="tei:teiHeader" mode="h-meta"/>
      </div>
    </article>
  </xsl:template>

  <xsl:template match="tei:teiCorpus" mode="h-page">
    <xsl:param name="title"/>
    <article class="tp-doc">
      <header class="tp-doc-header">
        <h1 class="tp-doc-title"><xsl:value-of select="$title"/></h1>
        <xsl:call-template name="h-view-switch"/>
      </header>
      <xsl:apply-templates select="tei:teiHeader" mode="h-meta"/>
      <xsl:for-each select="*[not(self::tei:teiHeader)]">
        <section class="tp-corpus-member">
          <xsl:choose>
            <xsl:when test="self::tei:TEI">
              <h2><xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="."/></xsl:call-template></h2>
              <div class="tp-doc-layout">
                <div>
                  <xsl:call-template name="h-text-class"/>
                  <xsl:apply-templates select="*[not(self::tei:teiHeader)]"/>
                  <xsl:call-template name="h-sigla-key-after-text"/>
          <xsl:call-template name="h-apparatus"/>
          <xsl:call-template name="h-footnotes"/>
                </div>
                <xsl:apply-templates select="tei:teiHeader" mode="h-meta"/>
              </div>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="."/>
              <xsl:call-template name="h-sigla-key-after-text"/>
          <xsl:call-template name="h-apparatus"/>
          <xsl:call-template name="h-footnotes"/>
            </xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:for-each>
    </article>
  </xsl:template>

  <!-- the text's classes: tp-lined when it has numbered lines (a gutter for the numbers) -->
  <xsl:template name="h-text-class">
    <xsl:variable name="lined"><xsl:call-template name="h-has-line-numbers"/></xsl:variable>
    <xsl:attribute name="class">tp-text<xsl:if test="$lined = 'yes'"> tp-lined</xsl:if></xsl:attribute>
  </xsl:template>

  <xsl:template name="h-date-time">
    <xsl:param name="date"/>
    <xsl:variable name="w" select="normalize-space($date/@when)"/>
    <xsl:variable name="disp"><xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$date"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="(string-length($w) = 4 or string-length($w) = 7 or string-length($w) = 10) and translate($w, '0123456789', '') = substring('--', 1, floor((string-length($w) - 4) div 3))">
        <time datetime="{$w}"><xsl:value-of select="$disp"/></time>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$disp"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================ metadata panel -->

  <xsl:template match="tei:teiHeader" mode="h-meta">
    <xsl:variable name="fd" select="tei:fileDesc"/>
    <xsl:variable name="pd" select="tei:profileDesc"/>
    <xsl:variable name="tei" select=".."/>
    <xsl:variable name="hid" select="concat('tp-meta-h-', generate-id())"/>
    <xsl:variable name="rid"><xsl:call-template name="tp-record-id"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <xsl:variable name="uri"><xsl:call-template name="tp-record-uri"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
    <aside class="tp-meta" aria-labelledby="{$hid}">
      <h2 id="{$hid}"><xsl:value-of select="$label-about"/></h2>
      <dl class="tp-meta-list">
        <xsl:if test="$pd/tei:abstract">
          <dt><xsl:value-of select="$label-summary"/></dt>
          <dd class="tp-meta-summary"><xsl:apply-templates select="$pd/tei:abstract/node()" mode="h-meta-inline"/></dd>
        </xsl:if>
        <xsl:if test="$pd/tei:creation//tei:date">
          <dt><xsl:value-of select="$label-date"/></dt>
          <dd><xsl:call-template name="h-date-time"><xsl:with-param name="date" select="($pd/tei:creation//tei:date)[1]"/></xsl:call-template></dd>
        </xsl:if>
        <xsl:for-each select="$pd/tei:correspDesc/tei:correspAction">
          <dt>
            <xsl:if test="../@type = 'cover'"><xsl:value-of select="$label-cover-message"/><xsl:text>: </xsl:text></xsl:if>
            <xsl:choose>
              <xsl:when test="@type='sent'"><xsl:value-of select="$label-corresp-sent"/></xsl:when>
              <xsl:when test="@type='received'"><xsl:value-of select="$label-corresp-received"/></xsl:when>
              <xsl:when test="@type='transmitted'"><xsl:value-of select="$label-corresp-transmitted"/></xsl:when>
              <xsl:when test="@type='forwarded'"><xsl:value-of select="$label-corresp-forwarded"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
            </xsl:choose>
          </dt>
          <dd>
            <xsl:for-each select="*">
              <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
              <xsl:choose>
                <xsl:when test="self::tei:date">
                  <xsl:call-template name="h-date-time"><xsl:with-param name="date" select="."/></xsl:call-template>
                </xsl:when>
                <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </dd>
        </xsl:for-each>
        <xsl:variable name="orig"><xsl:call-template name="tp-original-language"><xsl:with-param name="tei" select="$tei"/></xsl:call-template></xsl:variable>
        <!-- the language the source is written in, as its manuscript description says (textLang):
             a project's langUsage lists every language of the project -->
        <xsl:variable name="text-lang" select="($fd/tei:sourceDesc//tei:msContents/tei:textLang[normalize-space() or @mainLang])[1]"/>
        <xsl:if test="$pd/tei:langUsage/tei:language or $text-lang">
          <dt><xsl:value-of select="$label-language"/></dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$text-lang and normalize-space($text-lang)"><xsl:value-of select="normalize-space($text-lang)"/></xsl:when>
              <xsl:when test="$text-lang">
                <xsl:for-each select="str:tokenize(normalize-space(concat($text-lang/@mainLang, ' ', $text-lang/@otherLangs)), ' ')">
                  <xsl:if test="position() &gt; 1">; </xsl:if>
                  <xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="string(.)"/></xsl:call-template>
                </xsl:for-each>
              </xsl:when>
              <!-- a translation (the teipress contract: English and "<Name> (original language)") -->
              <xsl:when test="$orig != '' and $pd/tei:langUsage/tei:language[@ident='en'] and $pd/tei:langUsage/tei:language[contains(., 'original')]">
                <xsl:call-template name="tp-fill">
                  <xsl:with-param name="text" select="$label-translation-from"/>
                  <xsl:with-param name="n"><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig"/></xsl:call-template></xsl:with-param>
                </xsl:call-template>
                <xsl:if test="$fd/tei:titleStmt/tei:respStmt[@xml:id='translator']">
                  <xsl:text> </xsl:text>
                  <xsl:call-template name="tp-fill">
                    <xsl:with-param name="text" select="$label-translation-by"/>
                    <xsl:with-param name="n" select="normalize-space($fd/tei:titleStmt/tei:respStmt[@xml:id='translator']/*[not(self::tei:resp)][1])"/>
                  </xsl:call-template>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="$pd/tei:langUsage/tei:language">
                  <xsl:if test="position() &gt; 1">; </xsl:if>
                  <xsl:choose>
                    <xsl:when test="normalize-space()"><xsl:value-of select="normalize-space()"/></xsl:when>
                    <xsl:otherwise><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="@ident"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:if>
        <xsl:variable name="arch" select="$fd/tei:sourceDesc/tei:listBibl[@type='archival']/*"/>
        <xsl:if test="$arch">
          <dt><xsl:value-of select="$label-archival-sources"/></dt>
          <dd>
            <ul class="tp-sources">
              <xsl:for-each select="$arch">
                <li>
                  <xsl:choose>
                    <xsl:when test="tei:msIdentifier">
                      <xsl:variable name="mi" select="tei:msIdentifier"/>
                      <xsl:variable name="full">
                        <xsl:call-template name="tp-repository-name">
                          <xsl:with-param name="ref" select="$mi/tei:repository/@ref"/>
                          <xsl:with-param name="authority" select="$tp-authority"/>
                        </xsl:call-template>
                      </xsl:variable>
                      <span class="tp-repo">
                        <xsl:choose>
                          <xsl:when test="normalize-space($mi/tei:repository)"><xsl:value-of select="normalize-space($mi/tei:repository)"/></xsl:when>
                          <xsl:otherwise><xsl:value-of select="$full"/></xsl:otherwise>
                        </xsl:choose>
                      </span>
                      <xsl:if test="$mi/tei:repository/@ref">
                        <xsl:text> (</xsl:text><abbr><xsl:value-of select="substring-after($mi/tei:repository/@ref, '#')"/></abbr><xsl:text>)</xsl:text>
                      </xsl:if>
                      <br/>
                      <span class="tp-shelfmark">
                        <xsl:choose>
                          <xsl:when test="$mi//tei:altIdentifier[@type='printed']/tei:idno">
                            <xsl:value-of select="normalize-space($mi//tei:altIdentifier[@type='printed']/tei:idno)"/>
                          </xsl:when>
                          <xsl:otherwise>
                            <xsl:for-each select="$mi/tei:idno | $mi/tei:collection">
                              <xsl:if test="position() &gt; 1">, </xsl:if>
                              <xsl:if test="@type"><xsl:value-of select="concat(translate(substring(@type,1,1),'abcdefghijklmnopqrstuvwxyz','ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(@type,2))"/><xsl:text> </xsl:text></xsl:if>
                              <xsl:value-of select="normalize-space()"/>
                            </xsl:for-each>
                          </xsl:otherwise>
                        </xsl:choose>
                      </span>
                    </xsl:when>
                    <xsl:otherwise><xsl:apply-templates select="node()" mode="h-meta-inline"/></xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:if test="$rid != '' or $uri != ''">
          <dt><xsl:value-of select="$label-record"/></dt>
          <dd>
            <xsl:if test="$rid != ''"><span class="tp-recid"><xsl:value-of select="$rid"/></span></xsl:if>
            <xsl:if test="$uri != ''">
              <xsl:if test="$rid != ''"><br/></xsl:if>
              <a class="tp-uri" href="{$uri}"><xsl:value-of select="$uri"/></a>
            </xsl:if>
          </dd>
        </xsl:if>
        <xsl:if test="$fd/tei:titleStmt/tei:funder">
          <dt><xsl:value-of select="$label-credits"/></dt>
          <dd>
            <!-- one funder after another, not run together -->
            <xsl:for-each select="$fd/tei:titleStmt/tei:funder">
              <xsl:if test="position() &gt; 1">; </xsl:if>
              <xsl:apply-templates select="node()" mode="h-meta-inline"/>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <xsl:if test="$fd/tei:sourceDesc/tei:list[@type='contents']/tei:item">
          <dt><xsl:value-of select="$label-contents"/></dt>
          <dd>
            <xsl:for-each select="$fd/tei:sourceDesc/tei:list[@type='contents']/tei:item">
              <xsl:if test="position() &gt; 1">; </xsl:if><xsl:value-of select="normalize-space()"/>
            </xsl:for-each>
          </dd>
        </xsl:if>
      </dl>
      <xsl:variable name="cit" select="$fd/tei:sourceDesc/tei:bibl[@type='citation']"/>
      <section class="tp-cite" aria-labelledby="{$hid}-cite">
        <h3 id="{$hid}-cite"><xsl:value-of select="$label-cite"/></h3>
        <p class="tp-cite-text">
          <xsl:choose>
            <xsl:when test="$cit"><xsl:apply-templates select="$cit[1]/node()" mode="h-meta-inline"/></xsl:when>
            <xsl:otherwise>
              <!-- authors, the title, its editors: names without their identifiers, '; ' between
                   them (a name may be written "Surname, Forename") -->
              <xsl:variable name="authors">
                <xsl:call-template name="tp-doc-authors"><xsl:with-param name="tei" select="$tei"/><xsl:with-param name="roles" select="'author'"/></xsl:call-template>
              </xsl:variable>
              <xsl:variable name="editors">
                <xsl:call-template name="tp-doc-authors"><xsl:with-param name="tei" select="$tei"/><xsl:with-param name="roles" select="'editor'"/></xsl:call-template>
              </xsl:variable>
              <xsl:if test="$authors != ''"><xsl:value-of select="$authors"/><xsl:text>: </xsl:text></xsl:if>
              <xsl:text>“</xsl:text>
              <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
              <xsl:text>”</xsl:text>
              <xsl:if test="$editors != ''"><xsl:text>, </xsl:text><xsl:value-of select="concat($label-edited-by, ' ', $editors)"/></xsl:if>
              <xsl:if test="$pd/tei:creation//tei:date">
                <xsl:text>, </xsl:text>
                <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="($pd/tei:creation//tei:date)[1]"/></xsl:call-template>
              </xsl:if>
              <xsl:if test="normalize-space($fd/tei:publicationStmt/tei:publisher)">
                <xsl:text>, </xsl:text><xsl:value-of select="normalize-space($fd/tei:publicationStmt/tei:publisher[1])"/>
              </xsl:if>
              <xsl:text>.</xsl:text>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$uri != '' and not(contains($cit, $uri))">
            <xsl:text> </xsl:text><span class="tp-cite-uri">&lt;<xsl:value-of select="$uri"/>&gt;</span>
          </xsl:if>
        </p>
      </section>
      <details class="tp-teiheader">
        <summary><xsl:value-of select="$label-full-header"/></summary>
        <div class="tp-teiheader-body"><xsl:apply-templates mode="h-header"/></div>
      </details>
    </aside>
  </xsl:template>

  <!-- header content shown inline in the panel: text and names only (no ids, no blocks) -->
  <xsl:template match="*" mode="h-meta-inline"><xsl:apply-templates mode="h-meta-inline"/></xsl:template>
  <xsl:template match="text()" mode="h-meta-inline"><xsl:value-of select="."/></xsl:template>
  <xsl:template match="tei:p" mode="h-meta-inline">
    <xsl:if test="preceding-sibling::tei:p"><br/></xsl:if><xsl:apply-templates mode="h-meta-inline"/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="h-meta-inline"/>

</xsl:stylesheet>
