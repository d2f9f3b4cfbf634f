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
#include "diagnostic_catalog.h"
#include "document_date.h"
#include "edition_renderer.h"
#include "edition_validator.h"
#include "file_io.h"
#include "parallel.h"
#include "name_register.h"
#include "pdf_renderer.h"
#include "search_index.h"
#include "tei_documents.h"
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
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
      if (fs::is_regular_file(it->path(), ec) && it->path().extension() == extension) files.push_back(it->path());
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
  bool is_tei = true;  // false: an XML file of the TEI folder that is no TEI document
  bool valid = false;
  std::vector<Diagnostic> diagnostics;
  std::string title, date, sort_date, text, names;
  std::vector<NamedEntity> entities;
};

// Copies every file of `from` (not recursively) into `to`, later copies replacing earlier ones.
void CopyFiles(const fs::path& from, const fs::path& to, std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  if (!fs::is_directory(from, ec)) return;
  for (fs::directory_iterator it(from, ec), end; !ec && it != end; it.increment(ec)) {
    if (!fs::is_regular_file(it->path(), ec)) continue;
    std::string contents, error;
    if (!ReadFile(it->path(), contents, error) || !WriteFileAtomically(to / it->path().filename(), contents, error)) {
      diagnostics.push_back({it->path().string(), 0, 0, Severity::kError, error, rules::kIoWrite});
    }
  }
}

// The names of the CSS files a profile adds, space-separated, for page.xsl's extra-css.
std::string ProfileCss(const fs::path& profile) {
  std::string names;
  for (const fs::path& file : FilesWithExtension(profile / "css", ".css", false)) {
    names += (names.empty() ? "" : " ") + file.filename().string();
  }
  return names;
}

