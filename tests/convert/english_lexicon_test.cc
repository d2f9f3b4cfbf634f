// Unit tests of the English lexicon (in-memory word lists; the system list is not assumed).
#include "english_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace teipress {
namespace {

const EnglishLexicon& Lexicon() {
  static const EnglishLexicon lexicon =
      EnglishLexicon::FromWords({"province", "indication", "Consider", "receive", "box", "him", "walk", "club"});
  return lexicon;
}

struct WordCase {
  std::string word;
  bool english;
};

TEST(EnglishLexiconTest, ContainsIsCaseInsensitiveAndReducesInflections) {
  const std::vector<WordCase> cases = {
      {"province", true},     {"Province", true},   {"PROVINCE", true},  // case-insensitive
      {"consider", true},                                                // listed capitalized
      {"provinces", true},                                               // plural -s
      {"boxes", true},                                                   // plural -es
      {"walked", true},       {"walking", true},                         // -ed, -ing
      {"club's", true},       {"club\u2019s", true},                     // possessives
      {"rassmotrena", false}, {"aimags", false},    {"torgpredstvo", false},
      {"", false},            {"s", false},
  };
  for (const WordCase& c : cases) {
    SCOPED_TRACE("'" + c.word + "'");
    EXPECT_EQ(Lexicon().Contains(c.word), c.english);
  }
}

TEST(EnglishLexiconTest, IsEnglishPhraseNeedsEveryLetterWord) {
  const std::vector<WordCase> cases = {
      {"provinces", true},
      {"Him, 3 provinces!", true},  // digits and punctuation are ignored
      {"an indication", false},     // "an" is not in this small list
      {"club klub", false},
      {"cán bộ", false},            // non-ASCII letters belong to the word
      {"", false},
      {"123 - 45", false},          // no letter word at all
  };
  for (const WordCase& c : cases) {
    SCOPED_TRACE("'" + c.word + "'");
    EXPECT_EQ(Lexicon().IsEnglishPhrase(c.word), c.english);
  }
}

TEST(EnglishLexiconTest, EmptyLexicon) {
  const EnglishLexicon empty = EnglishLexicon::FromWords({});
  EXPECT_TRUE(empty.empty());
  EXPECT_FALSE(empty.Contains("the"));
  EXPECT_FALSE(empty.IsEnglishPhrase("the"));
  EXPECT_FALSE(Lexicon().empty());
}

}  // namespace
}  // namespace teipress
