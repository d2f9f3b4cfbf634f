// WriteGeneratedTei: regenerates what teipress wrote, keeps what editors wrote.
#include "tei_output.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <string>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "generation_mark.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;

const std::string kOld = AddGenerationMark("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI><p>old</p></TEI>\n");
const std::string kNew = AddGenerationMark("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI><p>new</p></TEI>\n");

// Every atomic write renames a new file into place, so an unchanged inode means "not rewritten".
ino_t Inode(const fs::path& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 ? info.st_ino : 0;
}

void Put(const fs::path& path, const std::string& contents) {
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, contents, error)) << error;
}

TEST(TeiOutputTest, WritesNewFile) {
  TemporaryDirectory dir;
  const std::string path = (dir.path() / "tei" / "113009.xml").string();
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(WriteGeneratedTei(path, kNew, false, diagnostics), TeiWriteOutcome::kWritten);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(ReadText(path), kNew);
}

TEST(TeiOutputTest, SameContentIsUpToDate) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a.xml";
  Put(path, kNew);
  const ino_t before = Inode(path);
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(WriteGeneratedTei(path.string(), kNew, false, diagnostics), TeiWriteOutcome::kUpToDate);
  EXPECT_EQ(WriteGeneratedTei(path.string(), kNew, true, diagnostics), TeiWriteOutcome::kUpToDate);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(ReadText(path), kNew);
  EXPECT_EQ(Inode(path), before) << "the file was not rewritten";
}

TEST(TeiOutputTest, UnchangedGeneratedFileIsRegenerated) {
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a.xml";
  Put(path, kOld);
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(WriteGeneratedTei(path.string(), kNew, false, diagnostics), TeiWriteOutcome::kWritten);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(ReadText(path), kNew);
}

struct KeptCase {
  const char* label;
  std::string existing;
  const char* rule;
};

TEST(TeiOutputTest, EditedOrHandWrittenFileIsKeptWithoutForce) {
  std::string edited = kOld;
  edited.replace(edited.find("old"), 3, "OLD");  // an editor's correction
  ASSERT_EQ(InspectGeneratedFile(edited), FileState::kEdited);
  const std::string hand_written = "<?xml version=\"1.0\"?>\n<TEI><p>by hand</p></TEI>\n";
  ASSERT_EQ(InspectGeneratedFile(hand_written), FileState::kNotGenerated);

  for (const KeptCase& c : {KeptCase{"edited", edited, "convert.kept-edited"},
                           KeptCase{"hand-written", hand_written, "convert.kept-unmarked"}}) {
    TemporaryDirectory dir;
    const fs::path path = dir.path() / "a.xml";
    Put(path, c.existing);
    const ino_t before = Inode(path);
    std::vector<Diagnostic> diagnostics;
    EXPECT_EQ(WriteGeneratedTei(path.string(), kNew, false, diagnostics), TeiWriteOutcome::kKeptEdited) << c.label;
    EXPECT_EQ(ReadText(path), c.existing) << c.label << ": the file's bytes are unchanged";
    EXPECT_EQ(Inode(path), before) << c.label << ": the file was not rewritten";
    ASSERT_EQ(diagnostics.size(), 1u) << c.label;
    EXPECT_EQ(diagnostics[0].file, path.string());
    EXPECT_EQ(diagnostics[0].severity, Severity::kWarning) << c.label;
    EXPECT_EQ(diagnostics[0].rule, c.rule) << c.label;
    EXPECT_NE(diagnostics[0].message.find("--force"), std::string::npos) << diagnostics[0].message;
    EXPECT_EQ(fs::directory_iterator(dir.path())->path().filename(), "a.xml");

    // With force the fresh conversion replaces it.
    diagnostics.clear();
    EXPECT_EQ(WriteGeneratedTei(path.string(), kNew, true, diagnostics), TeiWriteOutcome::kWritten) << c.label;
    EXPECT_TRUE(diagnostics.empty()) << c.label;
    EXPECT_EQ(ReadText(path), kNew) << c.label;
  }
}

TEST(TeiOutputTest, UnwritableTargetFails) {
  TemporaryDirectory dir;
  const fs::path blocker = dir.path() / "file";
  Put(blocker, "x");
  const std::string path = (blocker / "a.xml").string();  // its parent is a regular file
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(WriteGeneratedTei(path, kNew, false, diagnostics), TeiWriteOutcome::kFailed);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kError);
  EXPECT_EQ(diagnostics[0].rule, "io.write");
  EXPECT_EQ(ReadText(blocker), "x");
}

}  // namespace
}  // namespace teipress
