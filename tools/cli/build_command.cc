// teipress build: the whole edition from one command.
#include <iostream>

#include <boost/filesystem/operations.hpp>

#include "commands.h"
#include "data_paths.h"
#include "edition_builder.h"
#include "edition_settings.h"

namespace teipress {

namespace {

void PrintSummary(const BuildSummary& summary) {
  std::cerr << "converted " << summary.converted << ", kept " << summary.kept_edited << " edited; " << summary.valid
            << " valid, " << summary.invalid << " invalid (" << summary.validated << " validated now); rendered "
            << summary.rendered << ", " << summary.up_to_date << " up to date; " << summary.pages << " edition pages; "
            << summary.pdfs << " PDF\n";
  if (summary.invalid_documents.empty()) return;
  std::cerr << summary.invalid_documents.size() << " invalid, so not rendered (the first error of each):\n";
  for (const InvalidDocument& invalid : summary.invalid_documents) {
    std::cerr << "  " << (invalid.first_error.message.empty() ? invalid.file : FormatGnu(invalid.first_error)) << '\n';
  }
}

}  // namespace

int RunBuild(const CommandLine& line) {
  std::string jobs_error;
  const auto jobs = ParseJobs(line, jobs_error);
  if (!jobs) return line.UsageError(jobs_error);
  std::vector<Diagnostic> diagnostics;
  const std::optional<EditionConfig> config = LoadCommandConfig(line, diagnostics);
  if (!config) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  BuildOptions options;
  options.sources_dir = SettingPath(line, "--sources", *config, "sources");
  options.tei_dir = SettingPath(line, "--tei", *config, "tei");
  options.out_dir = SettingPath(line, "--out", *config, "out");
  options.authority_dir = SettingPath(line, "--authority", *config, "authority");
  options.data_dir = DataDir();
  options.jobs = *jobs;
  options.pdf = !line.Has("--no-pdf");
  options.paper = SettingText(line, "--paper", *config, "paper");
  options.pdfa = line.Has("--pdfa") || config->Boolean("pdfa");
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
  // The edition configuration (teipress.toml, --set, --param).
  options.title = config->Text("title");
  if (!StylesheetParameters(line, *config, options.stylesheet_parameters)) return kExitUsage;
  options.profile_dir = SettingPath(line, "--profile", *config, "profile");
  boost::system::error_code ec;
  if (!options.profile_dir.empty() && !boost::filesystem::is_directory(options.profile_dir, ec)) {
    return line.UsageError("the profile " + options.profile_dir + " is not a folder");
  }
  options.publication = {config->Text("publisher"), config->Text("licence")};
  options.schema = SchemaSetting(*config, "schema");
  options.schematron = SchemaSetting(*config, "schematron");
  options.phase = config->Text("phase");
  options.xinclude = line.Has("--xinclude");
  options.xinclude_root = line.Value("--xinclude-root");
  options.drafts = line.Has("--drafts");
  const BuildSummary summary = BuildEdition(options, diagnostics);
  PrintDiagnostics(diagnostics);
  if (options.verbosity != Verbosity::kQuiet) PrintSummary(summary);
  if (summary.failed > 0) return kExitInputProblems;
  return HasErrors(diagnostics) ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
