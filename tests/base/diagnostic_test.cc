// Diagnostics: the GNU line format, stable sorting, and the error test.
#include "diagnostic.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace teipress {
namespace {

TEST(DiagnosticTest, FormatGnuTable) {
  struct Case {
    Diagnostic diagnostic;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {{"a.txt", 3, 7, Severity::kError, "unclosed bracket", "convert.unclosed-bracket"},
       "a.txt:3:7: error: unclosed bracket [convert.unclosed-bracket]"},
      {{"a.txt", 3, 0, Severity::kWarning, "odd date", "convert.date"}, "a.txt:3: warning: odd date [convert.date]"},
      {{"a.txt", 0, 0, Severity::kError, "the file is empty", "input.empty"},
       "a.txt: error: the file is empty [input.empty]"},
      {{"dir/b.xml", 12, 1, Severity::kNote, "declared here", ""}, "dir/b.xml:12:1: note: declared here"},
      {{"c.xml", 0, 0, Severity::kWarning, "no rule", ""}, "c.xml: warning: no rule"},
      // A column without a line cannot be shown on its own.
      {{"d.xml", 0, 5, Severity::kError, "m", "r"}, "d.xml: error: m [r]"},
  };
  for (const Case& c : cases) EXPECT_EQ(FormatGnu(c.diagnostic), c.expected);
}

// Coloured for a terminal as GCC does: the place bold, the severity and the rule in its colour,
// the message plain; the same text once the escape sequences are taken out.
TEST(DiagnosticTest, FormatGnuInColourTable) {
  struct Case {
    Diagnostic diagnostic;
    std::string expected;
  };
  const std::vector<Case> cases = {
      {{"a.xml", 3, 7, Severity::kError, "bad", "relaxng.x"},
       "\x1b[1ma.xml:3:7:\x1b[0m \x1b[1;31merror:\x1b[0m bad [\x1b[1;31mrelaxng.x\x1b[0m]"},
      {{"a.xml", 3, 0, Severity::kWarning, "odd", ""}, "\x1b[1ma.xml:3:\x1b[0m \x1b[1;35mwarning:\x1b[0m odd"},
      {{"a.xml", 0, 0, Severity::kNote, "see", "n"}, "\x1b[1ma.xml:\x1b[0m \x1b[1;36mnote:\x1b[0m see [\x1b[1;36mn\x1b[0m]"},
  };
  for (const Case& c : cases) {
    const std::string coloured = FormatGnu(c.diagnostic, true);
    EXPECT_EQ(coloured, c.expected);
    std::string plain;
    for (size_t i = 0; i < coloured.size(); ++i) {
      if (coloured[i] == '\x1b') i = coloured.find('m', i);
      else plain += coloured[i];
    }
    EXPECT_EQ(plain, FormatGnu(c.diagnostic));
  }
}

TEST(DiagnosticTest, SeverityNames) {
  EXPECT_STREQ(SeverityName(Severity::kError), "error");
  EXPECT_STREQ(SeverityName(Severity::kWarning), "warning");
  EXPECT_STREQ(SeverityName(Severity::kNote), "note");
}

TEST(DiagnosticTest, SortByFileLineColumnKeepingOrderAtTheSamePlace) {
  auto make = [](std::string file, int line, int column, std::string message) {
    return Diagnostic{std::move(file), line, column, Severity::kError, std::move(message), ""};
  };
  std::vector<Diagnostic> diagnostics = {
      make("b.xml", 1, 1, "b1"),       make("a.xml", 10, 2, "a10-2"),  make("a.xml", 2, 5, "a2-5 first"),
      make("a.xml", 2, 5, "a2-5 second"), make("a.xml", 0, 0, "a whole file"), make("a.xml", 2, 1, "a2-1"),
      make("a.xml", 2, 5, "a2-5 third"), make("a.xml", 9, 30, "a9-30"),
  };
  SortDiagnostics(diagnostics);
  std::vector<std::string> order;
  for (const Diagnostic& d : diagnostics) order.push_back(d.message);
  // Line 10 after line 9 (numbers, not text); whole-file findings first; equal positions keep
  // the order in which they were found.
  EXPECT_EQ(order, (std::vector<std::string>{"a whole file", "a2-1", "a2-5 first", "a2-5 second", "a2-5 third", "a9-30",
                                             "a10-2", "b1"}));
}

TEST(DiagnosticTest, SortStabilityIgnoresSeverityAndMessage) {
  std::vector<Diagnostic> diagnostics;
  for (int i = 0; i < 50; ++i) {
    diagnostics.push_back({"x.xml", 4, 2, i % 2 ? Severity::kWarning : Severity::kError,
                           std::string(1, static_cast<char>('z' - i % 26)) + std::to_string(i), ""});
  }
  const std::vector<Diagnostic> original = diagnostics;
  SortDiagnostics(diagnostics);
  EXPECT_EQ(diagnostics, original);
}

TEST(DiagnosticTest, HasErrors) {
  const Diagnostic error{"f", 1, 1, Severity::kError, "e", ""};
  const Diagnostic warning{"f", 1, 1, Severity::kWarning, "w", ""};
  const Diagnostic note{"f", 1, 1, Severity::kNote, "n", ""};
  EXPECT_FALSE(HasErrors({}));
  EXPECT_FALSE(HasErrors({warning, note}));
  EXPECT_TRUE(HasErrors({error}));
  EXPECT_TRUE(HasErrors({warning, note, error}));
}

}  // namespace
}  // namespace teipress
