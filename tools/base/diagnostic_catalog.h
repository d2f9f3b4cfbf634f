// Every rule id a teipress diagnostic can carry, declared once: the constants below, and for each
// its severity, a one-line explanation, an example and the fix in diagnostic_catalog.cc.
// docs/diagnostics.md is generated from the catalog. Code names a rule by its constant
// (rules::kConvertUnclosedBracket), never by a string literal; an id means one situation only.
//
// Tests check the catalog in both directions: every id a test run produces must be in it, and
// every id in it must be produced by some test. For that, a diagnostic made with a rule reports
// the rule's id (NoteRuleProduced) to the file named by the environment variable
// TEIPRESS_RULE_LOG, when it is set (ctest sets it for every test and compares at the end).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "diagnostic.h"

namespace teipress {

// A rule id of the catalog. It converts to the std::string of Diagnostic::rule; that conversion
// is what "producing" the rule means, so it is noted for the catalog's tests. Compare with ==,
// which notes nothing.
class RuleId {
 public:
  constexpr explicit RuleId(const char* id) : id_(id) {}
  constexpr std::string_view id() const { return id_; }
  operator std::string() const;  // NOLINT: implicit, so diagnostics are written {…, rules::kIoRead}

  friend bool operator==(const std::string& rule, RuleId id) { return rule == id.id_; }
  friend bool operator==(RuleId a, RuleId b) { return std::string_view(a.id_) == b.id_; }

