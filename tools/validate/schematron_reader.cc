#include "schematron_reader.h"

#include <set>
#include <sstream>

#include "schematron_namespaces.h"
#include "xml_reader.h"

namespace teipress {
namespace {

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

int Line(xmlNodePtr node) { return node ? static_cast<int>(xmlGetLineNo(node)) : 0; }

std::string Content(xmlNodePtr node) {
  XmlCharsPtr text(xmlNodeGetContent(node));
  return TakeString(std::move(text));
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

class Reader {
 public:
  Reader(const std::string& path, SchematronSchemaModel& model, std::vector<Diagnostic>& diagnostics)
      : path_(path), model_(model), diagnostics_(diagnostics) {}

  bool Run(xmlNodePtr root);

 private:
  void Error(xmlNodePtr node, const std::string& message) {
    diagnostics_.push_back({path_, Line(node), 0, Severity::kError, message, "schematron.compile"});
    failed_ = true;
  }
  void Unsupported(xmlNodePtr node, const std::string& what) {
    Error(node, what + " is not supported by the teipress Schematron engine; rewrite the schema without it (see "
                       "schemas/README.md, \"Schematron engine\")");
  }
  // Attributes a construct may have; any other (not namespaced) attribute is reported.
  void CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed);
  void CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression);
  std::string RequiredAttr(xmlNodePtr node, const char* name);

  void ReadNamespace(xmlNodePtr node);
  SchematronLet ReadLet(xmlNodePtr node);
  // A schema-level or pattern-level let: its name must be unique among them.
  void ReadGlobalLet(xmlNodePtr node, std::vector<SchematronLet>& lets);
  void ReadDiagnostics(xmlNodePtr node);
  void ReadPhase(xmlNodePtr node);
  void ReadPattern(xmlNodePtr node);
  SchematronRule ReadRule(xmlNodePtr rule, const std::string& pattern_id);
  SchematronCheck ReadCheck(xmlNodePtr check, const SchematronRule& rule, const std::string& pattern_id);
  SchematronMessage ReadMessage(xmlNodePtr parent);
  void ReadMessageInto(xmlNodePtr parent, SchematronMessage& message);
  void CheckPhases();

  std::string path_;
  SchematronSchemaModel& model_;
  std::vector<Diagnostic>& diagnostics_;
  bool failed_ = false;
  std::set<std::string> global_names_;               // schema and pattern lets
  std::vector<xmlNodePtr> phase_nodes_;              // in document order
  std::vector<std::pair<xmlNodePtr, std::string>> diagnostic_references_;  // checked once all are read
};

void Reader::CheckAttributes(xmlNodePtr node, const std::set<std::string>& allowed) {
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    const std::string name = AsChars(a->name);
    if (a->ns) continue;  // foreign attributes (xml:space, annotations) carry no semantics
    if (!allowed.count(name)) Unsupported(node, "attribute @" + name + " on <" + Name(node) + ">");
  }
}

std::string Reader::RequiredAttr(xmlNodePtr node, const char* name) {
  if (!HasAttr(node, name)) Error(node, "<" + Name(node) + "> needs a @" + name + " attribute");
  return Attr(node, name);
}

void Reader::CheckXPath(xmlNodePtr node, const char* attribute, const std::string& expression) {
  if (expression.empty()) return;  // a missing attribute is reported by RequiredAttr
  std::vector<Diagnostic> ignored;
  XmlErrorCollector collector(path_, ignored, "schematron.xpath");
  using CompiledXPath = std::unique_ptr<xmlXPathCompExpr, CFree<xmlXPathCompExpr, xmlXPathFreeCompExpr>>;
  const CompiledXPath compiled(xmlXPathCompile(AsXmlChars(expression.c_str())));
  if (!compiled) {
    Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> is not an XPath 1.0 expression: '" +
                    expression + "'; correct its syntax");
    return;
  }
  for (const std::string& prefix : PrefixesUsed(expression)) {
    if (prefix != "xml" && !model_.namespaces.count(prefix)) {
      Error(node, "@" + std::string(attribute) + " of <" + Name(node) + "> uses the prefix '" + prefix +
                      "', which no <ns> declares: add <ns prefix=\"" + prefix + "\" uri=\"...\"/>");
    }
  }
}

void Reader::ReadNamespace(xmlNodePtr node) {
  CheckAttributes(node, {"prefix", "uri"});
  const std::string prefix = RequiredAttr(node, "prefix"), uri = RequiredAttr(node, "uri");
  if (prefix.empty()) return;
  for (const ReservedPrefix& reserved : kReservedPrefixes) {
    if (prefix == reserved.prefix && uri != reserved.uri) {
      Error(node, "the prefix '" + prefix + "' is reserved for " + reserved.uri + "; choose another prefix");
      return;
    }
  }
  auto [it, inserted] = model_.namespaces.emplace(prefix, uri);
  if (!inserted && it->second != uri) Error(node, "the prefix '" + prefix + "' is bound twice to different URIs");
}

