// Fuzz target for rendering (libFuzzer): the bytes as a TEI document through the HTML and the
// XSL-FO stylesheets of the edition. Never a crash or a hang; a transformation that fails says
// why; the FO of a document is well-formed XML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "edition_renderer.h"
#include "fuzz_support.h"
#include "xml_reader.h"

namespace {

const teipress::EditionRenderer& Renderer() {
  static const auto* renderer = [] {
    std::vector<teipress::Diagnostic> ignored;
    auto* built = new teipress::EditionRenderer(TEIPRESS_SOURCE_DIR, {}, ignored);
    if (!built->ok()) std::abort();
    return built;
  }();
  return *renderer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::vector<teipress::Diagnostic> diagnostics;
  teipress::XmlDocPtr document = teipress::ReadXmlMemory(bytes, "fuzz.xml", diagnostics);
  if (!document || !teipress::CheckTeiRoot(document.get(), "fuzz.xml", diagnostics)) return 0;
  std::string html, fo;
  std::vector<teipress::Diagnostic> html_diagnostics, fo_diagnostics;
  teipress::fuzz::RequireExplainedRefusal(Renderer().RenderHtml(document.get(), "fuzz.xml", html, html_diagnostics),
                                          html_diagnostics);
  if (!Renderer().RenderFo(document.get(), "fuzz.xml", fo, fo_diagnostics)) {
    teipress::fuzz::RequireExplainedRefusal(false, fo_diagnostics);
    return 0;
  }
  std::vector<teipress::Diagnostic> fo_parse;
  if (!teipress::ReadXmlMemory(fo, "fuzz.fo", fo_parse)) std::abort();  // FOP would choke on it
  return 0;
}
