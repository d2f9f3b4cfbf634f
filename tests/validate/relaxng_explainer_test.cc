// Each kind of libxml2 validity error comes out as one clear line: the failing element's line and
// column, what is wrong, and what the schema expected there. A small grammar (compiled in
// milliseconds) stands in for TEI; the shapes of the messages are the same. (teipress's own
// engine words the same problems in relaxng_engine_test.cc.)
#include "relaxng_explainer.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "relaxng_validator.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

constexpr const char* kGrammar = R"(<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:t"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <optional><attribute name="status"><choice><value>free</value><value>restricted</value></choice></attribute></optional>
    <ref name="head"/><zeroOrMore><ref name="p"/></zeroOrMore><ref name="tail"/>
  </element></define>
  <define name="head"><element name="head"><text/></element></define>
  <define name="tail"><element name="tail"><choice><ref name="sig"/><ref name="date"/><ref name="span"/><ref name="num"/></choice></element></define>
  <define name="sig"><element name="sig"><text/></element></define>
  <define name="date"><element name="date"><attribute name="when"><data type="date"/></attribute><empty/></element></define>
  <define name="num"><element name="num"><data type="integer"/></element></define>
  <define name="span"><element name="span"><choice><attribute name="from"/><attribute name="at"/></choice><empty/></element></define>
  <define name="p"><element name="p">
    <optional><attribute name="id" ns="http://www.w3.org/XML/1998/namespace"><data type="ID"/></attribute></optional>
    <optional><attribute name="target"><data type="anyURI"/></attribute></optional>
    <optional><attribute name="at"><data type="dateTime"/></attribute></optional>
    <zeroOrMore><choice><ref name="hi"/><ref name="br"/></choice></zeroOrMore>
  </element></define>
  <define name="hi"><element name="hi"><attribute name="rend"/><text/></element></define>
  <define name="br"><element name="br"><empty/></element></define>
</grammar>
)";

class RelaxNgExplainerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    directory_ = new testing::TemporaryDirectory();
    const std::string path = (directory_->path() / "grammar.rng").string();
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, kGrammar, error)) << error;
    std::vector<Diagnostic> diagnostics;
    schema_ = RelaxNgSchema::Compile(path, diagnostics, RelaxNgEngineKind::kLibxml2).release();
    ASSERT_NE(schema_, nullptr);
  }
  static void TearDownTestSuite() {
    delete schema_;
    delete directory_;
  }

  // The diagnostics for `body`, the document's lines after the root's start tag.
  static std::vector<std::string> Validate(const std::string& root_attributes, const std::string& body, bool& valid) {
    const std::string path = (directory_->path() / "case.xml").string();
    const std::string xml = "<doc xmlns=\"urn:t\"" + root_attributes + ">\n" + body + "\n</doc>\n";
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(path, xml, error)) << error;
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile(path, diagnostics);
    EXPECT_TRUE(document) << xml;
    valid = document && schema_->Validate(document.get(), path, diagnostics);
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics) {
      std::string line = FormatGnu(d);
      lines.push_back(line.substr(line.find("case.xml:")));
    }
    return lines;
  }

  static testing::TemporaryDirectory* directory_;
  static RelaxNgSchema* schema_;
};

testing::TemporaryDirectory* RelaxNgExplainerTest::directory_ = nullptr;
RelaxNgSchema* RelaxNgExplainerTest::schema_ = nullptr;

struct Case {
  const char* label;
  const char* root_attributes;
  const char* body;  // starts on line 2
  const char* expected;  // the one diagnostic, from the file name on; empty: valid
};

