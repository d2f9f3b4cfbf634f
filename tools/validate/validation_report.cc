#include "validation_report.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "json.h"
#include "xml_writer.h"

namespace teipress {

size_t ValidationReport::ValidCount() const {
  size_t valid = 0;
  for (const FileVerdict& file : files) valid += file.valid ? 1 : 0;
  return valid;
}

namespace {

size_t FileCount(const ValidationReports& reports) { return reports.empty() ? 0 : reports.front().files.size(); }

bool FileValid(const ValidationReports& reports, size_t i) {
  for (const ValidationReport& report : reports) {
    if (!report.files[i].valid) return false;
  }
  return true;
}

// A diagnostic with the schema that reported it.
struct Finding {
  const Diagnostic* diagnostic;
  const std::string* schema;
};

// Every schema's findings on file `i`, by line and column (the grammar's first at the same place).
std::vector<Finding> FindingsOf(const ValidationReports& reports, size_t i) {
  std::vector<Finding> findings;
  for (const ValidationReport& report : reports) {
    for (const Diagnostic& d : report.files[i].diagnostics) findings.push_back({&d, &report.schema});
  }
  if (reports.size() == 1) return findings;  // already in the order its validator sorted them
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.diagnostic->line, a.diagnostic->column) < std::tie(b.diagnostic->line, b.diagnostic->column);
  });
  return findings;
}

}  // namespace

std::string FormatSummary(const ValidationReports& reports) {
  const size_t files = FileCount(reports);
  size_t valid = 0;
  for (size_t i = 0; i < files; ++i) valid += FileValid(reports, i) ? 1 : 0;
  return std::to_string(files) + " files: " + std::to_string(valid) + " valid, " + std::to_string(files - valid) +
         " invalid\n";
}

std::string FormatHuman(const ValidationReports& reports, bool color) {
  std::string out;
  for (size_t i = 0; i < FileCount(reports); ++i) {
    for (const Finding& finding : FindingsOf(reports, i)) out += FormatGnu(*finding.diagnostic, color) + "\n";
  }
  return out + FormatSummary(reports);
}

std::string FormatJson(const ValidationReports& reports) {
  std::string out = "[\n";
  const size_t files = FileCount(reports);
  for (size_t i = 0; i < files; ++i) {
    const FileVerdict& file = reports.front().files[i];
    out += "  {\"file\": \"" + JsonEscape(file.file) + "\", \"valid\": " + (FileValid(reports, i) ? "true" : "false") +
           ", \"schema\": \"" + JsonEscape(reports.front().schema) + "\"";
    if (reports.size() > 1) {
      out += ", \"schemas\": [";
      for (size_t r = 0; r < reports.size(); ++r) {
        out += std::string(r ? ", " : "") + "{\"schema\": \"" + JsonEscape(reports[r].schema) +
               "\", \"valid\": " + (reports[r].files[i].valid ? "true" : "false") + "}";
      }
      out += "]";
    }
    out += ", \"diagnostics\": [";
    const std::vector<Finding> findings = FindingsOf(reports, i);
    for (size_t k = 0; k < findings.size(); ++k) {
      const Diagnostic& d = *findings[k].diagnostic;
      out += k ? ", " : "";
      out += "{\"file\": \"" + JsonEscape(d.file) + "\", \"line\": " + std::to_string(d.line) +
             ", \"column\": " + std::to_string(d.column) + ", \"severity\": \"" + SeverityName(d.severity) +
             "\", \"message\": \"" + JsonEscape(d.message) + "\", \"rule\": \"" + JsonEscape(d.rule) +
             "\", \"schema\": \"" + JsonEscape(*findings[k].schema) + "\"}";
    }
    out += "]}";
    out += i + 1 < files ? ",\n" : "\n";
  }
  return out + "]\n";
}

std::string FormatJUnit(const ValidationReports& reports) {
  XmlWriter xml;
  xml.OpenBlock("testsuites");
  for (const ValidationReport& report : reports) {
    const size_t failures = report.files.size() - report.ValidCount();
    xml.OpenBlock("testsuite", {{"name", report.schema},
                                {"tests", std::to_string(report.files.size())},
                                {"failures", std::to_string(failures)},
                                {"errors", "0"}});
    for (const FileVerdict& file : report.files) {
      xml.OpenBlock("testcase", {{"classname", report.schema}, {"name", file.file}});
      if (!file.valid) {
        std::string text;
        for (const Diagnostic& d : file.diagnostics) text += FormatGnu(d) + "\n";
        const std::string first = file.diagnostics.empty() ? "invalid" : file.diagnostics.front().message;
        xml.OpenMixed("failure", {{"message", first}, {"type", "invalid"}});
        xml.Text(text);
        xml.Close();
      }
      xml.Close();
    }
    xml.Close();
  }
  xml.Close();
  return xml.Finish();
}

std::string FormatGitHub(const ValidationReports& reports) {
  // Workflow commands: the message escapes %, CR and LF; properties also ',' and ':'.
  auto escape_data = [](const std::string& text) {
    std::string out;
    for (char c : text) {
      if (c == '%') out += "%25";
      else if (c == '\r') out += "%0D";
      else if (c == '\n') out += "%0A";
      else out += c;
    }
    return out;
  };
  auto escape_property = [&](const std::string& text) {
    std::string out;
    for (char c : escape_data(text)) {
      if (c == ',') out += "%2C";
      else if (c == ':') out += "%3A";
      else out += c;
    }
    return out;
  };
  std::string out;
  for (size_t i = 0; i < FileCount(reports); ++i) {
    for (const Finding& finding : FindingsOf(reports, i)) {
      const Diagnostic& d = *finding.diagnostic;
      out += d.severity == Severity::kError ? "::error " : d.severity == Severity::kWarning ? "::warning " : "::notice ";
      out += "file=" + escape_property(d.file);
      if (d.line > 0) out += ",line=" + std::to_string(d.line);
      if (d.column > 0) out += ",col=" + std::to_string(d.column);
      if (!d.rule.empty()) out += ",title=" + escape_property(d.rule);
      out += "::" + escape_data(d.message) + "\n";
    }
  }
  return out;
}

}  // namespace teipress
