#include "edition_builder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <unordered_map>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "build_log.h"
#include "build_report.h"
#include "converter.h"
#include "diagnostic_catalog.h"
#include "document_date.h"
#include "edition_renderer.h"
#include "edition_validator.h"
#include "file_fingerprints.h"
#include "name_register.h"
#include "parallel.h"
#include "pdf_renderer.h"
#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "search_index.h"
#include "sha256.h"
#include "tei_documents.h"
#include "tei_output.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

int ShardOf(const std::string& stem, int count) {
  if (count <= 1) return 1;
  const std::string hash = Sha256Hex(stem);
  return static_cast<int>(std::stoull(hash.substr(0, 15), nullptr, 16) % static_cast<unsigned long long>(count)) + 1;
}

namespace {

// As boost::filesystem's `directory / name` joins them (a separator added unless one is there),
// without building paths: the planner joins every output's name.
std::string Join(const std::string& directory, const std::string& name) {
  if (name.empty()) return directory;
  std::string joined;
  joined.reserve(directory.size() + 1 + name.size());
  joined = directory;
  if (!joined.empty() && joined.back() != '/' && name.front() != '/') joined += '/';
  joined += name;
  return joined;
}

// Where the time goes: per stage, the threads' CPU time summed over the workers, and the items.
class StageClock {
 public:
  enum Stage { kPlan, kConvert, kParse, kValidate, kHtml, kFo, kEntry, kSearch, kVolumeEntry, kPages, kSearchIndex,
               kVolume, kPdf, kStageCount };
  static constexpr std::array<const char*, kStageCount> kNames = {
      "plan (stat, hash)", "convert",       "parse TEI",   "validate (RELAX NG, Schematron)", "HTML page",
      "FO",                "catalog entry", "search record", "volume part", "index and registers",
      "search index",      "volume FO",     "PDF (FOP, wall)"};

  static int64_t ThreadNs() {
    struct timespec now;
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
  }

  class Scope {
   public:
    Scope(StageClock& clock, Stage stage) : clock_(clock), stage_(stage), start_(ThreadNs()) {}
    ~Scope() {
      clock_.ns_[stage_] += ThreadNs() - start_;
      ++clock_.items_[stage_];
    }

   private:
    StageClock& clock_;
    Stage stage_;
    int64_t start_;
  };

  void AddWall(Stage stage, int64_t ns, long items) {
    ns_[stage] += ns;
    items_[stage] += items;
  }

  std::vector<ReportTime> Times() const {
    std::vector<ReportTime> times;
    for (int i = 0; i < kStageCount; ++i) {
      if (items_[i] == 0) continue;
      times.push_back({kNames[static_cast<size_t>(i)], static_cast<double>(ns_[i].load()) / 1e9, items_[i].load()});
    }
    return times;
  }

 private:
  std::array<std::atomic<int64_t>, kStageCount> ns_{};
  std::array<std::atomic<long>, kStageCount> items_{};
};

int64_t SteadyNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

std::string XPathString(xmlDocPtr document, const char* expression) {
  XPathContextPtr context(xmlXPathNewContext(document));
  if (!context) return "";
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression), context.get()));
  return result && result->type == XPATH_STRING && result->stringval ? AsChars(result->stringval) : "";
}

// The hashes everything depends on, computed once per build.
struct SharedInputs {
  std::string teipress;
  std::string html_stylesheets;
  std::string print_stylesheets;
  std::string schemas;
  std::string authority;
  std::string fop;
};

// The two parts of a catalog entry that the pages show: the index's (the entry and its list item)
// and the registers' (the entry and its register items). A change to a summary changes the first
// only, so the registers are not made again for it.
std::pair<std::string, std::string> EntryPartHashes(const std::string& entry, const EntryHtml& html) {
  Sha256Fields index, registers;
  index.Add(entry).Add(html.item);
  registers.Add(entry);
  for (const auto& [ref, item] : html.mentions) registers.Add(ref).Add(item);
  return {ShortHash(index.Hex()), ShortHash(registers.Hex())};
}

struct DocumentWork {
  std::string tei;
  std::string stem;
  std::string tei_hash;
  bool verdict_cached = false;
  bool validated_now = false;  // by ValidateDocument in this build, before the rendering
  bool valid = false;
  bool failed = false;
  bool not_tei = false;  // an XML file of the TEI folder that is no TEI document
  bool stray = false;    // of those, one no document includes: refused (input.not-tei)
  // The local files its xi:include elements name, relative to its folder (as the build log keeps them).
  std::vector<std::string> xinclude_targets;
  std::vector<Diagnostic> diagnostics;
  std::vector<PlannedOutput> rebuilt;
  Signature verdict, html, fo, entry, search, volume;
  PlannedOutput html_plan, fo_plan, entry_plan, search_plan, volume_plan;
  bool wants_volume = false;

  // What only the document's own outputs needed (all but the volume's signature, which the volume
  // it opens asks for): let go once they are made, so that the pages spanning the edition are made
  // without ~5 kB a document of signatures and plans beside them.
  void ReleaseDocumentState() {
    xinclude_targets = {};
    diagnostics = {};
    rebuilt = {};
    verdict = html = fo = entry = search = {};
    html_plan = fo_plan = entry_plan = search_plan = volume_plan = {};
  }

  bool NeedsWork(bool drafts) const {
    return !verdict_cached || (drafts && !valid && !not_tei && entry_plan.stale()) ||
           (valid && (html_plan.stale() || fo_plan.stale() || entry_plan.stale() || search_plan.stale() ||
                      (wants_volume && volume_plan.stale())));
  }
};

struct SourceWork {
  std::string source;
  std::string hash;
  Signature signature;
  bool cached = false;
  std::string reason;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::string> suggestions;
  std::string outcome;  // written, up-to-date, kept-edited, failed, duplicate
  std::string record_id;  // of the TEI it wrote (or would have written)
  std::string tei;        // the TEI its cached conversion left, and that file's hash now
  std::string tei_hash;
};

// Holds OUT/.teipress/lock for the build: two builds of one output directory at once would
// interleave their logs. The lock goes with the process, however it ends.
class OutputLock {
 public:
  bool Acquire(const std::string& path, std::string& error) {
    boost::system::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) {
      error = "cannot open " + path + ": " + std::strerror(errno);
      return false;
    }
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      error = "another teipress build is writing to this output directory (" + path +
              " is locked): wait for it to finish, or build into another --out";
      return false;
    }
    return true;
  }
  ~OutputLock() {
    if (fd_ >= 0) ::close(fd_);
  }

 private:
  int fd_ = -1;
};

class EditionBuild {
 public:
  EditionBuild(const BuildOptions& options, BuildFileSystem& files, std::vector<Diagnostic>& diagnostics)
      : options_(options),
        files_(files),
        diagnostics_(diagnostics),
        progress_(options.progress ? stderr : nullptr, options.progress && ::isatty(STDERR_FILENO),
                  options.verbosity, options.explain),
        authority_dir_(options.authority_dir.empty() ? Join(options.tei_dir, "authority") : options.authority_dir),
        state_dir_(Join(options.out_dir, ".teipress")),
        fragments_dir_(Join(state_dir_, "fragments")),
        html_dir_(Join(options.out_dir, "html")),
        print_dir_(Join(options.out_dir, "print")),
        sharded_(options.shard_count > 1),
        fingerprints_(files, log_, WallClockNs),
        planner_(files, log_) {}

  BuildSummary Run();

 private:
  void Report(std::vector<Diagnostic>& found) {
    std::lock_guard<std::mutex> lock(mutex_);
    diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    found.clear();
  }
  void Explain(const PlannedOutput& output, std::vector<PlannedOutput>& rebuilt) {
    if (!output.stale()) return;
    progress_.Explain(output.path, output.reason);
    std::lock_guard<std::mutex> lock(explain_mutex_);
    if (options_.explain) rebuilt.push_back(output);
  }
  bool WriteOutput(const std::string& path, const std::string& contents, const Signature& signature,
                   std::vector<Diagnostic>& found);
  std::string Fragment(const std::string& stem, const char* kind) const { return Join(fragments_dir_, stem + kind); }

  void HashSharedInputs();
  void ConvertSources();
  bool OutranksForRecord(size_t a, size_t b) const;
  // False when there is no TEI document to build: no site is made then.
  bool PlanDocuments();
  void BuildDocuments();
  void ValidateDocument(DocumentWork& work);
  void RefuseStrayFiles();
  void BuildDocument(DocumentWork& work);
  bool WriteCatalogEntry(DocumentWork& work, xmlDocPtr document, const std::map<std::string, std::string>& extra);
  void BuildEditionPages();
  void BuildCatalogPages(const std::vector<const DocumentWork*>& valid);
  void BuildSearchIndex(const std::vector<const DocumentWork*>& valid);
  void BuildVolumes(const std::vector<const DocumentWork*>& valid);
  void BuildVolume(const std::string& name, const std::string& subtitle, const std::vector<const DocumentWork*>& documents,
                   std::vector<Diagnostic>& found);
  void CopyAssets();
  void RenderPdfs();
  bool PrintVolumeWithout(const std::set<std::string>& unprintable, const PdfRenderer& pdf, const PdfJob& volume,
                          std::vector<Diagnostic>& found);
  void WriteReport(int64_t started_ns);

