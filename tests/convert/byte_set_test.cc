#include "byte_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "text_util.h"

namespace teipress {
namespace {

TEST(ByteSetTest, TrimsTheSignsAtEitherEnd) {
  constexpr ByteSet kSigns(".,;:\"()");
  EXPECT_EQ(kSigns.Trim("(Dr.),"), "Dr");
  EXPECT_EQ(kSigns.Trim("word"), "word");
  EXPECT_EQ(kSigns.Trim("..."), "");
  EXPECT_EQ(kSigns.Trim(""), "");
  EXPECT_EQ(kSigns.Trim("a.b"), "a.b");  // inside a word a sign stays
  EXPECT_TRUE(kSigns.Contains(';'));
  EXPECT_FALSE(kSigns.Contains('a'));
  EXPECT_FALSE(kSigns.Contains('\0'));
  EXPECT_FALSE(ByteSet("\xE2\x80\x9C").Contains('\x9D'));
}

// Against TrimCharacters on random words of signs, letters and the bytes of curly quotes.
TEST(ByteSetTest, TrimsAsTrimCharactersDoes) {
  const std::vector<std::string_view> sets = {".,;:!?\"()\u201C\u201D", ".,;:!?\"'()", ",;:(", "", "\xFF"};
  const std::vector<std::string> pieces = {"a", "Z", ".", ",", ";", ":", "!", "?", "\"", "'", "(", ")",
                                           "\u201C", "\u201D", "\u2019", "\xE2", "\x80", "\xFF", " ", "\u00E9"};
  std::mt19937 random(13);
  for (std::string_view set : sets) {
    const ByteSet bytes(set);
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const int length = static_cast<int>(random() % 10);
      for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
      const std::string_view trimmed = bytes.Trim(text);
      ASSERT_EQ(trimmed, TrimCharacters(text, set)) << '"' << text << "\" by \"" << set << '"';
      // A view into the text, as TrimCharacters returns.
      ASSERT_EQ(trimmed.data(), TrimCharacters(text, set).data()) << '"' << text << '"';
    }
  }
}

}  // namespace
}  // namespace teipress
