#include "pdf_renderer.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "diagnostic_catalog.h"
#include "file_io.h"
#include "fop_batch_driver.h"
#include "process.h"

namespace teipress {
namespace {

constexpr const char* kGlyphNotAvailable = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";
constexpr const char* kMissingGlyphAdvice =
    " No configured font has this character, so FOP would print '#': add a font that has it to "
    "xslt/print/fop.xconf and to the font lists in xslt/print/params.xsl.";

// A file that is removed when it goes out of scope (the batch driver's job list).
class ScopedTemporaryFile {
 public:
  ScopedTemporaryFile() {
    const char* directory = std::getenv("TMPDIR");
    std::string pattern = std::string(directory && *directory ? directory : "/tmp") + "/teipress-fop-jobs-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd >= 0) {
      ::close(fd);
      path_ = pattern;
    }
  }
  ~ScopedTemporaryFile() {
    if (!path_.empty()) ::unlink(path_.c_str());
  }
  ScopedTemporaryFile(const ScopedTemporaryFile&) = delete;
  ScopedTemporaryFile& operator=(const ScopedTemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The last segment of FOP's event id ("lineOverflows"), which says what kind of warning it is.
std::string EventName(const std::string& event_id) {
  const size_t dot = event_id.rfind('.');
  return dot == std::string::npos ? event_id : event_id.substr(dot + 1);
}

std::string LastLines(const std::string& output, size_t max_characters) {
  if (output.size() <= max_characters) return output;
  return "…" + output.substr(output.size() - max_characters);
}

// FOP's command prints log lines such as "SEVERE: ..." / "WARNING: ..." / "[ERROR] ..."; keep the
// ones that matter to a reader of the PDF. Returns false when a line makes the document unusable.
bool ReportFopCommandOutput(const std::string& output, const PdfJob& job, bool failed,
                            std::vector<Diagnostic>& diagnostics) {
  std::istringstream lines(output);
  std::string line;
  bool reported_error = false;
  bool usable = true;
  while (std::getline(lines, line)) {
    if (line.find("Glyph \"") != std::string::npos && line.find("not available") != std::string::npos) {
      diagnostics.push_back({job.document, 0, 0, Severity::kError, "FOP: " + line + kMissingGlyphAdvice,
                             rules::kFopGlyphMissing});
      usable = false;
      continue;
    }
    const bool severe = line.find("SEVERE") != std::string::npos || line.find("ERROR") != std::string::npos ||
                        line.find("Exception") != std::string::npos;
    const bool warning = line.find("WARNING") != std::string::npos || line.find("WARN ") != std::string::npos ||
                         line.find("[WARN]") != std::string::npos;
    if (!severe && !warning) continue;
    if (line.find("Unable to locate") != std::string::npos) continue;  // Debian wrapper's classpath notice
    // FOP reading OpenType tables it does not use; says nothing about the document.
    if (line.find("coverage set class table not yet supported") != std::string::npos) continue;
    diagnostics.push_back({job.document, 0, 0, severe ? Severity::kError : Severity::kWarning, "FOP: " + line,
                           severe ? rules::kFopError : rules::kFopWarning});
    reported_error = reported_error || severe;
  }
  if (failed && !reported_error) {
    diagnostics.push_back({job.document, 0, 0, Severity::kError,
                           "FOP failed on " + job.fo_path + ": " + output.substr(0, 400), rules::kFopError});
  }
  return usable && !failed;
}

void ReportBatchEvents(const FopJobOutcome& outcome, const PdfJob& job, std::vector<Diagnostic>& diagnostics) {
  for (const FopEvent& event : outcome.events) {
    if (event.id == kGlyphNotAvailable) {
      diagnostics.push_back({job.document, 0, 0, Severity::kError, "FOP: " + event.message + kMissingGlyphAdvice,
                             rules::kFopGlyphMissing});
      continue;
    }
    const bool error = event.severity == "ERROR" || event.severity == "FATAL";
    if (error) {
      diagnostics.push_back({job.document, 0, 0, Severity::kError, "FOP: " + event.message, rules::kFopError});
    } else {
      // One rule for every FOP warning, whichever way FOP runs; the event names the kind.
      diagnostics.push_back({job.document, 0, 0, Severity::kWarning,
                             "FOP: " + event.message + " (FOP event " + EventName(event.id) + ")", rules::kFopWarning});
    }
  }
}

}  // namespace

PdfRenderer::PdfRenderer(std::string config, std::string pdf_profile)
    : config_(std::move(config)),
      pdf_profile_(std::move(pdf_profile)),
      batch_command_(FopBatchDriverCommand(config_, pdf_profile_)),
      fop_(FindOnPath("fop")) {}

int PdfRenderer::Render(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                        std::vector<bool>* succeeded) const {
  std::vector<bool> ignored;
  std::vector<bool>& outcomes = succeeded ? *succeeded : ignored;
  outcomes.assign(jobs.size(), false);
  if (jobs.empty()) return 0;
  if (!available()) {
    diagnostics.push_back({jobs.front().document, 0, 0, Severity::kError,
                           "Apache FOP is not installed, so no PDF was made (the FO and HTML files were written): "
                           "install it with 'apt-get install fop', or build with --no-pdf",
                           rules::kFopMissing});
    return static_cast<int>(jobs.size());
  }
  return uses_batch_driver() ? RenderInOneJvm(jobs, diagnostics, outcomes)
                             : RenderWithFopCommand(jobs, diagnostics, outcomes);
}

int PdfRenderer::RenderInOneJvm(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                                std::vector<bool>& succeeded) const {
  std::vector<std::pair<std::string, std::string>> paths;
  for (const PdfJob& job : jobs) paths.emplace_back(job.fo_path, job.pdf_path);
  std::string list, error;
  ScopedTemporaryFile job_list;
  if (!FormatFopBatchJobs(paths, list)) return RenderWithFopCommand(jobs, diagnostics, succeeded);  // odd file names
  if (job_list.path().empty() || !WriteFileAtomically(job_list.path(), list, error)) {
    diagnostics.push_back({jobs.front().document, 0, 0, Severity::kError,
                           "cannot write FOP's job list in the temporary directory (set TMPDIR to a writable one): " +
                               error,
                           rules::kIoWrite});
    return static_cast<int>(jobs.size());
  }
  const ProcessResult result = RunProcess(batch_command_, job_list.path());
  const std::vector<FopJobOutcome> outcomes = ParseFopBatchOutput(result.output, jobs.size());
  int failures = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    ReportBatchEvents(outcomes[i], jobs[i], diagnostics);
    if (!outcomes[i].finished) {
      diagnostics.push_back({jobs[i].document, 0, 0, Severity::kError,
                             "FOP's batch driver stopped before rendering " + jobs[i].fo_path + " (exit status " +
                                 std::to_string(result.exit_code) + "): " + LastLines(result.output, 600),
                             rules::kFopError});
    }
    if (!outcomes[i].ok) ++failures;
    succeeded[i] = outcomes[i].ok;
  }
  return failures;
}

int PdfRenderer::RenderWithFopCommand(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                                      std::vector<bool>& succeeded) const {
  int failures = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    const PdfJob& job = jobs[i];
    const std::string temporary = job.pdf_path + ".tmp." + std::to_string(::getpid());
    std::vector<std::string> arguments = {fop_, "-q"};
    if (!config_.empty()) arguments.insert(arguments.end(), {"-c", config_});
    if (!pdf_profile_.empty()) arguments.insert(arguments.end(), {"-pdfprofile", pdf_profile_});
    arguments.insert(arguments.end(), {"-fo", job.fo_path, "-pdf", temporary});
    const ProcessResult result = RunProcess(arguments);
    const bool failed = !result.started || result.exit_code != 0;
    bool ok = ReportFopCommandOutput(result.output, job, failed, diagnostics);
    if (ok && std::rename(temporary.c_str(), job.pdf_path.c_str()) != 0) {
      diagnostics.push_back({job.pdf_path, 0, 0, Severity::kError, "cannot replace " + job.pdf_path, rules::kIoWrite});
      ok = false;
    }
    std::remove(temporary.c_str());  // left over when FOP failed
    if (!ok) ++failures;
    succeeded[i] = ok;
  }
  return failures;
}

}  // namespace teipress
