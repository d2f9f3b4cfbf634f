<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: an authority page (persons / places / orgs) from the catalog of entries (see
  catalog-common.xsl).
  persons.xsl, places.xsl and orgs.xsl import this and set $c-kind.
  Each entry: main name (h2, id = authority xml:id, so persons.html#stalin works), variants,
  pseudonyms, abbreviations, note, and links to every passage that mentions it
  (entry/@href + '#' + tp-block-id of the paragraph, as on the document page; the entries'
  c:mention items, made by catalog-entry.xsl).
  Names not in the authority files are listed at the end: from the register teipress makes of
  the documents' own names (catalog/register, tools/render/name_register.h: external identifiers
  such as GND or VIAF as links, the documents' listPerson/listPlace/listOrg, else the names as
  written), or, in a catalog without one, by their local @ref.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:c="urn:teipress:catalog"
  exclude-result-prefixes="tei c">

  <xsl:import href="catalog-common.xsl"/>

  <!-- 'persons' | 'places' | 'orgs' -->
  <xsl:param name="c-kind" select="'persons'"/>


  <xsl:template match="/">
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="$c-kind = 'places'"><xsl:value-of select="$label-nav-places"/></xsl:when>
        <xsl:when test="$c-kind = 'orgs'"><xsl:value-of select="$label-nav-orgs"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$label-nav-persons"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="entries" select="/c:catalog/c:authority//tei:person[$c-kind = 'persons'] | /c:catalog/c:authority//tei:personGrp[$c-kind = 'persons']
        | /c:catalog/c:authority//tei:place[$c-kind = 'places'] | /c:catalog/c:authority//tei:org[$c-kind = 'orgs']"/>
    <xsl:call-template name="h-doctype"/>
    <xsl:variable name="register" select="/c:catalog/c:register[@kind = $c-kind]/c:name"/>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="h-lang"/></xsl:attribute>
      <xsl:call-template name="h-head">
        <xsl:with-param name="title" select="concat($label, ' · ', $c-site-title)"/>
        <xsl:with-param name="page" select="$c-kind"/>
      </xsl:call-template>
      <body class="tp-page tp-page-authority tp-page-{$c-kind}">
        <xsl:call-template name="h-script-labels"/>
        <xsl:call-template name="h-site-header">
          <xsl:with-param name="site-title" select="$c-site-title"/>
          <xsl:with-param name="current" select="$c-kind"/>
        </xsl:call-template>
        <main id="tp-main" class="tp-main">
          <xsl:call-template name="tp-hook-before-text"><xsl:with-param name="page" select="$c-kind"/></xsl:call-template>
          <h1 class="tp-page-title"><xsl:value-of select="$label"/></h1>
          <xsl:if test="$entries or not($register)">
            <p class="tp-page-intro">
              <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-authority-intro"/><xsl:with-param name="n" select="count($entries)"/></xsl:call-template>
            </p>
          </xsl:if>
          <xsl:if test="$entries">
          <ul class="tp-authlist">
            <xsl:for-each select="$entries">
              <xsl:sort select="translate(normalize-space((*[@type='main'] | *[@type='full'] | tei:persName | tei:placeName | tei:orgName)[1]), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
              <xsl:variable name="ref" select="concat('#', @xml:id)"/>
              <li class="tp-authentry" id="{@xml:id}">
                <h2><xsl:call-template name="c-main-name"/></h2>
                <xsl:variable name="main" select="(*[@type='main'] | *[@type='full'] | tei:persName | tei:placeName | tei:orgName)[1]"/>
                <xsl:variable name="variants" select="(tei:persName | tei:placeName | tei:orgName)[count(. | $main) != 1][not(@type='pseudonym')]"/>
                <xsl:variable name="pseudo" select="tei:persName[@type='pseudonym']"/>
                <xsl:if test="$pseudo">
                  <p class="tp-variants"><span class="tp-vlabel"><xsl:value-of select="$label-pseudonyms"/></span>
                    <xsl:for-each select="$pseudo">
                      <xsl:if test="position() &gt; 1">, </xsl:if><span class="tp-pseudonym"><xsl:value-of select="normalize-space()"/></span>
                    </xsl:for-each>
                  </p>
                </xsl:if>
                <xsl:if test="$variants">
                  <p class="tp-variants"><span class="tp-vlabel"><xsl:value-of select="$label-also"/></span>
                    <xsl:for-each select="$variants">
                      <xsl:if test="position() &gt; 1">, </xsl:if>
                      <xsl:value-of select="normalize-space()"/>
                      <xsl:if test="@type = 'abbreviation'"> (<xsl:value-of select="$label-abbreviation"/>)</xsl:if>
                    </xsl:for-each>
                  </p>
                </xsl:if>
                <xsl:for-each select="tei:note | tei:desc | tei:occupation | tei:birth | tei:death | tei:location/tei:geo">
                  <p class="tp-authnote"><xsl:apply-templates select="node()" mode="h-meta-inline"/></p>
                </xsl:for-each>
                <xsl:call-template name="c-mentions"><xsl:with-param name="ref" select="$ref"/></xsl:call-template>
              </li>
            </xsl:for-each>
          </ul>
          </xsl:if>
          <!-- the documents' own names (the register teipress makes of them) -->
          <xsl:if test="$register">
            <h2 class="tp-year-h" id="tp-register"><xsl:value-of select="$label-named-in-documents"/></h2>
            <p class="tp-page-intro">
              <xsl:call-template name="tp-fill"><xsl:with-param name="text" select="$label-register-intro"/><xsl:with-param name="n" select="count($register)"/></xsl:call-template>
            </p>
            <ul class="tp-authlist tp-register">
              <xsl:for-each select="$register">
                <li class="tp-authentry">
                  <h3>
                    <xsl:value-of select="@label"/>
                    <xsl:if test="@url">
                      <xsl:text> </xsl:text>
                      <small><a class="tp-external-id" href="{@url}" rel="external"><xsl:value-of select="@url"/></a></small>
                    </xsl:if>
                  </h3>
                  <ul class="tp-mentions">
                    <xsl:for-each select="c:in">
                      <xsl:variable name="entry" select="key('c-entry-by-stem', @stem)"/>
                      <li>
                        <a href="{$entry/@href}"><xsl:value-of select="$entry/c:title"/></a>
                        <xsl:text> </xsl:text>
                        <span class="tp-docmeta-inline">(<xsl:value-of select="$entry/c:display-date"/>)</span>
                      </li>
                    </xsl:for-each>
                  </ul>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <!-- names with a local @ref that the authority files do not resolve (when the register of this kind is empty) -->
          <xsl:variable name="elname">
            <xsl:choose>
              <xsl:when test="$c-kind = 'places'">placeName</xsl:when>
              <xsl:when test="$c-kind = 'orgs'">orgName</xsl:when>
              <xsl:otherwise>persName</xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <!-- the names of this kind in the documents (c:names, each once), less those the authority files have -->
          <xsl:variable name="unres" select="/c:catalog/c:names/c:name[@kind = $elname]"/>
          <xsl:variable name="unres2" select="$unres[not(key('c-auth-any-doc', @ref))]"/>
          <xsl:if test="$unres2 and not($register)">
            <h2 class="tp-year-h"><xsl:value-of select="$label-not-in-authority"/></h2>
            <ul class="tp-authlist">
              <xsl:for-each select="$unres2">
                <xsl:sort select="@ref"/>
                <xsl:variable name="ref" select="string(@ref)"/>
                <li class="tp-authentry" id="{substring-after($ref, '#')}">
                  <h3><xsl:value-of select="@text"/> <small> (<xsl:value-of select="$ref"/>)</small></h3>
                  <xsl:call-template name="c-mentions"><xsl:with-param name="ref" select="$ref"/></xsl:call-template>
                </li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:call-template name="tp-hook-after-text"><xsl:with-param name="page" select="$c-kind"/></xsl:call-template>
        </main>
        <xsl:call-template name="h-site-footer"><xsl:with-param name="page" select="$c-kind"/></xsl:call-template>
        <script src="{$js-href}"></script>
      </body>
    </html>
  </xsl:template>

  <xsl:key name="c-entry-by-stem" match="c:entry" use="@stem"/>

  <!-- authority entries by '#id', only inside the catalog's authority part -->
  <xsl:key name="c-auth-any-doc" match="c:authority//tei:person | c:authority//tei:place | c:authority//tei:org | c:authority//tei:personGrp" use="concat('#', @xml:id)"/>

</xsl:stylesheet>
