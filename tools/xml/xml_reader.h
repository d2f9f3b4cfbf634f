// Parsing XML that may be hostile, under the one input policy of xml_input_policy.h (no network,
// no external entities or DTDs, internal entities expanded within limits, regular files only,
// bounded size, depth and attributes); every problem comes back as a positioned diagnostic.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_catalog.h"
#include "xml_input_policy.h"
#include "xml_ptr.h"

namespace teipress {

struct XmlReadOptions {
  bool xinclude = false;  // process XInclude, confined to the document's own directory tree
  // With xinclude: the directory tree XInclude is confined to instead, e.g. a project's root whose
  // shared lists (../alists/) its documents include. It must contain the document.
  std::string xinclude_root;
  // When set: receives the local files the document's xi:include elements name (absolute, with
  // xml:base and ".." resolved), whether or not XInclude is processed. A build uses them to tell
  // the fragments that are part of a document from stray files.
  std::vector<std::string>* xinclude_targets = nullptr;
};

// Parses the file at `path`. On failure returns null and appends the parser's errors.
XmlDocPtr ReadXmlFile(const std::string& path, std::vector<Diagnostic>& diagnostics,
                      const XmlReadOptions& options = {});

// Parses `contents` as if read from `name` (used in messages and as the base URI).
XmlDocPtr ReadXmlMemory(std::string_view contents, const std::string& name, std::vector<Diagnostic>& diagnostics);

// Whether the document element is TEI's <TEI> or <teiCorpus> (TEI P5 namespace); if not, appends
// an error (rule input.not-tei) naming the root that was found. For commands that only make
// sense on TEI (render, totext, split): anything else would come out empty.
bool CheckTeiRoot(xmlDocPtr document, const std::string& name, std::vector<Diagnostic>& diagnostics);

// The warning for a document that uses XInclude read without --xinclude (the first xi:include at
// `line`), and whether an element is an xi:include: for readers that do not build a tree.
Diagnostic XIncludeNotProcessed(const std::string& file, int line);
bool IsXIncludeElement(const xmlChar* namespace_uri, const xmlChar* local_name);

// The local file `url` (a path or a file: URL) names, absolute, with symbolic links and ".."
// resolved, when it lies inside the directory tree `root` (an absolute, resolved directory);
// empty when it lies outside or names the network. The confinement XInclude uses, for other
// kinds of inclusion.
std::string LocalFileInside(const std::string& url, const std::string& root);

// Makes libxml2 safe and quiet process-wide: call once before any thread parses.
void InitializeXmlLibraries();

// Structured errors of libxml2 collected into diagnostics for the current thread while alive.
class XmlErrorCollector {
 public:
  // Errors get `rule`; libxml2's I/O errors (a file it could not open) get rules::kIoRead, and
  // its guards the policy's limit rules (ExplainLibxmlLimitError).
  XmlErrorCollector(std::string file, std::vector<Diagnostic>& sink, RuleId rule);
  ~XmlErrorCollector();
  XmlErrorCollector(const XmlErrorCollector&) = delete;
  XmlErrorCollector& operator=(const XmlErrorCollector&) = delete;

  // Used by the libxml2 callback.
  void Add(const xmlError* error);

 private:
  std::string file_;
  std::vector<Diagnostic>& sink_;
  RuleId rule_;
  xmlStructuredErrorFunc previous_handler_;
  void* previous_context_;
  XmlInputReportScope input_reports_;  // what the policy's loader refuses meanwhile
};

}  // namespace teipress
