// document() of a cached file gives what reading the file gives, and follows the file when it
// changes; files not in the cache are read as before.
#include "xslt_document_cache.h"

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

std::string Transform(const TemporaryDirectory& directory, const std::string& uri) {
  std::string error;
  const fs::path stylesheet = directory.path() / "read.xsl";
  WriteFileAtomically(stylesheet,
                      "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
                      "<xsl:output method='text'/><xsl:param name='uri'/>"
                      "<xsl:template match='/'><xsl:value-of select='document($uri)/names/name'/></xsl:template>"
                      "</xsl:stylesheet>",
                      error);
  std::vector<Diagnostic> diagnostics;
  auto compiled = XsltStylesheet::Load(stylesheet.string(), diagnostics);
  XmlDocPtr input = ReadXmlMemory("<in/>", "in.xml", diagnostics);
  std::string output;
  EXPECT_TRUE(compiled && compiled->Apply(input.get(), "in.xml", {{"uri", uri}}, output, diagnostics));
  return output;
}

TEST(XsltDocumentCache, ServesTheFileAndFollowsItsChanges) {
  TemporaryDirectory directory;
  const fs::path cached = directory.path() / "cached.xml";
  const fs::path uncached = directory.path() / "uncached.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(cached, "<names><name>Kaesong</name></names>", error));
  ASSERT_TRUE(WriteFileAtomically(uncached, "<names><name>Otpor</name></names>", error));
  std::vector<Diagnostic> diagnostics;
  CacheXsltDocuments({cached.string()}, diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  const std::string uri = CachedDocumentUri(cached.string());
  EXPECT_EQ(uri, "file://" + fs::absolute(cached).string());
  EXPECT_EQ(Transform(directory, uri), "Kaesong");
  EXPECT_EQ(Transform(directory, uri), "Kaesong");  // the copy the first one got was its own
  EXPECT_EQ(Transform(directory, CachedDocumentUri(uncached.string())), "Otpor");

  // A different size is a change even within the same clock tick.
  ASSERT_TRUE(WriteFileAtomically(cached, "<names><name>Kaeseong</name></names>", error));
  EXPECT_EQ(Transform(directory, uri), "Kaeseong");
}

}  // namespace
}  // namespace teipress
