// schemas/edition.sch, the edition's Schematron rules: each rule fails on a small document that
// breaks it and stays silent on one that keeps it; every converted sample passes.
#include <gtest/gtest.h>

#include <map>

#include "converter.h"
#include "data_paths.h"
#include "diagnostic_catalog.h"
#include "schematron_validator.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

// A small document that keeps every rule; each case breaks one thing in it.
constexpr const char* kGood = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="wcda-113009">
<teiHeader><fileDesc><titleStmt><title type="main">Ciphered Telegram from Filippov [Stalin] to Mao Zedong</title>
<respStmt xml:id="editor"><resp>notes</resp><name>Editor</name></respStmt></titleStmt>
<publicationStmt><publisher>Wilson Center</publisher><idno type="record">113009</idno>
<idno type="URI">http://digitalarchive.wilsoncenter.org/document/113009</idno></publicationStmt>
<sourceDesc><bibl type="citation">[as printed]</bibl><listBibl type="archival"><msDesc><msIdentifier>
<repository ref="#APRF">Archive</repository></msIdentifier></msDesc></listBibl></sourceDesc></fileDesc>
<profileDesc><creation><date when="1951-08-28">August 28, 1951</date></creation>
<correspDesc><correspAction type="sent"><persName ref="#stalin">FILIPPOV</persName></correspAction>
<correspAction type="received"><persName ref="#mao-zedong">MAO ZEDONG</persName></correspAction></correspDesc>
</profileDesc></teiHeader>
<text><body><div type="document">
<p>In <placeName ref="#beijing">Beijing</placeName> the <orgName ref="#cc-vkpb">CC</orgName> met on
<date when="1951-08-27">27 August</date><note place="foot" n="1">one</note> and
<date notBefore="1951-08" notAfter="1951-09">later</date><note place="foot" n="2">two</note>.<time when="10:00:00">10 am</time></p>
<floatingText type="telegram"><body><opener><address><addrLine>TO <persName ref="#mao-zedong">MAO</persName></addrLine></address></opener>
<p>Text<note type="editorial" resp="#editor">a note</note></p><closer><signed>FILIPPOV</signed></closer></body></floatingText>
</div></body></text></TEI>)";

const SchematronSchema& EditionRules() {
  static const std::unique_ptr<SchematronSchema> schema = [] {
    std::vector<Diagnostic> diagnostics;
    auto compiled = SchematronSchema::Compile(testing::SourceDir() + "/schemas/edition.sch", {}, diagnostics);
    for (const Diagnostic& d : diagnostics) ADD_FAILURE() << FormatGnu(d);
    return compiled;
  }();
  return *schema;
}

std::vector<Diagnostic> Check(const std::string& tei, const std::string& file = "/edition/tei/113009.xml") {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(tei, file, diagnostics);
  EXPECT_TRUE(document) << tei;
  if (document) EditionRules().Validate(document.get(), file, diagnostics);
  return diagnostics;
}

std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

TEST(EditionRules, TheGoodDocumentKeepsEveryRule) {
  for (const Diagnostic& d : Check(kGood)) ADD_FAILURE() << FormatGnu(d);
}

