// Unit tests of PhraseFinder: the groups it finds in one pass are those a search for each phrase
// finds, at every place of the text, for phrases that share buckets, overlap, nest or run to the
// text's end.
#include "phrase_finder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace teipress {
namespace {

using Phrases = std::vector<std::pair<std::string_view, unsigned>>;

// The answer of one search per phrase, the way the classifier asked before.
uint64_t SearchEachPhrase(const Phrases& phrases, std::string_view text) {
  uint64_t groups = 0;
  for (const auto& [phrase, group] : phrases) {
    if (!phrase.empty() && text.find(phrase) != std::string_view::npos) groups |= uint64_t{1} << group;
  }
  return groups;
}

uint64_t EqualsEachPhrase(const Phrases& phrases, std::string_view text) {
  uint64_t groups = 0;
  for (const auto& [phrase, group] : phrases) {
    if (!phrase.empty() && text == phrase) groups |= uint64_t{1} << group;
  }
  return groups;
}

uint64_t StartsEachPhrase(const Phrases& phrases, std::string_view text, size_t at) {
  uint64_t groups = 0;
  for (const auto& [phrase, group] : phrases) {
    if (!phrase.empty() && text.substr(at).substr(0, phrase.size()) == phrase) groups |= uint64_t{1} << group;
  }
  return groups;
}

constexpr uint64_t Bit(unsigned group) { return uint64_t{1} << group; }

TEST(PhraseFinderTest, FindsEachGroupWherePhrasesOccur) {
  const Phrases phrases = {{"not heard", 0}, {"not known", 1}, {"unknown", 1}, {"by hand", 2}, {"illegible", 63}};
  const PhraseFinder finder(phrases);
  EXPECT_EQ(finder.GroupsIn(""), 0u);
  EXPECT_EQ(finder.GroupsIn("nothing here"), 0u);
  EXPECT_EQ(finder.GroupsIn("date unknown"), Bit(1));
  EXPECT_EQ(finder.GroupsIn("not known, not heard"), Bit(0) | Bit(1));
  EXPECT_EQ(finder.GroupsIn("signed by hand, illegible"), Bit(2) | Bit(63));
  EXPECT_EQ(finder.GroupsIn("not hear"), 0u);       // a phrase cut short by the text's end
  EXPECT_EQ(finder.GroupsIn("not heard"), Bit(0));  // a phrase that is the whole text
  EXPECT_EQ(finder.GroupsIn("nnot heard"), Bit(0)); // after a false start on its first byte
}

TEST(PhraseFinderTest, GroupsAtOnlyMatchesPhrasesStartingThere) {
  const Phrases stems = {{"sign", 0}, {"signature", 1}, {"sgd", 2}, {"s", 3}, {"not", 4}};
  const PhraseFinder finder(stems);
  EXPECT_EQ(finder.GroupsAt("signatures", 0), Bit(0) | Bit(1) | Bit(3));
  EXPECT_EQ(finder.GroupsAt("signed", 0), Bit(0) | Bit(3));
  EXPECT_EQ(finder.GroupsAt("sgd.", 0), Bit(2) | Bit(3));
  EXPECT_EQ(finder.GroupsAt("unsigned", 0), 0u);
  EXPECT_EQ(finder.GroupsAt("unsigned", 2), Bit(0) | Bit(3));
  EXPECT_EQ(finder.GroupsAt("no", 0), 0u);
  EXPECT_EQ(finder.GroupsAt("not", 3), 0u);  // past the end
  EXPECT_EQ(finder.GroupsAt("", 0), 0u);
}

TEST(PhraseFinderTest, GroupsEqualToOnlyMatchesTheWholeText) {
  const Phrases phrases = {{"sic", 0}, {"sic!", 1}, {"signature", 2}, {"signatures", 3}, {"?", 4}, {"sign", 3}};
  const PhraseFinder finder(phrases);
  EXPECT_EQ(finder.GroupsEqualTo("sic"), Bit(0));
  EXPECT_EQ(finder.GroupsEqualTo("sic!"), Bit(1));
  EXPECT_EQ(finder.GroupsEqualTo("sic: sic"), 0u);
  EXPECT_EQ(finder.GroupsEqualTo("signatures"), Bit(3));
  EXPECT_EQ(finder.GroupsEqualTo("sign"), Bit(3));
  EXPECT_EQ(finder.GroupsEqualTo("signatur"), 0u);
  EXPECT_EQ(finder.GroupsEqualTo("?"), Bit(4));
  EXPECT_EQ(finder.GroupsEqualTo("??"), 0u);
  EXPECT_EQ(finder.GroupsEqualTo(""), 0u);
}

TEST(PhraseFinderTest, MultibytePhrasesMatchByteForByte) {
  const Phrases phrases = {{"\u2019s hand", 0}, {"editor\u2019s note", 1}, {"\u2026", 2}};
  const PhraseFinder finder(phrases);
  EXPECT_EQ(finder.GroupsIn("in the minister\u2019s hand"), Bit(0));
  EXPECT_EQ(finder.GroupsIn("editor\u2019s note: \u2026"), Bit(1) | Bit(2));
  EXPECT_EQ(finder.GroupsIn("editor's note"), 0u);
}

// Random texts over a small alphabet make phrases overlap, repeat and share their first bytes
// (hence buckets) far more often than notes do; every answer must still be the searches' answer.
TEST(PhraseFinderTest, AgreesWithOneSearchPerPhraseOnRandomTexts) {
  const Phrases phrases = {{"ab", 0},  {"abab", 1}, {"ba", 2},   {"bab", 3}, {"aab", 4},  {"a b", 5},
                           {"b", 6},   {"ca", 7},   {"cab", 7},  {"abc", 8}, {"c c", 9},  {"aaaa", 10},
                           {"bca", 11}, {"", 12},   {"acb", 13}, {"ba c", 14}};
  const PhraseFinder finder(phrases);
  std::mt19937 random(20261206);
  const std::string alphabet = "abc ";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 12, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    ASSERT_EQ(finder.GroupsIn(text), SearchEachPhrase(phrases, text)) << '"' << text << '"';
    ASSERT_EQ(finder.GroupsEqualTo(text), EqualsEachPhrase(phrases, text)) << '"' << text << '"';
    for (size_t at = 0; at <= text.size(); ++at) {
      ASSERT_EQ(finder.GroupsAt(text, at), StartsEachPhrase(phrases, text, at)) << '"' << text << "\" at " << at;
    }
  }
}

