#include "edition_validator.h"

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

std::string EditionValidator::SchemaFor(bool own) const {
  const std::string& schema = settings_.schema;
  const fs::path schemas = fs::path(settings_.data_dir) / "schemas";
  if (schema == "none") return "";
  if (schema == "edition" || (schema.empty() && own)) return (schemas / "edition.rng").string();
  if (schema == "tei_all" || schema.empty()) return (schemas / "tei_all.rng").string();
  return schema;
}

std::string EditionValidator::SchematronFor(bool own) const {
  const std::string& rules = settings_.schematron;
  if (rules == "none" || (rules.empty() && !own)) return "";
  if (rules == "edition" || rules.empty()) return (fs::path(settings_.data_dir) / "schemas" / "edition.sch").string();
  return rules;
}

bool EditionValidator::Validate(xmlDocPtr document, const std::string& name, bool own,
                                std::vector<Diagnostic>& diagnostics) {
  const int kind = own ? 1 : 0;
  const std::string schema_path = SchemaFor(own);
  bool valid = true;
  if (!schema_path.empty()) {
    Grammar& grammar = grammars_[kind];
    std::call_once(grammar.once, [&] { grammar.schema = RelaxNgSchema::Compile(schema_path, diagnostics, settings_.relaxng_engine); });
    if (!grammar.schema) return false;
    valid = grammar.schema->Validate(document, name, diagnostics);
  }
  const std::string rules_path = SchematronFor(own);
  if (!rules_path.empty()) {
    Rules& rules = rules_[kind];
    std::call_once(rules.once, [&] {
      SchematronOptions options;
      const bool edition_rules = fs::path(rules_path).filename() == "edition.sch";
      options.phase = settings_.phase;
      if (edition_rules && options.phase.empty() && !settings_.authority_found) options.phase = "without-authority";
      if (edition_rules && !settings_.authority_dir.empty()) {
        options.parameters["authority-dir"] = fs::absolute(settings_.authority_dir).string() + "/";
      }
      rules.schema = SchematronSchema::Compile(rules_path, options, diagnostics);
      // The other workers wait here for the rules, so none of them transforms with them meanwhile.
      if (rules.schema) rules.schema->ReserveInstances(instances_);
    });
    if (!rules.schema) return false;
    valid = rules.schema->Validate(document, name, diagnostics) && valid;
  }
  return valid;
}

}  // namespace teipress
