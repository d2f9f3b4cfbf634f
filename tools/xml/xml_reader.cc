#include "xml_reader.h"

#include "diagnostic_catalog.h"

#include <libxml/uri.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>
#include <libxslt/xslt.h>
#include <libexslt/exslt.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>
#include <mutex>

namespace teipress {

namespace fs = boost::filesystem;

namespace {

void CollectStructuredError(void* context, xmlErrorPtr error) {
  static_cast<XmlErrorCollector*>(context)->Add(error);
}

xmlExternalEntityLoader default_entity_loader = nullptr;

// While XInclude runs for a document, the directory tree its includes must stay in, and where
// refusals are reported. Thread-local: every worker thread processes its own document.
thread_local const fs::path* xinclude_root = nullptr;
thread_local std::vector<std::string>* xinclude_refused = nullptr;

// Whether `path` is `root` or lies below it, compared component by component ("/doc-evil" is
// not inside "/doc").
bool IsInside(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

// The local file a URL names, resolved (symbolic links, "..") to an absolute path.
fs::path ResolveLocal(const std::string& url) {
  std::string target = url.rfind("file://", 0) == 0 ? url.substr(7) : url;
  // xmlURIUnescapeString allocates with xmlMalloc: the owner frees it with xmlFree.
  XmlCharsPtr unescaped(reinterpret_cast<xmlChar*>(xmlURIUnescapeString(target.c_str(), 0, nullptr)));
  if (unescaped) target = AsChars(unescaped.get());
  boost::system::error_code ec;
  fs::path resolved = fs::weakly_canonical(fs::absolute(fs::path(target)), ec);
  return ec ? fs::path(target) : resolved;
}

// The one door through which libxml2 opens resources. A document itself (no input open yet:
// the file being parsed, an xsl:import, document(), an XInclude target) may come from the local
// file system; anything a document asks for while being parsed (external DTD subsets, external
// entities) and anything on the network is refused.
xmlParserInputPtr LocalDocumentsOnly(const char* url, const char* id, xmlParserCtxtPtr context) {
  const std::string target = url ? url : "";
  const bool remote = target.find("://") != std::string::npos && target.rfind("file://", 0) != 0;
  const bool from_inside_a_document = context && (context->inputNr > 0 || context->inSubset != 0);
  if (remote || from_inside_a_document) return nullptr;
  if (xinclude_root && !IsInside(ResolveLocal(target), *xinclude_root)) {
    if (xinclude_refused) xinclude_refused->push_back(target);
    return nullptr;
  }
  return default_entity_loader(url, id, context);
}

std::string TrimMessage(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

std::string LocalFileInside(const std::string& url, const std::string& root) {
  const bool remote = url.find("://") != std::string::npos && url.rfind("file://", 0) != 0;
  if (remote) return "";
  const fs::path resolved = ResolveLocal(url);
  return IsInside(resolved, fs::path(root)) ? resolved.string() : "";
}

void InitializeXmlLibraries() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    default_entity_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(LocalDocumentsOnly);
    exsltRegisterAll();
    // Safe defaults for every parser libxslt creates for document() or xsl:import.
    xmlSubstituteEntitiesDefault(0);
    xmlLoadExtDtdDefaultValue = 0;
  });
}

XmlErrorCollector::XmlErrorCollector(std::string file, std::vector<Diagnostic>& sink, RuleId rule)
    : file_(std::move(file)),
      sink_(sink),
      rule_(rule),
      previous_handler_(xmlStructuredError),
      previous_context_(xmlStructuredErrorContext) {
  xmlSetStructuredErrorFunc(this, CollectStructuredError);
}

XmlErrorCollector::~XmlErrorCollector() { xmlSetStructuredErrorFunc(previous_context_, previous_handler_); }

void XmlErrorCollector::Add(const xmlError* error) {
  if (!error) return;
  // The parser registers every xml:id, also in foreign vocabularies (TEI's egXML examples), and
  // calls a repeated value an error. Well-formedness does not depend on it; whether IDs must be
  // unique is the schema's question (xsd:ID), which RelaxNgSchema::Validate answers as jing does.
  if (error->domain == XML_FROM_VALID && error->code == XML_DTD_ID_REDEFINED) return;
  Diagnostic d;
  d.file = error->file && *error->file ? error->file : file_;
  d.line = error->line;
  d.column = error->int2;  // libxml2 keeps the column in int2 for parser errors
  d.severity = error->level == XML_ERR_WARNING ? Severity::kWarning : Severity::kError;
  d.message = TrimMessage(error->message);
  // "failed to load external entity", "Is a directory": the file could not be read, which is
  // not a matter of well-formedness (or of XInclude, or of a stylesheet).
  d.rule = error->domain == XML_FROM_IO ? rules::kIoRead : rule_;
  sink_.push_back(std::move(d));
}

namespace {

constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOXINCNODE;

XmlDocPtr Finish(XmlDocPtr document, const std::string& name, std::vector<Diagnostic>& diagnostics,
                 const std::vector<Diagnostic>& errors) {
  bool failed = !document;
  for (const Diagnostic& d : errors) {
    if (d.severity == Severity::kError) failed = true;
    diagnostics.push_back(d);
  }
  if (failed) return nullptr;
  if (document && document->intSubset && document->intSubset->SystemID) {
    diagnostics.push_back({name, document->intSubset->parent ? 1 : 1, 0, Severity::kWarning,
                           "the document declares an external DTD; it was not loaded (teipress never fetches "
                           "external DTDs or entities)",
                           rules::kXmlExternalDtd});
  }
  return document;
}

bool IsXInclude(xmlNodePtr node) {
  // libxml2 2.9 calls the 2001 namespace XINCLUDE_OLD_NS and a 2003 draft XINCLUDE_NS.
  return node->type == XML_ELEMENT_NODE && node->ns &&
         (xmlStrEqual(node->ns->href, XINCLUDE_NS) || xmlStrEqual(node->ns->href, XINCLUDE_OLD_NS)) &&
         xmlStrEqual(node->name, AsXmlChars("include"));
}

// The first xi:include at or below `node`, or null; iterative, as documents may nest deeply.
xmlNodePtr FindXInclude(xmlNodePtr node) {
  for (xmlNodePtr current = node; current;) {
    if (IsXInclude(current)) return current;
    if (current->children && current->type == XML_ELEMENT_NODE) {
      current = current->children;
      continue;
    }
    while (current && current != node && !current->next) current = current->parent;
    if (!current || current == node) return nullptr;
    current = current->next;
  }
  return nullptr;
}

// Every xi:include must point inside the directory tree of the including document.
bool XIncludeTargetsAreConfined(xmlNodePtr node, const fs::path& root, const std::string& name,
                                std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    // libxml2 2.9 calls the 2001 namespace XINCLUDE_OLD_NS and a 2003 draft XINCLUDE_NS.
    const bool include = child->ns &&
                         (xmlStrEqual(child->ns->href, XINCLUDE_NS) || xmlStrEqual(child->ns->href, XINCLUDE_OLD_NS)) &&
                         xmlStrEqual(child->name, AsXmlChars("include"));
    if (include) {
      XmlCharsPtr href(xmlGetProp(child, AsXmlChars("href")));
      const std::string target = href ? AsChars(href.get()) : "";
      XmlCharsPtr base(xmlNodeGetBase(child->doc, child));
      XmlCharsPtr absolute(xmlBuildURI(AsXmlChars(target.c_str()), base.get()));
      const std::string url = absolute ? AsChars(absolute.get()) : target;
      const bool remote = url.find("://") != std::string::npos && url.rfind("file://", 0) != 0;
      if (remote || !IsInside(ResolveLocal(url), root)) {
        diagnostics.push_back({name, static_cast<int>(xmlGetLineNo(child)), 0, Severity::kError,
                               "xi:include of '" + target +
                                   "' leaves the document's directory tree; only local files beside or below the "
                                   "document are included",
                               rules::kXmlXIncludeOutside});
        ok = false;
      }
    }
    if (!XIncludeTargetsAreConfined(child->children, root, name, diagnostics)) ok = false;
  }
  return ok;
}

}  // namespace

