#include "pdf_renderer.h"

#include <sstream>

#include "process.h"

namespace teipress {
namespace {

// FOP prints log lines such as "SEVERE: ..." / "WARNING: ..." / "[ERROR] ..."; keep the ones
// that matter to a reader of the PDF.
void ReportFopOutput(const std::string& output, const PdfJob& job, bool failed, std::vector<Diagnostic>& diagnostics) {
  std::istringstream lines(output);
  std::string line;
  bool reported_error = false;
  while (std::getline(lines, line)) {
    const bool severe = line.find("SEVERE") != std::string::npos || line.find("ERROR") != std::string::npos ||
                        line.find("Exception") != std::string::npos;
    const bool warning = line.find("WARNING") != std::string::npos || line.find("WARN ") != std::string::npos;
    if (!severe && !warning) continue;
    if (line.find("Unable to locate") != std::string::npos) continue;  // Debian wrapper's classpath notice
    diagnostics.push_back({job.document, 0, 0, severe ? Severity::kError : Severity::kWarning, "FOP: " + line,
                           severe ? "fop.error" : "fop.warning"});
    reported_error = reported_error || severe;
  }
  if (failed && !reported_error) {
    diagnostics.push_back({job.document, 0, 0, Severity::kError,
                           "FOP failed on " + job.fo_path + ": " + output.substr(0, 400), "fop.error"});
  }
}

}  // namespace

PdfRenderer::PdfRenderer(std::string config) : fop_(FindOnPath("fop")), config_(std::move(config)) {}

int PdfRenderer::Render(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics) const {
  int failures = 0;
  for (const PdfJob& job : jobs) {
    if (!available()) {
      diagnostics.push_back({job.document, 0, 0, Severity::kError,
                             "Apache FOP is not installed, so no PDF was made (the FO file was written): install it "
                             "with 'apt-get install fop'",
                             "fop.missing"});
      ++failures;
      continue;
    }
    std::vector<std::string> arguments = {fop_, "-q"};
    if (!config_.empty()) {
      arguments.push_back("-c");
      arguments.push_back(config_);
    }
    arguments.insert(arguments.end(), {"-fo", job.fo_path, "-pdf", job.pdf_path});
    const ProcessResult result = RunProcess(arguments);
    const bool failed = !result.started || result.exit_code != 0;
    ReportFopOutput(result.output, job, failed, diagnostics);
    if (failed) ++failures;
  }
  return failures;
}

}  // namespace teipress
