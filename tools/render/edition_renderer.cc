#include "edition_renderer.h"

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "xml_reader.h"
#include "xslt_document_cache.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kCatalogNamespace = "urn:teipress:catalog";

// Ours, or ours with the profile's overrides (`profile_stylesheet`, "" for none) imported after it.
std::unique_ptr<XsltStylesheet> LoadWithProfile(const std::string& path, const std::string& profile_stylesheet,
                                                std::vector<Diagnostic>& diagnostics) {
  if (profile_stylesheet.empty()) return XsltStylesheet::Load(path, diagnostics);
  return XsltStylesheet::LoadImporting({fs::absolute(path).string(), profile_stylesheet}, diagnostics);
}

std::unique_ptr<XsltStylesheet> LoadIfPresent(const std::string& path, const std::string& profile_stylesheet,
                                              std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  if (!fs::exists(path, ec)) {
    diagnostics.push_back({path, 0, 0, Severity::kError, "stylesheet not found", rules::kRenderMissingStylesheet});
    return nullptr;
  }
  return LoadWithProfile(path, profile_stylesheet, diagnostics);
}

// The profile's stylesheet for one output format (html.xsl, print.xsl), absolute, or "".
std::string ProfileStylesheet(const std::string& profile_dir, const char* name) {
  if (profile_dir.empty()) return "";
  boost::system::error_code ec;
  const fs::path path = fs::absolute(fs::path(profile_dir) / name);
  return fs::is_regular_file(path, ec) ? path.string() : "";
}

std::map<std::string, std::string> Merged(std::map<std::string, std::string> base,
                                          const std::map<std::string, std::string>& more) {
  for (const auto& [name, value] : more) base[name] = value;
  return base;
}

}  // namespace

EditionRenderer::EditionRenderer(const std::string& data_dir, std::vector<std::string> authority_files,
                                 std::vector<Diagnostic>& diagnostics, const std::string& profile_dir)
    : data_dir_(data_dir), authority_files_(std::move(authority_files)) {
  // Every page reads the authority files: parsed once here, not once per page.
  CacheXsltDocuments(authority_files_, diagnostics);
  const std::string profile_html = ProfileStylesheet(profile_dir, "html.xsl");
  const std::string profile_print = ProfileStylesheet(profile_dir, "print.xsl");
  html_document_ = LoadIfPresent(data_dir + "/xslt/html/document.xsl", profile_html, diagnostics);
  print_document_ = LoadIfPresent(data_dir + "/xslt/print/document.xsl", profile_print, diagnostics);
  const std::pair<const char*, const char*> pages[] = {{"index", "xslt/html/index.xsl"},
                                                       {"persons", "xslt/html/persons.xsl"},
                                                       {"places", "xslt/html/places.xsl"},
                                                       {"orgs", "xslt/html/orgs.xsl"},
                                                       {"volume", "xslt/print/volume.xsl"}};
  for (const auto& [name, relative] : pages) {
    const std::string path = data_dir + "/" + relative;
    boost::system::error_code ec;
    if (!fs::exists(path, ec)) continue;
    const std::string& profile = std::string(name) == "volume" ? profile_print : profile_html;
    if (auto stylesheet = LoadWithProfile(path, profile, diagnostics)) catalog_pages_[name] = std::move(stylesheet);
  }
}

std::string EditionRenderer::AuthorityParameter() const {
  std::string value;
  for (const std::string& file : authority_files_) {
    if (!value.empty()) value += ' ';
    value += CachedDocumentUri(file);
  }
  return value;
}

bool EditionRenderer::RenderHtml(xmlDocPtr document, const std::string& name, std::string& html,
                                 std::vector<Diagnostic>& diagnostics) const {
  if (!html_document_) return false;
  std::map<std::string, std::string> parameters = parameters_;
  parameters["authority-files"] = AuthorityParameter();
  return html_document_->Apply(document, name, parameters, html, diagnostics);
}

bool EditionRenderer::RenderFo(xmlDocPtr document, const std::string& name, std::string& fo,
                               std::vector<Diagnostic>& diagnostics) const {
  if (!print_document_) return false;
  std::map<std::string, std::string> parameters = Merged(parameters_, print_parameters_);
  parameters["authority-files"] = AuthorityParameter();
  return print_document_->Apply(document, name, parameters, fo, diagnostics);
}

XmlDocPtr EditionRenderer::BuildCatalog(const std::vector<CatalogEntry>& entries, const std::string& title,
                                        std::vector<Diagnostic>& diagnostics) const {
  XmlDocPtr catalog(xmlNewDoc(AsXmlChars("1.0")));
  xmlNodePtr root = xmlNewDocNode(catalog.get(), nullptr, AsXmlChars("catalog"), nullptr);
  xmlNsPtr ns = xmlNewNs(root, AsXmlChars(kCatalogNamespace), nullptr);
  xmlSetNs(root, ns);
  xmlDocSetRootElement(catalog.get(), root);
  xmlNewProp(root, AsXmlChars("title"), AsXmlChars(title.c_str()));
  auto append_document = [&](xmlNodePtr parent, const std::string& path, std::vector<Diagnostic>& found) {
    XmlDocPtr document = ReadXmlFile(path, found, read_options_);
    if (!document) return;
    // Moving the root into the catalog keeps it intact (namespaces included).
    xmlNodePtr copy = xmlDocCopyNode(xmlDocGetRootElement(document.get()), catalog.get(), 1);
    if (copy) xmlAddChild(parent, copy);
  };
  for (const CatalogEntry& entry : entries) {
    xmlNodePtr node = xmlNewChild(root, ns, AsXmlChars("entry"), nullptr);
    xmlNewProp(node, AsXmlChars("stem"), AsXmlChars(entry.stem.c_str()));
    if (!entry.sort_date.empty()) xmlNewProp(node, AsXmlChars("date"), AsXmlChars(entry.sort_date.c_str()));
    if (entry.invalid_reason.empty()) {
      xmlNewProp(node, AsXmlChars("href"), AsXmlChars((entry.stem + ".html").c_str()));
      append_document(node, entry.tei_path, diagnostics);
    } else {
      // Its errors were reported when it was validated; it may not even be well-formed.
      xmlNewProp(node, AsXmlChars("invalid"), AsXmlChars(entry.invalid_reason.c_str()));
      std::vector<Diagnostic> ignored;
      append_document(node, entry.tei_path, ignored);
    }
  }
  xmlNodePtr authority = xmlNewChild(root, ns, AsXmlChars("authority"), nullptr);
  for (const std::string& file : authority_files_) append_document(authority, file, diagnostics);
  return catalog;
}

bool EditionRenderer::RenderCatalogPage(const std::string& name, xmlDocPtr catalog, std::string& output,
                                        std::vector<Diagnostic>& diagnostics) const {
  auto found = catalog_pages_.find(name);
  if (found == catalog_pages_.end()) return false;
  // The catalog carries the authority files itself; passing them again would list each name twice.
  return found->second->Apply(catalog, name, name == "volume" ? Merged(parameters_, print_parameters_) : parameters_,
                              output, diagnostics);
}

}  // namespace teipress
