// The simplification of section 4: defines combined, nested grammars flattened (parentRef
// included), refs expanded down to one definition per element, notAllowed and empty propagated;
// and the schemas it must refuse (two definitions without combine, no start, a ref that needs
// itself without an element between, a datatype that does not exist).
#include "relaxng_simplifier.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

class RelaxNgSimplifierTest : public ::testing::Test {
 protected:
  std::unique_ptr<Grammar> Compile(const std::string& body) {
    const std::string path = (directory_.path() / "s.rng").string();
    std::string error;
    EXPECT_TRUE(WriteFileAtomically(path,
                                    "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\" "
                                    "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\">\n" +
                                        body + "\n</grammar>",
                                    error, Durability::kRegenerable));
    errors_.clear();
    return CompileRelaxNgGrammar(path, errors_);
  }

  std::string FirstError() const { return errors_.empty() ? "" : errors_.front().message; }

  testing::TemporaryDirectory directory_;
  std::vector<Diagnostic> errors_;
};

using K = GrammarPattern::Kind;

TEST_F(RelaxNgSimplifierTest, CombinesDefinitionsAndExpandsRefs) {
  auto grammar = Compile(
      "<start><ref name='doc'/></start>"
      "<define name='doc'><element name='doc'><ref name='content'/></element></define>"
      "<define name='content' combine='choice'><ref name='a'/></define>"
      "<define name='content' combine='choice'><ref name='b'/></define>"
      "<define name='a'><element name='a'><empty/></element></define>"
      "<define name='b'><element name='b'><optional><ref name='a'/></optional></element></define>");
  ASSERT_TRUE(grammar) << FirstError();
  ASSERT_EQ(grammar->start()->kind, K::kElementRef);
  ASSERT_EQ(grammar->elements().size(), 3u);  // doc, a, b: one definition per element pattern
  const GrammarPattern* content = grammar->elements()[grammar->start()->element].content;
  ASSERT_EQ(content->kind, K::kChoice);  // the two definitions of content, combined
  EXPECT_EQ(content->left->kind, K::kElementRef);
  EXPECT_EQ(content->right->kind, K::kElementRef);
  // optional(a) is a choice of empty (first, 4.21) and a.
  const GrammarPattern* b = grammar->elements()[content->right->element].content;
  ASSERT_EQ(b->kind, K::kChoice);
  EXPECT_EQ(b->left->kind, K::kEmpty);
  EXPECT_TRUE(b->nullable);
}

TEST_F(RelaxNgSimplifierTest, FlattensNestedGrammars) {
  auto grammar = Compile(
      "<start><element name='outer'><grammar><start><parentRef name='x'/></start></grammar></element></start>"
      "<define name='x'><element name='x'><text/></element></define>");
  ASSERT_TRUE(grammar) << FirstError();
  const GrammarPattern* outer = grammar->elements()[grammar->start()->element].content;
  ASSERT_EQ(outer->kind, K::kElementRef);
  EXPECT_EQ(grammar->elements()[outer->element].name->local, "x");
}

TEST_F(RelaxNgSimplifierTest, PropagatesNotAllowed) {
  auto grammar = Compile(
      "<start><element name='doc'><choice><group><element name='gone'><empty/></element><notAllowed/></group>"
      "<element name='kept'><empty/></element></choice></element></start>");
  ASSERT_TRUE(grammar) << FirstError();
  const GrammarPattern* content = grammar->elements()[grammar->start()->element].content;
  ASSERT_EQ(content->kind, K::kElementRef);  // the group with notAllowed is gone, and the choice with it
  EXPECT_EQ(grammar->elements()[content->element].name->local, "kept");
}

TEST_F(RelaxNgSimplifierTest, KnowsIdTypes) {
  auto grammar = Compile(
      "<start><element name='doc'><attribute name='id'><data type='ID'/></attribute>"
      "<attribute name='to'><data type='IDREF'/></attribute></element></start>");
  ASSERT_TRUE(grammar) << FirstError();
  EXPECT_TRUE(grammar->has_id_types());
  EXPECT_EQ(grammar->IdTypeOf("{}doc", "{}id"), IdType::kId);
  EXPECT_EQ(grammar->IdTypeOf("{}doc", "{}to"), IdType::kIdref);
  EXPECT_EQ(grammar->IdTypeOf("{}doc", "{}other"), IdType::kNone);
}

struct Refusal {
  const char* body;
  const char* message;
};

const Refusal kRefusals[] = {
    {"<define name='a'><empty/></define>", "the grammar has no <start>"},
    {"<start><ref name='a'/></start><define name='a'><element name='a'><empty/></element></define>"
     "<define name='a'><element name='b'><empty/></element></define>",
     "the definitions of 'a' need a combine attribute"},
    {"<start><ref name='a'/></start><define name='a' combine='choice'><element name='a'><empty/></element></define>"
     "<define name='a' combine='interleave'><element name='b'><empty/></element></define>",
     "the definitions of 'a' combine both by choice and by interleave"},
    {"<start><ref name='missing'/></start>", "there is no definition of 'missing'"},
    {"<start><parentRef name='a'/></start>", "parentRef 'a' is not inside a nested grammar"},
    {"<start><element name='a'><ref name='loop'/></element></start><define name='loop'><choice><empty/><ref name='loop'/></choice></define>",
     "'loop' refers to itself without an element between"},
    {"<start><element name='a'><data type='nosuchtype'/></element></start>", "'nosuchtype' is not an XML Schema datatype"},
    {"<start><element name='a'><value type='integer'>one</value></element></start>",
     "'one' is not a value of the datatype 'integer'"},
    {"<start><element name='a'><attribute><anyName><except><anyName/></except></anyName></attribute></element></start>",
     "anyName is not allowed in the except of a name class"},
    {"<start><element name='a'><attribute name='xmlns'/></element></start>", "an attribute may not be named xmlns"},
};

TEST_F(RelaxNgSimplifierTest, RefusesIncorrectSchemas) {
  for (const Refusal& r : kRefusals) {
    EXPECT_FALSE(Compile(r.body)) << r.body;
    EXPECT_EQ(FirstError(), r.message) << r.body;
    ASSERT_FALSE(errors_.empty());
    EXPECT_GT(errors_.front().line, 0) << r.body;
  }
}

}  // namespace
}  // namespace teipress
