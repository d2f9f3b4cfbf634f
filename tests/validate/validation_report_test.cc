// Validation reports, each parsed back by a real consumer of its format where there is one.
#include "validation_report.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "file_io.h"
#include "process.h"
#include "test_support.h"
#include "xml_ptr.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;
using testing::XPathCount;
using testing::XPathString;

ValidationReport SampleReport() {
  ValidationReport report;
  report.schema = "schemas/edition.rng";
  report.files.push_back({"tei/113009.xml", true, {}});
  const std::string bad = "tei/bad \"quoted\" \\ name.xml";
  report.files.push_back(
      {bad,
       false,
       {{bad, 12, 5, Severity::kError, "Element p: expected \"head\"\nsecond line & <more>", "relaxng"},
        {bad, 0, 0, Severity::kWarning, "the document declares an external DTD", "xml.external-dtd"}}});
  report.files.push_back({"tei/valid-with-warning.xml",
                          true,
                          {{"tei/valid-with-warning.xml", 1, 0, Severity::kWarning, "just a warning", "w"}}});
  report.files.push_back({"tei/no-diagnostics.xml", false, {}});
  return report;
}

// ---------------------------------------------------------------------------------------------
// JSON, parsed back by node

std::string RunNode(const std::string& program, const std::string& input_file, int& exit_code) {
  const std::string node = FindOnPath("node");
  const ProcessResult result = RunProcess({node, "-e", program, input_file});
  exit_code = result.started ? result.exit_code : -1;
  return result.output;
}

std::vector<std::string> SplitNul(const std::string& text) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t end; (end = text.find('\0', start)) != std::string::npos; start = end + 1) {
    fields.push_back(text.substr(start, end - start));
  }
  return fields;
}

TEST(ValidationReportTest, JsonParsesBackWithEveryField) {
  if (FindOnPath("node").empty()) GTEST_SKIP() << "node is not installed";
  const ValidationReport report = SampleReport();
  TemporaryDirectory dir;
  const fs::path file = dir.path() / "report.json";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(file, FormatJson(report), error)) << error;
  // Prints every value NUL-separated, with its JavaScript type where it matters.
  const std::string program = R"JS(
    const v = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));
    if (!Array.isArray(v)) throw new Error('not an array');
    let out = '';
    for (const f of v) {
      out += Object.keys(f).join(',') + '\0' + f.file + '\0' + typeof f.valid + ':' + f.valid + '\0' + f.schema + '\0';
      out += f.diagnostics.length + '\0';
      for (const d of f.diagnostics) {
        out += Object.keys(d).join(',') + '\0' + d.file + '\0' + typeof d.line + ':' + d.line + '\0' +
               typeof d.column + ':' + d.column + '\0' + d.severity + '\0' + d.message + '\0' + d.rule + '\0' +
               d.schema + '\0';
      }
    }
    process.stdout.write(out);
  )JS";
  int exit_code = -1;
  const std::string output = RunNode(program, file.string(), exit_code);
  ASSERT_EQ(exit_code, 0) << output << "\n" << FormatJson(report);

  std::vector<std::string> expected;
  for (const FileVerdict& verdict : report.files) {
    expected.push_back("file,valid,schema,diagnostics");
    expected.push_back(verdict.file);
    expected.push_back(std::string("boolean:") + (verdict.valid ? "true" : "false"));
    expected.push_back("schemas/edition.rng");
    expected.push_back(std::to_string(verdict.diagnostics.size()));
    for (const Diagnostic& d : verdict.diagnostics) {
      expected.push_back("file,line,column,severity,message,rule,schema");
      expected.push_back(d.file);
      expected.push_back("number:" + std::to_string(d.line));
      expected.push_back("number:" + std::to_string(d.column));
      expected.push_back(SeverityName(d.severity));
      expected.push_back(d.message);
      expected.push_back(d.rule);
      expected.push_back("schemas/edition.rng");
    }
  }
  EXPECT_EQ(SplitNul(output), expected) << FormatJson(report);
}