  const BuildOptions& options_;
  BuildFileSystem& files_;
  std::vector<Diagnostic>& diagnostics_;
  BuildProgress progress_;
  const std::string authority_dir_;
  const std::string state_dir_;
  const std::string fragments_dir_;
  const std::string html_dir_;
  const std::string print_dir_;
  const bool sharded_;
  BuildLog log_;
  FileFingerprints fingerprints_;
  BuildPlanner planner_;
  // Compiled on first use, so that a build with nothing to do compiles nothing.
  const Authority& authority();
  EditionValidator& validator();
  const EditionRenderer& renderer();
  bool HasStylesheet(const char* relative) const {
    return files_.Stat(Join(options_.data_dir, relative)).exists;
  }
  std::once_flag authority_once_, validator_once_, renderer_once_;
  std::unique_ptr<Authority> authority_;
  std::unique_ptr<EditionValidator> validator_;
  std::unique_ptr<EditionRenderer> renderer_;
  // What the edition configuration adds to every page's inputs: stylesheet parameters, profile.
  std::string settings_;
  XmlReadOptions read_options_;
  SharedInputs inputs_;
  std::mutex mutex_;
  std::mutex explain_mutex_;
  BuildSummary summary_;
  StageClock clock_;
  std::vector<ReportTime> phases_;
  std::vector<SourceWork> sources_;
  std::unordered_map<std::string, std::string> tei_hashes_;  // TEI path -> content hash, of this build
  std::vector<DocumentWork> documents_;
  std::vector<boost::filesystem::path> other_shards_files_;  // of a sharded build: what other shards build
  std::vector<PdfJob> pdf_jobs_;
  std::vector<Signature> pdf_signatures_;
  // Each volume's FO -> its documents (in the order BuildVolume was given) and subtitle.
  struct Volume {
    std::vector<const DocumentWork*> documents;
    std::string subtitle;
  };
  std::map<std::string, Volume> volumes_;
};

bool EditionBuild::WriteOutput(const std::string& path, const std::string& contents, const Signature& signature,
                               std::vector<Diagnostic>& found) {
  std::string error;
  if (files_.Write(path, contents, Durability::kRegenerable, error) &&
      planner_.RecordMade(path, signature, contents, error)) {
    return true;
  }
  found.push_back({path, 0, 0, Severity::kError, error, rules::kIoWrite});
  return false;
}

const Authority& EditionBuild::authority() {
  std::call_once(authority_once_, [&] {
    std::vector<Diagnostic> found;
    authority_ = std::make_unique<Authority>(Authority::Load(authority_dir_, found));
    Report(found);
  });
  return *authority_;
}

EditionValidator& EditionBuild::validator() {
  std::call_once(validator_once_, [&] {
    ValidationSettings settings;
    settings.data_dir = options_.data_dir;
    settings.schema = options_.schema;
    settings.schematron = options_.schematron;
    settings.phase = options_.phase;
    settings.authority_dir = authority_dir_;
    settings.relaxng_engine = options_.relaxng_engine;
    // Without authority entries names are simply not linked: said once here, not per document.
    settings.authority_found = authority().size() > 0;
    if (!settings.authority_found && files_.Stat(authority_dir_).exists) {
      std::vector<Diagnostic> found = {{authority_dir_, 0, 0, Severity::kWarning,
                                        "the authority lists have no entries: names are not linked, and the person, "
                                        "place and organization indexes are made from the names in the documents",
                                        rules::kAuthorityMissing}};
      Report(found);
    }
    validator_ = std::make_unique<EditionValidator>(settings);
  });
  return *validator_;
}

const EditionRenderer& EditionBuild::renderer() {
  std::call_once(renderer_once_, [&] {
    std::vector<Diagnostic> found;
    renderer_ = std::make_unique<EditionRenderer>(
        options_.data_dir, FilesWithExtension(files_, authority_dir_, ".xml", false), found, options_.profile_dir);
    renderer_->SetPrintParameter("page-size", options_.paper);
    for (const auto& [name, value] : options_.stylesheet_parameters) renderer_->SetParameter(name, value);
    // A profile's style sheets, linked after edition.css on every page.
    std::string css;
    if (!options_.profile_dir.empty()) {
      for (const std::string& file : FilesWithExtension(files_, Join(options_.profile_dir, "css"), ".css", false)) {
        css += (css.empty() ? "" : " ") + fs::path(file).filename().string();
      }
    }
    if (!css.empty()) renderer_->SetParameter("extra-css", css);
    renderer_->SetReadOptions(read_options_);
    Report(found);
  });
  return *renderer_;
}

void EditionBuild::HashSharedInputs() {
  StageClock::Scope timed(clock_, StageClock::kPlan);
  auto files_below = [&](const std::string& directory, bool skip_assets) {
    std::vector<std::string> found;
    for (const std::string& file : FilesWithExtension(files_, directory, "", true)) {
      if (skip_assets && file.find("/assets/") != std::string::npos) continue;  // copied, not applied
      found.push_back(file);
    }
    return found;
  };
  const std::string xslt = Join(options_.data_dir, "xslt");
  // Files directly in xslt/ belong to both outputs, each folder to its own, common/ to both.
  std::vector<std::string> shared = FilesWithExtension(files_, xslt, "", false);
  std::vector<std::string> common = files_below(Join(xslt, "common"), false);
  shared.insert(shared.end(), common.begin(), common.end());
  std::vector<std::string> html = shared, print = shared;
  for (const std::string& file : files_below(Join(xslt, "html"), true)) html.push_back(file);
  for (const std::string& file : files_below(Join(xslt, "print"), false)) print.push_back(file);
  // The edition configuration's parameters and profile are inputs of every page.
  settings_.clear();
  for (const auto& [name, value] : options_.stylesheet_parameters) settings_ += name + "=" + value + "\n";
  if (!options_.profile_dir.empty()) {
    for (const std::string& file : FilesWithExtension(files_, options_.profile_dir, "", true)) {
      const bool is_print = fs::path(file).filename() == "print.xsl";
      (is_print ? print : html).push_back(file);
    }
    settings_ += "profile=" + options_.profile_dir + "\n";
  }
  settings_ += std::string("xinclude=") + (options_.xinclude ? "yes " : "no ") + options_.xinclude_root + "\n";
  const std::string settings = ShortHash(Sha256Hex(settings_));
  inputs_.html_stylesheets = ShortHash(fingerprints_.HashAll(html)) + "/" + settings;
  inputs_.print_stylesheets = ShortHash(fingerprints_.HashAll(print)) + "/" + settings;
  std::vector<std::string> schemas = {Join(options_.data_dir, "schemas/edition.rng"),
                                      Join(options_.data_dir, "schemas/edition.sch"),
                                      Join(options_.data_dir, "schemas/tei_all.rng")};
  for (const std::string* configured : {&options_.schema, &options_.schematron}) {
    if (!configured->empty() && *configured != "none" && *configured != "edition" && *configured != "tei_all") {
      schemas.push_back(*configured);
    }
  }
  inputs_.schemas = ShortHash(fingerprints_.HashAll(schemas)) + "/" +
                    ShortHash(Sha256Hex(options_.schema + "\n" + options_.schematron + "\n" + options_.phase + "\n" +
                                        settings_));
  inputs_.authority = ShortHash(fingerprints_.HashAll(FilesWithExtension(files_, authority_dir_, ".xml", false)));
  inputs_.fop = ShortHash(fingerprints_.HashAll({Join(xslt, "print/fop.xconf")}));
  // teipress itself: another binary may convert, validate or render differently.
  inputs_.teipress = ShortHash(fingerprints_.Hash("/proc/self/exe"));
}

// Two sources naming one archive record (a re-downloaded "113009 (1).txt") would write one TEI
// file in whatever order the workers finish. The source named after its record wins, else the
// first in path order; the others are not converted, with a warning, in every build until removed.
bool EditionBuild::OutranksForRecord(size_t a, size_t b) const {
  const bool a_named = fs::path(sources_[a].source).stem() == sources_[a].record_id;
  const bool b_named = fs::path(sources_[b].source).stem() == sources_[b].record_id;
  return a_named != b_named ? a_named : a < b;
}