// The first error among `diagnostics`, for the summary of invalid documents.
Diagnostic FirstError(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError) return d;
  }
  return {};
}

}  // namespace

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics) {
  BuildSummary summary;
  InitializeXmlLibraries();
  Progress progress(options.progress);
  const fs::path tei_dir = options.tei_dir;
  const fs::path out_dir = options.out_dir;
  const fs::path authority_dir = options.authority_dir.empty() ? tei_dir / "authority" : fs::path(options.authority_dir);
  const fs::path data_dir = options.data_dir;
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
  ParallelFor(sources.size(), options.jobs, [&](size_t i) {
    std::vector<Diagnostic> found;
    progress.Show("convert", i + 1, sources.size(), sources[i].filename().string());
    std::string bytes, error;
    if (!ReadFile(sources[i], bytes, error)) {
      found.push_back({sources[i].string(), 0, 0, Severity::kError, error, rules::kIoRead});
    } else {
      const ConversionResult result = Convert(bytes, sources[i].string(), authority, found, options.publication);
      if (result.ok) {
        const TeiWriteOutcome outcome =
            WriteGeneratedTei((tei_dir / (result.record_id + ".xml")).string(), result.tei, false, found);
        std::lock_guard<std::mutex> lock(counts_mutex);
        if (outcome == TeiWriteOutcome::kWritten) ++summary.converted;
        if (outcome == TeiWriteOutcome::kKeptEdited) ++summary.kept_edited;
        if (outcome == TeiWriteOutcome::kFailed) ++summary.failed;
      } else {
        std::lock_guard<std::mutex> lock(counts_mutex);
        ++summary.failed;
      }
    }
    report(found);
  });

  // 2. Validate every TEI file of the edition, in subfolders too (each schema compiled once).
  std::vector<DocumentState> documents;
  for (const TeiDocumentFile& file : FindTeiDocuments(tei_dir, authority_dir)) {
    DocumentState state;
    state.tei = file.path;
    state.stem = file.stem;
    documents.push_back(std::move(state));
  }
  if (documents.empty()) {
    diagnostics.push_back({tei_dir.string(), 0, 0, Severity::kError,
                           "no TEI documents (*.xml) in " + tei_dir.string() +
                               (sources.empty() ? " and no sources to convert" : "") +
                               ": give the folder of the edition's TEI with --tei, or plain-text exports with --sources",
                           rules::kBuildNoDocuments});
    ++summary.failed;
    return summary;
  }
  // Without authority entries names are simply not linked: said once here, not once per document.
  const bool authority_found = authority.size() > 0;
  if (!authority_found && fs::is_directory(authority_dir)) {
    diagnostics.push_back({authority_dir.string(), 0, 0, Severity::kWarning,
                           "the authority lists have no entries: names are not linked, and the person, place and "
                           "organization indexes are made from the names in the documents",
                           rules::kAuthorityMissing});
  }
  ValidationSettings validation;
  validation.data_dir = data_dir.string();
  validation.schema = options.schema;
  validation.schematron = options.schematron;
  validation.phase = options.phase;
  validation.authority_dir = authority_dir.string();
  validation.authority_found = authority_found;
  EditionValidator validator(validation);
  std::vector<std::string> authority_files;
  for (const fs::path& file : FilesWithExtension(authority_dir, ".xml", false)) authority_files.push_back(file.string());
  EditionRenderer renderer(data_dir.string(), authority_files, diagnostics, options.profile_dir);
  renderer.SetReadOptions({options.xinclude, options.xinclude_root});
  renderer.SetPrintParameter("page-size", options.paper);
  for (const auto& [name, value] : options.stylesheet_parameters) renderer.SetParameter(name, value);
  const std::string profile_css = options.profile_dir.empty() ? "" : ProfileCss(options.profile_dir);
  if (!profile_css.empty()) renderer.SetParameter("extra-css", profile_css);
  if (!renderer.ok()) {
    summary.failed += static_cast<int>(documents.size());
    return summary;
  }
  const int64_t templates_time =
      std::max({NewestUnder(data_dir / "xslt"), NewestUnder(authority_dir), ModifiedTime("/proc/self/exe"),
                options.profile_dir.empty() ? int64_t{0} : NewestUnder(options.profile_dir)});
  const fs::path html_dir = out_dir / "html";
  const fs::path print_dir = out_dir / "print";
  // FO and PDF made with other print settings (paper, PDF/A) are stale whatever their age.
  const fs::path print_settings_file = print_dir / ".print-settings";
  // Pages made with other settings (paper, PDF/A, the configuration's title, language, --param …)
  // are stale whatever their age.
  std::string print_settings = "paper=" + options.paper + " pdfa=" + (options.pdfa ? "yes" : "no") + "\n";
  for (const auto& [name, value] : options.stylesheet_parameters) print_settings += name + "=" + value + "\n";
  print_settings += "profile=" + options.profile_dir + "\n";
  std::string previous_print_settings, settings_error;
  const bool print_settings_changed = !ReadFile(print_settings_file, previous_print_settings, settings_error) ||
                                      previous_print_settings != print_settings;
  std::vector<PdfJob> pdf_jobs;
  std::mutex jobs_mutex;

  ParallelFor(documents.size(), options.jobs, [&](size_t i) {
    DocumentState& state = documents[i];
    progress.Show("render", i + 1, documents.size(), state.stem);
    const std::string name = state.tei.string();
    XmlReadOptions read_options;
    read_options.xinclude = options.xinclude;
    read_options.xinclude_root = options.xinclude_root;
    XmlDocPtr document = ReadXmlFile(name, state.diagnostics, read_options);
    if (!document) return;
    if (!IsTeiDocument(document.get())) {
      // An XInclude fragment or another project file: not a document of the edition.
      state.is_tei = false;
      state.diagnostics.push_back({name, 0, 0, Severity::kNote,
                                   "not a TEI document (its root is not TEI or teiCorpus in the TEI namespace); "
                                   "not part of the edition",
                                   rules::kBuildNotTei});
      return;
    }
    state.valid = validator.Validate(document.get(), name, IsTeipressConversion(document.get()), state.diagnostics);
    if (!state.valid) return;
    state.text = TeiToText(document.get());
    state.names = LinkedAuthorityNames(document.get(), authority);
    state.entities = CollectNamedEntities(document.get(), authority);
    state.sort_date = DocumentSortDate(document.get());
    state.title = XPathString(document.get(), "normalize-space((/tei:TEI | /tei:teiCorpus)/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])");
    state.date = XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)");
    if (state.date.empty()) state.date = state.sort_date;
    const fs::path html = html_dir / (state.stem + ".html");
    const fs::path fo = print_dir / (state.stem + ".fo");
    const fs::path pdf = print_dir / (state.stem + ".pdf");
    const int64_t input_time = std::max(ModifiedTime(state.tei), templates_time);
    const bool html_fresh = ModifiedTime(html) > input_time;
    const bool fo_fresh = !print_settings_changed && ModifiedTime(fo) > input_time;
    std::string output, error;
    if (!html_fresh) {
      if (!renderer.RenderHtml(document.get(), name, output, state.diagnostics) ||
          !WriteFileAtomically(html, output, error, Durability::kRegenerable)) {
        if (!error.empty()) state.diagnostics.push_back({html.string(), 0, 0, Severity::kError, error, rules::kIoWrite});
        state.valid = false;
        return;
      }
    }
    if (!fo_fresh) {
      if (!renderer.RenderFo(document.get(), name, output, state.diagnostics) ||
          !WriteFileAtomically(fo, output, error, Durability::kRegenerable)) {
        if (!error.empty()) state.diagnostics.push_back({fo.string(), 0, 0, Severity::kError, error, rules::kIoWrite});
        state.valid = false;
        return;
      }
    }
    if (options.pdf && (!fo_fresh || ModifiedTime(pdf) <= ModifiedTime(fo))) {
      std::lock_guard<std::mutex> lock(jobs_mutex);
      pdf_jobs.push_back({fo.string(), pdf.string(), name});
    }
    std::lock_guard<std::mutex> lock(counts_mutex);
    if (html_fresh && fo_fresh) ++summary.up_to_date;
    else ++summary.rendered;
  });
  for (DocumentState& state : documents) {
    if (!state.is_tei) ++summary.not_tei;
    else if (state.valid) ++summary.valid;
    else {
      ++summary.invalid;
      ++summary.failed;
      summary.invalid_documents.push_back({state.tei.string(), state.stem, FirstError(state.diagnostics)});
    }
    report(state.diagnostics);
  }

  // 3. Pages spanning the edition, from a catalog of the valid documents.
  std::vector<CatalogEntry> entries;
  std::vector<SearchRecord> search;
  NameRegister names;
  for (const DocumentState& state : documents) {
    if (!state.valid) continue;
    entries.push_back({state.stem, state.tei.string(), state.sort_date, ""});
    search.push_back({state.stem, state.title, state.date, state.stem + ".html", state.text, state.names});
    names.Add(state.stem, state.entities);
  }
  // A development build shows the whole edition: the invalid documents too, marked, without a page.
  if (options.drafts) {
    for (const InvalidDocument& invalid : summary.invalid_documents) {
      entries.push_back({invalid.stem, invalid.file, "", FormatGnu(invalid.first_error)});
    }
  }
  XmlDocPtr catalog = renderer.BuildCatalog(entries, options.title, diagnostics);
  names.AppendTo(xmlDocGetRootElement(catalog.get()));
  for (const char* page : {"index", "persons", "places", "orgs"}) {
    std::string output, error;
    if (!renderer.HasCatalogPage(page)) continue;
    if (renderer.RenderCatalogPage(page, catalog.get(), output, diagnostics) &&
        !WriteFileAtomically(html_dir / (std::string(page) + ".html"), output, error, Durability::kRegenerable)) {
      diagnostics.push_back({(html_dir / page).string(), 0, 0, Severity::kError, error, rules::kIoWrite});
    }
  }
  std::string error;
  if (!WriteFileAtomically(html_dir / "search-index.js", WriteSearchIndexScript(search), error)) {
    diagnostics.push_back({(html_dir / "search-index.js").string(), 0, 0, Severity::kError, error, rules::kIoWrite});
  }
  // The defaults first, then the profile's CSS and assets, which replace a default of the same name.
  CopyFiles(data_dir / "xslt" / "html" / "assets", html_dir, diagnostics);
  if (!options.profile_dir.empty()) {
    CopyFiles(fs::path(options.profile_dir) / "css", html_dir, diagnostics);
    CopyFiles(fs::path(options.profile_dir) / "assets", html_dir, diagnostics);
  }
  if (renderer.HasCatalogPage("volume")) {
    std::string volume;
    if (!WriteFileAtomically(print_settings_file, print_settings, error)) {
      diagnostics.push_back({print_settings_file.string(), 0, 0, Severity::kError, error, rules::kIoWrite});
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
        const bool pdf_fresh =
            fo_unchanged && !print_settings_changed && ModifiedTime(volume_pdf) > ModifiedTime(volume_fo);
        if (options.pdf && !pdf_fresh) pdf_jobs.push_back({volume_fo.string(), volume_pdf.string(), volume_fo.string()});
      } else {
        diagnostics.push_back({volume_fo.string(), 0, 0, Severity::kError, error, rules::kIoWrite});
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
