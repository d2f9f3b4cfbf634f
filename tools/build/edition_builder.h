// `teipress build`: the whole edition from one command. Converts sources that have no TEI yet
// (or whose TEI is still untouched generated output of an older conversion), validates every
// TEI file, renders HTML and print, and only redoes work whose inputs changed. What is stale is
// decided by the planner (build_plan.h); this unit executes its decisions.
#pragma once

#include <string>
#include <vector>

#include "build_filesystem.h"
#include "build_plan.h"
#include "diagnostic.h"

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
  bool progress = false;  // one-line status on standard error
  bool explain = false;   // list every output made and why (BuildSummary::rebuilt)
};

struct BuildSummary {
  int converted = 0;
  int kept_edited = 0;
  int valid = 0;
  int invalid = 0;
  int rendered = 0;
  int up_to_date = 0;
  int pdfs = 0;
  int failed = 0;  // documents that failed at any stage
  std::vector<PlannedOutput> rebuilt;  // with BuildOptions::explain: each output made, and why
};

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics);
// The same on another file system than the disk (the renderers and validators still read the disk).
BuildSummary BuildEdition(const BuildOptions& options, BuildFileSystem& files, std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
