// `teipress build` applies schemas/edition.sch after edition.rng: a document that breaks a rule
// is reported like a grammar error and not rendered.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "converter.h"
#include "edition_builder.h"
#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

TEST(EditionBuilderRules, ADocumentBreakingARuleIsInvalidAndNamed) {
  testing::TemporaryDirectory directory;
  const std::string seed = testing::SourceDir() + "/sources/wilson/113009.txt";
  std::vector<Diagnostic> diagnostics;
  ConversionResult result = Convert(testing::ReadText(seed), seed, testing::EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  const std::string good_ref = "ref=\"#mao-zedong\"";
  const size_t at = result.tei.find(good_ref);
  ASSERT_NE(at, std::string::npos);
  result.tei.replace(at, good_ref.size(), "ref=\"#mao\"");  // still a pointer (edition.rng), but to nobody
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "tei/113009.xml", result.tei, error)) << error;
  fs::create_directories(directory.path() / "sources");

  BuildOptions options;
  options.sources_dir = (directory.path() / "sources").string();
  options.tei_dir = (directory.path() / "tei").string();
  options.authority_dir = testing::SourceDir() + "/tei/authority";
  options.out_dir = (directory.path() / "output").string();
  options.data_dir = testing::SourceDir();
  options.pdf = false;
  diagnostics.clear();
  const BuildSummary summary = BuildEdition(options, diagnostics);
  EXPECT_EQ(summary.invalid, 1);
  EXPECT_FALSE(fs::exists(directory.path() / "output/html/113009.html"));
  const bool named = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "edition-ref-person" && d.line > 0 && d.severity == Severity::kError &&
           d.message.find("'#mao'") != std::string::npos;
  });
  std::string all;
  for (const Diagnostic& d : diagnostics) all += FormatGnu(d) + "\n";
  EXPECT_TRUE(named) << all;
}

}  // namespace
}  // namespace teipress
