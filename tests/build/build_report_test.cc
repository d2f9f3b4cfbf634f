// The build report in JSON and HTML: the counts, the time per stage, every diagnostic with its
// place, and the suggestions, escaped.
#include "build_report.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

BuildReport Example() {
  BuildReport report;
  report.wall_seconds = 1.5;
  report.jobs = 2;
  report.phases = {{"documents", 1.25, 10}};
  report.stages = {{"HTML page", 0.75, 10}, {"FO", 0.25, 10}};
  report.counts = {{"valid", 9}, {"invalid", 1}};
  report.diagnostics = {{"tei/a.xml", 3, 7, Severity::kError, "element <p> \"x\" not allowed", "rng.unexpected"}};
  report.suggestions = {{"sources/a.txt", {"Petrov", "Zhang \"W\""}}};
  return report;
}

TEST(BuildReport, JsonHasEveryPartEscaped) {
  const std::string json = FormatReportJson(Example());
  for (const char* part : {"\"wall_seconds\": 1.500", "\"jobs\": 2", "\"valid\": 9", "\"invalid\": 1",
                           "{\"name\": \"HTML page\", \"seconds\": 0.750, \"items\": 10}",
                           "\"file\": \"tei/a.xml\", \"line\": 3, \"column\": 7, \"severity\": \"error\"",
                           "\"message\": \"element <p> \\\"x\\\" not allowed\"", "\"rule\": \"rng.unexpected\"",
                           "{\"source\": \"sources/a.txt\", \"names\": [\"Petrov\", \"Zhang \\\"W\\\"\"]}"}) {
    EXPECT_NE(json.find(part), std::string::npos) << part << "\n" << json;
  }
}

TEST(BuildReport, HtmlHasTheChartTheDiagnosticsAndTheSuggestions) {
  const std::string html = FormatReportHtml(Example());
  for (const char* part : {"<svg", "HTML page</text>", "width=\"420\"", "0.750 s</text>", "tei/a.xml:3:7",
                           "element &lt;p&gt; &quot;x&quot; not allowed", "sources/a.txt: Petrov, Zhang &quot;W&quot;",
                           "<th>valid</th><td class=\"n\">9</td>"}) {
    EXPECT_NE(html.find(part), std::string::npos) << part;
  }
  // The longest stage comes first and gets the full width.
  EXPECT_LT(html.find("HTML page</text>"), html.find("FO</text>"));
}

// A file name from the disk may hold bytes that are not UTF-8 or control characters: the page
// must still be well-formed UTF-8 (a browser would otherwise show mojibake or nothing).
TEST(BuildReport, HtmlOfAFileNameThatIsNoUtf8IsStillUtf8) {
  BuildReport report;
  report.diagnostics = {{"tei/caf\xE9\x01.xml", 1, 1, Severity::kError, "not well-formed", "xml.not-well-formed"}};
  const std::string html = FormatReportHtml(report);
  EXPECT_NE(html.find("tei/caf\xEF\xBF\xBD\xEF\xBF\xBD.xml:1:1"), std::string::npos) << html;
  EXPECT_EQ(html.find('\x01'), std::string::npos);
}

TEST(BuildReport, AnEmptyReportIsStillWellFormed) {
  const std::string json = FormatReportJson(BuildReport{});
  EXPECT_NE(json.find("\"diagnostics\": [],"), std::string::npos) << json;
  EXPECT_NE(json.find("\"suggestions\": []"), std::string::npos) << json;
  EXPECT_NE(FormatReportHtml(BuildReport{}).find("<p>None.</p>"), std::string::npos);
}

}  // namespace
}  // namespace teipress
