// Unit tests of ForEachAsciiCapital: the places it visits, sixteen and eight bytes at a time, are
// those of the byte-by-byte definition (each byte from 'A' to 'Z'), in order, on texts of every
// length with bytes of every value, two-byte letters among them.
#include "capital_finder.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {
namespace {

std::vector<size_t> Visited(std::string_view text) {
  std::vector<size_t> places;
  ForEachAsciiCapital(text, [&](size_t at) { places.push_back(at); });
  return places;
}

// The definition: every byte from 'A' to 'Z', one by one.
std::vector<size_t> CapitalsOneByOne(std::string_view text) {
  std::vector<size_t> places;
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] >= 'A' && text[at] <= 'Z') places.push_back(at);
  }
  return places;
}

TEST(CapitalFinderTest, Examples) {
  EXPECT_EQ(Visited(""), (std::vector<size_t>{}));
  EXPECT_EQ(Visited("A"), (std::vector<size_t>{0}));
  EXPECT_EQ(Visited("no capitals in this rather long sentence at all"), (std::vector<size_t>{}));
  EXPECT_EQ(Visited("met Comrade Kim in Pyongyang on Monday, 3 May"), (std::vector<size_t>{4, 12, 19, 32, 42}));
  // '@' and '[' border the capitals; a two-byte letter's bytes (0xC3 0x89, "É") are no capitals.
  EXPECT_EQ(Visited("@[`{AZ\u00c9cole Z"), (std::vector<size_t>{4, 5, 13}));
}

// A capital at every place of a text of every length up to 40 bytes, among the bytes bordering
// the capitals and bytes outside ASCII, where the 16- and 8-byte blocks and the tail meet.
TEST(CapitalFinderTest, CapitalAtEveryPlace) {
  for (const char filler : {'a', '@', '[', static_cast<char>(0xC1), static_cast<char>(0xDA), static_cast<char>(0x80)}) {
    for (size_t length = 1; length <= 40; ++length) {
      for (size_t place = 0; place < length; ++place) {
        std::string text(length, filler);
        text[place] = 'Q';
        ASSERT_EQ(Visited(text), (std::vector<size_t>{place})) << length << " " << place;
      }
    }
  }
}

TEST(CapitalFinderTest, AgreesWithTheDefinitionOnRandomTexts) {
  std::mt19937 random(20261207);
  const std::string_view alphabet = "AZMaz @[`{ .,(\"\xC3\xA9\x80\xFF\x41\x5A";
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1), any_byte(0, 255), length(0, 70);
  for (int trial = 0; trial < 5000; ++trial) {
    std::string text(length(random), ' ');
    for (char& c : text) c = trial % 2 ? alphabet[pick(random)] : static_cast<char>(any_byte(random));
    ASSERT_EQ(Visited(text), CapitalsOneByOne(text)) << trial;
  }
}

}  // namespace
}  // namespace teipress
