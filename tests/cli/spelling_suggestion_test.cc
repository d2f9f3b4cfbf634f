#include "spelling_suggestion.h"

#include <gtest/gtest.h>

#include <string_view>

namespace teipress {
namespace {

TEST(EditDistance, CountsEditsAndTranspositions) {
  struct Case {
    std::string_view a, b;
    int distance;
  };
  for (const Case& c : {Case{"", "", 0}, Case{"build", "build", 0}, Case{"", "abc", 3}, Case{"abc", "", 3},
                        Case{"build", "biuld", 1}, Case{"build", "buidl", 1}, Case{"build", "buil", 1},
                        Case{"build", "builds", 1}, Case{"build", "bxild", 1}, Case{"convert", "cnovret", 2},
                        Case{"validate", "vaildate", 1}, Case{"kitten", "sitting", 3}, Case{"ca", "abc", 3}}) {
    EXPECT_EQ(EditDistance(c.a, c.b), c.distance) << c.a << " / " << c.b;
    EXPECT_EQ(EditDistance(c.b, c.a), c.distance) << c.b << " / " << c.a;
  }
}

TEST(SuggestSpelling, FindsTheLikelyMeaning) {
  constexpr std::string_view kCommands[] = {"convert", "validate", "render", "totext", "split", "build", "help"};
  constexpr std::string_view kOptions[] = {"--schema", "--schematron", "--phase", "-o", "--output", "--pdf", "--pdfa"};
  struct Case {
    std::string_view word;
    std::span<const std::string_view> candidates;
    std::string_view expected;
  };
  for (const Case& c : {
           Case{"buidl", kCommands, "build"},      // transposition
           Case{"buil", kCommands, "build"},       // deletion
           Case{"rendr", kCommands, "render"},     //
           Case{"convretr", kCommands, "convert"}, // two edits in a long word
           Case{"valid", kCommands, "validate"},   // the only command it begins
           Case{"splt", kCommands, "split"},       //
           Case{"frobnicate", kCommands, ""},      // nothing close
           Case{"bu", kCommands, ""},              // too short to tell
           Case{"tex", kCommands, ""},             // one edit from nothing, begins nothing
           Case{"--shema", kOptions, "--schema"},  //
           Case{"--schematorn", kOptions, "--schematron"},
           Case{"--sch", kOptions, ""},            // begins two options: ambiguous
           Case{"--pdfx", kOptions, "--pdf"},      // the closest of two near ones
           Case{"-x", kOptions, ""},               // "-x" is no typo of "-o"
           Case{"--outptu", kOptions, "--output"},
       }) {
    EXPECT_EQ(SuggestSpelling(c.word, c.candidates), c.expected) << c.word;
  }
}

}  // namespace
}  // namespace teipress
