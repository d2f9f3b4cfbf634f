#include "schematron_reader.h"

#include <libxslt/extensions.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "diagnostic_catalog.h"
#include "schematron_expressions.h"
#include "schematron_includes.h"
#include "schematron_namespaces.h"
#include "xml_reader.h"
#include "xpath_extensions.h"

namespace teipress {
namespace {

using Kind = SchematronMessagePart::Kind;
using Parameters = std::map<std::string, std::string>;

std::string RawAttr(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetNoNsProp(node, AsXmlChars(name)));
  return TakeString(std::move(value));
}

bool HasAttr(xmlNodePtr node, const char* name) { return xmlHasNsProp(node, AsXmlChars(name), nullptr) != nullptr; }

bool IsIn(xmlNodePtr node, const char* ns) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(ns));
}

bool IsSch(xmlNodePtr node) { return IsIn(node, kSchematronNamespace); }

bool IsSch(xmlNodePtr node, const char* name) { return IsSch(node) && xmlStrEqual(node->name, AsXmlChars(name)); }

bool IsXsl(xmlNodePtr node) { return IsIn(node, kXslNamespace); }

bool IsXsl(xmlNodePtr node, const char* name) { return IsXsl(node) && xmlStrEqual(node->name, AsXmlChars(name)); }

// Elements of other vocabularies (documentation, Schematron QuickFix, ...): they carry no
// meaning for validation and are passed over, as ISO Schematron allows.
bool IsForeign(xmlNodePtr node) { return node->type == XML_ELEMENT_NODE && !IsSch(node) && !IsXsl(node); }

std::string Name(xmlNodePtr node) {
  const std::string local = AsChars(node->name);
  return IsXsl(node) ? "xsl:" + local : local;
}

int Line(xmlNodePtr node) { return node ? static_cast<int>(xmlGetLineNo(node)) : 0; }

std::string Content(xmlNodePtr node) {
  XmlCharsPtr text(xmlNodeGetContent(node));
  return TakeString(std::move(text));
}

std::string Lang(xmlNodePtr node) {
  XmlCharsPtr lang(xmlNodeGetLang(node));
  return TakeString(std::move(lang));
}

std::string Collapse(const std::string& text) {
  std::istringstream words(text);
  std::string word, out;
  while (words >> word) out += (out.empty() ? "" : " ") + word;
  return out;
}

bool IsBlank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::vector<std::string> Tokens(const std::string& text) {
  std::istringstream words(text);
  std::vector<std::string> tokens;
  for (std::string word; words >> word;) tokens.push_back(word);
  return tokens;
}

// Attributes every Schematron element may carry besides its own (ISO's "rich" attributes).
const std::set<std::string> kRich = {"see", "icon", "fpi"};

std::set<std::string> With(std::set<std::string> attributes, const std::set<std::string>& more) {
  attributes.insert(more.begin(), more.end());
  return attributes;
}

class Reader {
 public:
  Reader(const std::string& path, SchematronSchemaModel& model, std::vector<Diagnostic>& diagnostics)
      : path_(path), model_(model), diagnostics_(diagnostics) {}

  bool Run(xmlDocPtr schema);

 private:
  // ---- reporting ----
  SchematronSource SourceOf(xmlNodePtr node) const { return {includes_.FileOf(node), Line(node)}; }
  void Error(xmlNodePtr node, const std::string& message) {
    const SchematronSource source = SourceOf(node);
    diagnostics_.push_back({source.file, source.line, 0, Severity::kError, message, rules::kSchematronCompile});
    failed_ = true;
  }
  void Unsupported(xmlNodePtr node, const std::string& what) {
    Error(node, what + " is not supported by the teipress Schematron engine; rewrite the schema without it (see "
                       "schemas/README.md, \"Schematron engine\")");
  }
  // What an XSLT element may do where it is: only xsl:key at schema level, xsl:copy-of in text.
  void RefuseXsl(xmlNodePtr node, const std::string& where);

