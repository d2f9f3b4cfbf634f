// Whether TEI that teipress wrote is valid TEI of the edition: against schemas/edition.rng, TEI All
// (tests/data/reference/tei/tei_all.rng) and the rules of schemas/edition.sch. Each schema is compiled once per process. The converter's fuzz
// target, its pathological and hard-input tests and the generalization corpus test ask it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

class RelaxNgSchema;
class SchematronSchema;

class TeiValidity {
 public:
  // The schemas of the checkout at `source_dir` (authority files in tei/authority/). Compiled once
  // by the first caller.
  static const TeiValidity& ForCheckout(const std::string& source_dir);

  // The findings against every schema for `tei`, the document of record `record_id` (the file
  // name the Schematron rules expect is `<record_id>.xml`); empty when it is valid.
  std::vector<Diagnostic> Check(const std::string& tei, const std::string& record_id) const;

  // Problems compiling the schemas (none when all compiled).
  const std::vector<Diagnostic>& setup_problems() const { return setup_problems_; }

  ~TeiValidity();

 private:
  TeiValidity() = default;
  std::unique_ptr<RelaxNgSchema> edition_;
  std::unique_ptr<RelaxNgSchema> tei_all_;
  std::unique_ptr<SchematronSchema> rules_;
  std::vector<Diagnostic> setup_problems_;
};

}  // namespace teipress
