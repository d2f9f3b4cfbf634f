#include "schematron_compiler.h"

#include <map>
#include <set>
#include <sstream>

#include "diagnostic_catalog.h"
#include "xml_reader.h"
#include "xml_writer.h"
#include "xpath_extensions.h"

namespace teipress {
namespace {

constexpr const char* kXslNamespace = "http://www.w3.org/1999/XSL/Transform";
// Prefixes the generated stylesheet needs for itself; a schema may not bind them elsewhere.
const std::map<std::string, std::string> kReservedPrefixes = {
    {"xsl", kXslNamespace}, {"svrl", kSvrlNamespace}, {"teipress-svrl", kSvrlExtensionNamespace},
    {"teipress-engine", kXPathExtensionsNamespace}};

std::string Attr(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetNoNsProp(node, AsXmlChars(name)));
  return TakeString(std::move(value));
}

bool HasAttr(xmlNodePtr node, const char* name) { return xmlHasNsProp(node, AsXmlChars(name), nullptr) != nullptr; }

bool IsSch(xmlNodePtr node) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kSchematronNamespace));
}

bool IsSch(xmlNodePtr node, const char* name) { return IsSch(node) && xmlStrEqual(node->name, AsXmlChars(name)); }

std::string Name(xmlNodePtr node) { return AsChars(node->name); }

std::string Escaped(const std::string& text) {
  std::string out;
  XmlWriter::Escape(text, out, true);
  return out;
}

// A literal result attribute is an attribute value template: braces must be doubled.
std::string EscapedLiteral(const std::string& text) {
  std::string doubled;
  for (char c : text) {
    doubled += c;
    if (c == '{' || c == '}') doubled += c;
  }
  return Escaped(doubled);
}

std::string Collapse(const std::string& text) {
  std::istringstream words(text);
  std::string word, out;
  while (words >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

// The namespace prefixes of names in an XPath expression: "p:name", "p:*", "p:f(" but not axes
// ("child::") and nothing inside string literals.
std::set<std::string> PrefixesUsed(const std::string& expression) {
  std::set<std::string> prefixes;
  for (size_t i = 0; i < expression.size();) {
    const char c = expression[i];
    if (c == '"' || c == '\'') {
      const size_t end = expression.find(c, i + 1);
      i = end == std::string::npos ? expression.size() : end + 1;
    } else if (IsNameChar(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') {
      size_t end = i;
      while (end < expression.size() && IsNameChar(expression[end])) ++end;
      const bool variable = i > 0 && expression[i - 1] == '$';
      if (!variable && end + 1 < expression.size() && expression[end] == ':' && expression[end + 1] != ':') {
        prefixes.insert(expression.substr(i, end - i));
      }
      i = end + (end < expression.size() && expression[end] == ':' ? 1 : 0);
    } else {
      ++i;
    }
  }
  return prefixes;
}

class Compiler {
 public:
  Compiler(const std::string& path, std::vector<Diagnostic>& diagnostics) : path_(path), diagnostics_(diagnostics) {}

  std::optional<CompiledSchematron> Run(xmlNodePtr root, const std::string& requested_phase);

 private:
  void Error(xmlNodePtr node, const std::string& message) {
    diagnostics_.push_back({path_, node ? static_cast<int>(xmlGetLineNo(node)) : 0, 0, Severity::kError, message,
                            rules::kSchematronCompile});
    failed_ = true;
  }
  void Unsupported(xmlNodePtr node, const std::string& what) {
    Error(node, what + " is not supported by the teipress Schematron engine; rewrite the schema without it (see "
                       "schemas/README.md, \"Schematron engine\")");
  }
  // Elements and attributes a construct may have; anything else is reported.
  void CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed);
  void CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression);
  std::string RequiredAttr(xmlNodePtr node, const char* name);

  void ReadNamespace(xmlNodePtr node);
  void ReadGlobalLet(xmlNodePtr node, const char* element);
  std::string Let(xmlNodePtr node);
  void ReadDiagnostics(xmlNodePtr node);
  void ReadPhase(xmlNodePtr node);
  void ReadPattern(xmlNodePtr node, size_t index);
  void EmitRule(xmlNodePtr rule, size_t pattern_index, int priority, const std::string& pattern_id);
  std::string EmitCheck(xmlNodePtr check, const std::string& rule_id, const std::string& rule_role,
                        const std::string& pattern_id);
  std::string MessageContent(xmlNodePtr parent);

  std::string path_;
  std::vector<Diagnostic>& diagnostics_;
  bool failed_ = false;
  std::map<std::string, std::string> namespaces_;  // prefix -> uri
  std::string globals_;                            // xsl:param / xsl:variable at top level
  std::set<std::string> global_names_;
  std::vector<std::string> parameters_;
  std::map<std::string, xmlNodePtr> diagnostic_elements_;
  std::map<std::string, xmlNodePtr> phases_;
  std::vector<xmlNodePtr> patterns_;
  std::string templates_;
};

void Compiler::CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed) {
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    const std::string name = AsChars(a->name);
    if (a->ns) continue;  // foreign attributes (xml:space, annotations) carry no semantics
    if (!allowed.count(name)) Unsupported(node, "attribute @" + name + " on <" + Name(node) + ">");
  }
}

