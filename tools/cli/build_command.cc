// teipress build: the whole edition from one command.
#include <iostream>
#include <map>

#include <boost/filesystem/operations.hpp>

#include "commands.h"
#include "data_paths.h"
#include "edition_builder.h"
#include "edition_settings.h"

namespace teipress {

namespace {

void PrintSummary(const BuildSummary& summary) {
  std::cerr << "converted " << summary.converted << ", kept " << summary.kept_edited << " edited; " << summary.valid
            << " valid, " << summary.invalid << " invalid"
            << (summary.io_failed ? ", " + std::to_string(summary.io_failed) + " not readable or writable" : "")
            << " (" << summary.validated << " validated now); rendered " << summary.rendered << ", "
            << summary.up_to_date << " up to date; " << summary.pages << " edition pages; " << summary.pdfs << " PDF\n";
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
  std::optional<EditionConfig> config = LoadCommandConfig(line, diagnostics);
  if (!config) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  // Started below the edition's root (or with --config naming another edition), the build runs
  // from that root as if started there: its log then names the same files whichever folder it
  // is started from, and nothing is made again for that. Folders given on the command line keep
  // meaning what they meant where the command was typed.
  const bool elsewhere = !config->file().empty() && config->root() != ".";
  std::map<std::string_view, std::string> typed;
  for (std::string_view option : {"--sources", "--tei", "--out", "--authority", "--profile", "--xinclude-root"}) {
    if (!line.Given(option)) continue;
    std::string value = line.Value(option);
    if (elsewhere && !value.empty()) value = boost::filesystem::absolute(value).lexically_normal().string();
    typed[option] = value;
  }
  std::string data_dir = DataDir();
  if (elsewhere) {
    data_dir = boost::filesystem::absolute(data_dir).lexically_normal().string();
    boost::system::error_code cd_error;
    boost::filesystem::current_path(config->root(), cd_error);
    if (cd_error) return line.UsageError("cannot work in the edition's folder " + config->root() + ": " + cd_error.message());
    config->set_root(".");
  }
  auto setting = [&](std::string_view option, std::string_view key) {
    const auto found = typed.find(option);
    return found != typed.end() ? found->second : SettingPath(line, option, *config, key);
  };
  BuildOptions options;
  options.sources_dir = setting("--sources", "sources");
  options.tei_dir = setting("--tei", "tei");
  options.out_dir = setting("--out", "out");
  options.authority_dir = setting("--authority", "authority");
  options.data_dir = data_dir;
  options.jobs = *jobs;
  options.pdf = !line.Has("--no-pdf");
  options.paper = SettingText(line, "--paper", *config, "paper");
  options.pdfa = line.Has("--pdfa") || config->Boolean("pdfa");
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
  // The edition configuration (teipress.toml, --set, --param).
  options.title = config->Text("title");
  if (!StylesheetParameters(line, *config, options.stylesheet_parameters)) return kExitUsage;
  options.profile_dir = setting("--profile", "profile");
  boost::system::error_code ec;
  if (!options.profile_dir.empty() && !boost::filesystem::is_directory(options.profile_dir, ec)) {
    return line.UsageError("the profile " + options.profile_dir + " is not a folder");
  }
  options.publication = {config->Text("publisher"), config->Text("licence")};
  options.schema = SchemaSetting(*config, "schema");
  options.schematron = SchemaSetting(*config, "schematron");
  options.phase = config->Text("phase");
  options.xinclude = line.Has("--xinclude");
  options.xinclude_root = typed.count("--xinclude-root") ? typed["--xinclude-root"] : "";
  const BuildSummary summary = BuildEdition(options, diagnostics);
  PrintDiagnostics(diagnostics);
  if (options.verbosity != Verbosity::kQuiet) PrintSummary(summary);
  return ExitStatus(diagnostics, summary.failed > 0 || HasErrors(diagnostics) ? kExitInputProblems : kExitOk);
}

}  // namespace teipress
