// Validation results per file and the formats CI and people read them in: GNU-style lines,
// JSON, JUnit XML and GitHub Actions annotations.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

struct FileVerdict {
  std::string file;
  bool valid = false;
  std::vector<Diagnostic> diagnostics;
};

struct ValidationReport {
  std::string schema;  // the RELAX NG schema's path
  std::vector<FileVerdict> files;
  size_t ValidCount() const;
};

std::string FormatHuman(const ValidationReport& report);  // diagnostics lines + summary
std::string FormatSummary(const ValidationReport& report);  // "N files: N valid, N invalid"
std::string FormatJson(const ValidationReport& report);
std::string FormatJUnit(const ValidationReport& report);
std::string FormatGitHub(const ValidationReport& report);

std::string JsonEscape(const std::string& text);

}  // namespace teipress
