// `teipress build` under faults: killed with SIGKILL at any moment, full disks and I/O errors
// (an LD_PRELOAD fault injector, tests/support/fault_injector.c), two builds at once, a killed
// build's FOP JVM, stale temporaries, empty outputs, two sources naming one record. Whatever
// happens: complete files only, editors' files untouched, the path named, exit status 2 for I/O.
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <fcntl.h>

#include <fstream>
#include <sstream>
#include <map>
#include <thread>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "process.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::CommandResult;
using testing::ReadText;
using testing::TemporaryDirectory;

// The files of a directory tree and their bytes; `with_state`: also the build's own state (the
// log, the lock, the fragments in .teipress/) and its reports, which record times.
std::map<std::string, std::string> Snapshot(const fs::path& root, bool with_state = false) {
  std::map<std::string, std::string> files;
  boost::system::error_code ec;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string relative = fs::relative(it->path(), root).string();
    if (!with_state && (relative.rfind(".teipress", 0) == 0 || relative.rfind("report.", 0) == 0)) continue;
    if (!fs::is_regular_file(it->path(), ec)) continue;
    files[relative] = ReadText(it->path());
  }
  return files;
}

std::vector<std::string> Temporaries(const fs::path& root) {
  std::vector<std::string> found;
  for (const auto& [name, bytes] : Snapshot(root, true)) {
    if (name.find(".tmp") != std::string::npos) found.push_back(name);
  }
  return found;
}

// An edition in `root`: a few of the shipped sources, TEI and output directories of its own.
struct Edition {
  explicit Edition(const fs::path& root, size_t sources = 5) : root(root) {
    fs::create_directories(root / "sources");
    const auto shipped = testing::ShippedSources();
    for (size_t i = 0; i < sources && i < shipped.size(); ++i) {
      fs::copy_file(shipped[i], root / "sources" / shipped[i].filename());
    }
  }
  std::vector<std::string> Arguments(bool pdf = false) const {
    std::vector<std::string> arguments = {"build", "--sources", (root / "sources").string(), "--tei",
                                          (root / "tei").string(), "--authority",
                                          testing::SourceDir() + "/tei/authority", "--out", (root / "out").string(),
                                          "--jobs", "1"};  // one worker: parallel builds are not yet byte-identical twice
    if (!pdf) arguments.push_back("--no-pdf");
    return arguments;
  }
  fs::path root;
};

// Runs teipress with extra environment variables (NAME=value).
CommandResult RunWithEnvironment(const std::vector<std::string>& environment, const std::vector<std::string>& arguments) {
  std::vector<std::string> command = {"/usr/bin/env", "TEIPRESS_DATA_DIR=" + testing::SourceDir()};
  command.insert(command.end(), environment.begin(), environment.end());
  command.push_back(testing::TeipressBinary());
  command.insert(command.end(), arguments.begin(), arguments.end());
  const ProcessResult result = RunProcess(command);
  return {result.exit_code, result.output};
}

CommandResult RunWithFault(const std::string& call, const std::string& error, const std::string& path,
                           const std::vector<std::string>& arguments) {
  return RunWithEnvironment({std::string("LD_PRELOAD=") + TEIPRESS_FAULT_INJECTOR, "TEIPRESS_FAULT_CALL=" + call,
                             "TEIPRESS_FAULT_ERRNO=" + error, "TEIPRESS_FAULT_PATH=" + path,
                             // The injector comes before the sanitizers' runtime in sanitizer builds.
                             "ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0"},
                            arguments);
}

// Starts teipress in the background; the caller kills or waits for it.
pid_t Start(const std::vector<std::string>& arguments) {
  std::vector<std::string> command = {testing::TeipressBinary()};
  command.insert(command.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : command) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const std::string data = "TEIPRESS_DATA_DIR=" + testing::SourceDir();
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::putenv(const_cast<char*>(data.c_str()));
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

int Wait(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

class BuildFaultsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    reference_ = new TemporaryDirectory();
    Edition edition(reference_->path());
    const CommandResult result = testing::RunTeipress(edition.Arguments());
    ASSERT_EQ(result.exit_code, 0) << result.output;
    tei_ = new std::map<std::string, std::string>(Snapshot(edition.root / "tei"));
    out_ = new std::map<std::string, std::string>(Snapshot(edition.root / "out"));
  }
  static void TearDownTestSuite() {
    delete reference_;
    delete tei_;
    delete out_;
  }
  void ExpectSameAsReference(const Edition& edition, const std::string& label) {
    EXPECT_EQ(Snapshot(edition.root / "tei"), *tei_) << label;
    EXPECT_EQ(Snapshot(edition.root / "out"), *out_) << label;
    EXPECT_TRUE(Temporaries(edition.root).empty()) << label << ": " << Temporaries(edition.root).front();
  }
  static TemporaryDirectory* reference_;
  static std::map<std::string, std::string>* tei_;
  static std::map<std::string, std::string>* out_;
};
TemporaryDirectory* BuildFaultsTest::reference_ = nullptr;
std::map<std::string, std::string>* BuildFaultsTest::tei_ = nullptr;
std::map<std::string, std::string>* BuildFaultsTest::out_ = nullptr;

