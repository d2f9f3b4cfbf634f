// XML Schema regular expressions on RE2: every case below was run through jing (20220510) with the
// pattern as a <param name="pattern"> of xsd:string, and the expected verdict is jing's, except
// where marked: jing translates to Java regular expressions, whose nested negated classes let
// through characters they should exclude.
#include "xsd_regex.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace teipress {
namespace {

struct Case {
  const char* pattern;
  const char* value;
  bool matches;
};

const Case kCases[] = {
    {"[^\\p{C}\\p{Z}]+", "abc", true},
    {"[^\\p{C}\\p{Z}]+", "a b", false},
    {"[^\\p{C}\\p{Z}]+", "é", true},
    {"[^\\p{C}\\p{Z}]+", "a", true},
    {"[^\\p{C}\\p{Z}]+", "", false},
    {"\\S+", "abc", true},
    {"\\S+", "a b", false},
    {"\\S+", "", false},
    {"\\S+", "x", true},
    {"#[\\i-[:]][\\c-[:]]*", "#a", true},
    {"#[\\i-[:]][\\c-[:]]*", "#a:b", false},
    {"#[\\i-[:]][\\c-[:]]*", "#_x.y", true},
    {"#[\\i-[:]][\\c-[:]]*", "#1a", false},
    {"#[\\i-[:]][\\c-[:]]*", "#é", true},
    {"#[\\i-[:]][\\c-[:]]*", "#a-b", true},
    {"#[\\i-[:]][\\c-[:]]*", "#", false},
    {"(\\-?[\\d]+/\\-?[\\d]+)", "1/2", true},
    {"(\\-?[\\d]+/\\-?[\\d]+)", "-1/-22", true},
    {"(\\-?[\\d]+/\\-?[\\d]+)", "1/", false},
    {"(\\-?[\\d]+/\\-?[\\d]+)", "a/b", false},
    {"(\\-?[\\d]+/\\-?[\\d]+)", "١/٢", true},
    {"[0-9.,DHMPRSTWYZ/:+\\-]+", "P1Y", true},
    {"[0-9.,DHMPRSTWYZ/:+\\-]+", "2001-01-01", true},
    {"[0-9.,DHMPRSTWYZ/:+\\-]+", "abc", false},
    {"[\\d]+[a-z]*[\\d]*(\\.[\\d]+[a-z]*[\\d]*){0,3}", "1", true},
    {"[\\d]+[a-z]*[\\d]*(\\.[\\d]+[a-z]*[\\d]*){0,3}", "1a2.3b.4.5", true},
    {"[\\d]+[a-z]*[\\d]*(\\.[\\d]+[a-z]*[\\d]*){0,3}", "1.2.3.4.5", false},
    {"[^/\\s]+:\\S*", "http://x", true},
    {"[^/\\s]+:\\S*", "/x:y", false},
    {"[^/\\s]+:\\S*", "a:", true},
    {"[\\-+]?\\d+(\\.\\d+)?(%|cm|mm|in|pt|pc|px|em|ex|ch|rem|vw|vh|vmin|vmax)", "12px", true},
    {"[\\-+]?\\d+(\\.\\d+)?(%|cm|mm|in|pt|pc|px|em|ex|ch|rem|vw|vh|vmin|vmax)", "-1.5em", true},
    {"[\\-+]?\\d+(\\.\\d+)?(%|cm|mm|in|pt|pc|px|em|ex|ch|rem|vw|vh|vmin|vmax)", "12", false},
    {"[\\-+]?\\d+(\\.\\d+)?(%|cm|mm|in|pt|pc|px|em|ex|ch|rem|vw|vh|vmin|vmax)", "+3%", true},
    {".+:.+", "a:b", true},
    {".+:.+", ":b", false},
    {".+:.+", "a:", false},
    {"(19[789][0-9]|[2-9][0-9]{3}).*", "1970", true},
    {"(19[789][0-9]|[2-9][0-9]{3}).*", "2020-01", true},
    {"(19[789][0-9]|[2-9][0-9]{3}).*", "1969", false},
    {"(19[789][0-9]|[2-9][0-9]{3}).*", "10000", false},
    {"[a-z][a-z0-9\\+\\.\\-]*", "http", true},
    {"[a-z][a-z0-9\\+\\.\\-]*", "a+b.c-d", true},
    {"[a-z][a-z0-9\\+\\.\\-]*", "1a", false},
    {"[a-z][a-z0-9\\+\\.\\-]*", "A", false},
    {".+", "x", true},
    {".+", "", false},
    {"a|b", "a", true},
    {"a|b", "b", true},
    {"a|b", "ab", false},
    {"a|b", "", false},
    {"(a|b)*c", "abac", true},
    {"(a|b)*c", "c", true},
    {"(a|b)*c", "abd", false},
    {"a{0}", "", true},
    {"a{2,}", "aa", true},
    {"a{2,}", "aaaaaa", true},
    {"a{2,}", "a", false},
    {"a{3}", "aaa", true},
    {"a{3}", "aa", false},
    {"\\p{Lu}+", "ABC", true},
    {"\\p{Lu}+", "Abc", false},
    {"\\p{Lu}+", "É", true},
    {"\\P{Lu}+", "abc", true},
    {"\\P{Lu}+", "aBc", false},
    {"\\p{L}\\p{M}*", "é", true},
    {"\\p{L}\\p{M}*", "ä", true},
    {"\\p{L}\\p{M}*", "1", false},
    {"\\p{IsBasicLatin}+", "abc", true},
    {"\\p{IsBasicLatin}+", "é", false},
    {"\\p{IsLatin-1Supplement}", "é", true},
    {"\\p{IsLatin-1Supplement}", "e", false},
    {"[\\p{IsGreek}-[α]]", "β", true},
    {"[\\p{IsGreek}-[α]]", "α", false},
    {"[a-z-[aeiou]]+", "bcd", true},
    {"[a-z-[aeiou]]+", "bad", false},
    {"[^a-z]", "A", true},
    {"[^a-z]", "a", false},
    {"[^\\d]", "a", true},
    {"[^\\d]", "1", false},
    {"[^\\d]", "١", false},
    {"\\d", "1", true},
    {"\\d", "١", true},
    {"\\d", "a", false},
    {"\\w+", "abc", true},
    {"\\w+", "a_b", false},
    {"\\w+", "a-b", false},
    {"\\w+", "a b", false},
    {"\\W", "-", true},
    {"\\W", "a", false},
    {"\\W", " ", true},
    {"\\s", " ", true},
    {"\\s", "a", false},
    {"\\c+", "a.b-c", true},
    {"\\c+", "a b", false},
    {"\\I", "1", true},
    {"\\I", "a", false},
    {"\\C", " ", true},
    {"\\C", "a", false},
    {"[\\i-[:]]", "a", true},
    {"[\\i-[:]]", ":", false},
    {".", "a", true},
    {".", "", false},
    {"[.]", ".", true},
    {"[.]", "a", false},
    {"\\.", ".", true},
    {"\\.", "a", false},
    {"^a$", "^a$", true},
    {"^a$", "a", false},
    {"[a\\-z]", "-", true},
    {"[a\\-z]", "b", false},
    {"x[^\\]]y", "x]y", false},
    {"x[^\\]]y", "xay", true},
    {"[\\\\]", "\\", true},
    {"\\|", "|", true},
    {"(a)(b)", "ab", true},
    {"()", "", true},
    {"\\p{Cn}", "a", false},
    {"\\p{Co}", "a", false},
    {"\\p{Pi}", "«", true},
    {"\\p{Pi}", "»", false},
    {"\\p{Pf}", "»", true},
    {"\\p{Pf}", "«", false},
    {"\\p{Sc}", "$", true},
    {"\\p{Sc}", "€", true},
    {"\\p{Sc}", "a", false},
    {"[\\p{L}-[\\p{Lu}]]+", "abc", true},
    {"[\\p{L}-[\\p{Lu}]]+", "aBc", false},
    {"[^\\p{L}a-z]", "1", true},
    {"[^\\p{L}a-z]", "a", false},  // jing: true (a letter is in \p{L}, which the class excludes)
    {"[^\\p{L}a-z]", "A", false},  // jing: true (a letter is in \p{L}, which the class excludes)
    {"[\\p{Nd}-[0-9]]", "١", true},
    {"[\\p{Nd}-[0-9]]", "1", false},
    {"[^\\p{Lu}-[A]]", "a", true},
    {"[^\\p{Lu}-[A]]", "A", false},
    {"[^\\p{Lu}-[A]]", "B", false},
    // Unassigned code points are in \p{C} (Cn), so [^\p{C}\p{Z}] refuses them; jing accepts U+0378.
    {"[^\\p{C}\\p{Z}]+", "\u0378", false},
    {"\\p{Cn}", "\u0378", true},
    {"\\p{C}", "\u0378", true},
    {"\\w", "\u0378", false},
};

class XsdRegexTest : public ::testing::TestWithParam<Case> {};

TEST_P(XsdRegexTest, MatchesAsJingDoes) {
  const Case& c = GetParam();
  std::string error;
  auto regex = XsdRegex::Compile(c.pattern, error);
  ASSERT_TRUE(regex) << c.pattern << ": " << error;
  EXPECT_EQ(regex->Matches(c.value), c.matches) << c.pattern << " on '" << c.value << "' as RE2 " << regex->translated();
}

INSTANTIATE_TEST_SUITE_P(Jing, XsdRegexTest, ::testing::ValuesIn(kCases), [](const auto& info) {
  return "case" + std::to_string(info.index);
});

// Patterns jing refuses; a repeat count over 1000 (jing takes it) is beyond RE2.
const char* const kInvalid[] = {
    "a{",
    "a}",
    "[a-]",
    "[-a]",
    "a**",
    "\\p{Foo}",
    "\\p{IsFoo}",
    "\\q",
    "[z-a]",
    "[\\s-\\S]",
    "a{2,1}",
    "(",
    ")",
    "[]",
    "[^]",
    "a{1001}",
    "\\",
    "[a",
    "\\p{L",
};

TEST(XsdRegex, RefusesWhatJingRefuses) {
  for (const char* pattern : kInvalid) {
    std::string error;
    EXPECT_FALSE(XsdRegex::Compile(pattern, error)) << pattern;
    EXPECT_FALSE(error.empty()) << pattern;
  }
}

TEST(XsdRegex, WritesCategoryOnlyClassesWithoutTables) {
  std::string error;
  EXPECT_EQ(TranslateXsdRegex("[^\\p{C}\\p{Z}]+", error), "[\\p{L}\\p{M}\\p{N}\\p{P}\\p{S}]+");
  EXPECT_EQ(TranslateXsdRegex("\\S+", error), "[^\\x{9}-\\x{A}\\x{D}\\x{20}]+");
  EXPECT_EQ(TranslateXsdRegex("a(b|c)?", error), "\\x{61}(?:\\x{62}|\\x{63})?");
}

}  // namespace
}  // namespace teipress
