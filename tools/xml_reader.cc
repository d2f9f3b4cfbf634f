#include "xml_reader.h"

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

// The one door through which libxml2 opens resources. A document itself (no input open yet:
// the file being parsed, an xsl:import, document(), an XInclude target) may come from the local
// file system; anything a document asks for while being parsed (external DTD subsets, external
// entities) and anything on the network is refused.
xmlParserInputPtr LocalDocumentsOnly(const char* url, const char* id, xmlParserCtxtPtr context) {
  const std::string target = url ? url : "";
  const bool remote = target.find("://") != std::string::npos && target.rfind("file://", 0) != 0;
  const bool from_inside_a_document = context && (context->inputNr > 0 || context->inSubset != 0);
  if (remote || from_inside_a_document) return nullptr;
  return default_entity_loader(url, id, context);
}

std::string TrimMessage(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

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

XmlErrorCollector::XmlErrorCollector(std::string file, std::vector<Diagnostic>& sink, std::string rule_prefix)
    : file_(std::move(file)),
      sink_(sink),
      rule_prefix_(std::move(rule_prefix)),
      previous_handler_(xmlStructuredError),
      previous_context_(xmlStructuredErrorContext) {
  xmlSetStructuredErrorFunc(this, CollectStructuredError);
}

XmlErrorCollector::~XmlErrorCollector() { xmlSetStructuredErrorFunc(previous_context_, previous_handler_); }

void XmlErrorCollector::Add(const xmlError* error) {
  if (!error) return;
  Diagnostic d;
  d.file = error->file && *error->file ? error->file : file_;
  d.line = error->line;
  d.column = error->int2;  // libxml2 keeps the column in int2 for parser errors
  d.severity = error->level == XML_ERR_WARNING ? Severity::kWarning : Severity::kError;
  d.message = TrimMessage(error->message);
  d.rule = rule_prefix_;
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
                           "xml.external-dtd"});
  }
  return document;
}

// Every xi:include must point inside the directory tree of the including document.
bool XIncludeTargetsAreConfined(xmlNodePtr node, const fs::path& root, const std::string& name,
                                std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (child->ns && xmlStrEqual(child->ns->href, XINCLUDE_NS) && xmlStrEqual(child->name, AsXmlChars("include"))) {
      XmlCharsPtr href(xmlGetProp(child, AsXmlChars("href")));
      const std::string target = href ? AsChars(href.get()) : "";
      const bool remote = target.find("://") != std::string::npos;
      const fs::path resolved = fs::weakly_canonical(root / target);
      const std::string resolved_text = resolved.string();
      const std::string root_text = root.string();
      if (remote || resolved_text.compare(0, root_text.size(), root_text) != 0) {
        diagnostics.push_back({name, static_cast<int>(xmlGetLineNo(child)), 0, Severity::kError,
                               "xi:include of '" + target +
                                   "' leaves the document's directory tree; only local files beside or below the "
                                   "document are included",
                               "xml.xinclude-outside"});
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
    XmlErrorCollector collector(path, errors, "xml.well-formed");
    XmlParserCtxtPtr context(xmlNewParserCtxt());
    if (!context) {
      diagnostics.push_back({path, 0, 0, Severity::kError, "out of memory creating an XML parser", "xml.internal"});
      return nullptr;
    }
    document.reset(xmlCtxtReadFile(context.get(), path.c_str(), nullptr, kSafeParseOptions));
    if (!document && errors.empty()) {
      errors.push_back({path, 0, 0, Severity::kError, "cannot read the file", "io.read"});
    }
  }
  document = Finish(std::move(document), path, diagnostics, errors);
  if (document && options.xinclude) {
    const fs::path root = fs::weakly_canonical(fs::absolute(fs::path(path)).parent_path());
    if (!XIncludeTargetsAreConfined(xmlDocGetRootElement(document.get()), root, path, diagnostics)) return nullptr;
    std::vector<Diagnostic> include_errors;
    int result;
    {
      XmlErrorCollector collector(path, include_errors, "xml.xinclude");
      result = xmlXIncludeProcessFlags(document.get(), kSafeParseOptions);
    }
    diagnostics.insert(diagnostics.end(), include_errors.begin(), include_errors.end());
    if (result < 0) return nullptr;
  }
  return document;
}

XmlDocPtr ReadXmlMemory(std::string_view contents, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  std::vector<Diagnostic> errors;
  XmlDocPtr document;
  {
    XmlErrorCollector collector(name, errors, "xml.well-formed");
    XmlParserCtxtPtr context(xmlNewParserCtxt());
    if (!context) return nullptr;
    document.reset(xmlCtxtReadMemory(context.get(), contents.data(), static_cast<int>(contents.size()), name.c_str(),
                                     nullptr, kSafeParseOptions));
  }
  return Finish(std::move(document), name, diagnostics, errors);
}

}  // namespace teipress
