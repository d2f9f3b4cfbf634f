// The build's report, written beside its outputs: OUT/report.json for machines and
// OUT/report.html for people, with where the time went (per stage, as a chart), what was made and
// what was up to date, every diagnostic with its file and line, and the converter's suggestions
// (names an editor may want to add to the authority files).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "diagnostic.h"

namespace teipress {

struct ReportTime {
  std::string name;
  double seconds = 0;  // stages: summed over the worker threads; phases: wall time
  long items = 0;
};

struct BuildReport {
  double wall_seconds = 0;
  int jobs = 1;
  std::vector<ReportTime> phases;
  std::vector<ReportTime> stages;
  std::vector<std::pair<std::string, long>> counts;  // "converted", "valid", "rendered", …
  std::vector<Diagnostic> diagnostics;
  std::vector<std::pair<std::string, std::vector<std::string>>> suggestions;  // source -> names
};

std::string FormatReportJson(const BuildReport& report);
std::string FormatReportHtml(const BuildReport& report);

}  // namespace teipress
