// The example profile (docs/profile-example) changes the look of both editions without a copy of
// teipress's stylesheets: its parameters, labels and hooks reach the HTML pages, the FO and the
// PDF; its CSS and assets are copied and linked; --param is passed as a string, never evaluated.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "process.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::RunTeipress;

TEST(EditionProfile, TheExampleProfileChangesBothEditions) {
  const testing::TemporaryDirectory dir;
  fs::create_directories(dir.path() / "sources");
  fs::copy_file(testing::SourceDir() + "/sources/wilson/113310.txt", dir.path() / "sources" / "113310.txt");
  const bool pdf =
      RunProcess({"/bin/sh", "-c", "command -v fop >/dev/null && command -v pdftotext >/dev/null"}).exit_code == 0;
  if (!pdf && testing::RequireAll()) FAIL() << "fop and pdftotext are needed";
  std::vector<std::string> command = {"build", "--profile", testing::SourceDir() + "/docs/profile-example", "--authority",
                                      testing::SourceDir() + "/tei/authority", "--param",
                                      "label-search=concat('x', 'y') & <b>", "--set", "title=Imaginary Edition"};
  if (!pdf) command.push_back("--no-pdf");
  const auto build = RunTeipress(command, dir.path().string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  const fs::path html = dir.path() / "output" / "html";
  for (const char* page : {"index.html", "113310.html", "persons.html"}) {
    const std::string text = ReadText(html / page);
    EXPECT_NE(text.find("<div class=\"house-banner\""), std::string::npos) << page;  // tp-hook-header
    EXPECT_NE(text.find("Set in the Imaginary Press house style."), std::string::npos) << page;  // tp-hook-footer
    EXPECT_NE(text.find("<link rel=\"stylesheet\" href=\"edition.css\"><link rel=\"stylesheet\" href=\"house.css\">"),
              std::string::npos)
        << page;
  }
  EXPECT_NE(ReadText(html / "113310.html").find(">Endnotes</h2>"), std::string::npos);  // a label overridden
  EXPECT_EQ(ReadText(html / "113310.html").find(">Notes</h2>"), std::string::npos);
  // --param: a string, not an XPath expression, and escaped like any text.
  EXPECT_NE(ReadText(html / "index.html").find("concat('x', 'y') &amp; &lt;b&gt;"), std::string::npos);
  EXPECT_TRUE(fs::is_regular_file(html / "house.css"));
  EXPECT_TRUE(fs::is_regular_file(html / "house-mark.svg"));
  EXPECT_TRUE(fs::is_regular_file(html / "edition.css"));

  const fs::path print = dir.path() / "output" / "print";
  const std::string fo = ReadText(print / "113310.fo");
  EXPECT_NE(fo.find("Imaginary Press · digital editions"), std::string::npos);  // tp-hook-fo-before-text
  EXPECT_NE(fo.find("#1d4e6b"), std::string::npos);                             // colour-accent
  EXPECT_EQ(fo.find("#6b1d1d"), std::string::npos);
  EXPECT_NE(fo.find("\"50mm\""), std::string::npos);                          // margin-outer
  const std::string volume = ReadText(print / "edition.fo");
  EXPECT_NE(volume.find("An Imaginary Press edition"), std::string::npos);  // tp-hook-fo-title-page
  if (!pdf) return;
  const auto text = RunProcess({FindOnPath("pdftotext"), "-layout", (print / "edition.pdf").string(), "-"});
  ASSERT_EQ(text.exit_code, 0) << text.output;
  EXPECT_NE(text.output.find("An Imaginary Press edition"), std::string::npos);
  EXPECT_NE(text.output.find("Imaginary Press · digital editions"), std::string::npos);
  EXPECT_NE(text.output.find("Imaginary Edition"), std::string::npos);
}

TEST(EditionProfile, AProfileThatIsNotAFolderIsAUsageError) {
  const auto build = RunTeipress({"build", "--profile", "/nonexistent/profile"});
  EXPECT_EQ(build.exit_code, 2);
  EXPECT_NE(build.output.find("the profile /nonexistent/profile is not a folder"), std::string::npos) << build.output;
}

}  // namespace
}  // namespace teipress
