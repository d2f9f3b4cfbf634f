// Fuzz target for the converter (libFuzzer). Whatever the bytes, conversion must not crash or
// hang, and when it succeeds its TEI must be well-formed and give back the input's words.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "authority.h"
#include "converter.h"
#include "totext.h"
#include "xml_reader.h"

namespace {

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::istringstream in(text);
  std::string token;
  while (in >> token) tokens.push_back(token);
  return tokens;
}

const teipress::Authority& FuzzAuthority() {
  static const teipress::Authority authority = [] {
    teipress::Authority built;
    built.Add({"stalin", teipress::NameKind::kPerson, "Joseph Stalin", {"Stalin"}, {"Filippov"}, false, ""});
    built.Add({"beijing", teipress::NameKind::kPlace, "Beijing", {"Peking"}, {}, false, ""});
    built.Add({"APRF", teipress::NameKind::kOrganization, "Archive of the President", {"APRF"}, {}, true, "APRF"});
    return built;
  }();
  return authority;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<teipress::Diagnostic> diagnostics;
  const teipress::ConversionResult result = teipress::Convert(bytes, "fuzz.txt", FuzzAuthority(), diagnostics);
  if (!result.ok) return 0;
  std::vector<teipress::Diagnostic> parse;
  teipress::XmlDocPtr document = teipress::ReadXmlMemory(result.tei, "fuzz.xml", parse);
  if (!document) std::abort();  // the converter wrote XML that is not well-formed
  // The source without a BOM and with LF line ends is what the round trip compares against.
  std::string text = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
  if (Tokens(teipress::TeiToText(document.get())) != Tokens(text)) std::abort();  // text was lost
  return 0;
}
