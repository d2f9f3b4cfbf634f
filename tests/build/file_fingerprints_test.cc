// Files are hashed when their size or time changed, and known from the log otherwise; a file
// modified just before it was hashed is hashed again next time.
#include "file_fingerprints.h"

#include <gtest/gtest.h>

#include "in_memory_file_system.h"
#include "sha256.h"

namespace teipress {
namespace {

using testing::InMemoryFileSystem;

constexpr int64_t kLongAfter = 10'000'000'000;  // ten seconds after every file time below

TEST(FileFingerprints, HashesOnceAndThenKnowsTheFileFromTheLog) {
  InMemoryFileSystem files;
  files.Put("tei/a.xml", "<TEI/>", 1000);
  BuildLog log;
  log.Load(files, "log");
  {
    FileFingerprints fingerprints(files, log, [] { return kLongAfter; });
    EXPECT_EQ(fingerprints.Hash("tei/a.xml"), Sha256Hex("<TEI/>"));
    EXPECT_EQ(fingerprints.hashed(), 1);
  }
  // Next build: same size and time, so the file is not read (its bytes changed behind the
  // time's back here, which only a test does).
  files.Put("tei/a.xml", "<TEX/>", 1000);
  BuildLog reloaded;
  reloaded.Load(files, "log");
  FileFingerprints again(files, reloaded, [] { return kLongAfter; });
  EXPECT_EQ(again.Hash("tei/a.xml"), Sha256Hex("<TEI/>"));
  EXPECT_EQ(again.hashed(), 0);
  // A new time: read and hashed again.
  files.Touch("tei/a.xml", 2000);
  EXPECT_EQ(again.Hash("tei/a.xml"), Sha256Hex("<TEX/>"));
  EXPECT_EQ(again.hashed(), 1);
}

TEST(FileFingerprints, AFileModifiedJustBeforeItWasHashedIsHashedAgain) {
  InMemoryFileSystem files;
  files.Put("tei/a.xml", "<TEI/>", 1000);
  BuildLog log;
  log.Load(files, "log");
  // Hashed within the racy window of its modification: a later change in the same clock tick
  // would keep its time, so the fingerprint is not trusted next time.
  FileFingerprints racy(files, log, [] { return int64_t{1000} + FileFingerprints::kRacyWindowNs / 2; });
  racy.Hash("tei/a.xml");
  FileFingerprints later(files, log, [] { return kLongAfter; });
  later.Hash("tei/a.xml");
  EXPECT_EQ(later.hashed(), 1);
  FileFingerprints trusted(files, log, [] { return kLongAfter; });
  trusted.Hash("tei/a.xml");
  EXPECT_EQ(trusted.hashed(), 0);
}

TEST(FileFingerprints, AMissingFileHasNoHashAndAGroupHashesNamesAndContents) {
  InMemoryFileSystem files;
  files.Put("x/a.xsl", "A", 1);
  files.Put("x/b.xsl", "B", 1);
  BuildLog log;
  log.Load(files, "log");
  FileFingerprints fingerprints(files, log, [] { return kLongAfter; });
  EXPECT_EQ(fingerprints.Hash("x/missing.xsl"), "");
  const std::string both = fingerprints.HashAll({"x/a.xsl", "x/b.xsl"});
  EXPECT_NE(both, fingerprints.HashAll({"x/b.xsl", "x/a.xsl"}));
  files.Put("x/b.xsl", "changed", 2);
  EXPECT_NE(both, fingerprints.HashAll({"x/a.xsl", "x/b.xsl"}));
  EXPECT_EQ(ShortHash(both).size(), 16u);
}

}  // namespace
}  // namespace teipress
