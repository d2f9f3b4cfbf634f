#include "render_run.h"

#include <mutex>
#include <set>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "edition_renderer.h"
#include "file_io.h"
#include "parallel.h"
#include "pdf_renderer.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

// The stylesheet's files a page loads, copied beside the pages (rewritten only when they differ).
bool WriteAssets(const fs::path& assets, const fs::path& html_dir, std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  for (const char* name : {"edition.css", "edition.js"}) {
    std::string wanted, present, error;
    if (!ReadFile(assets / name, wanted, error)) {
      diagnostics.push_back({(assets / name).string(), 0, 0, Severity::kError,
                             "the HTML edition's " + std::string(name) + " is missing: " + error, rules::kRenderMissingAsset});
      ok = false;
      continue;
    }
    if (ReadFile(html_dir / name, present, error) && present == wanted) continue;
    if (!WriteFileAtomically(html_dir / name, wanted, error, Durability::kRegenerable)) {
      diagnostics.push_back({(html_dir / name).string(), 0, 0, Severity::kError, error, rules::kIoWrite});
      ok = false;
    }
  }
  return ok;
}

// A file `render` can read at all: not missing, not a folder. The diagnostic says what to do.
bool Readable(const std::string& file, std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  const fs::file_status status = fs::status(file, ec);
  if (!fs::exists(status)) {
    diagnostics.push_back({file, 0, 0, Severity::kError, "no such file", rules::kIoRead});
    return false;
  }
  if (fs::is_directory(status)) {
    diagnostics.push_back({file, 0, 0, Severity::kError,
                           "is a folder, not a TEI file: give the files in it (" + (fs::path(file) / "*.xml").string() +
                               "), or build the whole folder with 'teipress build --tei " + file + "'",
                           rules::kRenderFolder});
    return false;
  }
  return true;
}

}  // namespace

std::string NotTeiReason(const std::string& root_name, const std::string& root_namespace) {
  if ((root_name == "TEI" || root_name == "teiCorpus") && root_namespace == kTeiNamespace) return "";
  std::string reason = "the root element is <" + root_name + ">";
  reason += root_namespace.empty() ? " in no namespace" : " in the namespace " + root_namespace;
  reason += ", not <TEI> or <teiCorpus> in the TEI namespace (" + std::string(kTeiNamespace) +
            "): teipress renders TEI P5 documents";
  if (root_name == "TEI.2") reason += "; this is TEI P4, convert it to P5 first (the TEI Stylesheets' p4top5.xsl)";
  if ((root_name == "TEI" || root_name == "teiCorpus") && root_namespace.empty()) {
    reason += "; add xmlns=\"" + std::string(kTeiNamespace) + "\" to the root element";
  }
  return reason;
}

std::string DescribeRenderRun(const RenderRunSummary& summary, bool pdf) {
  std::string out = std::to_string(summary.files) + (summary.files == 1 ? " file: " : " files: ") +
                    std::to_string(summary.rendered) + " rendered";
  if (summary.refused) out += ", " + std::to_string(summary.refused) + " not TEI or not well-formed";
  if (summary.unreadable) out += ", " + std::to_string(summary.unreadable) + " not found or not a file";
  if (pdf) {
    out += "; " + std::to_string(summary.pdfs) + (summary.pdfs == 1 ? " PDF" : " PDFs");
    if (summary.pdf_failures) out += ", " + std::to_string(summary.pdf_failures) + " failed";
  }
  return out;
}

