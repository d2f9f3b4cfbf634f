#include "validation_report.h"

#include <cstdio>

#include "xml_writer.h"

namespace teipress {

size_t ValidationReport::ValidCount() const {
  size_t valid = 0;
  for (const FileVerdict& file : files) valid += file.valid ? 1 : 0;
  return valid;
}

std::string FormatSummary(const ValidationReport& report) {
  const size_t valid = report.ValidCount();
  return std::to_string(report.files.size()) + " files: " + std::to_string(valid) + " valid, " +
         std::to_string(report.files.size() - valid) + " invalid\n";
}

std::string FormatHuman(const ValidationReport& report) {
  std::string out;
  for (const FileVerdict& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) out += FormatGnu(d) + "\n";
  }
  return out + FormatSummary(report);
}

std::string JsonEscape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string FormatJson(const ValidationReport& report) {
  std::string out = "[\n";
  for (size_t i = 0; i < report.files.size(); ++i) {
    const FileVerdict& file = report.files[i];
    out += "  {\"file\": \"" + JsonEscape(file.file) + "\", \"valid\": " + (file.valid ? "true" : "false") +
           ", \"schema\": \"" + JsonEscape(report.schema) + "\", \"diagnostics\": [";
    for (size_t k = 0; k < file.diagnostics.size(); ++k) {
      const Diagnostic& d = file.diagnostics[k];
      out += std::string(k ? ", " : "") + "{\"file\": \"" + JsonEscape(d.file) + "\", \"line\": " + std::to_string(d.line) +
             ", \"column\": " + std::to_string(d.column) + ", \"severity\": \"" + SeverityName(d.severity) +
             "\", \"message\": \"" + JsonEscape(d.message) + "\", \"rule\": \"" + JsonEscape(d.rule) +
             "\", \"schema\": \"" + JsonEscape(report.schema) + "\"}";
    }
    out += "]}";
    out += i + 1 < report.files.size() ? ",\n" : "\n";
  }
  return out + "]\n";
}

std::string FormatJUnit(const ValidationReport& report) {
  XmlWriter xml;
  const size_t failures = report.files.size() - report.ValidCount();
  xml.OpenBlock("testsuites");
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
  xml.Close();
  return xml.Finish();
}

std::string FormatGitHub(const ValidationReport& report) {
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
  for (const FileVerdict& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
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
