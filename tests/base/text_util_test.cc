// Unit tests of text_util.h's word helpers: LastWord finds from the end what SplitWords finds last.
#include "text_util.h"

#include <gtest/gtest.h>

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

TEST(TextUtil, LastWordIsTheLastOfSplitWords) {
  for (std::string_view text : {"", " ", "one", "one ", " one", "Comrade Kang ", "a\tb\n", "x  \r\n", "\u00C1pr\u00F3 ",
                                "the Ambassador of the USSR ", "trailing\n\n\n", "  two words"}) {
    const std::vector<std::string_view> words = SplitWords(text);
    const std::string_view last = LastWord(text);
    if (words.empty()) {
      EXPECT_TRUE(last.empty()) << '"' << text << '"';
    } else {
      EXPECT_EQ(last, words.back()) << '"' << text << '"';
      // A view into the text, where the word stands.
      EXPECT_EQ(last.data(), words.back().data()) << '"' << text << '"';
    }
  }
}

}  // namespace
}  // namespace teipress