std::string Compiler::RequiredAttr(xmlNodePtr node, const char* name) {
  if (!HasAttr(node, name)) Error(node, "<" + Name(node) + "> needs a @" + name + " attribute");
  return Attr(node, name);
}

void Compiler::CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression) {
  if (expression.empty()) return;  // a missing attribute is reported by RequiredAttr
  std::vector<Diagnostic> ignored;
  XmlErrorCollector collector(path_, ignored, rules::kSchematronCompile);  // silences libxml2; Error() reports
  using CompiledXPath = std::unique_ptr<xmlXPathCompExpr, CFree<xmlXPathCompExpr, xmlXPathFreeCompExpr>>;
  const CompiledXPath compiled(xmlXPathCompile(AsXmlChars(expression.c_str())));
  if (!compiled) {
    Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> is not an XPath 1.0 expression: '" +
                    expression + "'; correct its syntax");
    return;
  }
  for (const std::string& prefix : PrefixesUsed(expression)) {
    if (prefix != "xml" && !namespaces_.count(prefix)) {
      Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> uses the prefix '" + prefix +
                      "', which no <ns> declares: add <ns prefix=\"" + prefix + "\" uri=\"...\"/>");
    }
  }
}

void Compiler::ReadNamespace(xmlNodePtr node) {
  CheckAttributes(node, {"prefix", "uri"});
  const std::string prefix = RequiredAttr(node, "prefix"), uri = RequiredAttr(node, "uri");
  if (prefix.empty()) return;
  auto reserved = kReservedPrefixes.find(prefix);
  if (reserved != kReservedPrefixes.end() && reserved->second != uri) {
    Error(node, "the prefix '" + prefix + "' is reserved for " + reserved->second + "; choose another prefix");
    return;
  }
  auto [it, inserted] = namespaces_.emplace(prefix, uri);
  if (!inserted && it->second != uri) Error(node, "the prefix '" + prefix + "' is bound twice to different URIs");
}

// A let's value as an XPath expression; element content (Schematron 2016) is not supported.
std::string Compiler::Let(xmlNodePtr node) {
  CheckAttributes(node, {"name", "value"});
  if (!HasAttr(node, "value")) Unsupported(node, "<let> without @value (a value given as content)");
  const std::string name = RequiredAttr(node, "name"), value = Attr(node, "value");
  if (!value.empty()) CheckXPath(node, "value", value);
  return name;
}

void Compiler::ReadGlobalLet(xmlNodePtr node, const char* element) {
  const std::string name = Let(node);
  if (!global_names_.insert(name).second) {
    Error(node, "a variable named '" + name + "' is already declared at schema, phase or pattern level; rename one");
    return;
  }
  // Schema-level lets are parameters: a caller may override them (e.g. where the authority files are).
  globals_ += "<xsl:" + std::string(element) + " name=\"" + Escaped(name) + "\" select=\"" +
              Escaped(Attr(node, "value")) + "\"/>\n";
  if (std::string(element) == "param") parameters_.push_back(name);
}

void Compiler::ReadDiagnostics(xmlNodePtr node) {
  CheckAttributes(node, {});
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (!IsSch(child, "diagnostic")) {
      Unsupported(child, "<" + Name(child) + "> inside <diagnostics>");
      continue;
    }
    CheckAttributes(child, {"id", "role", "see", "icon", "fpi"});
    const std::string id = RequiredAttr(child, "id");
    if (!diagnostic_elements_.emplace(id, child).second) Error(child, "a diagnostic with id '" + id + "' already exists");
  }
}

void Compiler::ReadPhase(xmlNodePtr node) {
  CheckAttributes(node, {"id", "see", "icon", "fpi"});
  const std::string id = RequiredAttr(node, "id");
  if (id == "#ALL" || id == "#DEFAULT") Error(node, "a phase may not be called '" + id + "'");
  if (!phases_.emplace(id, node).second) Error(node, "a phase with id '" + id + "' already exists");
}

