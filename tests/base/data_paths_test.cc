// LocateData: where an installed, a relocated, a build-tree and a stray teipress find their data.
#include "data_paths.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include <boost/filesystem/operations.hpp>

#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

// A prefix as `cmake --install --prefix` lays it out: bin/teipress, share/teipress/schemas/....
fs::path MakePrefix(const fs::path& prefix) {
  fs::create_directories(prefix / "bin");
  fs::create_directories(prefix / "share" / "teipress" / "schemas");
  std::ofstream(prefix.string() + "/share/teipress/schemas/edition.rng") << "<grammar/>";
  std::ofstream(prefix.string() + "/bin/teipress") << "";
  return prefix / "bin" / "teipress";
}

fs::path BuildDir() { return fs::path(testing::TeipressBinary()).parent_path(); }

TEST(DataPaths, TheEnvironmentOverridesEverything) {
  TemporaryDirectory dir;
  const fs::path executable = MakePrefix(dir.path());
  const DataLocation location = LocateData(executable.string(), "/somewhere/else");
  EXPECT_EQ(location.directory, "/somewhere/else");
  EXPECT_EQ(location.origin, DataDirOrigin::kEnvironment);
  // An empty TEIPRESS_DATA_DIR counts as unset.
  EXPECT_EQ(LocateData(executable.string(), "").origin, DataDirOrigin::kInstalled);
}

TEST(DataPaths, AnInstalledBinaryFindsShareBesideItsBinEvenAfterTheMove) {
  TemporaryDirectory dir;
  const fs::path executable = MakePrefix(dir.path() / "prefix");
  DataLocation location = LocateData(executable.string(), nullptr);
  EXPECT_EQ(location.directory, (dir.path() / "prefix" / "share" / "teipress").string());
  EXPECT_EQ(location.origin, DataDirOrigin::kInstalled);

  fs::rename(dir.path() / "prefix", dir.path() / "moved");
  location = LocateData((dir.path() / "moved" / "bin" / "teipress").string(), nullptr);
  EXPECT_EQ(location.directory, (dir.path() / "moved" / "share" / "teipress").string());
  EXPECT_EQ(location.origin, DataDirOrigin::kInstalled);
}

TEST(DataPaths, ABinaryInItsBuildTreeUsesTheCheckout) {
  for (const fs::path& executable : {BuildDir() / "teipress", BuildDir() / "tests" / "teipress_base_tests"}) {
    const DataLocation location = LocateData(executable.string(), nullptr);
    EXPECT_EQ(fs::canonical(location.directory), fs::canonical(testing::SourceDir())) << executable;
    EXPECT_EQ(location.origin, DataDirOrigin::kCheckout) << executable;
  }
}

TEST(DataPaths, AnInstallInsideTheBuildTreeStillUsesItsOwnData) {
  TemporaryDirectory scratch;  // only for a unique name
  const fs::path prefix = BuildDir() / scratch.path().filename();
  const fs::path executable = MakePrefix(prefix);
  const DataLocation location = LocateData(executable.string(), nullptr);
  fs::remove_all(prefix);
  EXPECT_EQ(location.directory, (prefix / "share" / "teipress").string());
  EXPECT_EQ(location.origin, DataDirOrigin::kInstalled);
}

TEST(DataPaths, AStrayBinaryNamesTheInstalledPlaceItExpected) {
  TemporaryDirectory dir;
  fs::create_directories(dir.path() / "bin");
  // A directory whose name merely starts like the build tree's is not inside it.
  for (const fs::path& executable : {dir.path() / "bin" / "teipress", fs::path(BuildDir().string() + "-other") / "teipress"}) {
    const DataLocation location = LocateData(executable.string(), nullptr);
    EXPECT_EQ(location.directory, (executable.parent_path().parent_path() / "share" / "teipress").string());
    EXPECT_EQ(location.origin, DataDirOrigin::kMissing) << executable;
  }
  EXPECT_EQ(LocateData("", nullptr).origin, DataDirOrigin::kMissing);
  EXPECT_STREQ(DataDirOriginName(DataDirOrigin::kMissing), "missing");
  EXPECT_STREQ(DataDirOriginName(DataDirOrigin::kInstalled), "installed");
}

}  // namespace
}  // namespace teipress
