// The edition configuration as every command reads it: errors name the file and the line, --set
// wins over the file, a command's own option wins over both, and the values reach the pages, the
// print edition and the TEI the build converts.
#include "edition_settings.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::RunTeipress;

struct ConfigError {
  const char* toml;
  const char* expected;  // in the output
};

TEST(EditionSettings, EveryCommandNamesTheFileAndLineOfABadSetting) {
  const testing::TemporaryDirectory dir;
  const ConfigError table[] = {
      {"title = \"A\"\nlangauge = \"de\"\n", "teipress.toml:2:1: error: unknown setting 'langauge'"},
      {"# comment\n\npaper = \"a5\"\n", "teipress.toml:3:9: error: paper must be \"a4\" or \"letter\", not 'a5' [config.bad-value]"},
      {"title = \"unclosed\n", "teipress.toml:1:"},
  };
  std::string error;
  for (const ConfigError& row : table) {
    ASSERT_TRUE(WriteFileAtomically(dir.path() / "teipress.toml", row.toml, error));
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"build"}, {"convert", "x.txt"}, {"validate", "x.xml"}, {"render", "x.xml"}}) {
      const auto result = RunTeipress(command, dir.path().string());
      EXPECT_EQ(result.exit_code, 2) << command[0] << ": " << result.output;
      EXPECT_NE(result.output.find(row.expected), std::string::npos) << command[0] << ": " << result.output;
    }
  }
  // --config names another file; --set is checked as strictly.
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "other.toml", "pdfa = \"yes\"\n", error));
  const auto other = RunTeipress({"build", "--config", (dir.path() / "other.toml").string()});
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.output.find("other.toml:1:8: error: pdfa must be true or false"), std::string::npos) << other.output;
  const auto set = RunTeipress({"build", "--config", (dir.path() / "other.toml").string(), "--set", "language=es"});
  EXPECT_NE(set.output.find("--set language=es: error: language must be"), std::string::npos) << set.output;
  fs::remove(dir.path() / "teipress.toml");
  const auto param = RunTeipress({"render", "--param", "1x=y", "x.xml"}, dir.path().string());
  EXPECT_EQ(param.exit_code, 2);
  EXPECT_NE(param.output.find("--param takes NAME=VALUE"), std::string::npos) << param.output;
}

TEST(EditionSettings, ValuesReachThePagesThePrintEditionAndTheConvertedTei) {
  const testing::TemporaryDirectory dir;
  const fs::path edition = dir.path() / "edition";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(edition / "teipress.toml",
                                  "title = \"Letters of the Cold War\"\n"
                                  "subtitle = \"A test edition\"\n"
                                  "publisher = \"Example University Press\"\n"
                                  "editors = [\"Ada Lovelace\", \"Charles Babbage\"]\n"
                                  "licence = \"CC BY 4.0\"\n"
                                  "base-url = \"https://example.org/cold-war\"\n"
                                  "language = \"fr\"\n"
                                  "sources = \"exports\"\n"
                                  "out = \"site\"\n",
                                  error));
  fs::create_directories(edition / "exports");
  fs::copy_file(testing::SourceDir() + "/sources/wilson/113009.txt", edition / "exports" / "113009.txt");
  const auto build = RunTeipress({"build", "--no-pdf", "--set", "subtitle=From the command line"}, edition.string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  const std::string tei = ReadText(edition / "tei" / "113009.xml");
  EXPECT_NE(tei.find("<publisher>Example University Press</publisher>"), std::string::npos);
  EXPECT_NE(tei.find("<availability>\n          <p>CC BY 4.0</p>"), std::string::npos) << tei.substr(0, 3000);
  const std::string page = ReadText(edition / "site" / "html" / "113009.html");
  EXPECT_NE(page.find("<html lang=\"fr\""), std::string::npos);
  EXPECT_NE(page.find(" · Letters of the Cold War</title>"), std::string::npos);
  EXPECT_NE(page.find("Publié par Example University Press."), std::string::npos);
  EXPECT_NE(page.find("Licence : CC BY 4.0."), std::string::npos);
  // Each page's canonical address, under the base URL.
  EXPECT_NE(page.find("<link rel=\"canonical\" href=\"https://example.org/cold-war/113009.html\">"), std::string::npos);
  // The document's own language still marks its text.
  EXPECT_NE(page.find("<section class=\"tp-text\" aria-labelledby=\"tp-text-h\" lang=\"en\">"), std::string::npos);
  const std::string index = ReadText(edition / "site" / "html" / "index.html");
  EXPECT_NE(index.find("From the command line"), std::string::npos);  // --set wins over the file
  EXPECT_EQ(index.find("A test edition"), std::string::npos);
  EXPECT_NE(index.find("Ada Lovelace; Charles Babbage"), std::string::npos);
  EXPECT_NE(index.find("<link rel=\"canonical\" href=\"https://example.org/cold-war/index.html\">"), std::string::npos);
  const std::string volume = ReadText(edition / "site" / "print" / "edition.fo");
  EXPECT_NE(volume.find("<dc:title>Letters of the Cold War</dc:title>"), std::string::npos);
  EXPECT_NE(volume.find("<dc:creator>Ada Lovelace; Charles Babbage</dc:creator>"), std::string::npos);
  EXPECT_NE(volume.find("<dc:publisher>Example University Press</dc:publisher>"), std::string::npos);
  EXPECT_NE(volume.find("<dc:rights>CC BY 4.0</dc:rights>"), std::string::npos);
  EXPECT_NE(volume.find("Example University Press</fo:block>"), std::string::npos);  // the title page
  EXPECT_NE(volume.find("external-destination=\"url('https://example.org/cold-war')\""), std::string::npos);
  const std::string fo = ReadText(edition / "site" / "print" / "113009.fo");
  EXPECT_NE(fo.find("Letters of the Cold War"), std::string::npos);  // the running head

  // A command's own option wins over the configuration.
  const auto other_out = RunTeipress({"build", "--no-pdf", "--out", "elsewhere"}, edition.string());
  EXPECT_EQ(other_out.exit_code, 0) << other_out.output;
  EXPECT_TRUE(fs::is_regular_file(edition / "elsewhere" / "html" / "index.html"));
}

}  // namespace
}  // namespace teipress