  // ---- checks ----
  // An attribute's value; while an abstract pattern is instantiated, with its parameters put in
  // (in every attribute, as ISO's expansion does; text stays as written).
  std::string Attr(xmlNodePtr node, const char* name) const {
    std::string value = RawAttr(node, name);
    return parameters_ ? SubstituteParameters(value, *parameters_) : value;
  }
  void CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed);
  std::string RequiredAttr(xmlNodePtr node, const char* name);
  // The expression in `attribute`, with the parameters of the abstract pattern being instantiated
  // put in, checked for syntax and prefixes; "" when absent (reported when `required`).
  std::string Expression(xmlNodePtr node, const char* attribute, bool required);
  void CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression);
  SchematronNamespacesPtr NamespacesOf(xmlNodePtr node);

  // ---- constructs ----
  void ReadNamespace(xmlNodePtr node, SchematronNamespaces& namespaces);
  void IndexSchema(xmlNodePtr root);
  void ReadSchemaChild(xmlNodePtr child);
  void ReadKey(xmlNodePtr node);
  SchematronLet ReadLet(xmlNodePtr node);
  // A schema, phase or pattern let: global, so its name must be unique among them.
  void ReadGlobalLet(xmlNodePtr node, std::vector<SchematronLet>& lets);
  void ReadPhase(xmlNodePtr node);
  void ReadPattern(xmlNodePtr node);
  // Reads `body` (the pattern itself, or the abstract pattern an instance is of) into `pattern`.
  void ReadPatternBody(xmlNodePtr body, SchematronPattern& pattern);
  SchematronRule ReadRule(xmlNodePtr node, xmlNodePtr pattern_element, const std::string& pattern_id);
  // The lets and checks of `node` (a rule, or an abstract rule it extends) added to `rule`.
  void ReadRuleBody(xmlNodePtr node, xmlNodePtr pattern_element, const std::string& pattern_id, SchematronRule& rule,
                    std::vector<xmlNodePtr>& extending);
  xmlNodePtr AbstractRule(xmlNodePtr extends, xmlNodePtr pattern_element);
  SchematronCheck ReadCheck(xmlNodePtr node, const SchematronRule& rule, const std::string& pattern_id);
  std::vector<SchematronReference> ReadReferences(xmlNodePtr check, const char* attribute,
                                                  const std::map<std::string, xmlNodePtr>& index, const char* kind);
  SchematronText ReadText(xmlNodePtr node);
  void ReadTextInto(xmlNodePtr parent, SchematronMessage& message);
  void CheckPhases();

  std::string path_;
  SchematronSchemaModel& model_;
  std::vector<Diagnostic>& diagnostics_;
  SchematronIncludes includes_;
  bool failed_ = false;
  std::set<std::string> global_names_;                       // schema and pattern lets
  std::vector<xmlNodePtr> phase_nodes_;                      // in document order
  std::map<std::string, xmlNodePtr> abstract_patterns_;      // id -> pattern
  std::map<std::string, xmlNodePtr> diagnostic_elements_;    // id -> diagnostic
  std::map<std::string, xmlNodePtr> property_elements_;      // id -> property
  std::map<std::string, xmlNodePtr> global_abstract_rules_;  // id -> rule inside <rules>
  std::map<std::string, std::vector<xmlNodePtr>> rules_by_id_;  // every rule with an id, for messages
  std::map<xmlNodePtr, SchematronNamespacesPtr> included_namespaces_;  // included <schema> -> its ns
  const Parameters* parameters_ = nullptr;  // while an abstract pattern is instantiated
  const std::map<std::string, std::string>* instance_lets_ = nullptr;  // its lets' names in this instance
};

void Reader::RefuseXsl(xmlNodePtr node, const std::string& where) {
  const std::string name = AsChars(node->name);
  if (name == "function") {
    Error(node, "<xsl:function> is XSLT 2.0, but the xslt query binding is XSLT 1.0 (libxslt), which has no "
                "functions defined in a stylesheet: write the expression out, or use a <let>, an EXSLT or a "
                "teipress: function");
  } else if (name == "include" || name == "import") {
    Error(node, "<xsl:" + name + "> is not supported: a schema may not pull in stylesheets (an extension proposed "
                "for ISO Schematron, not part of it); copy the keys the rules need into the schema");
  } else {
    Error(node, "<xsl:" + name + "> is not allowed " + where +
                    ": the xslt query binding allows xsl:key at schema level and xsl:copy-of in properties and "
                    "messages");
  }
}

