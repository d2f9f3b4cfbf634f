#include "xslt_stylesheet.h"

#include <libxml/entities.h>
#include <libxml/uri.h>
#include <libxslt/xsltutils.h>

#include "diagnostic_catalog.h"
#include "xml_reader.h"

namespace teipress {

// Reading is limited to local files (the entity loader refuses the network); writing,
// directory creation and network access are refused outright.
XsltSecurityPrefsPtr MakeXsltSecurityPrefs() {
  XsltSecurityPrefsPtr prefs(xsltNewSecurityPrefs());
  xsltSetSecurityPrefs(prefs.get(), XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs.get(), XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs.get(), XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs.get(), XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  return prefs;
}

std::string QuoteForXPath(const std::string& value) {
  if (value.find('\'') == std::string::npos) return "'" + value + "'";
  if (value.find('"') == std::string::npos) return "\"" + value + "\"";
  // Both quote kinds: concat('...', "'", '...').
  std::string out = "concat(";
  size_t start = 0;
  while (true) {
    const size_t quote = value.find('\'', start);
    out += "'" + value.substr(start, quote == std::string::npos ? std::string::npos : quote - start) + "'";
    if (quote == std::string::npos) break;
    out += ", \"'\", ";
    start = quote + 1;
  }
  return out + ")";
}

namespace {

XsltStylesheetPtr CompileFile(const std::string& path, std::vector<Diagnostic>& errors) {
  XmlErrorCollector collector(path, errors, rules::kXsltCompile);
  XmlDocPtr document = ReadXmlFile(path, errors);
  if (!document) return nullptr;
  XsltStylesheetPtr stylesheet(xsltParseStylesheetDoc(document.get()));
  if (stylesheet) document.release();  // now owned by the stylesheet
  return stylesheet;
}

// `text` is a stylesheet held in memory; `name` the file its errors are reported at.
XsltStylesheetPtr CompileText(const std::string& text, const std::string& name, std::vector<Diagnostic>& errors) {
  XmlErrorCollector collector(name, errors, rules::kXsltCompile);
  // Its own URL must differ from those it imports, or libxslt sees an import of itself.
  XmlDocPtr document = ReadXmlMemory(text, name + ".teipress-import.xsl", errors);
  if (!document) return nullptr;
  XsltStylesheetPtr stylesheet(xsltParseStylesheetDoc(document.get()));
  if (stylesheet) document.release();  // now owned by the stylesheet
  return stylesheet;
}

}  // namespace

std::unique_ptr<XsltStylesheet> XsltStylesheet::LoadImporting(const std::vector<std::string>& paths,
                                                              std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  std::string text = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">";
  std::string name;
  for (const std::string& path : paths) {
    XmlCharsPtr uri(xmlPathToURI(AsXmlChars(path.c_str())));
    XmlCharsPtr escaped(xmlEncodeSpecialChars(nullptr, uri.get()));
    if (!escaped) return nullptr;
    text += "<xsl:import href=\"" + std::string(AsChars(escaped.get())) + "\"/>";
    name = path;
  }
  text += "</xsl:stylesheet>";
  auto stylesheet = std::unique_ptr<XsltStylesheet>(new XsltStylesheet());
  stylesheet->path_ = name;
  std::vector<Diagnostic> errors;
  XsltStylesheetPtr first = CompileText(text, name, errors);
  if (!first) {
    diagnostics.insert(diagnostics.end(), errors.begin(), errors.end());
    diagnostics.push_back({name, 0, 0, Severity::kError, "cannot compile the stylesheet", rules::kXsltCompile});
    return nullptr;
  }
  stylesheet->instances_ = std::make_unique<XsltInstancePool>(std::move(first), [text, name] {
    std::vector<Diagnostic> ignored;  // the first compilation reported them
    return CompileText(text, name, ignored);
  });
  return stylesheet;
}

std::unique_ptr<XsltStylesheet> XsltStylesheet::Load(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  auto stylesheet = std::unique_ptr<XsltStylesheet>(new XsltStylesheet());
  stylesheet->path_ = path;
  std::vector<Diagnostic> errors;
  XsltStylesheetPtr first = CompileFile(path, errors);
  if (!first) {
    diagnostics.insert(diagnostics.end(), errors.begin(), errors.end());
    diagnostics.push_back({path, 0, 0, Severity::kError, "cannot compile the stylesheet", rules::kXsltCompile});
    return nullptr;
  }
  stylesheet->instances_ = std::make_unique<XsltInstancePool>(std::move(first), [path] {
    std::vector<Diagnostic> ignored;  // the first compilation reported them
    return CompileFile(path, ignored);
  });
  return stylesheet;
}

XmlDocPtr XsltStylesheet::ApplyToTree(xmlDocPtr input, const std::string& input_name,
                                      const std::map<std::string, std::string>& parameters,
                                      std::vector<Diagnostic>& diagnostics) const {
  std::vector<std::string> storage;
  storage.reserve(parameters.size() * 2);
  std::vector<const char*> params;
  for (const auto& [name, value] : parameters) {
    storage.push_back(name);
    storage.push_back(QuoteForXPath(value));
  }
  for (const std::string& s : storage) params.push_back(s.c_str());
  params.push_back(nullptr);

  std::vector<Diagnostic> errors;
  XmlDocPtr result;
  {
    XmlErrorCollector collector(input_name, errors, rules::kXsltMessage);
    const XsltInstancePool::Lease stylesheet = instances_->Acquire();
    XsltTransformCtxtPtr context(xsltNewTransformContext(stylesheet.get(), input));
    if (!context) return nullptr;
    XsltSecurityPrefsPtr prefs = MakeXsltSecurityPrefs();
    xsltSetCtxtSecurityPrefs(prefs.get(), context.get());
    result.reset(xsltApplyStylesheetUser(stylesheet.get(), input, params.data(), nullptr, nullptr, context.get()));
    if (context->state != XSLT_STATE_OK) result.reset();
  }
  for (Diagnostic& d : errors) {
    if (d.file.empty() || d.file == path_) d.file = input_name;
    diagnostics.push_back(std::move(d));
  }
  if (!result) {
    diagnostics.push_back({input_name, 0, 0, Severity::kError, "the transformation with " + path_ + " failed",
                           rules::kXsltApply});
  }
  return result;
}

bool XsltStylesheet::Serialize(xmlDocPtr result, std::string& output) const {
  xmlChar* buffer = nullptr;
  int size = 0;
  if (xsltSaveResultToString(&buffer, &size, result, instances_->first()) != 0) return false;
  XmlCharsPtr owned(buffer);
  output.assign(buffer ? AsChars(buffer) : "", static_cast<size_t>(size));
  return true;
}

bool XsltStylesheet::Apply(xmlDocPtr input, const std::string& input_name,
                           const std::map<std::string, std::string>& parameters, std::string& output,
                           std::vector<Diagnostic>& diagnostics) const {
  XmlDocPtr result = ApplyToTree(input, input_name, parameters, diagnostics);
  if (!result) return false;
  if (!Serialize(result.get(), output)) {
    diagnostics.push_back({input_name, 0, 0, Severity::kError, "the result of " + path_ + " cannot be serialized",
                           rules::kXsltApply});
    return false;
  }
  return true;
}

}  // namespace teipress
