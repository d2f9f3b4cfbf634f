// `teipress build`: the whole edition from one command. Converts sources that have no TEI yet
// (or whose TEI is still untouched generated output of an older conversion), validates every
// TEI file, renders HTML and print, and only redoes work whose inputs changed.
#pragma once

#include <string>
#include <vector>

#include <map>

#include "diagnostic.h"
#include "tei_writer.h"

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

  // The edition configuration (teipress.toml, --set, --param; see tools/cli/edition_settings.h).
  std::string title;  // the edition's title on its index page and the volume ("" for the stylesheets' default)
  // String parameters of every stylesheet: edition-title, language, … and each --param.
  std::map<std::string, std::string> stylesheet_parameters;
  std::string profile_dir;   // overrides (html.xsl, print.xsl) and extra css/ and assets/
  Publication publication;   // publisher and licence of the TEI the build converts
  // Validation (see edition_validator.h): "" lets each document's kind decide.
  std::string schema;
  std::string schematron;
  std::string phase;
  bool xinclude = false;      // process XInclude in the TEI
  std::string xinclude_root;  // the folder XInclude may reach ("" for each document's own)
  bool drafts = false;        // the index also lists invalid documents, marked as invalid
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
  int rendered = 0;
  int up_to_date = 0;
  int pdfs = 0;
  int failed = 0;  // documents that failed at any stage
  int not_tei = 0;  // XML files in the TEI folder that are not TEI documents (XInclude fragments …)
  std::vector<InvalidDocument> invalid_documents;  // sorted by file
};

BuildSummary BuildEdition(const BuildOptions& options, std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