void EditionBuild::ConvertSources() {
  const int64_t started = SteadyNs();
  std::vector<std::string> paths = FilesWithExtension(files_, options_.sources_dir, ".txt", true);
  sources_.resize(paths.size());
  // Plan: a source is converted again when it, the authority files or teipress changed, or when
  // its TEI is not what the conversion left (an editor's change is then kept and reported again).
  ParallelFor(paths.size(), options_.jobs, [&](size_t i) {
    StageClock::Scope timed(clock_, StageClock::kPlan);
    SourceWork& work = sources_[i];
    work.source = paths[i];
    work.hash = fingerprints_.Hash(work.source);
    work.signature.Add(work.source, ShortHash(work.hash))
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress)
        .Add("publisher", options_.publication.publisher)
        .Add("licence", options_.publication.licence);
    const BuildLog::Fields* record = log_.Find("converted", work.source);
    if (!record || record->size() != 6) {
      work.reason = "it was never converted";
    } else if ((*record)[0] != work.signature.Digest()) {
      work.reason = "it, the authority files or teipress changed";
    } else if ((*record)[1].empty() ||
               ShortHash(work.tei_hash = fingerprints_.Hash(work.tei = (*record)[1])) != (*record)[2]) {
      work.reason = "its TEI is not the one its conversion left";
    } else {
      work.cached = true;
      work.record_id = fs::path((*record)[1]).stem().string();
      work.outcome = (*record)[3];
      work.diagnostics = DecodeDiagnostics((*record)[4]);
      work.suggestions = SplitLogList((*record)[5]);
    }
  });
  size_t to_convert = 0;
  for (const SourceWork& work : sources_) to_convert += work.cached ? 0 : 1;
  if (to_convert > 0) authority();
  progress_.Begin("convert", to_convert);
  std::vector<size_t> stale;
  // Which source writes each record's TEI so far (the cached ones hold theirs already); a write
  // is made under its record's lock, so that the one that outranks the others writes last.
  struct Claim {
    size_t holder;
    std::shared_ptr<std::mutex> writing = std::make_shared<std::mutex>();
  };
  std::map<std::string, Claim> claims;
  std::mutex claims_mutex;
  for (size_t i = 0; i < sources_.size(); ++i) {
    if (!sources_[i].cached) {
      stale.push_back(i);
    } else if (auto [claim, fresh] = claims.try_emplace(sources_[i].record_id, Claim{i}); !fresh) {
      if (OutranksForRecord(i, claim->second.holder)) claim->second.holder = i;
    }
  }
  auto holds_claim = [&](size_t i, bool take) {
    std::lock_guard<std::mutex> lock(claims_mutex);
    auto [claim, fresh] = claims.try_emplace(sources_[i].record_id, Claim{i});
    if (!fresh && take && OutranksForRecord(i, claim->second.holder)) claim->second.holder = i;
    return std::make_pair(claim->second.holder == i, claim->second.writing);
  };
  ParallelFor(stale.size(), options_.jobs, [&](size_t k) {
    SourceWork& work = sources_[stale[k]];
    progress_.Step(fs::path(work.source).filename().string());
    progress_.Explain(work.source, "converted because " + work.reason);
    StageClock::Scope timed(clock_, StageClock::kConvert);
    std::string bytes, error, tei_path;
    if (!files_.Read(work.source, bytes, error)) {
      work.diagnostics.push_back({work.source, 0, 0, Severity::kError, error, rules::kIoRead});
      work.outcome = "failed";
      return;
    }
    const ConversionResult result = Convert(bytes, work.source, authority(), work.diagnostics, options_.publication);
    work.suggestions = result.suggestions;
    if (!result.ok) {
      work.outcome = "failed";
    } else {
      work.record_id = result.record_id;
      const auto [holder, writing] = holds_claim(stale[k], true);
      std::unique_lock<std::mutex> write_lock(*writing);
      if (!holder || !holds_claim(stale[k], false).first) {
        work.outcome = "duplicate";  // warned about below
        return;
      }
      tei_path = Join(options_.tei_dir, result.record_id + ".xml");
      switch (WriteGeneratedTei(tei_path, result.tei, false, work.diagnostics)) {
        case TeiWriteOutcome::kWritten: work.outcome = "written"; break;
        case TeiWriteOutcome::kUpToDate: work.outcome = "up-to-date"; break;
        case TeiWriteOutcome::kKeptEdited: work.outcome = "kept-edited"; break;
        case TeiWriteOutcome::kFailed: work.outcome = "failed"; break;
      }
    }
    // Only a conversion that left a TEI file is remembered; a failure is tried again next time.
    if (work.outcome != "failed") {
      log_.Record("converted", work.source,
                  {work.signature.Digest(), tei_path, ShortHash(fingerprints_.Hash(tei_path)), work.outcome,
                   EncodeDiagnostics(work.diagnostics), JoinLogList(work.suggestions)},
                  files_, error);
    }
  });
  for (size_t i = 0; i < sources_.size(); ++i) {
    SourceWork& work = sources_[i];
    if (work.outcome == "failed" || work.record_id.empty()) continue;
    const size_t holder = claims.at(work.record_id).holder;
    if (holder == i) continue;
    work.outcome = "duplicate";
    diagnostics_.push_back({work.source, 0, 0, Severity::kWarning,
                            "names the same record (" + work.record_id + ") as " + sources_[holder].source +
                                ", which is converted to " + Join(options_.tei_dir, work.record_id + ".xml") +
                                "; this one is not converted (remove the duplicate source)",
                            rules::kBuildDuplicateRecord});
  }
  // The TEI files the cached conversions hashed are hashed once per build: the documents' plans
  // take those hashes, unless a conversion of this build wrote that file since.
  for (const SourceWork& work : sources_) {
    if (!work.tei.empty() && !work.tei_hash.empty()) tei_hashes_.emplace(work.tei, work.tei_hash);
  }
  for (const SourceWork& work : sources_) {
    if (!work.cached && !work.record_id.empty()) tei_hashes_.erase(Join(options_.tei_dir, work.record_id + ".xml"));
  }
  for (SourceWork& work : sources_) {
    if (!work.cached && work.outcome == "written") ++summary_.converted;
    if (work.outcome == "kept-edited") ++summary_.kept_edited;
    if (work.outcome == "failed") ++summary_.failed;
    Report(work.diagnostics);
    // The report wants the source and its suggestions only.
    work.diagnostics = {};
    work.signature = {};
    work.hash = work.reason = work.outcome = work.record_id = {};
  }
  phases_.push_back({"convert", static_cast<double>(SteadyNs() - started) / 1e9, static_cast<long>(to_convert)});
}

bool EditionBuild::PlanDocuments() {
  // In subfolders too (a project's usual layout), but not the authority lists.
  std::vector<TeiDocumentFile> files = FindTeiDocuments(options_.tei_dir, authority_dir_);
  // A FIFO, socket or device is refused unopened: reading a FIFO would wait for a writer.
  const auto special = std::stable_partition(files.begin(), files.end(), [](const TeiDocumentFile& f) { return f.regular; });
  if (special != files.end()) {
    std::vector<Diagnostic> found;
    for (auto it = special; it != files.end(); ++it) {
      found.push_back({it->path.string(), 0, 0, Severity::kError,
                       "is not a regular file (a FIFO, socket or device); teipress reads XML only from regular files: "
                       "remove it from the TEI folder",
                       rules::kIoNotAFile});
      ++summary_.failed;
      ++summary_.io_failed;
    }
    Report(found);
    const bool none_left = special == files.begin();
    files.erase(special, files.end());
    if (none_left) return false;
  }
  if (files.empty()) {
    std::vector<Diagnostic> found = {{options_.tei_dir, 0, 0, Severity::kError,
                                      "no TEI documents (*.xml) in " + options_.tei_dir +
                                          (sources_.empty() ? " and no sources to convert" : "") +
                                          ": give the folder of the edition's TEI with --tei, or plain-text exports "
                                          "with --sources",
                                      rules::kBuildNoDocuments}};
    Report(found);
    ++summary_.failed;
    return false;
  }
  for (const TeiDocumentFile& file : files) {
    if (sharded_ && ShardOf(file.stem, options_.shard_count) != options_.shard_index) {
      other_shards_files_.push_back(file.path);
      continue;
    }
    DocumentWork work;
    work.tei = file.path.string();
    work.stem = file.stem;
    documents_.push_back(std::move(work));
  }
  const bool volume = HasStylesheet("xslt/print/volume-entry.xsl") && HasStylesheet("xslt/print/volume.xsl");
  // Every document's outputs are in these three folders: each is opened once, not walked to for
  // every output.
  const std::unique_ptr<DirectoryHandle> html_folder = files_.OpenDirectory(html_dir_);
  const std::unique_ptr<DirectoryHandle> print_folder = files_.OpenDirectory(print_dir_);
  const std::unique_ptr<DirectoryHandle> fragments_folder = files_.OpenDirectory(fragments_dir_);
  const auto plan_in = [&](const DirectoryHandle& folder, const std::string& directory, const std::string& name,
                           const Signature& signature) {
    return planner_.Plan(Join(directory, name), signature, folder.Stat(name));
  };
  ParallelFor(documents_.size(), options_.jobs, [&](size_t i) {
    StageClock::Scope timed(clock_, StageClock::kPlan);
    DocumentWork& work = documents_[i];
    const auto hashed = tei_hashes_.find(work.tei);
    work.tei_hash = ShortHash(hashed != tei_hashes_.end() ? hashed->second : fingerprints_.Hash(work.tei));
    work.verdict.Add(work.tei, work.tei_hash)
        .Add("the schemas", inputs_.schemas)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress);
    if (const BuildLog::Fields* verdict = log_.Find("verdict", work.tei);
        verdict && verdict->size() == 3 && (*verdict)[0] == work.verdict.Digest()) {
      work.verdict_cached = true;
      work.valid = (*verdict)[1] == "valid";
      work.not_tei = (*verdict)[1] == "not-tei";
      work.diagnostics = DecodeDiagnostics((*verdict)[2]);
      if (const BuildLog::Fields* includes = log_.Find("xincludes", work.tei);
          includes && includes->size() == 2 && (*includes)[0] == work.verdict.Digest()) {
        work.xinclude_targets = SplitLogList((*includes)[1]);
      }
    }
    work.html.Add(work.tei, work.tei_hash)
        .Add("the HTML stylesheets", inputs_.html_stylesheets)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress);
    work.fo.Add(work.tei, work.tei_hash)
        .Add("the print stylesheets", inputs_.print_stylesheets)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress)
        .Add("paper", options_.paper);
    work.entry.Add(work.tei, work.tei_hash)
        .Add("the HTML stylesheets", inputs_.html_stylesheets)
        .Add("the authority files", inputs_.authority)
        .Add("the schemas", inputs_.schemas)
        .Add("drafts", options_.drafts ? "yes" : "no")
        .Add("teipress", inputs_.teipress);
    work.search.Add(work.tei, work.tei_hash)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress);
    work.volume.Add(work.tei, work.tei_hash)
        .Add("the print stylesheets", inputs_.print_stylesheets)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress)
        .Add("paper", options_.paper)
        .Add("edition title", options_.title);
    work.wants_volume = volume;
    work.html_plan = plan_in(*html_folder, html_dir_, work.stem + ".html", work.html);
    work.fo_plan = plan_in(*print_folder, print_dir_, work.stem + ".fo", work.fo);
    work.entry_plan = plan_in(*fragments_folder, fragments_dir_, work.stem + ".entry.xml", work.entry);
    if (!work.entry_plan.stale()) {  // written together; the XML stands for both
      work.entry_plan = plan_in(*fragments_folder, fragments_dir_, work.stem + ".entry.html", work.entry);
      work.entry_plan.path = Fragment(work.stem, ".entry.xml");
    }
    work.search_plan = plan_in(*fragments_folder, fragments_dir_, work.stem + ".search.json", work.search);
    if (volume) {
      // The part's summary and its pages are written together; the pages stand for both.
      work.volume_plan = plan_in(*fragments_folder, fragments_dir_, work.stem + ".volume.fo", work.volume);
      if (!work.volume_plan.stale()) {
        work.volume_plan = plan_in(*fragments_folder, fragments_dir_, work.stem + ".volume.xml", work.volume);
        work.volume_plan.path = Fragment(work.stem, ".volume.fo");
      }
      if (const BuildLog::Fields* place = log_.Find("volume-order", work.stem);
          !work.volume_plan.stale() && (!place || place->size() != 2)) {
        work.volume_plan.reason = "its place in the volumes is not in the build log";
      }
    }
  });
  return true;
}

