// Fuzz target for teipress's RELAX NG engine (libFuzzer): the input is a schema and a document
// separated by a line "#####". Whatever the bytes, compiling and validating must not crash or
// hang; when the schema compiles, the streamed document and the same document as a tree must get
// the same verdict, and an invalid verdict must come with an error.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "relaxng_engine.h"
#include "xml_reader.h"

namespace {

const std::string& Directory() {
  static const std::string directory = [] {
    char path[] = "/tmp/teipress-relaxng-fuzz-XXXXXX";
    if (!mkdtemp(path)) std::abort();
    return std::string(path);
  }();
  return directory;
}

std::string Write(const std::string& name, const std::string& bytes) {
  const std::string path = Directory() + "/" + name;
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const size_t separator = bytes.find("\n#####\n");
  const std::string schema = Write("schema.rng", bytes.substr(0, separator));
  const std::string document = Write("document.xml", separator == std::string::npos ? "" : bytes.substr(separator + 7));
  std::vector<teipress::Diagnostic> diagnostics;
  auto engine = teipress::RelaxNgEngine::Compile(schema, diagnostics);
  if (!engine) {
    if (!teipress::HasErrors(diagnostics)) std::abort();  // refused without saying why
    return 0;
  }
  std::vector<teipress::Diagnostic> streamed;
  const bool streamed_valid = engine->ValidateFile(document, streamed);
  if (!streamed_valid && !teipress::HasErrors(streamed)) std::abort();
  if (streamed_valid && teipress::HasErrors(streamed)) std::abort();
  std::vector<teipress::Diagnostic> parsed;
  teipress::XmlDocPtr tree = teipress::ReadXmlFile(document, parsed);
  if (!tree) return 0;
  std::vector<teipress::Diagnostic> walked;
  if (engine->ValidateDocument(tree.get(), document, walked) != streamed_valid) std::abort();
  return 0;
}
