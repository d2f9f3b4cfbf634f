<?xml version="1.0" encoding="UTF-8"?>
<!--
  teipress common: every label of the HTML and the print edition as a parameter, label-KEY, whose
  default is the entry KEY of the translations file (i18n.xml) in the interface language. A
  profile overrides one by redefining its xsl:param, a build by the param option
  (label-notes=Endnotes). Month names, language names, the kinds of editorial interventions and the
  document types are looked up where they are used (tp-i18n with month-N, month-of-N, language-CODE,
  kind-KIND, type-TYPE).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:import href="i18n.xsl"/>

  <xsl:param name="label-skip-to-content"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'skip-to-content'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-edition-default-title"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'edition-default-title'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-nav-label"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'nav-label'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-nav-documents"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'nav-documents'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-nav-persons"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'nav-persons'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-nav-places"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'nav-places'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-nav-orgs"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'nav-orgs'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-footer-rendered"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'footer-rendered'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-footer-views"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'footer-views'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-footer-publisher"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'footer-publisher'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-footer-editors"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'footer-editors'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-footer-licence"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'footer-licence'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-text"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'text'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-document"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'document'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-untitled"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'untitled'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-view-group"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'view-group'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-view-legend"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'view-legend'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-view-reading"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'view-reading'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-view-printed"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'view-printed'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-about"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'about'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-summary"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'summary'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-date"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'date'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-cover-message"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'cover-message'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-corresp-sent"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'corresp-sent'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-corresp-received"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'corresp-received'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-corresp-transmitted"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'corresp-transmitted'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-corresp-forwarded"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'corresp-forwarded'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-language"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'language'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-translation-from"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'translation-from'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-translation-by"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'translation-by'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-archival-sources"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'archival-sources'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-record"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'record'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-record-n"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'record-n'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-credits"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'credits'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-contents"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'contents'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-cite"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'cite'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-full-header"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'full-header'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-notes"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'notes'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-translated-from"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'translated-from'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-not-before"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-before'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-not-after"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-after'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-undated"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'undated'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-date-day-month-year"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'date-day-month-year'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-date-month-year"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'date-month-year'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-documents-intro"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'documents-intro'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-documents-intro-one"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'documents-intro-one'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search-label"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search-label'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search-placeholder"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search-placeholder'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-browse-by"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'browse-by'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-year"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'year'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-year-bce"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'year-bce'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-filter-person"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'filter-person'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-filter-place"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'filter-place'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-more"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'more'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-type"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'type'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-timeline"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'timeline'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-timeline-description"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'timeline-description'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-invalid-document"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'invalid-document'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-drafts-intro"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'drafts-intro'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-editors"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'editors'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-authority-intro"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'authority-intro'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-pseudonyms"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'pseudonyms'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-also"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'also'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-abbreviation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'abbreviation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-not-in-authority"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-in-authority'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-named-in-documents"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'named-in-documents'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-register-intro"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'register-intro'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-not-mentioned"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-mentioned'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-passages"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'passages'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-metadata"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'metadata'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-external-identifier"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'external-identifier'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-copy-citation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'copy-citation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-copied"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'copied'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-copy-failed"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'copy-failed'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-clear-filters"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'clear-filters'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-filter-status"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'filter-status'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search-found"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search-found'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search-showing"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search-showing'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-search-none"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'search-none'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-volume-default-title"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'volume-default-title'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-n-documents"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'n-documents'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-one-document"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'one-document'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-pseudonym-see"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'pseudonym-see'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-pseudonym-abbreviation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'pseudonym-abbreviation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-index-persons"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'index-persons'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-page"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'page'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-source"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'source'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-sources"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'sources'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-citation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'citation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-translation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'translation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-translation-from-original"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'translation-from-original'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-editorial-method"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'editorial-method'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-publication"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'publication'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-project"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'project'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-publisher"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'publisher'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-funder"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'funder'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-title"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'title'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-author"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'author'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-editor"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'editor'"/></xsl:call-template></xsl:param>
  <!-- before the editors' names in a citation: "“Title”, ed. by Eva Holm" -->
  <xsl:param name="label-edited-by"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'edited-by'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-licence"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'licence'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-place-of-publication"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'place-of-publication'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-change"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'change'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-identifier"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'identifier'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-facsimile"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'facsimile'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-corpus"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'corpus'"/></xsl:call-template></xsl:param>

  <!-- ===== the full header: the source's edition (editionStmt), an identifier that is a URL, an image the edition does not show ===== -->
  <xsl:param name="label-edition"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'edition'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-url"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'url'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-image"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'image'"/></xsl:call-template></xsl:param>

  <!-- ===== critical apparatus ===== -->
  <xsl:param name="label-apparatus"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'apparatus'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-witnesses"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'witnesses'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-app-omitted"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'app-omitted'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-app-mark"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'app-mark'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-app-entry"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'app-entry'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-line"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'line'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-back-to-text"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'back-to-text'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-to-the-line"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'to-the-line'"/></xsl:call-template></xsl:param>

  <!-- ===== the divisions of an EpiDoc edition that have no heading of their own ===== -->
  <xsl:param name="label-division-edition"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'division-edition'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-division-translation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'division-translation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-division-commentary"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'division-commentary'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-division-apparatus"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'division-apparatus'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-division-bibliography"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'division-bibliography'"/></xsl:call-template></xsl:param>

  <!-- ===== diplomatic transcription (Leiden sigla): each siglum of the key, how it looks (-sample), then what it means ===== -->
  <xsl:param name="label-vacat"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'vacat'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-space"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'space'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-sigla"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'sigla'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-lost-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-lost-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-lost"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-lost'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-gap-lost-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-gap-lost-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-gap-lost"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-gap-lost'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-omitted-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-omitted-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-omitted"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-omitted'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-illegible-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-illegible-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-illegible"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-illegible'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-expansion-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-expansion-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-expansion"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-expansion'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-abbreviation-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-abbreviation-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-abbreviation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-abbreviation'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-unclear-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-unclear-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-unclear"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-unclear'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-erased-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-erased-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-erased"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-erased'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-added-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-added-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-added"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-added'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-surplus-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-surplus-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-surplus"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-surplus'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-vacat-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-vacat-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-vacat"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-vacat'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-supraline-sample"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-supraline-sample'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-siglum-supraline"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'siglum-supraline'"/></xsl:call-template></xsl:param>

  <!-- ===== registers: born, died, flourished ===== -->
  <xsl:param name="label-born"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'born'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-died"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'died'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-floruit"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'floruit'"/></xsl:call-template></xsl:param>

  <!-- ===== the placeholder of a document that could not be printed, in a draft build of the volume ===== -->
  <xsl:param name="label-not-printed"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-printed'"/></xsl:call-template></xsl:param>
  <xsl:param name="label-not-printed-explanation"><xsl:call-template name="tp-i18n"><xsl:with-param name="key" select="'not-printed-explanation'"/></xsl:call-template></xsl:param>

</xsl:stylesheet>
