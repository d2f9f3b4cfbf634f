// SARIF logs: artifact URIs, levels, regions and rule indexes, checked on fragments of the log.
// tests/install/sarif_schema.sh validates whole logs of real runs against the official schema.
#include "sarif_report.h"

#include <gtest/gtest.h>

#include <string>

namespace teipress {
namespace {

bool Contains(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

struct UriCase {
  const char* path;
  const char* uri;
};

TEST(SarifReport, ArtifactUris) {
  const UriCase cases[] = {
      {"tei/113009.xml", "tei/113009.xml"},
      {"./tei/x.xml", "./tei/x.xml"},
      {"tei dir/a b.xml", "tei%20dir/a%20b.xml"},
      {"/abs/path.xml", "file:///abs/path.xml"},
      {"été.xml", "%C3%A9t%C3%A9.xml"},
      {"a#b?c%d.xml", "a%23b%3Fc%25d.xml"},
      {"back\\slash\".xml", "back%5Cslash%22.xml"},
  };
  for (const UriCase& c : cases) EXPECT_EQ(ArtifactUri(c.path), c.uri) << c.path;
}

ValidationReports TwoSchemas() {
  ValidationReports reports(2);
  reports[0].schema = "schemas/edition.rng";
  reports[1].schema = "schemas/edition.sch";
  reports[0].files = {{"ok.xml", true, {}},
                      {"bad.xml", false, {{"bad.xml", 3, 7, Severity::kError, "no <p> here", "relaxng.unexpected-element"}}}};
  reports[1].files = {{"ok.xml", true, {{"ok.xml", 2, 0, Severity::kWarning, "a warning", "edition-warn"}}},
                      {"bad.xml", false, {{"bad.xml", 0, 0, Severity::kNote, "", "edition-note"}}}};
  return reports;
}

TEST(SarifReport, OneResultPerFindingOfEverySchema) {
  const std::string log = FormatSarif(TwoSchemas());
  EXPECT_TRUE(Contains(log, "\"version\": \"2.1.0\""));
  EXPECT_TRUE(Contains(log, "\"name\": \"teipress\""));
  // Rules sorted by id, ruleIndex pointing into that order.
  const size_t note = log.find("{\"id\": \"edition-note\"");
  const size_t warn = log.find("{\"id\": \"edition-warn\"");
  const size_t relaxng = log.find("{\"id\": \"relaxng.unexpected-element\"");
  ASSERT_NE(note, std::string::npos);
  EXPECT_LT(note, warn);
  EXPECT_LT(warn, relaxng);
  EXPECT_TRUE(Contains(log, "\"ruleId\": \"relaxng.unexpected-element\", \"ruleIndex\": 2, \"level\": \"error\""));
  EXPECT_TRUE(Contains(log, "\"ruleId\": \"edition-warn\", \"ruleIndex\": 1, \"level\": \"warning\""));
  // A region only where there is a line, a column only where there is one.
  EXPECT_TRUE(Contains(log, "\"region\": {\"startLine\": 3, \"startColumn\": 7}"));
  EXPECT_TRUE(Contains(log, "\"region\": {\"startLine\": 2}"));
  // An empty message falls back to the rule id: SARIF requires a text.
  EXPECT_TRUE(Contains(log, "\"level\": \"note\", \"message\": {\"text\": \"edition-note\"}, \"locations\": "
                            "[{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \"bad.xml\", \"index\": 1}}}]"));
  // Each result names the schema that found it.
  EXPECT_TRUE(Contains(log, "\"properties\": {\"schema\": \"schemas/edition.sch\"}"));
  EXPECT_TRUE(Contains(log, "\"properties\": {\"schema\": \"schemas/edition.rng\"}"));
  // Every validated file is an artifact, the valid ones too.
  EXPECT_TRUE(Contains(log, "{\"location\": {\"uri\": \"ok.xml\"}}"));
  size_t results = 0;
  for (size_t at = log.find("\"level\": \""); at != std::string::npos; at = log.find("\"level\": \"", at + 1)) ++results;
  EXPECT_EQ(results, 3u + 3u);  // three results, and each rule's default level
}

TEST(SarifReport, NothingToReportIsStillALog) {
  ValidationReports reports(1);
  reports[0].schema = "s.rng";
  EXPECT_EQ(FormatSarif(reports),
            "{\n  \"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [{\n"
            "    \"tool\": {\"driver\": {\"name\": \"teipress\", \"version\": \"" TEIPRESS_VERSION
            "\", \"semanticVersion\": \"" TEIPRESS_VERSION "\", \"rules\": []}},\n"
            "    \"columnKind\": \"unicodeCodePoints\",\n    \"invocations\": [{\"executionSuccessful\": true}],\n"
            "    \"artifacts\": [],\n    \"results\": []\n  }]\n}\n");
}

}  // namespace
}  // namespace teipress
