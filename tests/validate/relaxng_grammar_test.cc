// Name classes of the simplified grammar: which names they contain, whether two overlap (as
// jing decides it, by probing names), and the names a finite class lists.
#include "relaxng_grammar.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

NameClass Name(const std::string& ns, const std::string& local) { return {NameClass::Kind::kName, ns, local}; }

TEST(RelaxNgGrammar, NameClassesContainNames) {
  const NameClass a = Name("urn:x", "a");
  const NameClass b = Name("", "b");
  const NameClass choice{NameClass::Kind::kChoice, "", "", nullptr, &a, &b};
  const NameClass x{NameClass::Kind::kNsName, "urn:x", "", &a};  // urn:x except a
  const NameClass any{NameClass::Kind::kAnyName, "", "", &x};     // anything outside urn:x (and a)

  EXPECT_TRUE(a.Contains("urn:x", "a"));
  EXPECT_FALSE(a.Contains("", "a"));
  EXPECT_TRUE(choice.Contains("", "b"));
  EXPECT_TRUE(x.Contains("urn:x", "z"));
  EXPECT_FALSE(x.Contains("urn:x", "a"));
  EXPECT_TRUE(any.Contains("urn:y", "z"));
  EXPECT_FALSE(any.Contains("urn:x", "z"));
  EXPECT_TRUE(any.Contains("urn:x", "a"));  // the except's except

  EXPECT_TRUE(choice.Overlaps(a));
  EXPECT_FALSE(x.Overlaps(a));
  EXPECT_TRUE(x.Overlaps(NameClass{NameClass::Kind::kNsName, "urn:x", ""}));
  EXPECT_FALSE(any.Overlaps(NameClass{NameClass::Kind::kNsName, "urn:x", "", &a}));

  EXPECT_TRUE(choice.IsFinite());
  EXPECT_FALSE(x.IsFinite());
  std::vector<std::pair<std::string, std::string>> names;
  choice.CollectNames(names);
  EXPECT_EQ(names, (std::vector<std::pair<std::string, std::string>>{{"urn:x", "a"}, {"", "b"}}));
  EXPECT_EQ(ExpandedName("urn:x", "a"), "{urn:x}a");
}

}  // namespace
}  // namespace teipress
