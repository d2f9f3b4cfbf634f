// EditionRenderer's setup: the stylesheets come from the data directory, and a missing one is an
// error naming it, not a crash or an empty page.
#include "edition_renderer.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace teipress {
namespace {

TEST(EditionRenderer, LoadsTheStylesheetsOfTheDataDirectory) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  EXPECT_TRUE(renderer.ok());
  EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
  EXPECT_TRUE(renderer.HasCatalogPage("index"));
}

TEST(EditionRenderer, NamesEachMissingStylesheet) {
  testing::TemporaryDirectory empty;
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(empty.path().string(), {}, diagnostics);
  EXPECT_FALSE(renderer.ok());
  EXPECT_FALSE(renderer.HasCatalogPage("index"));
  ASSERT_FALSE(diagnostics.empty());
  const std::string expected = empty.path().string() + "/xslt/html/document.xsl: error: stylesheet not found "
                               "[render.missing-stylesheet]";
  EXPECT_EQ(FormatGnu(diagnostics[0]), expected);
  for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.rule, "render.missing-stylesheet") << FormatGnu(d);
}

}  // namespace
}  // namespace teipress
