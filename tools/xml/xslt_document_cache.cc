#include "xslt_document_cache.h"

#include <sys/stat.h>

#include <libxslt/documents.h>

#include <map>
#include <mutex>

#include <boost/filesystem/operations.hpp>

#include "xml_ptr.h"
#include "xml_reader.h"

namespace teipress {
namespace {

struct CachedDocument {
  std::string path;
  int64_t size = -1;
  int64_t modified = -1;
  XmlDocPtr document;
};

struct Cache {
  std::mutex mutex;
  std::map<std::string, CachedDocument> by_uri;
  xsltDocLoaderFunc default_loader = nullptr;
};

Cache& TheCache() {
  static Cache* cache = new Cache();  // never destroyed: transformations may run until exit
  return *cache;
}

bool Stat(const std::string& path, int64_t& size, int64_t& modified) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return false;
  size = static_cast<int64_t>(info.st_size);
  modified = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return true;
}

// Must be called with the mutex held.
bool Refresh(CachedDocument& cached, std::vector<Diagnostic>& diagnostics) {
  int64_t size = 0, modified = 0;
  if (!Stat(cached.path, size, modified)) return false;
  if (cached.document && size == cached.size && modified == cached.modified) return true;
  cached.document = ReadXmlFile(cached.path, diagnostics);
  cached.size = size;
  cached.modified = modified;
  return cached.document != nullptr;
}

xmlDocPtr LoadFromCache(const xmlChar* uri, xmlDictPtr dict, int options, void* context, xsltLoadType type) {
  Cache& cache = TheCache();
  if (type == XSLT_LOAD_DOCUMENT && uri) {
    std::lock_guard<std::mutex> lock(cache.mutex);
    auto found = cache.by_uri.find(AsChars(uri));
    std::vector<Diagnostic> ignored;  // a file that went bad is read by the default loader, which reports
    if (found != cache.by_uri.end() && Refresh(found->second, ignored)) {
      return xmlCopyDoc(found->second.document.get(), 1);
    }
  }
  return cache.default_loader(uri, dict, options, context, type);
}

}  // namespace

std::string CachedDocumentUri(const std::string& path) {
  return "file://" + boost::filesystem::absolute(path).lexically_normal().string();
}

void CacheXsltDocuments(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics) {
  Cache& cache = TheCache();
  std::lock_guard<std::mutex> lock(cache.mutex);
  if (!cache.default_loader) {
    cache.default_loader = xsltDocDefaultLoader;
    xsltSetLoaderFunc(LoadFromCache);
  }
  for (const std::string& path : paths) {
    CachedDocument& cached = cache.by_uri[CachedDocumentUri(path)];
    cached.path = path;
    Refresh(cached, diagnostics);
  }
}

}  // namespace teipress
