// ReadFile and WriteFileAtomically: round trips, no temporary files left behind, and a failed
// write that leaves the previous version in place.
#include "file_io.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <csignal>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;

std::vector<std::string> DirectoryEntries(const fs::path& directory) {
  std::vector<std::string> names;
  for (fs::directory_iterator it(directory), end; it != end; ++it) names.push_back(it->path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(FileIoTest, RoundTripsArbitraryBytes) {
  TemporaryDirectory dir;
  const std::vector<std::string> contents = {
      "", "x", "line\r\nline\n", std::string("nul\0inside\xFF\xFE", 12), std::string(1 << 20, 'z')};
  for (const std::string& data : contents) {
    const fs::path path = dir.path() / "file.bin";
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(path, data, error)) << error;
    EXPECT_TRUE(error.empty());
    std::string read;
    ASSERT_TRUE(ReadFile(path, read, error)) << error;
    EXPECT_EQ(read.size(), data.size());
    EXPECT_TRUE(read == data);
    EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"file.bin"}) << "no temporary files left behind";
  }
}

TEST(FileIoTest, ReplacesExistingFileCompletely) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, std::string(5000, 'L'), error)) << error;
  ASSERT_TRUE(WriteFileAtomically(path, "short", error)) << error;
  EXPECT_EQ(ReadText(path), "short");  // not "short" followed by the rest of the longer version
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"a.xml"});
}

// Regenerable output skips only the fsync: it is still written whole under a temporary name and
// renamed, so the same round trip and replacement guarantees hold.
TEST(FileIoTest, RegenerableWritesAreStillAtomicReplacements) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "page.html";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, std::string(70000, 'L'), error, Durability::kRegenerable)) << error;
  ASSERT_TRUE(WriteFileAtomically(path, "<p>short</p>", error, Durability::kRegenerable)) << error;
  EXPECT_EQ(ReadText(path), "<p>short</p>");
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"page.html"});
}

TEST(FileIoTest, CreatesMissingParentDirectories) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a" / "b" / "c" / "out.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "<x/>", error)) << error;
  EXPECT_EQ(ReadText(path), "<x/>");
  EXPECT_EQ(DirectoryEntries(path.parent_path()), std::vector<std::string>{"out.xml"});
}

TEST(FileIoTest, TargetIsADirectoryFailsAndKeepsIt) {
  TemporaryDirectory dir;
  const fs::path target = dir.path() / "taken";
  fs::create_directories(target);
  {
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(target / "inside.txt", "old", error)) << error;
  }
  std::string error;
  EXPECT_FALSE(WriteFileAtomically(target, "new", error));
  EXPECT_FALSE(error.empty());
  EXPECT_NE(error.find(target.string()), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(target));
  EXPECT_EQ(ReadText(target / "inside.txt"), "old");
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"taken"}) << "the temporary file was removed";
}

TEST(FileIoTest, ParentIsAFileFails) {
  TemporaryDirectory dir;
  const fs::path blocker = dir.path() / "plain";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(blocker, "old", error)) << error;
  EXPECT_FALSE(WriteFileAtomically(blocker / "child.xml", "new", error));
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(ReadText(blocker), "old");
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"plain"});
}

TEST(FileIoTest, ReadOnlyParentFailsAndKeepsOldFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores directory permissions";
  TemporaryDirectory dir;
  const fs::path locked = dir.path() / "locked";
  const fs::path path = locked / "a.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "old", error)) << error;
  fs::permissions(locked, fs::owner_read | fs::owner_exe);
  const bool written = WriteFileAtomically(path, "new", error);
  fs::permissions(locked, fs::owner_all);
  EXPECT_FALSE(written);
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(ReadText(path), "old");
  EXPECT_EQ(DirectoryEntries(locked), std::vector<std::string>{"a.xml"});
}

// A write that fails half-way (here: the file size limit) must leave the old version and no
// temporary file. Works as root, unlike permission tricks.
TEST(FileIoTest, FailedWriteMidwayKeepsOldFile) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "old version", error)) << error;

  rlimit saved{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 4096;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const bool written = WriteFileAtomically(path, std::string(100000, 'n'), error);
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous_handler);

  EXPECT_FALSE(written);
  EXPECT_FALSE(error.empty());
  EXPECT_EQ(ReadText(path), "old version");
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"a.xml"});
}

