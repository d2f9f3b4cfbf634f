#include "schematron_compiler.h"

#include <map>
#include <set>

#include "diagnostic_catalog.h"
#include "schematron_expressions.h"
#include "schematron_reader.h"
#include "schematron_variables.h"
#include "xml_writer.h"
#include "xpath_extensions.h"

namespace teipress {
namespace {

using Kind = SchematronMessagePart::Kind;

// A literal result attribute is an attribute value template: its braces must be doubled.
std::string AvtLiteral(const std::string& text) {
  std::string doubled;
  for (char c : text) {
    doubled += c;
    if (c == '{' || c == '}') doubled += c;
  }
  return doubled;
}

std::string Qualified(const ReservedPrefix& prefix, const char* name) { return std::string(prefix.prefix) + ":" + name; }
std::string Svrl(const char* name) { return Qualified(kSvrlPrefix, name); }
std::string Xsl(const char* name) { return Qualified(kXslPrefix, name); }

// A call of one of the engine's extension functions: "teipress-engine:path(@x)".
std::string EngineCall(const char* function, const std::string& argument = "") {
  return Qualified(kEnginePrefix, function) + "(" + argument + ")";
}

std::string Mode(size_t pattern_index) { return "M" + std::to_string(pattern_index); }

std::string Chars(const xmlChar* text) { return text ? AsChars(text) : ""; }

std::string QualifiedName(xmlNodePtr node) {
  const std::string local = AsChars(node->name);
  return node->ns && node->ns->prefix ? Chars(node->ns->prefix) + ":" + local : local;
}

class StylesheetWriter {
 public:
  explicit StylesheetWriter(const SchematronSchemaModel& model) : model_(model) {}

  // The stylesheet for `phase` ("#ALL" or a phase of the model) running `patterns` (indexes).
  std::string Write(const std::string& phase, const SchematronPhase* chosen, const std::vector<size_t>& patterns);

  std::vector<SchematronSource> TakeSources() { return std::move(sources_); }

 private:
  // Opens an element for something written in the schema: it names its source, and declares the
  // prefixes of the schema file it comes from where they differ from those around it.
  void Open(const std::string& name, Attributes attributes, const SchematronSource& source,
            const SchematronNamespacesPtr& namespaces, bool empty = false);
  void Close();
  void Let(const SchematronLet& let, const char* element);
  void Lets(const std::vector<SchematronLet>& lets, const char* element);
  void Literal(xmlNodePtr node);
  void RootTemplate(const std::string& phase, const std::vector<size_t>& patterns);
  void ActivePattern(size_t index);
  void PatternTemplates(size_t index);
  void RuleTemplate(const SchematronRule& rule, const std::string& mode, int priority);
  void Check(const SchematronCheck& check, const SchematronRule& rule);
  void Text(const SchematronText& text);
  void Message(const SchematronMessage& message);