TEST_F(BuildFaultsTest, KilledAtAnyMomentThenRunAgainEndsAsAnUninterruptedBuild) {
  for (int delay_ms : {30, 120, 300, 600, 1000, 1600}) {
    TemporaryDirectory directory;
    Edition edition(directory.path());
    const pid_t pid = Start(edition.Arguments());
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    Wait(pid);
    const CommandResult again = testing::RunTeipress(edition.Arguments());
    EXPECT_EQ(again.exit_code, 0) << "killed after " << delay_ms << " ms\n" << again.output;
    ExpectSameAsReference(edition, "killed after " + std::to_string(delay_ms) + " ms");
  }
}

// The second of two builds of one output directory is refused while the first runs (build.locked,
// exit status 2), or runs after it: never both at once, so the outputs are an uninterrupted build's.
TEST_F(BuildFaultsTest, TwoBuildsAtOnceNeverInterleave) {
  for (int round = 0; round < 3; ++round) {
    TemporaryDirectory directory;
    Edition edition(directory.path());
    const pid_t first = Start(edition.Arguments());
    const pid_t second = Start(edition.Arguments());
    const int first_status = Wait(first);
    const int second_status = Wait(second);
    EXPECT_TRUE(first_status == 0 || first_status == 2) << first_status;
    EXPECT_TRUE(second_status == 0 || second_status == 2) << second_status;
    EXPECT_TRUE(first_status == 0 || second_status == 0) << "one of them built";
    ExpectSameAsReference(edition, "two builds at once");
  }
}

struct Fault {
  const char* call;
  const char* error;
  const char* path;  // substring of the path that fails
};

TEST_F(BuildFaultsTest, FullDiskAndIoErrorsExitTwoNameThePathAndKeepThePreviousFile) {
  const std::vector<Fault> faults = {
      {"write", "ENOSPC", "/out/html/"}, {"write", "EIO", "/out/print/"}, {"fsync", "EIO", "/tei/"},
      {"rename", "EIO", "/tei/"},        {"rename", "ENOSPC", "/out/html/"}, {"open", "EROFS", "/out/html/"},
      {"write", "ENOSPC", "/tei/"},
  };
  for (const Fault& fault : faults) {
    const std::string label = std::string(fault.call) + " " + fault.error + " " + fault.path;
    TemporaryDirectory directory;
    Edition edition(directory.path());
    ASSERT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
    // TEI gone and outputs changed since they were made: everything is converted and rendered
    // again (the build log would otherwise keep the outputs), into the fault.
    for (fs::directory_iterator it(edition.root / "tei"), end; it != end; ++it) {
      if (it->path().extension() == ".xml") fs::remove(it->path());
    }
    for (const char* outputs : {"out/html", "out/print"}) {
      for (fs::directory_iterator it(edition.root / outputs), end; it != end; ++it) {
        if (fs::is_regular_file(it->path())) std::ofstream(it->path().string(), std::ios::app) << "\n";
      }
    }
    const auto before_out = Snapshot(edition.root / "out");
    const CommandResult result = RunWithFault(fault.call, fault.error, fault.path, edition.Arguments());
    EXPECT_EQ(result.exit_code, 2) << label << "\n" << result.output;
    EXPECT_NE(result.output.find(fault.path), std::string::npos) << label << ": the path is named\n" << result.output;
    EXPECT_NE(result.output.find("[io.write]"), std::string::npos) << label << "\n" << result.output;
    EXPECT_NE(result.output.find(", 0 invalid"), std::string::npos) << label << ": I/O is not invalid\n"
                                                                      << result.output;
    // No truncated file in place: what is there is the previous version, or a complete new one
    // (pages over the whole edition list fewer documents when some failed, but end as they should).
    for (const auto& [name, bytes] : Snapshot(edition.root / "out")) {
      const auto previous = before_out.find(name);
      const bool unchanged = previous != before_out.end() && previous->second == bytes;
      const std::string& reference = out_->count(name) ? out_->at(name) : bytes;
      const size_t tail = std::min<size_t>(name.find("search-index") == std::string::npos ? 32 : 2, reference.size());
      const bool complete = bytes.size() >= tail && bytes.compare(bytes.size() - tail, tail, reference, reference.size() - tail, tail) == 0;
      EXPECT_TRUE(unchanged || complete) << label << ": " << name;
    }
    for (const auto& [name, bytes] : Snapshot(edition.root / "tei")) {
      EXPECT_TRUE(tei_->count(name) && tei_->at(name) == bytes) << label << ": " << name;
    }
    EXPECT_TRUE(Temporaries(edition.root).empty()) << label;
    // And once the disk is fine again, the build completes.
    EXPECT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0) << label;
    ExpectSameAsReference(edition, label + ", then again");
  }
}