// Validation as a phase of its own, before any rendering: every document's verdict is known before
// any of its outputs is made.
void EditionBuild::ValidateDocument(DocumentWork& work) {
  XmlDocPtr document;
  {
    StageClock::Scope timed(clock_, StageClock::kParse);
    std::vector<std::string> targets;
    XmlReadOptions options = read_options_;
    options.xinclude_targets = &targets;
    document = ReadXmlFile(work.tei, work.diagnostics, options);
    const fs::path folder = fs::weakly_canonical(fs::absolute(work.tei)).parent_path();
    for (const std::string& target : targets) {
      work.xinclude_targets.push_back(fs::path(target).lexically_relative(folder).string());
    }
  }
  std::vector<Diagnostic> found;
  if (document && !IsTeiDocument(document.get())) {
    // Part of a document when one includes it (an XInclude fragment, decided by RefuseStrayFiles
    // once every document is read); otherwise refused with this error.
    work.not_tei = true;
    CheckTeiRoot(document.get(), work.tei, found);
    found.back().message +=
        "; no TEI document of the edition includes it (xi:include): move it out of the TEI folder, or include it "
        "from a document";
  } else {
    StageClock::Scope timed(clock_, StageClock::kValidate);
    work.valid =
        document && validator().Validate(document.get(), work.tei, IsTeipressConversion(document.get()), found);
  }
  if (!document) found = work.diagnostics;  // the parser's errors are the verdict
  std::string error;
  if (!work.xinclude_targets.empty()) {
    log_.Record("xincludes", work.tei, {work.verdict.Digest(), JoinLogList(work.xinclude_targets)}, files_, error);
  }
  log_.Record("verdict", work.tei,
              {work.verdict.Digest(), work.not_tei ? "not-tei" : work.valid ? "valid" : "invalid",
               EncodeDiagnostics(found)},
              files_, error);
  if (document) work.diagnostics.insert(work.diagnostics.end(), found.begin(), found.end());
  else work.diagnostics = found;
  work.verdict_cached = true;
  work.validated_now = true;
  std::lock_guard<std::mutex> lock(mutex_);
  ++summary_.validated;
}

// An XML file of the TEI folder that is not TEI is accepted silently when a document of the
// edition includes it (directly or through another fragment): it is part of that document. Any
// other is refused: it would otherwise vanish from the edition without a word.
void EditionBuild::RefuseStrayFiles() {
  const bool any = std::any_of(documents_.begin(), documents_.end(), [](const DocumentWork& w) { return w.not_tei; });
  if (!any) return;
  std::vector<IncludingFile> files;
  for (const DocumentWork& work : documents_) {
    const fs::path folder = fs::weakly_canonical(fs::absolute(work.tei)).parent_path();
    IncludingFile file{fs::weakly_canonical(fs::absolute(work.tei)).string(), !work.not_tei, {}};
    for (const std::string& target : work.xinclude_targets) {
      file.targets.push_back(fs::weakly_canonical(folder / target).string());
    }
    files.push_back(std::move(file));
  }
  // A shard knows only its own documents: the includes of the others are read here (only when
  // a shard has a file that is not TEI).
  for (const fs::path& path : other_shards_files_) {
    std::vector<Diagnostic> ignored;
    std::vector<std::string> targets;
    XmlReadOptions options;
    options.xinclude_targets = &targets;
    XmlDocPtr document = ReadXmlFile(path.string(), ignored, options);
    files.push_back({fs::weakly_canonical(fs::absolute(path)).string(), document && IsTeiDocument(document.get()),
                     std::move(targets)});
  }
  const std::set<std::string> included = XIncludedFiles(files);
  for (size_t i = 0; i < documents_.size(); ++i) {
    DocumentWork& work = documents_[i];
    if (!work.not_tei) continue;
    work.stray = !included.count(files[i].path);
    if (work.stray) continue;
    work.diagnostics.erase(std::remove_if(work.diagnostics.begin(), work.diagnostics.end(),
                                          [](const Diagnostic& d) { return d.rule == rules::kInputNotTei; }),
                           work.diagnostics.end());
  }
}

// The document's catalog entry (catalog-entry.xsl with `extra`), with its own names (for the
// person, place and organization pages, name_register.h), and the HTML the pages copy from it
// (catalog_parts.h).
bool EditionBuild::WriteCatalogEntry(DocumentWork& work, xmlDocPtr document,
                                     const std::map<std::string, std::string>& extra) {
  std::string entry;
  EntryHtml html;
  if (!renderer().RenderCatalogEntry(document, work.tei, work.stem, entry, html, work.diagnostics, extra)) return false;
  const size_t end = entry.rfind("</c:entry>");
  if (end != std::string::npos) entry.insert(end, NamedEntitiesXml(CollectNamedEntities(document, authority())));
  // Recorded before the entry: a build killed in between makes the entry again (and records
  // this again), never keeps an entry without it.
  const auto [index_part, register_part] = EntryPartHashes(entry, html);
  std::string error;
  log_.Record("entry-parts", work.stem, {index_part, register_part}, files_, error);
  return WriteOutput(Fragment(work.stem, ".entry.html"), EncodeEntryHtml(html), work.entry, work.diagnostics) &&
         WriteOutput(work.entry_plan.path, entry, work.entry, work.diagnostics);
}