  const SchematronSchemaModel& model_;
  XmlWriter out_;
  std::vector<SchematronSource> sources_;
  std::vector<const SchematronNamespaces*> scopes_;  // the prefixes declared around the element being written
};

void StylesheetWriter::Open(const std::string& name, Attributes attributes, const SchematronSource& source,
                            const SchematronNamespacesPtr& namespaces, bool empty) {
  const SchematronNamespaces* around = scopes_.empty() ? model_.namespaces.get() : scopes_.back();
  const SchematronNamespaces* here = namespaces ? namespaces.get() : around;
  if (here != around) {
    for (const auto& [prefix, uri] : *here) {
      auto outer = around->find(prefix);
      if (outer == around->end() || outer->second != uri) attributes.emplace_back("xmlns:" + prefix, uri);
    }
  }
  attributes.emplace_back(Qualified(kEnginePrefix, kSourceAttribute), std::to_string(sources_.size()));
  sources_.push_back(source);
  if (empty) {
    out_.Empty(name, attributes);
  } else {
    out_.OpenBlock(name, attributes);
    scopes_.push_back(here);
  }
}

void StylesheetWriter::Close() {
  scopes_.pop_back();
  out_.Close();
}

// A tree written in the schema, rebuilt in the report as it is written: elements and attributes
// are constructed, never copied as instructions, so an xsl: element in it is data too.
void StylesheetWriter::Literal(xmlNodePtr node) {
  switch (node->type) {
    case XML_ELEMENT_NODE: {
      out_.OpenBlock(Xsl("element"), {{"name", AvtLiteral(QualifiedName(node))},
                                      {"namespace", AvtLiteral(node->ns ? Chars(node->ns->href) : "")}});
      for (xmlAttrPtr attribute = node->properties; attribute; attribute = attribute->next) {
        const std::string local = AsChars(attribute->name);
        const std::string name = attribute->ns && attribute->ns->prefix ? Chars(attribute->ns->prefix) + ":" + local : local;
        out_.OpenBlock(Xsl("attribute"), {{"name", AvtLiteral(name)},
                                          {"namespace", AvtLiteral(attribute->ns ? Chars(attribute->ns->href) : "")}});
        XmlCharsPtr value(xmlNodeListGetString(node->doc, attribute->children, 1));
        out_.OpenInline(Xsl("text"));
        out_.Text(value ? AsChars(value.get()) : "");
        out_.Close();
        out_.Close();
      }
      for (xmlNodePtr child = node->children; child; child = child->next) Literal(child);
      out_.Close();
      break;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      out_.OpenInline(Xsl("text"));
      out_.Text(Chars(node->content));
      out_.Close();
      break;
    case XML_COMMENT_NODE:
      out_.OpenBlock(Xsl("comment"));
      out_.OpenInline(Xsl("text"));
      out_.Text(Chars(node->content));
      out_.Close();
      out_.Close();
      break;
    case XML_PI_NODE:
      out_.OpenBlock(Xsl("processing-instruction"), {{"name", AvtLiteral(AsChars(node->name))}});
      out_.OpenInline(Xsl("text"));
      out_.Text(Chars(node->content));
      out_.Close();
      out_.Close();
      break;
    default:
      break;
  }
}

void StylesheetWriter::Let(const SchematronLet& let, const char* element) {
  if (!let.content) {
    Open(Xsl(element), {{"name", let.name}, {"select", let.value}}, let.source, let.namespaces, true);
    return;
  }
  Open(Xsl(element), {{"name", let.name}}, let.source, let.namespaces);
  for (xmlNodePtr child = let.content->children; child; child = child->next) Literal(child);
  Close();
}

void StylesheetWriter::Lets(const std::vector<SchematronLet>& lets, const char* element) {
  for (const SchematronLet& let : lets) Let(let, element);
}

void StylesheetWriter::Message(const SchematronMessage& message) {
  for (const SchematronMessagePart& part : message) {
    switch (part.kind) {
      case Kind::kText:
        out_.OpenInline(Xsl("text"));
        out_.Text(part.value);
        out_.Close();
        break;
      case Kind::kValueOf:
        Open(Xsl("value-of"), {{"select", part.value}}, part.source, nullptr, true);
        break;
      case Kind::kName:
        // ISO 2016 5.4.9: @path "returns a string that is the name of a node"; without it, the context's name.
        Open(Xsl("value-of"), {{"select", part.value.empty() ? "name(.)" : part.value}}, part.source, nullptr, true);
        break;
      case Kind::kCopyOf:
        Open(Xsl("copy-of"), {{"select", part.value}}, part.source, nullptr, true);
        break;
      case Kind::kElement:
        Literal(part.element);
        break;
    }
  }
}

// SVRL's human text: the message, with the language and links it was written with.
void StylesheetWriter::Text(const SchematronText& text) {
  Attributes attributes;
  if (!text.lang.empty()) attributes.emplace_back("xml:lang", AvtLiteral(text.lang));
  if (!text.see.empty()) attributes.emplace_back("see", AvtLiteral(text.see));
  if (!text.icon.empty()) attributes.emplace_back("icon", AvtLiteral(text.icon));
  if (!text.fpi.empty()) attributes.emplace_back("fpi", AvtLiteral(text.fpi));
  out_.OpenBlock(Svrl("text"), attributes);
  Message(text.message);
  out_.Close();
}

void StylesheetWriter::Check(const SchematronCheck& check, const SchematronRule& rule) {
  Open(Xsl("if"), {{"test", (check.is_assert ? "not(" : "(") + check.test + ")"}}, check.source, check.namespaces);
  Attributes attributes = {{"test", AvtLiteral(check.test)}};
  if (!check.id.empty()) attributes.emplace_back("id", AvtLiteral(check.id));
  if (!check.role.empty()) attributes.emplace_back("role", AvtLiteral(check.role));
  if (check.has_flag) attributes.emplace_back("flag", AvtLiteral(check.flag));
  if (!check.text.lang.empty()) attributes.emplace_back("xml:lang", AvtLiteral(check.text.lang));
  attributes.emplace_back(Qualified(kSvrlExtensionPrefix, "rule"), AvtLiteral(check.rule));
  out_.OpenBlock(Svrl(check.is_assert ? "failed-assert" : "successful-report"), attributes);
  // The node the finding is about: the check's subject, else the rule's, else the context.
  const std::string& subject = check.subject;
  const SchematronSource& subject_source = subject == rule.subject ? rule.source : check.source;
  out_.OpenBlock(Xsl("attribute"), {{"name", "location"}});
  Open(Xsl("value-of"), {{"select", EngineCall(xpath_function::kPath, subject)}}, subject_source, nullptr, true);
  out_.Close();
  out_.OpenBlock(Xsl("attribute"), {{"name", Qualified(kSvrlExtensionPrefix, "line")}});
  Open(Xsl("value-of"), {{"select", EngineCall(xpath_function::kLine, subject)}}, subject_source, nullptr, true);
  out_.Close();
  for (const SchematronReference& diagnostic : check.diagnostics) {
    out_.OpenBlock(Svrl("diagnostic-reference"), {{"diagnostic", AvtLiteral(diagnostic.id)}});
    Text(diagnostic.text);
    out_.Close();
  }
  for (const SchematronReference& property : check.properties) {
    Attributes reference = {{"property", AvtLiteral(property.id)}};
    if (!property.role.empty()) reference.emplace_back("role", AvtLiteral(property.role));
    if (!property.scheme.empty()) reference.emplace_back("scheme", AvtLiteral(property.scheme));
    out_.OpenBlock(Svrl("property-reference"), reference);
    Text(property.text);
    out_.Close();
  }
  SchematronText text = check.text;
  text.lang.clear();  // on the finding itself
  Text(text);
  out_.Close();
  Close();
}

void StylesheetWriter::RuleTemplate(const SchematronRule& rule, const std::string& mode, int priority) {
  // XSLT 1.0 match patterns may not refer to variables; predicates that do are evaluated by the engine.
  const std::string match =
      WithVariablePredicatesEvaluated(rule.context, Qualified(kEnginePrefix, xpath_function::kEvaluate));
  Open(Xsl("template"), {{"match", match}, {"priority", std::to_string(priority)}, {"mode", mode}}, rule.source,
       rule.namespaces);
  Lets(rule.lets, "variable");
  Attributes fired = {{"context", AvtLiteral(rule.context)}};
  if (!rule.id.empty()) fired.emplace_back("id", AvtLiteral(rule.id));
  if (!rule.role.empty()) fired.emplace_back("role", AvtLiteral(rule.role));
  if (rule.has_flag) fired.emplace_back("flag", AvtLiteral(rule.flag));
  fired.emplace_back("document", "{" + EngineCall(xpath_function::kDocumentUri) + "}");
  out_.Empty(Svrl("fired-rule"), fired);
  for (const SchematronCheck& check : rule.checks) Check(check, rule);
  out_.Empty(Xsl("apply-templates"), {{"select", "@*|node()"}, {"mode", mode}});
  Close();
}

void StylesheetWriter::PatternTemplates(size_t index) {
  const std::string mode = Mode(index);
  // Within a pattern only the first rule matching a node fires: earlier rules get higher priorities.
  int priority = 100000;
  for (const SchematronRule& rule : model_.patterns[index].rules) RuleTemplate(rule, mode, priority--);
  // Nodes no rule matches are walked through; text and attributes are never copied to the report.
  out_.OpenBlock(Xsl("template"), {{"match", "/|*"}, {"priority", "-100"}, {"mode", mode}});
  out_.Empty(Xsl("apply-templates"), {{"select", "@*|node()"}, {"mode", mode}});
  out_.Close();
  out_.Empty(Xsl("template"),
             {{"match", "@*|text()|comment()|processing-instruction()"}, {"priority", "-100"}, {"mode", mode}});
}

// An active pattern in the report, then its rules applied: to the document validated or, with
// @documents, to the documents that expression names (resolved against the validated document,
// and only inside its directory tree).
void StylesheetWriter::ActivePattern(size_t index) {
  const SchematronPattern& pattern = model_.patterns[index];
  Attributes active;
  if (!pattern.id.empty()) active.emplace_back("id", AvtLiteral(pattern.id));
  if (pattern.documents.empty()) {
    active.emplace_back("documents", "{" + EngineCall(xpath_function::kDocumentUri) + "}");
    out_.Empty(Svrl("active-pattern"), active);
    out_.Empty(Xsl("apply-templates"), {{"select", "/"}, {"mode", Mode(index)}});
    return;
  }
  const std::string documents = Qualified(kEnginePrefix, "documents-") + std::to_string(index);
  // Like document(), but only files inside the validated document's tree: the document names them.
  Open(Xsl("variable"), {{"name", documents}, {"select", EngineCall(xpath_function::kDocuments, pattern.documents)}},
       pattern.source, pattern.namespaces, true);
  out_.OpenBlock(Svrl("active-pattern"), active);
  out_.OpenBlock(Xsl("attribute"), {{"name", "documents"}});
  out_.OpenBlock(Xsl("for-each"), {{"select", "$" + documents}});
  out_.OpenBlock(Xsl("if"), {{"test", "position() != 1"}});
  out_.OpenInline(Xsl("text"));
  out_.Text(" ");
  out_.Close();
  out_.Close();
  out_.Empty(Xsl("value-of"), {{"select", EngineCall(xpath_function::kDocumentUri)}});
  out_.Close();
  out_.Close();
  out_.Close();
  out_.Empty(Xsl("apply-templates"), {{"select", "$" + documents}, {"mode", Mode(index)}});
}

void StylesheetWriter::RootTemplate(const std::string& phase, const std::vector<size_t>& patterns) {
  out_.OpenBlock(Xsl("template"), {{"match", "/"}});
  Attributes output;
  if (!model_.title.empty()) output.emplace_back("title", AvtLiteral(model_.title));
  output.emplace_back("phase", AvtLiteral(phase));
  if (model_.has_schema_version) output.emplace_back("schemaVersion", AvtLiteral(model_.schema_version));
  out_.OpenBlock(Svrl("schematron-output"), output);
  for (const auto& [prefix, uri] : *model_.namespaces) {
    out_.Empty(Svrl("ns-prefix-in-attribute-values"), {{"prefix", AvtLiteral(prefix)}, {"uri", AvtLiteral(uri)}});
  }
  for (size_t index : patterns) ActivePattern(index);
  out_.Close();
  out_.Close();
}

std::string StylesheetWriter::Write(const std::string& phase, const SchematronPhase* chosen,
                                    const std::vector<size_t>& patterns) {
  // The engine's prefixes and the schema's, one declaration each; only SVRL's reach the report.
  std::map<std::string, std::string> declared;
  for (const ReservedPrefix& reserved : kReservedPrefixes) declared[reserved.prefix] = reserved.uri;
  for (const auto& [prefix, uri] : *model_.namespaces) declared[prefix] = uri;
  Attributes stylesheet = {{"version", "1.0"}};
  std::string excluded;
  for (const auto& [prefix, uri] : declared) {
    stylesheet.emplace_back("xmlns:" + prefix, uri);
    if (prefix != kXslPrefix.prefix && prefix != kSvrlPrefix.prefix && prefix != kSvrlExtensionPrefix.prefix) {
      excluded += (excluded.empty() ? "" : " ") + prefix;
    }
  }
  stylesheet.emplace_back("exclude-result-prefixes", excluded);
  out_.OpenBlock(Xsl("stylesheet"), stylesheet);
  out_.Empty(Xsl("output"), {{"method", "xml"}, {"indent", "yes"}, {"encoding", "UTF-8"}});
  for (const SchematronStylesheetElement& key : model_.keys) {
    Attributes attributes;
    for (const char* name : {"name", "match", "use"}) {
      XmlCharsPtr value(xmlGetNoNsProp(key.element, AsXmlChars(name)));
      attributes.emplace_back(name, value ? AsChars(value.get()) : "");
    }
    Open(Xsl("key"), attributes, key.source, key.namespaces, true);
  }
  // Schema-level lets are parameters: a caller may override them (e.g. where the authority files are).
  Lets(model_.lets, "param");
  if (chosen) Lets(chosen->lets, "variable");
  for (size_t index : patterns) Lets(model_.patterns[index].lets, "variable");
  RootTemplate(phase, patterns);
  for (size_t index : patterns) PatternTemplates(index);
  out_.Close();
  return out_.Finish();
}

}  // namespace

std::optional<CompiledSchematron> CompileSchematron(xmlDocPtr schema, const std::string& path, const std::string& phase,
                                                    std::vector<Diagnostic>& diagnostics) {
  SchematronSchemaModel model;
  if (!ReadSchematron(schema, path, model, diagnostics)) return std::nullopt;
  // Which phase, and so which patterns.
  std::string chosen = phase.empty() || phase == "#DEFAULT" ? model.default_phase : phase;
  if (chosen.empty()) chosen = "#ALL";
  const SchematronPhase* selected = nullptr;
  std::vector<size_t> patterns;
  if (chosen == "#ALL") {
    for (size_t i = 0; i < model.patterns.size(); ++i) patterns.push_back(i);
  } else if (auto found = model.phases.find(chosen); found != model.phases.end()) {
    selected = &found->second;
    const std::set<std::string> active(selected->active.begin(), selected->active.end());
    for (size_t i = 0; i < model.patterns.size(); ++i) {
      if (active.count(model.patterns[i].id)) patterns.push_back(i);
    }
  } else {
    std::string known = "#ALL, #DEFAULT";
    for (const auto& [id, unused] : model.phases) known += ", " + id;
    diagnostics.push_back({model.source.file, model.source.line, 0, Severity::kError,
                           "the schema has no phase '" + chosen + "' (phases: " + known + ")", rules::kSchematronCompile});
    return std::nullopt;
  }
  if (!CheckVariables(model, selected, patterns, diagnostics)) return std::nullopt;
  CompiledSchematron compiled;
  StylesheetWriter writer(model);
  compiled.xslt = writer.Write(chosen, selected, patterns);
  compiled.sources = writer.TakeSources();
  compiled.phase = chosen;
  for (const SchematronLet& let : model.lets) compiled.parameters.push_back(let.name);
  return compiled;
}

}  // namespace teipress
