#include "romanization.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress {
namespace {

// SoundKey's definition: at each letter, the first fold of the table (in its order) that starts
// there, else the letter itself. SoundKey tries only the folds of the letter's first byte.
std::string SoundKeyByDefinition(std::string_view letters) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kFolds = {{
      {"schtsch", "sc"}, {"szcz", "sc"}, {"shch", "sc"}, {"tsch", "c"}, {"sch", "s"}, {"tch", "c"},
      {"sz", "s"}, {"cz", "c"}, {"ch", "c"}, {"sh", "s"}, {"zh", "z"}, {"kh", "c"}, {"ts", "c"}, {"tz", "c"},
      {"ou", "u"}, {"w", "v"}, {"k", "c"}, {"j", "i"}, {"y", "i"}, {"ph", "f"},
  }};
  std::string key;
  for (size_t i = 0; i < letters.size();) {
    bool folded = false;
    for (const auto& [from, to] : kFolds) {
      if (letters.substr(i, from.size()) == from) {
        key += to;
        i += from.size();
        folded = true;
        break;
      }
    }
    if (!folded) key += letters[i++];
  }
  return key;
}

// The textbook dynamic programme, a full table.
size_t EditDistanceByDefinition(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

std::string RandomText(std::mt19937& random, std::string_view alphabet, size_t longest) {
  std::string text(random() % (longest + 1), ' ');
  for (char& c : text) c = alphabet[random() % alphabet.size()];
  return text;
}

TEST(RomanizationTest, SoundKeyFoldsTheTransliterationSystemsTogether) {
  EXPECT_EQ(SoundKey("chruszczow"), "cruscov");
  EXPECT_EQ(SoundKey("khrushchev"), "cruscev");
  EXPECT_EQ(SoundKey("chruschtschow"), "cruscov");
  EXPECT_EQ(SoundKey("khrouchtchev"), "cruccev");  // kh, r, ou, ch, tch, e, v
  EXPECT_EQ(SoundKey(""), "");
  EXPECT_EQ(SoundKey("schtsch"), "sc");   // the longest fold first, not "sch" + "tsch"
  EXPECT_EQ(SoundKey("kh"), "c");         // "kh" before "k"
  EXPECT_EQ(SoundKey("\xC3\xB6k"), "\xC3\xB6" "c");  // bytes outside ASCII start no fold
}

// Random letters drawn mostly from the folds' own make folds overlap and compete for one place.
TEST(RomanizationTest, SoundKeyAgreesWithTryingEveryFoldAtEachLetter) {
  std::mt19937 random(20261207);
  for (int round = 0; round < 5000; ++round) {
    const std::string letters = RandomText(random, "schtzkwjyoupaeh\xC3", 16);
    ASSERT_EQ(SoundKey(letters), SoundKeyByDefinition(letters)) << letters;
  }
}

TEST(RomanizationTest, EditDistanceAgreesWithTheFullTableShortAndLong) {
  EXPECT_EQ(LetterEditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(LetterEditDistance("", "abc"), 3u);
  EXPECT_EQ(LetterEditDistance("abc", ""), 3u);
  std::mt19937 random(7);
  for (int round = 0; round < 2000; ++round) {
    // Up to 80 bytes: past the 64 that fit the rows on the stack.
    const std::string a = RandomText(random, "abc", 80), b = RandomText(random, "abc", 80);
    ASSERT_EQ(LetterEditDistance(a, b), EditDistanceByDefinition(a, b)) << a << " / " << b;
    ASSERT_LE(BagDistance(a, b), LetterEditDistance(a, b)) << a << " / " << b;
  }
}

TEST(RomanizationTest, VariantsAreOneNameSpelledOtherwise) {
  EXPECT_TRUE(AreRomanizationVariants("Pak Ung-geol", "Pak Ung Gol"));
  EXPECT_TRUE(AreRomanizationVariants("Chruszczow", "Khrushchev"));
  EXPECT_TRUE(AreRomanizationVariants("L\xe1\xba\xa1ng S\xc6\xa1n", "Lang Son"));
  EXPECT_FALSE(AreRomanizationVariants("Molotov", "Khrushchev"));
  EXPECT_FALSE(AreRomanizationVariants("", "Lang Son"));
  EXPECT_FALSE(AreRomanizationVariants(std::string(65, 'a'), std::string(65, 'a')));  // longer than a name
}

// AreRomanizationVariants' definition, each side's letters and sound key made afresh.
bool VariantsByDefinition(std::string_view a, std::string_view b) {
  const std::string x = LettersOnly(a), y = LettersOnly(b);
  if (x.empty() || y.empty() || x.size() > 64 || y.size() > 64) return false;
  if (x == y) return true;
  const size_t longest = std::max(x.size(), y.size());
  if (EditDistanceByDefinition(x, y) * 10 <= longest * 4) return true;
  if (x.size() < 4 || y.size() < 4) return false;
  const std::string sx = SoundKeyByDefinition(x), sy = SoundKeyByDefinition(y);
  return EditDistanceByDefinition(sx, sy) * 10 <= std::max(sx.size(), sy.size()) * 3;
}

// One RomanizedName asked about several spellings in turn answers as a fresh comparison each time.
TEST(RomanizationTest, ANameMadeOnceAnswersAsTheTwoSpellingsDo) {
  const std::vector<std::string> spellings = {"Khrushchev", "Chruszczow", "Chruschtschow", "Khrouchtchev",
                                              "Pak Ung Gol", "Pak Ung-geol", "Molotov", "Mao", "Ma", "",
                                              "Lang Son", "L\xe1\xba\xa1ng S\xc6\xa1n", "Zhou Enlai", "Chou En-lai"};
  for (const std::string& b : spellings) {
    RomanizedName name(b);
    EXPECT_EQ(name.letters(), LettersOnly(b));
    for (const std::string& a : spellings) {
      EXPECT_EQ(AreRomanizationVariants(a, name), VariantsByDefinition(a, b)) << a << " / " << b;
      EXPECT_EQ(AreRomanizationVariants(a, b), VariantsByDefinition(a, b)) << a << " / " << b;
    }
    EXPECT_EQ(name.sound(), SoundKey(LettersOnly(b)));
  }
}

// The letters one string has more of than the other, counted in an ordered map.
size_t BagDistanceByDefinition(std::string_view a, std::string_view b) {
  std::map<unsigned char, long> counts;
  for (const unsigned char c : a) ++counts[c];
  for (const unsigned char c : b) --counts[c];
  size_t more_in_a = 0, more_in_b = 0;
  for (const auto& [c, count] : counts) (count > 0 ? more_in_a : more_in_b) += static_cast<size_t>(std::labs(count));
  return std::max(more_in_a, more_in_b);
}

TEST(RomanizationTest, BagDistanceAgreesWithItsDefinitionShortAndLong) {
  std::mt19937 random(11);
  for (int round = 0; round < 3000; ++round) {
    // Up to 300 bytes: past the 127 a byte-sized count holds, and bytes of every value.
    const size_t longest = round % 3 == 0 ? 300 : 40;
    const std::string a = RandomText(random, round % 2 ? "abcab\xc3\xa9\xff" : "ab", longest);
    const std::string b = RandomText(random, round % 2 ? "abcab\xc3\xa9\xff" : "ab", longest);
    ASSERT_EQ(BagDistance(a, b), BagDistanceByDefinition(a, b)) << a << " / " << b;
  }
}

// Random names built from pieces that exercise every path of the comparison: letters of both
// cases, the transliteration clusters the sound key folds, Latin letters with diacritics, letters
// of other scripts, typographic apostrophes, signs, a stray byte; one side often a small edit of
// the other, so that both answers occur; some longer than a name.
TEST(RomanizationTest, VariantsAgreeWithTheirDefinitionOnRandomNames) {
  static constexpr std::array<std::string_view, 24> kPieces = {
      "a", "o", "e", "n", "K", "ch", "Sz", "cz", "sch", "tsch", "kh", "ou", "w", "y", "j",
      "\xc5\x82" /* ł */, "\xe1\xba\xa1" /* ạ */, "\xc6\xa1" /* ơ */, "\xd0\x96" /* Ж */,
      "\xe2\x80\x99" /* ’ */, "-", " ", "\xc3" /* stray */, "Ph"};
  std::mt19937 random(12);
  auto name = [&](size_t pieces) {
    std::string text;
    for (size_t k = 0; k < pieces; ++k) text += kPieces[random() % kPieces.size()];
    return text;
  };
  int variants = 0, others = 0;
  for (int round = 0; round < 6000; ++round) {
    const std::string b = name(random() % (round % 10 == 0 ? 60 : 14));
    std::string a = b;
    if (round % 4 == 0) {
      a = name(random() % 14);
    } else {
      for (unsigned edits = random() % 4; edits > 0 && !a.empty(); --edits) {
        const size_t at = random() % a.size();
        a.insert(at, kPieces[random() % kPieces.size()]);
        if (random() % 2) a.erase(random() % a.size(), 1);
      }
    }
    RomanizedName made_once(b);
    const bool expected = VariantsByDefinition(a, b);
    ASSERT_EQ(AreRomanizationVariants(a, made_once), expected) << a << " / " << b;
    ASSERT_EQ(AreRomanizationVariants(a, b), expected) << a << " / " << b;
    (expected ? variants : others) += 1;
  }
  // Both answers are exercised often, not only one of them.
  EXPECT_GT(variants, 1000);
  EXPECT_GT(others, 1000);
}

TEST(RomanizationTest, LettersOnlyFoldsCaseAndDropsDiacriticsAndSigns) {
  EXPECT_EQ(LettersOnly("Ung-geol"), "unggeol");
  EXPECT_EQ(LettersOnly("Koro\xc5\xa1ka"), "koroska");
  EXPECT_EQ(LettersOnly("chuch\xe2\x80\x99" "e"), "chuche");
  EXPECT_EQ(FirstCodePoint("\xc5\xa1"), 0x161u);
  EXPECT_EQ(FirstCodePoint(""), 0u);
}

}  // namespace
}  // namespace teipress