void EditionBuild::BuildDocument(DocumentWork& work) {
  XmlDocPtr document;
  {
    StageClock::Scope timed(clock_, StageClock::kParse);
    std::vector<Diagnostic> parsed_again;  // ValidateDocument reported the parser's findings
    document = ReadXmlFile(work.tei, work.validated_now ? parsed_again : work.diagnostics, read_options_);
  }
  // Validated in this build's validation phase, or earlier (the log's verdict); not validated only
  // when a schema failed to compile, which was reported once where the schema is named.
  if (!work.verdict_cached) {
    work.failed = true;
    return;
  }
  if (!document || work.not_tei) return;
  const EditionRenderer& renderer = this->renderer();
  if (!work.valid) {
    // A development build lists the invalid document on the index page, marked, with its first error.
    if (options_.drafts && renderer.ok() && renderer.has_catalog_entries() && work.entry_plan.stale()) {
      Diagnostic first;
      for (const Diagnostic& d : work.diagnostics) {
        if (d.severity == Severity::kError) {
          first = d;
          break;
        }
      }
      WriteCatalogEntry(work, document.get(),
                        {{"invalid-reason", FormatGnu(first)}, {"sort-date", DocumentSortDate(document.get())}});
    }
    return;
  }
  if (!renderer.ok()) {  // reported once, where the stylesheet is named
    work.failed = true;
    return;
  }
  std::string output;
  if (work.html_plan.stale()) {
    Explain(work.html_plan, work.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kHtml);
    if (!renderer.RenderHtml(document.get(), work.tei, output, work.diagnostics, work.stem) ||
        !WriteOutput(work.html_plan.path, output, work.html, work.diagnostics)) {
      work.failed = true;
      return;
    }
  }
  if (work.fo_plan.stale()) {
    Explain(work.fo_plan, work.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kFo);
    if (!renderer.RenderFo(document.get(), work.tei, output, work.diagnostics) ||
        !WriteOutput(work.fo_plan.path, output, work.fo, work.diagnostics)) {
      work.failed = true;
      return;
    }
  }
  if (work.entry_plan.stale() && renderer.has_catalog_entries()) {
    Explain(work.entry_plan, work.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kEntry);
    // The document's date (from correspDesc, creation, sourceDesc or the title), which XSLT 1.0
    // cannot work out as well.
    if (!WriteCatalogEntry(work, document.get(), {{"sort-date", DocumentSortDate(document.get())}})) {
      work.failed = true;
      return;
    }
  }
  if (work.search_plan.stale()) {
    Explain(work.search_plan, work.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kSearch);
    const SearchRecord record{
        work.stem,
        XPathString(document.get(),
                    "normalize-space((/tei:TEI | /tei:teiCorpus)/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"),
        XPathString(document.get(), "string(/tei:TEI/tei:teiHeader/tei:profileDesc/tei:creation/tei:date)"),
        work.stem + ".html", TeiToText(document.get()), LinkedAuthorityNames(document.get(), authority())};
    if (!WriteOutput(work.search_plan.path, SearchRecordJson(record), work.search, work.diagnostics)) {
      work.failed = true;
      return;
    }
  }
  if (work.wants_volume && work.volume_plan.stale()) {
    Explain(work.volume_plan, work.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kVolumeEntry);
    VolumeEntry part;
    if (!renderer.RenderVolumeEntry(document.get(), work.tei, work.stem, false, options_.title, part,
                                    work.diagnostics)) {
      work.failed = true;
      return;
    }
    // Its place in the volumes, recorded before the part for the same reason as the entry's parts.
    std::string error;
    log_.Record("volume-order", work.stem, {part.dated, part.sort_date}, files_, error);
    if (!WriteOutput(Fragment(work.stem, ".volume.xml"), part.summary, work.volume, work.diagnostics) ||
        !WriteOutput(work.volume_plan.path, part.page_sequences, work.volume, work.diagnostics)) {
      work.failed = true;
      return;
    }
  }
}

void EditionBuild::BuildDocuments() {
  const int64_t started = SteadyNs();
  std::vector<size_t> to_build;
  for (size_t i = 0; i < documents_.size(); ++i) {
    if (documents_[i].NeedsWork(options_.drafts)) to_build.push_back(i);
  }
  // What the work needs is compiled before the workers start: libxslt's and libxml2's set-up
  // (loaders, the stylesheets' compilation) is not meant to run beside transformations.
  if (!to_build.empty()) {
    const bool validates = std::any_of(to_build.begin(), to_build.end(),
                                       [&](size_t i) { return !documents_[i].verdict_cached; });
    if (validates) validator();
    renderer();
    authority();
  }
  std::vector<size_t> to_validate;
  for (size_t i : to_build) {
    if (!documents_[i].verdict_cached) to_validate.push_back(i);
  }
  // One compiled instance of the rules and stylesheets per worker: transformations running at the
  // same time must not share one (xslt_instance_pool.h).
  const auto workers = [&](size_t items) { return std::min<size_t>(items, std::max(options_.jobs, 1)); };
  if (!to_validate.empty()) {
    validator().ReserveInstances(workers(to_validate.size()));
    progress_.Begin("validate", to_validate.size());
    ParallelFor(to_validate.size(), options_.jobs, [&](size_t k) {
      DocumentWork& work = documents_[to_validate[k]];
      progress_.Step(work.stem);
      ValidateDocument(work);
    });
  }
  RefuseStrayFiles();
  std::vector<size_t> to_render;
  for (size_t i : to_build) {
    // A draft build also lists an invalid document on the index: its catalog entry is made.
    const DocumentWork& work = documents_[i];
    if (!work.validated_now || (work.valid && !work.failed) || (options_.drafts && !work.valid && !work.not_tei)) {
      to_render.push_back(i);
    }
  }
  if (!to_render.empty()) {
    // Only the stylesheets of stale outputs are compiled: a build that remakes the pages of a few
    // documents pays for no other stylesheet.
    unsigned outputs = 0;
    for (size_t i : to_render) {
      const DocumentWork& work = documents_[i];
      if (work.html_plan.stale()) outputs |= EditionRenderer::kHtmlPage;
      if (work.fo_plan.stale()) outputs |= EditionRenderer::kFo;
      if (work.entry_plan.stale()) outputs |= EditionRenderer::kCatalogEntry;
      if (work.wants_volume && work.volume_plan.stale()) outputs |= EditionRenderer::kVolumeEntry;
    }
    std::vector<Diagnostic> found;
    renderer().Prepare(outputs, workers(to_render.size()), found);
    Report(found);
  }
  progress_.Begin("render", to_render.size());
  ParallelFor(to_render.size(), options_.jobs, [&](size_t k) {
    DocumentWork& work = documents_[to_render[k]];
    progress_.Step(work.stem);
    BuildDocument(work);
  });
  for (DocumentWork& work : documents_) {
    const bool made = work.valid && !work.failed && (work.html_plan.stale() || work.fo_plan.stale());
    // A document that could not be read or written is no verdict on its content.
    const bool io_problem = std::any_of(work.diagnostics.begin(), work.diagnostics.end(), [](const Diagnostic& d) {
      return d.severity == Severity::kError && d.rule.rfind("io.", 0) == 0;
    });
    if (work.not_tei && !work.stray) {
      ++summary_.not_tei;
    } else if (work.valid && !work.failed) {
      ++summary_.valid;
    } else {
      ++(io_problem ? summary_.io_failed : summary_.invalid);
      ++summary_.failed;
      Diagnostic first;
      for (const Diagnostic& d : work.diagnostics) {
        if (d.severity == Severity::kError) {
          first = d;
          break;
        }
      }
      if (!work.valid) summary_.invalid_documents.push_back({work.tei, work.stem, first});
    }
    if (made) ++summary_.rendered;
    else if (work.valid && !work.failed) ++summary_.up_to_date;
    Report(work.diagnostics);
    summary_.rebuilt.insert(summary_.rebuilt.end(), work.rebuilt.begin(), work.rebuilt.end());
    work.ReleaseDocumentState();
    // The PDF of every valid document whose FO is in place. A build without PDFs keeps the
    // record of those made before, so that the next build with PDFs does not make them again.
    if (!options_.pdf) log_.Keep(BuildPlanner::kMadeRecord, Join(print_dir_, work.stem + ".pdf"));
    if (!options_.pdf || !work.valid || work.failed) continue;
    const std::string fo = Join(print_dir_, work.stem + ".fo");
    Signature pdf;
    pdf.Add(fo, planner_.MadeHash(fo))
        .Add("the FOP configuration", inputs_.fop)
        .Add("PDF profile", options_.pdfa ? "PDF/A-1b" : "PDF");
    const PlannedOutput plan = planner_.Plan(Join(print_dir_, work.stem + ".pdf"), pdf);
    if (plan.stale()) {
      Explain(plan, summary_.rebuilt);
      pdf_jobs_.push_back({fo, plan.path, work.tei});
      pdf_signatures_.push_back(pdf);
    }
  }
  phases_.push_back({"documents", static_cast<double>(SteadyNs() - started) / 1e9, static_cast<long>(to_build.size())});
}

