<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: what the teiHeader contributes.  The plain title and date (running
  heads, contents), the metadata block under the title (date, archival sources or citation,
  language, summary), and the header appendix (mode "hdr": the rest of the header, so that no
  header text is lost).  Imported by document.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:eg="http://www.tei-c.org/ns/Examples"
  xmlns:xi="http://www.w3.org/2001/XInclude"
  exclude-result-prefixes="tei eg xi">

  <!-- ================================================================ document -->

  <xsl:template name="plain-title">
    <xsl:call-template name="tp-doc-title"><xsl:with-param name="tei" select="."/></xsl:call-template>
  </xsl:template>

  <xsl:template name="plain-date">
    <xsl:variable name="d" select="tei:teiHeader/tei:profileDesc/tei:creation//tei:date[1]"/>
    <xsl:if test="$d">
      <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$d"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
  <xsl:template name="metadata-block">
    <xsl:variable name="h" select="tei:teiHeader"/>
    <xsl:variable name="date" select="($h/tei:profileDesc/tei:creation//tei:date
                                      | $h/tei:profileDesc/tei:correspDesc/tei:correspAction[@type='sent']/tei:date[normalize-space() or @when])[1]"/>
    <xsl:variable name="arch" select="$h/tei:fileDesc/tei:sourceDesc/tei:listBibl[@type='archival']/*"/>
    <xsl:variable name="cit" select="$h/tei:fileDesc/tei:sourceDesc/tei:bibl[@type='citation']"/>
    <!-- translation: the teipress contract (English + "<Name> (original language)") -->
    <xsl:variable name="orig" select="$h/tei:profileDesc/tei:langUsage[tei:language[@ident='en']]/tei:language[@ident != 'en'][contains(., 'original')][1]"/>
    <xsl:variable name="langs" select="$h/tei:profileDesc/tei:langUsage/tei:language"/>
    <xsl:variable name="abs" select="$h/tei:profileDesc/tei:abstract"/>
    <xsl:if test="$date or $arch or $cit or $orig or $abs">
      <fo:block xsl:use-attribute-sets="metadata">
        <xsl:if test="$date or $arch or $cit">
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-date"/>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$date"><xsl:apply-templates select="$date/node()"/>
                <xsl:if test="not(normalize-space($date))"><xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="$date"/></xsl:call-template></xsl:if>
              </xsl:when>
              <xsl:otherwise><fo:inline font-style="italic"><xsl:value-of select="$label-undated"/></fo:inline></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        </xsl:if>
        <xsl:choose>
          <xsl:when test="$arch">
            <xsl:call-template name="meta-row">
              <xsl:with-param name="label">
                <xsl:choose><xsl:when test="count($arch) &gt; 1"><xsl:value-of select="$label-sources"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="$label-source"/></xsl:otherwise></xsl:choose>
              </xsl:with-param>
              <xsl:with-param name="value">
                <xsl:for-each select="$arch">
                  <fo:block><xsl:apply-templates select="." mode="source"/></fo:block>
                </xsl:for-each>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$cit">
            <xsl:call-template name="meta-row">
              <xsl:with-param name="label" select="$label-citation"/>
              <xsl:with-param name="value"><xsl:apply-templates select="$cit/node()"/></xsl:with-param>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="not($orig) and $langs and ($date or $arch or $cit)">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-language"/>
            <xsl:with-param name="value">
              <xsl:for-each select="$langs">
                <xsl:if test="position() &gt; 1">; </xsl:if>
                <xsl:choose>
                  <xsl:when test="normalize-space()"><xsl:apply-templates select="node()"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="@ident"/></xsl:call-template></xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$orig">
          <xsl:variable name="name">
            <xsl:choose>
              <xsl:when test="contains($orig, ' (')"><xsl:value-of select="substring-before($orig, ' (')"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="tp-language-name"><xsl:with-param name="ident" select="$orig/@ident"/></xsl:call-template></xsl:otherwise>
            </xsl:choose>
          </xsl:variable>
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-language"/>
            <xsl:with-param name="value">
              <xsl:call-template name="tp-fill">
                <xsl:with-param name="text" select="$label-translation-from-original"/>
                <xsl:with-param name="n" select="$label-translation"/>
                <xsl:with-param name="m" select="normalize-space($name)"/>
              </xsl:call-template>
              <xsl:if test="not(contains($orig, ' ('))">
                <xsl:text> (</xsl:text><xsl:apply-templates select="$orig/node()"/><xsl:text>)</xsl:text>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$abs">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-summary"/>
            <xsl:with-param name="value"><xsl:apply-templates select="$abs/node()"/></xsl:with-param>
          </xsl:call-template>
        </xsl:if>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <xsl:template name="meta-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <fo:list-block provisional-distance-between-starts="22mm" provisional-label-separation="3mm" space-after="0.8mm">
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block color="{$colour-muted}"><fo:inline xsl:use-attribute-sets="small-caps"><xsl:call-template name="upper"><xsl:with-param name="s" select="$label"/></xsl:call-template></fo:inline></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block><xsl:copy-of select="$value"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <!-- one archival source: the reference as printed, then the repository's full name -->
  <xsl:template match="tei:msDesc" mode="source">
    <xsl:variable name="mi" select="tei:msIdentifier"/>
    <xsl:variable name="printed" select="$mi/tei:altIdentifier[@type='printed']/tei:idno"/>
    <xsl:choose>
      <xsl:when test="$printed"><xsl:apply-templates select="$printed[1]/node()"/></xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$mi/*[not(self::tei:altIdentifier)] | $mi/tei:altIdentifier/tei:idno">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:apply-templates select="node()"/>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$printed and $mi/tei:repository[normalize-space()]">
      <xsl:text> </xsl:text>
      <fo:inline color="{$colour-muted}">(<xsl:apply-templates select="$mi/tei:repository[1]/node()"/>)</fo:inline>
    </xsl:if>
    <!-- anything else in msDesc -->
    <xsl:apply-templates select="*[not(self::tei:msIdentifier)]"/>
  </xsl:template>
  <xsl:template match="*" mode="source"><xsl:apply-templates select="node()"/></xsl:template>

  <!-- ================================================================ header appendix (mode hdr) -->

  <!-- already in the title / metadata block -->
  <xsl:template mode="hdr" match="tei:creation//tei:date[count(ancestor::tei:creation[1]/descendant::tei:date[1] | .) = 1]
    | tei:listBibl[@type='archival'] | tei:abstract
    | tei:langUsage[tei:language[@ident='en']]/tei:language[@ident != 'en'][contains(., 'original')][1]
    | tei:correspAction[@type='sent']/tei:date[normalize-space() or @when][1][not(ancestor::tei:profileDesc/tei:creation//tei:date)]"/>
  <xsl:template mode="hdr" match="tei:bibl[@type='citation'][not(../tei:listBibl[@type='archival'])]"/>

  <!-- the document's own title is the title above the text; the other titles are listed -->
  <xsl:template mode="hdr" match="tei:fileDesc/tei:titleStmt/tei:title">
    <xsl:variable name="own"><xsl:call-template name="tp-doc-title-id"/></xsl:variable>
    <xsl:if test="generate-id() != $own"><xsl:call-template name="hdr-item"/></xsl:if>
  </xsl:template>

  <xsl:template mode="hdr" match="*">
    <xsl:call-template name="hdr-item"/>
  </xsl:template>
  <xsl:template name="hdr-item">
    <xsl:choose>
      <xsl:when test="not(text()[normalize-space()]) and * and not(parent::*[text()[normalize-space()]])">
        <!-- container -->
        <fo:block space-after="0.8mm"><xsl:apply-templates mode="hdr"/></fo:block>
      </xsl:when>
      <xsl:when test="not(parent::*[text()[normalize-space()]])">
        <fo:block space-after="0.4mm">
          <fo:inline color="{$colour-muted}">
            <xsl:call-template name="hdr-label"/>
            <xsl:text>: </xsl:text>
          </fo:inline>
          <xsl:apply-templates select="node()"/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:respStmt">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}"><xsl:apply-templates select="tei:resp" mode="hdr-inline"/>: </fo:inline>
      <xsl:for-each select="*[not(self::tei:resp)]">
        <xsl:if test="position() &gt; 1">; </xsl:if>
        <xsl:apply-templates select="node()"/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <!-- labels of the header appendix -->
  <xsl:template name="hdr-label">
    <xsl:variable name="k" select="concat(local-name(), '/', @type)"/>
    <xsl:choose>
      <xsl:when test="$k = 'idno/record'"><xsl:value-of select="$label-record"/></xsl:when>
      <xsl:when test="$k = 'idno/URI' or $k = 'idno/url'"><xsl:value-of select="$label-url"/></xsl:when>
      <xsl:when test="$k = 'bibl/citation'"><xsl:value-of select="$label-citation"/></xsl:when>
      <xsl:when test="local-name() = 'item' and parent::tei:list[@type='contents']"><xsl:value-of select="$label-contents"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:editorialDecl"><xsl:value-of select="$label-editorial-method"/></xsl:when>
      <xsl:when test="local-name() = 'p' and (parent::tei:publicationStmt or parent::tei:availability or parent::tei:licence)"><xsl:value-of select="$label-publication"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:projectDesc"><xsl:value-of select="$label-project"/></xsl:when>
      <xsl:when test="local-name() = 'p' and parent::tei:sourceDesc"><xsl:value-of select="$label-source"/></xsl:when>
      <xsl:when test="local-name() = 'language'"><xsl:value-of select="$label-language"/></xsl:when>
      <xsl:when test="local-name() = 'publisher'"><xsl:value-of select="$label-publisher"/></xsl:when>
      <xsl:when test="local-name() = 'funder'"><xsl:value-of select="$label-funder"/></xsl:when>
      <xsl:when test="local-name() = 'title'"><xsl:value-of select="$label-title"/></xsl:when>
      <xsl:when test="local-name() = 'author'"><xsl:value-of select="$label-author"/></xsl:when>
      <xsl:when test="local-name() = 'editor'"><xsl:value-of select="$label-editor"/></xsl:when>
      <xsl:when test="local-name() = 'licence'"><xsl:value-of select="$label-licence"/></xsl:when>
      <xsl:when test="local-name() = 'pubPlace'"><xsl:value-of select="$label-place-of-publication"/></xsl:when>
      <xsl:when test="local-name() = 'date'"><xsl:value-of select="$label-date"/></xsl:when>
      <xsl:when test="local-name() = 'change'"><xsl:value-of select="$label-change"/></xsl:when>
      <xsl:when test="local-name() = 'edition'"><xsl:value-of select="$label-edition"/></xsl:when>
      <xsl:when test="local-name() = 'idno'"><xsl:value-of select="$label-identifier"/><xsl:if test="@type"> (<xsl:value-of select="@type"/>)</xsl:if></xsl:when>
      <xsl:otherwise>
        <!-- the element's name, capitalized as the named labels are ("Witness: ", not "witness: ") -->
        <xsl:value-of select="concat(translate(substring(local-name(), 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(local-name(), 2))"/>
        <xsl:if test="@type"> (<xsl:value-of select="@type"/>)</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template mode="hdr-inline" match="*"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:apply-templates select="node()"/></xsl:template>
  <xsl:template mode="hdr" match="tei:correspAction">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}">
        <xsl:if test="../@type = 'cover'"><xsl:value-of select="concat($label-cover-message, ', ')"/></xsl:if>
        <xsl:choose>
          <xsl:when test="@type='sent'"><xsl:value-of select="$label-corresp-sent"/></xsl:when>
          <xsl:when test="@type='received'"><xsl:value-of select="$label-corresp-received"/></xsl:when>
          <xsl:when test="@type='transmitted'"><xsl:value-of select="$label-corresp-transmitted"/></xsl:when>
          <xsl:when test="@type='forwarded'"><xsl:value-of select="$label-corresp-forwarded"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat(translate(substring(@type,1,1),'abcdefghijklmnopqrstuvwxyz','ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring(@type,2))"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text>: </xsl:text></fo:inline>
      <xsl:for-each select="*">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:choose>
          <xsl:when test="self::tei:date[not(normalize-space())]">
            <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="."/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates select="node()"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:date[not(normalize-space())][@when or @notBefore or @notAfter or @from or @to]">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}"><xsl:value-of select="$label-date"/>: </fo:inline>
      <xsl:call-template name="tp-display-date"><xsl:with-param name="date" select="."/></xsl:call-template>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="tei:appInfo | tei:application">
    <fo:block space-after="0.4mm">
      <fo:inline color="{$colour-muted}">application: </fo:inline>
      <xsl:value-of select="normalize-space(.//tei:label | ../tei:application/@ident)"/>
      <xsl:for-each select="descendant-or-self::tei:application/@version"><xsl:value-of select="concat(' ', .)"/></xsl:for-each>
      <xsl:for-each select=".//tei:p | .//tei:desc"><xsl:text> </xsl:text><xsl:apply-templates select="node()"/></xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template mode="hdr" match="text()">
    <xsl:if test="normalize-space() or ../text()[normalize-space()]"><xsl:value-of select="."/></xsl:if>
  </xsl:template>
  <xsl:template mode="hdr" match="comment() | processing-instruction()"/>

</xsl:stylesheet>
