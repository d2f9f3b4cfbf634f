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

// One report per schema applied to the same files, in the same order: the RELAX NG grammar, then
// (with --schematron) the rules. A file is valid when every schema accepts it.
using ValidationReports = std::vector<ValidationReport>;

// Diagnostic lines by file and line, then the summary; `color` for a terminal (FormatGnu).
std::string FormatHuman(const ValidationReports& reports, bool color = false);
std::string FormatSummary(const ValidationReports& reports);  // "N files: N valid, N invalid"
std::string FormatJson(const ValidationReports& reports);     // one object per file; each finding names its schema
std::string FormatJUnit(const ValidationReports& reports);    // one testsuite per schema, one testcase per file
std::string FormatGitHub(const ValidationReports& reports);

inline std::string FormatHuman(const ValidationReport& report) { return FormatHuman(ValidationReports{report}); }
inline std::string FormatSummary(const ValidationReport& report) { return FormatSummary(ValidationReports{report}); }
inline std::string FormatJson(const ValidationReport& report) { return FormatJson(ValidationReports{report}); }
inline std::string FormatJUnit(const ValidationReport& report) { return FormatJUnit(ValidationReports{report}); }
inline std::string FormatGitHub(const ValidationReport& report) { return FormatGitHub(ValidationReports{report}); }

}  // namespace teipress
