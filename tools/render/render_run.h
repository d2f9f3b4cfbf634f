// `teipress render` outside a build: the TEI files given, each to an HTML page and an XSL-FO file
// (and a PDF through FOP), as a site that stands alone. The stylesheet's assets are written beside
// the pages; the pages link the edition's index and registers only where those pages exist in
// the HTML directory (a build makes them); a file that is not a TEI document, a folder, a file
// that is missing is refused with a diagnostic naming it, before anything is written for it.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_reader.h"

namespace teipress {

struct RenderRunOptions {
  std::vector<std::string> files;
  std::string data_dir;                     // schemas/ and xslt/
  std::vector<std::string> authority_files;
  // A profile's folder (html.xsl, print.xsl imported after ours; teipress-config(5)); "" for none.
  std::string profile_dir;
  std::string html_dir;                     // empty: no HTML
  std::string print_dir;                    // empty: no FO (and no PDF)
  bool pdf = false;
  bool pdfa = false;
  std::string paper = "a4";
  int jobs = 1;
  // XInclude (--xinclude, --xinclude-root): off by default, as in validate and build.
  XmlReadOptions read_options;
  // Parameters for both stylesheets (line-numbers-every, transcription-convention, the
  // configuration's edition-title and language, each --param, ...).
  std::map<std::string, std::string> parameters;
  // Called as each file is done (stage "render", from the worker threads, serialized), and once
  // as FOP starts (stage "pdf", 1 of 1); may be empty.
  std::function<void(const std::string& stage, size_t done, size_t total, const std::string& item)> progress;
};

struct RenderRunSummary {
  size_t files = 0;
  size_t rendered = 0;      // files whose HTML and FO (as asked) were written
  size_t refused = 0;       // not a TEI document, unreadable XML
  size_t unreadable = 0;    // missing, a folder, no permission: the caller's mistake, not the input's
  size_t pdfs = 0;
  size_t pdf_failures = 0;
  bool write_failed = false;
  bool stylesheets_missing = false;
  bool authority_unreadable = false;  // an authority file was refused (unreadable, hostile, not XML)
};

RenderRunSummary RenderFiles(const RenderRunOptions& options, std::vector<Diagnostic>& diagnostics);

// "3 files: 2 rendered, 1 refused; 2 PDFs" — the last line of `teipress render`.
std::string DescribeRenderRun(const RenderRunSummary& summary, bool pdf);

// Why a parsed document is not one `render` renders ('' when it is): its root is neither TEI nor
// teiCorpus in the TEI namespace.
std::string NotTeiReason(const std::string& root_name, const std::string& root_namespace);

}  // namespace teipress
