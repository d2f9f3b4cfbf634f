#include "schematron_validator.h"

#include <libxslt/xsltutils.h>

#include <algorithm>
#include <cctype>
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

// libxslt's messages without the lines that locate them in the generated stylesheet (they mean
// nothing to the schema's author, who is told the schema's line instead).
std::string Reasons(const std::string& messages) {
  std::istringstream lines(messages);
  std::string line, out;
  while (std::getline(lines, line)) {
    if (line.find("error: file ") != std::string::npos && line.find(" line ") != std::string::npos) continue;
    out += line + "\n";
  }
  return Collapse(out);
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

// Every element of the generated stylesheet that names its source, by line.
void IndexSources(xmlNodePtr node, std::map<int, size_t>& at_line) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    XmlCharsPtr index(xmlGetNsProp(node, AsXmlChars(kSourceAttribute), AsXmlChars(kXPathExtensionsNamespace)));
    if (index) at_line.emplace(static_cast<int>(xmlGetLineNo(node)), std::stoul(AsChars(index.get())));
    IndexSources(node->children, at_line);
  }
}

// libxml2's errors while the rules run, with the stylesheet line of the instruction that was
// running (libxslt does not always say which instruction failed).
class XPathErrors {
 public:
  XPathErrors() : previous_(xmlStructuredError), previous_context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(this, Collect);
  }
  ~XPathErrors() { xmlSetStructuredErrorFunc(previous_context_, previous_); }
  XPathErrors(const XPathErrors&) = delete;
  XPathErrors& operator=(const XPathErrors&) = delete;

  xsltTransformContextPtr transform = nullptr;
  std::vector<std::string> messages;
  std::vector<int> lines;

 private:
  static void Collect(void* context, xmlErrorPtr error) {
    auto* self = static_cast<XPathErrors*>(context);
    if (!error) return;
    std::string message = error->message ? error->message : "";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    self->messages.push_back(message);
    if (self->transform && self->transform->inst) self->lines.push_back(static_cast<int>(xmlGetLineNo(self->transform->inst)));
  }
  xmlStructuredErrorFunc previous_;
  void* previous_context_;
};

}  // namespace

Severity SeverityOfRole(const std::string& role) {
  std::string lower = role;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (lower == "warning" || lower == "warn" || lower == "nonfatal") return Severity::kWarning;
  if (lower == "info" || lower == "information" || lower == "note") return Severity::kNote;
  return Severity::kError;
}

SchematronSource SchematronSchema::SourceOfFailure(const std::string& messages, std::vector<int> lines) const {
  // The instruction running at the last error is the one that failed.
  std::reverse(lines.begin(), lines.end());
  // "runtime error: file F line N element E": the stylesheet's line N.
  for (size_t at = messages.find(" line "); at != std::string::npos; at = messages.find(" line ", at + 1)) {
    lines.push_back(std::atoi(messages.c_str() + at + 6));
  }
  // The source of the element at that line, or of the nearest one above it that has one (the
  // check or rule around it).
  for (const int line : lines) {
    auto found = source_at_line_.upper_bound(line);
    if (line <= 0 || found == source_at_line_.begin()) continue;
    return sources_[std::prev(found)->second];
  }
  return {path_, 0};
}

std::unique_ptr<SchematronSchema> SchematronSchema::Compile(const std::string& path, const SchematronOptions& options,
                                                            std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  RegisterXPathExtensions();
  XmlDocPtr source = ReadXmlFile(path, diagnostics);
  if (!source) return nullptr;
  auto compiled = CompileSchematron(source.get(), path, options.phase, diagnostics);
  if (!compiled) return nullptr;
  auto schema = std::unique_ptr<SchematronSchema>(new SchematronSchema());
  schema->path_ = path;
  schema->phase_ = compiled->phase;
  schema->sources_ = std::move(compiled->sources);
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
    if (xslt) IndexSources(xmlDocGetRootElement(xslt.get()), schema->source_at_line_);
    xsltSetGenericErrorFunc(&messages, CollectMessage);
    if (xslt) {
      schema->stylesheet_.reset(xsltParseStylesheetDoc(xslt.get()));
      if (schema->stylesheet_) xslt.release();  // now owned by the stylesheet
    }
    xsltSetGenericErrorFunc(nullptr, nullptr);
  }
  if (!schema->stylesheet_ || schema->stylesheet_->errors > 0) {
    const SchematronSource where = schema->SourceOfFailure(messages, {});
    std::string reasons = Reasons(messages);
    for (const Diagnostic& d : errors) reasons += (reasons.empty() ? "" : "; ") + d.message;
    diagnostics.push_back({where.file, where.line, 0, Severity::kError,
                           "libxslt rejected the compiled rules: " + reasons +
                               " (check the XPath expressions, patterns and namespace prefixes written here)",
                           rules::kSchematronCompile});
    return nullptr;
  }
  return schema;
}

SchematronVerdict SchematronSchema::Check(xmlDocPtr document, const std::string& file,
                                          std::vector<Diagnostic>& diagnostics, std::string* svrl) const {
  std::vector<const char*> params;
  for (const std::string& s : parameters_) params.push_back(s.c_str());
  params.push_back(nullptr);
  XPathErrors errors;
  std::string messages;
  XmlDocPtr result;
  {
    XsltTransformCtxtPtr context(xsltNewTransformContext(stylesheet_.get(), document));
    if (context) {
      errors.transform = context.get();
      XsltSecurityPrefsPtr prefs = MakeXsltSecurityPrefs();
      xsltSetCtxtSecurityPrefs(prefs.get(), context.get());
      xsltSetTransformErrorFunc(context.get(), &messages, CollectMessage);
      result.reset(xsltApplyStylesheetUser(stylesheet_.get(), document, params.data(), nullptr, nullptr, context.get()));
      if (context->state != XSLT_STATE_OK) result.reset();
    }
  }
  // A transformation that stops is the schema's error: an expression that cannot be evaluated (an
  // unknown function, a wrong type, a bad regular expression). A document that document() or
  // @documents cannot read is not: XSLT recovers with an empty node-set, which rules can test.
  if (!result) {
    const SchematronSource where = SourceOfFailure(messages, errors.lines);
    std::string reasons;
    for (const std::string& message : errors.messages) reasons += (reasons.empty() ? "" : "; ") + message;
    const std::string xslt_reasons = Reasons(messages);
    if (!xslt_reasons.empty()) reasons += (reasons.empty() ? "" : "; ") + xslt_reasons;
    diagnostics.push_back({where.file, where.line, 0, Severity::kError,
                           "the Schematron rules could not be applied to " + file + ": " + reasons +
                               " (an error in the schema, not in the document)",
                           rules::kSchematronApply});
    return SchematronVerdict::kSchemaError;
  }
  bool valid = true;
  const std::string primary = document->URL ? AsChars(document->URL) : file;
  std::string about = file;  // the document the rule that fired last was applied to
  xmlNodePtr root = xmlDocGetRootElement(result.get());
  for (xmlNodePtr node = root ? root->children : nullptr; node; node = node->next) {
    if (IsSvrl(node, "fired-rule")) {
      const std::string uri = Prop(node, "document");
      about = uri.empty() || uri == primary ? file : uri;
      continue;
    }
    if (!IsSvrl(node, "failed-assert") && !IsSvrl(node, "successful-report")) continue;
    Diagnostic d;
    d.file = about;
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
  return valid ? SchematronVerdict::kValid : SchematronVerdict::kInvalid;
}

}  // namespace teipress