void Reader::CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed) {
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    const std::string name = AsChars(a->name);
    if (a->ns) continue;  // foreign attributes (xml:lang, xml:space, annotations) carry no rules
    if (!allowed.count(name)) Unsupported(node, "attribute @" + name + " on <" + Name(node) + ">");
  }
}

std::string Reader::RequiredAttr(xmlNodePtr node, const char* name) {
  if (!HasAttr(node, name)) Error(node, "<" + Name(node) + "> needs a @" + name + " attribute");
  return Attr(node, name);
}

std::string Reader::Expression(xmlNodePtr node, const char* attribute, bool required) {
  const std::string expression = required ? RequiredAttr(node, attribute) : Attr(node, attribute);
  CheckXPath(node, attribute, expression);
  return expression;
}

void Reader::CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression) {
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
  const SchematronNamespacesPtr namespaces = NamespacesOf(node);
  for (const std::string& prefix : PrefixesUsed(expression)) {
    if (prefix != "xml" && !namespaces->count(prefix)) {
      Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> uses the prefix '" + prefix +
                      "', which no <ns> declares: add <ns prefix=\"" + prefix + "\" uri=\"...\"/>");
    }
  }
  // libxml2 would find an unknown function only when it is called, and could not say where.
  for (const std::string& function : FunctionsCalled(expression)) {
    const size_t colon = function.find(':');
    if (colon == std::string::npos) {
      if (!IsCoreFunction(function)) {
        Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> calls " + function +
                        "(), which is not a function of XPath 1.0 or XSLT 1.0 (the xslt query binding)");
      }
      continue;
    }
    auto uri = namespaces->find(function.substr(0, colon));
    if (uri == namespaces->end()) continue;  // reported above
    const std::string local = function.substr(colon + 1);
    if (!xsltExtModuleFunctionLookup(AsXmlChars(local.c_str()), AsXmlChars(uri->second.c_str()))) {
      Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> calls " + function + "(), but no function " +
                      local + " is known in the namespace " + uri->second +
                      " (EXSLT's modules and urn:teipress:xpath are; see schemas/README.md)");
    }
  }
}

// The schema's <ns>, or, for what was included from another schema file, that file's <ns> over them.
SchematronNamespacesPtr Reader::NamespacesOf(xmlNodePtr node) {
  xmlNodePtr schema = includes_.IncludingSchemaOf(node);
  if (!schema) return model_.namespaces;
  auto found = included_namespaces_.find(schema);
  if (found != included_namespaces_.end()) return found->second;
  auto namespaces = std::make_shared<SchematronNamespaces>(*model_.namespaces);
  for (xmlNodePtr child = schema->children; child; child = child->next) {
    if (!IsSch(child, "ns")) continue;
    const std::string prefix = Attr(child, "prefix"), uri = Attr(child, "uri");
    if (!prefix.empty()) (*namespaces)[prefix] = uri;
  }
  return included_namespaces_[schema] = namespaces;
}

void Reader::ReadNamespace(xmlNodePtr node, SchematronNamespaces& namespaces) {
  CheckAttributes(node, {"prefix", "uri"});
  const std::string prefix = RequiredAttr(node, "prefix"), uri = RequiredAttr(node, "uri");
  if (prefix.empty()) return;
  for (const ReservedPrefix& reserved : kReservedPrefixes) {
    if (prefix == reserved.prefix && uri != reserved.uri) {
      Error(node, "the prefix '" + prefix + "' is reserved for " + reserved.uri + "; choose another prefix");
      return;
    }
  }
  auto [it, inserted] = namespaces.emplace(prefix, uri);
  if (!inserted && it->second != uri) Error(node, "the prefix '" + prefix + "' is bound twice to different URIs");
}

// A let's value is an expression (@value) or, in ISO Schematron 2016, element content: a small
// XML tree taken as it is written (XSLT instructions in it are not run).
SchematronLet Reader::ReadLet(xmlNodePtr node) {
  CheckAttributes(node, {"name", "value"});
  SchematronLet let;
  let.name = RequiredAttr(node, "name");
  let.source = SourceOf(node);
  let.namespaces = NamespacesOf(node);
  bool has_content = false, has_text = false;
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      if (IsSch(child)) Unsupported(child, "<" + Name(child) + "> inside <let>");
      has_content = true;
    } else if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && !IsBlank(Content(child))) {
      has_text = true;
    }
  }
  if (has_text) {
    Error(node, "<let name=\"" + let.name + "\"> has text content: give the value in @value, or as elements");
  } else if (HasAttr(node, "value") && has_content) {
    Error(node, "<let name=\"" + let.name + "\"> has both @value and element content: keep one");
  } else if (!HasAttr(node, "value") && !has_content) {
    Error(node, "<let name=\"" + let.name + "\"> has no value: give @value or element content");
  }
  if (has_content) {
    let.content = node;
  } else {
    let.value = Expression(node, "value", false);
  }
  return let;
}

