// `teipress build`: the whole edition from one command. Converts sources that have no TEI yet
// (or whose TEI is still untouched generated output of an older conversion), validates every
// TEI file, renders HTML and print, and only redoes work whose inputs changed: the build log
// (build_log.h) records what each output was made from, the planner (build_plan.h) decides what
// is stale and why, and this unit executes its decisions, every per-document stage in parallel.
//
// The pages that span the edition (index, persons, places, organizations, the search index, the
// volume) are made from per-document entries kept in OUT/.teipress/fragments/, so a change to
// one document costs that document and the pages whose entries changed, never a pass over all
// documents. A sharded build (--shard I/N) makes only the documents of its shard and no pages that
// span the edition; a later build over the merged outputs makes those from the shards' logs.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "build_filesystem.h"
#include "build_plan.h"
#include "build_progress.h"
#include "diagnostic.h"
#include "relaxng_validator.h"
#include "tei_writer.h"

namespace teipress {

struct BuildOptions {
  std::string sources_dir = "sources";
  std::string tei_dir = "tei";
  std::string out_dir = "output";
  std::string authority_dir;  // default: <tei_dir>/authority
  std::string data_dir;       // schemas and stylesheets
  // The edition's title on the pages that span it (index, registers, the volume); empty: the
  // stylesheets' own default (xslt/common/edition.xsl).
  std::string title;
  int jobs = 1;
  bool pdf = true;
  std::string paper = "a4";  // print page size: "a4" or "letter" (params.xsl's page-size)
  bool pdfa = false;         // PDF/A-1b instead of plain PDF
  // A draft build (--drafts): the index also lists the invalid documents, marked as invalid, and a
  // document whose PDF fails stands in the volume as a marked placeholder (without it, the
  // volume's PDF leaves the document out; either way it is reported).
  bool drafts = false;
  bool progress = false;     // report progress on standard error
  RelaxNgEngineKind relaxng_engine = RelaxNgEngineKind::kTeipress;
  Verbosity verbosity = Verbosity::kNormal;
  bool explain = false;  // say why each output is made (also in BuildSummary::rebuilt)
  // Build only the documents of shard `shard_index` (1-based) of `shard_count`, chosen by a
  // stable hash of the document's name; 0 = not sharded.
  int shard_index = 0;
  int shard_count = 0;
  bool report = true;  // write OUT/report.json and OUT/report.html

  // The edition configuration (teipress.toml, --set, --param; see tools/cli/edition_settings.h).
  // String parameters of every stylesheet: edition-title, language, … and each --param.
  std::map<std::string, std::string> stylesheet_parameters;
  std::string profile_dir;  // overrides (html.xsl, print.xsl) and extra css/ and assets/
  Publication publication;  // publisher and licence of the TEI the build converts
  // Validation (see edition_validator.h): "" lets each document's kind decide.
  std::string schema;
  std::string schematron;
  std::string phase;
  bool xinclude = false;      // process XInclude in the TEI
  std::string xinclude_root;  // the folder XInclude may reach ("" for each document's own)
  // Documents per print volume: an edition of more is printed as edition-1.pdf, edition-2.pdf, …
  // (in date order), since one volume of thousands of documents is beyond FOP's memory and a
  // change to one document would remake all of it. 0: one volume whatever the size.
  int volume_size = 500;
};

// A document that was not rendered because it is invalid, with the first error that says why.
struct InvalidDocument {
  std::string file;
  std::string stem;
  Diagnostic first_error;
};

struct BuildSummary {
  int converted = 0;
  int kept_edited = 0;
  int valid = 0;
  int invalid = 0;
  int validated = 0;  // documents validated in this run (the others' verdicts came from the log)
  int rendered = 0;   // documents with an HTML page or FO made in this run
  int up_to_date = 0;
  int pages = 0;      // pages spanning the edition made in this run
  int pdfs = 0;
  int failed = 0;  // documents that failed at any stage
  int io_failed = 0;  // of those, documents that could not be read or written (not counted as invalid)
  std::vector<PlannedOutput> rebuilt;  // with BuildOptions::explain: each output made, and why
  int not_tei = 0;  // XML files in the TEI folder that are not TEI documents (XInclude fragments …)
  std::vector<InvalidDocument> invalid_documents;  // in file order
};

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics);
// The same on another file system than the disk (the renderers and validators still read the disk).
BuildSummary BuildEdition(const BuildOptions& options, BuildFileSystem& files, std::vector<Diagnostic>& diagnostics);

// The shard (1-based, of `count`) a document belongs to: a stable hash of its name (file stem).
int ShardOf(const std::string& stem, int count);

}  // namespace teipress
