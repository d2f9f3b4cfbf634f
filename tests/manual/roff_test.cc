// Roff escaping for the generated man pages: table of plain text -> what groff must be given.
#include "roff.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

TEST(Roff, EscapeTable) {
  struct Case {
    const char* text;
    const char* roff;
  };
  const Case cases[] = {
      {"plain words", "plain words"},
      {"--force and -o DIR", "\\-\\-force and \\-o DIR"},            // options stay hyphen-minus
      {"plain-text and PDF/A-1b", "plain-text and PDF/A-1b"},       // hyphens inside words stay hyphens
      {"[--schema FILE] (-o) a|--b '-o -'", "[\\-\\-schema FILE] (\\-o) a|\\-\\-b '\\-o \\-'"},
      {"--format=json", "\\-\\-format=json"},
      {"a \\ backslash", "a \\e backslash"},
      {".starts like a request", "\\&.starts like a request"},
      {"'starts like a request", "\\&'starts like a request"},
      {"line\n.second", "line\n\\&.second"},
      {"mid.dle 'quote'", "mid.dle 'quote'"},
      {"caf\xC3\xA9 \xE2\x80\xA6 \xF0\x9F\x93\x9C", "caf\\[u00E9] \\[u2026] \\[u1F4DC]"},
      {"bad \xC3 byte", "bad \\[uFFFD] byte"},
  };
  for (const Case& c : cases) EXPECT_EQ(RoffEscape(c.text), c.roff) << c.text;
  EXPECT_EQ(RoffBold("--help"), "\\fB\\-\\-help\\fR");
  EXPECT_EQ(RoffItalic("DIR"), "\\fIDIR\\fR");
}

}  // namespace
}  // namespace teipress
