// The build log keeps its records across runs, survives a build killed while appending, and
// carries any bytes in its fields.
#include "build_log.h"

#include <gtest/gtest.h>

#include "in_memory_file_system.h"

namespace teipress {
namespace {

using testing::InMemoryFileSystem;

constexpr const char* kLog = "out/.teipress/log";

TEST(BuildLog, KeepsRecordsAcrossRuns) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog log;
    log.Load(files, kLog);
    EXPECT_EQ(log.size(), 0u);
    ASSERT_TRUE(log.Record("made", "out/html/a.html", {"digest", "12", "34"}, files, error)) << error;
    ASSERT_TRUE(log.Record("made", "out/html/b.html", {"other"}, files, error));
    ASSERT_TRUE(log.Record("made", "out/html/a.html", {"newer"}, files, error));  // replaces the first
  }
  BuildLog log;
  log.Load(files, kLog);
  EXPECT_EQ(log.size(), 2u);
  ASSERT_NE(log.Find("made", "out/html/a.html"), nullptr);
  EXPECT_EQ(*log.Find("made", "out/html/a.html"), BuildLog::Fields{"newer"});
  EXPECT_EQ(log.Find("verdict", "out/html/a.html"), nullptr);
  EXPECT_EQ(log.lines(), 3u);
}

TEST(BuildLog, CarriesAnyBytesInItsFields) {
  InMemoryFileSystem files;
  std::string error;
  const BuildLog::Fields fields = {"tab\there", "line\nbreak", "back\\slash \\x41", std::string("nul\0byte", 8), "",
                                   "\x1e\x1f separators", "UTF-8 Ünïcödé"};
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("kind\twith tab", "name\nwith line", fields, files, error));
  }
  BuildLog log;
  log.Load(files, kLog);
  ASSERT_NE(log.Find("kind\twith tab", "name\nwith line"), nullptr);
  EXPECT_EQ(*log.Find("kind\twith tab", "name\nwith line"), fields);
  // One record, one line.
  const std::string& contents = files.Contents(kLog);
  EXPECT_EQ(std::count(contents.begin(), contents.end(), '\n'), 2);
}

TEST(BuildLog, IgnoresALastLineThatAKilledBuildLeftUnfinished) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("made", "a", {"1"}, files, error));
    ASSERT_TRUE(log.Record("made", "b", {"2"}, files, error));
  }
  std::string contents = files.Contents(kLog);
  contents.pop_back();                // the line break of the last record never reached the disk
  contents += "\tmore";               // nor did the rest
  files.Put(kLog, contents, 100);
  BuildLog log;
  log.Load(files, kLog);
  EXPECT_NE(log.Find("made", "a"), nullptr);
  EXPECT_EQ(log.Find("made", "b"), nullptr);
}

TEST(BuildLog, AppendsAfterAPartialLastLineWithoutJoiningIt) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("made", "a", {"1"}, files, error));
  }
  // A build killed while it wrote the record of b: the next one records c after it.
  files.Put(kLog, files.Contents(kLog) + "made\tb\tdigest\t12", 100);
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("made", "c", {"3"}, files, error)) << error;
  }
  BuildLog log;
  log.Load(files, kLog);
  EXPECT_EQ(log.size(), 2u);
  ASSERT_NE(log.Find("made", "c"), nullptr) << files.Contents(kLog);
  EXPECT_EQ(*log.Find("made", "c"), BuildLog::Fields{"3"});
  EXPECT_EQ(log.Find("made", "b"), nullptr);
  EXPECT_EQ(*log.Find("made", "a"), BuildLog::Fields{"1"});
}

