// teipress's own RELAX NG engine on a small grammar: each kind of problem comes out as one line in
// the explainer's words, with what the derivative says was expected, at the exact line and
// column of the offending start tag or text when the file is streamed; several problems in one
// document are all reported (one each); IDs are checked as RELAX NG's DTD compatibility wants.
#include "relaxng_engine.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

// The grammar of relaxng_explainer_test.cc, so that the two engines' words can be compared.
constexpr const char* kGrammar = R"(<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:t"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <optional><attribute name="status"><choice><value>free</value><value>restricted</value></choice></attribute></optional>
    <ref name="head"/><zeroOrMore><ref name="p"/></zeroOrMore><ref name="tail"/>
  </element></define>
  <define name="head"><element name="head"><text/></element></define>
  <define name="tail"><element name="tail"><choice><ref name="sig"/><ref name="date"/></choice></element></define>
  <define name="sig"><element name="sig"><text/></element></define>
  <define name="date"><element name="date"><attribute name="when"><data type="date"/></attribute><empty/></element></define>
  <define name="p"><element name="p">
    <optional><attribute name="id" ns="http://www.w3.org/XML/1998/namespace"><data type="ID"/></attribute></optional>
    <optional><attribute name="target"><data type="anyURI"/></attribute></optional>
    <optional><attribute name="at"><data type="dateTime"/></attribute></optional>
    <optional><attribute name="ref"><data type="IDREF"/></attribute></optional>
    <zeroOrMore><choice><ref name="hi"/><ref name="br"/></choice></zeroOrMore>
  </element></define>
  <define name="hi"><element name="hi"><attribute name="rend"/><text/></element></define>
  <define name="br"><element name="br"><empty/></element></define>
</grammar>
)";

class RelaxNgEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = new testing::TemporaryDirectory();
    const std::string path = (directory_->path() / "grammar.rng").string();
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, kGrammar, error)) << error;
    std::vector<Diagnostic> diagnostics;
    engine_ = RelaxNgEngine::Compile(path, diagnostics).release();
    ASSERT_NE(engine_, nullptr);
  }
  static void TearDownTestSuite() {
    delete engine_;
    delete directory_;
  }

  static std::string Write(const std::string& xml) {
    const std::string path = (directory_->path() / "case.xml").string();
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(path, xml, error, Durability::kRegenerable)) << error;
    return path;
  }

  static std::vector<std::string> Lines(const std::vector<Diagnostic>& diagnostics, bool with_columns = true) {
    std::vector<std::string> lines;
    for (Diagnostic d : diagnostics) {
      if (!with_columns) d.column = 0;
      const std::string line = FormatGnu(d);
      lines.push_back(line.substr(line.find("case.xml:")));
    }
    return lines;
  }

  // Streams the document (root start tag on line 1, `body` from line 2); returns its diagnostics.
  static std::vector<std::string> Stream(const std::string& root_attributes, const std::string& body, bool& valid) {
    const std::string path = Write("<doc xmlns=\"urn:t\"" + root_attributes + ">\n" + body + "\n</doc>\n");
    std::vector<Diagnostic> diagnostics;
    valid = engine_->ValidateFile(path, diagnostics);
    return Lines(diagnostics);
  }

  static testing::TemporaryDirectory* directory_;
  static RelaxNgEngine* engine_;
};

testing::TemporaryDirectory* RelaxNgEngineTest::directory_ = nullptr;
RelaxNgEngine* RelaxNgEngineTest::engine_ = nullptr;

struct Case {
  const char* label;
  const char* root_attributes;
  const char* body;      // starts on line 2
  const char* expected;  // the one diagnostic, from the file name on; empty: valid
};