RenderRunSummary RenderFiles(const RenderRunOptions& options, std::vector<Diagnostic>& diagnostics) {
  RenderRunSummary summary;
  summary.files = options.files.size();
  EditionRenderer renderer(options.data_dir, options.authority_files, diagnostics, options.profile_dir);
  const bool want_html = !options.html_dir.empty();
  const bool want_fo = !options.print_dir.empty();
  // Only what is asked for is compiled: rendering one page compiles the page's stylesheet alone.
  if (!renderer.ok() ||
      !renderer.Prepare((want_html ? unsigned{EditionRenderer::kHtmlPage} : 0u) | (want_fo ? unsigned{EditionRenderer::kFo} : 0u),
                        std::min<size_t>(options.files.size(), std::max(options.jobs, 1)), diagnostics)) {
    summary.stylesheets_missing = true;
    return summary;
  }
  // An authority file that cannot be read is a problem of the setup, not of the documents: pages
  // rendered without it would silently lose their names' links and titles.
  if (HasErrors(diagnostics)) {
    summary.authority_unreadable = true;
    return summary;
  }
  renderer.SetPrintParameter("page-size", options.paper);
  for (const auto& [name, value] : options.parameters) renderer.SetParameter(name, value);
  if (want_html) {
    const fs::path html_dir = options.html_dir;
    // Links to the edition's index and registers only where a build has made them.
    for (const auto& [parameter, page] : std::map<std::string, std::string>{{"index-href", "index.html"},
                                                                             {"persons-href", "persons.html"},
                                                                             {"places-href", "places.html"},
                                                                             {"orgs-href", "orgs.html"}}) {
      boost::system::error_code ec;
      if (!fs::exists(html_dir / page, ec)) renderer.SetHtmlParameter(parameter, "");
    }
    boost::system::error_code ec;
    fs::create_directories(html_dir, ec);
    if (!WriteAssets(fs::path(options.data_dir) / "xslt" / "html" / "assets", html_dir, diagnostics)) {
      summary.write_failed = true;
    }
  }

  // Two inputs with one stem would write one page over the other: the second is refused.
  std::vector<bool> duplicate(options.files.size(), false);
  std::set<std::string> stems;
  for (size_t i = 0; i < options.files.size(); ++i) {
    const std::string stem = fs::path(options.files[i]).stem().string();
    if (!stems.insert(stem).second) {
      duplicate[i] = true;
      diagnostics.push_back({options.files[i], 0, 0, Severity::kError,
                             "another file given has the name " + stem +
                                 ".xml too, and its page would be overwritten: render them into different folders",
                             rules::kRenderSameName});
    }
  }

  std::vector<PdfJob> pdf_jobs;
  std::mutex mutex;
  size_t done = 0;
  ParallelFor(options.files.size(), options.jobs, [&](size_t i) {
    const std::string& file = options.files[i];
    std::vector<Diagnostic> found;
    enum class Outcome { kRendered, kRefused, kUnreadable, kWriteFailed } outcome = Outcome::kRendered;
    if (duplicate[i] || !Readable(file, found)) {
      outcome = Outcome::kUnreadable;
    } else {
      const std::string stem = fs::path(file).stem().string();
      XmlDocPtr document = ReadXmlFile(file, found, options.read_options);
      xmlNodePtr root = document ? xmlDocGetRootElement(document.get()) : nullptr;
      const std::string reason =
          root ? NotTeiReason(AsChars(root->name), root->ns && root->ns->href ? AsChars(root->ns->href) : "") : "";
      std::string html, fo, error;
      if (!root) {
        outcome = Outcome::kRefused;
      } else if (!reason.empty()) {
        found.push_back({file, static_cast<int>(xmlGetLineNo(root)), 1, Severity::kError, reason, rules::kInputNotTei});
        outcome = Outcome::kRefused;
      } else if ((want_html && !renderer.RenderHtml(document.get(), file, html, found)) ||
                 (want_fo && !renderer.RenderFo(document.get(), file, fo, found))) {
        outcome = Outcome::kRefused;
      } else if (want_html && !WriteFileAtomically(fs::path(options.html_dir) / (stem + ".html"), html, error,
                                                   Durability::kRegenerable)) {
        found.push_back({file, 0, 0, Severity::kError, error, rules::kIoWrite});
        outcome = Outcome::kWriteFailed;
      } else if (want_fo && !WriteFileAtomically(fs::path(options.print_dir) / (stem + ".fo"), fo, error,
                                                 Durability::kRegenerable)) {
        found.push_back({file, 0, 0, Severity::kError, error, rules::kIoWrite});
        outcome = Outcome::kWriteFailed;
      }
      if (outcome == Outcome::kRendered && want_fo && options.pdf) {
        std::lock_guard<std::mutex> lock(mutex);
        pdf_jobs.push_back({(fs::path(options.print_dir) / (stem + ".fo")).string(),
                            (fs::path(options.print_dir) / (stem + ".pdf")).string(), file});
      }
    }
    std::lock_guard<std::mutex> lock(mutex);
    switch (outcome) {
      case Outcome::kRendered: ++summary.rendered; break;
      case Outcome::kRefused: ++summary.refused; break;
      case Outcome::kUnreadable: ++summary.unreadable; break;
      case Outcome::kWriteFailed: summary.write_failed = true; break;
    }
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    ++done;
    if (options.progress) options.progress("render", done, options.files.size(), file);
  });

  if (!pdf_jobs.empty()) {
    // One step: FOP renders the PDFs in one run.
    if (options.progress) {
      options.progress("pdf", 1, 1, std::to_string(pdf_jobs.size()) + (pdf_jobs.size() == 1 ? " PDF" : " PDFs") + " with Apache FOP");
    }
    PdfRenderer pdf((fs::path(options.data_dir) / "xslt" / "print" / "fop.xconf").string(),
                    options.pdfa ? "PDF/A-1b" : "");
    summary.pdf_failures = static_cast<size_t>(pdf.Render(pdf_jobs, diagnostics));
    summary.pdfs = pdf_jobs.size() - summary.pdf_failures;
  }
  return summary;
}

}  // namespace teipress
