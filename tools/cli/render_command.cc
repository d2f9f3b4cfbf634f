// teipress render: any TEI -> HTML pages and XSL-FO, and PDF through Apache FOP.
#include <algorithm>
#include <iostream>
#include <mutex>

#include <boost/filesystem/operations.hpp>

#include "commands.h"
#include "edition_settings.h"
#include "data_paths.h"
#include "diagnostic_catalog.h"
#include "edition_renderer.h"
#include "file_io.h"
#include "parallel.h"
#include "pdf_renderer.h"
#include "xml_reader.h"

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
  const fs::path html_dir = line.Value("--html");
  const fs::path print_dir = line.Value("--print");
  std::vector<Diagnostic> diagnostics;
  const std::optional<EditionConfig> config = LoadCommandConfig(line, diagnostics);
  std::map<std::string, std::string> parameters;
  if (!config) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  if (!StylesheetParameters(line, *config, parameters)) return kExitUsage;
  const std::string profile = SettingPath(line, "--profile", *config, "profile");
  EditionRenderer renderer(DataDir(), AuthorityFiles(SettingPath(line, "--authority", *config, "authority")),
                           diagnostics, profile);
  if (!renderer.ok()) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  renderer.SetPrintParameter("page-size", SettingText(line, "--paper", *config, "paper"));
  for (const auto& [name, value] : parameters) renderer.SetParameter(name, value);
  std::vector<PdfJob> pdf_jobs;
  std::mutex mutex;
  bool failed = false;
  const auto& files = line.operands();
  // Only what was asked for: --html alone renders no FO; neither option renders both.
  const bool want_html = line.Given("--html") || !line.Given("--print");
  const bool want_fo = line.Given("--print") || !line.Given("--html") || line.Has("--pdf");
  ParallelFor(files.size(), *jobs, [&](size_t i) {
    std::vector<Diagnostic> found;
    const std::string stem = fs::path(files[i]).stem().string();
    XmlDocPtr document = ReadXmlFile(files[i], found);
    bool ok = document != nullptr;
    std::string html, fo, error;
    if (ok && want_html) ok = renderer.RenderHtml(document.get(), files[i], html, found);
    if (ok && want_fo) ok = renderer.RenderFo(document.get(), files[i], fo, found);
    if (ok && want_html && !WriteFileAtomically(html_dir / (stem + ".html"), html, error, Durability::kRegenerable)) {
      found.push_back({files[i], 0, 0, Severity::kError, error, rules::kIoWrite});
      ok = false;
    }
    if (ok && want_fo && !WriteFileAtomically(print_dir / (stem + ".fo"), fo, error, Durability::kRegenerable)) {
      found.push_back({files[i], 0, 0, Severity::kError, error, rules::kIoWrite});
      ok = false;
    }
    std::lock_guard<std::mutex> lock(mutex);
    if (ok && line.Has("--pdf")) {
      pdf_jobs.push_back({(print_dir / (stem + ".fo")).string(), (print_dir / (stem + ".pdf")).string(), files[i]});
    }
    failed = failed || !ok;
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  });
  if (!pdf_jobs.empty()) {
    PdfRenderer pdf(DataPath("xslt/print/fop.xconf"), line.Has("--pdfa") || config->Boolean("pdfa") ? "PDF/A-1b" : "");
    if (pdf.Render(pdf_jobs, diagnostics) > 0) failed = true;
  }
  PrintDiagnostics(diagnostics);
  return failed ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