TEST(EditionRules, EachRuleFailsOnADocumentThatBreaksIt) {
  struct Case {
    const char* rule;
    std::string from, to;
    Severity severity;
    int line;
  };
  const Case cases[] = {
      {"edition-ref-person", R"(<persName ref="#stalin">)", R"(<persName ref="#stallin">)", Severity::kError, 9},
      {"edition-ref-place", "#beijing", "#peking", Severity::kError, 13},
      {"edition-ref-org", "#cc-vkpb", "#cc", Severity::kError, 13},
      {"edition-ref-archive", "#APRF", "#XYZ", Severity::kError, 7},
      {"edition-ref-resolves", R"(<name>Editor</name>)", R"(<name ref="#nobody">Editor</name>)", Severity::kError, 3},
      {"edition-resp-resolves", R"(resp="#editor")", R"(resp="#typist")", Severity::kError, 17},
      {"edition-date-real", R"(when="1951-08-27")", R"(when="1951-02-29")", Severity::kError, 14},
      {"edition-date-order", R"(notBefore="1951-08" notAfter="1951-09")", R"(notBefore="1951-10" notAfter="1951-09")",
       Severity::kError, 15},
      {"edition-date-near", R"(when="1951-08-27")", R"(when="1915-08-27")", Severity::kWarning, 14},
      {"edition-record-id", R"(xml:id="wcda-113009")", R"(xml:id="wcda-113010")", Severity::kError, 1},
      {"edition-record-uri", "document/113009<", "document/113010<", Severity::kError, 1},
      {"edition-no-brackets", "Text<note", "Text [sic]<note", Severity::kError, 17},
      {"edition-footnote-unique", R"(n="2">two)", R"(n="1">two)", Severity::kWarning, 15},
      {"edition-footnote-sequence", R"(n="2">two)", R"(n="3">two)", Severity::kWarning, 15},
      {"edition-footnote-n", R"(n="2">two)", R"(>two)", Severity::kError, 15},
      {"edition-telegram-sender", R"(type="sent")", R"(type="transmitted")", Severity::kWarning, 1},
      {"edition-telegram-addressee", R"(type="received")", R"(type="transmitted")", Severity::kWarning, 1},
      {"edition-telegram-signed", "<signed>FILIPPOV</signed>", "<salute>Greetings</salute>", Severity::kWarning, 16},
      {"edition-telegram-addressed", "<opener><address><addrLine>TO <persName ref=\"#mao-zedong\">MAO</persName></addrLine></address></opener>",
       "", Severity::kWarning, 16},
  };
  for (const Case& c : cases) {
    const auto diagnostics = Check(Replaced(kGood, c.from, c.to));
    bool found = false;
    for (const Diagnostic& d : diagnostics) {
      if (d.rule != c.rule) {
        ADD_FAILURE() << c.rule << ": unexpected " << FormatGnu(d);
        continue;
      }
      found = true;
      EXPECT_EQ(d.severity, c.severity) << c.rule;
      EXPECT_EQ(d.line, c.line) << c.rule;
      EXPECT_FALSE(d.message.empty());
    }
    EXPECT_TRUE(found) << c.rule;
  }
}

// A bracket printed in error is kept, on purpose, as the sic of a choice with its correction; a
// bracket anywhere else (even in the correction) is still a finding.
TEST(EditionRules, ABracketKeptAsTheSicOfAChoiceIsNoFinding) {
  for (const Diagnostic& d : Check(Replaced(kGood, "Text<note", "Text<choice><sic>(see p. 4]</sic><corr>(see p. 4)</corr></choice><note"))) {
    ADD_FAILURE() << FormatGnu(d);
  }
  const auto diagnostics = Check(Replaced(kGood, "Text<note", "Text<choice><sic>x</sic><corr>]</corr></choice><note"));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "edition-no-brackets");
}

TEST(EditionRules, TheFileNameMustBeTheRecordId) {
  const auto diagnostics = Check(kGood, "/edition/tei/seed.xml");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "edition-record-file");
  EXPECT_NE(diagnostics[0].message.find("rename it to 113009.xml"), std::string::npos);
}

TEST(EditionRules, MissingAuthorityFilesAreOneClearError) {
  std::vector<Diagnostic> diagnostics;
  testing::TemporaryDirectory empty;
  auto schema = SchematronSchema::Compile(testing::SourceDir() + "/schemas/edition.sch",
                                          {"", {{"authority-dir", empty.path().string() + "/"}}}, diagnostics);
  ASSERT_TRUE(schema);
  XmlDocPtr document = ReadXmlMemory(kGood, "/edition/tei/113009.xml", diagnostics);
  schema->Validate(document.get(), "113009.xml", diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "edition-authority-found");
}

TEST(EditionRules, TheOfflinePhaseSkipsTheAuthorityLookups) {
  std::vector<Diagnostic> diagnostics;
  auto schema = SchematronSchema::Compile(testing::SourceDir() + "/schemas/edition.sch", {"offline", {}}, diagnostics);
  ASSERT_TRUE(schema);
  XmlDocPtr document = ReadXmlMemory(Replaced(kGood, "#beijing", "#peking"), "/e/113009.xml", diagnostics);
  EXPECT_TRUE(schema->Validate(document.get(), "113009.xml", diagnostics));
  EXPECT_TRUE(diagnostics.empty());
}

TEST(EditionRules, EveryConvertedSamplePasses) {
  const auto sources = testing::ShippedSources();
  ASSERT_GE(sources.size(), 15u);
  for (const auto& source : sources) {
    std::vector<Diagnostic> diagnostics;
    const ConversionResult result =
        Convert(testing::ReadText(source), source.string(), testing::EditionAuthority(), diagnostics);
    ASSERT_TRUE(result.ok) << source;
    for (const Diagnostic& d : Check(result.tei, "/edition/tei/" + result.record_id + ".xml")) {
      ADD_FAILURE() << source << ": " << FormatGnu(d);
    }
  }
}

// The schema's checks and the diagnostics catalog name the same ids, with the same severity.
void CollectChecks(xmlNodePtr node, const std::string& inherited_role, std::map<std::string, Severity>& checks) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    const std::string name = AsChars(node->name);
    XmlCharsPtr role_attribute(xmlGetProp(node, AsXmlChars("role")));
    const std::string role = role_attribute ? AsChars(role_attribute.get()) : inherited_role;
    if (name == "assert" || name == "report") {
      XmlCharsPtr id(xmlGetProp(node, AsXmlChars("id")));
      EXPECT_TRUE(id) << "an assert or report of edition.sch without an id, line " << xmlGetLineNo(node);
      if (id) checks[AsChars(id.get())] = role == "warning" ? Severity::kWarning : Severity::kError;
    }
    CollectChecks(node->children, name == "rule" ? role : inherited_role, checks);
  }
}

TEST(EditionRules, EveryCheckIsInTheDiagnosticsCatalog) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlFile(testing::SourceDir() + "/schemas/edition.sch", diagnostics);
  ASSERT_TRUE(schema);
  std::map<std::string, Severity> checks;
  CollectChecks(xmlDocGetRootElement(schema.get()), "", checks);
  std::map<std::string, Severity> listed;
  for (const DiagnosticRule& rule : DiagnosticCatalog()) {
    if (rule.rule.id().rfind("edition-", 0) == 0) listed[std::string(rule.rule.id())] = rule.severity;
  }
  EXPECT_EQ(checks, listed);
}

}  // namespace
}  // namespace teipress