TEST(FileIoTest, ConcurrentWritersNeverMixContents) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "shared.xml";
  constexpr int kThreads = 4;
  constexpr int kWrites = 25;
  std::vector<std::string> versions;
  for (int t = 0; t < kThreads; ++t) versions.push_back(std::string(20000 + t, static_cast<char>('a' + t)));
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWrites; ++i) {
        std::string error;
        if (!WriteFileAtomically(path, versions[t], error)) ++failures[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(failures[t], 0) << "thread " << t;
  const std::string final_contents = ReadText(path);
  EXPECT_NE(std::find(versions.begin(), versions.end(), final_contents), versions.end())
      << "the file is one complete version, size " << final_contents.size();
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"shared.xml"});
}

TEST(FileIoTest, ReadMissingFileNamesPathAndReason) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "no-such-file.txt";
  std::string contents = "unchanged";
  std::string error;
  EXPECT_FALSE(ReadFile(path, contents, error));
  EXPECT_NE(error.find(path.string()), std::string::npos) << error;
  EXPECT_NE(error.find(std::strerror(ENOENT)), std::string::npos) << error;
}

TEST(FileIoTest, ReadDirectoryFails) {
  // A directory is not a file with empty contents: `convert somedir` must not report "empty".
  TemporaryDirectory dir;
  std::string contents;
  std::string error;
  EXPECT_FALSE(ReadFile(dir.path(), contents, error));
  EXPECT_NE(error.find(dir.path().string()), std::string::npos) << error;
}

TEST(AtomicFileWriterTest, WritesInPiecesAndRenamesOnCommit) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "volume.fo";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "old", error));
  {
    AtomicFileWriter writer(path, Durability::kRegenerable);
    ASSERT_TRUE(writer.Append("one "));
    ASSERT_TRUE(writer.Append("two"));
    EXPECT_EQ(ReadText(path), "old") << "nothing is in place before the commit";
    ASSERT_TRUE(writer.Commit()) << writer.error();
  }
  EXPECT_EQ(ReadText(path), "one two");
  EXPECT_EQ(DirectoryEntries(dir.path()), std::vector<std::string>{"volume.fo"});
}

TEST(AtomicFileWriterTest, AWriterDroppedWithoutCommitLeavesNothing) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "volume.fo";
  {
    AtomicFileWriter writer(path);
    ASSERT_TRUE(writer.Append("half"));
  }
  EXPECT_TRUE(DirectoryEntries(dir.path()).empty());
  // A file where the directory should be: the writer says so, and Commit fails.
  std::ofstream(dir.path() / "file") << "x";
  AtomicFileWriter broken(dir.path() / "file" / "x");
  EXPECT_FALSE(broken.Append("x"));
  EXPECT_FALSE(broken.Commit());
  EXPECT_NE(broken.error().find("file"), std::string::npos) << broken.error();
}

TEST(RemoveAbandonedTemporariesTest, RemovesOnlyThoseOfProcessesThatAreGone) {
  TemporaryDirectory dir;
  pid_t dead = 999999;
  while (::kill(dead, 0) == 0 || errno != ESRCH) --dead;
  const std::string gone = ".page.html.tmp." + std::to_string(dead) + ".0";
  const std::string mine = ".page.html.tmp." + std::to_string(::getpid()) + ".0";
  const std::string fop = ".a.pdf.tmp-" + std::to_string(dead) + "-7";
  for (const std::string& name : {gone, mine, fop, std::string(".page.html.tmp.x.0"), std::string("page.html"),
                                  std::string(".page.html.tmp." + std::to_string(dead))}) {
    std::ofstream(dir.path() / name) << "x";
  }
  EXPECT_EQ(RemoveAbandonedTemporaries(dir.path()), 2);
  const std::vector<std::string> left = DirectoryEntries(dir.path());
  EXPECT_EQ(std::count(left.begin(), left.end(), gone), 0);
  EXPECT_EQ(std::count(left.begin(), left.end(), fop), 0);
  EXPECT_EQ(left.size(), 4u);
  EXPECT_EQ(RemoveAbandonedTemporaries(dir.path() / "missing"), 0);
}

}  // namespace
}  // namespace teipress
