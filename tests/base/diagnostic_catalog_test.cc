// The diagnostics catalog: one entry per id, each complete, and docs/diagnostics.md generated from
// it. (Whether the tests produce every id, and only ids of the catalog, is the ctest check
// diagnostic_catalog_coverage.)
#include "diagnostic_catalog.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "diagnostic_catalog_markdown.h"
#include "test_support.h"

namespace teipress {
namespace {

TEST(DiagnosticCatalog, EachIdOnceAndWellFormed) {
  std::set<std::string_view> ids;
  const std::regex id_shape("[a-z]+([.-][a-z0-9]+)*");
  for (const DiagnosticRule& entry : DiagnosticCatalog()) {
    const std::string id(entry.rule.id());
    EXPECT_TRUE(ids.insert(entry.rule.id()).second) << id << " is declared twice";
    EXPECT_TRUE(std::regex_match(id, id_shape)) << id;
    EXPECT_EQ(FindDiagnosticRule(id), &entry) << id;
  }
  EXPECT_EQ(FindDiagnosticRule("no.such-rule"), nullptr);
}

TEST(DiagnosticCatalog, EveryEntryExplainsShowsAndFixes) {
  for (const DiagnosticRule& entry : DiagnosticCatalog()) {
    const std::string id(entry.rule.id());
    EXPECT_FALSE(entry.explanation.empty()) << id;
    EXPECT_EQ(entry.explanation.find('\n'), std::string_view::npos) << id << ": the explanation is one line";
    EXPECT_NE(entry.explanation.back(), '.') << id << ": the explanation is a phrase, without a final period";
    EXPECT_FALSE(entry.fix.empty()) << id;
    // The example is a diagnostic as FormatGnu prints it, with the entry's severity and id.
    const std::string example(entry.example);
    EXPECT_NE(example.find(std::string(": ") + SeverityName(entry.severity) + ": "), std::string::npos) << example;
    EXPECT_TRUE(example.size() > id.size() + 3 && example.substr(example.size() - id.size() - 3) == " [" + id + "]")
        << example;
  }
}

TEST(DiagnosticCatalog, RuleIdConvertsToItsIdAndComparesWithout) {
  const std::string rule = rules::kConvertUnclosedBracket;
  EXPECT_EQ(rule, "convert.unclosed-bracket");
  EXPECT_TRUE(rule == rules::kConvertUnclosedBracket);
  EXPECT_FALSE(rule == rules::kConvertStrayBracket);
  const Diagnostic d{"a.txt", 1, 2, Severity::kWarning, "m", rules::kConvertStrayBracket};
  EXPECT_EQ(FormatGnu(d), "a.txt:1:2: warning: m [convert.stray-bracket]");
}

TEST(DiagnosticCatalog, DocsAreGeneratedFromIt) {
  const std::string docs = testing::ReadText(testing::SourceDir() + "/docs/diagnostics.md");
  EXPECT_TRUE(docs == FormatDiagnosticCatalogMarkdown())
      << "docs/diagnostics.md is not what the catalog says: regenerate it with\n"
         "  build/tests/diagnostics_doc > docs/diagnostics.md";
  for (const DiagnosticRule& entry : DiagnosticCatalog()) {
    EXPECT_NE(docs.find("### `" + std::string(entry.rule.id()) + "`"), std::string::npos) << entry.rule.id();
  }
}

}  // namespace
}  // namespace teipress
