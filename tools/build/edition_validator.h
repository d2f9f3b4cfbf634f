// Which schema and rules each document of an edition is validated against, each compiled once,
// when the first document that needs it comes (TEI All takes seconds to compile):
//   - teipress's own conversions (IsTeipressConversion): schemas/edition.rng and edition.sch;
//   - any other TEI: schemas/tei_all.rng and no rules;
//   - a schema or schematron the configuration names applies to every document instead; "none"
//     checks nothing beyond well-formedness.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "xml_ptr.h"

namespace teipress {

struct ValidationSettings {
  std::string data_dir;    // schemas/ is below it
  std::string schema;      // "" (by document), "none", "edition", "tei_all" or a file
  std::string schematron;  // "" (by document), "none", "edition" or a file
  std::string phase;       // "" for the schema's default
  std::string authority_dir;
  // Without authority entries, edition.sch's checks of references and of telegrams'
  // correspondents are left out (phase 'without-authority'): names are simply not linked.
  bool authority_found = true;
  RelaxNgEngineKind relaxng_engine = RelaxNgEngineKind::kTeipress;
};

class EditionValidator {
 public:
  explicit EditionValidator(ValidationSettings settings) : settings_(std::move(settings)) {}

  // Validates `document`; `own` says whether teipress wrote it. A schema that cannot be compiled
  // is reported once (in `diagnostics` of the first caller) and fails every document needing it.
  bool Validate(xmlDocPtr document, const std::string& name, bool own, std::vector<Diagnostic>& diagnostics);

  // The schema file a document is validated against, "" for none (for messages and tests).
  std::string SchemaFor(bool own) const;
  std::string SchematronFor(bool own) const;

  // How many documents are validated at once: the rules, compiled when the first document needs
  // them, get that many compiled instances (xslt_instance_pool.h). Call it before the workers start.
  void ReserveInstances(size_t count) { instances_ = count; }

 private:
  struct Grammar {
    std::once_flag once;
    std::unique_ptr<RelaxNgSchema> schema;
  };
  struct Rules {
    std::once_flag once;
    std::unique_ptr<SchematronSchema> schema;
  };

  ValidationSettings settings_;
  Grammar grammars_[2];  // [own]
  Rules rules_[2];
  size_t instances_ = 1;
};

}  // namespace teipress