TEST(ValidationReportTest, EmptyJsonReportIsAnEmptyArray) {
  if (FindOnPath("node").empty()) GTEST_SKIP() << "node is not installed";
  TemporaryDirectory dir;
  const fs::path file = dir.path() / "report.json";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(file, FormatJson(ValidationReport{"s.rng", {}}), error)) << error;
  int exit_code = -1;
  const std::string output = RunNode(
      "const v = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'));"
      "process.stdout.write(Array.isArray(v) + ':' + v.length)",
      file.string(), exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(output, "true:0");
}

// ---------------------------------------------------------------------------------------------
// JUnit, parsed back with libxml2

TEST(ValidationReportTest, JUnitHasOneSuiteOneCasePerFileAndAFailurePerInvalidFile) {
  const ValidationReport report = SampleReport();
  const std::string xml = FormatJUnit(report);
  XmlDocPtr document(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "junit.xml", nullptr, XML_PARSE_NONET));
  ASSERT_TRUE(document) << xml;
  xmlDocPtr d = document.get();
  EXPECT_EQ(XPathCount(d, "//testsuite"), 1) << xml;
  EXPECT_EQ(XPathString(d, "//testsuite/@tests"), "4");
  EXPECT_EQ(XPathString(d, "//testsuite/@failures"), "2");
  EXPECT_EQ(XPathString(d, "//testsuite/@errors"), "0");
  EXPECT_EQ(XPathCount(d, "//testsuite/testcase"), 4);
  EXPECT_EQ(XPathCount(d, "//failure"), 2);
  for (size_t i = 0; i < report.files.size(); ++i) {
    const FileVerdict& verdict = report.files[i];
    const std::string testcase = "//testsuite/testcase[" + std::to_string(i + 1) + "]";
    EXPECT_EQ(XPathString(d, testcase + "/@name"), verdict.file) << xml;
    EXPECT_EQ(XPathCount(d, testcase + "/failure"), verdict.valid ? 0 : 1) << verdict.file;
    if (verdict.valid) continue;
    const std::string failure_text = XPathString(d, testcase + "/failure");
    for (const Diagnostic& diagnostic : verdict.diagnostics) {
      EXPECT_NE(failure_text.find(FormatGnu(diagnostic)), std::string::npos)
          << "failure of " << verdict.file << " lacks: " << FormatGnu(diagnostic) << "\nin: " << failure_text;
    }
  }
  // The first diagnostic's message, line break included, is the failure's message.
  EXPECT_EQ(XPathString(d, "//testsuite/testcase[2]/failure/@message"), report.files[1].diagnostics[0].message);
  EXPECT_FALSE(XPathString(d, "//testsuite/testcase[4]/failure/@message").empty());
}

// ---------------------------------------------------------------------------------------------
// A grammar and Schematron rules over the same files

ValidationReports GrammarAndRules() {
  ValidationReports reports(2);
  reports[0].schema = "schemas/edition.rng";
  reports[1].schema = "schemas/edition.sch";
  reports[0].files = {{"a.xml", true, {}}, {"b.xml", false, {{"b.xml", 9, 3, Severity::kError, "bad element", "relaxng.unknown-element"}}}};
  reports[1].files = {{"a.xml", false, {{"a.xml", 4, 0, Severity::kError, "unknown @ref", "edition-ref-person"}}},
                      {"b.xml", true, {{"b.xml", 2, 0, Severity::kWarning, "date far away", "edition-date-near"}}}};
  return reports;
}

TEST(ValidationReportTest, JUnitHasOneSuitePerSchema) {
  const std::string xml = FormatJUnit(GrammarAndRules());
  XmlDocPtr document(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "junit.xml", nullptr, XML_PARSE_NONET));
  ASSERT_TRUE(document) << xml;
  xmlDocPtr d = document.get();
  EXPECT_EQ(XPathCount(d, "/testsuites/testsuite"), 2) << xml;
  EXPECT_EQ(XPathString(d, "/testsuites/testsuite[1]/@name"), "schemas/edition.rng");
  EXPECT_EQ(XPathString(d, "/testsuites/testsuite[2]/@name"), "schemas/edition.sch");
  EXPECT_EQ(XPathString(d, "/testsuites/testsuite[1]/testcase[failure]/@name"), "b.xml");
  EXPECT_EQ(XPathString(d, "/testsuites/testsuite[2]/testcase[failure]/@name"), "a.xml");
  EXPECT_NE(XPathString(d, "/testsuites/testsuite[2]/testcase[1]/failure").find("[edition-ref-person]"), std::string::npos);
}