// Message text: literal text, value-of, name; emph/dir/span keep only their content.
std::string Compiler::MessageContent(xmlNodePtr parent) {
  std::string out;
  for (xmlNodePtr child = parent->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      XmlCharsPtr text(xmlNodeGetContent(child));
      out += "<xsl:text>" + Escaped(TakeString(std::move(text))) + "</xsl:text>";
    } else if (child->type != XML_ELEMENT_NODE) {
      continue;
    } else if (IsSch(child, "value-of")) {
      CheckAttributes(child, {"select"});
      const std::string select = RequiredAttr(child, "select");
      CheckXPath(child, "select", select);
      out += "<xsl:value-of select=\"" + Escaped(select) + "\"/>";
    } else if (IsSch(child, "name")) {
      CheckAttributes(child, {"path"});
      const std::string path = HasAttr(child, "path") ? Attr(child, "path") : ".";
      CheckXPath(child, "path", path);
      out += "<xsl:value-of select=\"name(" + Escaped(path) + ")\"/>";
    } else if (IsSch(child, "emph") || IsSch(child, "dir") || IsSch(child, "span")) {
      out += MessageContent(child);
    } else {
      Unsupported(child, "<" + Name(child) + "> inside a message");
    }
  }
  return out;
}

std::string Compiler::EmitCheck(xmlNodePtr check, const std::string& rule_id, const std::string& rule_role,
                                const std::string& pattern_id) {
  const bool is_assert = IsSch(check, "assert");
  CheckAttributes(check, {"test", "id", "role", "diagnostics", "flag", "see", "icon", "fpi"});
  const std::string test = RequiredAttr(check, "test");
  CheckXPath(check, "test", test);
  const std::string id = Attr(check, "id");
  const std::string role = HasAttr(check, "role") ? Attr(check, "role") : rule_role;
  const std::string rule = !id.empty() ? id : !rule_id.empty() ? rule_id : !pattern_id.empty() ? pattern_id : std::string(rules::kSchematronUnnamed.id());
  const std::string element = is_assert ? "svrl:failed-assert" : "svrl:successful-report";
  std::string out = "<xsl:if test=\"" + std::string(is_assert ? "not(" : "(") + Escaped(test) + ")\">";
  out += "<" + element + " test=\"" + EscapedLiteral(test) + "\"";
  if (!id.empty()) out += " id=\"" + EscapedLiteral(id) + "\"";
  if (!role.empty()) out += " role=\"" + EscapedLiteral(role) + "\"";
  if (HasAttr(check, "flag")) out += " flag=\"" + EscapedLiteral(Attr(check, "flag")) + "\"";
  out += " teipress-svrl:rule=\"" + EscapedLiteral(rule) + "\">";
  out += "<xsl:attribute name=\"location\"><xsl:value-of select=\"teipress-engine:path()\"/></xsl:attribute>";
  out += "<xsl:attribute name=\"teipress-svrl:line\"><xsl:value-of select=\"teipress-engine:line()\"/></xsl:attribute>";
  std::istringstream references(Attr(check, "diagnostics"));
  std::string reference, diagnostic_output;
  while (references >> reference) {
    auto found = diagnostic_elements_.find(reference);
    if (found == diagnostic_elements_.end()) {
      Error(check, "@diagnostics names '" + reference + "', but no <diagnostic id=\"" + reference + "\"> exists");
      continue;
    }
    diagnostic_output += "<svrl:diagnostic-reference diagnostic=\"" + EscapedLiteral(reference) + "\"><svrl:text>" +
                         MessageContent(found->second) + "</svrl:text></svrl:diagnostic-reference>";
  }
  out += "<svrl:text>" + MessageContent(check) + "</svrl:text>" + diagnostic_output;
  return out + "</" + element + "></xsl:if>\n";
}