void Reader::ReadGlobalLet(xmlNodePtr node, std::vector<SchematronLet>& lets) {
  SchematronLet let = ReadLet(node);
  if (instance_lets_ && instance_lets_->count(let.name)) let.name = instance_lets_->at(let.name);
  if (!global_names_.insert(let.name).second) {
    Error(node, "a variable named '" + let.name + "' is already declared at schema, phase or pattern level; rename one");
    return;
  }
  lets.push_back(std::move(let));
}

void Reader::ReadKey(xmlNodePtr node) {
  CheckAttributes(node, {"name", "match", "use"});
  bool has_content = false;
  for (xmlNodePtr child = node->children; child; child = child->next) {
    has_content = has_content || child->type == XML_ELEMENT_NODE ||
                  ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) && !IsBlank(Content(child)));
  }
  if (has_content || !HasAttr(node, "use")) {
    Error(node, "<xsl:key> with content (a sequence constructor) is XSLT 2.0; the xslt query binding is XSLT 1.0: "
                "give the key's value in @use");
    return;
  }
  RequiredAttr(node, "name");
  const std::string match = RequiredAttr(node, "match");
  CheckXPath(node, "match", match);
  CheckXPath(node, "use", Attr(node, "use"));
  model_.keys.push_back({node, SourceOf(node), NamespacesOf(node)});
}

void Reader::ReadPhase(xmlNodePtr node) {
  CheckAttributes(node, With(kRich, {"id"}));
  SchematronPhase phase;
  phase.id = RequiredAttr(node, "id");
  phase.source = SourceOf(node);
  if (phase.id == "#ALL" || phase.id == "#DEFAULT") Error(node, "a phase may not be called '" + phase.id + "'");
  if (model_.phases.count(phase.id)) {
    Error(node, "a phase with id '" + phase.id + "' already exists");
    return;
  }
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || IsForeign(child)) continue;
    if (IsSch(child, "active")) {
      CheckAttributes(child, {"pattern"});
      phase.active.push_back(RequiredAttr(child, "pattern"));
    } else if (IsSch(child, "let")) {
      phase.lets.push_back(ReadLet(child));
    } else if (IsXsl(child)) {
      RefuseXsl(child, "inside <phase>");
    } else if (!IsSch(child, "p")) {
      Unsupported(child, "<" + Name(child) + "> inside <phase>");
    }
  }
  phase_nodes_.push_back(node);
  model_.phases[phase.id] = std::move(phase);
}

void Reader::ReadTextInto(xmlNodePtr parent, SchematronMessage& message) {
  for (xmlNodePtr child = parent->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      message.push_back({Kind::kText, Content(child), nullptr, {}});
    } else if (child->type != XML_ELEMENT_NODE) {
      continue;
    } else if (IsSch(child, "value-of")) {
      CheckAttributes(child, {"select"});
      message.push_back({Kind::kValueOf, Expression(child, "select", true), nullptr, SourceOf(child)});
    } else if (IsSch(child, "name")) {
      CheckAttributes(child, {"path"});
      message.push_back({Kind::kName, Expression(child, "path", false), nullptr, SourceOf(child)});
    } else if (IsSch(child, "emph") || IsSch(child, "dir") || IsSch(child, "span")) {
      ReadTextInto(child, message);  // formatting: only the content is kept
    } else if (IsXsl(child, "copy-of")) {
      CheckAttributes(child, {"select"});
      message.push_back({Kind::kCopyOf, Expression(child, "select", true), nullptr, SourceOf(child)});
    } else if (IsXsl(child)) {
      RefuseXsl(child, "inside a message");
    } else if (IsForeign(child)) {
      message.push_back({Kind::kElement, "", child, SourceOf(child)});
    } else {
      Unsupported(child, "<" + Name(child) + "> inside a message");
    }
  }
}

