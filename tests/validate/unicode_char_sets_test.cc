// Code point sets for XML Schema character classes: set operations, categories (Cn included),
// blocks and the XML name characters.
#include "unicode_char_sets.h"

#include <gtest/gtest.h>
#include <libxml/chvalid.h>

namespace teipress {
namespace {

TEST(UnicodeCharSets, CombinesRanges) {
  CodePointSet a = CodePointSet::Of('a', 'z');
  a.Add('0', '9');
  a.Add('b', 'c');
  EXPECT_EQ(a.ranges(), (std::vector<CodePointRange>{{'0', '9'}, {'a', 'z'}}));
  EXPECT_TRUE(a.Contains('m'));
  EXPECT_FALSE(a.Contains('A'));
  EXPECT_EQ(a.Minus(CodePointSet::Of('b', 'y')).ranges(), (std::vector<CodePointRange>{{'0', '9'}, {'a', 'a'}, {'z', 'z'}}));
  EXPECT_EQ(a.Complement().Complement(), a);
  EXPECT_EQ(CodePointSet().Complement().ranges(), (std::vector<CodePointRange>{{0, kMaxCodePoint}}));
}

TEST(UnicodeCharSets, KnowsCategoriesBlocksAndNameCharacters) {
  EXPECT_EQ(CategoryNamed("L"), CategoryNamed("Lu").value() | CategoryNamed("Ll").value() | CategoryNamed("Lt").value() |
                                    CategoryNamed("Lm").value() | CategoryNamed("Lo").value());
  EXPECT_FALSE(CategoryNamed("Lx"));
  EXPECT_STREQ(CategoryName(kCategoryCn), "Cn");
  EXPECT_EQ(BlockNamed("Greek"), CodePointSet::Of(0x370, 0x3FF));
  EXPECT_FALSE(BlockNamed("HighSurrogates"));  // jing refuses the surrogate blocks
  EXPECT_TRUE(XmlNameStartChars().Contains('_'));
  EXPECT_FALSE(XmlNameStartChars().Contains('1'));
  EXPECT_TRUE(XmlNameChars().Contains('1'));
  EXPECT_FALSE(XmlNameChars().Contains(' '));
}

// The name tables are built from libxml2's range tables; they must say what its
// per-character macros say, everywhere in the Basic Multilingual Plane.
TEST(UnicodeCharSets, NameCharactersAgreeWithLibxml2) {
  for (unsigned int c = 0; c <= 0xFFFF; ++c) {
    const bool letter = xmlIsBaseCharQ(c) || xmlIsIdeographicQ(c);
    const bool start = letter || c == '_' || c == ':';
    const bool name = start || c == '.' || c == '-' || xmlIsDigitQ(c) || xmlIsCombiningQ(c) || xmlIsExtenderQ(c);
    ASSERT_EQ(XmlNameStartChars().Contains(c), start) << std::hex << c;
    ASSERT_EQ(XmlNameChars().Contains(c), name) << std::hex << c;
  }
  EXPECT_FALSE(XmlNameChars().Contains(0x10000));
}

}  // namespace
}  // namespace teipress