TEST(BuildLog, DecodesARecordOnlyWhenItIsLookedUpAndKeepsTheOthersAsTheyWere) {
  InMemoryFileSystem files;
  std::string error;
  const BuildLog::Fields escaped = {"tab\there", "", "back\\slash"};
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("made", "a", escaped, files, error));
    ASSERT_TRUE(log.Record("made", "name\twith tab", {""}, files, error));
    ASSERT_TRUE(log.Record("made", "none", {}, files, error));
    for (int i = 0; i < 3000; ++i) ASSERT_TRUE(log.Record("made", "dead", {std::to_string(i)}, files, error));
  }
  BuildLog log;
  log.Load(files, kLog);
  // Compacted without looking anything up: the undecoded records are written as they were read.
  ASSERT_TRUE(log.Compact(files, error)) << error;
  BuildLog reloaded;
  reloaded.Load(files, kLog);
  EXPECT_EQ(reloaded.lines(), 4u);
  EXPECT_EQ(*reloaded.Find("made", "a"), escaped);
  EXPECT_EQ(*reloaded.Find("made", "name\twith tab"), BuildLog::Fields{""});
  EXPECT_EQ(*reloaded.Find("made", "none"), BuildLog::Fields{});
  EXPECT_EQ(*reloaded.Find("made", "dead"), BuildLog::Fields{"2999"});
}

TEST(BuildLog, IgnoresALogOfAnotherFormat) {
  InMemoryFileSystem files;
  files.Put(kLog, "# ninja log v5\nmade\ta\t1\n", 1);
  BuildLog log;
  log.Load(files, kLog);
  EXPECT_EQ(log.size(), 0u);
  std::string error;
  ASSERT_TRUE(log.Record("made", "b", {"2"}, files, error));
  EXPECT_EQ(files.Contents(kLog).rfind("# teipress build log", 0), 0u) << "a new log starts with its header";
}

TEST(BuildLog, ImportsOnlyWhatItDoesNotHave) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog shard;
    shard.Load(files, "out/.teipress/shard-1-of-2/log");
    ASSERT_TRUE(shard.Record("made", "a", {"from the shard"}, files, error));
    ASSERT_TRUE(shard.Record("made", "b", {"from the shard"}, files, error));
  }
  BuildLog log;
  log.Load(files, kLog);
  ASSERT_TRUE(log.Record("made", "a", {"own"}, files, error));
  log.Import(files, "out/.teipress/shard-1-of-2/log");
  EXPECT_EQ(*log.Find("made", "a"), BuildLog::Fields{"own"});
  EXPECT_EQ(*log.Find("made", "b"), BuildLog::Fields{"from the shard"});
  // The imported record is written to this log when it is compacted.
  ASSERT_TRUE(log.Compact(files, error)) << error;
  BuildLog reloaded;
  reloaded.Load(files, kLog);
  EXPECT_EQ(*reloaded.Find("made", "b"), BuildLog::Fields{"from the shard"});
}

TEST(BuildLog, CompactsWhenMostLinesAreDead) {
  InMemoryFileSystem files;
  std::string error;
  BuildLog log;
  log.Load(files, kLog);
  for (int i = 0; i < 3000; ++i) ASSERT_TRUE(log.Record("made", "a", {std::to_string(i)}, files, error));
  EXPECT_EQ(log.lines(), 3000u);
  ASSERT_TRUE(log.Compact(files, error));
  EXPECT_EQ(log.lines(), 1u);
  BuildLog reloaded;
  reloaded.Load(files, kLog);
  EXPECT_EQ(*reloaded.Find("made", "a"), BuildLog::Fields{"2999"});
  // Appending goes on after a compaction.
  ASSERT_TRUE(log.Record("made", "c", {"x"}, files, error));
  reloaded.Load(files, kLog);
  EXPECT_NE(reloaded.Find("made", "c"), nullptr);
}

TEST(BuildLog, ForgetsWhatABuildNeitherLookedUpNorWrote) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog log;
    log.Load(files, kLog);
    for (const char* name : {"a", "b", "c"}) ASSERT_TRUE(log.Record("made", name, {"1"}, files, error));
  }
  BuildLog log;
  log.Load(files, kLog);
  log.Find("made", "a");                                // still an output of the edition
  ASSERT_TRUE(log.Record("made", "d", {"2"}, files, error));  // a new one
  ASSERT_TRUE(log.Compact(files, error, /*forget_unused=*/true));
  EXPECT_EQ(log.size(), 2u);
  BuildLog reloaded;
  reloaded.Load(files, kLog);
  EXPECT_NE(reloaded.Find("made", "a"), nullptr);
  EXPECT_EQ(reloaded.Find("made", "b"), nullptr) << "b's document is gone";
  EXPECT_NE(reloaded.Find("made", "d"), nullptr);
}