SchematronText Reader::ReadText(xmlNodePtr node) {
  SchematronText text;
  ReadTextInto(node, text.message);
  // Whitespace around a message only indents it; inside, it separates words and stays.
  auto blank = [](const SchematronMessagePart& part) { return part.kind == Kind::kText && IsBlank(part.value); };
  while (!text.message.empty() && blank(text.message.back())) text.message.pop_back();
  size_t leading = 0;
  while (leading < text.message.size() && blank(text.message[leading])) ++leading;
  text.message.erase(text.message.begin(), text.message.begin() + static_cast<long>(leading));
  text.lang = Lang(node);
  text.see = Attr(node, "see");
  text.icon = Attr(node, "icon");
  text.fpi = Attr(node, "fpi");
  return text;
}

// The diagnostics or properties a check names, each read where it is used, so that an abstract
// pattern's parameters reach them too.
std::vector<SchematronReference> Reader::ReadReferences(xmlNodePtr check, const char* attribute,
                                                        const std::map<std::string, xmlNodePtr>& index,
                                                        const char* kind) {
  std::vector<SchematronReference> references;
  for (const std::string& id : Tokens(Attr(check, attribute))) {
    auto found = index.find(id);
    if (found == index.end()) {
      Error(check, "@" + std::string(attribute) + " names '" + id + "', but no <" + kind + " id=\"" + id +
                       "\"> exists");
      continue;
    }
    SchematronReference reference;
    reference.id = id;
    reference.role = Attr(found->second, "role");
    reference.scheme = Attr(found->second, "scheme");
    reference.text = ReadText(found->second);
    references.push_back(std::move(reference));
  }
  return references;
}

SchematronCheck Reader::ReadCheck(xmlNodePtr node, const SchematronRule& rule, const std::string& pattern_id) {
  CheckAttributes(node, With(kRich, {"test", "id", "role", "diagnostics", "properties", "flag", "subject"}));
  SchematronCheck check;
  check.is_assert = IsSch(node, "assert");
  check.test = Expression(node, "test", true);
  check.id = Attr(node, "id");
  check.role = HasAttr(node, "role") ? Attr(node, "role") : rule.role;
  check.has_flag = HasAttr(node, "flag");
  check.flag = Attr(node, "flag");
  check.subject = HasAttr(node, "subject") ? Expression(node, "subject", false) : rule.subject;
  check.rule = !check.id.empty()      ? check.id
               : !rule.id.empty()     ? rule.id
               : !pattern_id.empty()  ? pattern_id
                                      : std::string(rules::kSchematronUnnamed.id());
  check.text = ReadText(node);
  check.diagnostics = ReadReferences(node, "diagnostics", diagnostic_elements_, "diagnostic");
  check.properties = ReadReferences(node, "properties", property_elements_, "property");
  check.source = SourceOf(node);
  check.namespaces = NamespacesOf(node);
  return check;
}

// The abstract rule an <extends rule="..."> names: in its own pattern, or among the schema's
// <rules>. Anything else is reported, saying why.
xmlNodePtr Reader::AbstractRule(xmlNodePtr extends, xmlNodePtr pattern_element) {
  const std::string id = RequiredAttr(extends, "rule");
  if (id.empty()) return nullptr;
  for (xmlNodePtr child = pattern_element ? pattern_element->children : nullptr; child; child = child->next) {
    if (IsSch(child, "rule") && Attr(child, "id") == id) {
      if (Attr(child, "abstract") == "true") return child;
      Error(extends, "<extends rule=\"" + id + "\"> names a rule that is not abstract: only a rule with "
                     "abstract=\"true\" can be extended");
      return nullptr;
    }
  }
  auto global = global_abstract_rules_.find(id);
  if (global != global_abstract_rules_.end()) return global->second;
  auto elsewhere = rules_by_id_.find(id);
  if (elsewhere != rules_by_id_.end()) {
    const SchematronSource where = SourceOf(elsewhere->second.front());
    Error(extends, "<extends rule=\"" + id + "\"> names a rule of another pattern (" + where.file + ":" +
                       std::to_string(where.line) + "): an abstract rule can be extended only within its own pattern "
                       "(or from <rules>)");
    return nullptr;
  }
  Error(extends, "<extends rule=\"" + id + "\">: no abstract rule has that id");
  return nullptr;
}

