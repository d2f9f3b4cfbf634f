// Stylesheets are compiled once and applied under security preferences: no file writes, no
// directories, no network, whatever the stylesheet asks for.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"
#include "xslt_stylesheet.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

std::unique_ptr<XsltStylesheet> Compile(const TemporaryDirectory& directory, const std::string& body) {
  const fs::path path = directory.path() / "test.xsl";
  std::string error;
  WriteFileAtomically(path,
                      "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform' "
                      "xmlns:exsl='http://exslt.org/common' extension-element-prefixes='exsl'>"
                      "<xsl:output method='text'/><xsl:param name='who' select=\"'nobody'\"/>" +
                          body + "</xsl:stylesheet>",
                      error);
  std::vector<Diagnostic> diagnostics;
  return XsltStylesheet::Load(path.string(), diagnostics);
}

XmlDocPtr Input() {
  std::vector<Diagnostic> diagnostics;
  return ReadXmlMemory("<doc>text</doc>", "input.xml", diagnostics);
}

TEST(XsltStylesheet, AppliesWithParametersOfAnyQuoting) {
  TemporaryDirectory directory;
  auto stylesheet = Compile(directory, "<xsl:template match='/'><xsl:value-of select='$who'/>:<xsl:value-of select='doc'/></xsl:template>");
  ASSERT_TRUE(stylesheet);
  std::vector<Diagnostic> diagnostics;
  std::string output;
  XmlDocPtr input = Input();
  for (const std::string& who : {std::string("plain"), std::string("it's"), std::string("say \"hi\""),
                                 std::string("both ' and \"")}) {
    ASSERT_TRUE(stylesheet->Apply(input.get(), "input.xml", {{"who", who}}, output, diagnostics));
    EXPECT_EQ(output, who + ":text");
  }
}

TEST(XsltStylesheet, MayNotWriteFiles) {
  TemporaryDirectory directory;
  const fs::path target = directory.path() / "written.txt";
  auto stylesheet = Compile(directory, "<xsl:template match='/'><exsl:document href='" + target.string() +
                                           "' method='text'>owned</exsl:document>done</xsl:template>");
  ASSERT_TRUE(stylesheet);
  std::vector<Diagnostic> diagnostics;
  std::string output;
  XmlDocPtr input = Input();
  EXPECT_FALSE(stylesheet->Apply(input.get(), "input.xml", {}, output, diagnostics));
  EXPECT_FALSE(fs::exists(target));
  EXPECT_TRUE(HasErrors(diagnostics));
}

TEST(XsltStylesheet, MayNotReadTheNetwork) {
  TemporaryDirectory directory;
  auto stylesheet = Compile(directory,
                            "<xsl:template match='/'>[<xsl:value-of select=\"count(document('http://127.0.0.1:9/x.xml'))\"/>]</xsl:template>");
  ASSERT_TRUE(stylesheet);
  std::vector<Diagnostic> diagnostics;
  std::string output;
  XmlDocPtr input = Input();
  stylesheet->Apply(input.get(), "input.xml", {}, output, diagnostics);
  EXPECT_EQ(output.find("[1]"), std::string::npos) << output;
  const auto network = [](const std::vector<Diagnostic>& found) {
    for (const Diagnostic& d : found) {
      if (d.rule == "xml.network") return true;
    }
    return false;
  };
  // Nor may a stylesheet import one from the network: it does not compile, and says why.
  const fs::path path = directory.path() / "importing.xsl";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path,
                                  "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                                  "<xsl:import href='http://127.0.0.1:9/common.xsl'/></xsl:stylesheet>",
                                  error));
  std::vector<Diagnostic> load;
  EXPECT_FALSE(XsltStylesheet::Load(path.string(), load));
  EXPECT_TRUE(network(load)) << (load.empty() ? "" : FormatGnu(load.front()));
}

TEST(XsltStylesheet, ReportsAStylesheetThatDoesNotCompile) {
  TemporaryDirectory directory;
  const fs::path path = directory.path() / "broken.xsl";
  std::string error;
  WriteFileAtomically(path, "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:template>", error);
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(XsltStylesheet::Load(path.string(), diagnostics));
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.back().file, path.string());
}

TEST(XsltStylesheet, KeepsTheResultTreeForTheCallerToChange) {
  TemporaryDirectory directory;
  auto stylesheet = Compile(directory, "<xsl:template match='/'>hello <xsl:value-of select='$who'/></xsl:template>");
  ASSERT_TRUE(stylesheet);
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr input = ReadXmlMemory("<x/>", "x.xml", diagnostics);
  XmlDocPtr result = stylesheet->ApplyToTree(input.get(), "x.xml", {{"who", "world"}}, diagnostics);
  ASSERT_TRUE(result);
  std::string output;
  ASSERT_TRUE(stylesheet->Serialize(result.get(), output));
  EXPECT_EQ(output, "hello world");
}

}  // namespace
}  // namespace teipress
