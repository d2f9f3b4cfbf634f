// What a build prints while it runs: a rewriting status line on a terminal, plain lines elsewhere,
// nothing when quiet, and explanations only when asked for.
#include "build_progress.h"

#include <gtest/gtest.h>

#include <cstdio>

namespace teipress {
namespace {

// Runs `script` on a progress printer writing to memory and returns what it printed.
template <typename Script>
std::string Printed(bool terminal, Verbosity verbosity, bool explain, Script script) {
  char* buffer = nullptr;
  size_t size = 0;
  std::FILE* stream = open_memstream(&buffer, &size);
  {
    BuildProgress progress(stream, terminal, verbosity, explain);
    script(progress);
  }
  std::fclose(stream);
  std::string text(buffer, size);
  std::free(buffer);
  return text;
}

void TwoSteps(BuildProgress& progress) {
  progress.Begin("render", 2);
  progress.Step("113009");
  progress.Explain("out/html/120846.html", "tei/120846.xml changed");
  progress.Step("120846");
  progress.Finish();
}

TEST(BuildProgress, PlainLinesWhenNotATerminal) {
  EXPECT_EQ(Printed(false, Verbosity::kNormal, false, TwoSteps), "[1/2] render 113009\n[2/2] render 120846\n");
}

TEST(BuildProgress, OneStatusLineOnATerminal) {
  EXPECT_EQ(Printed(true, Verbosity::kNormal, false, TwoSteps),
            "\r[1/2] render 113009\033[K\r[2/2] render 120846\033[K\r\033[K");
}

TEST(BuildProgress, ExplanationsGoAboveTheStatusLine) {
  EXPECT_EQ(Printed(true, Verbosity::kNormal, true, TwoSteps),
            "\r[1/2] render 113009\033[K\r\033[Kteipress explain: out/html/120846.html: tei/120846.xml changed\n"
            "\r[2/2] render 120846\033[K\r\033[K");
}

TEST(BuildProgress, VerbosePrintsEveryStepOnItsOwnLineEvenOnATerminal) {
  EXPECT_EQ(Printed(true, Verbosity::kVerbose, false, TwoSteps), "[1/2] render 113009\n[2/2] render 120846\n");
}

TEST(BuildProgress, QuietPrintsNothingButExplanationsAskedFor) {
  EXPECT_EQ(Printed(true, Verbosity::kQuiet, false, TwoSteps), "");
  EXPECT_EQ(Printed(false, Verbosity::kQuiet, true, TwoSteps),
            "teipress explain: out/html/120846.html: tei/120846.xml changed\n");
  EXPECT_EQ(Printed(false, Verbosity::kQuiet, false, [](BuildProgress& p) { p.Note("[pdf] 3 PDFs"); }), "");
}

TEST(BuildProgress, SilentPrintsNothing) {
  BuildProgress silent = BuildProgress::Silent();
  TwoSteps(silent);  // no stream: nothing to check but that nothing crashes
  SUCCEED();
}

}  // namespace
}  // namespace teipress