const Case kCases[] = {
    {"missing required child", "", "<head/>\n  <p/>",
     "case.xml:1:1: error: element <doc> is incomplete: it lacks <tail> [relaxng.missing-element]"},
    {"child before the required first one", "", "  <p/>\n<tail><sig/></tail>",
     "case.xml:2:3: error: element <p> is not allowed here in <doc>; <doc> first needs <head> [relaxng.unexpected-element]"},
    {"unknown element", "", "<head/><p><bogus/></p><tail><sig/></tail>",
     "case.xml:2:11: error: element <bogus> is not defined by the schema; <p> allows <br>, <hi> or the end of <p> "
     "[relaxng.unknown-element]"},
    {"element in the wrong place", "", "<head/><tail><sig/><sig/></tail>",
     "case.xml:2:20: error: element <sig> is not allowed here in <tail> (expected the end of <tail>) "
     "[relaxng.unexpected-element]"},
    {"value outside the closed list", " status=\"open\"", "<head/><tail><sig/></tail>",
     "case.xml:1:1: error: attribute 'status' of <doc> has the value 'open'; expected one of 'free' or 'restricted' "
     "[relaxng.attribute-value]"},
    {"value not of the datatype", "", "<head/><tail><date when=\"1951-02-30\"/></tail>",
     "case.xml:2:14: error: attribute 'when' of <date> has the value '1951-02-30'; expected xsd:date "
     "[relaxng.attribute-value]"},
    {"unknown attribute", "", "<head/><p x=\"1\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'x' is not allowed on <p>; remove it or use an attribute the schema defines for <p> "
     "('at', 'ref', 'target' or 'xml:id') [relaxng.unknown-attribute]"},
    {"missing required attribute", "", "<head/><p><hi>a</hi></p><tail><sig/></tail>",
     "case.xml:2:11: error: element <hi> lacks the required attribute 'rend' [relaxng.missing-attribute]"},
    {"text where only elements go", "", "<head/>loose words<tail><sig/></tail>",
     "case.xml:2:8: error: text is not allowed directly in <doc>; wrap it in an element (expected <p> or <tail>) "
     "[relaxng.unexpected-text]"},
    {"duplicate ID", "", "<head/><p xml:id=\"a\"/>\n<p xml:id=\"a\"/><tail><sig/></tail>",
     "case.xml:3:1: error: attribute 'xml:id' of <p> repeats the ID 'a' already given on line 2; IDs must be unique "
     "within a document [relaxng.duplicate-id]"},
    {"IDREF without its ID", "", "<head/><p ref=\"nowhere\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'ref' of <p> refers to the ID 'nowhere', which no element of the document has "
     "[relaxng.unknown-id]"},
    {"IDREF before its ID", "", "<head/><p ref=\"b\"/><p xml:id=\"b\"/><tail><sig/></tail>", ""},
    {"content in an empty element", "", "<head/><p><br>x</br></p><tail><sig/></tail>",
     "case.xml:2:15: error: element <br> must be empty; remove its text [relaxng.not-empty]"},
    {"start tag over several lines", "", "<head/><p\n   x=\"1\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'x' is not allowed on <p>; remove it or use an attribute the schema defines for <p> "
     "('at', 'ref', 'target' or 'xml:id') [relaxng.unknown-attribute]"},
    // jing's verdicts.
    {"anyURI with a non-numeric port is a URI for jing", "", "<head/><p target=\"http://example.org:port/a\"/><tail><sig/></tail>",
     ""},
    {"anyURI with two fragments is not", "", "<head/><p target=\"a#b#c\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'target' of <p> has the value 'a#b#c'; expected xsd:anyURI [relaxng.attribute-value]"},
    {"hour 24 is not a dateTime for jing", "", "<head/><p at=\"1951-04-11T24:00:00\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'at' of <p> has the value '1951-04-11T24:00:00'; expected xsd:dateTime "
     "[relaxng.attribute-value]"},
    {"xml:id values are IDs only where the schema says so", "", "<head/><p xml:id=\"a\"/><tail><sig/></tail>", ""},
};

class RelaxNgEngineTableTest : public RelaxNgEngineTest, public ::testing::WithParamInterface<Case> {};

TEST_P(RelaxNgEngineTableTest, GivesOneClearLine) {
  const Case& c = GetParam();
  bool valid = false;
  const std::vector<std::string> lines = Stream(c.root_attributes, c.body, valid);
  if (*c.expected == '\0') {
    EXPECT_TRUE(valid);
    EXPECT_TRUE(lines.empty()) << ::testing::PrintToString(lines);
    return;
  }
  EXPECT_FALSE(valid);
  ASSERT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines.front(), c.expected);
}

