#include "schematron_includes.h"

#include <libxml/uri.h>

#include <algorithm>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "schematron_namespaces.h"
#include "xml_reader.h"

namespace teipress {
namespace fs = boost::filesystem;
namespace {

bool IsSch(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns &&
         xmlStrEqual(node->ns->href, AsXmlChars(kSchematronNamespace)) && xmlStrEqual(node->name, AsXmlChars(name));
}

std::string Attr(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetNoNsProp(node, AsXmlChars(name)));
  return TakeString(std::move(value));
}

bool HasId(xmlNodePtr node, const std::string& id) {
  XmlCharsPtr xml_id(xmlGetNsProp(node, AsXmlChars("id"), XML_XML_NAMESPACE));
  if (xml_id) return id == AsChars(xml_id.get());
  XmlCharsPtr plain(xmlGetNoNsProp(node, AsXmlChars("id")));
  return plain && id == AsChars(plain.get());
}

// The first element at or below `node` (and its following siblings) with that id.
xmlNodePtr FindId(xmlNodePtr node, const std::string& id) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (HasId(node, id)) return node;
    if (xmlNodePtr found = FindId(node->children, id)) return found;
  }
  return nullptr;
}

bool Includes(xmlNodePtr node) {
  for (; node; node = node->next) {
    if (IsSch(node, "include") || (IsSch(node, "extends") && xmlHasNsProp(node, AsXmlChars("href"), nullptr))) {
      return true;
    }
    if (node->type == XML_ELEMENT_NODE && Includes(node->children)) return true;
  }
  return false;
}

int Line(xmlNodePtr node) { return static_cast<int>(xmlGetLineNo(node)); }

}  // namespace

std::string SchematronIncludes::FileOf(xmlNodePtr node) const {
  for (xmlNodePtr at = node; at; at = at->parent) {
    auto found = origin_file_.find(at);
    if (found != origin_file_.end()) return found->second;
  }
  if (node && node->doc && node->doc != document() && node->doc != schema_ && node->doc->URL) {
    return AsChars(node->doc->URL);  // an included file as read
  }
  return path_;
}

xmlNodePtr SchematronIncludes::IncludingSchemaOf(xmlNodePtr node) const {
  for (xmlNodePtr at = node; at; at = at->parent) {
    if (origin_file_.count(at)) {
      auto found = origin_schema_.find(at);
      return found == origin_schema_.end() ? nullptr : found->second;
    }
  }
  return nullptr;
}

xmlNodePtr SchematronIncludes::Resolve(xmlNodePtr from, const std::string& href, std::string& error,
                                       std::vector<Diagnostic>& diagnostics) {
  const size_t hash = href.find('#');
  const std::string file = href.substr(0, hash);
  const std::string fragment = hash == std::string::npos ? "" : href.substr(hash + 1);
  if (file.empty() && fragment.empty()) {
    error = "@href is empty: name a file, a file#id or #id";
    return nullptr;
  }
  // Targets are taken from the files as written (the schema itself or an included file); their
  // own includes are expanded once copied.
  const std::string from_file = FileOf(from);
  xmlNodePtr search = nullptr;
  if (file.empty() && from_file == path_) {
    search = xmlDocGetRootElement(schema_);
  } else {
    // Relative to the file the including element was written in.
    XmlCharsPtr absolute(xmlBuildURI(AsXmlChars(file.c_str()), AsXmlChars(from_file.c_str())));
    const std::string url = file.empty() ? from_file : absolute ? AsChars(absolute.get()) : file;
    const std::string local = root_.empty() ? "" : LocalFileInside(url, root_);
    if (local.empty()) {
      error = "'" + file + "' lies outside the schema's directory tree (" + root_ +
              ") or on the network: Schematron includes are read only from local files beside or below the schema";
      return nullptr;
    }
    auto found = loaded_.find(local);
    if (found == loaded_.end()) {
      boost::system::error_code ec;
      if (!fs::is_regular_file(local, ec)) {
        error = "'" + file + "' (" + local + ") is not a file that can be read";
        return nullptr;
      }
      XmlDocPtr read = ReadXmlFile(local, diagnostics);
      if (!read) {
        error = "'" + file + "' is not well-formed XML (see the errors reported for it)";
        return nullptr;
      }
      found = loaded_.emplace(local, std::move(read)).first;
    }
    search = xmlDocGetRootElement(found->second.get());
  }
  if (fragment.empty()) return search;
  xmlNodePtr element = FindId(search, fragment);
  if (!element) error = "no element has the id '" + fragment + "' in " + (file.empty() ? "this file" : "'" + file + "'");
  return element;
}

