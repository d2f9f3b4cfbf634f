// The grammar index reads, per element, what the schema requires and allows: the explanations of
// validity errors are built from it.
#include "relaxng_grammar_index.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

constexpr const char* kGrammar = R"(<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:t"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><ref name="doc"/></start>
  <define name="doc"><element name="doc">
    <attribute name="status"><choice><value>free</value><value>restricted</value></choice></attribute>
    <optional><attribute name="when"><data type="date"><param name="pattern">1.*</param></data></attribute></optional>
    <ref name="head"/>
    <choice><ref name="a"/><group><ref name="b"/><ref name="c"/></group></choice>
    <zeroOrMore><ref name="a"/></zeroOrMore>
  </element></define>
  <define name="head"><element name="head"><text/></element></define>
  <define name="a"><element name="a"><empty/></element></define>
  <define name="b"><element name="b"><anyName/><empty/></element></define>
  <define name="c"><element><name>c</name><empty/></element></define>
</grammar>)";

TEST(RelaxNgGrammarIndex, ReadsRequiredAndAllowedChildrenAndAttributes) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory(kGrammar, "g.rng", diagnostics);
  ASSERT_TRUE(schema);
  RelaxNgGrammarIndex index(schema.get());
  EXPECT_EQ(index.target_namespace(), "urn:t");
  auto rules = index.Find("doc");
  ASSERT_EQ(rules.size(), 1u);
  const ElementRule& doc = *rules.front();
  EXPECT_EQ(doc.required_children, (std::vector<std::vector<std::string>>{{"head"}, {"a", "b"}}));
  EXPECT_EQ(doc.allowed_children, (std::set<std::string>{"head", "a", "b", "c"}));
  EXPECT_EQ(doc.content_model, "(head, (a | (b, c)), a*)");
  ASSERT_EQ(doc.attributes.size(), 2u);
  EXPECT_EQ(doc.attributes[0].name, "status");
  EXPECT_TRUE(doc.attributes[0].required);
  EXPECT_EQ(doc.attributes[0].values, (std::vector<std::string>{"free", "restricted"}));
  EXPECT_FALSE(doc.attributes[1].required);
  EXPECT_EQ(doc.attributes[1].datatypes, std::vector<std::string>{"date"});
  EXPECT_EQ(doc.attributes[1].patterns, std::vector<std::vector<std::string>>{{"1.*"}});
  EXPECT_EQ(index.Find("c").size(), 1u);  // named by a <name> child
  EXPECT_TRUE(index.Find("nothing").empty());

  EXPECT_EQ(MissingChildren(doc, {"head"}), (std::vector<std::vector<std::string>>{{"a", "b"}}));
  EXPECT_TRUE(MissingChildren(doc, {"head", "b"}).empty());
}

TEST(RelaxNgGrammarIndex, IndexesTeiAll) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlFile(testing::ReferenceDir() + "/tei/tei_all.rng", diagnostics);
  ASSERT_TRUE(schema);
  RelaxNgGrammarIndex index(schema.get());
  EXPECT_GE(index.size(), 588u);  // the grammar defines 588 elements (some in several variants)
  auto file_desc = index.Find("fileDesc");
  ASSERT_EQ(file_desc.size(), 1u);
  EXPECT_EQ(MissingChildren(*file_desc.front(), {"publicationStmt", "sourceDesc"}),
            (std::vector<std::vector<std::string>>{{"titleStmt"}}));
}

}  // namespace
}  // namespace teipress
