#include "schematron_validator.h"

#include <libxslt/xsltutils.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <sstream>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "schematron_compiler.h"
#include "xml_reader.h"
#include "xpath_extensions.h"
#include "xslt_stylesheet.h"

namespace teipress {
namespace {

// libxslt reports through printf-style callbacks; the messages are gathered for a diagnostic.
void CollectMessage(void* context, const char* format, ...) {
  char buffer[1024];
  va_list arguments;
  va_start(arguments, format);
  std::vsnprintf(buffer, sizeof buffer, format, arguments);
  va_end(arguments);
  *static_cast<std::string*>(context) += buffer;
}

std::string Collapse(const std::string& text) {
  std::istringstream words(text);
  std::string word, out;
  while (words >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

bool IsSvrl(xmlNodePtr node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kSvrlNamespace)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

std::string TextOf(xmlNodePtr svrl_parent) {
  for (xmlNodePtr child = svrl_parent->children; child; child = child->next) {
    if (IsSvrl(child, "text")) {
      XmlCharsPtr text(xmlNodeGetContent(child));
      return Collapse(TakeString(std::move(text)));
    }
  }
  return "";
}

std::string Prop(xmlNodePtr node, const char* name, const char* ns = nullptr) {
  XmlCharsPtr value(xmlGetNsProp(node, AsXmlChars(name), ns ? AsXmlChars(ns) : nullptr));
  return TakeString(std::move(value));
}

Severity SeverityOfRole(const std::string& role) {
  if (role == "warning" || role == "warn" || role == "info" || role == "information") return Severity::kWarning;
  return Severity::kError;
}

}  // namespace

std::unique_ptr<SchematronSchema> SchematronSchema::Compile(const std::string& path, const SchematronOptions& options,
                                                            std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  RegisterXPathExtensions();
  XmlDocPtr source = ReadXmlFile(path, diagnostics);
  if (!source) return nullptr;
  const auto compiled = CompileSchematron(source.get(), path, options.phase, diagnostics);
  if (!compiled) return nullptr;
  auto schema = std::unique_ptr<SchematronSchema>(new SchematronSchema());
  schema->path_ = path;
  schema->phase_ = compiled->phase;
  bool ok = true;
  for (const auto& [name, value] : options.parameters) {
    if (std::find(compiled->parameters.begin(), compiled->parameters.end(), name) == compiled->parameters.end()) {
      diagnostics.push_back({path, 0, 0, Severity::kError,
                             "the schema has no schema-level <let name=\"" + name + "\"> to set", rules::kSchematronCompile});
      ok = false;
    }
    schema->parameters_.push_back(name);
    schema->parameters_.push_back(QuoteForXPath(value));
  }
  if (!ok) return nullptr;
  // The stylesheet's base URI is the schema's own location, so document('relative.xml') in a
  // rule reads a file beside the schema, whatever the current directory.
  boost::system::error_code ec;
  const std::string base = boost::filesystem::absolute(path, ec).string();
  std::vector<Diagnostic> errors;
  std::string messages;
  {
    XmlErrorCollector collector(path, errors, rules::kSchematronCompile);
    XmlDocPtr xslt = ReadXmlMemory(compiled->xslt, base, errors);
    xsltSetGenericErrorFunc(&messages, CollectMessage);
    if (xslt) {
      schema->stylesheet_.reset(xsltParseStylesheetDoc(xslt.get()));
      if (schema->stylesheet_) xslt.release();  // now owned by the stylesheet
    }
    xsltSetGenericErrorFunc(nullptr, nullptr);
  }
  if (!schema->stylesheet_ || (schema->stylesheet_ && schema->stylesheet_->errors > 0)) {
    for (Diagnostic& d : errors) {
      d.file = path;
      d.line = 0;  // lines of the generated stylesheet mean nothing to the schema's author
      diagnostics.push_back(std::move(d));
    }
    diagnostics.push_back({path, 0, 0, Severity::kError,
                           "libxslt rejected the compiled rules: " + Collapse(messages) +
                               " (check the XPath expressions and namespace prefixes of rule contexts)",
                           rules::kSchematronCompile});
    return nullptr;
  }
  return schema;
}

bool SchematronSchema::Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics,
                                std::string* svrl) const {
  std::vector<const char*> params;
  for (const std::string& s : parameters_) params.push_back(s.c_str());
  params.push_back(nullptr);
  std::vector<Diagnostic> errors;
  std::string messages;
  XmlDocPtr result;
  {
    XmlErrorCollector collector(file, errors, rules::kSchematronApply);
    XsltTransformCtxtPtr context(xsltNewTransformContext(stylesheet_.get(), document));
    if (context) {
      XsltSecurityPrefsPtr prefs = MakeXsltSecurityPrefs();
      xsltSetCtxtSecurityPrefs(prefs.get(), context.get());
      xsltSetTransformErrorFunc(context.get(), &messages, CollectMessage);
      result.reset(xsltApplyStylesheetUser(stylesheet_.get(), document, params.data(), nullptr, nullptr, context.get()));
      if (context->state != XSLT_STATE_OK) result.reset();
    }
  }
  if (!result) {
    std::string reasons = Collapse(messages);
    for (const Diagnostic& d : errors) reasons += (reasons.empty() ? "" : "; ") + d.message;
    diagnostics.push_back({file, 0, 0, Severity::kError,
                           "the Schematron rules of " + path_ + " could not be applied: " + reasons,
                           rules::kSchematronApply});
    return false;
  }
  bool valid = true;
  xmlNodePtr root = xmlDocGetRootElement(result.get());
  for (xmlNodePtr node = root ? root->children : nullptr; node; node = node->next) {
    if (!IsSvrl(node, "failed-assert") && !IsSvrl(node, "successful-report")) continue;
    Diagnostic d;
    d.file = file;
    d.line = std::atoi(Prop(node, "line", kSvrlExtensionNamespace).c_str());
    d.severity = SeverityOfRole(Prop(node, "role"));
    d.message = TextOf(node);
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (IsSvrl(child, "diagnostic-reference")) d.message += " " + TextOf(child);
    }
    d.rule = Prop(node, "rule", kSvrlExtensionNamespace);
    NoteRuleProduced(d.rule, /*from_schema=*/true);
    if (d.severity == Severity::kError) valid = false;
    diagnostics.push_back(std::move(d));
  }
  if (svrl) {
    xmlChar* buffer = nullptr;
    int size = 0;
    if (xsltSaveResultToString(&buffer, &size, result.get(), stylesheet_.get()) == 0) {
      XmlCharsPtr owned(buffer);
      svrl->assign(buffer ? AsChars(buffer) : "", static_cast<size_t>(size));
    }
  }
  return valid;
}

}  // namespace teipress
