// A finding about an input file, positioned so that editors and CI can jump to it.
#pragma once

#include <string>
#include <vector>

namespace teipress {

enum class Severity { kError, kWarning, kNote };

struct Diagnostic {
  std::string file;
  int line = 0;    // 1-based; 0 when the finding concerns the whole file
  int column = 0;  // 1-based, in characters; 0 when unknown
  Severity severity = Severity::kError;
  std::string message;
  std::string rule;  // stable id of diagnostic_catalog.h, e.g. "convert.unclosed-bracket"; empty when none

  bool operator==(const Diagnostic&) const = default;
};

const char* SeverityName(Severity severity);

// GNU style: "FILE:LINE:COL: error: message [rule]". With `color`, for a terminal, coloured as GCC
// colours its diagnostics: the place in bold, the severity and the rule in its colour.
std::string FormatGnu(const Diagnostic& diagnostic, bool color = false);

// Sorts by file, line, column, keeping the order of findings at the same place.
void SortDiagnostics(std::vector<Diagnostic>& diagnostics);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
