#include "sarif_report.h"

#include <map>

#include "json.h"

namespace teipress {

namespace {

constexpr const char* kSchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

// SARIF's result levels are GNU's severities but for the name of the least.
const char* Level(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

std::string Quoted(const std::string& text) { return "\"" + JsonEscape(text) + "\""; }

std::string Message(const Diagnostic& d) { return d.message.empty() ? d.rule : d.message; }

}  // namespace

std::string ArtifactUri(const std::string& path) {
  constexpr const char* kHex = "0123456789ABCDEF";
  std::string uri = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    }
  }
  return uri;
}

std::string FormatSarif(const ValidationReports& reports) {
  const size_t files = reports.empty() ? 0 : reports.front().files.size();
  // The rules, by id, each at the level of its first finding; ruleIndex points into this order.
  std::map<std::string, Severity> rules;
  for (const ValidationReport& report : reports) {
    for (const FileVerdict& file : report.files) {
      for (const Diagnostic& d : file.diagnostics) {
        if (!d.rule.empty()) rules.emplace(d.rule, d.severity);
      }
    }
  }
  std::map<std::string, size_t> rule_index;
  std::string out = std::string("{\n  \"$schema\": \"") + kSchemaUri + "\",\n  \"version\": \"2.1.0\",\n  \"runs\": [{\n";
  out += "    \"tool\": {\"driver\": {\"name\": \"teipress\", \"version\": \"" TEIPRESS_VERSION
         "\", \"semanticVersion\": \"" TEIPRESS_VERSION "\", \"rules\": [";
  for (const auto& [id, severity] : rules) {
    out += std::string(rule_index.empty() ? "\n" : ",\n") + "      {\"id\": " + Quoted(id) +
           ", \"defaultConfiguration\": {\"level\": \"" + Level(severity) + "\"}}";
    rule_index.emplace(id, rule_index.size());
  }
  out += rules.empty() ? "]}},\n" : "\n    ]}},\n";
  out += "    \"columnKind\": \"unicodeCodePoints\",\n";
  out += "    \"invocations\": [{\"executionSuccessful\": true}],\n";
  out += "    \"artifacts\": [";
  for (size_t i = 0; i < files; ++i) {
    out += std::string(i ? ",\n" : "\n") + "      {\"location\": {\"uri\": " +
           Quoted(ArtifactUri(reports.front().files[i].file)) + "}}";
  }
  out += files ? "\n    ],\n" : "],\n";
  out += "    \"results\": [";
  bool first = true;
  for (size_t i = 0; i < files; ++i) {
    for (const ValidationReport& report : reports) {
      for (const Diagnostic& d : report.files[i].diagnostics) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "      {";
        if (!d.rule.empty()) {
          out += "\"ruleId\": " + Quoted(d.rule) + ", \"ruleIndex\": " + std::to_string(rule_index.at(d.rule)) + ", ";
        }
        out += std::string("\"level\": \"") + Level(d.severity) + "\", \"message\": {\"text\": " + Quoted(Message(d)) + "}";
        // A finding about another file than the validated one (a schema's own error) is located there.
        const std::string& file = d.file.empty() ? report.files[i].file : d.file;
        out += ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": " + Quoted(ArtifactUri(file));
        if (file == report.files[i].file) out += ", \"index\": " + std::to_string(i);
        out += "}";
        if (d.line > 0) {
          out += ", \"region\": {\"startLine\": " + std::to_string(d.line);
          if (d.column > 0) out += ", \"startColumn\": " + std::to_string(d.column);
          out += "}";
        }
        out += "}}], \"properties\": {\"schema\": " + Quoted(report.schema) + "}}";
      }
    }
  }
  out += first ? "]\n" : "\n    ]\n";
  return out + "  }]\n}\n";
}

}  // namespace teipress
