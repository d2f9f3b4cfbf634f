// `teipress build`: the whole edition from one command. Converts sources that have no TEI yet
// (or whose TEI is still untouched generated output of an older conversion), validates every
// TEI file, renders HTML and print, and only redoes work whose inputs changed.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

struct BuildOptions {
  std::string sources_dir = "sources";
  std::string tei_dir = "tei";
  std::string out_dir = "output";
  std::string authority_dir;  // default: <tei_dir>/authority
  std::string data_dir;       // schemas and stylesheets
  int jobs = 1;
  bool pdf = true;
  std::string paper = "a4";  // print page size: "a4" or "letter" (params.xsl's page-size)
  bool pdfa = false;         // PDF/A-1b instead of plain PDF
  bool progress = false;  // one-line status on standard error
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
  int io_failed = 0;  // of those, documents that could not be read or written (not counted as invalid)
};

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
