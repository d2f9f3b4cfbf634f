#include "help_text.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

TEST(WrapText, BreaksAtSpacesWithinTheWidth) {
  struct Case {
    std::string_view text;
    size_t width, indent, first_column;
    std::string expected;
  };
  for (const Case& c : {
           Case{"one two three", 80, 0, 0, "one two three"},
           Case{"one two three", 8, 0, 0, "one two\nthree"},
           Case{"one two three", 9, 2, 4, "one\n  two\n  three"},
           Case{"first paragraph\n\nsecond", 80, 0, 0, "first paragraph\n\nsecond"},
           Case{"a longwordthatdoesnotfit b", 6, 0, 0, "a\nlongwordthatdoesnotfit\nb"},
           Case{"spaces   collapse ", 80, 0, 0, "spaces collapse"},
       }) {
    EXPECT_EQ(WrapText(c.text, c.width, c.indent, c.first_column), c.expected) << c.text;
  }
}

TEST(FormatCommandHelp, EndsWithWhatTheExitStatusesMean) {
  static constexpr CommandSpec kCommand = {"make", "makes things", "FILE", "Makes things.", {},
                                           {"FILE", ValueKind::kFile, "", 1, -1, "no files"}, nullptr, true, "",
                                           "0 made; 1 a file could not be made; 2 a usage error."};
  const std::string help = FormatCommandHelp(kCommand);
  EXPECT_NE(help.find("\nExit status: 0 made; 1 a file could not be made; 2 a usage error.\n"), std::string::npos) << help;
}

TEST(FormatCommandHelp, ListsOptionsWithArgumentsDefaultsAndHelp) {
  static constexpr std::string_view kSizes[] = {"a4", "letter"};
  static constexpr OptionSpec kOptions[] = {
      {"--output", "-o", "DIR", ValueKind::kDirectory, {}, "out", "where to write"},
      {"--paper", "", "SIZE", ValueKind::kChoice, kSizes, "a4", "page size"},
      {"--quiet", "", "", ValueKind::kNone, {}, "", "say less"},
  };
  static constexpr CommandSpec kCommand = {
      "make", "makes things", "[-o DIR] [--paper SIZE] [--quiet] FILE...", "Makes things.\n\nTwice.", kOptions,
      {"FILE", ValueKind::kFile, "", 1, -1, "no files"}, nullptr};
  EXPECT_EQ(FormatCommandHelp(kCommand),
            "usage: teipress make [-o DIR] [--paper SIZE] [--quiet] FILE...\n"
            "\n"
            "Makes things.\n"
            "\n"
            "Twice.\n"
            "\n"
            "options:\n"
            "  -o, --output DIR  where to write (default: out)\n"
            "  --paper SIZE      page size (default: a4)\n"
            "  --quiet           say less\n"
            "  --color WHEN      colour the diagnostics on standard error: auto (on a terminal, unless NO_COLOR\n"
            "                    is set), always or never (default: auto)\n"
            "  -h, --help        print this help and exit\n");
}

}  // namespace
}  // namespace teipress
