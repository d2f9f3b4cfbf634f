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
  options.drafts = line.Has("--drafts");
  options.relaxng_engine = *RelaxNgEngineNamed(line.Value("--engine"));
  options.progress = true;
  options.explain = line.Has("--explain") || line.Has("--verbose");
  if (line.Has("--quiet") && line.Has("--verbose")) return line.UsageError("--quiet and --verbose exclude each other");
  options.verbosity = line.Has("--quiet") ? Verbosity::kQuiet : line.Has("--verbose") ? Verbosity::kVerbose : Verbosity::kNormal;
  if (line.Given("--shard")) {
    std::string shard_error;
    if (!ParseShard(line.Value("--shard"), options.shard_index, options.shard_count, shard_error)) {
      return line.UsageError(shard_error);
    }
  }
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  PrintDiagnostics(diagnostics);
  if (options.verbosity != Verbosity::kQuiet) {
    std::cerr << "converted " << summary.converted << ", kept " << summary.kept_edited << " edited; "
              << summary.valid << " valid, " << summary.invalid << " invalid (" << summary.validated
              << " validated now); rendered " << summary.rendered << ", " << summary.up_to_date << " up to date; "
              << summary.pages << " edition pages; " << summary.pdfs << " PDF\n";
  }
  if (summary.failed > 0) return kExitInputProblems;
  return HasErrors(diagnostics) ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
