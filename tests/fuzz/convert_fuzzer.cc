// Fuzz target for the converter (libFuzzer). Whatever the bytes, conversion must not crash or
// hang; when it succeeds, its TEI must give back the input's words (totext) and be valid against
// schemas/edition.rng, TEI All and schemas/edition.sch (each compiled once, tests/support/tei_validity.h).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "authority.h"
#include "converter.h"
#include "tei_validity.h"
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
    std::vector<teipress::Diagnostic> ignored;
    return teipress::Authority::Load(boost::filesystem::path(TEIPRESS_SOURCE_DIR) / "tei" / "authority", ignored);
  }();
  return authority;
}

const teipress::TeiValidity& Validity() {
  const std::string source = TEIPRESS_SOURCE_DIR;
  const teipress::TeiValidity& validity = teipress::TeiValidity::ForCheckout(source);
  if (!validity.setup_problems().empty()) {
    for (const auto& problem : validity.setup_problems()) std::fprintf(stderr, "%s\n", FormatGnu(problem).c_str());
    std::abort();
  }
  return validity;
}

void Fail(const char* what, const std::string& tei, const std::vector<teipress::Diagnostic>& findings,
          const std::string& where = {}) {
  std::fprintf(stderr, "%s\n%s", what, where.c_str());
  for (const auto& finding : findings) std::fprintf(stderr, "  %s\n", FormatGnu(finding).c_str());
  std::fprintf(stderr, "----- TEI -----\n%s\n", tei.c_str());
  std::abort();
}

// Where the round trip first differs, so that a finding says which words went missing without a
// diff of two 10,000-word texts by hand.
std::string FirstDifference(const std::vector<std::string>& source, const std::vector<std::string>& tei) {
  size_t at = 0;
  while (at < source.size() && at < tei.size() && source[at] == tei[at]) ++at;
  auto context = [at](const std::vector<std::string>& tokens) {
    std::string words;
    const size_t from = at > 8 ? at - 8 : 0;
    for (size_t i = from; i < tokens.size() && i < at + 8; ++i) words += (i == at ? " >>" : " ") + tokens[i];
    return words;
  };
  return "  first difference at word " + std::to_string(at + 1) + " of " + std::to_string(source.size()) +
         "\n  source:" + context(source) + "\n  TEI:   " + context(tei) + "\n";
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  FuzzAuthority();
  Validity();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<teipress::Diagnostic> diagnostics;
  // A numeric file name: the record id falls back on it when the input has no archive URL.
  const teipress::ConversionResult result = teipress::Convert(bytes, "900001.txt", FuzzAuthority(), diagnostics);
  if (!result.ok) return 0;
  std::vector<teipress::Diagnostic> parse;
  teipress::XmlDocPtr document = teipress::ReadXmlMemory(result.tei, "fuzz.xml", parse);
  if (!document) Fail("the converter wrote XML that is not well-formed", result.tei, parse);
  // The source without a BOM and with LF line ends is what the round trip compares against.
  std::string text = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
  const std::vector<std::string> source_words = Tokens(text);
  const std::vector<std::string> tei_words = Tokens(teipress::TeiToText(document.get()));
  if (tei_words != source_words) Fail("text was lost", result.tei, {}, FirstDifference(source_words, tei_words));
  const std::vector<teipress::Diagnostic> findings = Validity().Check(result.tei, result.record_id);
  if (!findings.empty()) Fail("the converter wrote invalid TEI", result.tei, findings);
  return 0;
}