// libxml2 said, in order: "Expecting an element , got nothing"; "Did not expect element p there";
// "Did not expect element bogus there"; "Invalid attribute status for element doc"; "Invalid
// attribute when for element date"; "Invalid attribute x for element p"; "Element hi failed to
// validate attributes"; "Did not expect text in element doc content"; "Invalid attribute id for
// element p"; "Expecting element br to be empty".
const Case kCases[] = {
    {"missing required child", "", "<head/>\n  <p/>",
     "case.xml:1:1: error: element <doc> is incomplete: it lacks <tail> [relaxng.missing-element]"},
    {"child before the required first one", "", "  <p/>\n<tail><sig/></tail>",
     "case.xml:2:3: error: element <p> is not allowed here in <doc>; <doc> first needs <head> [relaxng.unexpected-element]"},
    {"unknown element", "", "<head/><p><bogus/></p><tail><sig/></tail>",
     "case.xml:2:11: error: element <bogus> is not defined by the schema; <p> allows <br> or <hi> [relaxng.unknown-element]"},
    {"value outside the closed list", " status=\"open\"", "<head/><tail><sig/></tail>",
     "case.xml:1:1: error: attribute 'status' of <doc> has the value 'open'; expected one of 'free' or 'restricted' "
     "[relaxng.attribute-value]"},
    {"value not of the datatype", "", "<head/><tail><date when=\"1951-02-30\"/></tail>",
     "case.xml:2:14: error: attribute 'when' of <date> has the value '1951-02-30'; expected xsd:date "
     "[relaxng.attribute-value]"},
    {"unknown attribute", "", "<head/><p x=\"1\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'x' is not allowed on <p>; remove it or use an attribute the schema defines for <p> "
     "[relaxng.unknown-attribute]"},
    {"missing required attribute", "", "<head/><p><hi>a</hi></p><tail><sig/></tail>",
     "case.xml:2:11: error: element <hi> lacks the required attribute 'rend' [relaxng.missing-attribute]"},
    {"text where only elements go", "", "<head/>loose words<tail><sig/></tail>",
     "case.xml:2:1: error: text is not allowed directly in <doc>; wrap it in an element (the content of <doc> is "
     "(head, p*, tail)) [relaxng.unexpected-text]"},
    {"duplicate ID", "", "<head/><p xml:id=\"a\"/>\n<p xml:id=\"a\"/><tail><sig/></tail>",
     "case.xml:3:1: error: attribute 'xml:id' of <p> repeats the ID 'a' already given on line 2; IDs must be unique "
     "within a document [relaxng.duplicate-id]"},
    {"content in an empty element", "", "<head/><p><br>x</br></p><tail><sig/></tail>",
     "case.xml:2:11: error: element <br> must be empty; remove its text [relaxng.not-empty]"},
    {"an element in no namespace", "", "<head xmlns=\"\"/><tail><sig/></tail>",
     "case.xml:2:1: error: element <head> is in no namespace; the schema's elements are in 'urn:t' (add "
     "xmlns=\"urn:t\" to the root element) [relaxng.namespace]"},
    {"text that is not of the element's datatype", "", "<head/><tail><num>twelve</num></tail>",
     "case.xml:2:14: error: the content of <num> does not match the schema: data [relaxng.content]"},
    {"attributes that do not go together", "", "<head/><tail><span from=\"a\" at=\"b\"/></tail>",
     "case.xml:2:14: error: the attributes of <span> fit none of the forms the schema allows for <span> (libxml2 "
     "objects to 'at'); check the combination of attributes and their values [relaxng.attributes]"},
    // jing's verdicts, which libxml2 alone gets wrong (relaxng_jing_alignment.h).
    {"anyURI with a non-numeric port is a URI for jing", "", "<head/><p target=\"http://example.org:port/a\"/><tail><sig/></tail>",
     ""},
    {"anyURI with two fragments is not", "", "<head/><p target=\"a#b#c\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'target' of <p> has the value 'a#b#c'; expected xsd:anyURI [relaxng.attribute-value]"},
    {"hour 24 is not a dateTime for jing", "", "<head/><p at=\"1951-04-11T24:00:00\"/><tail><sig/></tail>",
     "case.xml:2:8: error: attribute 'at' of <p> has the value '1951-04-11T24:00:00'; expected xsd:dateTime "
     "[relaxng.attribute-value]"},
    {"xml:id values are IDs only where the schema says so", "", "<head/><p xml:id=\"a\"/><tail><sig/></tail>", ""},
};

