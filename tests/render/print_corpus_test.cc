// Any TEI in print, as complete as in HTML: every file of the reference corpora (tests/data/reference:
// FRUS volumes, I.Sicily, Schnitzler letters, DTA soldiers' letters, the TEI Stylesheets test inputs,
// two verse dramas of DraCor, a manuscript description) renders with the print stylesheet to XSL-FO without errors, and the FO's flows hold the document's text in its
// order (text_order.h): the text in order, the footnotes and apparatus readings in theirs, the
// header (metadata block and appendix) complete. The PDFs of the same files are checked in
// print_edition_pdftest.cc.
#include <gtest/gtest.h>

#include <iostream>
#include <map>

#include "edition_renderer.h"
#include "print_text_model.h"
#include "test_support.h"
#include "text_order.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

using testing::kMovedInPrint;

// Elements of the FO the generic template made (tp:fallback, with mark-fallback 'yes'), by the TEI
// element's name; the header's generic rendering (the appendix) is not the fallback.
void CountFallbacks(xmlNodePtr node, std::map<std::string, int>& counts) {
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    XmlCharsPtr mark(xmlGetNsProp(child, AsXmlChars("fallback"), AsXmlChars("urn:teipress:fallback")));
    if (mark) ++counts[AsChars(mark.get())];
    CountFallbacks(child->children, counts);
  }
}

struct CorpusTotals {
  size_t files = 0, characters = 0, in_order = 0;
};

void RenderCorpusToFo(const std::string& corpus) {
  const std::vector<fs::path> files = testing::CorpusFiles(corpus);
  ASSERT_FALSE(files.empty()) << corpus << " has no files";
  InitializeXmlLibraries();
  std::vector<Diagnostic> setup;
  EditionRenderer renderer(testing::SourceDir(), {}, setup);
  ASSERT_TRUE(renderer.ok());
  renderer.SetPrintParameter("mark-fallback", "yes");
  CorpusTotals totals;
  std::map<std::string, int> fallbacks;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile(file.string(), diagnostics);
    ASSERT_TRUE(document);
    std::string fo;
    diagnostics.clear();
    ASSERT_TRUE(renderer.RenderFo(document.get(), file.string(), fo, diagnostics));
    for (const Diagnostic& d : diagnostics) EXPECT_NE(d.severity, Severity::kError) << d.message;
    XmlDocPtr rendered = ReadXmlMemory(fo, file.string() + ".fo", diagnostics);
    ASSERT_TRUE(rendered);
    const std::string text = testing::FoFlowText(rendered.get());
    CountFallbacks(xmlDocGetRootElement(rendered.get()), fallbacks);

    const testing::TeiTextNodes tei = testing::TeiText(document.get(), kMovedInPrint);
    const testing::OrderReport main = testing::CompareInOrder(tei.main, text, testing::Folding::kPrinted);
    const testing::OrderReport moved = testing::CompareInOrder(tei.moved, text, testing::Folding::kPrinted);
    const testing::OrderReport header = testing::CompareInOrder(tei.outside, text, testing::Folding::kPrinted);
    // XSL-FO has no hyphenation or page furniture in its flows: everything is there, in order.
    EXPECT_TRUE(main.missing.empty()) << "text: " << main.Describe();
    EXPECT_GE(main.InOrderShare(), 0.995) << "text: " << main.Describe();
    EXPECT_TRUE(moved.missing.empty()) << "notes and readings: " << moved.Describe();
    EXPECT_GE(moved.InOrderShare(), 0.995) << "notes and readings: " << moved.Describe();
    EXPECT_TRUE(header.missing.empty()) << "header: " << header.Describe();
    if (main.in_order < main.characters || moved.in_order < moved.characters || !header.missing.empty()) {
      std::cout << "[ fo      ] " << file.parent_path().filename().string() << "/" << file.filename().string()
                << ": text " << main.Describe(3) << "; notes " << moved.Describe(3) << "; header "
                << header.Describe(3) << "\n";
    }
    ++totals.files;
    totals.characters += main.characters + moved.characters;
    totals.in_order += main.in_order + moved.in_order;
  }
  // The coverage list: what the print stylesheet has no template for, rendered generically
  // (docs/print-coverage.md).
  std::cout << "generic fallback in print, " << corpus << " (" << files.size() << " files):";
  for (const auto& [name, count] : fallbacks) std::cout << " " << name << "=" << count;
  std::cout << "\n";
  std::cout << "[ fo      ] " << corpus << ": " << totals.files << " files, "
            << (totals.characters ? 100.0 * totals.in_order / totals.characters : 100.0) << "% of "
            << totals.characters << " characters in order\n";
}

TEST(PrintCorpus, FrusVolumes) { RenderCorpusToFo("frus"); }
TEST(PrintCorpus, IsicilyInscriptions) { RenderCorpusToFo("isicily"); }
TEST(PrintCorpus, SchnitzlerLetters) { RenderCorpusToFo("schnitzler-briefe"); }
TEST(PrintCorpus, SoldatenbriefeLetters) { RenderCorpusToFo("soldatenbriefe"); }
TEST(PrintCorpus, TeiStylesheetsTestInputs) { RenderCorpusToFo("tei-stylesheets-tests"); }
TEST(PrintCorpus, GerDraCorVerseDrama) { RenderCorpusToFo("gerdracor"); }
TEST(PrintCorpus, RusDraCorVerseDrama) { RenderCorpusToFo("rusdracor"); }
TEST(PrintCorpus, BodleianManuscriptDescription) { RenderCorpusToFo("bodleian-medieval-mss"); }

}  // namespace
}  // namespace teipress
