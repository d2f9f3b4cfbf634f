#include "edition_renderer.h"

#include <cstring>
#include <unordered_map>

#include <libxml/HTMLtree.h>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "document_date.h"
#include "interface_labels.h"
#include "name_register.h"
#include "sha256.h"
#include "xml_reader.h"
#include "xml_writer.h"
#include "xslt_document_cache.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kCatalogNamespace = "urn:teipress:catalog";
constexpr const char* kFoNamespace = "http://www.w3.org/1999/XSL/Format";

// A lazily compiled stylesheet of ours at `path` if it is there, else null.
std::unique_ptr<LazyStylesheet> Find(const std::string& path, const std::string& profile_stylesheet) {
  boost::system::error_code ec;
  if (!fs::exists(path, ec)) return nullptr;
  return std::make_unique<LazyStylesheet>(path, profile_stylesheet);
}

// The same for a stylesheet that must be there: a missing one is an error naming it.
std::unique_ptr<LazyStylesheet> FindRequired(const std::string& path, const std::string& profile_stylesheet,
                                             std::vector<Diagnostic>& diagnostics) {
  auto found = Find(path, profile_stylesheet);
  if (!found) diagnostics.push_back({path, 0, 0, Severity::kError, "stylesheet not found", rules::kRenderMissingStylesheet});
  return found;
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

const XsltStylesheet* LazyStylesheet::Get(std::vector<Diagnostic>& diagnostics) const {
  std::call_once(once_, [&] {
    // Ours, or ours with the profile's overrides imported after it.
    compiled_ = profile_.empty() ? XsltStylesheet::Load(path_, diagnostics)
                                 : XsltStylesheet::LoadImporting({fs::absolute(path_).string(), profile_}, diagnostics);
    state_.store(compiled_ ? kCompiled : kFailed, std::memory_order_release);
  });
  return compiled_.get();
}

EditionRenderer::EditionRenderer(const std::string& data_dir, std::vector<std::string> authority_files,
                                 std::vector<Diagnostic>& diagnostics, const std::string& profile_dir)
    : data_dir_(data_dir), authority_files_(std::move(authority_files)) {
  // Every page reads the authority files: parsed once here, not once per page.
  CacheXsltDocuments(authority_files_, diagnostics);
  // Every transformation reads the interface labels: looked up in a table read once, not per page.
  RegisterInterfaceLabelFunctions();
  const std::string profile_html = ProfileStylesheet(profile_dir, "html.xsl");
  const std::string profile_print = ProfileStylesheet(profile_dir, "print.xsl");
  html_document_ = FindRequired(data_dir + "/xslt/html/document.xsl", profile_html, diagnostics);
  print_document_ = FindRequired(data_dir + "/xslt/print/document.xsl", profile_print, diagnostics);
  catalog_entry_ = Find(data_dir + "/xslt/html/catalog-entry.xsl", profile_html);
  volume_entry_ = Find(data_dir + "/xslt/print/volume-entry.xsl", profile_print);
  const std::pair<const char*, const char*> pages[] = {{"index", "xslt/html/index.xsl"},
                                                       {"persons", "xslt/html/persons.xsl"},
                                                       {"places", "xslt/html/places.xsl"},
                                                       {"orgs", "xslt/html/orgs.xsl"},
                                                       {"volume", "xslt/print/volume.xsl"}};
  for (const auto& [name, relative] : pages) {
    const std::string& profile = std::string(name) == "volume" ? profile_print : profile_html;
    if (auto stylesheet = Find(data_dir + "/" + relative, profile)) catalog_pages_[name] = std::move(stylesheet);
  }
}

bool EditionRenderer::Prepare(unsigned outputs, size_t workers, std::vector<Diagnostic>& diagnostics) const {
  bool compiled = true;
  const std::pair<Output, const LazyStylesheet*> stylesheets[] = {{kHtmlPage, html_document_.get()},
                                                                  {kFo, print_document_.get()},
                                                                  {kCatalogEntry, catalog_entry_.get()},
                                                                  {kVolumeEntry, volume_entry_.get()}};
  for (const auto& [output, stylesheet] : stylesheets) {
    if (!(outputs & output) || !stylesheet) continue;
    if (const XsltStylesheet* ready = stylesheet->Get(diagnostics)) {
      ready->ReserveInstances(workers);
    } else {
      compiled = false;
    }
  }
  return compiled;
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
                                 std::vector<Diagnostic>& diagnostics, const std::string& stem) const {
  const XsltStylesheet* stylesheet = html_document_ ? html_document_->Get(diagnostics) : nullptr;
  if (!stylesheet) return false;
  std::map<std::string, std::string> parameters = Merged(parameters_, html_parameters_);
  parameters["authority-files"] = AuthorityParameter();
  // The page's own file name (its canonical link, with base-url).
  parameters["page-file"] = (stem.empty() ? boost::filesystem::path(name).stem().string() : stem) + ".html";
  return stylesheet->Apply(document, name, parameters, html, diagnostics);
}

bool EditionRenderer::RenderFo(xmlDocPtr document, const std::string& name, std::string& fo,
                               std::vector<Diagnostic>& diagnostics) const {
  const XsltStylesheet* stylesheet = print_document_ ? print_document_->Get(diagnostics) : nullptr;
  if (!stylesheet) return false;
  std::map<std::string, std::string> parameters = Merged(parameters_, print_parameters_);
  parameters["authority-files"] = AuthorityParameter();
  return stylesheet->Apply(document, name, parameters, fo, diagnostics);
}

std::string EscapeXmlAttribute(const std::string& text) {
  std::string out;
  XmlWriter::Escape(text, out, /*in_attribute=*/true);
  return out;
}

namespace {

std::string Attribute(xmlNodePtr node, const char* name) {
  return TakeString(XmlCharsPtr(xmlGetProp(node, AsXmlChars(name))));
}

bool IsCatalogElement(xmlNodePtr node, const char* local_name) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kCatalogNamespace)) &&
         xmlStrEqual(node->name, AsXmlChars(local_name));
}