void EditionBuild::BuildCatalogPages(const std::vector<const DocumentWork*>& valid) {
  std::vector<std::string> pages;
  for (const char* page : {"index", "persons", "places", "orgs"}) {
    if (HasStylesheet(("xslt/html/" + std::string(page) + ".xsl").c_str())) pages.push_back(page);
  }
  if (pages.empty() || !HasStylesheet("xslt/html/catalog-entry.xsl")) return;
  std::vector<Signature> signatures(pages.size());
  std::vector<PlannedOutput> plans(pages.size());
  std::vector<size_t> stale;
  // Each document's entry parts, looked up once for all the pages.
  std::vector<const BuildLog::Fields*> entry_parts(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const BuildLog::Fields* parts = log_.Find("entry-parts", valid[i]->stem);
    entry_parts[i] = parts && parts->size() == 2 ? parts : nullptr;
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    Signature& signature = signatures[p];
    signature.Add("the HTML stylesheets", inputs_.html_stylesheets)
        .Add("the authority files", inputs_.authority)
        .Add("teipress", inputs_.teipress)
        .Add("edition title", options_.title);
    // The index shows the entries' list items, the registers their mentions.
    const size_t part = pages[p] == "index" ? 0 : 1;
    for (size_t i = 0; i < valid.size(); ++i) {
      signature.Add(Signature::kDocumentPrefix + valid[i]->stem, entry_parts[i] ? (*entry_parts[i])[part] : "");
    }
    plans[p] = planner_.Plan(Join(html_dir_, pages[p] + ".html"), signature);
    if (plans[p].stale()) stale.push_back(p);
  }
  if (stale.empty()) return;
  // The entries first, made into the catalog and let go, then their HTML: the two are not held
  // at once (at 10,000 documents about 26 and 75 MB of text).
  std::vector<std::string> entries(valid.size());
  std::vector<char> damaged(valid.size(), 0);
  std::vector<std::string> errors(valid.size());
  ParallelFor(valid.size(), options_.jobs, [&](size_t i) {
    damaged[i] = !files_.Read(Fragment(valid[i]->stem, ".entry.xml"), entries[i], errors[i]);
  });
  std::vector<Diagnostic> found;
  XmlDocPtr catalog;
  std::vector<std::string> mentioned;
  {
    StageClock::Scope timed(clock_, StageClock::kPages);
    catalog = renderer().BuildCatalog(entries, options_.title, mentioned, found);
  }
  entries = {};
  std::vector<EntryHtml> html(valid.size());
  ParallelFor(valid.size(), options_.jobs, [&](size_t i) {
    std::string encoded;
    if (damaged[i] || !files_.Read(Fragment(valid[i]->stem, ".entry.html"), encoded, errors[i]) ||
        !DecodeEntryHtml(encoded, html[i])) {
      damaged[i] = 1;
    }
  });
  // In the documents' order, before what the catalog said, as when they were read together.
  std::vector<Diagnostic> unreadable;
  for (size_t i = 0; i < valid.size(); ++i) {
    if (!damaged[i]) continue;
    unreadable.push_back({valid[i]->tei, 0, 0, Severity::kError, "its catalog entry is missing or damaged: " + errors[i],
                          rules::kIoRead});
  }
  errors = {};
  found.insert(found.begin(), unreadable.begin(), unreadable.end());
  Report(found);
  if (!catalog) return;
  // The register items of every referenced name, by date (a stable order: the entries' order for
  // the same date, as xsl:sort keeps it).
  std::map<std::string, std::vector<std::pair<const std::string*, const std::string*>>> items_of;
  for (const EntryHtml& entry : html) {
    for (const auto& [ref, item] : entry.mentions) items_of[ref].emplace_back(&entry.when, &item);
  }
  for (auto& [ref, items] : items_of) {
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
  }
  progress_.Begin("page", stale.size());
  std::vector<std::vector<Diagnostic>> page_diagnostics(stale.size());
  // One page after the other, on the one catalog: libxslt marks the nodes of its input while it
  // runs, so pages made at the same time would each need a copy of the catalog, and the catalog
  // (about 27 kB a document) is what holds the build's peak memory.
  ParallelFor(stale.size(), 1, [&](size_t k) {
    const size_t p = stale[k];
    progress_.Step(pages[p] + ".html");
    Explain(plans[p], summary_.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kPages);
    std::string page;
    std::vector<Diagnostic>& diagnostics = page_diagnostics[k];
    if (!renderer().RenderCatalogPage(pages[p], catalog.get(), page, diagnostics)) return;
    // The documents' items go where the page marks them.
    const bool index = pages[p] == "index";
    std::unique_ptr<OutputFile> out = files_.Create(plans[p].path, Durability::kRegenerable);
    bool ok = true;
    for (const MarkedPart& part : SplitAtMarkers(page, index ? "teipress-item" : "teipress-mentions")) {
      ok = ok && out->Append(part.text);
      if (part.number < 1) continue;
      const size_t n = static_cast<size_t>(part.number);
      if (index && n <= html.size()) {
        ok = ok && out->Append(html[n - 1].item);
      } else if (!index && n <= mentioned.size()) {
        if (auto items = items_of.find(mentioned[n - 1]); items != items_of.end()) {
          for (const auto& item : items->second) ok = ok && out->Append(*item.second);
        }
      }
    }
    std::string error;
    if (ok && out->Commit() && planner_.RecordMadeFile(plans[p].path, signatures[p], error)) {
      std::lock_guard<std::mutex> lock(mutex_);
      ++summary_.pages;
    } else {
      diagnostics.push_back({plans[p].path, 0, 0, Severity::kError, out->error().empty() ? error : out->error(),
                             rules::kIoWrite});
    }
  });
  for (std::vector<Diagnostic>& page : page_diagnostics) Report(page);
}

void EditionBuild::BuildSearchIndex(const std::vector<const DocumentWork*>& valid) {
  Signature signature;
  signature.Add("teipress", inputs_.teipress);
  for (const DocumentWork* work : valid) {
    signature.Add(Signature::kDocumentPrefix + work->stem, planner_.MadeHash(Fragment(work->stem, ".search.json")));
  }
  const PlannedOutput plan = planner_.Plan(Join(html_dir_, "search-index.js"), signature);
  if (!plan.stale()) return;
  Explain(plan, summary_.rebuilt);
  StageClock::Scope timed(clock_, StageClock::kSearchIndex);
  std::vector<std::string> records(valid.size());
  std::vector<Diagnostic> found;
  for (size_t i = 0; i < valid.size(); ++i) {
    std::string error;
    if (!files_.Read(Fragment(valid[i]->stem, ".search.json"), records[i], error)) {
      found.push_back({valid[i]->tei, 0, 0, Severity::kError, "its search record is missing: " + error, rules::kIoRead});
    }
  }
  if (WriteOutput(plan.path, JoinSearchIndexScript(records), signature, found)) ++summary_.pages;
  Report(found);
}

// The print volumes: the documents in volume.xsl's order (undated last, by date, by name), in
// volumes of options_.volume_size; each volume is made only when one of its documents' parts
// changed, assembled from the parts (never whole in memory).
void EditionBuild::BuildVolumes(const std::vector<const DocumentWork*>& valid) {
  if (!HasStylesheet("xslt/print/volume-entry.xsl") || !HasStylesheet("xslt/print/volume.xsl")) return;
  struct Placed {
    const DocumentWork* work;
    bool undated;
    std::string date;
  };
  std::vector<Placed> order;
  volumes_.clear();
  std::vector<Diagnostic> found;
  for (const DocumentWork* work : valid) {
    const BuildLog::Fields* place = log_.Find("volume-order", work->stem);
    if (!place || place->size() != 2) {
      found.push_back({work->tei, 0, 0, Severity::kError, "its place in the volume is not in the build log", rules::kIoRead});
      continue;
    }
    if ((*place)[0].empty()) continue;  // no TEI root: not in the volume
    order.push_back({work, (*place)[0] == "no", (*place)[1]});
  }
  std::stable_sort(order.begin(), order.end(), [](const Placed& a, const Placed& b) {
    if (a.undated != b.undated) return b.undated;
    if (a.date != b.date) return a.date < b.date;
    return a.work->stem < b.work->stem;
  });
  const size_t size = options_.volume_size > 0 ? static_cast<size_t>(options_.volume_size) : order.size() + 1;
  const size_t volumes = std::max<size_t>(1, (order.size() + size - 1) / size);  // an empty edition has its volume
  std::set<std::string> made;
  for (size_t v = 0; v < volumes; ++v) {
    std::vector<const DocumentWork*> documents;
    for (size_t i = v * size; i < std::min(order.size(), (v + 1) * size); ++i) documents.push_back(order[i].work);
    const std::string name = volumes == 1 ? "edition" : "edition-" + std::to_string(v + 1);
    const std::string subtitle = volumes == 1 ? "" : "Volume " + std::to_string(v + 1) + " of " + std::to_string(volumes);
    BuildVolume(name, subtitle, documents, found);
    made.insert(name + ".fo");
    made.insert(name + ".pdf");
  }
  // Volumes of another division (the edition grew past a volume, or shrank) are gone.
  for (const std::string& file : FilesWithExtension(files_, print_dir_, "", false)) {
    const std::string name = fs::path(file).filename().string();
    const bool volume = name.rfind("edition", 0) == 0 && (fs::path(name).extension() == ".fo" || fs::path(name).extension() == ".pdf") &&
                        (name.find('-') == std::string::npos || name.find_first_not_of("0123456789", name.find('-') + 1) ==
                                                                    name.find('.', name.find('-')));
    std::string error;
    if (volume && !made.count(name) && !files_.Remove(file, error)) {
      found.push_back({file, 0, 0, Severity::kError, error, rules::kIoWrite});
    }
  }
  Report(found);
}

