// Documents as events: streamed files and parsed trees give the matcher the same elements,
// attributes, namespaces and text (CDATA, character references, comments between pieces), and
// streaming places each finding exactly, also after line ends of every kind.
#include "relaxng_document_events.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "relaxng_simplifier.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

class RelaxNgDocumentEventsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (directory_.path() / "g.rng").string();
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, R"(<element name="r" ns="urn:r" xmlns="http://relaxng.org/ns/structure/1.0"
        datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <attribute name="q"><data type="QName"/></attribute>
      <optional><attribute name="t"><value>a &amp; b</value></attribute></optional>
      <oneOrMore><element name="v"><value>a &amp; b</value></element></oneOrMore>
      <optional><element name="e" ns="urn:e"><empty/></element></optional>
    </element>)", error, Durability::kRegenerable));
    std::vector<Diagnostic> errors;
    grammar_ = CompileRelaxNgGrammar(path, errors);
    ASSERT_TRUE(grammar_) << (errors.empty() ? "" : errors[0].message);
    session_ = std::make_unique<PatternSession>(*grammar_);
  }

  // Validates `xml` both ways; returns the streamed findings (and checks the tree agrees on them, lines included).
  std::vector<std::string> Validate(const std::string& xml) {
    const std::string path = (directory_.path() / "d.xml").string();
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(path, xml, error, Durability::kRegenerable));
    std::vector<Diagnostic> streamed, walked;
    {
      RelaxNgMatcher matcher(*session_, *grammar_, "d.xml", streamed);
      EXPECT_TRUE(StreamXmlFile(path, matcher, streamed));
    }
    std::vector<Diagnostic> read;
    XmlDocPtr document = ReadXmlFile(path, read);
    EXPECT_TRUE(document);
    {
      RelaxNgMatcher matcher(*session_, *grammar_, "d.xml", walked);
      WalkXmlTree(document.get(), matcher);
    }
    std::vector<std::string> lines, tree_lines;
    for (Diagnostic d : streamed) {
      lines.push_back(FormatGnu(d));
      d.column = 0;
      tree_lines.push_back(FormatGnu(d));
    }
    std::vector<std::string> walked_lines;
    for (const Diagnostic& d : walked) walked_lines.push_back(FormatGnu(d));
    EXPECT_EQ(walked_lines, tree_lines);
    return lines;
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Grammar> grammar_;
  std::unique_ptr<PatternSession> session_;
};

TEST_F(RelaxNgDocumentEventsTest, ReadsTextAndNamespacesAlike) {
  EXPECT_TRUE(Validate("<r xmlns='urn:r' xmlns:p='urn:r' q='p:x'>"
                       "<v>a &amp; b</v><v><![CDATA[a & b]]></v><v>a <!-- c --> &#38; b</v><v>a &#x26;<?pi?> b</v>"
                       "<e xmlns='urn:e'/></r>")
                  .empty());
}

// References in attribute values reach the datatypes decoded (libxml2's SAX2 start tag hands them
// over as written).
TEST_F(RelaxNgDocumentEventsTest, DecodesReferencesInAttributeValues) {
  for (const char* t : {"a &amp; b", "a &#38; b", "a &#x26; b", "&a; &amp; b"}) {
    EXPECT_EQ(Validate(std::string("<!DOCTYPE r [<!ENTITY a 'a'>]><r xmlns='urn:r' q='x' t='") + t + "'><v>a &amp; b</v></r>"),
              std::vector<std::string>{})
        << t;
  }
  EXPECT_EQ(Validate("<r xmlns='urn:r' q='x' t='a &amp;amp; b'><v>a &amp; b</v></r>"),
            (std::vector<std::string>{"d.xml:1:1: error: attribute 't' of <r> has the value 'a &amp; b'; expected "
                                      "one of 'a & b' [relaxng.attribute-value]"}));
}

TEST_F(RelaxNgDocumentEventsTest, PlacesFindingsExactly) {
  EXPECT_EQ(Validate("<r xmlns='urn:r' q='undeclared:x'>\r\n<!-- comment -->\r\n  <v>a &amp; c</v>\n\t<v>a &amp; b</v>text</r>"),
            (std::vector<std::string>{
                "d.xml:1:1: error: attribute 'q' of <r> has the value 'undeclared:x'; expected xsd:QName "
                "[relaxng.attribute-value]",
                "d.xml:3:3: error: the content of <v> ('a & c') is not valid; expected one of 'a & b' [relaxng.value]",
                // <e> is in a namespace the document does not declare.
                "d.xml:4:18: error: text is not allowed directly in <r>; wrap it in an element (expected <v>, <{urn:e}e> "
                "or the end of <r>) [relaxng.unexpected-text]",
            }));
}

TEST_F(RelaxNgDocumentEventsTest, ReportsParseErrors) {
  const std::string path = (directory_.path() / "bad.xml").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "<r xmlns='urn:r'>\n<v>a</r>\n", error, Durability::kRegenerable));
  std::vector<Diagnostic> diagnostics;
  RelaxNgMatcher matcher(*session_, *grammar_, path, diagnostics);
  EXPECT_FALSE(StreamXmlFile(path, matcher, diagnostics));
  auto parse_error = std::find_if(diagnostics.begin(), diagnostics.end(),
                                  [](const Diagnostic& d) { return d.rule == "xml.well-formed"; });
  ASSERT_NE(parse_error, diagnostics.end());
  EXPECT_EQ(parse_error->line, 2);  // the mismatched end tag
}

}  // namespace
}  // namespace teipress
