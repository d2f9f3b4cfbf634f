// Renders TEI documents with the edition's stylesheets: an HTML page and an XSL-FO file per
// document, and the pages that span the edition (index, persons, places, organizations, the
// whole-volume FO) from a catalog of all documents. Stylesheets are compiled once per run.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"
#include "xml_reader.h"
#include "xslt_stylesheet.h"

namespace teipress {

struct CatalogEntry {
  std::string stem;     // output file stem
  std::string tei_path;
  std::string sort_date;  // ISO date the index sorts and groups by (document_date.h), "" when undated
  // Not empty: the document is invalid and has no page; the index of a development build lists
  // it, marked, with this reason (its first error).
  std::string invalid_reason;
};

class EditionRenderer {
 public:
  // Loads the stylesheets under `data_dir`/xslt. Stylesheets that are missing are skipped with
  // a diagnostic; `ok()` tells whether the per-document ones are there.
  // With a `profile_dir`, its html.xsl is imported after each HTML stylesheet of ours and its
  // print.xsl after each print stylesheet, so that its templates and parameters win.
  EditionRenderer(const std::string& data_dir, std::vector<std::string> authority_files,
                  std::vector<Diagnostic>& diagnostics, const std::string& profile_dir = "");

  bool ok() const { return html_document_ && print_document_; }

  bool RenderHtml(xmlDocPtr document, const std::string& name, std::string& html,
                  std::vector<Diagnostic>& diagnostics) const;
  bool RenderFo(xmlDocPtr document, const std::string& name, std::string& fo,
                std::vector<Diagnostic>& diagnostics) const;

  // Builds the catalog document (entries in the given order, plus the authority files).
  XmlDocPtr BuildCatalog(const std::vector<CatalogEntry>& entries, const std::string& title,
                         std::vector<Diagnostic>& diagnostics) const;

  // Applies the edition-wide stylesheet `name` ("index", "persons", "places", "orgs" for HTML;
  // "volume" for the print edition) to the catalog. Returns false when it is not available.
  bool RenderCatalogPage(const std::string& name, xmlDocPtr catalog, std::string& output,
                         std::vector<Diagnostic>& diagnostics) const;
  bool HasCatalogPage(const std::string& name) const { return catalog_pages_.count(name) > 0; }

  std::string AuthorityParameter() const;

  // A parameter of the print stylesheets (params.xsl), e.g. page-size=letter, passed to every
  // FO this renderer makes (documents and the volume).
  void SetPrintParameter(const std::string& name, const std::string& value) { print_parameters_[name] = value; }
  // A parameter of every stylesheet, HTML and print (the edition's title, language …), a string.
  void SetParameter(const std::string& name, const std::string& value) { parameters_[name] = value; }
  // How BuildCatalog reads the documents (XInclude), as the build read them.
  void SetReadOptions(XmlReadOptions options) { read_options_ = std::move(options); }

 private:
  std::string data_dir_;
  std::vector<std::string> authority_files_;
  std::unique_ptr<XsltStylesheet> html_document_;
  std::unique_ptr<XsltStylesheet> print_document_;
  std::map<std::string, std::unique_ptr<XsltStylesheet>> catalog_pages_;
  std::map<std::string, std::string> print_parameters_;
  std::map<std::string, std::string> parameters_;
  XmlReadOptions read_options_;
};

}  // namespace teipress
