<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress print edition: every typographic parameter in one place.

  A publisher either passes parameters (xsltproc stringparam page-size letter ...)
  or writes a small stylesheet that xsl:imports document.xsl / volume.xsl and redefines
  any of these xsl:param / xsl:attribute-set declarations (import precedence wins).
  Lengths are XSL-FO lengths (mm, pt, em); colours are CSS/FO colours.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <!-- ===== the edition (from the edition configuration, as in ../html/params.xsl) ===== -->
  <!-- the volume's title (volume.xsl takes catalog/@title when this is empty), also the running
       head of each document's own PDF; the title page prints the others -->
  <xsl:param name="edition-title" select="''"/>
  <xsl:param name="edition-subtitle" select="''"/>
  <xsl:param name="edition-publisher" select="''"/>
  <xsl:param name="edition-editors" select="''"/>   <!-- separated by '; ' -->
  <xsl:param name="edition-licence" select="''"/>
  <xsl:param name="base-url" select="''"/>   <!-- where the edition is published: on the title page -->

  <!-- ===== page ===== -->
  <!-- a4 | letter -->
  <xsl:param name="page-size">a4</xsl:param>
  <xsl:param name="page-width">
    <xsl:choose>
      <xsl:when test="$page-size = 'letter'">8.5in</xsl:when>
      <xsl:otherwise>210mm</xsl:otherwise>
    </xsl:choose>
  </xsl:param>
  <xsl:param name="page-height">
    <xsl:choose>
      <xsl:when test="$page-size = 'letter'">11in</xsl:when>
      <xsl:otherwise>297mm</xsl:otherwise>
    </xsl:choose>
  </xsl:param>
  <!-- margins of the paper; the inner margin is on the binding side (recto left) -->
  <xsl:param name="margin-top">18mm</xsl:param>
  <xsl:param name="margin-bottom">16mm</xsl:param>
  <xsl:param name="margin-inner">30mm</xsl:param>
  <xsl:param name="margin-outer">45mm</xsl:param>
  <!-- space reserved for running head / folio inside the margins -->
  <xsl:param name="header-extent">10mm</xsl:param>
  <xsl:param name="footer-extent">9mm</xsl:param>
  <!-- page-number placement: 'foot' (centred folio at the foot) or 'head' (outer corner of the head) -->
  <xsl:param name="folio-position">head</xsl:param>

  <!-- ===== fonts ===== -->
  <!-- fallback lists: FOP chooses, per word, the first family that has the glyphs.
       Latin/Greek/Cyrillic/Vietnamese -> Noto Serif; Han/Kana -> AR PL UMing CN;
       Hangul -> NanumMyeongjo; symbols -> Noto Sans Symbols(2), Math, Symbola.
       Every name must be registered in fop.xconf. -->
  <xsl:param name="font-fallback">DejaVu Serif, AR PL UMing CN, NanumMyeongjo, Noto Sans Symbols, Noto Sans Symbols2, Noto Sans Math, Symbola</xsl:param>
  <!-- set on fo:root and inherited everywhere: each character takes the first family in the list
       that has it (FOP does so in any case; the property states it for other formatters) -->
  <xsl:param name="font-selection-strategy">character-by-character</xsl:param>
  <xsl:param name="font-body" select="concat('Noto Serif, ', $font-fallback)"/>
  <xsl:param name="font-display" select="concat('Noto Serif, ', $font-fallback)"/>
  <xsl:param name="font-sans" select="concat('Noto Sans, DejaVu Sans, ', $font-fallback)"/>
  <xsl:param name="font-mono" select="concat('DejaVu Sans Mono, ', $font-fallback)"/>

  <xsl:param name="size-body">10.5pt</xsl:param>
  <xsl:param name="leading">1.38</xsl:param>            <!-- line-height as a factor -->
  <xsl:param name="size-small">9pt</xsl:param>          <!-- metadata, floating texts, header lines -->
  <xsl:param name="size-note">8pt</xsl:param>           <!-- footnotes -->
  <xsl:param name="size-running">8pt</xsl:param>        <!-- running heads, folios -->
  <xsl:param name="size-title">17pt</xsl:param>         <!-- document title -->
  <xsl:param name="size-volume-title">26pt</xsl:param>  <!-- title page -->
  <xsl:param name="size-h1">12.5pt</xsl:param>
  <xsl:param name="size-h2">11pt</xsl:param>
  <xsl:param name="size-h3">10.5pt</xsl:param>
  <!-- paragraphs: archive documents read best in block style (the converter makes every source
       line a paragraph, so short header lines would be indented otherwise); for book-style
       indented paragraphs set paragraph-indent to e.g. 1.4em and paragraph-space to 0pt -->
  <xsl:param name="paragraph-indent">0pt</xsl:param>    <!-- first-line indent of following paragraphs -->
  <xsl:param name="paragraph-space">0.45em</xsl:param>  <!-- space between paragraphs -->
  <xsl:param name="list-indent">1.4em</xsl:param>       <!-- left indent of lists -->
  <xsl:param name="text-align">justify</xsl:param>
  <xsl:param name="hyphenate">true</xsl:param>
  <!-- the interface language (labels from ../common/i18n.xml) and the default hyphenation
       language; a document's own xml:lang marks its text -->
  <xsl:param name="language">en</xsl:param>
  <!-- 'yes': each document is hyphenated in its own language (its xml:lang or langUsage), which
       also tags the PDF's text; 'no': everything in $language -->
  <xsl:param name="language-from-document">yes</xsl:param>

  <!-- ===== colours ===== -->
  <xsl:param name="colour-text">#1a1a1a</xsl:param>
  <xsl:param name="colour-accent">#6b1d1d</xsl:param>   <!-- titles, rules -->
  <xsl:param name="colour-muted">#666666</xsl:param>    <!-- running heads, page marks, labels -->
  <xsl:param name="colour-rule">#999999</xsl:param>
  <xsl:param name="colour-editorial">#1a1a1a</xsl:param><!-- bracketed editorial text -->

  <!-- ===== content switches ===== -->
  <!-- 'yes': print the rest of the teiHeader (responsibility, publication, encoding…) as a
       small-type "About this document" section after the text, so that no text is lost -->
  <xsl:param name="with-header-appendix">yes</xsl:param>
  <!-- 'yes': fo:external-graphic for graphic/@url (files must exist); otherwise a text placeholder -->
  <xsl:param name="with-graphics">no</xsl:param>
  <!-- 'yes': a new page before each div[@type='document'] when one TEI file holds several
       (FRUS volumes); 'no': a rule and space between them -->
  <xsl:param name="break-before-documents">no</xsl:param>
  <!-- diplomatic transcription: 'auto' (teipress's own TEI keeps its source's brackets, any other
       TEI is printed with the Leiden sigla of the EpiDoc stylesheets), 'leiden' or 'source' -->
  <xsl:param name="transcription-convention">auto</xsl:param>
  <!-- external links: 'yes' lets coordinates (geo) link to the map service; identifiers and
       references that are URLs are links in any case.  LAT and LON are replaced. -->
  <xsl:param name="external-links">no</xsl:param>
  <xsl:param name="map-url">https://www.openstreetmap.org/?mlat=LAT&amp;mlon=LON#map=12/LAT/LON</xsl:param>
  <!-- labels: every label-* parameter is in ../common/labels.xsl, in the interface language -->

  <!-- critical apparatus: 'foot' (each entry at the foot of its page, keyed by its line) or 'end'
       (all entries after the text) -->
  <xsl:param name="apparatus-position">foot</xsl:param>
  <!-- 'yes': the generic template marks what it renders (tp:fallback="NAME"), for counting -->
  <xsl:param name="mark-fallback">no</xsl:param>
  <!-- the longest bookmark title, in characters (shortened at a word boundary) -->
  <xsl:param name="bookmark-length">90</xsl:param>
  <!-- verse and manuscript lines: the number of every Nth line in the outer margin (5: every
       fifth line, 1: every line, 0: none); lb lines are numbered where lb has @n or the text is an
       EpiDoc edition (div[@type='edition']), or everywhere with lb-line-numbers 'yes' -->
  <xsl:param name="line-numbers-every">5</xsl:param>
  <xsl:param name="lb-line-numbers">auto</xsl:param>
  <xsl:param name="line-number-width">10mm</xsl:param>   <!-- how far into the margin the numbers stand -->
  <xsl:param name="size-line-number">7pt</xsl:param>
  <!-- the continuation of a split verse line (l[@part='M' or @part='F']) starts where the part
       before it ended: this many em per character of that part (FO cannot measure text) -->
  <xsl:param name="split-line-em-per-character">0.47</xsl:param>
  <!-- ===== attribute sets ===== -->
  <xsl:attribute-set name="body-font">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-body"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$size-body"/></xsl:attribute>
    <xsl:attribute name="line-height"><xsl:value-of select="$leading"/></xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$colour-text"/></xsl:attribute>
    <xsl:attribute name="text-align"><xsl:value-of select="$text-align"/></xsl:attribute>
    <xsl:attribute name="hyphenate"><xsl:value-of select="$hyphenate"/></xsl:attribute>
    <xsl:attribute name="language"><xsl:value-of select="$language"/></xsl:attribute>
    <xsl:attribute name="orphans">2</xsl:attribute>
    <xsl:attribute name="widows">2</xsl:attribute>
  </xsl:attribute-set>

  <!-- small capitals: FOP does not synthesize font-variant="small-caps", the fonts have no real
       small caps, and FOP measures text-transform="uppercase" text with the lower-case widths
       (overprinting); so the stylesheets upper-case the text themselves (named template
       "upper" in document.xsl) and set it with these properties -->
  <xsl:attribute-set name="small-caps">
    <xsl:attribute name="font-size">80%</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.06em</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="running-head">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-body"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$size-running"/></xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$colour-muted"/></xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="letter-spacing">0.04em</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="doc-title">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-display"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$size-title"/></xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$colour-accent"/></xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-after">4mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="metadata">
    <xsl:attribute name="font-size"><xsl:value-of select="$size-small"/></xsl:attribute>
    <xsl:attribute name="line-height">1.3</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="space-after">7mm</xsl:attribute>
    <xsl:attribute name="padding-top">2mm</xsl:attribute>
    <xsl:attribute name="padding-bottom">2.5mm</xsl:attribute>
    <xsl:attribute name="border-top">0.6pt solid <xsl:value-of select="$colour-accent"/></xsl:attribute>
    <xsl:attribute name="border-bottom">0.4pt solid <xsl:value-of select="$colour-rule"/></xsl:attribute>
  </xsl:attribute-set>

  <!-- the heading an EpiDoc division without one gets (Edition, Commentary, ...) -->
  <xsl:attribute-set name="division-label">
    <xsl:attribute name="font-size"><xsl:value-of select="$size-h2"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="space-before">4.5mm</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="footnote-body">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-body"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$size-note"/></xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$colour-text"/></xsl:attribute>
    <xsl:attribute name="space-after">1.2pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="apparatus-entry">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-body"/></xsl:attribute>
    <xsl:attribute name="font-size"><xsl:value-of select="$size-note"/></xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
    <xsl:attribute name="font-style">normal</xsl:attribute>
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="text-indent">0pt</xsl:attribute>
    <xsl:attribute name="start-indent">0pt</xsl:attribute>
    <xsl:attribute name="end-indent">0pt</xsl:attribute>
    <xsl:attribute name="color"><xsl:value-of select="$colour-text"/></xsl:attribute>
    <xsl:attribute name="space-after">1.2pt</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="floating-text">
    <xsl:attribute name="font-size"><xsl:value-of select="$size-small"/></xsl:attribute>
    <xsl:attribute name="line-height">1.35</xsl:attribute>
    <xsl:attribute name="margin-left">7mm</xsl:attribute>
    <xsl:attribute name="margin-right">4mm</xsl:attribute>
    <xsl:attribute name="padding-left">4mm</xsl:attribute>
    <xsl:attribute name="border-left">0.6pt solid <xsl:value-of select="$colour-rule"/></xsl:attribute>
    <xsl:attribute name="space-before">3mm</xsl:attribute>
    <xsl:attribute name="space-after">3mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="code">
    <xsl:attribute name="font-family"><xsl:value-of select="$font-mono"/></xsl:attribute>
    <xsl:attribute name="font-size">7.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
    <xsl:attribute name="text-align">start</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
    <xsl:attribute name="white-space-collapse">false</xsl:attribute>
    <xsl:attribute name="white-space-treatment">preserve</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
    <xsl:attribute name="wrap-option">wrap</xsl:attribute>
    <xsl:attribute name="background-color">#f4f4f0</xsl:attribute>
    <xsl:attribute name="padding">1.5mm</xsl:attribute>
    <xsl:attribute name="space-before">2mm</xsl:attribute>
    <xsl:attribute name="space-after">2mm</xsl:attribute>
  </xsl:attribute-set>
</xsl:stylesheet>
