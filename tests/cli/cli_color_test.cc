// --color on every command: coloured diagnostics on a terminal only, when asked, and never when
// NO_COLOR says so; the machine formats never. A real terminal comes from script(1) (util-linux).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "process.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

constexpr const char* kRed = "\x1b[1;31m";

bool Coloured(const std::string& output) { return output.find('\x1b') != std::string::npos; }

// teipress ARGUMENTS in `directory` with the environment variables `environment` (NAME=VALUE),
// through pipes, or on a pseudo-terminal with script(1).
ProcessResult RunIn(const fs::path& directory, std::vector<std::string> environment, const std::string& arguments,
                  bool terminal) {
  std::vector<std::string> command = {"/usr/bin/env", "-u", "NO_COLOR", "-C", directory.string(),
                                      "TEIPRESS_DATA_DIR=" + testing::SourceDir(), "TERM=xterm"};
  command.insert(command.end(), environment.begin(), environment.end());
  const std::string line = testing::TeipressBinary() + " " + arguments;
  if (terminal) {
    command.insert(command.end(), {"script", "-q", "-e", "-c", line, "/dev/null"});
  } else {
    command.insert(command.end(), {"/bin/sh", "-c", line});
  }
  return RunProcess(command);
}

class CliColor : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(dir_.path() / "bad.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>",
                                    error));
  }
  TemporaryDirectory dir_;
};

TEST_F(CliColor, OnlyATerminalGetsColourByDefault) {
  const ProcessResult piped = RunIn(dir_.path(), {}, "validate bad.xml", false);
  EXPECT_EQ(piped.exit_code, 1) << piped.output;
  EXPECT_FALSE(Coloured(piped.output)) << piped.output;
  const ProcessResult terminal = RunIn(dir_.path(), {}, "validate bad.xml", true);
  if (!terminal.started) GTEST_SKIP() << "script(1) is not installed";
  EXPECT_EQ(terminal.exit_code, 1) << terminal.output;
  EXPECT_NE(terminal.output.find(std::string(kRed) + "error:"), std::string::npos) << terminal.output;
  EXPECT_NE(terminal.output.find("\x1b[1mbad.xml:1:"), std::string::npos) << terminal.output;
}

TEST_F(CliColor, NoColorAndDumbTerminalsTurnAutoOff) {
  for (const char* setting : {"NO_COLOR=1", "TERM=dumb"}) {
    const ProcessResult terminal = RunIn(dir_.path(), {setting}, "validate --color=auto bad.xml", true);
    if (!terminal.started) GTEST_SKIP() << "script(1) is not installed";
    EXPECT_EQ(terminal.exit_code, 1) << terminal.output;
    EXPECT_FALSE(Coloured(terminal.output)) << setting << "\n" << terminal.output;
  }
}

TEST_F(CliColor, AlwaysAndNeverAreObeyed) {
  // always beats NO_COLOR and a pipe; never beats a terminal.
  const ProcessResult always = RunIn(dir_.path(), {"NO_COLOR=1"}, "validate --color=always bad.xml", false);
  EXPECT_EQ(always.exit_code, 1);
  EXPECT_NE(always.output.find(std::string(kRed) + "error:"), std::string::npos) << always.output;
  const ProcessResult never = RunIn(dir_.path(), {}, "validate --color never bad.xml", true);
  EXPECT_FALSE(never.started && Coloured(never.output)) << never.output;
  // Every command takes it: convert's diagnostics (a file it cannot read) are coloured too.
  const ProcessResult convert = RunIn(dir_.path(), {}, "convert --color=always -o out missing.txt", false);
  EXPECT_EQ(convert.exit_code, 2) << convert.output;
  EXPECT_NE(convert.output.find(std::string(kRed) + "error:"), std::string::npos) << convert.output;
}

TEST_F(CliColor, MachineFormatsAreNeverColoured) {
  for (const char* format : {"json", "junit", "github", "sarif"}) {
    const ProcessResult result =
        RunIn(dir_.path(), {}, std::string("validate --color=always --format ") + format + " bad.xml 2>/dev/null", false);
    EXPECT_EQ(result.exit_code, 1) << format;
    EXPECT_FALSE(Coloured(result.output)) << format << "\n" << result.output;
  }
}

TEST_F(CliColor, AnUnknownChoiceIsAUsageError) {
  const ProcessResult result = RunIn(dir_.path(), {}, "validate --color=sometimes bad.xml", false);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("--color must be auto, always or never, not 'sometimes'"), std::string::npos)
      << result.output;
}

}  // namespace
}  // namespace teipress
