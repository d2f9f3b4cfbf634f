// Fuzz target for the XML input policy and RELAX NG validation (libFuzzer): the bytes as a
// document (read under the policy, then validated against the edition schema) and, when they
// look like a RELAX NG grammar, as a schema compiled and applied to the seed document.
// Never a crash or a hang; a refusal always comes with an error that says why.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "relaxng_validator.h"
#include "xml_reader.h"

namespace {

const teipress::RelaxNgSchema& EditionSchema() {
  static const auto* schema = [] {
    std::vector<teipress::Diagnostic> ignored;
    auto compiled = teipress::RelaxNgSchema::Compile(TEIPRESS_SOURCE_DIR "/schemas/edition.rng", ignored);
    if (!compiled) std::abort();
    return compiled.release();
  }();
  return *schema;
}

bool LooksLikeRelaxNg(const std::string& bytes) {
  return bytes.find("http://relaxng.org/ns/structure/1.0") != std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<teipress::Diagnostic> diagnostics;
  teipress::XmlDocPtr document = teipress::ReadXmlMemory(bytes, "fuzz.xml", diagnostics);
  teipress::fuzz::RequireExplainedRefusal(document != nullptr, diagnostics);
  if (document) EditionSchema().Validate(document.get(), "fuzz.xml", diagnostics);
  // The same bytes from a file take the file path of the policy (ReadXmlInputFile + the scan).
  const std::string path = teipress::fuzz::WriteInputFile(data, size, ".xml");
  std::vector<teipress::Diagnostic> from_file;
  teipress::XmlDocPtr again = teipress::ReadXmlFile(path, from_file);
  if ((again != nullptr) != (document != nullptr)) std::abort();  // one policy, one verdict
  if (LooksLikeRelaxNg(bytes)) {
    std::vector<teipress::Diagnostic> schema_diagnostics;
    auto schema = teipress::RelaxNgSchema::Compile(path, schema_diagnostics);
    teipress::fuzz::RequireExplainedRefusal(schema != nullptr, schema_diagnostics);
    if (schema) {
      std::vector<teipress::Diagnostic> seed_diagnostics;
      teipress::XmlDocPtr seed = teipress::ReadXmlFile(TEIPRESS_SOURCE_DIR "/tests/data/seed-handmade.xml", seed_diagnostics);
      if (seed) schema->Validate(seed.get(), "seed.xml", seed_diagnostics);
    }
  }
  return 0;
}
