// The derivative engine: patterns are hash-consed (the same pattern is the same number), every
// derivative is memoized (asking twice gives the same pattern and builds nothing new), and the
// derivatives follow a document step by step to a nullable pattern exactly when it is valid.
#include "relaxng_patterns.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "relaxng_simplifier.h"
#include "test_support.h"

namespace teipress {
namespace {

class NoNamespaces : public ValueContext {
 public:
  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix.empty()) return std::string();
    return std::nullopt;
  }
};

class RelaxNgPatternsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (directory_.path() / "g.rng").string();
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, R"(<grammar xmlns="http://relaxng.org/ns/structure/1.0"
        datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <start><element name="doc"><ref name="a"/><zeroOrMore><ref name="b"/></zeroOrMore></element></start>
      <define name="a"><element name="a"><text/></element></define>
      <define name="b"><element name="b"><attribute name="n"><data type="integer"/></attribute><empty/></element></define>
    </grammar>)", error, Durability::kRegenerable));
    std::vector<Diagnostic> errors;
    grammar_ = CompileRelaxNgGrammar(path, errors);
    ASSERT_TRUE(grammar_);
    session_ = std::make_unique<PatternSession>(*grammar_);
  }

  // The pattern after an element with no attributes and no content.
  PatternId Element(PatternId p, const char* name) {
    p = session_->StartTagOpenDeriv(p, session_->Name("", name));
    p = session_->EndAttributes(p);
    return session_->EndTagDeriv(p);
  }

  PatternId B(PatternId p, const char* n) {
    p = session_->StartTagOpenDeriv(p, session_->Name("", "b"));
    p = session_->StartAttributeDeriv(p, session_->Name("", "n"));
    p = session_->DataDeriv(p, n, NoNamespaces());
    p = session_->EndAttributes(p);
    return session_->EndTagDeriv(p);
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Grammar> grammar_;
  std::unique_ptr<PatternSession> session_;
};

TEST_F(RelaxNgPatternsTest, FollowsADocument) {
  const PatternId start = session_->Start();
  PatternId doc = session_->EndAttributes(session_->StartTagOpenDeriv(start, session_->Name("", "doc")));
  ASSERT_FALSE(session_->IsNotAllowed(doc));
  // <a> is required first.
  EXPECT_TRUE(session_->IsNotAllowed(session_->StartTagOpenDeriv(doc, session_->Name("", "b"))));
  ASSERT_EQ(session_->RequiredElements(doc).size(), 1u);
  EXPECT_EQ(session_->RequiredElements(doc)[0][0]->local, "a");
  PatternId after_a = Element(doc, "a");
  PatternId after_b = B(B(after_a, "1"), "20");
  ASSERT_FALSE(session_->IsNotAllowed(after_b));
  EXPECT_EQ(session_->EndTagDeriv(after_b), PatternSession::kEmptyPattern);  // the document ends well
  EXPECT_TRUE(session_->IsNotAllowed(B(after_a, "one")));                    // not an integer
  EXPECT_TRUE(session_->IsNotAllowed(session_->EndTagDeriv(doc)));           // <doc/> lacks <a>
  std::vector<std::string> possible;
  for (const NameClass* nc : session_->PossibleStartTags(after_a)) possible.push_back(nc->local);
  EXPECT_EQ(possible, std::vector<std::string>{"b"});
}

TEST_F(RelaxNgPatternsTest, HashConsesAndMemoizes) {
  const PatternId start = session_->Start();
  EXPECT_EQ(session_->Start(), start);
  const PatternId doc = session_->StartTagOpenDeriv(start, session_->Name("", "doc"));
  const PatternId first = B(Element(session_->EndAttributes(doc), "a"), "1");
  const size_t patterns = session_->size();
  // The same steps again (another value of the same validity) build nothing new.
  EXPECT_EQ(B(Element(session_->EndAttributes(session_->StartTagOpenDeriv(start, session_->Name("", "doc"))), "a"), "2"),
            first);
  EXPECT_EQ(session_->size(), patterns);
  EXPECT_EQ(session_->Name("", "doc"), session_->Name("", "doc"));
  EXPECT_NE(session_->Name("", "doc"), session_->Name("urn:x", "doc"));
}

TEST_F(RelaxNgPatternsTest, RecoversWithTheDefinitionsOfAName) {
  const PatternId content = session_->FindElement(session_->Name("", "b"));
  EXPECT_FALSE(session_->IsNotAllowed(content));
  EXPECT_EQ(session_->FindElement(session_->Name("", "unknown")), PatternSession::kNotAllowedPattern);
  // An After whose first part is notAllowed counts as notAllowed (jing's recovery state).
  const PatternId lost = session_->After(PatternSession::kNotAllowedPattern, session_->Start());
  EXPECT_TRUE(session_->IsNotAllowed(lost));
  EXPECT_EQ(session_->RecoverAfter(lost), session_->Start());
}

}  // namespace
}  // namespace teipress
