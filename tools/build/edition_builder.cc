#include "edition_builder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <mutex>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "converter.h"
#include "edition_renderer.h"
#include "file_io.h"
#include "parallel.h"
#include "pdf_renderer.h"
#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "search_index.h"
#include "tei_output.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

std::vector<fs::path> FilesWithExtension(const fs::path& directory, const std::string& extension, bool recursive) {
  std::vector<fs::path> files;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) return files;
  if (recursive) {
    for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
      if (fs::is_regular_file(it->path(), ec) && it->path().extension() == extension) files.push_back(it->path());
    }
  } else {
    // Not only regular files: a FIFO or device named *.xml is reported by the reader, not skipped.
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
      if (!fs::is_directory(it->path(), ec) && it->path().extension() == extension) files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Modification time in nanoseconds: seconds are too coarse for a build that converts and renders
// a file within the same second. 0 when the file does not exist.
int64_t ModifiedTime(const fs::path& path) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return 0;
  return static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
}

// Whether `output` was written after `input_time` and is not empty: a crash (or a file system
// that lost the data of a rename) can leave an empty file newer than its inputs.
bool Fresh(const fs::path& output, int64_t input_time) {
  struct stat info;
  if (::stat(output.c_str(), &info) != 0 || info.st_size == 0) return false;
  return static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec > input_time;
}

// The newest modification time of anything under `directory` (stylesheets, authority files).
int64_t NewestUnder(const fs::path& directory) {
  int64_t newest = 0;
  boost::system::error_code ec;
  for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    newest = std::max(newest, ModifiedTime(it->path()));
  }
  return newest;
}

// A one-line status that rewrites itself on a terminal ("[3/15] render 113009").
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO)) {}
  void Show(const std::string& stage, size_t done, size_t total, const std::string& item) {
    if (!enabled_) return;
    std::lock_guard<std::mutex> lock(mutex_);
    std::fprintf(stderr, "\r\033[K[%zu/%zu] %s %s", done, total, stage.c_str(), item.c_str());
    std::fflush(stderr);
  }
  void Done() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  std::mutex mutex_;
};

std::string XPathString(xmlDocPtr document, const char* expression) {
  XPathContextPtr context(xmlXPathNewContext(document));
  if (!context) return "";
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression), context.get()));
  return result && result->type == XPATH_STRING && result->stringval ? AsChars(result->stringval) : "";
}