void Reader::ReadRuleBody(xmlNodePtr node, xmlNodePtr pattern_element, const std::string& pattern_id,
                          SchematronRule& rule, std::vector<xmlNodePtr>& extending) {
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || IsForeign(child)) continue;
    if (IsSch(child, "let")) {
      rule.lets.push_back(ReadLet(child));
    } else if (IsSch(child, "assert") || IsSch(child, "report")) {
      rule.checks.push_back(ReadCheck(child, rule, pattern_id));
    } else if (IsSch(child, "extends")) {
      CheckAttributes(child, {"rule", "href"});
      xmlNodePtr abstract = AbstractRule(child, pattern_element);
      if (!abstract) continue;
      if (std::find(extending.begin(), extending.end(), abstract) != extending.end()) {
        Error(child, "<extends rule=\"" + Attr(child, "rule") + "\"> leads back to a rule that extends it");
        continue;
      }
      extending.push_back(abstract);
      ReadRuleBody(abstract, pattern_element, pattern_id, rule, extending);
      extending.pop_back();
    } else if (IsXsl(child)) {
      RefuseXsl(child, "inside <rule>");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <rule>");
    }
  }
}

SchematronRule Reader::ReadRule(xmlNodePtr node, xmlNodePtr pattern_element, const std::string& pattern_id) {
  CheckAttributes(node, With(kRich, {"context", "id", "role", "flag", "abstract", "subject"}));
  SchematronRule rule;
  rule.context = Expression(node, "context", true);
  rule.id = Attr(node, "id");
  rule.role = Attr(node, "role");
  rule.has_flag = HasAttr(node, "flag");
  rule.flag = Attr(node, "flag");
  rule.subject = HasAttr(node, "subject") ? Expression(node, "subject", false) : "";
  rule.source = SourceOf(node);
  rule.namespaces = NamespacesOf(node);
  std::vector<xmlNodePtr> extending = {node};
  ReadRuleBody(node, pattern_element, pattern_id, rule, extending);
  std::set<std::string> names;
  for (const SchematronLet& let : rule.lets) {
    if (!names.insert(let.name).second) {
      Error(node, "the rule declares the variable '" + let.name + "' twice (itself or through <extends>); rename one");
    }
  }
  return rule;
}

void Reader::ReadPatternBody(xmlNodePtr body, SchematronPattern& pattern) {
  for (xmlNodePtr child = body->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || IsForeign(child)) continue;
    if (IsSch(child, "rule")) {
      if (Attr(child, "abstract") == "true") {
        CheckAttributes(child, With(kRich, {"id", "role", "flag", "abstract", "subject", "context"}));
        if (HasAttr(child, "context")) Error(child, "an abstract rule has no @context: the rules extending it give theirs");
        continue;  // read where it is extended (by its @id)
      }
      SchematronRule rule = ReadRule(child, body, pattern.id);
      if (!rule.context.empty()) pattern.rules.push_back(std::move(rule));
    } else if (IsSch(child, "let")) {
      ReadGlobalLet(child, pattern.lets);
    } else if (IsSch(child, "param")) {
      Error(child, "<param> belongs in a pattern that instantiates an abstract pattern (<pattern is-a=...>)");
    } else if (IsXsl(child)) {
      RefuseXsl(child, "inside <pattern>");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <pattern>");
    }
  }
}

