#include "edition_builder.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <mutex>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "build_plan.h"
#include "converter.h"
#include "edition_renderer.h"
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
  std::string tei;
  std::string stem;
  bool valid = false;
  std::vector<Diagnostic> diagnostics;
  std::vector<PlannedOutput> rebuilt;  // with --explain
  std::string title, date, text, names;
};

// Executes a build: each stage asks the planner what is stale, then makes it.
class EditionBuild {
 public:
  EditionBuild(const BuildOptions& options, BuildFileSystem& files, std::vector<Diagnostic>& diagnostics)
      : options_(options),
        files_(files),
        diagnostics_(diagnostics),
        progress_(options.progress),
        authority_dir_(options.authority_dir.empty() ? (fs::path(options.tei_dir) / "authority").string()
                                                     : options.authority_dir) {}

  BuildSummary Run();

 private:
  void Report(std::vector<Diagnostic>& found) {
    std::lock_guard<std::mutex> lock(mutex_);
    diagnostics_.insert(diagnostics_.end(), found.begin(), found.end());
    found.clear();
  }
  void Explain(const PlannedOutput& output, std::vector<PlannedOutput>& rebuilt) const {
    if (options_.explain && output.stale()) rebuilt.push_back(output);
  }
  bool WriteOutput(const std::string& path, const std::string& contents, std::vector<Diagnostic>& found);

  void ConvertSources(const Authority& authority);
  // Validates every document, renders the valid ones; false when the schemas or stylesheets are missing.
  bool ValidateAndRender(const BuildPlanner& planner, EditionRenderer& renderer, const RelaxNgSchema& schema,
                         const SchematronSchema& rules, const Authority& authority);
  void RenderEditionPages(const BuildPlanner& planner, const EditionRenderer& renderer);
  void CopyAssets(const BuildPlanner& planner);
  void RenderVolume(const BuildPlanner& planner, const EditionRenderer& renderer, const xmlDocPtr catalog);
  void RenderPdfs();

  const BuildOptions& options_;
  BuildFileSystem& files_;
  std::vector<Diagnostic>& diagnostics_;
  Progress progress_;
  const std::string authority_dir_;
  std::mutex mutex_;
  BuildSummary summary_;
  std::vector<DocumentState> documents_;
  std::vector<PdfJob> pdf_jobs_;
};

bool EditionBuild::WriteOutput(const std::string& path, const std::string& contents, std::vector<Diagnostic>& found) {
  std::string error;
  if (files_.Write(path, contents, Durability::kRegenerable, error)) return true;
  found.push_back({path, 0, 0, Severity::kError, error, "io.write"});
  return false;
}

// Conversion runs for every source on every build; WriteGeneratedTei compares before it writes and
// keeps what an editor changed.
void EditionBuild::ConvertSources(const Authority& authority) {
  const std::vector<std::string> sources = FilesWithExtension(files_, options_.sources_dir, ".txt", true);
  ParallelFor(sources.size(), options_.jobs, [&](size_t i) {
    std::vector<Diagnostic> found;
    progress_.Show("convert", i + 1, sources.size(), fs::path(sources[i]).filename().string());
    std::string bytes, error;
    if (!files_.Read(sources[i], bytes, error)) {
      found.push_back({sources[i], 0, 0, Severity::kError, error, "io.read"});
    } else {
      const ConversionResult result = Convert(bytes, sources[i], authority, found);
      const TeiWriteOutcome outcome =
          result.ok ? WriteGeneratedTei((fs::path(options_.tei_dir) / (result.record_id + ".xml")).string(), result.tei,
                                        false, found)
                    : TeiWriteOutcome::kFailed;
      std::lock_guard<std::mutex> lock(mutex_);
      if (outcome == TeiWriteOutcome::kWritten) ++summary_.converted;
      if (outcome == TeiWriteOutcome::kKeptEdited) ++summary_.kept_edited;
      if (outcome == TeiWriteOutcome::kFailed) ++summary_.failed;
    }
    Report(found);
  });
}