void Compiler::EmitRule(xmlNodePtr rule, size_t pattern_index, int priority, const std::string& pattern_id) {
  CheckAttributes(rule, {"context", "id", "role", "flag", "see", "icon", "fpi", "abstract"});
  if (Attr(rule, "abstract") == "true") {
    Unsupported(rule, "an abstract <rule>");
    return;
  }
  const std::string context = RequiredAttr(rule, "context");
  if (context.empty()) return;
  CheckXPath(rule, "context", context);
  const std::string id = Attr(rule, "id"), role = Attr(rule, "role");
  std::string lets, checks;
  for (xmlNodePtr child = rule->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsSch(child, "let")) {
      const std::string name = Let(child);
      lets += "<xsl:variable name=\"" + Escaped(name) + "\" select=\"" + Escaped(Attr(child, "value")) + "\"/>\n";
    } else if (IsSch(child, "assert") || IsSch(child, "report")) {
      checks += EmitCheck(child, id, role, pattern_id);
    } else if (IsSch(child, "extends")) {
      Unsupported(child, "<extends> (abstract rules)");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <rule>");
    }
  }
  const std::string mode = "M" + std::to_string(pattern_index);
  // Within a pattern only the first rule matching a node fires: earlier rules get higher priorities.
  templates_ += "<xsl:template match=\"" + Escaped(context) + "\" priority=\"" + std::to_string(priority) +
                "\" mode=\"" + mode + "\">\n" + lets + "<svrl:fired-rule context=\"" + EscapedLiteral(context) + "\"" +
                (id.empty() ? "" : " id=\"" + EscapedLiteral(id) + "\"") +
                (role.empty() ? "" : " role=\"" + EscapedLiteral(role) + "\"") + "/>\n" + checks +
                "<xsl:apply-templates select=\"@*|node()\" mode=\"" + mode + "\"/>\n</xsl:template>\n";
}

void Compiler::ReadPattern(xmlNodePtr pattern, size_t index) {
  CheckAttributes(pattern, {"id", "see", "icon", "fpi", "abstract", "is-a", "documents"});
  if (Attr(pattern, "abstract") == "true") Unsupported(pattern, "an abstract <pattern>");
  if (HasAttr(pattern, "is-a")) Unsupported(pattern, "<pattern is-a=...> (abstract pattern instances)");
  if (HasAttr(pattern, "documents")) Unsupported(pattern, "<pattern documents=...>");
  const std::string id = Attr(pattern, "id");
  const std::string mode = "M" + std::to_string(index);
  int priority = 100000;
  for (xmlNodePtr child = pattern->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsSch(child, "rule")) {
      EmitRule(child, index, priority--, id);
    } else if (IsSch(child, "let")) {
      ReadGlobalLet(child, "variable");
    } else if (IsSch(child, "param")) {
      Unsupported(child, "<param> (abstract patterns)");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <pattern>");
    }
  }
  // Nodes no rule matches are walked through; text and attributes are never copied to the report.
  templates_ += "<xsl:template match=\"/|*\" priority=\"-100\" mode=\"" + mode +
                "\"><xsl:apply-templates select=\"@*|node()\" mode=\"" + mode + "\"/></xsl:template>\n" +
                "<xsl:template match=\"@*|text()|comment()|processing-instruction()\" priority=\"-100\" mode=\"" + mode +
                "\"/>\n";
}