TEST_F(BuildFaultsTest, StaleTemporariesOfDeadProcessesAreRemovedOthersKept) {
  TemporaryDirectory directory;
  Edition edition(directory.path());
  ASSERT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
  const pid_t dead = Start({"--version"});
  Wait(dead);
  const std::string live = std::to_string(::getpid());
  const std::vector<fs::path> stale = {
      edition.root / "tei" / (".113009.xml.tmp." + std::to_string(dead) + ".0"),
      edition.root / "out/html" / (".113009.html.tmp." + std::to_string(dead) + ".3"),
      edition.root / "out/print" / (".113009.pdf.tmp-" + std::to_string(dead)),
      edition.root / "out/print" / (".113009.pdf.tmp." + std::to_string(dead) + ".fop")};
  const std::vector<fs::path> kept = {edition.root / "tei" / (".113009.xml.tmp." + live + ".0"),
                                      edition.root / "tei" / "notes.tmp.123", edition.root / "tei" / ".draft.tmp.12x"};
  std::string error;
  for (const auto& path : stale) ASSERT_TRUE(WriteFileAtomically(path, "half", error)) << error;
  for (const auto& path : kept) ASSERT_TRUE(WriteFileAtomically(path, "someone's", error)) << error;
  EXPECT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
  for (const auto& path : stale) EXPECT_FALSE(fs::exists(path)) << path;
  for (const auto& path : kept) EXPECT_TRUE(fs::exists(path)) << path;
}

TEST_F(BuildFaultsTest, AnEmptyRenderedFileIsNotUpToDate) {
  TemporaryDirectory directory;
  Edition edition(directory.path());
  ASSERT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
  const fs::path html = edition.root / "out/html/113009.html";
  const fs::path fo = edition.root / "out/print/113009.fo";
  ASSERT_TRUE(fs::exists(html));
  ::truncate(html.c_str(), 0);
  ::truncate(fo.c_str(), 0);
  EXPECT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
  ExpectSameAsReference(edition, "after emptied outputs");
}

TEST_F(BuildFaultsTest, TwoSourcesNamingOneRecordWarnAndTheFirstWins) {
  TemporaryDirectory directory;
  Edition edition(directory.path());
  std::string text = ReadText(edition.root / "sources/113009.txt");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(edition.root / "sources/113009 (1).txt", text + "\nA line only in the copy.\n", error));
  const CommandResult result = testing::RunTeipress(edition.Arguments());
  EXPECT_NE(result.output.find("[build.duplicate-record]"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("113009 (1).txt"), std::string::npos) << result.output;
  EXPECT_EQ(Snapshot(edition.root / "tei"), *tei_);  // 113009.txt wins, though "113009 (1).txt" sorts first
}

TEST_F(BuildFaultsTest, AFailedAssetCopyIsReported) {
  TemporaryDirectory directory;
  Edition edition(directory.path());
  const CommandResult result = RunWithFault("open", "EROFS", "edition.css", edition.Arguments());
  EXPECT_EQ(result.exit_code, 2) << result.output;
  EXPECT_NE(result.output.find("edition.css"), std::string::npos) << result.output;
}

