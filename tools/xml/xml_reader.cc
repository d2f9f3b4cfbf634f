#include "xml_reader.h"

#include <libxml/entities.h>
#include <libxml/hash.h>
#include <libxml/uri.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>
#include <libxslt/xslt.h>
#include <libexslt/exslt.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>
#include <algorithm>
#include <mutex>

#include "diagnostic_catalog.h"
#include "xml_input_policy.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

void CollectStructuredError(void* context, xmlErrorPtr error) {
  static_cast<XmlErrorCollector*>(context)->Add(error);
}

std::string TrimMessage(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

std::string LocalFileInside(const std::string& url, const std::string& root) {
  fs::path local;
  if (!LocalPathOfUrl(url, local)) return "";
  boost::system::error_code ec;
  const fs::path resolved = fs::weakly_canonical(fs::absolute(local), ec);
  return !ec && IsInsideDirectory(resolved, fs::path(root)) ? resolved.string() : "";
}

void InitializeXmlLibraries() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    exsltRegisterAll();
    InstallXmlInputPolicy();
  });
}

XmlErrorCollector::XmlErrorCollector(std::string file, std::vector<Diagnostic>& sink, RuleId rule)
    : file_(std::move(file)),
      sink_(sink),
      rule_(rule),
      previous_handler_(xmlStructuredError),
      previous_context_(xmlStructuredErrorContext),
      input_reports_(file_, sink) {
  xmlSetStructuredErrorFunc(this, CollectStructuredError);
}

XmlErrorCollector::~XmlErrorCollector() { xmlSetStructuredErrorFunc(previous_context_, previous_handler_); }

void XmlErrorCollector::Add(const xmlError* error) {
  if (!error) return;
  // The parser registers every xml:id, also in foreign vocabularies (TEI's egXML examples), and
  // calls a repeated value an error. Well-formedness does not depend on it; whether IDs must be
  // unique is the schema's question (xsd:ID), which RelaxNgSchema::Validate answers as jing does.
  if (error->domain == XML_FROM_VALID && error->code == XML_DTD_ID_REDEFINED) return;
  // The policy's loader reported why it refused (xml_input_policy.h); libxml2 adds only "failed
  // to load external entity".
  if (error->domain == XML_FROM_IO && error->code == XML_IO_LOAD_ERROR && HasErrors(sink_)) return;
  Diagnostic d;
  d.file = error->file && *error->file ? error->file : file_;
  d.line = error->line;
  d.column = error->int2;  // libxml2 keeps the column in int2 for parser errors
  d.severity = error->level == XML_ERR_WARNING ? Severity::kWarning : Severity::kError;
  d.message = TrimMessage(error->message);
  // "failed to load external entity", "Is a directory": the file could not be read, which is
  // not a matter of well-formedness (or of XInclude, or of a stylesheet).
  if (!ExplainLibxmlLimitError(*error, d)) d.rule = error->domain == XML_FROM_IO ? rules::kIoRead : rule_;
  sink_.push_back(std::move(d));
}

