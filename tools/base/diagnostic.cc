#include "diagnostic.h"

#include <algorithm>
#include <tuple>

namespace teipress {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kNote: return "note";
  }
  return "error";
}

namespace {

// SGR sequences as GCC's defaults (GCC_COLORS): bold places, red errors, magenta warnings, cyan notes.
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kReset = "\x1b[0m";

const char* SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError: return "\x1b[1;31m";
    case Severity::kWarning: return "\x1b[1;35m";
    case Severity::kNote: return "\x1b[1;36m";
  }
  return "\x1b[1;31m";
}

}  // namespace

std::string FormatGnu(const Diagnostic& d, bool color) {
  std::string out = color ? kBold : "";
  out += d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ":";
  if (color) out += kReset;
  out += " ";
  if (color) out += SeverityColor(d.severity);
  out += SeverityName(d.severity);
  out += ":";
  if (color) out += kReset;
  out += " ";
  out += d.message;
  if (!d.rule.empty()) {
    out += " [";
    if (color) out += SeverityColor(d.severity);
    out += d.rule;
    if (color) out += kReset;
    out += "]";
  }
  return out;
}

void SortDiagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
  });
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

}  // namespace teipress
