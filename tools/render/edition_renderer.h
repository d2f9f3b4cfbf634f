// Renders TEI documents with the edition's stylesheets: an HTML page and an XSL-FO file per
// document, and the pages that span the edition (index, persons, places, organizations, the
// whole-volume FO) from catalogs of per-document entries, so that their cost grows with the
// number of documents. Each stylesheet is compiled once per run, when it is first needed: a
// process that renders one HTML page compiles only the page's stylesheet.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "catalog_parts.h"
#include "diagnostic.h"
#include "xml_ptr.h"
#include "xml_reader.h"
#include "xslt_stylesheet.h"

namespace teipress {

// One document's part of the print volume (volume-entry.xsl): its summary for the volume's
// title page, contents and index, and its page sequences.
struct VolumeEntry {
  std::string summary;         // <c:volume-entry …><c:mention …/>…<fo:bookmark …/></c:volume-entry>, without the pages
  std::string page_sequences;  // the fo:page-sequence elements, ids prefixed with the document's key
  // The summary's place in the volume: "yes" dated, "no" undated (last), "" not in the volume (no
  // TEI root); then by date.
  std::string dated;
  std::string sort_date;
};

struct NamedEntity;
// A document's named entities (name_register.h) as the c:named elements its catalog entry carries.
std::string NamedEntitiesXml(const std::vector<NamedEntity>& entities);
// `text` escaped for an XML attribute value in double quotes.
std::string EscapeXmlAttribute(const std::string& text);

// A stylesheet of the edition, found when the renderer is made and compiled when first needed,
// once, whichever thread asks first (the others wait for it).
class LazyStylesheet {
 public:
  // `profile`: the profile's stylesheet imported after ours ("" for none).
  LazyStylesheet(std::string path, std::string profile) : path_(std::move(path)), profile_(std::move(profile)) {}
  // The compiled stylesheet, or null when it cannot be compiled; the compilation's diagnostics go
  // to the first caller's `diagnostics` only (they are reported once).
  const XsltStylesheet* Get(std::vector<Diagnostic>& diagnostics) const;
  // False once a compilation has failed (not compiled yet is not failed).
  bool usable() const { return state_.load(std::memory_order_acquire) != kFailed; }

 private:
  enum State { kNotCompiled, kCompiled, kFailed };
  std::string path_;
  std::string profile_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<XsltStylesheet> compiled_;
  mutable std::atomic<int> state_{kNotCompiled};
};

class EditionRenderer {
 public:
  // Finds the stylesheets under `data_dir`/xslt, without compiling them yet. Stylesheets that are
  // missing are skipped with a diagnostic; `ok()` tells whether the per-document ones are there.
  // With a `profile_dir`, its html.xsl is imported after each HTML stylesheet of ours and its
  // print.xsl after each print stylesheet, so that its templates and parameters win.
  EditionRenderer(const std::string& data_dir, std::vector<std::string> authority_files,
                  std::vector<Diagnostic>& diagnostics, const std::string& profile_dir = "");

  // The per-document stylesheets (page and FO) are there and none failed to compile.
  bool ok() const { return html_document_ && print_document_ && html_document_->usable() && print_document_->usable(); }

  // What a run renders of each document: the stylesheets Prepare compiles.
  enum Output : unsigned { kHtmlPage = 1, kFo = 2, kCatalogEntry = 4, kVolumeEntry = 8 };
  // Compiles the stylesheets of `outputs` (those present) with enough instances for `workers`
  // documents rendered at once (xslt_instance_pool.h says why they may not share one compiled
  // stylesheet). Call it before the workers start: compiling is not meant to run beside
  // transformations. False when one of them cannot be compiled (`diagnostics` say why, once).
  bool Prepare(unsigned outputs, size_t workers, std::vector<Diagnostic>& diagnostics) const;
  bool has_catalog_entries() const { return catalog_entry_ != nullptr; }
  bool has_volume_entries() const { return volume_entry_ != nullptr; }

  bool RenderHtml(xmlDocPtr document, const std::string& name, std::string& html,
                  std::vector<Diagnostic>& diagnostics,
                  const std::string& stem = "") const;
  bool RenderFo(xmlDocPtr document, const std::string& name, std::string& fo,
                std::vector<Diagnostic>& diagnostics) const;

