#include "name_scan.h"

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace teipress {
namespace {

// Random texts of the bytes the scans tell apart: capitals, small letters, digits, signs, spaces,
// line feeds, the lead bytes of capitals outside ASCII (0xC3-0xC5, 0xD0) and others (0xC2, 0xD1),
// continuation bytes, a typographic apostrophe's bytes and 0xFF; long enough to cross several
// sixteen-byte blocks, with the tail of every length.
std::string RandomText(std::mt19937& random) {
  static const std::string kBytes = std::string("AZMaz m09.,-'[ \n") + "\xC3\xC4\xC5\xD0\xC2\xD1\x80\x99\xBF\xE2\xFF";
  std::string text(random() % 70, ' ');
  for (char& c : text) c = kBytes[random() % kBytes.size()];
  return text;
}

TEST(NameScanTest, NameStartsAreTheWordStartsThatMayStartAName) {
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(random);
    std::vector<size_t> expected;
    for (size_t at = 0; at < text.size(); ++at) {
      if (MayStartName(text[at]) && (at == 0 || !IsWordByte(text[at - 1]))) expected.push_back(at);
    }
    std::vector<size_t> found;
    ForEachNameStart(text, [&](size_t at) { found.push_back(at); });
    ASSERT_EQ(found, expected) << round;
  }
}

TEST(NameScanTest, NumberStartsAreTheDigitsThatStartAWord) {
  std::mt19937 random(13);
  size_t starts = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(random);
    std::vector<size_t> expected;
    for (size_t at = 0; at < text.size(); ++at) {
      if (IsDigit(text[at]) && (at == 0 || !IsWordByte(text[at - 1]))) expected.push_back(at);
    }
    starts += expected.size();
    std::vector<size_t> found;
    ForEachNumberStart(text, [&](size_t at) { found.push_back(at); });
    ASSERT_EQ(found, expected) << round;
  }
  EXPECT_GT(starts, 10000u);
}

TEST(NameScanTest, MayStartNameTakesCapitalsDigitsAndTheLeadBytesOfCapitals) {
  std::string taken;
  for (unsigned u = 0; u < 256; ++u) {
    if (MayStartName(static_cast<char>(u))) taken += static_cast<char>(u);
  }
  EXPECT_EQ(taken, std::string("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "\xC3\xC4\xC5\xD0");
}

TEST(NameScanTest, NextTokenSignIsTheFirstByteNoWordOrAnApostrophesLead) {
  std::mt19937 random(12);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = RandomText(random);
    for (size_t from = 0; from <= text.size(); ++from) {
      size_t expected = from;
      while (expected < text.size() && IsWordByte(text[expected]) && text[expected] != '\xE2') ++expected;
      ASSERT_EQ(NextTokenSign(text, from), expected) << round << " from " << from;
    }
  }
  EXPECT_EQ(NextTokenSign("Stalin\u2019s", 0), 6u);
  EXPECT_EQ(NextTokenSign("Sinuiju-Dandong and more words than sixteen", 1), 7u);
  EXPECT_EQ(NextTokenSign("Zedong", 0), 6u);
}

}  // namespace
}  // namespace teipress
