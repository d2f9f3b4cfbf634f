// When diagnostics are coloured: --color's three choices, a terminal or not, NO_COLOR and TERM.
#include "terminal_color.h"

#include <gtest/gtest.h>
#include <pty.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace teipress {
namespace {

TEST(TerminalColor, ParsesTheThreeChoicesOnly) {
  EXPECT_EQ(ParseColorChoice("auto"), ColorChoice::kAuto);
  EXPECT_EQ(ParseColorChoice("always"), ColorChoice::kAlways);
  EXPECT_EQ(ParseColorChoice("never"), ColorChoice::kNever);
  for (const char* wrong : {"", "yes", "Always", "auto ", "1"}) EXPECT_FALSE(ParseColorChoice(wrong)) << wrong;
}

TEST(TerminalColor, DecisionTable) {
  struct Case {
    ColorChoice choice;
    bool terminal;
    const char* no_color;
    const char* term;
    bool expected;
  };
  const Case cases[] = {
      {ColorChoice::kAuto, true, nullptr, "xterm-256color", true},
      {ColorChoice::kAuto, true, nullptr, nullptr, true},
      {ColorChoice::kAuto, false, nullptr, "xterm", false},  // a pipe or a file
      {ColorChoice::kAuto, true, "1", "xterm", false},       // NO_COLOR set
      {ColorChoice::kAuto, true, "", "xterm", true},         // NO_COLOR empty counts as unset
      {ColorChoice::kAuto, true, nullptr, "dumb", false},
      {ColorChoice::kAlways, false, "1", "dumb", true},      // asked for explicitly
      {ColorChoice::kNever, true, nullptr, "xterm", false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ShouldColor(c.choice, c.terminal, c.no_color, c.term), c.expected)
        << static_cast<int>(c.choice) << " terminal=" << c.terminal << " NO_COLOR=" << (c.no_color ? c.no_color : "(unset)")
        << " TERM=" << (c.term ? c.term : "(unset)");
  }
}

// The descriptor overload asks the kernel: a pseudo-terminal is a terminal, a pipe is not.
TEST(TerminalColor, AsksWhetherADescriptorIsATerminal) {
  int controller = -1, terminal = -1;
  ASSERT_EQ(::openpty(&controller, &terminal, nullptr, nullptr, nullptr), 0);
  int pipe_ends[2];
  ASSERT_EQ(::pipe(pipe_ends), 0);
  const bool no_color = std::getenv("NO_COLOR") && *std::getenv("NO_COLOR");
  const bool dumb = std::getenv("TERM") && std::string(std::getenv("TERM")) == "dumb";
  EXPECT_EQ(ShouldColor(ColorChoice::kAuto, terminal), !no_color && !dumb);
  EXPECT_FALSE(ShouldColor(ColorChoice::kAuto, pipe_ends[1]));
  EXPECT_TRUE(ShouldColor(ColorChoice::kAlways, pipe_ends[1]));
  for (int fd : {controller, terminal, pipe_ends[0], pipe_ends[1]}) ::close(fd);
}

}  // namespace
}  // namespace teipress