// The entries (serialized elements) inside a catalog root, parsed once.
XmlDocPtr ParseCatalog(const std::vector<std::string>& entries, const std::string& title,
                       std::vector<Diagnostic>& diagnostics) {
  size_t size = 0;
  for (const std::string& entry : entries) size += entry.size();
  std::string text;
  text.reserve(size + 100);
  text += "<c:catalog xmlns:c=\"";
  text += kCatalogNamespace;
  text += "\">";
  for (const std::string& entry : entries) text += entry;
  text += "</c:catalog>";
  XmlDocPtr catalog = ReadXmlMemory(text, "catalog", diagnostics);
  if (!catalog) return nullptr;
  // Without a title the stylesheets use their own default (xslt/common/edition.xsl).
  if (!title.empty()) xmlNewProp(xmlDocGetRootElement(catalog.get()), AsXmlChars("title"), AsXmlChars(title.c_str()));
  return catalog;
}

// Counts of values in order of first appearance.
class Tally {
 public:
  size_t Add(const std::string& key) {
    auto [found, added] = index_.emplace(key, keys_.size());
    if (added) {
      keys_.push_back(key);
      counts_.push_back(0);
    }
    ++counts_[found->second];
    return found->second;
  }
  const std::vector<std::string>& keys() const { return keys_; }
  long count(size_t i) const { return counts_[i]; }

 private:
  std::unordered_map<std::string, size_t> index_;
  std::vector<std::string> keys_;
  std::vector<long> counts_;
};

xmlNodePtr AddCatalogElement(xmlNodePtr parent, const char* name) {
  return xmlNewChild(parent, parent->ns, AsXmlChars(name), nullptr);
}

void SetAttribute(xmlNodePtr node, const char* name, const std::string& value) {
  xmlNewProp(node, AsXmlChars(name), AsXmlChars(value.c_str()));
}

// The ids of one document's part of the volume, prefixed so that parts never clash.
void PrefixIds(xmlNodePtr node, const std::string& prefix) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
      if (attribute->ns) continue;
      const char* name = AsChars(attribute->name);
      if (std::strcmp(name, "id") != 0 && std::strcmp(name, "ref-id") != 0 &&
          std::strcmp(name, "internal-destination") != 0 && std::strcmp(name, "doc-id") != 0) {
        continue;
      }
      const std::string value = TakeString(XmlCharsPtr(xmlNodeGetContent(reinterpret_cast<xmlNodePtr>(attribute))));
      xmlSetProp(node, attribute->name, AsXmlChars((prefix + value).c_str()));
    }
    PrefixIds(node->children, prefix);
  }
}

// An element serialized on its own, with the namespace declarations it needs.
std::string SerializeElement(xmlNodePtr element) {
  XmlDocPtr holder(xmlNewDoc(AsXmlChars("1.0")));
  xmlNodePtr copy = xmlDocCopyNode(element, holder.get(), 1);
  if (!copy) return "";
  xmlDocSetRootElement(holder.get(), copy);
  XmlBufferPtr buffer(xmlBufferCreate());
  xmlNodeDump(buffer.get(), holder.get(), copy, 0, 0);
  return std::string(AsChars(xmlBufferContent(buffer.get())), static_cast<size_t>(xmlBufferLength(buffer.get())));
}

