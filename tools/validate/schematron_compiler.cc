#include "schematron_compiler.h"

#include <map>
#include <set>

#include "schematron_model.h"
#include "schematron_reader.h"
#include "xml_writer.h"
#include "xpath_extensions.h"

namespace teipress {
namespace {

// A literal result attribute is an attribute value template: its braces must be doubled.
std::string AvtLiteral(const std::string& text) {
  std::string doubled;
  for (char c : text) {
    doubled += c;
    if (c == '{' || c == '}') doubled += c;
  }
  return doubled;
}

// "teipress-engine:path()": a call of one of the engine's extension functions on the context node.
std::string EngineCall(const char* function) { return std::string(kEnginePrefix.prefix) + ":" + function + "()"; }

std::string Qualified(const ReservedPrefix& prefix, const char* name) { return std::string(prefix.prefix) + ":" + name; }

std::string Svrl(const char* name) { return Qualified(kSvrlPrefix, name); }
std::string Xsl(const char* name) { return Qualified(kXslPrefix, name); }

class StylesheetWriter {
 public:
  explicit StylesheetWriter(const SchematronSchemaModel& model) : model_(model) {}

  // The stylesheet for `phase` ("#ALL" or a phase of the model) running `patterns` (indexes).
  std::string Write(const std::string& phase, const SchematronPhase* chosen, const std::vector<size_t>& patterns);

 private:
  void Lets(const std::vector<SchematronLet>& lets, const char* element);
  void RootTemplate(const std::string& phase, const std::vector<size_t>& patterns);
  void PatternTemplates(size_t index);
  void RuleTemplate(const SchematronRule& rule, const std::string& mode, int priority);
  void Check(const SchematronCheck& check);
  void Message(const SchematronMessage& message);

  const SchematronSchemaModel& model_;
  XmlWriter out_;
};

std::string Mode(size_t pattern_index) { return "M" + std::to_string(pattern_index); }

void StylesheetWriter::Lets(const std::vector<SchematronLet>& lets, const char* element) {
  for (const SchematronLet& let : lets) out_.Empty(Xsl(element), {{"name", let.name}, {"select", let.value}});
}

void StylesheetWriter::Message(const SchematronMessage& message) {
  for (const SchematronMessagePart& part : message) {
    switch (part.kind) {
      case SchematronMessagePart::Kind::kText:
        out_.OpenInline(Xsl("text"));
        out_.Text(part.value);
        out_.Close();
        break;
      case SchematronMessagePart::Kind::kValueOf:
        out_.Empty(Xsl("value-of"), {{"select", part.value}});
        break;
      case SchematronMessagePart::Kind::kName:
        out_.Empty(Xsl("value-of"), {{"select", "name(" + part.value + ")"}});
        break;
    }
  }
}

void StylesheetWriter::Check(const SchematronCheck& check) {
  out_.OpenBlock(Xsl("if"), {{"test", (check.is_assert ? "not(" : "(") + check.test + ")"}});
  Attributes attributes = {{"test", AvtLiteral(check.test)}};
  if (!check.id.empty()) attributes.emplace_back("id", AvtLiteral(check.id));
  if (!check.role.empty()) attributes.emplace_back("role", AvtLiteral(check.role));
  if (check.has_flag) attributes.emplace_back("flag", AvtLiteral(check.flag));
  attributes.emplace_back(Qualified(kSvrlExtensionPrefix, "rule"), AvtLiteral(check.rule));
  out_.OpenBlock(Svrl(check.is_assert ? "failed-assert" : "successful-report"), attributes);
  out_.OpenBlock(Xsl("attribute"), {{"name", "location"}});
  out_.Empty(Xsl("value-of"), {{"select", EngineCall(xpath_function::kPath)}});
  out_.Close();
  out_.OpenBlock(Xsl("attribute"), {{"name", Qualified(kSvrlExtensionPrefix, "line")}});
  out_.Empty(Xsl("value-of"), {{"select", EngineCall(xpath_function::kLine)}});
  out_.Close();
  out_.OpenBlock(Svrl("text"));
  Message(check.message);
  out_.Close();
  for (const std::string& id : check.diagnostics) {
    out_.OpenBlock(Svrl("diagnostic-reference"), {{"diagnostic", AvtLiteral(id)}});
    out_.OpenBlock(Svrl("text"));
    Message(model_.diagnostics.at(id));
    out_.Close();
    out_.Close();
  }
  out_.Close();
  out_.Close();
}

void StylesheetWriter::RuleTemplate(const SchematronRule& rule, const std::string& mode, int priority) {
  out_.OpenBlock(Xsl("template"), {{"match", rule.context}, {"priority", std::to_string(priority)}, {"mode", mode}});
  Lets(rule.lets, "variable");
  Attributes fired = {{"context", AvtLiteral(rule.context)}};
  if (!rule.id.empty()) fired.emplace_back("id", AvtLiteral(rule.id));
  if (!rule.role.empty()) fired.emplace_back("role", AvtLiteral(rule.role));
  out_.Empty(Svrl("fired-rule"), fired);
  for (const SchematronCheck& check : rule.checks) Check(check);
  out_.Empty(Xsl("apply-templates"), {{"select", "@*|node()"}, {"mode", mode}});
  out_.Close();
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

void StylesheetWriter::RootTemplate(const std::string& phase, const std::vector<size_t>& patterns) {
  out_.OpenBlock(Xsl("template"), {{"match", "/"}});
  Attributes output;
  if (!model_.title.empty()) output.emplace_back("title", AvtLiteral(model_.title));
  output.emplace_back("phase", AvtLiteral(phase));
  if (model_.has_schema_version) output.emplace_back("schemaVersion", AvtLiteral(model_.schema_version));
  out_.OpenBlock(Svrl("schematron-output"), output);
  for (const auto& [prefix, uri] : model_.namespaces) {
    out_.Empty(Svrl("ns-prefix-in-attribute-values"), {{"prefix", AvtLiteral(prefix)}, {"uri", AvtLiteral(uri)}});
  }
  for (size_t index : patterns) {
    const std::string& id = model_.patterns[index].id;
    out_.Empty(Svrl("active-pattern"), id.empty() ? Attributes{} : Attributes{{"id", AvtLiteral(id)}});
    out_.Empty(Xsl("apply-templates"), {{"select", "/"}, {"mode", Mode(index)}});
  }
  out_.Close();
  out_.Close();
}

std::string StylesheetWriter::Write(const std::string& phase, const SchematronPhase* chosen,
                                    const std::vector<size_t>& patterns) {
  // The engine's prefixes and the schema's, one declaration each; only SVRL's reach the report.
  std::map<std::string, std::string> declared;
  for (const ReservedPrefix& reserved : kReservedPrefixes) declared[reserved.prefix] = reserved.uri;
  for (const auto& [prefix, uri] : model_.namespaces) declared[prefix] = uri;
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
  if (!ReadSchematron(schema ? xmlDocGetRootElement(schema) : nullptr, path, model, diagnostics)) return std::nullopt;
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
    diagnostics.push_back({path, model.line, 0, Severity::kError,
                           "the schema has no phase '" + chosen + "' (phases: " + known + ")", "schematron.compile"});
    return std::nullopt;
  }
  CompiledSchematron compiled;
  compiled.xslt = StylesheetWriter(model).Write(chosen, selected, patterns);
  compiled.phase = chosen;
  for (const SchematronLet& let : model.lets) compiled.parameters.push_back(let.name);
  return compiled;
}

}  // namespace teipress
