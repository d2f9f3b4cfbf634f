#include "schematron_variables.h"

#include <algorithm>
#include <set>

#include "diagnostic_catalog.h"
#include "schematron_expressions.h"

namespace teipress {
namespace {

using Names = std::set<std::string>;

class VariableCheck {
 public:
  explicit VariableCheck(std::vector<Diagnostic>& diagnostics) : diagnostics_(diagnostics) {}

  // `expression` (described by `what`, written at `source`) uses only names in `scope`.
  void Expression(const std::string& expression, const std::string& what, const SchematronSource& source,
                  const Names& scope) {
    for (const std::string& name : VariablesUsed(expression)) {
      if (scope.count(name)) continue;
      diagnostics_.push_back({source.file, source.line, 0, Severity::kError,
                              what + " refers to $" + name +
                                  ", which is not declared where it is evaluated: declare it with <let name=\"" + name +
                                  "\"> at schema level, in the phase, in a pattern, or earlier in the rule" + hint_,
                              rules::kSchematronCompile});
      ok_ = false;
    }
  }

  void Let(const SchematronLet& let, const Names& scope) {
    if (!let.content) Expression(let.value, "@value of <let name=\"" + let.name + "\">", let.source, scope);
  }

  void Text(const SchematronText& text, const Names& scope) {
    for (const SchematronMessagePart& part : text.message) {
      switch (part.kind) {
        case SchematronMessagePart::Kind::kValueOf: Expression(part.value, "@select of <value-of>", part.source, scope); break;
        case SchematronMessagePart::Kind::kName: Expression(part.value, "@path of <name>", part.source, scope); break;
        case SchematronMessagePart::Kind::kCopyOf: Expression(part.value, "@select of <xsl:copy-of>", part.source, scope); break;
        default: break;
      }
    }
  }

  void Pattern(const SchematronPattern& pattern, const Names& globals) {
    hint_ = pattern.instance ? " (this pattern instantiates an abstract one: if $name is one of its parameters, give "
                               "it with <param name=\"...\" value=\"...\"/> at " + pattern.source.file + ":" +
                                   std::to_string(pattern.source.line) + ")"
                             : "";
    Expression(pattern.documents, "@documents of <pattern>", pattern.source, globals);
    for (const SchematronLet& let : pattern.lets) Let(let, globals);
    for (const SchematronRule& rule : pattern.rules) {
      Expression(rule.context, "@context of <rule>", rule.source, globals);
      Names scope = globals;
      for (const SchematronLet& let : rule.lets) {
        Let(let, scope);
        scope.insert(let.name);
      }
      Expression(rule.subject, "@subject of <rule>", rule.source, scope);
      for (const SchematronCheck& check : rule.checks) {
        const std::string kind = check.is_assert ? "<assert>" : "<report>";
        Expression(check.test, "@test of " + kind, check.source, scope);
        Expression(check.subject, "@subject of " + kind, check.source, scope);
        Text(check.text, scope);
        for (const SchematronReference& reference : check.diagnostics) Text(reference.text, scope);
        for (const SchematronReference& reference : check.properties) Text(reference.text, scope);
      }
    }
    hint_.clear();
  }

  bool ok() const { return ok_; }

 private:
  std::vector<Diagnostic>& diagnostics_;
  std::string hint_;
  bool ok_ = true;
};

void AddNames(const std::vector<SchematronLet>& lets, Names& names) {
  for (const SchematronLet& let : lets) names.insert(let.name);
}

}  // namespace

bool CheckVariables(const SchematronSchemaModel& model, const SchematronPhase* phase, const std::vector<size_t>& active,
                    std::vector<Diagnostic>& diagnostics) {
  Names globals, lenient;
  AddNames(model.lets, globals);
  if (phase) AddNames(phase->lets, globals);
  for (size_t index : active) AddNames(model.patterns[index].lets, globals);
  lenient = globals;
  for (const auto& [id, any_phase] : model.phases) AddNames(any_phase.lets, lenient);
  for (const SchematronPattern& pattern : model.patterns) AddNames(pattern.lets, lenient);

  VariableCheck check(diagnostics);
  for (const SchematronLet& let : model.lets) check.Let(let, globals);
  if (phase) {
    for (const SchematronLet& let : phase->lets) check.Let(let, globals);
  }
  for (size_t i = 0; i < model.patterns.size(); ++i) {
    const bool is_active = std::find(active.begin(), active.end(), i) != active.end();
    check.Pattern(model.patterns[i], is_active ? globals : lenient);
  }
  return check.ok();
}

}  // namespace teipress
