// Unit tests of the English lexicon (in-memory word lists; the system list is not assumed).
#include "english_lexicon.h"

#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <set>
#include <string>
#include <string_view>
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

// The lexicon is a table of its own (offsets into one string, open addressing): on a list of
// the system list's kind — thousands of words, listed twice, in capitals, of every length —
// it answers as a set of the lower-cased words does, for listed words and for near misses.
TEST(EnglishLexiconTest, AgreesWithASetOfItsWordsOnALargeList) {
  std::mt19937 random(5);
  auto random_word = [&](size_t length) {
    std::string word;
    for (size_t i = 0; i < length; ++i) word += static_cast<char>((random() % 2 ? 'a' : 'A') + random() % 26);
    return word;
  };
  std::vector<std::string> words;
  std::set<std::string> folded;
  for (int k = 0; k < 20000; ++k) {
    words.push_back(random_word(1 + random() % 12));
    if (k % 7 == 0) words.push_back(words.back());  // listed twice
    std::string lower = words.back();
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    folded.insert(lower);
  }
  const EnglishLexicon lexicon = EnglishLexicon::FromWords(words);
  for (const std::string& word : words) ASSERT_TRUE(lexicon.Contains(word)) << word;
  int misses = 0;
  for (int k = 0; k < 20000; ++k) {
    const std::string word = random_word(1 + random() % 12);
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool expected = folded.count(lower) > 0;
    for (const char* suffix : {"'s", "s", "es", "ed", "ing"}) {
      const std::string_view s(suffix);
      if (lower.size() >= s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0) {
        expected = expected || folded.count(lower.substr(0, lower.size() - s.size())) > 0;
      }
    }
    misses += expected ? 0 : 1;
    ASSERT_EQ(lexicon.Contains(word), expected) << word;
  }
  EXPECT_GT(misses, 10000) << "the random words should mostly be unlisted";
  // Longer than any listed word, with or without a suffix.
  EXPECT_FALSE(lexicon.Contains(std::string(40, 'a')));
  EXPECT_TRUE(EnglishLexicon::FromWords({"internationalization"}).Contains("Internationalization\u2019s"));
  // The ASCII capitals of a word with letters outside ASCII are lowered too; those letters keep
  // their case (as AsciiLower does).
  const EnglishLexicon places = EnglishLexicon::FromWords({"Göteborg", "ANGSTRÖM"});
  EXPECT_TRUE(places.Contains("göteborg"));
  EXPECT_TRUE(places.Contains("GöTEBORG"));
  EXPECT_FALSE(places.Contains("GÖTEBORG"));
  EXPECT_TRUE(places.Contains("angstrÖm"));
  EXPECT_FALSE(places.Contains("angström"));
}

}  // namespace
}  // namespace teipress