class RelaxNgExplainerTableTest : public RelaxNgExplainerTest, public ::testing::WithParamInterface<Case> {};

TEST_P(RelaxNgExplainerTableTest, GivesOneClearLine) {
  const Case& c = GetParam();
  bool valid = false;
  const std::vector<std::string> lines = Validate(c.root_attributes, c.body, valid);
  if (*c.expected == '\0') {
    EXPECT_TRUE(valid);
    EXPECT_TRUE(lines.empty()) << ::testing::PrintToString(lines);
    return;
  }
  EXPECT_FALSE(valid);
  ASSERT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines.front(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Shapes, RelaxNgExplainerTableTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return testing::TestNameFromLabel(info.param.label); });

TEST_F(RelaxNgExplainerTest, SortsSeveralFindingsByLine) {
  bool valid = true;
  const std::vector<std::string> lines =
      Validate(" status=\"open\"", "<head/>\n<p x=\"1\"/>\n<tail><date when=\"x\"/></tail>", valid);
  EXPECT_FALSE(valid);
  ASSERT_GE(lines.size(), 2u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0].rfind("case.xml:1:", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1].rfind("case.xml:3:", 0), 0u) << lines[1];
}

TEST_F(RelaxNgExplainerTest, NamesARootElementTheSchemaDoesNotStartWith) {
  const std::string path = (directory_->path() / "root.xml").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "<head xmlns=\"urn:t\"/>\n", error)) << error;
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(path, diagnostics);
  ASSERT_TRUE(document);
  EXPECT_FALSE(schema_->Validate(document.get(), path, diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(FormatGnu(diagnostics[0]),
            path + ":1:1: error: element <head> is not allowed as the root element [relaxng.root-element]");
}

// libxml2 follows a datatype error in an element's text with a content error on the same element,
// which says the same; alone, the datatype error is worded like this.
TEST(RelaxNgExplainer, NamesTheDatatypeOfTextThatIsNotOfIt) {
  std::vector<Diagnostic> ignored;
  XmlDocPtr grammar = ReadXmlMemory(kGrammar, "grammar.rng", ignored);
  ASSERT_TRUE(grammar);
  RelaxNgGrammarIndex index(grammar.get());
  XmlDocPtr document = ReadXmlMemory("<doc xmlns=\"urn:t\">\n<num>twelve</num>\n</doc>\n", "num.xml", ignored);
  ASSERT_TRUE(document);
  RelaxNgError error;
  error.code = XML_RELAXNG_ERR_DATATYPE;
  error.node = xmlFirstElementChild(xmlDocGetRootElement(document.get()));
  error.str1 = "integer";
  error.str2 = "twelve";
  error.message = "Error validating datatype integer";
  const auto diagnostics = ExplainRelaxNgErrors({error}, index, document.get(), "num.xml", {});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(FormatGnu(diagnostics[0]),
            "num.xml:2: error: the content of <num> ('twelve') is not a valid xsd:integer [relaxng.value]");
}

TEST(RelaxNgExplainer, KeepsLibxml2sWordsForAnErrorItDoesNotKnow) {
  RelaxNgGrammarIndex index(nullptr);
  RelaxNgError error;
  error.code = XML_RELAXNG_ERR_LIST;
  error.message = "Error validating list";
  error.line = 7;
  const auto diagnostics = ExplainRelaxNgErrors({error}, index, nullptr, "f.xml", {});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(FormatGnu(diagnostics[0]), "f.xml:7: error: Error validating list [relaxng]");
}

}  // namespace
}  // namespace teipress