TEST(ValidationReportTest, SummaryAndHumanMergeTheSchemas) {
  const ValidationReports reports = GrammarAndRules();
  EXPECT_EQ(FormatSummary(reports), "2 files: 0 valid, 2 invalid\n");
  // b.xml: the rules' warning on line 2 comes before the grammar's error on line 9.
  EXPECT_EQ(FormatHuman(reports),
            "a.xml:4: error: unknown @ref [edition-ref-person]\n"
            "b.xml:2: warning: date far away [edition-date-near]\n"
            "b.xml:9:3: error: bad element [relaxng.unknown-element]\n"
            "2 files: 0 valid, 2 invalid\n");
}

TEST(ValidationReportTest, JsonNamesTheSchemaOfEachFinding) {
  const std::string json = FormatJson(GrammarAndRules());
  // Each file's overall verdict, its verdict per schema, and the schema of each finding.
  EXPECT_NE(json.find("{\"file\": \"a.xml\", \"valid\": false, \"schema\": \"schemas/edition.rng\", \"schemas\": "
                      "[{\"schema\": \"schemas/edition.rng\", \"valid\": true}, {\"schema\": \"schemas/edition.sch\", "
                      "\"valid\": false}]"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"rule\": \"edition-ref-person\", \"schema\": \"schemas/edition.sch\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"rule\": \"relaxng.unknown-element\", \"schema\": \"schemas/edition.rng\""), std::string::npos) << json;
}

// ---------------------------------------------------------------------------------------------
// GitHub workflow commands

TEST(ValidationReportTest, GitHubEscapesDataAndProperties) {
  ValidationReport report;
  report.schema = "s.rng";
  report.files.push_back(
      {"a,b:c%.xml",
       false,
       {{"a,b:c%.xml", 3, 4, Severity::kError, "50% done\r\nnext: a,b", "rule:x,y"},
        {"a,b:c%.xml", 7, 0, Severity::kWarning, "line only", ""},
        {"a,b:c%.xml", 0, 0, Severity::kNote, "whole file", "n"}}});
  report.files.push_back({"ok.xml", true, {}});
  EXPECT_EQ(FormatGitHub(report),
            "::error file=a%2Cb%3Ac%25.xml,line=3,col=4,title=rule%3Ax%2Cy::50%25 done%0D%0Anext: a,b\n"
            "::warning file=a%2Cb%3Ac%25.xml,line=7::line only\n"
            "::notice file=a%2Cb%3Ac%25.xml,title=n::whole file\n");
}

// ---------------------------------------------------------------------------------------------
// Summary and human format

TEST(ValidationReportTest, SummaryCounts) {
  EXPECT_EQ(FormatSummary(SampleReport()), "4 files: 2 valid, 2 invalid\n");
  EXPECT_EQ(FormatSummary(ValidationReport{}), "0 files: 0 valid, 0 invalid\n");
  ValidationReport all_valid;
  all_valid.files = {{"a.xml", true, {}}, {"b.xml", true, {}}, {"c.xml", true, {}}};
  EXPECT_EQ(FormatSummary(all_valid), "3 files: 3 valid, 0 invalid\n");
  EXPECT_EQ(all_valid.ValidCount(), 3u);
}

TEST(ValidationReportTest, HumanIsGnuLinesThenSummary) {
  const ValidationReport report = SampleReport();
  std::string expected;
  for (const FileVerdict& verdict : report.files) {
    for (const Diagnostic& d : verdict.diagnostics) expected += FormatGnu(d) + "\n";
  }
  expected += "4 files: 2 valid, 2 invalid\n";
  EXPECT_EQ(FormatHuman(report), expected);
}

}  // namespace
}  // namespace teipress
