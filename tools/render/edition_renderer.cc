#include "edition_renderer.h"

#include <boost/filesystem/operations.hpp>

#include "xml_reader.h"
#include "xslt_document_cache.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kCatalogNamespace = "urn:teipress:catalog";

std::unique_ptr<XsltStylesheet> LoadIfPresent(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  if (!fs::exists(path, ec)) {
    diagnostics.push_back({path, 0, 0, Severity::kError, "stylesheet not found", "render.missing-stylesheet"});
    return nullptr;
  }
  return XsltStylesheet::Load(path, diagnostics);
}

}  // namespace

EditionRenderer::EditionRenderer(const std::string& data_dir, std::vector<std::string> authority_files,
                                 std::vector<Diagnostic>& diagnostics)
    : data_dir_(data_dir), authority_files_(std::move(authority_files)) {
  // Every page reads the authority files: parsed once here, not once per page.
  CacheXsltDocuments(authority_files_, diagnostics);
  html_document_ = LoadIfPresent(data_dir + "/xslt/html/document.xsl", diagnostics);
  print_document_ = LoadIfPresent(data_dir + "/xslt/print/document.xsl", diagnostics);
  const std::pair<const char*, const char*> pages[] = {{"index", "xslt/html/index.xsl"},
                                                       {"persons", "xslt/html/persons.xsl"},
                                                       {"places", "xslt/html/places.xsl"},
                                                       {"orgs", "xslt/html/orgs.xsl"},
                                                       {"volume", "xslt/print/volume.xsl"}};
  for (const auto& [name, relative] : pages) {
    const std::string path = data_dir + "/" + relative;
    boost::system::error_code ec;
    if (!fs::exists(path, ec)) continue;
    if (auto stylesheet = XsltStylesheet::Load(path, diagnostics)) catalog_pages_[name] = std::move(stylesheet);
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
  std::map<std::string, std::string> parameters = html_parameters_;
  parameters["authority-files"] = AuthorityParameter();
  return html_document_->Apply(document, name, parameters, html, diagnostics);
}

bool EditionRenderer::RenderFo(xmlDocPtr document, const std::string& name, std::string& fo,
                               std::vector<Diagnostic>& diagnostics) const {
  if (!print_document_) return false;
  std::map<std::string, std::string> parameters = print_parameters_;
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
  auto append_document = [&](xmlNodePtr parent, const std::string& path) {
    XmlDocPtr document = ReadXmlFile(path, diagnostics);
    if (!document) return;
    // Moving the root into the catalog keeps it intact (namespaces included).
    xmlNodePtr copy = xmlDocCopyNode(xmlDocGetRootElement(document.get()), catalog.get(), 1);
    if (copy) xmlAddChild(parent, copy);
  };
  for (const CatalogEntry& entry : entries) {
    xmlNodePtr node = xmlNewChild(root, ns, AsXmlChars("entry"), nullptr);
    xmlNewProp(node, AsXmlChars("stem"), AsXmlChars(entry.stem.c_str()));
    xmlNewProp(node, AsXmlChars("href"), AsXmlChars((entry.stem + ".html").c_str()));
    if (entry.print_failed) xmlNewProp(node, AsXmlChars("print-failed"), AsXmlChars("yes"));
    append_document(node, entry.tei_path);
  }
  xmlNodePtr authority = xmlNewChild(root, ns, AsXmlChars("authority"), nullptr);
  for (const std::string& file : authority_files_) append_document(authority, file);
  return catalog;
}

bool EditionRenderer::RenderCatalogPage(const std::string& name, xmlDocPtr catalog, std::string& output,
                                        std::vector<Diagnostic>& diagnostics) const {
  auto found = catalog_pages_.find(name);
  if (found == catalog_pages_.end()) return false;
  // The catalog carries the authority files itself; passing them again would list each name twice.
  return found->second->Apply(catalog, name, name == "volume" ? print_parameters_ : std::map<std::string, std::string>{},
                              output, diagnostics);
}

}  // namespace teipress
