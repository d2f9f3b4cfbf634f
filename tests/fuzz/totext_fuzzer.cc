// Fuzz target for totext (libFuzzer): the bytes as a TEI document, regenerated as plain text.
// Never a crash or a hang, and the text is valid UTF-8 whenever the document was.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "totext.h"
#include "xml_reader.h"

namespace {

bool IsUtf8(const std::string& text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<teipress::Diagnostic> diagnostics;
  teipress::XmlDocPtr document = teipress::ReadXmlMemory(bytes, "fuzz.xml", diagnostics);
  if (!document) return 0;
  if (!IsUtf8(teipress::TeiToText(document.get()))) std::abort();  // libxml2 hands out UTF-8 only
  return 0;
}