std::optional<CompiledSchematron> Compiler::Run(xmlNodePtr root, const std::string& requested_phase) {
  if (!root || !IsSch(root, "schema")) {
    Error(root, std::string("not an ISO Schematron schema: the root element must be <schema xmlns=\"") +
                    kSchematronNamespace + "\">");
    return std::nullopt;
  }
  CheckAttributes(root, {"queryBinding", "defaultPhase", "schemaVersion", "id", "see", "icon", "fpi"});
  const std::string binding = Attr(root, "queryBinding");
  if (HasAttr(root, "queryBinding") && binding != "xslt" && binding != "xslt1" && binding != "exslt") {
    Error(root, "queryBinding '" + binding +
                    "' is not supported: the engine evaluates XPath 1.0 (use xslt, xslt1, exslt or leave it out)");
  }
  std::string title;
  // Namespaces first: every expression's prefixes are checked against them.
  for (xmlNodePtr child = root->children; child; child = child->next) {
    if (IsSch(child, "ns")) ReadNamespace(child);
  }
  for (xmlNodePtr child = root->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (!IsSch(child)) {
      Unsupported(child, "the foreign element <" + Name(child) + "> at schema level");
    } else if (IsSch(child, "ns")) {
      continue;
    } else if (IsSch(child, "title")) {
      XmlCharsPtr text(xmlNodeGetContent(child));
      title = Collapse(TakeString(std::move(text)));
    } else if (IsSch(child, "let")) {
      ReadGlobalLet(child, "param");
    } else if (IsSch(child, "diagnostics")) {
      ReadDiagnostics(child);
    } else if (IsSch(child, "phase")) {
      ReadPhase(child);
    } else if (IsSch(child, "pattern")) {
      patterns_.push_back(child);
    } else if (IsSch(child, "include")) {
      Unsupported(child, "<include>");
    } else if (!IsSch(child, "p")) {
      Unsupported(child, "<" + Name(child) + "> at schema level");
    }
  }
  // Which phase, and so which patterns.
  std::string phase = requested_phase.empty() || requested_phase == "#DEFAULT" ? Attr(root, "defaultPhase") : requested_phase;
  if (phase.empty()) phase = "#ALL";
  std::set<std::string> active;
  if (phase != "#ALL") {
    auto found = phases_.find(phase);
    if (found == phases_.end()) {
      std::string known = "#ALL, #DEFAULT";
      for (const auto& [id, node] : phases_) known += ", " + id;
      Error(root, "the schema has no phase '" + phase + "' (phases: " + known + ")");
    } else {
      for (xmlNodePtr child = found->second->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE) continue;
        if (IsSch(child, "active")) {
          CheckAttributes(child, {"pattern"});
          active.insert(RequiredAttr(child, "pattern"));
        } else if (IsSch(child, "let")) {
          ReadGlobalLet(child, "variable");
        } else if (!IsSch(child, "p")) {
          Unsupported(child, "<" + Name(child) + "> inside <phase>");
        }
      }
      std::set<std::string> pattern_ids;
      for (xmlNodePtr pattern : patterns_) pattern_ids.insert(Attr(pattern, "id"));
      for (const std::string& id : active) {
        if (!pattern_ids.count(id)) Error(found->second, "phase '" + phase + "' activates '" + id + "', but no pattern has that id");
      }
    }
  }
  std::string output = "<svrl:schematron-output" + (title.empty() ? "" : " title=\"" + EscapedLiteral(title) + "\"") +
                       " phase=\"" + EscapedLiteral(phase) + "\"" +
                       (HasAttr(root, "schemaVersion") ? " schemaVersion=\"" + EscapedLiteral(Attr(root, "schemaVersion")) + "\"" : "") +
                       ">\n";
  for (const auto& [prefix, uri] : namespaces_) {
    output += "<svrl:ns-prefix-in-attribute-values prefix=\"" + EscapedLiteral(prefix) + "\" uri=\"" + EscapedLiteral(uri) + "\"/>\n";
  }
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const std::string id = Attr(patterns_[i], "id");
    const bool is_active = phase == "#ALL" || active.count(id);
    // Inactive patterns are still checked for unsupported constructs, so a schema fails the same way in every phase.
    std::string kept_templates = templates_;
    ReadPattern(patterns_[i], i);
    if (!is_active) {
      templates_ = kept_templates;
      continue;
    }
    output += "<svrl:active-pattern" + (id.empty() ? "" : " id=\"" + EscapedLiteral(id) + "\"") + "/>\n" +
              "<xsl:apply-templates select=\"/\" mode=\"M" + std::to_string(i) + "\"/>\n";
  }
  output += "</svrl:schematron-output>\n";
  if (failed_) return std::nullopt;

  std::string xslt = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xsl:stylesheet version=\"1.0\"";
  std::map<std::string, std::string> declared = kReservedPrefixes;
  for (const auto& [prefix, uri] : namespaces_) declared[prefix] = uri;
  std::string excluded;
  for (const auto& [prefix, uri] : declared) {
    xslt += " xmlns:" + prefix + "=\"" + Escaped(uri) + "\"";
    if (prefix != "xsl" && prefix != "svrl" && prefix != "teipress-svrl") excluded += (excluded.empty() ? "" : " ") + prefix;
  }
  xslt += " exclude-result-prefixes=\"" + excluded + "\">\n<xsl:output method=\"xml\" indent=\"yes\" encoding=\"UTF-8\"/>\n" +
          globals_ + "<xsl:template match=\"/\">\n" + output + "</xsl:template>\n" + templates_ + "</xsl:stylesheet>\n";
  CompiledSchematron compiled;
  compiled.xslt = std::move(xslt);
  compiled.phase = phase;
  compiled.parameters = parameters_;
  return compiled;
}

}  // namespace

std::optional<CompiledSchematron> CompileSchematron(xmlDocPtr schema, const std::string& path, const std::string& phase,
                                                    std::vector<Diagnostic>& diagnostics) {
  Compiler compiler(path, diagnostics);
  return compiler.Run(schema ? xmlDocGetRootElement(schema) : nullptr, phase);
}

}  // namespace teipress