bool EditionBuild::ValidateAndRender(const BuildPlanner& planner, EditionRenderer& renderer,
                                     const RelaxNgSchema& schema, const SchematronSchema& rules,
                                     const Authority& authority) {
  ParallelFor(documents_.size(), options_.jobs, [&](size_t i) {
    DocumentState& state = documents_[i];
    progress_.Show("render", i + 1, documents_.size(), state.stem);
    XmlDocPtr document = ReadXmlFile(state.tei, state.diagnostics);
    if (!document) return;
    state.valid = schema.Validate(document.get(), state.tei, state.diagnostics);
    state.valid = rules.Validate(document.get(), state.tei, state.diagnostics) && state.valid;
    if (!state.valid) return;
    state.text = TeiToText(document.get());
    state.names = LinkedAuthorityNames(document.get(), authority);
    state.title = XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])");
    state.date = XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)");
    const DocumentPlan plan = planner.PlanDocument(state.tei, state.stem);
    std::string output;
    if (plan.html.stale()) {
      Explain(plan.html, state.rebuilt);
      if (!renderer.RenderHtml(document.get(), state.tei, output, state.diagnostics) ||
          !WriteOutput(plan.html.path, output, state.diagnostics)) {
        state.valid = false;
        return;
      }
    }
    if (plan.fo.stale()) {
      Explain(plan.fo, state.rebuilt);
      if (!renderer.RenderFo(document.get(), state.tei, output, state.diagnostics) ||
          !WriteOutput(plan.fo.path, output, state.diagnostics)) {
        state.valid = false;
        return;
      }
    }
    std::lock_guard<std::mutex> lock(mutex_);
    if (plan.pdf.stale()) {
      Explain(plan.pdf, state.rebuilt);
      pdf_jobs_.push_back({plan.fo.path, plan.pdf.path, state.tei});
    }
    if (plan.html.stale() || plan.fo.stale()) ++summary_.rendered;
    else ++summary_.up_to_date;
  });
  for (DocumentState& state : documents_) {
    if (state.valid) {
      ++summary_.valid;
    } else {
      ++summary_.invalid;
      ++summary_.failed;
    }
    Report(state.diagnostics);
    summary_.rebuilt.insert(summary_.rebuilt.end(), state.rebuilt.begin(), state.rebuilt.end());
  }
  return true;
}

void EditionBuild::RenderEditionPages(const BuildPlanner& planner, const EditionRenderer& renderer) {
  std::vector<std::string> pages;
  for (const char* page : {"index", "persons", "places", "orgs", "volume"}) {
    if (renderer.HasCatalogPage(page)) pages.push_back(page);
  }
  for (const PlannedOutput& output : planner.PlanEditionPages(pages)) Explain(output, summary_.rebuilt);

  // Pages spanning the edition, from a catalog of the valid documents.
  std::vector<CatalogEntry> entries;
  std::vector<SearchRecord> search;
  for (const DocumentState& state : documents_) {
    if (!state.valid) continue;
    entries.push_back({state.stem, state.tei});
    search.push_back({state.stem, state.title, state.date, state.stem + ".html", state.text, state.names});
  }
  XmlDocPtr catalog = renderer.BuildCatalog(entries, options_.title, diagnostics_);
  for (const std::string& page : pages) {
    if (page == "volume") continue;
    std::string output;
    if (renderer.RenderCatalogPage(page, catalog.get(), output, diagnostics_)) {
      WriteOutput((fs::path(planner.html_dir()) / (page + ".html")).string(), output, diagnostics_);
    }
  }
  std::string error;
  const std::string search_index = (fs::path(planner.html_dir()) / "search-index.js").string();
  if (!files_.Write(search_index, WriteSearchIndexScript(search), Durability::kSynced, error)) {
    diagnostics_.push_back({search_index, 0, 0, Severity::kError, error, "io.write"});
  }
  CopyAssets(planner);
  if (renderer.HasCatalogPage("volume")) RenderVolume(planner, renderer, catalog.get());
}

// The stylesheets' CSS and JavaScript beside the pages; a copy that fails is an error, not a page
// without its style.
void EditionBuild::CopyAssets(const BuildPlanner& planner) {
  const std::string assets = (fs::path(options_.data_dir) / "xslt" / "html" / "assets").string();
  for (const DirectoryEntry& entry : files_.List(assets, false)) {
    if (entry.is_directory) continue;
    std::string contents, error;
    const std::string target = (fs::path(planner.html_dir()) / fs::path(entry.path).filename()).string();
    if (!files_.Read(entry.path, contents, error)) {
      diagnostics_.push_back({entry.path, 0, 0, Severity::kError, error, "io.read"});
    } else if (!files_.Write(target, contents, Durability::kSynced, error)) {
      diagnostics_.push_back({target, 0, 0, Severity::kError, error, "io.write"});
    }
  }
}