void EditionBuild::BuildVolume(const std::string& name, const std::string& subtitle,
                               const std::vector<const DocumentWork*>& documents, std::vector<Diagnostic>& found) {
  const std::string volume_fo = Join(print_dir_, name + ".fo");
  volumes_[volume_fo] = {documents, subtitle};
  Signature signature;
  signature.Add("the print stylesheets", inputs_.print_stylesheets)
      .Add("the authority files", inputs_.authority)
      .Add("teipress", inputs_.teipress)
      .Add("paper", options_.paper)
      .Add("edition title", options_.title)
      .Add("volume", subtitle);
  // The volume's own pages (title, contents, the documents' places marked) come from the parts'
  // summaries only: kept as the volume's skeleton, so that a change to a document's pages alone
  // makes the volume by concatenation, without transforming the summaries of all its documents.
  Signature skeleton_signature = signature;
  for (const DocumentWork* work : documents) {
    const std::string summary_hash = planner_.MadeHash(Fragment(work->stem, ".volume.xml"));
    signature.Add(Signature::kDocumentPrefix + work->stem,
                  summary_hash + "/" + planner_.MadeHash(Fragment(work->stem, ".volume.fo")));
    skeleton_signature.Add(Signature::kDocumentPrefix + work->stem, summary_hash);
    log_.Keep(BuildPlanner::kMadeRecord, Fragment(work->stem, ".volume-first.fo"));  // kept while in use
  }
  const std::string skeleton_path = Fragment(name, ".skeleton.fo");
  log_.Keep(BuildPlanner::kMadeRecord, skeleton_path);  // kept while in use, by a build that does not make the volume too
  const PlannedOutput plan = planner_.Plan(volume_fo, signature);
  if (plan.stale()) {
    Explain(plan, summary_.rebuilt);
    StageClock::Scope timed(clock_, StageClock::kVolume);
    const PlannedOutput skeleton_plan = planner_.Plan(skeleton_path, skeleton_signature);
    std::string volume;
    bool have_volume = false;
    if (!skeleton_plan.stale()) {
      std::string error;
      have_volume = files_.Read(skeleton_path, volume, error);
    }
    if (!have_volume) {
      std::vector<std::string> summaries(documents.size());
      for (size_t i = 0; i < documents.size(); ++i) {
        std::string error;
        if (!files_.Read(Fragment(documents[i]->stem, ".volume.xml"), summaries[i], error)) {
          found.push_back({documents[i]->tei, 0, 0, Severity::kError, "its volume part is missing: " + error, rules::kIoRead});
        }
      }
      std::vector<Diagnostic> rendering;
      XmlDocPtr catalog = renderer().BuildVolumeCatalog(summaries, options_.title, rendering);
      summaries = {};
      std::map<std::string, std::string> parameters;
      if (!subtitle.empty()) parameters["volume-subtitle"] = subtitle;
      have_volume = catalog && renderer().RenderCatalogPage("volume", catalog.get(), volume, rendering, parameters);
      // Kept only when it said nothing: what it says is said again by every build that makes it.
      if (have_volume && rendering.empty()) WriteOutput(skeleton_path, volume, skeleton_signature, found);
      found.insert(found.end(), rendering.begin(), rendering.end());
    }
    if (have_volume) {
      const std::vector<MarkedPart> parts = SplitAtMarkers(volume, "teipress-volume-entry");
      // The n-th entry of the volume's catalog is the n-th document given.
      auto document_of = [&](const MarkedPart& part) -> const DocumentWork* {
        return part.number >= 1 && static_cast<size_t>(part.number) <= documents.size() ? documents[part.number - 1]
                                                                                         : nullptr;
      };
      // The first document's pages are numbered from 1: it has a part of its own, made when it
      // became the first of its volume.
      const DocumentWork* first = parts.size() > 1 ? document_of(parts.front()) : nullptr;
      if (first) {
        Signature first_signature = first->volume;
        first_signature.Add("first in the volume", "yes");
        const PlannedOutput first_plan = planner_.Plan(Fragment(first->stem, ".volume-first.fo"), first_signature);
        if (first_plan.stale()) {
          Explain(first_plan, summary_.rebuilt);
          XmlDocPtr document = ReadXmlFile(first->tei, found, read_options_);
          VolumeEntry part;
          if (document && renderer().RenderVolumeEntry(document.get(), first->tei, first->stem, true, options_.title,
                                                       part, found)) {
            WriteOutput(first_plan.path, part.page_sequences, first_signature, found);
          }
        }
      }
      std::unique_ptr<OutputFile> out = files_.Create(volume_fo, Durability::kRegenerable);
      bool ok = true;
      for (const MarkedPart& part : parts) {
        ok = ok && out->Append(part.text);
        const DocumentWork* work = document_of(part);
        if (!ok || !work) continue;
        std::string pages, error;
        if (!files_.Read(Fragment(work->stem, work == first ? ".volume-first.fo" : ".volume.fo"), pages, error)) {
          found.push_back({volume_fo, 0, 0, Severity::kError, "a part of the volume is missing: " + error, rules::kIoRead});
          ok = false;
          continue;
        }
        ok = out->Append(pages);
      }
      std::string error;
      if (ok && out->Commit() && planner_.RecordMadeFile(volume_fo, signature, error)) {
        ++summary_.pages;
      } else if (ok || !out->error().empty()) {
        found.push_back({volume_fo, 0, 0, Severity::kError, out->error().empty() ? error : out->error(), rules::kIoWrite});
      }
    }
  }
  // The volume's PDF.
  const std::string volume_pdf = Join(print_dir_, name + ".pdf");
  if (!options_.pdf) log_.Keep(BuildPlanner::kMadeRecord, volume_pdf);
  if (options_.pdf && files_.Stat(volume_fo).exists) {
    Signature pdf;
    pdf.Add(volume_fo, planner_.MadeHash(volume_fo))
        .Add("the FOP configuration", inputs_.fop)
        .Add("PDF profile", options_.pdfa ? "PDF/A-1b" : "PDF")
        .Add("drafts", options_.drafts ? "yes" : "no");
    const PlannedOutput pdf_plan = planner_.Plan(volume_pdf, pdf);
    if (pdf_plan.stale()) {
      Explain(pdf_plan, summary_.rebuilt);
      pdf_jobs_.push_back({volume_fo, pdf_plan.path, volume_fo});
      pdf_signatures_.push_back(pdf);
    }
  }
}

// The stylesheets' CSS and JavaScript beside the pages; a copy that fails is an error, not a page
// without its style.
void EditionBuild::CopyAssets() {
  const std::string assets = Join(Join(Join(options_.data_dir, "xslt"), "html"), "assets");
  std::vector<Diagnostic> found;
  // The defaults first, then a profile's CSS and assets, which replace a default of the same name.
  std::map<std::string, std::string> by_name;
  for (const std::string& asset : FilesWithExtension(files_, assets, "", false)) {
    by_name[fs::path(asset).filename().string()] = asset;
  }
  if (!options_.profile_dir.empty()) {
    for (const char* folder : {"css", "assets"}) {
      for (const std::string& asset : FilesWithExtension(files_, Join(options_.profile_dir, folder), "", false)) {
        by_name[fs::path(asset).filename().string()] = asset;
      }
    }
  }
  for (const auto& [asset_name, asset] : by_name) {
    const std::string target = Join(html_dir_, fs::path(asset).filename().string());
    Signature signature;
    signature.Add(asset, ShortHash(fingerprints_.Hash(asset)));
    const PlannedOutput plan = planner_.Plan(target, signature);
    if (!plan.stale()) continue;
    Explain(plan, summary_.rebuilt);
    std::string contents, error;
    if (!files_.Read(asset, contents, error)) {
      found.push_back({asset, 0, 0, Severity::kError, error, rules::kIoRead});
    } else {
      WriteOutput(target, contents, signature, found);
    }
  }
  Report(found);
}

void EditionBuild::BuildEditionPages() {
  const int64_t started = SteadyNs();
  std::vector<const DocumentWork*> valid;
  for (const DocumentWork& work : documents_) {
    if (work.valid && !work.failed) valid.push_back(&work);
  }
  // A development build shows the whole edition: the invalid documents too, marked, without a page.
  std::vector<const DocumentWork*> listed = valid;
  if (options_.drafts) {
    listed.clear();
    for (const DocumentWork& work : documents_) {
      if ((work.valid && !work.failed) ||
          (!work.valid && !work.not_tei && files_.Stat(Fragment(work.stem, ".entry.xml")).exists)) {
        listed.push_back(&work);
      }
    }
  }
  BuildCatalogPages(listed);
  BuildSearchIndex(valid);
  CopyAssets();
  BuildVolumes(valid);
  phases_.push_back({"edition pages", static_cast<double>(SteadyNs() - started) / 1e9, summary_.pages});
}

// PDF, last: FOP is the slow part.
void EditionBuild::RenderPdfs() {
  if (!options_.pdf || pdf_jobs_.empty()) return;
  const int64_t started = SteadyNs();
  std::vector<size_t> order(pdf_jobs_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pdf_jobs_[a].fo_path < pdf_jobs_[b].fo_path; });
  std::vector<PdfJob> jobs;
  for (size_t i : order) jobs.push_back(pdf_jobs_[i]);
  progress_.Begin("pdf", jobs.size());
  progress_.Note("[pdf] " + std::to_string(jobs.size()) + " PDF" + (jobs.size() == 1 ? "" : "s") + " with Apache FOP");
  PdfRenderer pdf(Join(Join(Join(options_.data_dir, "xslt"), "print"), "fop.xconf"), options_.pdfa ? "PDF/A-1b" : "",
                  options_.jobs);
  // The documents first, the volumes after them in a run of their own: FOP warns of a character no
  // font has once per run, so a volume printed in the same run would print '#' for it unwarned.
  // And a document FOP cannot print must not cost its volume the PDF: the volume is then printed
  // without it (a draft build: with a marked placeholder in its place).
  std::vector<size_t> volume_jobs;
  std::vector<PdfJob> documents;
  std::vector<size_t> document_index;
  for (size_t k = 0; k < jobs.size(); ++k) {
    if (volumes_.count(jobs[k].fo_path)) {
      volume_jobs.push_back(k);
    } else {
      documents.push_back(jobs[k]);
      document_index.push_back(k);
    }
  }
  std::vector<bool> succeeded(jobs.size(), false), printed;
  int failures = pdf.Render(documents, diagnostics_, &printed);
  std::set<std::string> unprintable;
  for (size_t d = 0; d < documents.size(); ++d) {
    succeeded[document_index[d]] = printed[d];
    if (!printed[d]) unprintable.insert(fs::path(documents[d].fo_path).stem().string());
  }
  for (size_t k : volume_jobs) {
    std::set<std::string> left_out;
    for (const DocumentWork* work : volumes_[jobs[k].fo_path].documents) {
      if (unprintable.count(work->stem)) left_out.insert(work->stem);
    }
    std::vector<Diagnostic> found;
    const bool ok = left_out.empty() ? pdf.Render({jobs[k]}, found) == 0
                                     : PrintVolumeWithout(left_out, pdf, jobs[k], found);
    Report(found);
    succeeded[k] = ok;
    if (!ok) ++failures;
  }
  for (size_t k = 0; k < jobs.size(); ++k) {
    std::string error;
    if (succeeded[k]) planner_.RecordMadeFile(jobs[k].pdf_path, pdf_signatures_[order[k]], error);
  }
  summary_.pdfs = static_cast<int>(jobs.size()) - failures;
  summary_.failed += failures;
  clock_.AddWall(StageClock::kPdf, SteadyNs() - started, static_cast<long>(jobs.size()));
  phases_.push_back({"PDF", static_cast<double>(SteadyNs() - started) / 1e9, static_cast<long>(jobs.size())});
}