void Reader::ReadPattern(xmlNodePtr node) {
  CheckAttributes(node, With(kRich, {"id", "abstract", "is-a", "documents"}));
  if (Attr(node, "abstract") == "true") {
    if (HasAttr(node, "is-a")) Error(node, "an abstract pattern cannot itself be an instance (@is-a)");
    return;  // instantiated where a pattern names it in @is-a
  }
  SchematronPattern pattern;
  pattern.id = Attr(node, "id");
  pattern.source = SourceOf(node);
  pattern.namespaces = NamespacesOf(node);
  if (!HasAttr(node, "is-a")) {
    pattern.documents = Expression(node, "documents", false);
    ReadPatternBody(node, pattern);
    model_.patterns.push_back(std::move(pattern));
    return;
  }
  const std::string is_a = Attr(node, "is-a");
  auto abstract = abstract_patterns_.find(is_a);
  if (abstract == abstract_patterns_.end()) {
    Error(node, "<pattern is-a=\"" + is_a + "\">: no abstract pattern (abstract=\"true\") has that id");
    return;
  }
  Parameters parameters;
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || IsForeign(child)) continue;
    if (IsSch(child, "param")) {
      CheckAttributes(child, {"name", "value"});
      const std::string name = RequiredAttr(child, "name");
      if (!parameters.emplace(name, RequiredAttr(child, "value")).second) {
        Error(child, "the parameter '" + name + "' is given twice");
      }
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Error(child, "<" + Name(child) + "> inside <pattern is-a=...>: an instance holds only <param>, <p> and <title>");
    }
  }
  pattern.instance = true;
  // The abstract pattern's own lets belong to each instance: renamed per instance (in the engine's
  // namespace), or a second instance would declare the same global variable again.
  std::map<std::string, std::string> renamed;
  for (xmlNodePtr child = abstract->second->children; child; child = child->next) {
    if (!IsSch(child, "let")) continue;
    const std::string name = RawAttr(child, "name");
    if (name.empty() || parameters.count(name)) continue;
    renamed[name] = std::string(kEnginePrefix.prefix) + ":instance" + std::to_string(model_.patterns.size()) + "-" + name;
    parameters[name] = "$" + renamed[name];
  }
  instance_lets_ = &renamed;
  parameters_ = &parameters;
  pattern.documents = HasAttr(node, "documents") ? Expression(node, "documents", false)
                                                  : Expression(abstract->second, "documents", false);
  ReadPatternBody(abstract->second, pattern);
  parameters_ = nullptr;
  instance_lets_ = nullptr;
  model_.patterns.push_back(std::move(pattern));
}

// Every phase activates existing, concrete patterns, and its lets do not clash with the schema's
// or the patterns': a schema fails the same way whichever phase is chosen.
void Reader::CheckPhases() {
  std::set<std::string> pattern_ids;
  for (const SchematronPattern& pattern : model_.patterns) pattern_ids.insert(pattern.id);
  for (xmlNodePtr node : phase_nodes_) {
    const SchematronPhase& phase = model_.phases[Attr(node, "id")];
    for (const std::string& id : phase.active) {
      if (abstract_patterns_.count(id)) {
        Error(node, "phase '" + phase.id + "' activates '" + id + "', an abstract pattern: activate its instances");
      } else if (!pattern_ids.count(id)) {
        Error(node, "phase '" + phase.id + "' activates '" + id + "', but no pattern has that id");
      }
    }
    std::set<std::string> names = global_names_;
    for (const SchematronLet& let : phase.lets) {
      if (!names.insert(let.name).second) {
        Error(node, "a variable named '" + let.name +
                        "' is already declared at schema, phase or pattern level; rename one");
      }
    }
  }
}

// What other elements refer to by id: abstract patterns, abstract rules, diagnostics, properties.
void Reader::IndexSchema(xmlNodePtr root) {
  for (xmlNodePtr child = root->children; child; child = child->next) {
    if (IsSch(child, "pattern")) {
      const std::string id = Attr(child, "id");
      if (Attr(child, "abstract") == "true") {
        if (id.empty()) Error(child, "an abstract pattern needs an @id, by which <pattern is-a=...> names it");
        else if (!abstract_patterns_.emplace(id, child).second) Error(child, "an abstract pattern with id '" + id + "' already exists");
      }
      for (xmlNodePtr rule = child->children; rule; rule = rule->next) {
        if (IsSch(rule, "rule") && HasAttr(rule, "id")) rules_by_id_[Attr(rule, "id")].push_back(rule);
      }
    } else if (IsSch(child, "rules")) {
      CheckAttributes(child, {});
      for (xmlNodePtr rule = child->children; rule; rule = rule->next) {
        if (rule->type != XML_ELEMENT_NODE || IsForeign(rule)) continue;
        if (!IsSch(rule, "rule") || Attr(rule, "abstract") != "true" || Attr(rule, "id").empty()) {
          Error(rule, "<rules> holds abstract rules only (<rule abstract=\"true\" id=\"...\">)");
          continue;
        }
        if (!global_abstract_rules_.emplace(Attr(rule, "id"), rule).second) {
          Error(rule, "an abstract rule with id '" + Attr(rule, "id") + "' already exists in <rules>");
        }
      }
    } else if (IsSch(child, "diagnostics") || IsSch(child, "properties")) {
      const bool diagnostics = IsSch(child, "diagnostics");
      const char* item = diagnostics ? "diagnostic" : "property";
      auto& index = diagnostics ? diagnostic_elements_ : property_elements_;
      CheckAttributes(child, {});
      for (xmlNodePtr element = child->children; element; element = element->next) {
        if (element->type != XML_ELEMENT_NODE || IsForeign(element)) continue;
        if (!IsSch(element, item)) {
          Unsupported(element, "<" + Name(element) + "> inside <" + Name(child) + ">");
          continue;
        }
        CheckAttributes(element, diagnostics ? With(kRich, {"id", "role"}) : With(kRich, {"id", "role", "scheme"}));
        const std::string id = RequiredAttr(element, "id");
        if (!index.emplace(id, element).second) Error(element, "a " + std::string(item) + " with id '" + id + "' already exists");
      }
    }
  }
}