// A copy of `target` (from an included file) placed before `before`, keeping what it inherited
// where it was written: its language and, for nested includes, its file as base.
xmlNodePtr SchematronIncludes::CopyInto(xmlNodePtr target, xmlNodePtr before) {
  xmlNodePtr copy = xmlDocCopyNode(target, composed_.get(), 1);
  if (!copy) return nullptr;
  xmlAddPrevSibling(before, copy);
  if (copy->type != XML_ELEMENT_NODE) return copy;
  if (!xmlHasNsProp(copy, AsXmlChars("lang"), XML_XML_NAMESPACE)) {
    XmlCharsPtr lang(xmlNodeGetLang(target));
    if (lang) xmlNodeSetLang(copy, lang.get());
  }
  origin_file_[copy] = FileOf(target);
  xmlNodePtr target_root = xmlDocGetRootElement(target->doc);
  if (IsSch(target_root, "schema") && target->doc != schema_) {
    origin_schema_[copy] = target_root;
  } else if (xmlNodePtr schema = IncludingSchemaOf(target)) {
    origin_schema_[copy] = schema;
  }
  return copy;
}

bool SchematronIncludes::ExpandChildren(xmlNodePtr parent, std::vector<xmlNodePtr>& open,
                                        std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  for (xmlNodePtr child = parent->children; child;) {
    xmlNodePtr next = child->next;  // the child may be replaced
    if (!Expand(child, open, diagnostics)) ok = false;
    child = next;
  }
  return ok;
}

bool SchematronIncludes::Expand(xmlNodePtr node, std::vector<xmlNodePtr>& open, std::vector<Diagnostic>& diagnostics) {
  if (node->type != XML_ELEMENT_NODE) return true;
  const bool include = IsSch(node, "include");
  const bool extends = IsSch(node, "extends") && xmlHasNsProp(node, AsXmlChars("href"), nullptr);
  if (!include && !extends) return ExpandChildren(node, open, diagnostics);
  const std::string href = Attr(node, "href");
  std::string error;
  xmlNodePtr target = Resolve(node, href, error, diagnostics);
  if (target && std::find(open.begin(), open.end(), target) != open.end()) {
    error = "it leads back to itself (an include cycle)";
    target = nullptr;
  }
  if (target && include && IsSch(target, "schema")) {
    error = "it names a whole <schema>; include one of its elements by id (file.sch#id)";
    target = nullptr;
  }
  if (target && extends && !IsSch(target, "rule")) {
    error = "it names a <" + std::string(AsChars(target->name)) + ">, not a <rule>";
    target = nullptr;
  }
  if (!target) {
    diagnostics.push_back({FileOf(node), Line(node), 0, Severity::kError,
                           std::string(include ? "<include" : "<extends") + " href=\"" + href +
                               "\"> cannot be resolved: " + error,
                           rules::kSchematronInclude});
    return false;
  }
  // What takes the element's place: the element named, or (extends) the named rule's content.
  std::vector<xmlNodePtr> copies;
  if (include) {
    copies.push_back(CopyInto(target, node));
  } else {
    for (xmlNodePtr part = target->children; part; part = part->next) {
      if (part->type == XML_ELEMENT_NODE) copies.push_back(CopyInto(part, node));
    }
  }
  xmlUnlinkNode(node);
  xmlFreeNode(node);
  bool ok = true;
  open.push_back(target);
  for (xmlNodePtr copy : copies) {
    if (copy && !Expand(copy, open, diagnostics)) ok = false;  // it may include in turn
  }
  open.pop_back();
  return ok;
}

bool SchematronIncludes::Compose(xmlDocPtr schema, const std::string& path, std::vector<Diagnostic>& diagnostics) {
  schema_ = schema;
  path_ = path;
  xmlNodePtr root = schema ? xmlDocGetRootElement(schema) : nullptr;
  if (!root || !Includes(root)) return true;
  boost::system::error_code ec;
  root_ = fs::weakly_canonical(fs::absolute(fs::path(path)).parent_path(), ec).string();
  if (ec) root_.clear();
  composed_.reset(xmlCopyDoc(schema, 1));
  if (!composed_) return false;
  std::vector<xmlNodePtr> open;
  std::vector<Diagnostic> copy_errors;  // duplicate xml:ids of copied elements: ids are not used after this
  bool ok;
  {
    XmlErrorCollector collector(path, copy_errors, rules::kSchematronInclude);
    ok = ExpandChildren(xmlDocGetRootElement(composed_.get()), open, diagnostics);
  }
  return ok;
}

std::vector<XmlDocPtr> SchematronIncludes::TakeDocuments() {
  std::vector<XmlDocPtr> documents;
  if (composed_) documents.push_back(std::move(composed_));
  for (auto& [file, document] : loaded_) documents.push_back(std::move(document));
  loaded_.clear();
  return documents;
}

}  // namespace teipress
