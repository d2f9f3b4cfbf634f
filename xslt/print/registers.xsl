<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: registers and bibliographies wherever a document has them (listPerson,
  listPlace, listOrg, listEvent, listBibl).  An entry per person, place, organization, event or
  work, with a hanging indent: its name first (bold), then everything else it says, in order,
  separated by middle dots: births (*) and deaths (†) with their dates and places, occupations,
  coordinates, identifiers, notes.  Links are links: references and pointers (ref, ptr) and
  identifiers that are URLs; coordinates link to a map service only when external links are
  allowed (params.xsl: external-links, map-url).  Imported by document.xsl after core.xsl.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:template match="tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:listBibl | tei:listObject | tei:listNym">
    <fo:block space-before="2mm" space-after="2mm" text-align="start" text-indent="0pt" hyphenate="false">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- an entry: its name, then the rest in order -->
  <xsl:template match="tei:person | tei:personGrp | tei:place | tei:org | tei:event | tei:nym | tei:object | tei:listBibl/tei:biblStruct">
    <xsl:variable name="name" select="(tei:persName | tei:placeName | tei:orgName | tei:eventName | tei:label | tei:objectName
                                       | tei:form | tei:name)[1]"/>
    <fo:block margin-left="1.6em" text-indent="-1.6em" space-after="0.8mm">
      <xsl:if test="@xml:id"><xsl:attribute name="id"><xsl:value-of select="concat('x-', generate-id())"/></xsl:attribute></xsl:if>
      <xsl:if test="$name">
        <fo:inline font-weight="bold"><xsl:apply-templates select="$name"/></fo:inline>
      </xsl:if>
      <xsl:for-each select="node()[generate-id() != generate-id($name)][not(self::text()) or normalize-space()]
                            [not(self::tei:sex[not(node())])]">
        <xsl:if test="self::* and ($name or position() &gt; 1) and not(preceding-sibling::node()[1][self::text()[normalize-space()]])">
          <fo:inline color="{$colour-muted}"> · </fo:inline>
        </xsl:if>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <!-- a work of a bibliography: as written, one per line -->
  <xsl:template match="tei:listBibl/tei:bibl | tei:listBibl/tei:msDesc">
    <fo:block margin-left="1.6em" text-indent="-1.6em" space-after="0.8mm"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:birth | tei:death | tei:floruit">
    <fo:inline>
      <xsl:if test="self::tei:birth"><xsl:value-of select="$label-born"/><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="self::tei:death"><xsl:value-of select="$label-died"/><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="self::tei:floruit"><xsl:value-of select="$label-floruit"/><xsl:text> </xsl:text></xsl:if>
      <xsl:if test="not(node())"><xsl:call-template name="tp-display-date"/></xsl:if>
      <xsl:call-template name="commas"/>
    </fo:inline>
  </xsl:template>
  <xsl:template match="tei:settlement | tei:location | tei:occupation | tei:residence | tei:affiliation | tei:country
                       | tei:region | tei:district | tei:bloc | tei:nationality | tei:faith | tei:education">
    <fo:inline><xsl:call-template name="commas"/></fo:inline>
  </xsl:template>
  <!-- the children of a date-and-place element, a comma between them -->
  <xsl:template name="commas">
    <xsl:for-each select="node()[not(self::text()) or normalize-space()]">
      <xsl:if test="position() &gt; 1 and self::* and not(preceding-sibling::node()[1][self::text()[normalize-space()]])"><xsl:text>, </xsl:text></xsl:if>
      <xsl:apply-templates select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- coordinates, linked to a map when external links are allowed -->
  <xsl:template match="tei:geo">
    <xsl:variable name="url"><xsl:call-template name="tp-map-url"/></xsl:variable>
    <fo:inline font-size="85%" color="{$colour-muted}">
      <xsl:choose>
        <xsl:when test="$external-links = 'yes' and $url != '' and not(ancestor::tei:ref)">
          <fo:basic-link external-destination="url('{$url}')"><xsl:apply-templates/></fo:basic-link>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:idno">
    <fo:inline>
      <xsl:if test="@type and ancestor::*[self::tei:person or self::tei:place or self::tei:org]">
        <fo:inline color="{$colour-muted}"><xsl:value-of select="@type"/><xsl:text> </xsl:text></fo:inline>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="(starts-with(normalize-space(), 'http://') or starts-with(normalize-space(), 'https://')) and not(ancestor::tei:ref)">
          <fo:basic-link external-destination="url('{normalize-space()}')"><xsl:apply-templates/></fo:basic-link>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- references and pointers: a link where the target is a URL; a pointer shows it -->
  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="target" select="substring-before(concat(normalize-space(@target), ' '), ' ')"/>
    <xsl:variable name="external" select="contains($target, '://') or starts-with($target, 'mailto:')"/>
    <fo:inline>
      <xsl:choose>
        <xsl:when test="$external and not(ancestor::tei:ref[generate-id() != generate-id(current())])">
          <fo:basic-link external-destination="url('{$target}')">
            <xsl:apply-templates/>
            <xsl:if test="self::tei:ptr or not(normalize-space())"><xsl:value-of select="$target"/></xsl:if>
          </fo:basic-link>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/>
          <xsl:if test="self::tei:ptr and $target != ''"><xsl:value-of select="$target"/></xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </fo:inline>
  </xsl:template>

  <!-- a name written surname first (surname, then forename): a comma between them, as a register
       lists names -->
  <xsl:template match="tei:person/tei:persName/text()[not(normalize-space())][preceding-sibling::node()[1][self::tei:surname]]
                       [following-sibling::node()[1][self::tei:forename]]">
    <xsl:text>, </xsl:text>
  </xsl:template>

</xsl:stylesheet>
