<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress HTML: registers and bibliographies wherever a document has them (listPerson,
  listPlace, listOrg, listEvent, listBibl, in the text, its back or standOff).  A list is a
  block of entries, one entry per person, place, organization, event or work: the entry's name
  first (bold), then everything else it says, in order, separated by middle dots: births (*) and
  deaths (†) with their dates and places, occupations, coordinates, identifiers (URLs as links),
  notes.  Coordinates link to a map service only when external links are allowed
  (params.xsl: external-links, map-url).  Bibliographies keep their links as links (core.xsl's
  ref and ptr).  Imported by text.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl | tei:listObject | tei:listNym">
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="'div'"/>
      <xsl:with-param name="extra" select="'tp-register'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- an entry: its name, then the rest in order -->
  <xsl:template match="tei:person | tei:personGrp | tei:place | tei:org | tei:event | tei:nym | tei:object | tei:listBibl/tei:biblStruct">
    <xsl:variable name="name" select="(tei:persName | tei:placeName | tei:orgName | tei:eventName | tei:label | tei:objectName
                                       | tei:form | tei:name)[1]"/>
    <div>
      <xsl:call-template name="h-attrs"><xsl:with-param name="extra" select="'tp-reg-entry'"/></xsl:call-template>
      <xsl:if test="$name">
        <span class="tp-reg-name"><xsl:apply-templates select="$name"/></span>
      </xsl:if>
      <xsl:for-each select="node()[generate-id() != generate-id($name)][not(self::text()) or normalize-space()]
                            [not(self::tei:sex[not(node())])]">
        <!-- a separator, unless this is the first thing or the encoder wrote punctuation before it -->
        <xsl:if test="self::* and ($name or position() &gt; 1) and not(preceding-sibling::node()[1][self::text()[normalize-space()]])">
          <span class="tp-reg-sep" aria-hidden="true"> · </span>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </div>
  </xsl:template>
  <!-- a work of a bibliography: as written, one per line -->
  <xsl:template match="tei:listBibl/tei:bibl">
    <xsl:call-template name="h-element">
      <xsl:with-param name="natural" select="'div'"/>
      <xsl:with-param name="extra" select="'tp-reg-entry'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:birth | tei:death | tei:floruit">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:if test="self::tei:birth"><xsl:value-of select="$label-born"/><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="self::tei:death"><xsl:value-of select="$label-died"/><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="self::tei:floruit"><xsl:value-of select="$label-floruit"/><xsl:text> </xsl:text></xsl:if>
      <xsl:call-template name="h-commas"/>
    </span>
  </xsl:template>
  <xsl:template match="tei:settlement | tei:location | tei:occupation | tei:residence | tei:affiliation | tei:country
                       | tei:region | tei:district | tei:bloc | tei:nationality | tei:faith | tei:education">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:call-template name="h-commas"/>
    </span>
  </xsl:template>
  <!-- the children of a date-and-place element, a comma between them -->
  <xsl:template name="h-commas">
    <xsl:for-each select="node()[not(self::text()) or normalize-space()]">
      <xsl:if test="position() &gt; 1 and self::* and not(preceding-sibling::node()[1][self::text()[normalize-space()]])"><xsl:text>, </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>
  <!-- a birth or death without content: its dates -->
  <xsl:template match="tei:birth[not(node())] | tei:death[not(node())]">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:value-of select="substring($label-born, 1, 10 * boolean(self::tei:birth))"/>
      <xsl:value-of select="substring($label-died, 1, 10 * boolean(self::tei:death))"/>
      <xsl:text> </xsl:text>
      <xsl:call-template name="tp-display-date"/>
    </span>
  </xsl:template>

  <!-- coordinates "lat long" (a comma may be the decimal mark), linked to a map when allowed -->
  <xsl:template match="tei:geo">
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:variable name="url"><xsl:call-template name="tp-map-url"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$external-links = 'yes' and $url != '' and $inlink != 'yes'">
        <a class="tei-geo tp-geo" href="{$url}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><span class="tei-geo tp-geo"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- an identifier that is a URL is a link -->
  <xsl:template match="tei:idno[starts-with(normalize-space(), 'http://') or starts-with(normalize-space(), 'https://')]">
    <xsl:variable name="inlink"><xsl:call-template name="h-in-link"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$inlink = 'yes'"><xsl:call-template name="h-element"/></xsl:when>
      <xsl:otherwise>
        <a href="{normalize-space()}">
          <xsl:call-template name="h-attrs"/>
          <xsl:apply-templates/>
        </a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:idno">
    <span>
      <xsl:call-template name="h-attrs"/>
      <xsl:if test="@type and ancestor::*[self::tei:person or self::tei:place or self::tei:org]">
        <span class="tp-idno-type"><xsl:value-of select="@type"/><xsl:text> </xsl:text></span>
      </xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- a name written surname first (surname, then forename): a comma between them, as a register
       lists names -->
  <xsl:template match="tei:person/tei:persName/text()[not(normalize-space())][preceding-sibling::node()[1][self::tei:surname]]
                       [following-sibling::node()[1][self::tei:forename]]">
    <xsl:text>, </xsl:text>
  </xsl:template>

</xsl:stylesheet>
