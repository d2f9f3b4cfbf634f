#include "tei_validity.h"

#include <boost/filesystem/operations.hpp>

#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

TeiValidity::~TeiValidity() = default;

const TeiValidity& TeiValidity::ForCheckout(const std::string& source_dir) {
  static const TeiValidity* const validity = [&] {
    auto* built = new TeiValidity;
    std::vector<Diagnostic>& problems = built->setup_problems_;
    built->edition_ = RelaxNgSchema::Compile(source_dir + "/schemas/edition.rng", problems);
    built->tei_all_ = RelaxNgSchema::Compile(source_dir + "/tests/data/reference/tei/tei_all.rng", problems);
    SchematronOptions options;
    options.parameters["authority-dir"] = fs::absolute(source_dir + "/tei/authority").string() + "/";
    built->rules_ = SchematronSchema::Compile(source_dir + "/schemas/edition.sch", options, problems);
    return built;
  }();
  return *validity;
}

std::vector<Diagnostic> TeiValidity::Check(const std::string& tei, const std::string& record_id) const {
  std::vector<Diagnostic> findings = setup_problems_;
  const std::string file = record_id + ".xml";
  XmlDocPtr document = ReadXmlMemory(tei, file, findings);
  if (!document) return findings;
  if (edition_) edition_->Validate(document.get(), file, findings);
  if (tei_all_) tei_all_->Validate(document.get(), file, findings);
  if (rules_) rules_->Validate(document.get(), file, findings);
  // Warnings of the rules ask an editor to look; only errors make the document invalid.
  std::vector<Diagnostic> errors;
  for (Diagnostic& finding : findings) {
    if (finding.severity == Severity::kError) errors.push_back(std::move(finding));
  }
  return errors;
}

}  // namespace teipress