void EditionBuild::RenderVolume(const BuildPlanner& planner, const EditionRenderer& renderer, const xmlDocPtr catalog) {
  std::string error;
  if (!files_.Write(planner.print_settings_file(), planner.print_settings(), Durability::kSynced, error)) {
    diagnostics_.push_back({planner.print_settings_file(), 0, 0, Severity::kError, error, "io.write"});
  }
  const std::string volume_fo = (fs::path(planner.print_dir()) / "edition.fo").string();
  std::string volume;
  if (!renderer.RenderCatalogPage("volume", catalog, volume, diagnostics_)) return;
  // The volume is made from every document, so it is compared rather than dated: an unchanged
  // FO whose PDF is newer (with the same print settings) needs no FOP run.
  std::string previous_volume;
  const bool fo_unchanged = files_.Read(volume_fo, previous_volume, error) && previous_volume == volume;
  error.clear();
  if (!fo_unchanged && !files_.Write(volume_fo, volume, Durability::kSynced, error)) {
    diagnostics_.push_back({volume_fo, 0, 0, Severity::kError, error, "io.write"});
    return;
  }
  const PlannedOutput pdf = planner.PlanVolumePdf(fo_unchanged);
  if (pdf.stale()) {
    Explain(pdf, summary_.rebuilt);
    pdf_jobs_.push_back({volume_fo, pdf.path, volume_fo});
  }
}

// PDF, last: FOP is the slow part.
void EditionBuild::RenderPdfs() {
  if (!options_.pdf || pdf_jobs_.empty()) return;
  std::sort(pdf_jobs_.begin(), pdf_jobs_.end(), [](const PdfJob& a, const PdfJob& b) { return a.fo_path < b.fo_path; });
  progress_.Show("pdf", 0, pdf_jobs_.size(), "");
  PdfRenderer pdf((fs::path(options_.data_dir) / "xslt" / "print" / "fop.xconf").string(),
                  options_.pdfa ? "PDF/A-1b" : "");
  const int failures = pdf.Render(pdf_jobs_, diagnostics_);
  summary_.pdfs = static_cast<int>(pdf_jobs_.size()) - failures;
  summary_.failed += failures;
}

BuildSummary EditionBuild::Run() {
  InitializeXmlLibraries();
  const Authority authority = Authority::Load(authority_dir_, diagnostics_);
  ConvertSources(authority);

  for (const std::string& tei : FilesWithExtension(files_, options_.tei_dir, ".xml", false)) {
    DocumentState state;
    state.tei = tei;
    state.stem = fs::path(tei).stem().string();
    documents_.push_back(std::move(state));
  }
  const fs::path data_dir = options_.data_dir;
  auto schema = RelaxNgSchema::Compile((data_dir / "schemas" / "edition.rng").string(), diagnostics_);
  // The rules a grammar cannot say; they look names up in this build's authority files.
  SchematronOptions rules_options;
  rules_options.parameters["authority-dir"] = fs::absolute(authority_dir_).string() + "/";
  auto rules = SchematronSchema::Compile((data_dir / "schemas" / "edition.sch").string(), rules_options, diagnostics_);
  const std::vector<std::string> authority_files = FilesWithExtension(files_, authority_dir_, ".xml", false);
  EditionRenderer renderer(options_.data_dir, authority_files, diagnostics_);
  renderer.SetPrintParameter("page-size", options_.paper);
  if (!schema || !rules || !renderer.ok()) {
    summary_.failed += static_cast<int>(documents_.size());
    return summary_;
  }
  PlanSettings settings;
  settings.out_dir = options_.out_dir;
  settings.data_dir = options_.data_dir;
  settings.authority_dir = authority_dir_;
  settings.executable = "/proc/self/exe";
  settings.pdf = options_.pdf;
  settings.paper = options_.paper;
  settings.pdfa = options_.pdfa;
  const BuildPlanner planner(files_, settings);

  ValidateAndRender(planner, renderer, *schema, *rules, authority);
  RenderEditionPages(planner, renderer);
  RenderPdfs();
  progress_.Done();
  return summary_;
}

}  // namespace

BuildSummary BuildEdition(const BuildOptions& options, BuildFileSystem& files, std::vector<Diagnostic>& diagnostics) {
  return EditionBuild(options, files, diagnostics).Run();
}

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics) {
  DiskFileSystem disk;
  return BuildEdition(options, disk, diagnostics);
}

}  // namespace teipress