TEST(BuildLog, GivesFieldsAsTheFileWritesThemWhetherReadOrWrittenByThisBuild) {
  InMemoryFileSystem files;
  std::string error;
  const BuildLog::Fields fields = {"0123abcd", "", "tab\there \x1e", "1733500000123456789"};
  std::vector<std::string> expected;
  for (const std::string& field : fields) expected.push_back(EscapeLogField(field));
  {
    BuildLog log;
    log.Load(files, kLog);
    ASSERT_TRUE(log.Record("made", "a", fields, files, error)) << error;
    ASSERT_TRUE(log.Record("made", "empty", {}, files, error)) << error;
    std::vector<std::string_view> written;
    ASSERT_TRUE(log.FindEncoded("made", "a", written));
    EXPECT_EQ(std::vector<std::string>(written.begin(), written.end()), expected) << "written by this build";
  }
  BuildLog log;
  log.Load(files, kLog);
  std::vector<std::string_view> read;
  ASSERT_TRUE(log.FindEncoded("made", "a", read));
  EXPECT_EQ(std::vector<std::string>(read.begin(), read.end()), expected) << "read from the file";
  EXPECT_EQ(UnescapeLogField(read[2]), fields[2]);
  ASSERT_TRUE(log.FindEncoded("made", "empty", read));
  EXPECT_TRUE(read.empty());
  EXPECT_FALSE(log.FindEncoded("made", "b", read));
  EXPECT_TRUE(read.empty());
  EXPECT_EQ(*log.Find("made", "a"), fields) << "the same record decoded";
}

TEST(BuildLog, KeepsWhatABuildMarkedWithoutLookingItUp) {
  InMemoryFileSystem files;
  std::string error;
  {
    BuildLog log;
    log.Load(files, kLog);
    for (const char* name : {"a", "b"}) ASSERT_TRUE(log.Record("made", name, {"1"}, files, error));
  }
  BuildLog log;
  log.Load(files, kLog);
  log.Keep("made", "a");
  log.Keep("made", "never recorded");
  ASSERT_TRUE(log.Compact(files, error, /*forget_unused=*/true));
  BuildLog reloaded;
  reloaded.Load(files, kLog);
  EXPECT_NE(reloaded.Find("made", "a"), nullptr);
  EXPECT_EQ(reloaded.Find("made", "b"), nullptr);
  EXPECT_EQ(reloaded.size(), 1u);
}

TEST(BuildLog, AFailedAppendIsAnError) {
  InMemoryFileSystem files;
  files.SetReadOnly(true);
  BuildLog log;
  log.Load(files, kLog);
  std::string error;
  EXPECT_FALSE(log.Record("made", "a", {"1"}, files, error));
  EXPECT_NE(error.find("Read-only"), std::string::npos) << error;
}

TEST(BuildLogFields, DiagnosticsRoundTrip) {
  const std::vector<Diagnostic> diagnostics = {
      {"tei/a.xml", 3, 7, Severity::kError, "element \"p\" not allowed\there", "rng.unexpected-element"},
      {"tei/b.xml", 0, 0, Severity::kWarning, "line\nbreak \x1e\x1f", ""},
      {"", 1, 1, Severity::kNote, "", "convert.unknown-name"}};
  EXPECT_EQ(DecodeDiagnostics(EncodeDiagnostics(diagnostics)), diagnostics);
  EXPECT_TRUE(DecodeDiagnostics(EncodeDiagnostics({})).empty());
  EXPECT_EQ(SplitLogList(JoinLogList({"a", "", "c\x1e"})), (std::vector<std::string>{"a", "", "c\x1e"}));
  EXPECT_EQ(UnescapeLogField(EscapeLogField("\\x41\t")), "\\x41\t");
}

}  // namespace
}  // namespace teipress