// A let's value is an XPath expression; element content (Schematron 2016) is not supported.
SchematronLet Reader::ReadLet(xmlNodePtr node) {
  CheckAttributes(node, {"name", "value"});
  if (!HasAttr(node, "value")) Unsupported(node, "<let> without @value (a value given as content)");
  SchematronLet let{RequiredAttr(node, "name"), Attr(node, "value")};
  CheckXPath(node, "value", let.value);
  return let;
}

void Reader::ReadGlobalLet(xmlNodePtr node, std::vector<SchematronLet>& lets) {
  SchematronLet let = ReadLet(node);
  if (!global_names_.insert(let.name).second) {
    Error(node, "a variable named '" + let.name + "' is already declared at schema, phase or pattern level; rename one");
    return;
  }
  lets.push_back(std::move(let));
}

void Reader::ReadDiagnostics(xmlNodePtr node) {
  CheckAttributes(node, {});
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (!IsSch(child, "diagnostic")) {
      Unsupported(child, "<" + Name(child) + "> inside <diagnostics>");
      continue;
    }
    CheckAttributes(child, {"id", "role", "see", "icon", "fpi"});
    const std::string id = RequiredAttr(child, "id");
    if (model_.diagnostics.count(id)) {
      Error(child, "a diagnostic with id '" + id + "' already exists");
      continue;
    }
    model_.diagnostics[id] = ReadMessage(child);
  }
}

void Reader::ReadPhase(xmlNodePtr node) {
  CheckAttributes(node, {"id", "see", "icon", "fpi"});
  SchematronPhase phase;
  phase.id = RequiredAttr(node, "id");
  phase.line = Line(node);
  if (phase.id == "#ALL" || phase.id == "#DEFAULT") Error(node, "a phase may not be called '" + phase.id + "'");
  if (model_.phases.count(phase.id)) {
    Error(node, "a phase with id '" + phase.id + "' already exists");
    return;
  }
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsSch(child, "active")) {
      CheckAttributes(child, {"pattern"});
      phase.active.push_back(RequiredAttr(child, "pattern"));
    } else if (IsSch(child, "let")) {
      phase.lets.push_back(ReadLet(child));
    } else if (!IsSch(child, "p")) {
      Unsupported(child, "<" + Name(child) + "> inside <phase>");
    }
  }
  phase_nodes_.push_back(node);
  model_.phases[phase.id] = std::move(phase);
}

void Reader::ReadMessageInto(xmlNodePtr parent, SchematronMessage& message) {
  using Kind = SchematronMessagePart::Kind;
  for (xmlNodePtr child = parent->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      message.push_back({Kind::kText, Content(child)});
    } else if (child->type != XML_ELEMENT_NODE) {
      continue;
    } else if (IsSch(child, "value-of")) {
      CheckAttributes(child, {"select"});
      const std::string select = RequiredAttr(child, "select");
      CheckXPath(child, "select", select);
      message.push_back({Kind::kValueOf, select});
    } else if (IsSch(child, "name")) {
      CheckAttributes(child, {"path"});
      const std::string path = HasAttr(child, "path") ? Attr(child, "path") : ".";
      CheckXPath(child, "path", path);
      message.push_back({Kind::kName, path});
    } else if (IsSch(child, "emph") || IsSch(child, "dir") || IsSch(child, "span")) {
      ReadMessageInto(child, message);  // formatting: only the content is kept
    } else {
      Unsupported(child, "<" + Name(child) + "> inside a message");
    }
  }
}

SchematronMessage Reader::ReadMessage(xmlNodePtr parent) {
  SchematronMessage message;
  ReadMessageInto(parent, message);
  return message;
}

SchematronCheck Reader::ReadCheck(xmlNodePtr node, const SchematronRule& rule, const std::string& pattern_id) {
  CheckAttributes(node, {"test", "id", "role", "diagnostics", "flag", "see", "icon", "fpi"});
  SchematronCheck check;
  check.is_assert = IsSch(node, "assert");
  check.test = RequiredAttr(node, "test");
  CheckXPath(node, "test", check.test);
  check.id = Attr(node, "id");
  check.role = HasAttr(node, "role") ? Attr(node, "role") : rule.role;
  check.has_flag = HasAttr(node, "flag");
  check.flag = Attr(node, "flag");
  check.rule = !check.id.empty()      ? check.id
               : !rule.id.empty()     ? rule.id
               : !pattern_id.empty()  ? pattern_id
                                      : "schematron";
  check.message = ReadMessage(node);
  std::istringstream references(Attr(node, "diagnostics"));
  std::string reference;
  while (references >> reference) {
    check.diagnostics.push_back(reference);
    diagnostic_references_.emplace_back(node, reference);
  }
  return check;
}

