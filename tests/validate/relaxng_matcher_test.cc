// The matcher on events alone (no parser): text of data content gathered across pieces before
// it is checked, every problem reported once in the explainer's words, nothing reported inside an
// element that is itself an error, IDREFs checked at the end of the document.
#include "relaxng_matcher.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "relaxng_simplifier.h"
#include "test_support.h"

namespace teipress {
namespace {

class DefaultNamespace : public NamespaceScope {
 public:
  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix.empty()) return std::string();
    return std::nullopt;
  }
  std::optional<std::string> PrefixFor(std::string_view ns) const override {
    if (ns.empty()) return std::string();
    return std::nullopt;
  }
};

class RelaxNgMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (directory_.path() / "g.rng").string();
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, R"(<element name="list" xmlns="http://relaxng.org/ns/structure/1.0"
        datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
      <zeroOrMore><element name="n"><optional><attribute name="id"><data type="ID"/></attribute></optional>
        <data type="integer"/></element></zeroOrMore>
      <zeroOrMore><element name="see"><attribute name="to"><data type="IDREF"/></attribute><empty/></element></zeroOrMore>
    </element>)", error, Durability::kRegenerable));
    std::vector<Diagnostic> errors;
    grammar_ = CompileRelaxNgGrammar(path, errors);
    ASSERT_TRUE(grammar_);
    session_ = std::make_unique<PatternSession>(*grammar_);
    matcher_ = std::make_unique<RelaxNgMatcher>(*session_, *grammar_, "d.xml", diagnostics_);
    matcher_->StartElement("", "list", "list", {}, scope_, {1, 1});
  }

  void Start(const char* name, std::vector<AttributeEvent> attributes, int line) {
    matcher_->StartElement("", name, name, attributes, scope_, {line, 1});
  }
  void End() { matcher_->EndElement(scope_); }
  std::vector<std::string> Finish() {
    End();
    matcher_->EndDocument();
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics_) lines.push_back(FormatGnu(d));
    return lines;
  }

  testing::TemporaryDirectory directory_;
  std::unique_ptr<Grammar> grammar_;
  std::unique_ptr<PatternSession> session_;
  std::vector<Diagnostic> diagnostics_;
  std::unique_ptr<RelaxNgMatcher> matcher_;
  DefaultNamespace scope_;
};

TEST_F(RelaxNgMatcherTest, GathersDataAcrossPieces) {
  Start("n", {}, 2);
  matcher_->Characters("1", {2, 4});
  matcher_->Characters("2", {2, 5});
  End();
  Start("n", {}, 3);
  matcher_->Characters(" 4", {3, 5});
  matcher_->Characters("x ", {3, 6});
  End();
  EXPECT_EQ(Finish(), std::vector<std::string>{
                          "d.xml:3:1: error: the content of <n> (' 4x ') is not a valid xsd:integer [relaxng.value]"});
  EXPECT_FALSE(matcher_->valid());
}

// As jing: inside an element that is itself an error, known elements are still checked against
// their own definitions, but nothing is "not allowed" there.
TEST_F(RelaxNgMatcherTest, ChecksOnlyKnownElementsInsideAnError) {
  Start("n", {}, 2);
  matcher_->Characters("1", {2, 4});
  End();
  Start("bogus", {}, 3);
  Start("n", {}, 4);
  matcher_->Characters("4", {4, 4});
  End();
  Start("x", {}, 5);
  End();
  Start("n", {}, 6);
  matcher_->Characters("six", {6, 4});
  End();
  End();
  Start("n", {}, 7);
  matcher_->Characters("2", {7, 4});
  End();
  EXPECT_EQ(Finish(), (std::vector<std::string>{
                          "d.xml:3:1: error: element <bogus> is not defined by the schema; <list> allows <n>, <see> or the end "
                          "of <list> [relaxng.unknown-element]",
                          "d.xml:6:1: error: the content of <n> ('six') is not a valid xsd:integer [relaxng.value]",
                      }));
}

TEST_F(RelaxNgMatcherTest, ChecksIdrefsAtTheEnd) {
  Start("n", {{"", "id", "id", "one"}}, 2);
  matcher_->Characters("1", {2, 4});
  End();
  Start("see", {{"", "to", "to", "one"}}, 3);
  End();
  Start("see", {{"", "to", "to", "two"}}, 4);
  End();
  EXPECT_EQ(Finish(), std::vector<std::string>{"d.xml:4:1: error: attribute 'to' of <see> refers to the ID 'two', which "
                                               "no element of the document has [relaxng.unknown-id]"});
}

}  // namespace
}  // namespace teipress