 private:
  const char* id_;
};

namespace rules {

// Files.
inline constexpr RuleId kIoRead{"io.read"};
inline constexpr RuleId kIoWrite{"io.write"};
inline constexpr RuleId kIoNotAFile{"io.not-a-file"};
inline constexpr RuleId kIoOutOfMemory{"io.out-of-memory"};

// XML parsing (libxml2).
inline constexpr RuleId kXmlWellFormed{"xml.well-formed"};
inline constexpr RuleId kXmlExternalDtd{"xml.external-dtd"};
inline constexpr RuleId kXmlXInclude{"xml.xinclude"};
inline constexpr RuleId kXmlXIncludeOutside{"xml.xinclude-outside"};
inline constexpr RuleId kXmlOutOfMemory{"xml.internal"};
// The input policy of untrusted XML (tools/xml/xml_input_policy.h, SECURITY.md).
inline constexpr RuleId kXmlExternalEntity{"xml.external-entity"};
inline constexpr RuleId kXmlNetwork{"xml.network"};
inline constexpr RuleId kXmlXIncludeNotProcessed{"xml.xinclude-not-processed"};
inline constexpr RuleId kXmlLimitInputSize{"xml.limit-input-size"};
inline constexpr RuleId kXmlLimitDepth{"xml.limit-depth"};
inline constexpr RuleId kXmlLimitAttributes{"xml.limit-attributes"};
inline constexpr RuleId kXmlLimitText{"xml.limit-text"};
inline constexpr RuleId kXmlLimitEntityExpansion{"xml.limit-entity-expansion"};

// Stylesheets (libxslt).
inline constexpr RuleId kXsltCompile{"xslt.compile"};
inline constexpr RuleId kXsltMessage{"xslt"};
inline constexpr RuleId kXsltApply{"xslt.apply"};

// Plain-text input of the converter.
inline constexpr RuleId kInputBinary{"input.binary"};
inline constexpr RuleId kInputEncoding{"input.encoding"};
inline constexpr RuleId kInputEmpty{"input.empty"};
// XML input of the commands that only make sense on TEI (render, totext, split).
inline constexpr RuleId kInputNotTei{"input.not-tei"};

// The converter.
inline constexpr RuleId kConvertMissingTitle{"convert.missing-title"};
inline constexpr RuleId kConvertEmptyContents{"convert.empty-contents"};
inline constexpr RuleId kConvertUnknownLanguage{"convert.unknown-language"};
inline constexpr RuleId kConvertMissingCitation{"convert.missing-citation"};
inline constexpr RuleId kConvertMissingOriginalLanguage{"convert.missing-original-language"};
inline constexpr RuleId kConvertMissingUrl{"convert.missing-url"};
inline constexpr RuleId kConvertNoRecordId{"convert.no-record-id"};
inline constexpr RuleId kConvertEmptyBody{"convert.empty-body"};
inline constexpr RuleId kConvertOrphanFootnote{"convert.orphan-footnote"};
inline constexpr RuleId kConvertUnknownName{"convert.unknown-name"};
inline constexpr RuleId kConvertUnclosedBracket{"convert.unclosed-bracket"};
inline constexpr RuleId kConvertStrayBracket{"convert.stray-bracket"};
inline constexpr RuleId kConvertUnclassifiedNote{"convert.unclassified-note"};
inline constexpr RuleId kConvertDoubtfulNote{"convert.doubtful-note"};
inline constexpr RuleId kConvertKeptEdited{"convert.kept-edited"};
inline constexpr RuleId kConvertKeptUnmarked{"convert.kept-unmarked"};
inline constexpr RuleId kConvertDuplicateRecord{"convert.duplicate-record"};

// The edition configuration (teipress.toml, --set).
inline constexpr RuleId kConfigSyntax{"config.syntax"};
inline constexpr RuleId kConfigUnknownKey{"config.unknown-key"};
inline constexpr RuleId kConfigBadValue{"config.bad-value"};

// Authority files.
inline constexpr RuleId kAuthorityMissing{"authority.missing"};

// RELAX NG: the schema, and what is wrong with a document.
inline constexpr RuleId kSchemaCompile{"schema.compile"};
inline constexpr RuleId kRelaxNg{"relaxng"};
inline constexpr RuleId kRelaxNgRootElement{"relaxng.root-element"};
inline constexpr RuleId kRelaxNgUnexpectedElement{"relaxng.unexpected-element"};
inline constexpr RuleId kRelaxNgUnknownElement{"relaxng.unknown-element"};
inline constexpr RuleId kRelaxNgMissingElement{"relaxng.missing-element"};
inline constexpr RuleId kRelaxNgNamespace{"relaxng.namespace"};
inline constexpr RuleId kRelaxNgUnexpectedText{"relaxng.unexpected-text"};
inline constexpr RuleId kRelaxNgNotEmpty{"relaxng.not-empty"};
inline constexpr RuleId kRelaxNgMissingAttribute{"relaxng.missing-attribute"};
inline constexpr RuleId kRelaxNgUnknownAttribute{"relaxng.unknown-attribute"};
inline constexpr RuleId kRelaxNgAttributeValue{"relaxng.attribute-value"};
inline constexpr RuleId kRelaxNgDuplicateId{"relaxng.duplicate-id"};
inline constexpr RuleId kRelaxNgUnknownId{"relaxng.unknown-id"};
inline constexpr RuleId kRelaxNgAttributes{"relaxng.attributes"};
inline constexpr RuleId kRelaxNgValue{"relaxng.value"};
inline constexpr RuleId kRelaxNgContent{"relaxng.content"};

// ISO Schematron: the engine. A check of a schema is reported under its own id.
inline constexpr RuleId kSchematronCompile{"schematron.compile"};
inline constexpr RuleId kSchematronApply{"schematron.apply"};
inline constexpr RuleId kSchematronInclude{"schematron.include"};
inline constexpr RuleId kSchematronUnnamed{"schematron"};

// The edition's Schematron rules (schemas/edition.sch): C++ never produces them; the schema's
// assert and report ids are checked against these.
inline constexpr RuleId kEditionAuthorityFound{"edition-authority-found"};
inline constexpr RuleId kEditionRefPerson{"edition-ref-person"};
inline constexpr RuleId kEditionRefPlace{"edition-ref-place"};
inline constexpr RuleId kEditionRefOrg{"edition-ref-org"};
inline constexpr RuleId kEditionRefArchive{"edition-ref-archive"};
inline constexpr RuleId kEditionRefResolves{"edition-ref-resolves"};
inline constexpr RuleId kEditionRespResolves{"edition-resp-resolves"};
inline constexpr RuleId kEditionDateReal{"edition-date-real"};
inline constexpr RuleId kEditionDateOrder{"edition-date-order"};
inline constexpr RuleId kEditionDateNear{"edition-date-near"};
inline constexpr RuleId kEditionRecordId{"edition-record-id"};
inline constexpr RuleId kEditionRecordFile{"edition-record-file"};
inline constexpr RuleId kEditionRecordUri{"edition-record-uri"};
inline constexpr RuleId kEditionNoBrackets{"edition-no-brackets"};
inline constexpr RuleId kEditionFootnoteN{"edition-footnote-n"};
inline constexpr RuleId kEditionFootnoteUnique{"edition-footnote-unique"};
inline constexpr RuleId kEditionFootnoteSequence{"edition-footnote-sequence"};
inline constexpr RuleId kEditionTelegramSender{"edition-telegram-sender"};
inline constexpr RuleId kEditionTelegramAddressee{"edition-telegram-addressee"};
inline constexpr RuleId kEditionTelegramSigned{"edition-telegram-signed"};
inline constexpr RuleId kEditionTelegramAddressed{"edition-telegram-addressed"};

// Rendering and print.
inline constexpr RuleId kRenderMissingStylesheet{"render.missing-stylesheet"};
inline constexpr RuleId kRenderMissingAsset{"render.missing-asset"};
inline constexpr RuleId kRenderFolder{"render.folder"};
inline constexpr RuleId kRenderSameName{"render.same-name"};
inline constexpr RuleId kFopMissing{"fop.missing"};
inline constexpr RuleId kFopError{"fop.error"};
inline constexpr RuleId kFopWarning{"fop.warning"};
inline constexpr RuleId kFopGlyphMissing{"fop.glyph-missing"};
inline constexpr RuleId kFopFontMissing{"fop.font-missing"};

// The edition build.
inline constexpr RuleId kBuildNoDocuments{"build.no-documents"};

// The FRUS splitter.
inline constexpr RuleId kSplitNoDocuments{"split.no-documents"};

// The edition build.
inline constexpr RuleId kBuildLocked{"build.locked"};
inline constexpr RuleId kBuildDuplicateRecord{"build.duplicate-record"};
inline constexpr RuleId kBuildVolumeWithoutDocument{"build.volume-without-document"};

}  // namespace rules

// Where the severity of a rule's diagnostics comes from.
enum class SeveritySource {
  kCatalog,  // always `severity`
  kTool,     // errors are `severity`; the tool that found it (libxml2, libxslt, a Schematron role) may say warning
};

struct DiagnosticRule {
  RuleId rule;
  Severity severity;
  SeveritySource severity_source;
  std::string_view explanation;  // one line: what the rule finds
  std::string_view example;      // a diagnostic as teipress prints it, "FILE:LINE:COL: severity: message [id]"
  std::string_view fix;          // what to do about it
};

// Every rule, grouped by the stage that reports it.
std::span<const DiagnosticRule> DiagnosticCatalog();

// The entry of `id`, or null.
const DiagnosticRule* FindDiagnosticRule(std::string_view id);

// Notes that a diagnostic with rule `id` was produced (see the top of this file). RuleId's
// conversion calls it for the catalog's constants; the Schematron runner calls it with
// `from_schema` for the ids of a schema's own checks, which the catalog lists only for
// schemas/edition.sch.
void NoteRuleProduced(std::string_view id, bool from_schema = false);

}  // namespace teipress
