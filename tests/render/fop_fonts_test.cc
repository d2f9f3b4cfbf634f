// CheckFopFontFiles: a font file FOP's configuration names that is not there is told at its line
// of the configuration; the edition's own configuration names only files this machine has.
#include "fop_fonts.h"

#include <gtest/gtest.h>

#include <string>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

std::string Describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

TEST(FopFonts, AMissingFontFileIsToldAtItsLine) {
  TemporaryDirectory directory;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "here.ttf", "not really a font", error)) << error;
  const fs::path config = directory.path() / "fop.xconf";
  ASSERT_TRUE(WriteFileAtomically(config,
                                  "<fop version='1.0'><renderers><renderer mime='application/pdf'><fonts>\n"
                                  "<font embed-url='here.ttf'><font-triplet name='A' style='normal' weight='normal'/></font>\n"
                                  "<font embed-url='" + (directory.path() / "here.ttf").string() + "'/>\n"
                                  "<font embed-url='file:" + (directory.path() / "here.ttf").string() + "'/>\n"
                                  "<font embed-url='/nonexistent/Gone-Bold.ttf'/>\n"
                                  "<font embed-url='file:gone.otf' metrics-url='http://example.org/m.xml'/>\n"
                                  "<font embed-url='.'/>\n"
                                  "</fonts></renderer></renderers></fop>\n",
                                  error))
      << error;
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(CheckFopFontFiles(config.string(), diagnostics), 3) << Describe(diagnostics);
  ASSERT_EQ(diagnostics.size(), 3u) << Describe(diagnostics);
  EXPECT_EQ(diagnostics[0].file, config.string());
  EXPECT_EQ(diagnostics[0].line, 5);
  EXPECT_EQ(diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics[0].rule, "fop.font-missing");
  EXPECT_NE(diagnostics[0].message.find("/nonexistent/Gone-Bold.ttf is missing"), std::string::npos)
      << diagnostics[0].message;
  EXPECT_NE(diagnostics[0].message.find("apt-file search Gone-Bold.ttf"), std::string::npos) << diagnostics[0].message;
  // A relative file: URL is read from the configuration's directory; a folder is not a font file.
  EXPECT_EQ(diagnostics[1].line, 6);
  EXPECT_NE(diagnostics[1].message.find((directory.path() / "gone.otf").string()), std::string::npos)
      << diagnostics[1].message;
  EXPECT_EQ(diagnostics[2].line, 7);
}

TEST(FopFonts, NoConfigurationOrAnUnreadableOneIsLeftToFop) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(CheckFopFontFiles("", diagnostics), 0);
  EXPECT_EQ(CheckFopFontFiles("/nonexistent/fop.xconf", diagnostics), 0);
  EXPECT_TRUE(diagnostics.empty()) << Describe(diagnostics);
}

// The edition's configuration names the fonts of the README's packages: all there on a machine
// set up as the README says (CI), so no document loses its PDF to a missing font file.
TEST(FopFonts, TheEditionsConfigurationHasEveryFontFile) {
  const std::string config = testing::SourceDir() + "/xslt/print/fop.xconf";
  ASSERT_TRUE(fs::exists(config));
  std::vector<Diagnostic> diagnostics;
  const int missing = CheckFopFontFiles(config, diagnostics);
  if (missing > 0 && !testing::RequireAll()) GTEST_SKIP() << "fonts not installed:\n" << Describe(diagnostics);
  EXPECT_EQ(missing, 0) << Describe(diagnostics);
}

}  // namespace
}  // namespace teipress
