// The disk behind the build's file-system interface, and the helpers built on it.
#include "build_filesystem.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "in_memory_file_system.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

TEST(DiskFileSystem, ListsStatsReadsAndWrites) {
  testing::TemporaryDirectory directory;
  DiskFileSystem disk;
  const std::string root = directory.path().string();
  std::string error;
  ASSERT_TRUE(disk.Write(root + "/b/two.xml", "2", Durability::kRegenerable, error)) << error;
  ASSERT_TRUE(disk.Write(root + "/a.xml", "one", Durability::kSynced, error)) << error;
  ASSERT_TRUE(disk.Write(root + "/c.txt", "three", Durability::kSynced, error)) << error;

  const FileStat stat = disk.Stat(root + "/a.xml");
  EXPECT_TRUE(stat.exists);
  EXPECT_FALSE(stat.is_directory);
  EXPECT_EQ(stat.size, 3);
  EXPECT_GT(stat.modified_ns, 0);
  EXPECT_TRUE(disk.Stat(root + "/b").is_directory);
  EXPECT_FALSE(disk.Stat(root + "/missing").exists);

  std::string contents;
  ASSERT_TRUE(disk.Read(root + "/c.txt", contents, error));
  EXPECT_EQ(contents, "three");
  EXPECT_FALSE(disk.Read(root + "/missing", contents, error));
  EXPECT_NE(error.find("missing"), std::string::npos);

  EXPECT_EQ(FilesWithExtension(disk, root, ".xml", false), std::vector<std::string>{root + "/a.xml"});
  EXPECT_EQ(FilesWithExtension(disk, root, ".xml", true),
            (std::vector<std::string>{root + "/a.xml", root + "/b/two.xml"}));
  EXPECT_EQ(FilesWithExtension(disk, root, "", false), (std::vector<std::string>{root + "/a.xml", root + "/c.txt"}));
  EXPECT_TRUE(disk.List(root + "/missing", true).empty());
}

TEST(DiskFileSystem, AnOpenFolderStatsItsFilesAsStatDoes) {
  testing::TemporaryDirectory directory;
  DiskFileSystem disk;
  const std::string root = directory.path().string();
  std::string error;
  ASSERT_TRUE(disk.Write(root + "/b/two.xml", "2", Durability::kRegenerable, error)) << error;
  ASSERT_TRUE(disk.Write(root + "/a.xml", "one", Durability::kRegenerable, error)) << error;
  const std::unique_ptr<DirectoryHandle> folder = disk.OpenDirectory(root);
  for (const std::string name : {"a.xml", "b", "b/two.xml", "missing", ""}) {
    const FileStat expected = disk.Stat(root + "/" + name);
    const FileStat stat = folder->Stat(name);
    EXPECT_EQ(stat.exists, expected.exists) << name;
    EXPECT_EQ(stat.is_directory, expected.is_directory) << name;
    EXPECT_EQ(stat.size, expected.size) << name;
    EXPECT_EQ(stat.modified_ns, expected.modified_ns) << name;
  }
  // A file written after the folder was opened is seen; a folder that does not exist has no files.
  ASSERT_TRUE(disk.Write(root + "/new.xml", "new", Durability::kRegenerable, error)) << error;
  EXPECT_EQ(folder->Stat("new.xml").size, 3);
  EXPECT_FALSE(disk.OpenDirectory(root + "/missing")->Stat("a.xml").exists);
  // The default (for other file systems) asks with the whole path.
  testing::InMemoryFileSystem memory;
  memory.Put("out/html/a.html", "page", 7);
  EXPECT_EQ(memory.OpenDirectory("out/html")->Stat("a.html").modified_ns, 7);
  EXPECT_FALSE(memory.OpenDirectory("out/html")->Stat("b.html").exists);
}

TEST(DiskFileSystem, AFailedWriteSaysWhere) {
  testing::TemporaryDirectory directory;
  DiskFileSystem disk;
  std::string error;
  ASSERT_TRUE(disk.Write((directory.path() / "file").string(), "x", Durability::kSynced, error));
  // A file where a directory should be.
  EXPECT_FALSE(disk.Write((directory.path() / "file" / "page.html").string(), "x", Durability::kSynced, error));
  EXPECT_NE(error.find("file"), std::string::npos) << error;
}

TEST(NewestModification, IsTheNewestEntryBelowTheDirectory) {
  testing::InMemoryFileSystem files;
  files.Put("xslt/html/document.xsl", "", 5);
  files.Put("xslt/common/functions.xsl", "", 9);
  files.Put("xslt/print/document.xsl", "", 7);
  files.Put("other/newer.xsl", "", 100);
  EXPECT_EQ(NewestModification(files, "xslt"), 9);
  EXPECT_EQ(NewestModification(files, "missing"), 0);
}

}  // namespace
}  // namespace teipress

namespace teipress {
namespace {

TEST(PathLess, OrdersAsBoostFilesystemPathsDo) {
  // Names with characters that sort before '/' (space, '-', '.'), after it, and UTF-8 bytes.
  const std::vector<std::string> paths = {
      "src/a",        "src/a b",      "src/a-b",   "src/a.txt",  "src/a/b",    "src/a/b c", "src/a (1).txt",
      "src/a0",       "src/ab/c",     "src/a!/x",  "src/Ä.txt",  "src/z",      "src/a/b/c", "src/a-/b",
      "src/a/-",      "src/a.b/c",    "src/a/a/a",  "src/\xc3\xa9", "src/e",   "src/a/.x"};
  for (const std::string& a : paths) {
    for (const std::string& b : paths) {
      EXPECT_EQ(PathLess(a, b), boost::filesystem::path(a) < boost::filesystem::path(b)) << a << " < " << b;
    }
  }
}

}  // namespace
}  // namespace teipress
