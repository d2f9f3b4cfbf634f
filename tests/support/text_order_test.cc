// The in-order text check of the corpus tests must fail when text goes missing or leaves its
// place, and must not fail for what renderings add or change on purpose.
#include "text_order.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress::testing {
namespace {

struct OrderCase {
  const char* label;
  std::vector<std::string> expected;
  std::string rendered;
  Folding folding;
  double in_order;  // share expected, within 0.001
  double found;
  bool complete;  // nothing missing
};

void PrintTo(const OrderCase& c, std::ostream* out) { *out << c.label; }

class TextOrderTest : public ::testing::TestWithParam<OrderCase> {};

TEST_P(TextOrderTest, SharesOfTheTextFound) {
  const OrderCase& c = GetParam();
  const OrderReport report = CompareInOrder(c.expected, c.rendered, c.folding);
  EXPECT_NEAR(report.InOrderShare(), c.in_order, 0.001) << report.Describe();
  EXPECT_NEAR(report.FoundShare(), c.found, 0.001) << report.Describe();
  EXPECT_EQ(report.missing.empty(), c.complete) << report.Describe();
}

// Three speeches of a play, as the sp fault left them (speakers only) and as they should be.
const std::vector<std::string> kPlay = {"IPHIGENIE.", "Heraus in eure Schatten, rege Wipfel",
                                        "Des alten, heil'gen, dichtbelaubten Haines,", "ARKAS.",
                                        "Der König sendet mich und beut der Priesterin", "IPHIGENIE.",
                                        "Sei uns willkommen! Komm."};

INSTANTIATE_TEST_SUITE_P(
    Table, TextOrderTest,
    ::testing::Values(
        OrderCase{"identical", {"Ein Brief", "an Arthur"}, "Ein Brief an Arthur", Folding::kWhitespace, 1, 1, true},
        OrderCase{"furniture between the nodes (running heads, folios, line numbers, brackets)",
                  kPlay,
                  "Iphigenie auf Tauris 7 IPHIGENIE. Heraus in eure Schatten, rege Wipfel Des alten, heil'gen, "
                  "dichtbelaubten Haines, 5 ARKAS. [Der König sendet mich und beut der Priesterin] 8 Iphigenie auf "
                  "Tauris IPHIGENIE. Sei uns willkommen! Komm.",
                  Folding::kPrinted, 1, 1, true},
        OrderCase{"the sp fault: each speech prints only its speaker",
                  kPlay,
                  "IPHIGENIE. ARKAS. IPHIGENIE.",
                  Folding::kPrinted, 26.0 / 157, 26.0 / 157, false},
        OrderCase{"one line dropped",
                  {"Erste Zeile des Gedichts", "Und dann folgt die zweite", "Am Ende steht die dritte"},
                  "Erste Zeile des Gedichts Am Ende steht die dritte",
                  Folding::kWhitespace, 41.0 / 62, 41.0 / 62, false},
        OrderCase{"a dropped line whose words the next line happens to share is still missing",
                  {"Wer reitet so spät durch Nacht", "Es ist der Vater mit seinem Kind", "Er hält den Knaben"},
                  "Wer reitet so spät durch Nacht Er hält den Knaben im Arm, er hat den Knaben wohl",
                  Folding::kWhitespace, 42.0 / 68, 42.0 / 68, false},
        OrderCase{"a paragraph moved to the end is found, not in order",
                  {"Erster Absatz mit Text.", "Zweiter Absatz mit Text.", "Dritter Absatz mit Text."},
                  "Erster Absatz mit Text. Dritter Absatz mit Text. Zweiter Absatz mit Text.",
                  Folding::kWhitespace, 41.0 / 62, 1, true},
        OrderCase{"a page break inside a node: running head, folio and footnote between its words",
                  {"The Secretary of State to the Embassy in Korea, on the question of", "the armistice."},
                  "The Secretary of State to the Embassy in Korea,\f 214 FOREIGN RELATIONS, 1951 1 Telegram "
                  "sent. on the question of the armistice.",
                  Folding::kPrinted, 1, 1, true},
        OrderCase{"small capitals printed upper-cased, Greek and Cyrillic too",
                  {"Office of the Historian", "Ἀθηναίων βουλή", "Каменный гость"},
                  "OFFICE OF THE HISTORIAN ἈΘΗΝΑΊΩΝ ΒΟΥΛΉ КАМЕННЫЙ ГОСТЬ",
                  Folding::kPrinted, 1, 1, true},
        OrderCase{"upper case is a change where nothing is printed in small capitals",
                  {"Office of the Historian"}, "OFFICE OF THE HISTORIAN", Folding::kWhitespace, 0, 0, false},
        OrderCase{"hyphenation at a line end, ligatures, combining marks dropped by pdftotext",
                  {"Vertragsbruch", "official", "a\xCC\xA3" "b\xCC\xA3"},
                  "Vertrags-\nbruch o\xEF\xAC\x83" "cial ab",
                  Folding::kPrinted, 1, 1, true},
        OrderCase{"a repeated line anchors nowhere but is still found in its place",
                  {"Refrain des Liedes hier", "Strophe eins geht so weiter", "Refrain des Liedes hier",
                   "Strophe zwei geht anders weiter", "Refrain des Liedes hier"},
                  "Refrain des Liedes hier Strophe eins geht so weiter Refrain des Liedes hier Strophe zwei geht "
                  "anders weiter Refrain des Liedes hier",
                  Folding::kWhitespace, 1, 1, true},
        OrderCase{"a repeated paragraph that a page break splits here and not where it comes again",
                  {"Lorem ipsum dolor sit amet, consectetuer adipiscing elit, sed diam nonummy.", "Zwischentext",
                   "Lorem ipsum dolor sit amet, consectetuer adipiscing elit, sed diam nonummy."},
                  "Lorem ipsum dolor sit amet, consectetuer\f 2 Basic division structure tests adipiscing elit, sed "
                  "diam nonummy. Zwischentext Lorem ipsum dolor sit amet, consectetuer adipiscing elit, sed diam "
                  "nonummy.",
                  Folding::kPrinted, 1, 1, true},
        OrderCase{"a long URL that a page break splits, the same URL before it",
                  {"https://schnitzler-briefe.acdh.oeaw.ac.at/pmb29215.html", "arbeitet für",
                   "https://schnitzler-briefe.acdh.oeaw.ac.at/pmb29215.html"},
                  "https://schnitzler-briefe.acdh.oeaw.ac.at/pmb29215.html arbeitet für https://schnitzler-\f 4 "
                  "Theodor von Sosnosky an Arthur Schnitzler briefe.acdh.oeaw.ac.at/pmb29215.html",
                  Folding::kPrinted, 1, 1, true}),
    [](const ::testing::TestParamInfo<OrderCase>& info) { return TestNameFromLabel(info.param.label); });

// Folding for words keeps them apart (and lines and pages), folds letters as kPrinted does.
TEST(TextOrder, FoldingForWordsKeepsSpacesLinesAndHyphens) {
  EXPECT_EQ(Fold("\xEF\xAC\x81ve\xC2\xA0Ko\xCC\x88nige\nSCHNITZ-\fLER\xE2\x80\x8Bs", Folding::kPrintedWords),
            "five konige\nschnitz-\flers");
  EXPECT_EQ(Fold("\xEF\xAC\x81ve\xC2\xA0Ko\xCC\x88nige\nSCHNITZ-\fLER\xE2\x80\x8Bs", Folding::kPrinted),
            "fivekonigeschnitzlers");
}

TEST(TextOrder, TeiTextSeparatesTheTextTheMovedPartsAndTheHeader) {
  InitializeXmlLibraries();
  const std::string tei =
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Header title</title>"
      "</titleStmt></fileDesc></teiHeader><text><body><p>Body text<note place='foot'>A footnote</note> goes "
      "on.</p><l>Line <app><lem>lemma</lem><rdg wit='#B'>reading</rdg></app></l></body></text></TEI>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(tei, "inline.xml", diagnostics);
  ASSERT_TRUE(document);
  const TeiTextNodes nodes = TeiText(document.get(), "self::tei:note[@place='foot'] or self::tei:rdg");
  EXPECT_EQ(nodes.main, (std::vector<std::string>{"Body text", " goes on.", "Line ", "lemma"}));
  EXPECT_EQ(nodes.moved, (std::vector<std::string>{"A footnote", "reading"}));
  EXPECT_EQ(nodes.outside, (std::vector<std::string>{"Header title"}));
}

TEST(TextOrder, FoFlowTextLeavesOutRunningHeadsMarkersAndBookmarks) {
  InitializeXmlLibraries();
  const std::string fo =
      "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'><fo:layout-master-set/><fo:declarations>"
      "<x>Title</x></fo:declarations><fo:bookmark-tree><fo:bookmark><fo:bookmark-title>Act I</fo:bookmark-title>"
      "</fo:bookmark></fo:bookmark-tree><fo:page-sequence master-reference='a'><fo:static-content "
      "flow-name='h'><fo:block>Running head</fo:block></fo:static-content><fo:flow flow-name='b'><fo:block>"
      "<fo:marker marker-class-name='m'>Act I</fo:marker>Act I</fo:block><fo:block>Text<fo:footnote><fo:inline>1"
      "</fo:inline><fo:footnote-body><fo:block>Note</fo:block></fo:footnote-body></fo:footnote></fo:block></fo:flow>"
      "</fo:page-sequence></fo:root>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(fo, "inline.fo", diagnostics);
  ASSERT_TRUE(document);
  EXPECT_EQ(FoFlowText(document.get()), "Act IText1Note");
}

}  // namespace
}  // namespace teipress::testing
