// teipress init: a new edition that builds at once, as a new user meets it.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "edition_config.h"
#include "file_io.h"
#include "process.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::RunTeipress;

TEST(InitCommand, WritesAProjectThatBuildsAtOnce) {
  const testing::TemporaryDirectory dir;
  const fs::path edition = dir.path() / "Briefe";
  const auto init = RunTeipress({"init", edition.string()});
  ASSERT_EQ(init.exit_code, 0) << init.output;
  for (const char* file : {"teipress.toml", "README.md", ".gitignore", "sources/example.txt", "tei/authority/persons.xml",
                           "tei/authority/places.xml", "tei/authority/orgs.xml", "tei/authority/archives.xml"}) {
    EXPECT_TRUE(fs::is_regular_file(edition / file)) << file;
  }
  EXPECT_EQ(ReadText(edition / ".gitignore"), "/output/\n");
  // The configuration has every setting, explained, and the title from the folder's name.
  const std::string config = ReadText(edition / "teipress.toml");
  for (const ConfigKey& key : ConfigKeys()) {
    EXPECT_NE(config.find(std::string(key.name) + " = "), std::string::npos) << key.name;
    EXPECT_NE(config.find(std::string(key.help.substr(0, 20))), std::string::npos) << key.name;
  }
  EXPECT_NE(config.find("title = \"Briefe\""), std::string::npos);
  // The empty authority lists are valid TEI.
  const auto valid = RunTeipress({"validate", "--schema", testing::SourceDir() + "/schemas/tei_all.rng",
                                  (edition / "tei" / "authority").string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.output;

  const auto build = RunTeipress({"build", "--no-pdf"}, edition.string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  EXPECT_NE(build.output.find("; 1 valid, 0 invalid"), std::string::npos) << build.output;
  // Missing authority entries: one warning, not an error per document.
  EXPECT_EQ(build.output.find("error"), std::string::npos) << build.output;
  EXPECT_NE(build.output.find("[authority.missing]"), std::string::npos) << build.output;
  EXPECT_TRUE(fs::is_regular_file(edition / "output" / "html" / "1.html"));
  EXPECT_NE(ReadText(edition / "output" / "html" / "index.html").find("<title>Briefe</title>"), std::string::npos);

  // From a folder below the edition's root, the same edition (found like git finds its repository).
  const auto again = RunTeipress({"build", "--no-pdf"}, (edition / "tei").string());
  EXPECT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("1 up to date"), std::string::npos) << again.output;

  // With FOP, the print edition too: the document's PDF and the volume.
  if (RunProcess({"/bin/sh", "-c", "command -v fop >/dev/null"}).exit_code != 0) {
    if (testing::RequireAll()) FAIL() << "fop is needed";
    return;
  }
  const auto print = RunTeipress({"build"}, edition.string());
  ASSERT_EQ(print.exit_code, 0) << print.output;
  for (const char* pdf : {"1.pdf", "edition.pdf"}) {
    const fs::path file = edition / "output" / "print" / pdf;
    ASSERT_TRUE(fs::is_regular_file(file)) << pdf << "\n" << print.output;
    EXPECT_EQ(ReadText(file).rfind("%PDF-", 0), 0u) << pdf;
  }
}

TEST(InitCommand, KeepsWhatIsThereAndRefusesAFile) {
  const testing::TemporaryDirectory dir;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "ed" / "teipress.toml", "title = \"Mine\"\n", error));
  const auto init = RunTeipress({"init", "--title", "Other", (dir.path() / "ed").string()});
  EXPECT_EQ(init.exit_code, 0) << init.output;
  EXPECT_NE(init.output.find("teipress.toml exists; kept as it is"), std::string::npos) << init.output;
  EXPECT_EQ(ReadText(dir.path() / "ed" / "teipress.toml"), "title = \"Mine\"\n");
  EXPECT_TRUE(fs::is_regular_file(dir.path() / "ed" / "README.md"));

  ASSERT_TRUE(WriteFileAtomically(dir.path() / "file", "x", error));
  const auto refused = RunTeipress({"init", (dir.path() / "file").string()});
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.output.find("exists and is not a folder"), std::string::npos) << refused.output;
}

}  // namespace
}  // namespace teipress
