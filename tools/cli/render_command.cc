// teipress render: any TEI -> HTML pages and XSL-FO, and PDF through Apache FOP, as a site that
// stands alone (render_run.h).
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <boost/filesystem/operations.hpp>

#include "build_progress.h"
#include "commands.h"
#include "edition_settings.h"
#include "data_paths.h"
#include "render_run.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

std::vector<std::string> AuthorityFiles(const std::string& directory) {
  std::vector<std::string> files;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) return files;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".xml") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

int RunRender(const CommandLine& line) {
  std::string jobs_error;
  const auto jobs = ParseJobs(line, jobs_error);
  if (!jobs) return line.UsageError(jobs_error);
  std::vector<Diagnostic> diagnostics;
  const std::optional<EditionConfig> config = LoadCommandConfig(line, diagnostics);
  if (!config) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  RenderRunOptions options;
  options.files = line.operands();
  options.data_dir = DataDir();
  options.authority_files = AuthorityFiles(SettingPath(line, "--authority", *config, "authority"));
  options.profile_dir = SettingPath(line, "--profile", *config, "profile");
  // Only what was asked for: --html alone renders no FO; neither option renders both.
  const bool want_html = line.Given("--html") || !line.Given("--print");
  const bool want_fo = line.Given("--print") || !line.Given("--html") || line.Has("--pdf");
  if (want_html) options.html_dir = line.Value("--html");
  if (want_fo) options.print_dir = line.Value("--print");
  options.pdf = line.Has("--pdf");
  options.pdfa = line.Has("--pdfa") || config->Boolean("pdfa");
  options.paper = SettingText(line, "--paper", *config, "paper");
  // The configuration's (edition-title, language, ...), then each --param.
  if (!StylesheetParameters(line, *config, options.parameters)) return kExitUsage;
  // Verse and manuscript lines (l, lb) are numbered every fifth line unless asked otherwise
  // (--line-numbers, or --param line-numbers-every=N).
  if (line.Given("--line-numbers") || !options.parameters.count("line-numbers-every")) {
    options.parameters["line-numbers-every"] = line.Value("--line-numbers");
  }
  // Coordinates link to a map service only when asked (--external-links, or --param
  // external-links=yes): an edition may not send readers elsewhere.
  if (line.Has("--external-links") || !options.parameters.count("external-links")) {
    options.parameters["external-links"] = line.Has("--external-links") ? "yes" : "no";
  }
  options.jobs = *jobs;
  options.read_options.xinclude = line.Has("--xinclude");
  options.read_options.xinclude_root = line.Value("--xinclude-root");
  // A status line on a terminal ("[3/40] render letter-023.xml"); a log gets the summary alone.
  const bool terminal = ::isatty(STDERR_FILENO);
  BuildProgress progress = terminal ? BuildProgress(stderr, true, Verbosity::kNormal, false) : BuildProgress::Silent();
  std::string stage;
  options.progress = [&](const std::string& step, size_t done, size_t total, const std::string& item) {
    if (step != stage) {
      stage = step;
      progress.Begin(stage, total);
    }
    if (done > 0) progress.Step(item);
  };
  const RenderRunSummary summary = RenderFiles(options, diagnostics);
  progress.Finish();
  PrintDiagnostics(diagnostics);
  if (summary.stylesheets_missing || summary.authority_unreadable) return kExitUsage;
  std::cerr << DescribeRenderRun(summary, options.pdf) << '\n';
  // As validate: what the caller must fix (a path, a folder, a write) is 2, what the input must fix 1.
  if (summary.unreadable > 0 || summary.write_failed) return kExitUsage;
  // A file that is no regular file (io.not-a-file) is the caller's to fix, as in every command.
  return ExitStatus(diagnostics, summary.refused > 0 || summary.pdf_failures > 0 ? kExitInputProblems : kExitOk);
}

}  // namespace teipress
