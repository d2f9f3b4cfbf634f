#include "tei_documents.h"

#include <algorithm>
#include <map>

#include <boost/filesystem/operations.hpp>

#include "build_filesystem.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

bool IsTeiElement(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTeiNamespace)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

xmlNodePtr TeiChild(xmlNodePtr parent, const char* name) {
  if (!parent) return nullptr;
  for (xmlNodePtr child = parent->children; child; child = child->next) {
    if (IsTeiElement(child, name)) return child;
  }
  return nullptr;
}

bool IsInsideFolder(const fs::path& path, const fs::path& folder) {
  if (folder.empty()) return false;
  auto p = path.begin();
  for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
    if (p == path.end() || *p != *f) return false;
  }
  return true;
}

}  // namespace

std::vector<TeiDocumentFile> FindTeiDocuments(const fs::path& tei_dir, const fs::path& excluded) {
  std::vector<TeiDocumentFile> files;
  boost::system::error_code ec;
  if (!fs::is_directory(tei_dir, ec)) return files;
  // The working folder asked once (fs::absolute asks it for every path: a system call a file).
  const fs::path working = fs::current_path();
  const fs::path root = fs::absolute(tei_dir, working).lexically_normal();
  const fs::path skip = excluded.empty() ? fs::path() : fs::absolute(excluded, working).lexically_normal();
  for (fs::recursive_directory_iterator it(tei_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path absolute = fs::absolute(it->path(), working).lexically_normal();
    if (IsInsideFolder(absolute, skip)) {
      if (fs::is_directory(it->path(), ec)) it.disable_recursion_pending();
      continue;
    }
    if (const std::string name = it->path().filename().string(); !name.empty() && name[0] == '.') {
      if (fs::is_directory(it->path(), ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->path().extension() != ".xml") continue;
    const fs::file_status status = it->status(ec);  // the listing's file type: no stat for a plain file
    if (fs::is_regular_file(status)) {
      files.push_back({it->path(), it->path().stem().string()});
    } else if (fs::exists(status) && !fs::is_directory(status)) {
      files.push_back({it->path(), it->path().stem().string(), false});
    }
    ec.clear();
  }
  std::sort(files.begin(), files.end(),
            [](const TeiDocumentFile& a, const TeiDocumentFile& b) { return PathLess(a.path.native(), b.path.native()); });
  std::map<std::string, int> uses;
  for (const TeiDocumentFile& file : files) ++uses[file.stem];
  for (TeiDocumentFile& file : files) {
    if (uses[file.stem] == 1) continue;
    std::string stem = fs::absolute(file.path, working).lexically_normal().lexically_relative(root).replace_extension().string();
    std::replace(stem.begin(), stem.end(), '/', '-');
    file.stem = stem;
  }
  return files;
}

std::set<std::string> XIncludedFiles(const std::vector<IncludingFile>& files) {
  std::map<std::string, const IncludingFile*> by_path;
  for (const IncludingFile& file : files) by_path[file.path] = &file;
  std::set<std::string> included;
  std::vector<const IncludingFile*> pending;
  for (const IncludingFile& file : files) {
    if (file.tei_document) pending.push_back(&file);
  }
  while (!pending.empty()) {
    const IncludingFile* file = pending.back();
    pending.pop_back();
    for (const std::string& target : file->targets) {
      if (!included.insert(target).second) continue;
      const auto found = by_path.find(target);
      if (found != by_path.end() && !found->second->tei_document) pending.push_back(found->second);
    }
  }
  return included;
}

bool IsTeiDocument(xmlDocPtr document) {
  const xmlNodePtr root = document ? xmlDocGetRootElement(document) : nullptr;
  return IsTeiElement(root, "TEI") || IsTeiElement(root, "teiCorpus");
}

bool IsTeipressConversion(xmlDocPtr document) {
  if (!document) return false;
  for (xmlNodePtr node = document->children; node; node = node->next) {
    if (node->type == XML_PI_NODE && xmlStrEqual(node->name, AsXmlChars("teipress-generated"))) return true;
  }
  const xmlNodePtr app_info = TeiChild(TeiChild(TeiChild(xmlDocGetRootElement(document), "teiHeader"), "encodingDesc"),
                                       "appInfo");
  if (!app_info) return false;
  for (xmlNodePtr child = app_info->children; child; child = child->next) {
    if (!IsTeiElement(child, "application")) continue;
    XmlCharsPtr ident(xmlGetProp(child, AsXmlChars("ident")));
    if (ident && xmlStrEqual(ident.get(), AsXmlChars("teipress"))) return true;
  }
  return false;
}

}  // namespace teipress