SchematronRule Reader::ReadRule(xmlNodePtr node, const std::string& pattern_id) {
  CheckAttributes(node, {"context", "id", "role", "flag", "see", "icon", "fpi", "abstract"});
  SchematronRule rule;
  if (Attr(node, "abstract") == "true") {
    Unsupported(node, "an abstract <rule>");
    return rule;
  }
  rule.context = RequiredAttr(node, "context");
  if (rule.context.empty()) return rule;
  CheckXPath(node, "context", rule.context);
  rule.id = Attr(node, "id");
  rule.role = Attr(node, "role");
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsSch(child, "let")) {
      rule.lets.push_back(ReadLet(child));
    } else if (IsSch(child, "assert") || IsSch(child, "report")) {
      rule.checks.push_back(ReadCheck(child, rule, pattern_id));
    } else if (IsSch(child, "extends")) {
      Unsupported(child, "<extends> (abstract rules)");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <rule>");
    }
  }
  return rule;
}

void Reader::ReadPattern(xmlNodePtr node) {
  CheckAttributes(node, {"id", "see", "icon", "fpi", "abstract", "is-a", "documents"});
  if (Attr(node, "abstract") == "true") Unsupported(node, "an abstract <pattern>");
  if (HasAttr(node, "is-a")) Unsupported(node, "<pattern is-a=...> (abstract pattern instances)");
  if (HasAttr(node, "documents")) Unsupported(node, "<pattern documents=...>");
  SchematronPattern pattern;
  pattern.id = Attr(node, "id");
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (IsSch(child, "rule")) {
      SchematronRule rule = ReadRule(child, pattern.id);
      if (!rule.context.empty()) pattern.rules.push_back(std::move(rule));
    } else if (IsSch(child, "let")) {
      ReadGlobalLet(child, pattern.lets);
    } else if (IsSch(child, "param")) {
      Unsupported(child, "<param> (abstract patterns)");
    } else if (!IsSch(child, "p") && !IsSch(child, "title")) {
      Unsupported(child, "<" + Name(child) + "> inside <pattern>");
    }
  }
  model_.patterns.push_back(std::move(pattern));
}

// Every phase activates existing patterns, and its lets do not clash with the schema's or the
// patterns': a schema fails the same way whichever phase is chosen.
void Reader::CheckPhases() {
  std::set<std::string> pattern_ids;
  for (const SchematronPattern& pattern : model_.patterns) pattern_ids.insert(pattern.id);
  for (xmlNodePtr node : phase_nodes_) {
    const SchematronPhase& phase = model_.phases[Attr(node, "id")];
    for (const std::string& id : phase.active) {
      if (!pattern_ids.count(id)) Error(node, "phase '" + phase.id + "' activates '" + id + "', but no pattern has that id");
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

bool Reader::Run(xmlNodePtr root) {
  if (!root || !IsSch(root, "schema")) {
    Error(root, std::string("not an ISO Schematron schema: the root element must be <schema xmlns=\"") +
                    kSchematronNamespace + "\">");
    return false;
  }
  model_.line = Line(root);
  CheckAttributes(root, {"queryBinding", "defaultPhase", "schemaVersion", "id", "see", "icon", "fpi"});
  const std::string binding = Attr(root, "queryBinding");
  if (HasAttr(root, "queryBinding") && binding != "xslt" && binding != "xslt1" && binding != "exslt") {
    Error(root, "queryBinding '" + binding +
                    "' is not supported: the engine evaluates XPath 1.0 (use xslt, xslt1, exslt or leave it out)");
  }
  model_.has_schema_version = HasAttr(root, "schemaVersion");
  model_.schema_version = Attr(root, "schemaVersion");
  model_.default_phase = Attr(root, "defaultPhase");
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
      model_.title = Collapse(Content(child));
    } else if (IsSch(child, "let")) {
      ReadGlobalLet(child, model_.lets);
    } else if (IsSch(child, "diagnostics")) {
      ReadDiagnostics(child);
    } else if (IsSch(child, "phase")) {
      ReadPhase(child);
    } else if (IsSch(child, "pattern")) {
      ReadPattern(child);
    } else if (IsSch(child, "include")) {
      Unsupported(child, "<include>");
    } else if (!IsSch(child, "p")) {
      Unsupported(child, "<" + Name(child) + "> at schema level");
    }
  }
  for (const auto& [node, reference] : diagnostic_references_) {
    if (!model_.diagnostics.count(reference)) {
      Error(node, "@diagnostics names '" + reference + "', but no <diagnostic id=\"" + reference + "\"> exists");
    }
  }
  CheckPhases();
  return !failed_;
}

}  // namespace

bool ReadSchematron(xmlNodePtr root, const std::string& path, SchematronSchemaModel& model,
                    std::vector<Diagnostic>& diagnostics) {
  Reader reader(path, model, diagnostics);
  return reader.Run(root);
}

}  // namespace teipress
