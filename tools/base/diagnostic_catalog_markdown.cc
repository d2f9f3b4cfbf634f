#include "diagnostic_catalog_markdown.h"

#include <string_view>

#include "diagnostic_catalog.h"

namespace teipress {
namespace {

struct Group {
  std::string_view prefix;  // of the ids: up to the first '.' or '-'
  std::string_view heading;
};

constexpr Group kGroups[] = {
    {"io", "Files"},
    {"xml", "XML parsing"},
    {"xslt", "Stylesheets"},
    {"input", "Plain-text input"},
    {"convert", "Conversion"},
    {"authority", "Authority files"},
    {"schema", "RELAX NG validation"},
    {"relaxng", "RELAX NG validation"},
    {"schematron", "Schematron"},
    {"edition", "The edition's rules (schemas/edition.sch)"},
    {"render", "Rendering"},
    {"fop", "PDF (Apache FOP)"},
    {"split", "Splitting FRUS volumes"},
};

std::string_view Heading(std::string_view id) {
  const std::string_view prefix = id.substr(0, id.find_first_of(".-"));
  for (const Group& group : kGroups) {
    if (group.prefix == prefix) return group.heading;
  }
  return "Other";
}

std::string SeverityText(const DiagnosticRule& entry) {
  std::string text = SeverityName(entry.severity);
  if (entry.severity_source == SeveritySource::kTool) text += " (or warning, when the tool that found it says so)";
  return text;
}

// GitHub's anchor for a heading "`id`": lower case, punctuation other than '-' dropped.
std::string Anchor(std::string_view id) {
  std::string anchor;
  for (char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') anchor += c;
  }
  return anchor;
}

}  // namespace

std::string FormatDiagnosticCatalogMarkdown() {
  std::string out =
      "# Diagnostics\n"
      "\n"
      "<!-- Generated from tools/base/diagnostic_catalog.cc by build/tests/diagnostics_doc; do not edit. -->\n"
      "\n"
      "Every diagnostic teipress prints names the file, the line and column where it can, its severity, what is\n"
      "wrong and what to do, and ends with its rule id in brackets:\n"
      "\n"
      "    FILE:LINE:COLUMN: SEVERITY: message [rule-id]\n"
      "\n"
      "Rule ids are stable: CI jobs may filter on them, and the JSON, JUnit and GitHub reports of\n"
      "`teipress validate --format` carry them too. Errors make the command fail (exit status 1 for\n"
      "problems in the input, 2 for usage and I/O errors); warnings and notes do not. A Schematron schema\n"
      "of your own reports its checks under their own ids (`@id` of the assert or report, else of its rule\n"
      "or pattern); the edition's schema, `schemas/edition.sch`, is listed here.\n"
      "\n"
      "| rule | severity | what it finds |\n"
      "|---|---|---|\n";
  for (const DiagnosticRule& entry : DiagnosticCatalog()) {
    out += "| [`" + std::string(entry.rule.id()) + "`](#" + Anchor(entry.rule.id()) + ") | " +
           SeverityName(entry.severity) + " | " + std::string(entry.explanation) + " |\n";
  }
  std::string_view heading;
  for (const DiagnosticRule& entry : DiagnosticCatalog()) {
    if (Heading(entry.rule.id()) != heading) {
      heading = Heading(entry.rule.id());
      out += "\n## " + std::string(heading) + "\n";
    }
    out += "\n### `" + std::string(entry.rule.id()) + "`\n\n";
    out += SeverityText(entry) + ": " + std::string(entry.explanation) + ".\n\n";
    out += "    " + std::string(entry.example) + "\n\n";
    out += "Fix: " + std::string(entry.fix) + "\n";
  }
  return out;
}

}  // namespace teipress