// GroupsIn skips the places whose first two bytes start no phrase (by a bit table the pairs share):
// bytes above 0x7F and places one byte before the end must still be found as a search finds them.
TEST(PhraseFinderTest, SkipsOnlyPlacesNoPhraseStartsAt) {
  const Phrases phrases = {{"\xC3\xA9", 0}, {"b\xC3", 1}, {"\xA9 a", 2}, {"\xFF", 3}, {"a\xFF", 4}, {"ab", 5}};
  const PhraseFinder finder(phrases);
  std::mt19937 random(20261207);
  const std::string alphabet = "ab \xC3\xA9\xFF";
  for (int round = 0; round < 2000; ++round) {
    std::string text(random() % 10, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    ASSERT_EQ(finder.GroupsIn(text), SearchEachPhrase(phrases, text)) << '"' << text << '"';
  }
  EXPECT_EQ(finder.GroupsIn("x\xC3\xA9"), uint64_t{1} << 0);  // a phrase ending the text
  EXPECT_EQ(finder.GroupsIn("xa\xFF"), (uint64_t{1} << 3) | (uint64_t{1} << 4));
  EXPECT_EQ(finder.GroupsIn("ba"), 0u);
}

// With every phrase three bytes or more, GroupsIn skips ahead by the shift of a window's last two
// bytes: phrases that overlap, repeat their pairs ("abab"), share pairs at different offsets, are
// longer than the shortest or end the text must still be found where a search finds them.
TEST(PhraseFinderTest, SkipsByShiftsOnlyPlacesNoPhraseStartsAt) {
  const Phrases phrases = {{"abc", 0},  {"abab", 1}, {"bca", 2},  {"c a b", 3}, {"aab", 4},  {"cccc", 5},
                           {"ba c", 6}, {"acbca", 7}, {"b\xC3\xA9", 8}, {"\xA9 a", 9}, {"bbb", 10}, {"cab", 10}};
  const PhraseFinder finder(phrases);
  std::mt19937 random(20261208);
  const std::string alphabet = "abc \xC3\xA9";
  for (int round = 0; round < 4000; ++round) {
    std::string text(random() % 16, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    ASSERT_EQ(finder.GroupsIn(text), SearchEachPhrase(phrases, text)) << '"' << text << '"';
  }
  EXPECT_EQ(finder.GroupsIn("xxxxabc"), Bit(0));            // a phrase ending the text
  EXPECT_EQ(finder.GroupsIn("ab"), 0u);                     // shorter than any phrase
  EXPECT_EQ(finder.GroupsIn("xacbcab"), Bit(2) | Bit(7) | Bit(10));  // overlapping: acbca, bca, cab
}

// The classifier's kind of table: phrases of five bytes and more in English text.
TEST(PhraseFinderTest, SkipsByShiftsInProse) {
  const Phrases phrases = {{"faded", 0}, {"not known", 1}, {"unknown", 1}, {"by hand", 2}, {"in the original", 3},
                           {"\u2019s hand", 4}, {"'s hand", 4}, {"missing", 5}, {"not heard", 6}, {"at once", 7}};
  const PhraseFinder finder(phrases);
  const std::vector<std::string> words = {"the", "not", "known", "un", "kno", "wn", "faded", "fade", "d", "by",
                                          "hand", "'s", "\u2019s", "in", "original", "miss", "ing", "at", "once",
                                          "heard", "hear", " ", "  "};
  std::mt19937 random(20261209);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 10);
    for (int k = 0; k < count; ++k) text += words[random() % words.size()] + (random() % 2 ? " " : "");
    ASSERT_EQ(finder.GroupsIn(text), SearchEachPhrase(phrases, text)) << '"' << text << '"';
  }
}