namespace {

XmlDocPtr Finish(XmlDocPtr document, const std::string& name, std::vector<Diagnostic>& diagnostics,
                 const std::vector<Diagnostic>& errors) {
  bool failed = !document;
  for (size_t i = 0; i < errors.size(); ++i) {
    const Diagnostic& d = errors[i];
    if (d.severity == Severity::kError) failed = true;
    // libxml2 reports an entity limit once per entity level on the way out; the last report is
    // the one at the reference in the document.
    const bool repeated_limit = d.rule.rfind("xml.limit-", 0) == 0 &&
                                std::any_of(errors.begin() + static_cast<std::ptrdiff_t>(i) + 1, errors.end(),
                                            [&](const Diagnostic& later) { return later.rule == d.rule; });
    if (!repeated_limit) diagnostics.push_back(d);
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
  return node->type == XML_ELEMENT_NODE && node->ns && IsXIncludeElement(node->ns->href, node->name);
}

// Every xi:include must point inside the directory tree of the including document.
bool XIncludeTargetsAreConfined(xmlNodePtr node, const fs::path& root, const std::string& name,
                                std::vector<Diagnostic>& diagnostics) {
  bool ok = true;
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsXInclude(child)) {
      XmlCharsPtr href(xmlGetProp(child, AsXmlChars("href")));
      const std::string target = href ? AsChars(href.get()) : "";
      XmlCharsPtr base(xmlNodeGetBase(child->doc, child));
      XmlCharsPtr absolute(xmlBuildURI(AsXmlChars(target.c_str()), base.get()));
      const std::string url = absolute ? AsChars(absolute.get()) : target;
      fs::path local;
      boost::system::error_code ec;
      const bool inside = LocalPathOfUrl(url, local) &&
                          IsInsideDirectory(fs::weakly_canonical(fs::absolute(local), ec), root) && !ec;
      if (!inside) {
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

// The local files the xi:include elements below `node` name (an empty href names the document itself).
void CollectXIncludeTargets(xmlNodePtr node, std::vector<std::string>& targets) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (IsXInclude(node)) {
      XmlCharsPtr href(xmlGetProp(node, AsXmlChars("href")));
      if (!href || !*href.get()) continue;
      XmlCharsPtr base(xmlNodeGetBase(node->doc, node));
      XmlCharsPtr absolute(xmlBuildURI(href.get(), base.get()));
      fs::path local;
      boost::system::error_code ec;
      if (absolute && LocalPathOfUrl(AsChars(absolute.get()), local)) {
        const fs::path resolved = fs::weakly_canonical(fs::absolute(local), ec);
        if (!ec) targets.push_back(resolved.string());
      }
      continue;
    }
    CollectXIncludeTargets(node->children, targets);
  }
}

// The line of the first xi:include below `node`, or 0.
int FirstXIncludeLine(xmlNodePtr node) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (IsXInclude(node)) return static_cast<int>(xmlGetLineNo(node));
    if (const int line = FirstXIncludeLine(node->children)) return line;
  }
  return 0;
}

// A refusal made by a sub-parser (libxml2 reads an external general entity with a parser of its
// own) has no line: the first reference to the entity in the document gives it one.
void PositionEntityRefusals(xmlDocPtr document, std::string_view bytes, std::vector<Diagnostic>& errors) {
  if (!document || !document->intSubset || !document->intSubset->entities) return;
  for (Diagnostic& d : errors) {
    if (!(d.rule == rules::kXmlExternalEntity) || d.line != 0) continue;
    struct Search {
      const std::string* message;
      std::string name;
    } search{&d.message, ""};
    xmlHashScan(static_cast<xmlHashTablePtr>(document->intSubset->entities),
                [](void* payload, void* data, const xmlChar*) {
                  auto* entity = static_cast<xmlEntityPtr>(payload);
                  auto* found = static_cast<Search*>(data);
                  const xmlChar* url = entity->URI ? entity->URI : entity->SystemID;
                  if (found->name.empty() && url && found->message->find("'" + std::string(AsChars(url)) + "'") != std::string::npos) {
                    found->name = AsChars(entity->name);
                  }
                },
                &search);
    if (search.name.empty()) continue;
    const size_t at = bytes.find("&" + search.name + ";");
    if (at == std::string_view::npos) continue;
    d.line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
    const size_t line_start = bytes.rfind('\n', at);
    d.column = 1 + static_cast<int>(at - (line_start == std::string_view::npos ? 0 : line_start + 1));
  }
}

XmlDocPtr Parse(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  std::vector<Diagnostic> errors;
  if (!ScanXmlInputLimits(bytes, name, diagnostics)) return nullptr;
  XmlDocPtr document;
  {
    XmlErrorCollector collector(name, errors, rules::kXmlWellFormed);
    XmlParserCtxtPtr context(xmlNewParserCtxt());
    if (!context) {
      diagnostics.push_back({name, 0, 0, Severity::kError, "out of memory creating an XML parser",
                             rules::kXmlOutOfMemory});
      return nullptr;
    }
    document.reset(xmlCtxtReadMemory(context.get(), bytes.data(), static_cast<int>(bytes.size()), name.c_str(),
                                     nullptr, XmlInputParseOptions()));
  }
  PositionEntityRefusals(document.get(), bytes, errors);
  return Finish(std::move(document), name, diagnostics, errors);
}

}  // namespace