// The volume assembled again from the parts of the documents FOP printed (in a draft build, with
// a placeholder part for each that it could not), into a file of its own so that edition.fo stays
// what the build log says it is, and printed to the volume's PDF. False when that failed too.
bool EditionBuild::PrintVolumeWithout(const std::set<std::string>& unprintable, const PdfRenderer& pdf,
                                      const PdfJob& volume, std::vector<Diagnostic>& found) {
  const Volume& of = volumes_[volume.fo_path];
  std::vector<std::string> summaries;
  std::vector<const DocumentWork*> included;         // the n-th summary's document
  std::map<std::string, std::string> placeholders;  // stem -> pages
  for (const DocumentWork* work : of.documents) {
    if (!unprintable.count(work->stem)) {
      std::string summary, error;
      if (!files_.Read(Fragment(work->stem, ".volume.xml"), summary, error)) {
        found.push_back({work->tei, 0, 0, Severity::kError, "its volume part is missing: " + error, rules::kIoRead});
        return false;
      }
      summaries.push_back(std::move(summary));
      included.push_back(work);
      continue;
    }
    found.push_back({volume.fo_path, 0, 0, Severity::kWarning,
                     work->stem + " could not be printed (see its diagnostics): the volume is printed " +
                         (options_.drafts ? "with a placeholder marked as a draft in its place"
                                          : "without it (with --drafts, with a placeholder in its place)"),
                     rules::kBuildVolumeWithoutDocument});
    if (!options_.drafts) continue;
    XmlDocPtr document = ReadXmlFile(work->tei, found, read_options_);
    VolumeEntry part;
    if (!document || !renderer().RenderVolumeEntry(document.get(), work->tei, work->stem, false, options_.title, part,
                                                   found, /*placeholder=*/true)) {
      return false;
    }
    summaries.push_back(std::move(part.summary));
    included.push_back(work);
    placeholders[work->stem] = std::move(part.page_sequences);
  }
  XmlDocPtr catalog = renderer().BuildVolumeCatalog(summaries, options_.title, found);
  std::string assembled;
  std::map<std::string, std::string> parameters;
  if (!of.subtitle.empty()) parameters["volume-subtitle"] = of.subtitle;
  if (!catalog || !renderer().RenderCatalogPage("volume", catalog.get(), assembled, found, parameters)) return false;
  const std::vector<MarkedPart> parts = SplitAtMarkers(assembled, "teipress-volume-entry");
  auto document_of = [&](const MarkedPart& part) -> const DocumentWork* {
    return part.number >= 1 && static_cast<size_t>(part.number) <= included.size() ? included[part.number - 1] : nullptr;
  };
  const DocumentWork* first = parts.size() > 1 ? document_of(parts.front()) : nullptr;
  std::string fo;
  for (const MarkedPart& part : parts) {
    fo += part.text;
    const DocumentWork* work = document_of(part);
    if (!work) continue;
    std::string pages, error;
    if (work == first) {
      // Numbered from 1: made again, as the first part may not be the one the build made.
      XmlDocPtr document = ReadXmlFile(work->tei, found, read_options_);
      VolumeEntry entry;
      if (!document || !renderer().RenderVolumeEntry(document.get(), work->tei, work->stem, true, options_.title, entry,
                                                     found, unprintable.count(work->stem) > 0)) {
        return false;
      }
      pages = std::move(entry.page_sequences);
    } else if (auto placeholder = placeholders.find(work->stem); placeholder != placeholders.end()) {
      pages = placeholder->second;
    } else if (!files_.Read(Fragment(work->stem, ".volume.fo"), pages, error)) {
      found.push_back({volume.fo_path, 0, 0, Severity::kError, "a part of the volume is missing: " + error, rules::kIoRead});
      return false;
    }
    fo += pages;
  }
  const std::string retry_fo = Fragment(fs::path(volume.fo_path).stem().string(),
                                        options_.drafts ? ".drafts.fo" : ".printable.fo");
  std::string error;
  if (!files_.Write(retry_fo, fo, Durability::kRegenerable, error)) {
    found.push_back({retry_fo, 0, 0, Severity::kError, error, rules::kIoWrite});
    return false;
  }
  std::vector<Diagnostic> retry;
  const bool printed_now = pdf.Render({{retry_fo, volume.pdf_path, volume.document}}, retry) == 0;
  found.insert(found.end(), retry.begin(), retry.end());
  return printed_now;
}

void EditionBuild::WriteReport(int64_t started_ns) {
  BuildReport report;
  report.wall_seconds = static_cast<double>(SteadyNs() - started_ns) / 1e9;
  report.jobs = options_.jobs;
  report.phases = phases_;
  report.stages = clock_.Times();
  report.counts = {{"sources", static_cast<long>(sources_.size())},
                   {"converted", summary_.converted},
                   {"kept edited", summary_.kept_edited},
                   {"documents", static_cast<long>(documents_.size())},
                   {"validated", summary_.validated},
                   {"valid", summary_.valid},
                   {"invalid", summary_.invalid},
                   {"not readable or writable", summary_.io_failed},
                   {"rendered", summary_.rendered},
                   {"up to date", summary_.up_to_date},
                   {"edition pages made", summary_.pages},
                   {"PDFs made", summary_.pdfs},
                   {"failed", summary_.failed},
                   {"files hashed", fingerprints_.hashed()}};
  report.diagnostics = diagnostics_;
  SortDiagnostics(report.diagnostics);
  for (const SourceWork& work : sources_) {
    if (!work.suggestions.empty()) report.suggestions.emplace_back(work.source, work.suggestions);
  }
  const std::string name =
      sharded_ ? "report-shard-" + std::to_string(options_.shard_index) + "-of-" + std::to_string(options_.shard_count)
               : "report";
  for (const auto& [extension, contents] : {std::pair<const char*, std::string>{".json", FormatReportJson(report)},
                                            {".html", FormatReportHtml(report)}}) {
    std::string error;
    const std::string path = Join(options_.out_dir, name + extension);
    if (!files_.Write(path, contents, Durability::kRegenerable, error)) {
      diagnostics_.push_back({path, 0, 0, Severity::kError, error, rules::kIoWrite});
    }
  }
}

BuildSummary EditionBuild::Run() {
  const int64_t started = SteadyNs();
  InitializeXmlLibraries();
  OutputLock lock;
  std::string error;
  if (!lock.Acquire(Join(state_dir_, "lock"), error)) {
    diagnostics_.push_back({options_.out_dir, 0, 0, Severity::kError, error, rules::kBuildLocked});
    ++summary_.failed;
    return summary_;
  }
  // What a killed build left half-written is removed; everything finished is in the log.
  for (const std::string& directory : {html_dir_, print_dir_, state_dir_, fragments_dir_, options_.tei_dir}) {
    RemoveAbandonedTemporaries(directory);
  }
  const std::string shard_dir =
      sharded_ ? Join(state_dir_, "shard-" + std::to_string(options_.shard_index) + "-of-" + std::to_string(options_.shard_count))
               : "";
  log_.Load(files_, Join(sharded_ ? shard_dir : state_dir_, "log"));
  // A build over the merged outputs of shards takes what they made from their logs.
  std::vector<std::string> shard_logs;
  if (!sharded_) {
    for (const DirectoryEntry& entry : files_.List(state_dir_, false)) {
      const std::string log = Join(entry.path, "log");
      if (entry.is_directory && fs::path(entry.path).filename().string().rfind("shard-", 0) == 0 &&
          files_.Stat(log).exists) {
        log_.Import(files_, log);
        shard_logs.push_back(log);
      }
    }
  }
  read_options_.xinclude = options_.xinclude;
  read_options_.xinclude_root = options_.xinclude_root;
  HashSharedInputs();

  ConvertSources();
  if (PlanDocuments()) {
    BuildDocuments();
    if (!sharded_) BuildEditionPages();
    RenderPdfs();
  }
  progress_.Finish();
  // What this build did not look at belongs to documents and outputs that are gone.
  if (log_.Compact(files_, error, /*forget_unused=*/true)) {
    // The shards' records are in this log now.
    for (const std::string& log : shard_logs) files_.Remove(log, error);
  } else {
    diagnostics_.push_back({Join(state_dir_, "log"), 0, 0, Severity::kError, error, rules::kIoWrite});
  }
  if (options_.report) WriteReport(started);
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