// Editors' data: no command changes or removes a file under tei/ that an editor changed or wrote —
// not validate, render, totext, split, convert or build, not a build killed in the middle of its
// writes, not a convert or build whose write fails.
TEST_F(BuildFaultsTest, NoCommandChangesAnEditorsTei) {
  TemporaryDirectory directory;
  Edition edition(directory.path());
  ASSERT_EQ(testing::RunTeipress(edition.Arguments()).exit_code, 0);
  const fs::path tei = edition.root / "tei";
  // One generated file edited, one written by hand, and every source changed since, so that every
  // TEI file is due for regeneration.
  std::string edited = ReadText(tei / "113009.xml");
  edited.insert(edited.rfind("</TEI>"), "<!-- an editor's note -->\n");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei / "113009.xml", edited, error)) << error;
  std::string by_hand = edited;  // no generation mark: not teipress's
  const size_t mark = by_hand.find("<?teipress-generated");
  ASSERT_NE(mark, std::string::npos);
  by_hand.erase(mark, by_hand.find("?>", mark) + 2 - mark);
  ASSERT_TRUE(WriteFileAtomically(tei / "by-hand.xml", by_hand, error)) << error;
  for (fs::directory_iterator it(edition.root / "sources"), end; it != end; ++it) {
    std::ofstream(it->path().string(), std::ios::app) << "\nA later line of the export.\n";
  }
  const auto before = Snapshot(tei, true);
  const std::string file = (tei / "113009.xml").string(), other = (tei / "by-hand.xml").string();
  const fs::path elsewhere = edition.root / "elsewhere";
  const std::vector<std::vector<std::string>> commands = {
      {"validate", file, other},
      {"validate", "--schematron", testing::SourceDir() + "/schemas/edition.sch", "--format", "junit", file},
      {"render", "--html", (elsewhere / "html").string(), "--print", (elsewhere / "print").string(), file},
      {"totext", file},
      {"split", "-o", (elsewhere / "split").string(), file},
  };
  for (const auto& command : commands) {
    const CommandResult result = testing::RunTeipress(command);
    EXPECT_EQ(Snapshot(tei, true), before) << command[0] << "\n" << result.output;
  }
  // convert and build regenerate the files nobody changed, and only those.
  const std::vector<std::vector<std::string>> regenerating = {
      {"convert", "-o", tei.string(), (edition.root / "sources/113009.txt").string()},
      edition.Arguments(),
  };
  for (const auto& command : regenerating) {
    const CommandResult result = testing::RunTeipress(command);
    EXPECT_EQ(result.exit_code, 1) << command[0] << "\n" << result.output;  // kept edited files are reported
    for (const char* name : {"113009.xml", "by-hand.xml"}) {
      EXPECT_EQ(ReadText(tei / name), before.at(name)) << name << ", " << command[0] << "\n" << result.output;
    }
  }
  EXPECT_NE(ReadText(tei / "110431.xml"), before.at("110431.xml")) << "build regenerates it from its changed source";
  // The edits survive a build killed at any moment, and a convert or build whose writes fail.
  for (int delay_ms : {20, 80, 200, 500}) {
    const pid_t pid = Start(edition.Arguments());
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    Wait(pid);
    for (const char* name : {"113009.xml", "by-hand.xml"}) {
      EXPECT_EQ(ReadText(tei / name), before.at(name)) << name << ", build killed after " << delay_ms << " ms";
    }
  }
  for (const char* call : {"write", "rename", "fsync"}) {
    RunWithFault(call, "EIO", "/tei/", edition.Arguments());
    for (const char* name : {"113009.xml", "by-hand.xml"}) {
      EXPECT_EQ(ReadText(tei / name), before.at(name)) << name << ", build with " << call << " failing";
    }
  }
  const CommandResult again = testing::RunTeipress(edition.Arguments());
  for (const char* name : {"113009.xml", "by-hand.xml"}) {
    EXPECT_EQ(ReadText(tei / name), before.at(name)) << name << "\n" << again.output;
  }
  EXPECT_TRUE(Temporaries(tei).empty()) << again.output;
}

// A killed build takes FOP's JVM with it: no JVM left running, no PDF written afterwards.
TEST(BuildProcessHygiene, KillingTheBuildStopsTheFopJvm) {
  if (FindOnPath("java").empty() || FindOnPath("fop").empty()) {
    if (testing::RequireAll()) FAIL() << "java and fop are needed (TEIPRESS_REQUIRE_ALL=1)";
    GTEST_SKIP() << "java or fop not installed";
  }
  for (int signal : {SIGKILL, SIGTERM}) {
    TemporaryDirectory directory;
    Edition edition(directory.path(), 15);
    const pid_t build = Start(edition.Arguments(true));
    // Wait for the build's child (FOP's JVM or the fop command) to start.
    pid_t child = 0;
    for (int i = 0; i < 1200 && child == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      for (fs::directory_iterator it("/proc"), end; it != end && child == 0; ++it) {
        std::ifstream stat((it->path() / "stat").string());
        std::string line;
        std::getline(stat, line);
        const size_t close = line.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream fields(line.substr(close + 2));
        char state;
        pid_t parent = 0;
        fields >> state >> parent;
        if (parent == build) child = static_cast<pid_t>(std::stol(it->path().filename().string()));
      }
    }
    ASSERT_NE(child, 0) << "the build started no FOP";
    ::kill(build, signal);
    Wait(build);
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
      gone = ::kill(child, 0) != 0;
      if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    EXPECT_TRUE(gone) << "FOP (pid " << child << ") still runs after the build got signal " << signal;
    if (!gone) ::kill(child, SIGKILL);
    const auto pdfs = Snapshot(edition.root / "out/print");
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    EXPECT_EQ(Snapshot(edition.root / "out/print"), pdfs) << "files changed after the build was killed";
  }
}

}  // namespace
}  // namespace teipress