XmlDocPtr ReadXmlFile(const std::string& path, std::vector<Diagnostic>& diagnostics, const XmlReadOptions& options) {
  std::string bytes;
  if (!ReadXmlInputFile(path, bytes, diagnostics)) return nullptr;
  XmlDocPtr document = Parse(bytes, path, diagnostics);
  if (!document) return nullptr;
  if (options.xinclude_targets) CollectXIncludeTargets(xmlDocGetRootElement(document.get()), *options.xinclude_targets);
  if (!options.xinclude) {
    if (const int line = FirstXIncludeLine(xmlDocGetRootElement(document.get()))) {
      diagnostics.push_back(XIncludeNotProcessed(path, line));
    }
    return document;
  }
  // The document's own folder, or the --xinclude-root that must contain it (a project whose
  // documents include lists from a folder above their own).
  const fs::path folder = fs::weakly_canonical(fs::absolute(fs::path(path)).parent_path());
  const fs::path root =
      options.xinclude_root.empty() ? folder : fs::weakly_canonical(fs::absolute(fs::path(options.xinclude_root)));
  if (!IsInsideDirectory(folder, root)) {
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
    XIncludeConfinement confinement(root, refused);
    XmlErrorCollector collector(path, include_errors, rules::kXmlXInclude);
    result = xmlXIncludeProcessFlags(document.get(), XmlInputParseOptions());
  }
  for (const std::string& target : refused) {
    diagnostics.push_back({path, 0, 0, Severity::kError,
                           "xi:include of '" + target +
                               "' leaves the document's directory tree; only local files beside or below the "
                               "document are included",
                           rules::kXmlXIncludeOutside});
  }
  diagnostics.insert(diagnostics.end(), include_errors.begin(), include_errors.end());
  if (result < 0 || !refused.empty() || HasErrors(include_errors)) return nullptr;
  return document;
}

Diagnostic XIncludeNotProcessed(const std::string& file, int line) {
  return {file, line, 0, Severity::kWarning,
          "the document uses XInclude, which is processed only with --xinclude (and --xinclude-root DIR when it "
          "includes files from a folder above its own); the included parts are missing here",
          rules::kXmlXIncludeNotProcessed};
}

bool IsXIncludeElement(const xmlChar* namespace_uri, const xmlChar* local_name) {
  // libxml2 2.9 calls the 2001 namespace XINCLUDE_OLD_NS and a 2003 draft XINCLUDE_NS.
  return namespace_uri && (xmlStrEqual(namespace_uri, XINCLUDE_NS) || xmlStrEqual(namespace_uri, XINCLUDE_OLD_NS)) &&
         xmlStrEqual(local_name, AsXmlChars("include"));
}

bool CheckTeiRoot(xmlDocPtr document, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  static constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";
  xmlNodePtr root = document ? xmlDocGetRootElement(document) : nullptr;
  if (root && root->ns && xmlStrEqual(root->ns->href, AsXmlChars(kTeiNamespace)) &&
      (xmlStrEqual(root->name, AsXmlChars("TEI")) || xmlStrEqual(root->name, AsXmlChars("teiCorpus")))) {
    return true;
  }
  std::string found = root ? "<" + std::string(AsChars(root->name)) + ">" : "missing";
  if (root && root->ns && root->ns->href) found += " in namespace " + std::string(AsChars(root->ns->href));
  else if (root) found += " in no namespace";
  diagnostics.push_back({name, root ? static_cast<int>(xmlGetLineNo(root)) : 0, 0, Severity::kError,
                         "not a TEI document: the root element is " + found +
                             ", not <TEI> or <teiCorpus> in the TEI namespace (" + kTeiNamespace + ")",
                         rules::kInputNotTei});
  return false;
}

XmlDocPtr ReadXmlMemory(std::string_view contents, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  return Parse(contents, name, diagnostics);
}

}  // namespace teipress