// The children of `element` as the HTML serializer writes them in a page (xsl:output method="html").
std::string HtmlOfChildren(xmlDocPtr document, xmlNodePtr element) {
  xmlOutputBufferPtr buffer = xmlAllocOutputBuffer(xmlFindCharEncodingHandler("UTF-8"));
  if (!buffer) return "";
  for (xmlNodePtr child = element->children; child; child = child->next) {
    htmlNodeDumpFormatOutput(buffer, document, child, "UTF-8", 0);
  }
  xmlOutputBufferFlush(buffer);
  const xmlBufPtr content = buffer->conv ? buffer->conv : buffer->buffer;
  std::string html(AsChars(xmlBufContent(content)), xmlBufUse(content));
  xmlOutputBufferClose(buffer);
  return html;
}

void RemoveChildren(xmlNodePtr element) {
  while (xmlNodePtr child = element->children) {
    xmlUnlinkNode(child);
    xmlFreeNode(child);
  }
}

// Numbers the catalog's entries of `local_name` from 1 (attribute n), for the stylesheets' markers.
void NumberEntries(xmlNodePtr root, const char* local_name) {
  long n = 0;
  for (xmlNodePtr entry = root->children; entry; entry = entry->next) {
    if (IsCatalogElement(entry, local_name)) SetAttribute(entry, "n", std::to_string(++n));
  }
}

}  // namespace

bool EditionRenderer::RenderCatalogEntry(xmlDocPtr document, const std::string& name, const std::string& stem,
                                         std::string& entry, EntryHtml& html, std::vector<Diagnostic>& diagnostics,
                                         const std::map<std::string, std::string>& extra) const {
  const XsltStylesheet* stylesheet = catalog_entry_ ? catalog_entry_->Get(diagnostics) : nullptr;
  if (!stylesheet) return false;
  std::map<std::string, std::string> parameters = Merged(parameters_, extra);
  parameters["stem"] = stem;
  XmlDocPtr result = stylesheet->ApplyToTree(document, name, parameters, diagnostics);
  xmlNodePtr root = result ? xmlDocGetRootElement(result.get()) : nullptr;
  if (!root || !IsCatalogElement(root, "entry")) {
    if (result) diagnostics.push_back({name, 0, 0, Severity::kError, "catalog-entry.xsl made no c:entry", rules::kXsltApply});
    return false;
  }
  // The HTML goes apart; the entry keeps what orders and groups it.
  html = {};
  html.when = Attribute(root, "when");
  for (xmlNodePtr child = root->children; child;) {
    xmlNodePtr next = child->next;
    if (IsCatalogElement(child, "item")) {
      html.item = HtmlOfChildren(result.get(), child);
      xmlUnlinkNode(child);
      xmlFreeNode(child);
    } else if (IsCatalogElement(child, "mention")) {
      html.mentions.emplace_back(Attribute(child, "ref"), HtmlOfChildren(result.get(), child));
      RemoveChildren(child);
    }
    child = next;
  }
  entry = SerializeElement(root);
  return true;
}

std::string NamedEntitiesXml(const std::vector<NamedEntity>& entities) {
  std::string xml;
  for (const NamedEntity& entity : entities) {
    const char* kind = entity.kind == RegisterKind::kPlaces ? "places" : entity.kind == RegisterKind::kOrgs ? "orgs" : "persons";
    xml += "<c:named kind=\"" + std::string(kind) + "\" key=\"" + EscapeXmlAttribute(entity.key) + "\" label=\"" +
           EscapeXmlAttribute(entity.label) + "\"";
    if (!entity.url.empty()) xml += " url=\"" + EscapeXmlAttribute(entity.url) + "\"";
    xml += "/>";
  }
  return xml;
}

void EditionRenderer::AppendAuthority(xmlDocPtr catalog, std::vector<Diagnostic>& diagnostics) const {
  xmlNodePtr root = xmlDocGetRootElement(catalog);
  xmlNodePtr authority = AddCatalogElement(root, "authority");
  for (const std::string& file : authority_files_) {
    XmlDocPtr document = ReadXmlFile(file, diagnostics, read_options_);
    if (!document) continue;
    // A copy of the root keeps it intact (namespaces included).
    xmlNodePtr copy = xmlDocCopyNode(xmlDocGetRootElement(document.get()), catalog, 1);
    if (copy) xmlAddChild(authority, copy);
  }
}