// Random sets of phrases of 1 to 20 bytes over a small alphabet, against random texts: a phrase is
// told from others by its first eight bytes, then by the rest; the text's last bytes are read
// without a copy. Phrases of seven, eight and nine bytes, phrases longer than the text's rest,
// phrases alike but in their ninth byte or their last, each must be found where a search finds them.
TEST(PhraseFinderTest, AgreesWithOneSearchPerPhraseForRandomPhraseSets) {
  std::mt19937 random(20261210);
  const std::string alphabet = "ab \xC3";
  size_t found = 0;
  for (int set = 0; set < 3000; ++set) {
    std::vector<std::string> texts_of_phrases(1 + random() % 12);
    for (std::string& phrase : texts_of_phrases) {
      phrase.assign(random() % 3 == 0 ? 7 + random() % 3 : 1 + random() % 20, ' ');
      for (char& c : phrase) c = alphabet[random() % (random() % 4 == 0 ? alphabet.size() : 2)];
    }
    // Phrases alike but in one byte: the first eight bytes equal, or all but the last.
    const std::string& model = texts_of_phrases[0];
    if (model.size() > 1) {
      std::string near = model;
      near[random() % 2 ? near.size() - 1 : std::min<size_t>(8, near.size() - 1)] ^= 1;
      texts_of_phrases.push_back(near);
    }
    Phrases phrases;
    for (const std::string& phrase : texts_of_phrases) phrases.push_back({phrase, static_cast<unsigned>(random() % 64)});
    const PhraseFinder finder(phrases);
    for (int round = 0; round < 10; ++round) {
      std::string text(random() % 28, ' ');
      for (char& c : text) c = alphabet[random() % alphabet.size()];
      if (round % 2 == 0 && !texts_of_phrases.empty()) {
        // A text that holds one of the phrases, or is one.
        const std::string& phrase = texts_of_phrases[random() % texts_of_phrases.size()];
        text = round % 4 == 0 ? phrase : text.substr(0, random() % (text.size() + 1)) + phrase + text.substr(random() % (text.size() + 1));
      }
      const uint64_t in = finder.GroupsIn(text);
      ASSERT_EQ(in, SearchEachPhrase(phrases, text)) << '"' << text << '"';
      ASSERT_EQ(finder.GroupsEqualTo(text), EqualsEachPhrase(phrases, text)) << '"' << text << '"';
      for (size_t at = 0; at <= text.size(); ++at) {
        ASSERT_EQ(finder.GroupsAt(text, at), StartsEachPhrase(phrases, text, at)) << '"' << text << "\" at " << at;
      }
      found += in != 0;
    }
  }
  EXPECT_GT(found, 15000u);  // most texts hold a phrase: the comparisons are made, not skipped
}

}  // namespace
}  // namespace teipress