void Reader::ReadSchemaChild(xmlNodePtr child) {
  if (IsXsl(child, "key")) {
    ReadKey(child);
  } else if (IsXsl(child)) {
    RefuseXsl(child, "at schema level");
  } else if (!IsSch(child)) {
    return;  // foreign: documentation and other vocabularies
  } else if (IsSch(child, "title")) {
    model_.title = Collapse(Content(child));
  } else if (IsSch(child, "let")) {
    ReadGlobalLet(child, model_.lets);
  } else if (IsSch(child, "phase")) {
    ReadPhase(child);
  } else if (IsSch(child, "pattern")) {
    ReadPattern(child);
  } else if (!IsSch(child, "ns") && !IsSch(child, "p") && !IsSch(child, "diagnostics") &&
             !IsSch(child, "properties") && !IsSch(child, "rules")) {
    Unsupported(child, "<" + Name(child) + "> at schema level");
  }
}

bool Reader::Run(xmlDocPtr schema) {
  xmlNodePtr given = schema ? xmlDocGetRootElement(schema) : nullptr;
  if (!given || !IsSch(given, "schema")) {
    diagnostics_.push_back({path_, Line(given), 0, Severity::kError,
                            std::string("not an ISO Schematron schema: the root element must be <schema xmlns=\"") +
                                kSchematronNamespace + "\">",
                            rules::kSchematronCompile});
    return false;
  }
  if (!includes_.Compose(schema, path_, diagnostics_)) return false;
  xmlNodePtr root = xmlDocGetRootElement(includes_.document());
  model_.source = SourceOf(root);
  CheckAttributes(root, With(kRich, {"queryBinding", "defaultPhase", "schemaVersion", "id"}));
  const std::string binding = Attr(root, "queryBinding");
  if (HasAttr(root, "queryBinding") && binding != "xslt" && binding != "xslt1" && binding != "exslt") {
    Error(root, "queryBinding '" + binding +
                    "' is not supported: the engine evaluates XPath 1.0 (use xslt, xslt1, exslt or leave it out)");
  }
  model_.has_schema_version = HasAttr(root, "schemaVersion");
  model_.schema_version = Attr(root, "schemaVersion");
  model_.default_phase = Attr(root, "defaultPhase");
  // Namespaces first: every expression's prefixes are checked against them.
  auto namespaces = std::make_shared<SchematronNamespaces>();
  for (xmlNodePtr child = root->children; child; child = child->next) {
    if (IsSch(child, "ns")) ReadNamespace(child, *namespaces);
  }
  model_.namespaces = namespaces;
  IndexSchema(root);
  for (xmlNodePtr child = root->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) ReadSchemaChild(child);
  }
  CheckPhases();
  model_.included = includes_.TakeDocuments();
  return !failed_;
}

}  // namespace

bool ReadSchematron(xmlDocPtr schema, const std::string& path, SchematronSchemaModel& model,
                    std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();  // EXSLT's functions registered, for the check of function calls
  RegisterXPathExtensions();
  Reader reader(path, model, diagnostics);
  return reader.Run(schema);
}

}  // namespace teipress