  // One document's entry in the catalog (catalog-entry.xsl): what the pages that span the edition
  // order and group it by (`entry`, XML), and the HTML they copy from it (`html`, catalog_parts.h).
  // `stem` names its page. `extra` are more parameters of catalog-entry.xsl: sort-date
  // (document_date.h), and for a development build's invalid document invalid-reason (its first
  // error).
  bool RenderCatalogEntry(xmlDocPtr document, const std::string& name, const std::string& stem, std::string& entry,
                          EntryHtml& html, std::vector<Diagnostic>& diagnostics,
                          const std::map<std::string, std::string>& extra = {}) const;

  // The catalog the HTML pages spanning the edition are made from: the entries in the given
  // order (numbered from 1, the number of <?teipress-item N?>), their counts (years, types, names),
  // the referenced names each once (numbered from 1 in `mentioned`, the number of
  // <?teipress-mentions N?>) and the authority files. An empty `title` leaves the edition's title
  // to the stylesheets. The entries keep their attributes, title and date; their c:name, c:mention
  // and c:named are counted into the catalog's c:names, c:mentioned-names and c:register, not kept.
  XmlDocPtr BuildCatalog(const std::vector<std::string>& entries, const std::string& title,
                         std::vector<std::string>& mentioned, std::vector<Diagnostic>& diagnostics) const;

  // One document's part of the volume: `first` for the document the volume opens with;
  // `placeholder` for one FOP could not print, in a draft build (a page that says so).
  bool RenderVolumeEntry(xmlDocPtr document, const std::string& name, const std::string& stem, bool first,
                         const std::string& title, VolumeEntry& entry, std::vector<Diagnostic>& diagnostics,
                         bool placeholder = false) const;
  // The catalog volume.xsl is applied to: the parts' summaries (numbered from 1, the number of
  // <?teipress-volume-entry N?>) and the authority files.
  XmlDocPtr BuildVolumeCatalog(const std::vector<std::string>& summaries, const std::string& title,
                               std::vector<Diagnostic>& diagnostics) const;

  // Applies the edition-wide stylesheet `name` ("index", "persons", "places", "orgs" for HTML;
  // "volume" for the print edition) to the catalog. Returns false when it is not available.
  // `extra` parameters go to the stylesheet besides the print ones (the volume's subtitle).
  bool RenderCatalogPage(const std::string& name, xmlDocPtr catalog, std::string& output,
                         std::vector<Diagnostic>& diagnostics,
                         const std::map<std::string, std::string>& extra = {}) const;
  bool HasCatalogPage(const std::string& name) const { return catalog_pages_.count(name) > 0; }

  std::string AuthorityParameter() const;

  // A parameter of the print stylesheets (params.xsl), e.g. page-size=letter, passed to every
  // FO this renderer makes (documents and the volume).
  void SetPrintParameter(const std::string& name, const std::string& value) { print_parameters_[name] = value; }
  // A parameter of the HTML stylesheets (params.xsl), e.g. persons-href='' where there is no
  // persons page, passed to every document page this renderer makes.
  void SetHtmlParameter(const std::string& name, const std::string& value) { html_parameters_[name] = value; }
  // A parameter of every stylesheet, HTML and print (the edition's title, language …), a string.
  void SetParameter(const std::string& name, const std::string& value) { parameters_[name] = value; }
  // How the renderer reads documents itself (XInclude), as the build reads them.
  void SetReadOptions(XmlReadOptions options) { read_options_ = std::move(options); }

 private:
  void AppendAuthority(xmlDocPtr catalog, std::vector<Diagnostic>& diagnostics) const;

  std::string data_dir_;
  std::vector<std::string> authority_files_;
  std::unique_ptr<LazyStylesheet> html_document_;
  std::unique_ptr<LazyStylesheet> print_document_;
  std::unique_ptr<LazyStylesheet> catalog_entry_;
  std::unique_ptr<LazyStylesheet> volume_entry_;
  std::map<std::string, std::unique_ptr<LazyStylesheet>> catalog_pages_;
  std::map<std::string, std::string> print_parameters_;
  std::map<std::string, std::string> html_parameters_;
  std::map<std::string, std::string> parameters_;
  XmlReadOptions read_options_;
};

}  // namespace teipress