// A document parsed into a tree (for Schematron or rendering) gets the same findings, on the same
// lines (columns come from the source line there).
TEST_P(RelaxNgEngineTableTest, SaysTheSameOfATree) {
  const Case& c = GetParam();
  bool valid = false;
  std::vector<std::string> streamed = Stream(c.root_attributes, c.body, valid);
  const std::string path = (directory_->path() / "case.xml").string();
  std::vector<Diagnostic> read;
  XmlDocPtr document = ReadXmlFile(path, read);
  ASSERT_TRUE(document);
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(engine_->ValidateDocument(document.get(), path, diagnostics), valid);
  std::vector<std::string> walked = Lines(diagnostics, false);
  for (std::string& line : streamed) {
    // Without the column: "case.xml:2:8: error" -> "case.xml:2: error".
    const size_t second = line.find(':', line.find(':') + 1);
    const size_t third = line.find(':', second + 1);
    if (line.substr(third, 8) == ": error:") line.erase(second, third - second);
  }
  if (std::string(c.label) == "start tag over several lines") {
    // The tree keeps the line where the start tag ends.
    ASSERT_EQ(walked.size(), 1u);
    EXPECT_EQ(walked[0].rfind("case.xml:3:", 0), 0u) << walked[0];
    return;
  }
  EXPECT_EQ(walked, streamed);
}

INSTANTIATE_TEST_SUITE_P(Shapes, RelaxNgEngineTableTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return testing::TestNameFromLabel(info.param.label); });

TEST_F(RelaxNgEngineTest, ReportsEveryProblemOnce) {
  bool valid = true;
  const std::vector<std::string> lines = Stream(
      "", "<head/>\n<p x=\"1\"><bogus><br/></bogus><hi>a</hi></p>\n<tail><hi rend=\"r\">b</hi></tail>", valid);
  EXPECT_FALSE(valid);
  EXPECT_EQ(lines, (std::vector<std::string>{
                       "case.xml:3:1: error: attribute 'x' is not allowed on <p>; remove it or use an attribute the "
                       "schema defines for <p> ('at', 'ref', 'target' or 'xml:id') [relaxng.unknown-attribute]",
                       "case.xml:3:10: error: element <bogus> is not defined by the schema; <p> allows <br>, <hi> or the "
                       "end of <p> [relaxng.unknown-element]",
                       "case.xml:3:30: error: element <hi> lacks the required attribute 'rend' [relaxng.missing-attribute]",
                       "case.xml:4:1: error: element <tail> is incomplete: it lacks one of <date> or <sig> "
                       "[relaxng.missing-element]",
                       "case.xml:4:7: error: element <hi> is not allowed here in <tail> (expected <date> or <sig>) "
                       "[relaxng.unexpected-element]",
                   }));
}

TEST_F(RelaxNgEngineTest, SaysWhenTheNamespaceIsWrong) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(engine_->ValidateFile(Write("<doc><head/><tail><sig/></tail></doc>\n"), diagnostics));
  EXPECT_EQ(Lines(diagnostics),
            std::vector<std::string>{"case.xml:1:1: error: element <doc> is in no namespace; the schema's elements are in "
                                     "'urn:t' (add xmlns=\"urn:t\" to the root element) [relaxng.namespace]"});
  diagnostics.clear();
  EXPECT_FALSE(engine_->ValidateFile(Write("<d:doc xmlns:d=\"urn:x\"/>\n"), diagnostics));
  EXPECT_EQ(Lines(diagnostics), std::vector<std::string>{"case.xml:1:1: error: element <d:doc> is in the wrong namespace "
                                                          "('urn:x'); expected 'urn:t' [relaxng.namespace]"});
}

TEST_F(RelaxNgEngineTest, ReportsAMalformedDocument) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(engine_->ValidateFile(Write("<doc xmlns=\"urn:t\"><head></doc>\n"), diagnostics));
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.back().rule, "xml.well-formed");
  diagnostics.clear();
  EXPECT_FALSE(engine_->ValidateFile((directory_->path() / "missing.xml").string(), diagnostics));
  EXPECT_TRUE(HasErrors(diagnostics));
}

TEST_F(RelaxNgEngineTest, ReadsInternalEntitiesAsTheirText) {
  std::vector<Diagnostic> diagnostics;
  // The entity's text is the content of <head>; in <doc> it would be text where only elements go.
  EXPECT_TRUE(engine_->ValidateFile(
      Write("<!DOCTYPE doc [<!ENTITY who \"Stalin\">]>\n<doc xmlns=\"urn:t\"><head>&who;</head><tail><sig/></tail></doc>\n"),
      diagnostics))
      << ::testing::PrintToString(Lines(diagnostics));
  EXPECT_FALSE(engine_->ValidateFile(
      Write("<!DOCTYPE doc [<!ENTITY who \"Stalin\">]>\n<doc xmlns=\"urn:t\"><head/>&who;<tail><sig/></tail></doc>\n"),
      diagnostics));
}

}  // namespace
}  // namespace teipress