XmlDocPtr ReadXmlFile(const std::string& path, std::vector<Diagnostic>& diagnostics, const XmlReadOptions& options) {
  InitializeXmlLibraries();
  std::vector<Diagnostic> errors;
  XmlDocPtr document;
  {
    XmlErrorCollector collector(path, errors, rules::kXmlWellFormed);
    XmlParserCtxtPtr context(xmlNewParserCtxt());
    if (!context) {
      diagnostics.push_back({path, 0, 0, Severity::kError, "out of memory creating an XML parser", rules::kXmlOutOfMemory});
      return nullptr;
    }
    document.reset(xmlCtxtReadFile(context.get(), path.c_str(), nullptr, kSafeParseOptions));
    if (!document && !HasErrors(errors)) {
      errors.push_back({path, 0, 0, Severity::kError, "cannot read the file (missing, unreadable or not a file)",
                        rules::kIoRead});
    }
  }
  document = Finish(std::move(document), path, diagnostics, errors);
  if (document && !options.xinclude) {
    if (const xmlNodePtr include = FindXInclude(xmlDocGetRootElement(document.get()))) {
      diagnostics.push_back({path, static_cast<int>(xmlGetLineNo(include)), 0, Severity::kWarning,
                             "the document uses xi:include, which was not processed: run with --xinclude (and "
                             "--xinclude-root DIR when it includes files from a folder above its own)",
                             rules::kXmlXIncludeNeeded});
    }
  }
  if (document && options.xinclude) {
    const fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(path)).parent_path());
    const fs::path root =
        options.xinclude_root.empty() ? folder : fs::weakly_canonical(fs::absolute(fs::path(options.xinclude_root)));
    if (!IsInside(folder, root)) {
      diagnostics.push_back({path, 0, 0, Severity::kError,
                             "the document is not inside the XInclude root " + root.string() +
                                 ": give an --xinclude-root that contains it",
                             rules::kXmlXIncludeOutside});
      return nullptr;
    }
    if (!XIncludeTargetsAreConfined(xmlDocGetRootElement(document.get()), root, path, diagnostics)) return nullptr;
    std::vector<Diagnostic> include_errors;
    std::vector<std::string> refused;
    int result;
    {
      // The loader enforces the confinement for every file XInclude opens, nested includes and
      // xml:base included; the scan above only gives the first refusals their line numbers.
      xinclude_root = &root;
      xinclude_refused = &refused;
      XmlErrorCollector collector(path, include_errors, rules::kXmlXInclude);
      result = xmlXIncludeProcessFlags(document.get(), kSafeParseOptions);
      xinclude_root = nullptr;
      xinclude_refused = nullptr;
    }
    for (const std::string& target : refused) {
      diagnostics.push_back({path, 0, 0, Severity::kError,
                             "xi:include of '" + target +
                                 "' leaves the document's directory tree; only local files beside or below the "
                                 "document are included",
                             rules::kXmlXIncludeOutside});
    }
    diagnostics.insert(diagnostics.end(), include_errors.begin(), include_errors.end());
    if (result < 0 || !refused.empty()) return nullptr;
  }
  return document;
}

XmlDocPtr ReadXmlMemory(std::string_view contents, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  std::vector<Diagnostic> errors;
  XmlDocPtr document;
  {
    XmlErrorCollector collector(name, errors, rules::kXmlWellFormed);
    XmlParserCtxtPtr context(xmlNewParserCtxt());
    if (!context) return nullptr;
    document.reset(xmlCtxtReadMemory(context.get(), contents.data(), static_cast<int>(contents.size()), name.c_str(),
                                     nullptr, kSafeParseOptions));
  }
  return Finish(std::move(document), name, diagnostics, errors);
}

}  // namespace teipress
