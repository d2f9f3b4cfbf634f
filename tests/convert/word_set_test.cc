// Unit tests of WordSet: it holds exactly its words, in any ASCII case, whatever their lengths, and
// answers as the linear search of a table it replaced did.
#include "word_set.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include "name_words.h"

namespace teipress {
namespace {

constexpr std::array<std::string_view, 7> kWords = {"head", "chief", "dr.", "attaché", "vice", "commander-in-chief", "a"};

TEST(WordSet, HoldsItsWordsInAnyAsciiCase) {
  const WordSet set(kWords);
  for (std::string_view word : kWords) EXPECT_TRUE(set.Contains(word)) << word;
  EXPECT_TRUE(set.Contains("HEAD"));
  EXPECT_TRUE(set.Contains("Chief"));
  EXPECT_TRUE(set.Contains("DR."));
  EXPECT_TRUE(set.Contains("Commander-In-Chief"));
  EXPECT_TRUE(set.Contains("A"));
}

TEST(WordSet, HoldsNoOtherWord) {
  const WordSet set(kWords);
  // Same length, other letters; a prefix; a longer word; the empty word; a non-ASCII capital,
  // which is not folded.
  for (std::string_view word : {"heap", "chef", "chiefs", "he", "dr", "", "ATTACHÉ", "vices", "b", "commander-in-chieF."}) {
    EXPECT_FALSE(set.Contains(word)) << word;
  }
}

TEST(WordSet, AWordLongerThanAnyItHoldsIsNotInIt) {
  const WordSet set(kWords);
  EXPECT_FALSE(set.Contains(std::string(WordSet::kMaxLength + 1, 'a')));
  EXPECT_FALSE(set.Contains(std::string(1000, 'x')));
}

TEST(WordSet, AnEmptySetHoldsNothing) {
  const WordSet set(kWords.data(), kWords.data());
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("head"));
}

TEST(WordSet, TheEmptyWordWhenItIsOne) {
  constexpr std::array<std::string_view, 2> kWithEmpty = {"", "x"};
  const WordSet set(kWithEmpty);
  EXPECT_TRUE(set.Contains(""));
  EXPECT_TRUE(set.Contains("X"));
}

TEST(WordSet, RefusesWordsThatCouldNeverMatch) {
  constexpr std::array<std::string_view, 1> kCapital = {"Head"};
  EXPECT_THROW(WordSet{kCapital}, std::invalid_argument);
  const std::string too_long(WordSet::kMaxLength + 1, 'a');
  const std::string_view long_word = too_long;
  EXPECT_THROW(WordSet(&long_word, &long_word + 1), std::invalid_argument);
}

// The tables of name_words.h answer as a linear search, folding the word, did: each word of each
// table, in three cases, and variations of them that must not match.
bool LinearSearch(std::string_view word, const std::string_view* begin, const std::string_view* end) {
  std::string lower(word);
  for (char& c : lower) c = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  return std::find(begin, end, lower) != end;
}

template <size_t N>
void ExpectSameAnswers(const std::array<std::string_view, N>& table, const WordSet& set) {
  std::vector<std::string> asked;
  for (std::string_view word : table) {
    std::string upper(word), capitalized(word);
    for (char& c : upper) c = IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
    if (!capitalized.empty() && IsLower(capitalized[0])) capitalized[0] = static_cast<char>(capitalized[0] - 'a' + 'A');
    for (const std::string& variant : {std::string(word), upper, capitalized, std::string(word) + "s",
                                       std::string(word.substr(0, word.size() - 1)), std::string(word) + "."}) {
      asked.push_back(variant);
    }
  }
  for (const std::string& word : asked) {
    EXPECT_EQ(set.Contains(word), LinearSearch(word, table.data(), table.data() + N)) << word;
  }
}

TEST(WordSet, AnswersAsTheLinearSearchOfNameWordsTables) {
  ExpectSameAnswers(kOfficeWords, OfficeWordSet());
  ExpectSameAnswers(kOfficeQualifiers, OfficeQualifierSet());
  ExpectSameAnswers(kOrganizationWords, OrganizationWordSet());
}

// The look at a word's first byte and length before it is folded (the set's filter) against the
// linear search: random words, most of them near the tables' words (a letter changed, cut,
// lengthened, in other cases, with bytes outside ASCII), so that many share a first byte and a
// length with some word of a table and are still not in it.
TEST(WordSet, AnswersAsTheLinearSearchOnRandomWords) {
  std::mt19937 random(31);
  const std::string kBytes = std::string("aeimnrstAEMNRST.-'\x80\xC3\xE2") + '\0';
  auto check = [&](const auto& table, const WordSet& set) {
    for (int round = 0; round < 20000; ++round) {
      std::string word(table[random() % table.size()]);
      for (size_t changes = random() % 3; changes > 0; --changes) {
        const char byte = kBytes[random() % kBytes.size()];
        const size_t at = word.empty() ? 0 : random() % word.size();
        switch (random() % 4) {
          case 0: if (!word.empty()) word[at] = byte; break;
          case 1: word.insert(word.begin() + static_cast<std::ptrdiff_t>(at), byte); break;
          case 2: if (!word.empty()) word.erase(at, 1); break;
          default: if (!word.empty() && IsLower(word[at])) word[at] = static_cast<char>(word[at] - 'a' + 'A');
        }
      }
      const bool listed = LinearSearch(word, table.data(), table.data() + table.size());
      ASSERT_EQ(set.Contains(word), listed) << word;
      if (listed) {
        ASSERT_TRUE(set.MayContain(word.empty() ? 'a' : word.front(), word.size())) << word;
      }
    }
  };
  check(kOfficeWords, OfficeWordSet());
  check(kOfficeQualifiers, OfficeQualifierSet());
  check(kOrganizationWords, OrganizationWordSet());
}

// IsOfficeWord's shortcut (the word copied with a full stop only when the table may hold it)
// against its definition, on random words near the office words, with the signs it trims and
// hyphens.
TEST(NameWords, IsOfficeWordAnswersAsItsDefinitionOnRandomWords) {
  auto listed = [](std::string_view word) { return LinearSearch(word, kOfficeWords.data(), kOfficeWords.data() + kOfficeWords.size()); };
  auto by_definition = [&](std::string_view word) {
    word = TrimCharacters(word, ".,;:\"()");
    if (word.empty()) return false;
    if (listed(word) || listed(std::string(word) + ".")) return true;
    const size_t hyphen = word.find('-');
    return hyphen != std::string_view::npos && (listed(word.substr(0, hyphen)) || listed(word.substr(hyphen + 1)));
  };
  std::mt19937 random(32);
  const std::string kBytes = "aeimnrstDMAEN.-,()\"";
  for (int round = 0; round < 20000; ++round) {
    std::string word(kOfficeWords[random() % kOfficeWords.size()]);
    if (random() % 3 == 0) word += "-" + std::string(kOfficeWords[random() % kOfficeWords.size()]);
    for (size_t changes = random() % 3; changes > 0; --changes) {
      const size_t at = word.empty() ? 0 : random() % (word.size() + 1);
      if (random() % 2 && at < word.size()) word.erase(at, 1);
      else word.insert(word.begin() + static_cast<std::ptrdiff_t>(at), kBytes[random() % kBytes.size()]);
    }
    ASSERT_EQ(IsOfficeWord(word), by_definition(word)) << word;
  }
}

TEST(NameWords, OfficeAndOrganizationWordsWithTheirVariants) {
  EXPECT_TRUE(IsOfficeWord("Minister"));
  EXPECT_TRUE(IsOfficeWord("(Ambassador),"));
  EXPECT_TRUE(IsOfficeWord("Dr"));  // the table's "dr." with its full stop
  EXPECT_TRUE(IsOfficeWord("Vice-Minister"));
  EXPECT_TRUE(IsOfficeWord("Deputy-Head"));
  EXPECT_FALSE(IsOfficeWord("Ministry"));
  EXPECT_FALSE(IsOfficeWord("..."));
  EXPECT_FALSE(IsOfficeWord(std::string(200, 'm')));
  EXPECT_TRUE(IsOfficeVocabulary("Foreign"));
  EXPECT_FALSE(IsOfficeVocabulary("Domestic"));
  EXPECT_TRUE(IsOrganizationWord("Ministries"));
  EXPECT_TRUE(IsOrganizationWord("committees"));
  EXPECT_TRUE(IsOrganizationWord("EMBASSY,"));
  EXPECT_FALSE(IsOrganizationWord("ies"));
  EXPECT_FALSE(IsOrganizationWord(std::string(100, 'x') + "ies"));
  EXPECT_FALSE(IsOrganizationWord("Embassador"));
}

}  // namespace
}  // namespace teipress