struct DocumentState {
  fs::path tei;
  std::string stem;
  bool valid = false;
  std::vector<Diagnostic> diagnostics;
  std::string title, date, text, names;
};

}  // namespace

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics) {
  BuildSummary summary;
  InitializeXmlLibraries();
  Progress progress(options.progress);
  const fs::path tei_dir = options.tei_dir;
  const fs::path out_dir = options.out_dir;
  const fs::path authority_dir = options.authority_dir.empty() ? tei_dir / "authority" : fs::path(options.authority_dir);
  const fs::path data_dir = options.data_dir;
  // Two builds of one edition at once would interleave their writes: the second waits for the
  // first (the lock lives in the output directory and dies with its process).
  DirectoryLock lock(out_dir, [&] {
    std::fprintf(stderr, "teipress: another build is writing %s; waiting for it to finish\n", out_dir.c_str());
  });
  if (!lock.ok()) {
    diagnostics.push_back({out_dir.string(), 0, 0, Severity::kError, lock.error(), "io.write"});
    ++summary.failed;
    return summary;
  }
  // What builds killed mid-write left behind (only our own temporaries, of processes now gone).
  for (const fs::path& directory : {tei_dir, out_dir / "html", out_dir / "print"}) RemoveStaleTemporaries(directory);
  std::mutex diagnostics_mutex;
  auto report = [&](std::vector<Diagnostic>& found) {
    std::lock_guard<std::mutex> lock(diagnostics_mutex);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    found.clear();
  };

  // 1. Convert.
  const Authority authority = Authority::Load(authority_dir, diagnostics);
  const std::vector<fs::path> sources = FilesWithExtension(options.sources_dir, ".txt", true);
  std::mutex counts_mutex;
  // Converted in parallel, written after: two sources naming the same record (a re-downloaded
  // "113009 (1).txt") must not race for one TEI file. The first in path order wins, with a warning.
  std::vector<ConversionResult> results(sources.size());
  ParallelFor(sources.size(), options.jobs, [&](size_t i) {
    std::vector<Diagnostic> found;
    progress.Show("convert", i + 1, sources.size(), sources[i].filename().string());
    std::string bytes, error;
    if (!ReadFile(sources[i], bytes, error)) {
      found.push_back({sources[i].string(), 0, 0, Severity::kError, error, "io.read"});
      std::lock_guard<std::mutex> lock(counts_mutex);
      ++summary.failed;
    } else {
      results[i] = Convert(bytes, sources[i].string(), authority, found);
      if (!results[i].ok) {
        std::lock_guard<std::mutex> lock(counts_mutex);
        ++summary.failed;
      }
    }
    report(found);
  });
  // A source named after its record ("113009.txt") wins over copies ("113009 (1).txt"), else the
  // first in path order.
  std::map<std::string, size_t> claimed;  // record id -> the source that writes it
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!results[i].ok) continue;
    auto [claim, first] = claimed.emplace(results[i].record_id, i);
    if (first) continue;
    size_t loser = i;
    if (sources[i].stem() == results[i].record_id && sources[claim->second].stem() != results[i].record_id) {
      loser = claim->second;
      claim->second = i;
    }
    diagnostics.push_back({sources[loser].string(), 0, 0, Severity::kWarning,
                           "names the same record (" + results[i].record_id + ") as " + sources[claim->second].string() +
                               ", which is converted to " + (tei_dir / (results[i].record_id + ".xml")).string() +
                               "; this one is not converted (remove the duplicate source)",
                           "build.duplicate-record"});
    results[loser] = ConversionResult();
  }
  std::vector<size_t> to_write;
  for (const auto& [record, source] : claimed) to_write.push_back(source);
  ParallelFor(to_write.size(), options.jobs, [&](size_t k) {
    ConversionResult& result = results[to_write[k]];
    std::vector<Diagnostic> found;
    const TeiWriteOutcome outcome =
        WriteGeneratedTei((tei_dir / (result.record_id + ".xml")).string(), result.tei, false, found);
    result = ConversionResult();
    {
      std::lock_guard<std::mutex> lock(counts_mutex);
      if (outcome == TeiWriteOutcome::kWritten) ++summary.converted;
      if (outcome == TeiWriteOutcome::kKeptEdited) ++summary.kept_edited;
      if (outcome == TeiWriteOutcome::kFailed) ++summary.failed;
    }
    report(found);
  });
  results.clear();

  // 2. Validate every TEI file of the edition (schema compiled once).
  std::vector<DocumentState> documents;
  for (const fs::path& tei : FilesWithExtension(tei_dir, ".xml", false)) {
    DocumentState state;
    state.tei = tei;
    state.stem = tei.stem().string();
    documents.push_back(std::move(state));
  }
  auto schema = RelaxNgSchema::Compile((data_dir / "schemas" / "edition.rng").string(), diagnostics);
  // The rules a grammar cannot say; they look names up in this build's authority files.
  SchematronOptions rules_options;
  rules_options.parameters["authority-dir"] = fs::absolute(authority_dir).string() + "/";
  auto rules = SchematronSchema::Compile((data_dir / "schemas" / "edition.sch").string(), rules_options, diagnostics);
  std::vector<std::string> authority_files;
  for (const fs::path& file : FilesWithExtension(authority_dir, ".xml", false)) authority_files.push_back(file.string());
  EditionRenderer renderer(data_dir.string(), authority_files, diagnostics);
  renderer.SetPrintParameter("page-size", options.paper);
  if (!schema || !rules || !renderer.ok()) {
    summary.failed += static_cast<int>(documents.size());
    return summary;
  }
  const int64_t templates_time =
      std::max({NewestUnder(data_dir / "xslt"), NewestUnder(authority_dir), ModifiedTime("/proc/self/exe")});
  const fs::path html_dir = out_dir / "html";
  const fs::path print_dir = out_dir / "print";
  // FO and PDF made with other print settings (paper, PDF/A) are stale whatever their age.
  const fs::path print_settings_file = print_dir / ".print-settings";
  const std::string print_settings = "paper=" + options.paper + " pdfa=" + (options.pdfa ? "yes" : "no") + "\n";
  std::string previous_print_settings, settings_error;
  const bool print_settings_changed = !ReadFile(print_settings_file, previous_print_settings, settings_error) ||
                                      previous_print_settings != print_settings;
  std::vector<PdfJob> pdf_jobs;
  std::mutex jobs_mutex;

  ParallelFor(documents.size(), options.jobs, [&](size_t i) {
    DocumentState& state = documents[i];
    progress.Show("render", i + 1, documents.size(), state.stem);
    const std::string name = state.tei.string();
    XmlDocPtr document = ReadXmlFile(name, state.diagnostics);
    if (!document) return;
    state.valid = schema->Validate(document.get(), name, state.diagnostics);
    state.valid = rules->Validate(document.get(), name, state.diagnostics) && state.valid;
    if (!state.valid) return;
    state.text = TeiToText(document.get());
    state.names = LinkedAuthorityNames(document.get(), authority);
    state.title = XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])");
    state.date = XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)");
    const fs::path html = html_dir / (state.stem + ".html");
    const fs::path fo = print_dir / (state.stem + ".fo");
    const fs::path pdf = print_dir / (state.stem + ".pdf");
    const int64_t input_time = std::max(ModifiedTime(state.tei), templates_time);
    const bool html_fresh = Fresh(html, input_time);
    const bool fo_fresh = !print_settings_changed && Fresh(fo, input_time);
    std::string output, error;
    if (!html_fresh) {
      if (!renderer.RenderHtml(document.get(), name, output, state.diagnostics) ||
          !WriteFileAtomically(html, output, error, Durability::kRegenerable)) {
        if (!error.empty()) state.diagnostics.push_back({html.string(), 0, 0, Severity::kError, error, "io.write"});
        state.valid = false;
        return;
      }
    }
    if (!fo_fresh) {
      if (!renderer.RenderFo(document.get(), name, output, state.diagnostics) ||
          !WriteFileAtomically(fo, output, error, Durability::kRegenerable)) {
        if (!error.empty()) state.diagnostics.push_back({fo.string(), 0, 0, Severity::kError, error, "io.write"});
        state.valid = false;
        return;
      }
    }
    if (options.pdf && (!fo_fresh || !Fresh(pdf, ModifiedTime(fo)))) {
      std::lock_guard<std::mutex> lock(jobs_mutex);
      pdf_jobs.push_back({fo.string(), pdf.string(), name});
    }
    std::lock_guard<std::mutex> lock(counts_mutex);
    if (html_fresh && fo_fresh) ++summary.up_to_date;
    else ++summary.rendered;
  });
  for (DocumentState& state : documents) {
    const bool io_problem = std::any_of(state.diagnostics.begin(), state.diagnostics.end(), [](const Diagnostic& d) {
      return d.severity == Severity::kError && d.rule.rfind("io.", 0) == 0;
    });
    if (state.valid) {
      ++summary.valid;
    } else {
      ++(io_problem ? summary.io_failed : summary.invalid);
      ++summary.failed;
    }
    report(state.diagnostics);
  }

  // 3. Pages spanning the edition, from a catalog of the valid documents.
  std::vector<CatalogEntry> entries;
  std::vector<SearchRecord> search;
  for (const DocumentState& state : documents) {
    if (!state.valid) continue;
    entries.push_back({state.stem, state.tei.string()});
    search.push_back({state.stem, state.title, state.date, state.stem + ".html", state.text, state.names});
  }
  XmlDocPtr catalog = renderer.BuildCatalog(entries, "Wilson Center Digital Archive: documents", diagnostics);
  for (const char* page : {"index", "persons", "places", "orgs"}) {
    std::string output, error;
    if (!renderer.HasCatalogPage(page)) continue;
    if (renderer.RenderCatalogPage(page, catalog.get(), output, diagnostics) &&
        !WriteFileAtomically(html_dir / (std::string(page) + ".html"), output, error, Durability::kRegenerable)) {
      diagnostics.push_back({(html_dir / page).string(), 0, 0, Severity::kError, error, "io.write"});
    }
  }
  std::string error;
  if (!WriteFileAtomically(html_dir / "search-index.js", WriteSearchIndexScript(search), error)) {
    diagnostics.push_back({(html_dir / "search-index.js").string(), 0, 0, Severity::kError, error, "io.write"});
  }
  const fs::path assets = data_dir / "xslt" / "html" / "assets";
  boost::system::error_code ec;
  if (fs::is_directory(assets, ec)) {
    for (fs::directory_iterator it(assets, ec), end; !ec && it != end; it.increment(ec)) {
      std::string contents;
      error.clear();
      if (!ReadFile(it->path(), contents, error) ||
          !WriteFileAtomically(html_dir / it->path().filename(), contents, error, Durability::kRegenerable)) {
        diagnostics.push_back({(html_dir / it->path().filename()).string(), 0, 0, Severity::kError,
                               "cannot copy the asset " + it->path().string() + ": " + error, "io.write"});
      }
    }
  }
  if (renderer.HasCatalogPage("volume")) {
    std::string volume;
    if (!WriteFileAtomically(print_settings_file, print_settings, error)) {
      diagnostics.push_back({print_settings_file.string(), 0, 0, Severity::kError, error, "io.write"});
    }
    const fs::path volume_fo = print_dir / "edition.fo";
    const fs::path volume_pdf = print_dir / "edition.pdf";
    if (renderer.RenderCatalogPage("volume", catalog.get(), volume, diagnostics)) {
      // The volume is made from every document, so it is compared rather than dated: an unchanged
      // FO whose PDF is newer (with the same print settings) needs no FOP run.
      std::string previous_volume;
      const bool fo_unchanged = ReadFile(volume_fo, previous_volume, error) && previous_volume == volume;
      error.clear();
      if (fo_unchanged || WriteFileAtomically(volume_fo, volume, error)) {
        const bool pdf_fresh = fo_unchanged && !print_settings_changed && Fresh(volume_pdf, ModifiedTime(volume_fo));
        if (options.pdf && !pdf_fresh) pdf_jobs.push_back({volume_fo.string(), volume_pdf.string(), volume_fo.string()});
      } else {
        diagnostics.push_back({volume_fo.string(), 0, 0, Severity::kError, error, "io.write"});
      }
    }
  }

  // 4. PDF, last: FOP is the slow part.
  if (options.pdf && !pdf_jobs.empty()) {
    std::sort(pdf_jobs.begin(), pdf_jobs.end(), [](const PdfJob& a, const PdfJob& b) { return a.fo_path < b.fo_path; });
    progress.Show("pdf", 0, pdf_jobs.size(), "");
    PdfRenderer pdf((data_dir / "xslt" / "print" / "fop.xconf").string(), options.pdfa ? "PDF/A-1b" : "");
    const int failures = pdf.Render(pdf_jobs, diagnostics);
    summary.pdfs = static_cast<int>(pdf_jobs.size()) - failures;
    summary.failed += failures;
  }
  progress.Done();
  return summary;
}

}  // namespace teipress
