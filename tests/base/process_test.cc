// RunProcess and FindOnPath: helper programs without a shell, their output and exit status.
#include "process.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

std::string Sh() { return FindOnPath("sh"); }

void PutExecutable(const fs::path& path, const std::string& contents, bool executable) {
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, contents, error)) << error;
  ::chmod(path.c_str(), executable ? 0755 : 0644);
}

// Sets PATH for the lifetime of the object.
class ScopedPath {
 public:
  explicit ScopedPath(const std::string& value) {
    const char* old = std::getenv("PATH");
    had_ = old != nullptr;
    if (had_) old_ = old;
    ::setenv("PATH", value.c_str(), 1);
  }
  ~ScopedPath() {
    if (had_) {
      ::setenv("PATH", old_.c_str(), 1);
    } else {
      ::unsetenv("PATH");
    }
  }

 private:
  bool had_ = false;
  std::string old_;
};

TEST(ProcessTest, CapturesStdoutStderrAndExitCode) {
  ASSERT_FALSE(Sh().empty());
  const ProcessResult result = RunProcess({Sh(), "-c", "echo out; echo err >&2; echo out2; exit 3"});
  EXPECT_TRUE(result.started);
  EXPECT_EQ(result.exit_code, 3);
  // One pipe for both streams: the lines arrive in the order they were written.
  EXPECT_EQ(result.output, "out\nerr\nout2\n");
}

TEST(ProcessTest, ExitCodes) {
  struct Case {
    std::string script;
    int exit_code;
  };
  for (const Case& c : std::vector<Case>{{"exit 0", 0}, {"exit 1", 1}, {"exit 2", 2}, {"exit 255", 255},
                                         {"kill -TERM $$", 128 + 15}, {"kill -KILL $$", 128 + 9}}) {
    const ProcessResult result = RunProcess({Sh(), "-c", c.script});
    EXPECT_TRUE(result.started) << c.script;
    EXPECT_EQ(result.exit_code, c.exit_code) << c.script;
  }
}

TEST(ProcessTest, ArgumentsArePassedWithoutAShell) {
  const std::string printf_path = FindOnPath("printf");
  ASSERT_FALSE(printf_path.empty());
  const std::vector<std::string> arguments = {"a b", "$HOME", "';rm -rf /tmp/x'", "*", "", "\xD0\x94", "`id`"};
  std::vector<std::string> command = {printf_path, "[%s]"};
  command.insert(command.end(), arguments.begin(), arguments.end());
  const ProcessResult result = RunProcess(command);
  EXPECT_TRUE(result.started);
  EXPECT_EQ(result.exit_code, 0);
  std::string expected;
  for (const std::string& argument : arguments) expected += "[" + argument + "]";
  EXPECT_EQ(result.output, expected);
}

TEST(ProcessTest, StandardInputIsEmpty) {
  // A helper that reads standard input must see end of file, not hang on the test's terminal.
  const ProcessResult result = RunProcess({Sh(), "-c", "cat; echo done"});
  EXPECT_TRUE(result.started);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.output, "done\n");
}

TEST(ProcessTest, StandardInputFromAFile) {
  // FOP's batch driver reads its job list on standard input.
  TemporaryDirectory dir;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "jobs", "a.fo\ta.pdf\n", error)) << error;
  const ProcessResult result = RunProcess({Sh(), "-c", "cat; echo done"}, (dir.path() / "jobs").string());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.output, "a.fo\ta.pdf\ndone\n");
}

TEST(ProcessTest, OutputLargerThanThePipeBuffer) {
  const ProcessResult result = RunProcess({Sh(), "-c", "head -c 1000000 /dev/zero; echo tail >&2"});
  EXPECT_TRUE(result.started);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.output.size(), 1000000u + 5u);
  EXPECT_EQ(result.output.substr(result.output.size() - 5), "tail\n");
}

TEST(ProcessTest, ProgramsThatCannotStart) {
  TemporaryDirectory dir;
  PutExecutable(dir.path() / "not-executable", "#!/bin/sh\necho hi\n", false);
  const std::vector<std::vector<std::string>> commands = {
      {"/nonexistent/program"},
      {(dir.path() / "missing").string()},
      {(dir.path() / "not-executable").string()},
      {dir.path().string()},  // a directory
      {},
  };
  for (const auto& command : commands) {
    const ProcessResult result = RunProcess(command);
    EXPECT_FALSE(result.started) << (command.empty() ? "(no arguments)" : command[0]);
    EXPECT_EQ(result.output, "");
  }
}

// The read end and write end of one call's pipe must not leak into a program another thread
// starts at the same time (the build runs FOP from several threads). A leaked write end makes
// the first call wait until the unrelated program exits; a leaked read end is an open file the
// other program never asked for.
TEST(ProcessTest, PipesDoNotLeakIntoConcurrentChildren) {
  const std::string ls = FindOnPath("ls");
  ASSERT_FALSE(ls.empty());
  const ProcessResult baseline = RunProcess({ls, "/proc/self/fd"});
  ASSERT_EQ(baseline.exit_code, 0) << baseline.output;
  const size_t baseline_count = testing::Tokens(baseline.output).size();

  std::thread sleeper([] { RunProcess({Sh(), "-c", "sleep 2"}); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the sleeper's pipe is open now
  const ProcessResult during = RunProcess({ls, "/proc/self/fd"});
  sleeper.join();
  EXPECT_EQ(testing::Tokens(during.output).size(), baseline_count)
      << "open descriptors alone: " << baseline.output << "while another RunProcess runs: " << during.output;
}

TEST(ProcessTest, FindOnPathTable) {
  TemporaryDirectory dir;
  const fs::path first = dir.path() / "first";
  const fs::path second = dir.path() / "second";
  fs::create_directories(first / "tool-dir");  // a directory is not a program
  fs::create_directories(second / "tool-dir");
  PutExecutable(first / "tool-plain", "#!/bin/sh\n", false);
  PutExecutable(second / "tool-plain", "#!/bin/sh\n", true);
  PutExecutable(first / "tool-both", "#!/bin/sh\n", true);
  PutExecutable(second / "tool-both", "#!/bin/sh\n", true);
  PutExecutable(second / "tool-dir" / "x", "#!/bin/sh\n", true);
  PutExecutable(second / "tool-real", "#!/bin/sh\n", true);
  ScopedPath path(first.string() + ":" + second.string());

  EXPECT_EQ(FindOnPath("tool-both"), (first / "tool-both").string()) << "the first directory on PATH wins";
  EXPECT_EQ(FindOnPath("tool-plain"), (second / "tool-plain").string()) << "files without x permission are skipped";
  EXPECT_EQ(FindOnPath("tool-real"), (second / "tool-real").string());
  EXPECT_EQ(FindOnPath("no-such-tool"), "");
  EXPECT_EQ(FindOnPath((second / "tool-real").string()), (second / "tool-real").string()) << "a path is used as is";
  EXPECT_EQ(FindOnPath((first / "tool-plain").string()), "") << "a path to a non-executable file";
  EXPECT_EQ(FindOnPath("tool-dir"), "") << "directories are not programs";
}

TEST(ProcessTest, FoundProgramRuns) {
  const std::string sh = FindOnPath("sh");
  ASSERT_FALSE(sh.empty());
  EXPECT_EQ(sh.front(), '/');
  const ProcessResult result = RunProcess({sh, "-c", "echo ok"});
  EXPECT_TRUE(result.started);
  EXPECT_EQ(result.output, "ok\n");
}

}  // namespace
}  // namespace teipress
