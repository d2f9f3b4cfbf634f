// teipress build: the whole edition from one command.
#include <iostream>

#include "commands.h"
#include "data_paths.h"
#include "edition_builder.h"

namespace teipress {

int RunBuild(const CommandLine& line) {
  std::string jobs_error;
  const auto jobs = ParseJobs(line, jobs_error);
  if (!jobs) return line.UsageError(jobs_error);
  BuildOptions options;
  options.sources_dir = line.Value("--sources");
  options.tei_dir = line.Value("--tei");
  options.out_dir = line.Value("--out");
  options.authority_dir = line.Value("--authority");
  options.data_dir = DataDir();
  options.jobs = *jobs;
  options.pdf = !line.Has("--no-pdf");
  options.paper = line.Value("--paper");
  options.pdfa = line.Has("--pdfa");
  options.progress = true;
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  PrintDiagnostics(diagnostics);
  std::cerr << "converted " << summary.converted << ", kept " << summary.kept_edited << " edited; validated "
            << summary.valid + summary.invalid << ": " << summary.valid << " valid, " << summary.invalid
            << " invalid; rendered " << summary.rendered << ", " << summary.up_to_date << " up to date; " << summary.pdfs
            << " PDF\n";
  if (summary.failed > 0) return kExitInputProblems;
  return HasErrors(diagnostics) ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
