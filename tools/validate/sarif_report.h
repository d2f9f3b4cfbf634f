// Validation results as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the log
// format of code-scanning dashboards (GitHub code scanning, GitLab, SonarQube, VS Code's viewer).
#pragma once

#include <string>

#include "validation_report.h"

namespace teipress {

// One run of the tool "teipress": its rules (every rule id found, with its level), every validated
// file as an artifact, and one result per finding of every schema, located by URI, line and column
// (in Unicode code points), with the schema that reported it in the result's properties.
std::string FormatSarif(const ValidationReports& reports);

// A file name as a SARIF artifact URI: a relative path stays a relative reference, an absolute one
// becomes a file:// URI; bytes other than unreserved characters and '/' are percent-encoded.
std::string ArtifactUri(const std::string& path);

}  // namespace teipress
