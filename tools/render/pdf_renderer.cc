#include "pdf_renderer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <sstream>
#include <thread>

#include <boost/filesystem/path.hpp>

#include "diagnostic_catalog.h"
#include "file_io.h"
#include "fop_batch_driver.h"
#include "fop_fonts.h"
#include "process.h"

namespace teipress {
namespace {

constexpr const char* kGlyphNotAvailable = "org.apache.fop.fonts.FontEventProducer.glyphNotAvailable";
constexpr const char* kMissingGlyphAdvice =
    " No configured font has this character, so FOP would print '#': add a font that has it to "
    "xslt/print/fop.xconf and to the font lists in xslt/print/params.xsl.";

// The batch driver's job list: a temporary file removed from its directory as soon as it is
// written, so that nothing is left behind however teipress ends; the driver reads it through
// /proc/self/fd (the descriptor is inherited until exec).
class AnonymousFile {
 public:
  explicit AnonymousFile(const std::string& contents) {
    const char* directory = std::getenv("TMPDIR");
    std::string pattern = std::string(directory && *directory ? directory : "/tmp") + "/teipress-fop-jobs-XXXXXX";
    fd_ = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd_ < 0) return;
    ::unlink(pattern.c_str());
    size_t written = 0;
    while (written < contents.size()) {
      const ssize_t n = ::write(fd_, contents.data() + written, contents.size() - written);
      if (n <= 0) {
        ::close(fd_);
        fd_ = -1;
        return;
      }
      written += static_cast<size_t>(n);
    }
  }
  ~AnonymousFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  AnonymousFile(const AnonymousFile&) = delete;
  AnonymousFile& operator=(const AnonymousFile&) = delete;
  bool ok() const { return fd_ >= 0; }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_ = -1;
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

namespace {

// A positive count from the environment, else `fallback`.
int CountFromEnvironment(const char* name, int fallback) {
  const char* value = std::getenv(name);
  if (!value || !*value) return fallback;
  const int count = std::atoi(value);
  return count > 0 && count < 1000 ? count : fallback;
}

}  // namespace

PdfRenderer::PdfRenderer(std::string config, std::string pdf_profile, int parallel)
    : config_(std::move(config)),
      pdf_profile_(std::move(pdf_profile)),
      fop_(FindOnPath("fop")) {
  // One JVM with a thread per core measured faster than one JVM per core (BENCHMARKS.md): the
  // JVM's start, FOP's set-up and the JIT's warm-up are paid once.
  jvms_ = CountFromEnvironment("TEIPRESS_FOP_JVMS", 1);
  const int threads = CountFromEnvironment("TEIPRESS_FOP_THREADS", std::max(1, parallel / jvms_));
  batch_command_ = FopBatchDriverCommand(config_, pdf_profile_, threads);
}

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
  // Told once per renderer (a build renders its documents, then its volume): FOP names neither
  // the configuration nor a remedy when it stops on a missing font file.
  if (!fonts_checked_) {
    fonts_checked_ = true;
    CheckFopFontFiles(config_, diagnostics);
  }
  return uses_batch_driver() ? RenderInOneJvm(jobs, diagnostics, outcomes)
                             : RenderWithFopCommand(jobs, diagnostics, outcomes);
}

int PdfRenderer::RenderInOneJvm(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                                std::vector<bool>& succeeded) const {
  std::vector<std::pair<std::string, std::string>> paths;
  for (const PdfJob& job : jobs) paths.emplace_back(job.fo_path, job.pdf_path);
  std::string list;
  if (!FormatFopBatchJobs(paths, list)) return RenderWithFopCommand(jobs, diagnostics, succeeded);  // odd file names
  // With several JVMs each takes every jvms_-th job.
  const size_t processes = std::min<size_t>(static_cast<size_t>(jvms_), jobs.size());
  std::vector<std::vector<size_t>> shares(processes);
  for (size_t i = 0; i < jobs.size(); ++i) shares[i % processes].push_back(i);
  std::vector<ProcessResult> results(processes);
  std::vector<std::vector<FopJobOutcome>> outcomes(processes);
  std::vector<std::unique_ptr<AnonymousFile>> lists;
  for (size_t p = 0; p < processes; ++p) {
    std::vector<std::pair<std::string, std::string>> share;
    for (size_t i : shares[p]) share.emplace_back(jobs[i].fo_path, jobs[i].pdf_path);
    std::string share_list;
    FormatFopBatchJobs(share, share_list);
    // Unlinked as soon as it is open: a killed build leaves no job list behind.
    lists.push_back(std::make_unique<AnonymousFile>(share_list));
    if (!lists.back()->ok()) {
      diagnostics.push_back({jobs.front().document, 0, 0, Severity::kError,
                             std::string("cannot write FOP's job list in the temporary directory (set TMPDIR to a "
                                         "writable one): ") + std::strerror(errno),
                             rules::kIoWrite});
      return static_cast<int>(jobs.size());
    }
  }
  std::vector<std::thread> running;
  for (size_t p = 0; p < processes; ++p) {
    running.emplace_back([&, p] {
      results[p] = RunProcess(batch_command_, lists[p]->path());
      outcomes[p] = ParseFopBatchOutput(results[p].output, shares[p].size());
    });
  }
  for (std::thread& process : running) process.join();
  int failures = 0;
  for (size_t p = 0; p < processes; ++p) {
    for (size_t k = 0; k < shares[p].size(); ++k) {
      const size_t i = shares[p][k];
      const FopJobOutcome& outcome = outcomes[p][k];
      ReportBatchEvents(outcome, jobs[i], diagnostics);
      if (!outcome.finished) {
        diagnostics.push_back({jobs[i].document, 0, 0, Severity::kError,
                               "FOP's batch driver stopped before rendering " + jobs[i].fo_path + " (exit status " +
                                   std::to_string(results[p].exit_code) + "): " + LastLines(results[p].output, 600),
                               rules::kFopError});
      }
      if (!outcome.ok) ++failures;
      succeeded[i] = outcome.ok;
    }
  }
  return failures;
}

int PdfRenderer::RenderWithFopCommand(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                                      std::vector<bool>& succeeded) const {
  int failures = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    const PdfJob& job = jobs[i];
    const boost::filesystem::path pdf_path(job.pdf_path);
    // Named as every temporary of teipress, so that a later build removes it if FOP is killed.
    const std::string temporary =
        (pdf_path.parent_path() / ("." + pdf_path.filename().string() + ".tmp." + std::to_string(::getpid()) + ".fop"))
            .string();
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
