// Fuzz target for the ISO Schematron compiler (libFuzzer): the bytes as a Schematron schema,
// compiled to XSLT, the XSLT compiled by libxslt and applied to the seed document. Never a crash
// or a hang; a schema that cannot be compiled says why.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "schematron_validator.h"
#include "xml_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = teipress::fuzz::WriteInputFile(data, size, ".sch");
  std::vector<teipress::Diagnostic> diagnostics;
  auto schema = teipress::SchematronSchema::Compile(path, {}, diagnostics);
  teipress::fuzz::RequireExplainedRefusal(schema != nullptr, diagnostics);
  if (!schema) return 0;
  static const teipress::XmlDocPtr* seed = [] {
    std::vector<teipress::Diagnostic> ignored;
    return new teipress::XmlDocPtr(teipress::ReadXmlFile(TEIPRESS_SOURCE_DIR "/tests/data/seed-handmade.xml", ignored));
  }();
  if (!*seed) std::abort();
  // Validation may change the document's ID table; each input gets its own copy.
  teipress::XmlDocPtr copy(xmlCopyDoc(seed->get(), 1));
  std::string svrl;
  schema->Validate(copy.get(), "seed.xml", diagnostics, &svrl);
  return 0;
}
