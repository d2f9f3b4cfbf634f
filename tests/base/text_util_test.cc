// Unit tests of text_util.h's word helpers (LastWord finds from the end what SplitWords finds last)
// and of its eight-bytes-at-once tests, each against its byte-by-byte definition.
#include "text_util.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {
namespace {

TEST(TextUtil, SplitWordsSeparatesAtAnyAsciiWhiteSpace) {
  const std::vector<std::string_view> words = SplitWords(" the\tMinister\n[of]\r\nEconomy  ");
  EXPECT_EQ(words, (std::vector<std::string_view>{"the", "Minister", "[of]", "Economy"}));
  EXPECT_TRUE(SplitWords(" \t\n").empty());
  EXPECT_EQ(CountWords(" a b\tc\n"), 3);
}

TEST(TextUtil, ForEachWordVisitsViewsIntoTheTextInOrder) {
  const std::string text = "\tFILIPPOV  [Stalin]\r\n\u00C1pr\u00F3 ";
  std::vector<std::string_view> visited;
  ForEachWord(text, [&visited](std::string_view word) { visited.push_back(word); });
  EXPECT_EQ(visited, (std::vector<std::string_view>{"FILIPPOV", "[Stalin]", "\u00C1pr\u00F3"}));
  ASSERT_EQ(visited.size(), 3u);
  EXPECT_EQ(visited[1].data(), text.data() + 11);  // where the word stands, not a copy
  int calls = 0;
  ForEachWord(" \t\n", [&calls](std::string_view) { ++calls; });
  ForEachWord("", [&calls](std::string_view) { ++calls; });
  EXPECT_EQ(calls, 0);
}

TEST(TextUtil, FirstWordOfAndLastWordAreThoseOfSplitWords) {
  for (std::string_view text : {"", " ", "one", "one ", " one", "Comrade Kang ", "a\tb\n", "x  \r\n", "\u00C1pr\u00F3 ",
                                "the Ambassador of the USSR ", "trailing\n\n\n", "  two words"}) {
    const std::vector<std::string_view> words = SplitWords(text);
    const std::string_view last = LastWord(text);
    const std::string_view first = FirstWordOf(text);
    if (words.empty()) {
      EXPECT_TRUE(last.empty()) << '"' << text << '"';
      EXPECT_TRUE(first.empty()) << '"' << text << '"';
    } else {
      EXPECT_EQ(last, words.back()) << '"' << text << '"';
      EXPECT_EQ(first, words.front()) << '"' << text << '"';
      // Views into the text, where the words stand.
      EXPECT_EQ(last.data(), words.back().data()) << '"' << text << '"';
      EXPECT_EQ(first.data(), words.front().data()) << '"' << text << '"';
    }
  }
}

// Every ASCII byte at every one of the eight places, among random ASCII neighbours, for the ranges
// the scanners ask about (capitals, digits, small letters) and the edges of the byte range.
TEST(TextUtil, AsciiBytesInFlagsExactlyTheBytesInTheRange) {
  struct Range {
    unsigned char low, high;
  };
  const std::vector<Range> ranges = {{'A', 'Z'}, {'0', '9'}, {'a', 'z'}, {0x00, 0x7F}, {0x00, 0x00}, {0x7F, 0x7F},
                                     {'[', '['}};
  std::mt19937 random(11);
  for (const Range range : ranges) {
    for (int place = 0; place < 8; ++place) {
      for (int byte = 0; byte < 0x80; ++byte) {
        char bytes[8];
        for (char& b : bytes) b = static_cast<char>(random() % 0x80);
        bytes[place] = static_cast<char>(byte);
        uint64_t expected = 0;
        for (int k = 0; k < 8; ++k) {
          const auto b = static_cast<unsigned char>(bytes[k]);
          if (b >= range.low && b <= range.high) expected |= uint64_t{0x80} << (8 * k);
        }
        ASSERT_EQ(AsciiBytesIn(LoadEightBytes(bytes), range.low, range.high), expected)
            << "range " << int(range.low) << "-" << int(range.high) << ", byte " << byte << " at " << place;
      }
    }
  }
}

TEST(TextUtil, EightByteTestsAgreeWithTheirDefinitions) {
  std::mt19937 random(7);
  for (int round = 0; round < 20000; ++round) {
    char bytes[8];
    for (char& b : bytes) b = static_cast<char>(round % 3 == 0 ? random() % 0x100 : 0x20 + random() % 0x5F);
    const char sought = static_cast<char>(random() % 0x100);
    bool printable = true, has = false;
    for (const char b : bytes) {
      const auto u = static_cast<unsigned char>(b);
      printable = printable && u >= 0x20 && u <= 0x7E;
      has = has || b == sought;
    }
    const uint64_t x = LoadEightBytes(bytes);
    ASSERT_EQ(AllPrintableAscii(x), printable) << round;
    ASSERT_EQ(HasByte(x, sought), has) << round;
  }
}

// ForEachWordStart against its definition: every word start, in order, whose byte lies outside
// ASCII or among the starters. Random texts of ASCII letters, digits, signs and two-byte
// characters, at lengths around the eight-byte block (the tail, blocks mixing both kinds).
TEST(TextUtil, ForEachWordStartVisitsExactlyTheWordStartsItIsAskedFor) {
  struct Starters {
    const char* name;
    uint64_t (*flags)(uint64_t);
    bool (*is_starter)(unsigned char);
  };
  const std::vector<Starters> starter_sets = {
      {"capitals and digits", [](uint64_t b) { return AsciiBytesIn(b, 'A', 'Z') | AsciiBytesIn(b, '0', '9'); },
       [](unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }},
      {"any word byte", [](uint64_t b) { return AsciiBytesIn(b, 0x01, 0x7F); }, [](unsigned char) { return true; }},
      {"only t", [](uint64_t b) { return AsciiBytesIn(b, 't', 't'); }, [](unsigned char c) { return c == 't'; }},
  };
  const std::string alphabet = "aZt09 .,-[]'\n";
  std::mt19937 random(23);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t length = static_cast<size_t>(random() % 40);
    while (text.size() < length) {
      if (random() % 6 == 0) {
        text += "\xC3\x96";  // Ö
      } else {
        text += alphabet[random() % alphabet.size()];
      }
    }
    for (const Starters& starters : starter_sets) {
      std::vector<size_t> expected;
      for (size_t at = 0; at < text.size(); ++at) {
        const auto byte = static_cast<unsigned char>(text[at]);
        const bool word_start = IsWordByte(text[at]) && (at == 0 || !IsWordByte(text[at - 1]));
        if (word_start && (byte >= 0x80 || starters.is_starter(byte))) expected.push_back(at);
      }
      std::vector<size_t> visited;
      ForEachWordStart(text, starters.flags, [&](size_t at) { visited.push_back(at); });
      ASSERT_EQ(visited, expected) << starters.name << " in \"" << text << "\"";
    }
  }
}

// On random texts and words over a, b and the space (empty ones, words with spaces, words longer
// than the text), the answer is the padded strings' Contains.
TEST(TextUtil, ContainsBetweenSpacesAgreesWithThePaddedStrings) {
  std::mt19937 random(20261208);
  const auto random_text = [&](size_t longest) {
    std::string text(random() % (longest + 1), ' ');
    for (char& c : text) c = "ab "[random() % 3];
    return text;
  };
  int found = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(12), word = random_text(4);
    const bool expected = Contains(" " + text + " ", " " + word + " ");
    ASSERT_EQ(ContainsBetweenSpaces(text, word), expected) << "'" << text << "' / '" << word << "'";
    found += expected ? 1 : 0;
  }
  EXPECT_GT(found, 2000);
  EXPECT_LT(found, 18000);
}

}  // namespace
}  // namespace teipress