XmlDocPtr EditionRenderer::BuildCatalog(const std::vector<std::string>& entries, const std::string& title,
                                        std::vector<std::string>& mentioned, std::vector<Diagnostic>& diagnostics) const {
  XmlDocPtr catalog = ParseCatalog({}, title, diagnostics);
  if (!catalog) return nullptr;
  xmlNodePtr root = xmlDocGetRootElement(catalog.get());
  // Counted here rather than grouped in XSLT 1.0, where grouping (Muenchian keys) costs the
  // size of each group for every member: quadratic for a name that every document mentions.
  Tally years, types, stacks, names, mentions_by_ref;
  std::vector<long> documents, mentions;
  std::vector<std::string> name_texts;
  NameRegister named;
  long number = 0;
  // The entries are parsed a chunk at a time and keep only what the pages read of them (their
  // attributes, title and date): their names and mentions are counted into c:names,
  // c:mentioned-names and c:register here, and as a tree they were nine tenths of the catalog
  // (about 27 kB a document), which grew the build's peak memory with the edition.
  constexpr size_t kChunk = 256;
  for (size_t first = 0; first < entries.size(); first += kChunk) {
    const std::vector<std::string> chunk(entries.begin() + static_cast<std::ptrdiff_t>(first),
                                         entries.begin() + static_cast<std::ptrdiff_t>(std::min(entries.size(), first + kChunk)));
    XmlDocPtr parsed = ParseCatalog(chunk, "", diagnostics);
    if (!parsed) return nullptr;
    for (xmlNodePtr entry = xmlDocGetRootElement(parsed.get())->children; entry; entry = entry->next) {
      if (!IsCatalogElement(entry, "entry")) continue;
      SetAttribute(entry, "n", std::to_string(++number));
      years.Add(Attribute(entry, "year"));
      types.Add(Attribute(entry, "type"));
      // How many entries before this one fall in the same month: the timeline stacks their marks.
      const size_t month = stacks.Add(Attribute(entry, "iso").substr(0, 7));
      SetAttribute(entry, "tp-stack", std::to_string(stacks.count(month) - 1));
      std::vector<NamedEntity> entities;
      for (xmlNodePtr child = entry->children; child;) {
        xmlNodePtr next = child->next;
        if (IsCatalogElement(child, "mention")) {
          mentions_by_ref.Add(Attribute(child, "ref"));
        } else if (IsCatalogElement(child, "name")) {
          // Each name once, in order of its first mention in the edition, with its documents and mentions.
          const size_t index = names.Add(Attribute(child, "kind") + "\t" + Attribute(child, "ref"));
          if (index == documents.size()) {
            documents.push_back(0);
            mentions.push_back(0);
            name_texts.push_back(Attribute(child, "text"));
          }
          ++documents[index];
          mentions[index] += std::atol(Attribute(child, "count").c_str());
        } else if (IsCatalogElement(child, "named")) {
          const std::string kind = Attribute(child, "kind");
          entities.push_back({kind == "places" ? RegisterKind::kPlaces : kind == "orgs" ? RegisterKind::kOrgs : RegisterKind::kPersons,
                              Attribute(child, "key"), Attribute(child, "label"), Attribute(child, "url")});
        } else {
          child = next;
          continue;
        }
        xmlUnlinkNode(child);
        xmlFreeNode(child);
        child = next;
      }
      named.Add(Attribute(entry, "stem"), entities);
      xmlNodePtr copy = xmlDocCopyNode(entry, catalog.get(), 1);
      if (copy) xmlAddChild(root, copy);
    }
  }
  xmlNodePtr years_element = AddCatalogElement(root, "years");
  for (size_t i = 0; i < years.keys().size(); ++i) {
    xmlNodePtr year = AddCatalogElement(years_element, "year");
    SetAttribute(year, "value", years.keys()[i]);
    SetAttribute(year, "count", std::to_string(years.count(i)));
  }
  xmlNodePtr types_element = AddCatalogElement(root, "types");
  for (size_t i = 0; i < types.keys().size(); ++i) {
    xmlNodePtr type = AddCatalogElement(types_element, "type");
    SetAttribute(type, "value", types.keys()[i]);
    SetAttribute(type, "count", std::to_string(types.count(i)));
  }
  xmlNodePtr names_element = AddCatalogElement(root, "names");
  for (size_t i = 0; i < names.keys().size(); ++i) {
    const std::string& key = names.keys()[i];
    const size_t tab = key.find('\t');
    xmlNodePtr name = AddCatalogElement(names_element, "name");
    SetAttribute(name, "kind", key.substr(0, tab));
    SetAttribute(name, "ref", key.substr(tab + 1));
    SetAttribute(name, "mentions", std::to_string(mentions[i]));
    SetAttribute(name, "documents", std::to_string(documents[i]));
    SetAttribute(name, "text", name_texts[i]);
  }
  named.AppendTo(root);
  // Every referenced name once: a register page puts the documents' items for it at its marker.
  xmlNodePtr mentioned_element = AddCatalogElement(root, "mentioned-names");
  mentioned = mentions_by_ref.keys();
  for (size_t i = 0; i < mentioned.size(); ++i) {
    xmlNodePtr name = AddCatalogElement(mentioned_element, "mentioned");
    SetAttribute(name, "ref", mentioned[i]);
    SetAttribute(name, "n", std::to_string(i + 1));
    SetAttribute(name, "documents", std::to_string(mentions_by_ref.count(i)));
  }
  AppendAuthority(catalog.get(), diagnostics);
  return catalog;
}

bool EditionRenderer::RenderVolumeEntry(xmlDocPtr document, const std::string& name, const std::string& stem,
                                        bool first, const std::string& title, VolumeEntry& entry,
                                        std::vector<Diagnostic>& diagnostics, bool placeholder) const {
  const XsltStylesheet* stylesheet = volume_entry_ ? volume_entry_->Get(diagnostics) : nullptr;
  if (!stylesheet) return false;
  std::map<std::string, std::string> parameters = Merged(parameters_, print_parameters_);
  parameters["stem"] = stem;
  parameters["catalog-title"] = title;
  parameters["first"] = first ? "yes" : "no";
  if (placeholder) parameters["print-failed"] = "yes";
  parameters["authority-files"] = AuthorityParameter();
  // Where the volume places a document without a creation date: its date from correspDesc,
  // sourceDesc or the title, as the index orders it.
  parameters["sort-date"] = DocumentSortDate(document);
  XmlDocPtr result = stylesheet->ApplyToTree(document, name, parameters, diagnostics);
  xmlNodePtr root = result ? xmlDocGetRootElement(result.get()) : nullptr;
  if (!root || !IsCatalogElement(root, "volume-entry")) {
    if (result) diagnostics.push_back({name, 0, 0, Severity::kError, "volume-entry.xsl made no c:volume-entry", rules::kXsltApply});
    return false;
  }
  entry.dated = Attribute(root, "dated");
  entry.sort_date = Attribute(root, "sort-date");
  // A key of the document that is a valid start of an XML name whatever the file is called.
  PrefixIds(root, "v" + Sha256Hex(stem).substr(0, 12) + "-");
  entry.page_sequences.clear();
  for (xmlNodePtr child = root->children; child;) {
    xmlNodePtr next = child->next;
    // The summary keeps the mentions and the bookmarks; the rest is pages.
    const bool bookmark = child->type == XML_ELEMENT_NODE && child->ns &&
                          xmlStrEqual(child->ns->href, AsXmlChars(kFoNamespace)) &&
                          xmlStrEqual(child->name, AsXmlChars("bookmark"));
    if (child->type == XML_ELEMENT_NODE && !IsCatalogElement(child, "mention") && !bookmark) {
      entry.page_sequences += SerializeElement(child);
      xmlUnlinkNode(child);
      xmlFreeNode(child);
    }
    child = next;
  }
  entry.summary = SerializeElement(root);
  return true;
}

XmlDocPtr EditionRenderer::BuildVolumeCatalog(const std::vector<std::string>& summaries, const std::string& title,
                                              std::vector<Diagnostic>& diagnostics) const {
  XmlDocPtr catalog = ParseCatalog(summaries, title, diagnostics);
  if (!catalog) return nullptr;
  NumberEntries(xmlDocGetRootElement(catalog.get()), "volume-entry");
  AppendAuthority(catalog.get(), diagnostics);
  return catalog;
}

bool EditionRenderer::RenderCatalogPage(const std::string& name, xmlDocPtr catalog, std::string& output,
                                        std::vector<Diagnostic>& diagnostics,
                                        const std::map<std::string, std::string>& extra) const {
  auto found = catalog_pages_.find(name);
  const XsltStylesheet* stylesheet = found == catalog_pages_.end() ? nullptr : found->second->Get(diagnostics);
  if (!stylesheet) return false;
  // The catalog carries the authority files itself; passing them again would list each name twice.
  std::map<std::string, std::string> parameters =
      name == "volume" ? Merged(parameters_, print_parameters_) : parameters_;
  for (const auto& [key, value] : extra) parameters[key] = value;
  return stylesheet->Apply(catalog, name, parameters, output, diagnostics);
}

}  // namespace teipress
