// EditionRenderer's setup: the stylesheets come from the data directory, and a missing one is an
// error naming it, not a crash or an empty page.
#include "edition_renderer.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include <boost/filesystem/operations.hpp>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

TEST(EditionRenderer, LoadsTheStylesheetsOfTheDataDirectory) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  EXPECT_TRUE(renderer.ok());
  EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
  EXPECT_TRUE(renderer.HasCatalogPage("index"));
}

TEST(EditionRenderer, NamesEachMissingStylesheet) {
  testing::TemporaryDirectory empty;
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(empty.path().string(), {}, diagnostics);
  EXPECT_FALSE(renderer.ok());
  EXPECT_FALSE(renderer.HasCatalogPage("index"));
  ASSERT_FALSE(diagnostics.empty());
  const std::string expected = empty.path().string() + "/xslt/html/document.xsl: error: stylesheet not found "
                               "[render.missing-stylesheet]";
  EXPECT_EQ(FormatGnu(diagnostics[0]), expected);
  for (const Diagnostic& d : diagnostics) EXPECT_EQ(d.rule, "render.missing-stylesheet") << FormatGnu(d);
}

// A data directory with our stylesheets, but for a print document.xsl that does not compile.
void CopyStylesheetsWithBrokenPrint(const boost::filesystem::path& to) {
  namespace fs = boost::filesystem;
  const fs::path from = fs::path(testing::SourceDir()) / "xslt";
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    const fs::path target = to / "xslt" / fs::relative(it->path(), from);
    if (fs::is_directory(it->path())) {
      fs::create_directories(target);
    } else {
      fs::copy_file(it->path(), target);
    }
  }
  std::ofstream(to / "xslt" / "print" / "document.xsl", std::ios::trunc)
      << "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'><xsl:template";
}

const char* const kSmallTei =
    "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
    "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>"
    "<text><body><p>Hello</p></body></text></TEI>";

// Stylesheets are compiled when first needed: an HTML page is made without compiling the print
// stylesheet, whose failure shows only when print is asked for, and then once.
TEST(EditionRenderer, CompilesOnlyTheStylesheetsItUses) {
  testing::TemporaryDirectory data;
  CopyStylesheetsWithBrokenPrint(data.path());
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(data.path().string(), {}, diagnostics);
  EXPECT_TRUE(renderer.ok());
  EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
  EXPECT_TRUE(renderer.Prepare(EditionRenderer::kHtmlPage, 2, diagnostics));
  XmlDocPtr document = ReadXmlMemory(kSmallTei, "small.xml", diagnostics);
  ASSERT_TRUE(document);
  std::string html;
  ASSERT_TRUE(renderer.RenderHtml(document.get(), "small.xml", html, diagnostics));
  EXPECT_NE(html.find("Hello"), std::string::npos);
  EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));

  EXPECT_FALSE(renderer.Prepare(EditionRenderer::kFo, 1, diagnostics));
  EXPECT_FALSE(renderer.ok());
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(FormatGnu(diagnostics.back()),
            (data.path() / "xslt/print/document.xsl").string() + ": error: cannot compile the stylesheet [xslt.compile]");
  const size_t reported = diagnostics.size();
  std::string fo;
  EXPECT_FALSE(renderer.RenderFo(document.get(), "small.xml", fo, diagnostics));
  EXPECT_EQ(diagnostics.size(), reported) << "the failure is reported once";
}

// Two threads that need a stylesheet first at the same time get the one compilation.
TEST(EditionRenderer, ThreadsFirstNeedingAStylesheetShareOneCompilation) {
  std::vector<Diagnostic> setup;
  const EditionRenderer renderer(testing::SourceDir(), {}, setup);
  // A document each: libxslt writes into its input while it transforms it.
  XmlDocPtr documents[2] = {ReadXmlMemory(kSmallTei, "small.xml", setup), ReadXmlMemory(kSmallTei, "small.xml", setup)};
  ASSERT_TRUE(documents[0] && documents[1]);
  std::string pages[2];
  std::vector<Diagnostic> diagnostics[2];
  bool rendered[2] = {false, false};
  auto work = [&](int i) { rendered[i] = renderer.RenderHtml(documents[i].get(), "small.xml", pages[i], diagnostics[i]); };
  std::thread first(work, 0), second(work, 1);
  first.join();
  second.join();
  EXPECT_TRUE(rendered[0] && rendered[1]);
  EXPECT_TRUE(diagnostics[0].empty() && diagnostics[1].empty());
  EXPECT_EQ(pages[0], pages[1]);
  EXPECT_NE(pages[0].find("Hello"), std::string::npos);
}

// Print footnotes are numbered per document: restarting in each of several sibling
// div[@type='document'] (a FRUS volume), else through the TEI; a note inside a footnote, and a
// bracket note, is no footnote. The numbers are looked up from one pass over the volume.
TEST(EditionRendererPrint, FootnotesAreNumberedPerDocument) {
  const std::string tei =
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>V</title></titleStmt>"
      "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>"
      "<head>Volume<note>fA</note></head>"
      "<div type='chapter'>"
      "<div type='document'><p>one<note>fB</note> two<note>fC<note>fD</note></note> "
      "<note type='identification'>bracket</note></p></div>"
      "<div type='document'><p>three<note place='foot'>fE</note></p>"
      "<div type='document'><p>nested<note>fF</note></p></div></div>"
      "</div>"
      "<div type='chapter'><head>Chapter<note>fG</note></head></div>"
      "</body></text></TEI>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(tei, "volume.xml", diagnostics);
  ASSERT_TRUE(document);
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  std::string fo;
  ASSERT_TRUE(renderer.RenderFo(document.get(), "volume.xml", fo, diagnostics));
  // Each footnote's number, as its superscript marker, before its text.
  const std::pair<const char*, const char*> expected[] = {
      {"fA", "1"}, {"fB", "1"}, {"fC", "2"}, {"fE", "1"}, {"fF", "2"}, {"fG", "2"},
  };
  for (const auto& [text, number] : expected) {
    const size_t at = fo.find(std::string(">") + text);
    ASSERT_NE(at, std::string::npos) << text << "\n" << fo;
    const std::string marker = "<fo:block text-align=\"end\">";
    const size_t label = fo.rfind(marker, at);
    ASSERT_NE(label, std::string::npos) << text;
    EXPECT_EQ(fo.substr(label + marker.size(), fo.find('<', label + marker.size()) - label - marker.size()), number)
        << text;
  }
  EXPECT_EQ(fo.find("fo:footnote-body>bracket"), std::string::npos);
}

std::string Render(const std::string& page, xmlDocPtr catalog, const EditionRenderer& renderer) {
  std::string output;
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(renderer.RenderCatalogPage(page, catalog, output, diagnostics));
  return output;
}

// An entry of a document as RenderCatalogEntry keeps it (here by hand, with only what matters).
std::string Entry(const std::string& stem, const std::string& iso, const std::string& type,
                  const std::vector<std::pair<std::string, int>>& persons) {
  std::string entry = "<c:entry xmlns:c='urn:teipress:catalog' stem='" + stem + "' href='" + stem + ".html' iso='" +
                      iso + "' year='" + iso.substr(0, iso.rfind('-', 0) == 0 ? 5 : 4) + "' type='" + type + "' when='" + iso + "'><c:title>Title " +
                      stem + "</c:title><c:display-date>" + iso + "</c:display-date>";
  for (const auto& [ref, count] : persons) {
    entry += "<c:name kind='persName' ref='" + ref + "' count='" + std::to_string(count) + "' text='T" + ref + "'/>";
  }
  for (const auto& [ref, count] : persons) entry += "<c:mention ref='" + ref + "'/>";
  return entry + "</c:entry>";
}

TEST(EditionRendererCatalog, CountsYearsTypesAndNamesOnceForTheWholeEdition) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {testing::SourceDir() + "/tei/authority/persons.xml"},
                                 diagnostics);
  std::vector<std::string> mentioned;
  const XmlDocPtr catalog = renderer.BuildCatalog(
      {Entry("a", "1951-08-28", "letter", {{"#stalin", 3}, {"#mao-zedong", 1}}),
       Entry("b", "1951-08-02", "telegram", {{"#mao-zedong", 2}}),
       Entry("c", "1952", "letter", {{"#stalin", 1}, {"#nobody", 1}}),
       Entry("d", "", "letter", {})},
      "Letters", mentioned, diagnostics);
  ASSERT_TRUE(catalog) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
  EXPECT_EQ(testing::XPathString(catalog.get(), "string(/*/@title)"), "Letters");
  auto count = [&](const std::string& expression) { return testing::XPathString(catalog.get(), expression); };
  const std::string c = "*[local-name()='";
  EXPECT_EQ(count("string(/*/" + c + "years']/" + c + "year'][@value='1951']/@count)"), "2");
  EXPECT_EQ(count("string(/*/" + c + "years']/" + c + "year'][@value='']/@count)"), "1");
  EXPECT_EQ(count("string(/*/" + c + "types']/" + c + "type'][@value='letter']/@count)"), "3");
  // Names in order of first mention, with their mentions and documents.
  EXPECT_EQ(count("string(/*/" + c + "names']/" + c + "name'][1]/@ref)"), "#stalin");
  EXPECT_EQ(count("string(/*/" + c + "names']/" + c + "name'][@ref='#stalin']/@mentions)"), "4");
  EXPECT_EQ(count("string(/*/" + c + "names']/" + c + "name'][@ref='#stalin']/@documents)"), "2");
  EXPECT_EQ(count("string(/*/" + c + "names']/" + c + "name'][@ref='#mao-zedong']/@mentions)"), "3");
  EXPECT_EQ(count("string(/*/" + c + "names']/" + c + "name'][3]/@text)"), "T#nobody");
  // The timeline stacks documents of the same month.
  EXPECT_EQ(count("string(/*/" + c + "entry'][@stem='a']/@tp-stack)"), "0");
  EXPECT_EQ(count("string(/*/" + c + "entry'][@stem='b']/@tp-stack)"), "1");
  EXPECT_EQ(count("string(/*/" + c + "entry'][@stem='c']/@tp-stack)"), "0");
  // Every referenced name once, numbered for the register pages' markers.
  EXPECT_EQ(mentioned, (std::vector<std::string>{"#stalin", "#mao-zedong", "#nobody"}));
  EXPECT_EQ(count("string(/*/" + c + "entry'][@stem='c']/@n)"), "3");
  // The index marks where each entry's item goes, by year and date within the year, undated last.
  const std::string index = Render("index", catalog.get(), renderer);
  EXPECT_NE(index.find("<h1 class=\"tp-page-title\">Letters</h1>"), std::string::npos) << index;
  EXPECT_LT(index.find("<?teipress-item 2>"), index.find("<?teipress-item 1>")) << "by date within the year";
  EXPECT_LT(index.find("<?teipress-item 3>"), index.find("<?teipress-item 4>")) << "undated last";
  EXPECT_EQ(index.find("urn:teipress:catalog"), std::string::npos) << "no catalog namespace in the page";
  // The register marks where the documents mentioning each name go; a name nobody mentions says so.
  const std::string persons = Render("persons", catalog.get(), renderer);
  EXPECT_NE(persons.find("<ul class=\"tp-mentions\"><?teipress-mentions 1></ul>"), std::string::npos);
  EXPECT_NE(persons.find("Not in the authority file"), std::string::npos);
  EXPECT_NE(persons.find("nobody"), std::string::npos) << "a name the authority files lack is listed";
  EXPECT_NE(persons.find("<?teipress-mentions 3>"), std::string::npos);
  EXPECT_NE(persons.find("Not mentioned in the documents of this edition."), std::string::npos);
}

// The entries are read a chunk at a time and keep only what the pages read: the counts run on
// across chunks, and no entry keeps its names or mentions (they are in c:names and
// c:mentioned-names).
TEST(EditionRendererCatalog, AnEditionOfManyEntriesIsCountedAcrossChunksAndKeepsNoNamesInItsEntries) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  std::vector<std::string> entries;
  for (int i = 0; i < 600; ++i) {
    entries.push_back(Entry("d" + std::to_string(i), "1951-08-" + std::to_string(10 + i % 2), "letter",
                            {{"#stalin", 1}, {i % 3 == 0 ? "#mao-zedong" : "#molotov", 2}}));
  }
  std::vector<std::string> mentioned;
  const XmlDocPtr catalog = renderer.BuildCatalog(entries, "Letters", mentioned, diagnostics);
  ASSERT_TRUE(catalog) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
  auto value = [&](const std::string& expression) { return testing::XPathString(catalog.get(), expression); };
  const std::string c = "*[local-name()='";
  EXPECT_EQ(value("string(count(/*/" + c + "entry']))"), "600");
  EXPECT_EQ(value("string(/*/" + c + "entry'][600]/@n)"), "600");
  EXPECT_EQ(value("string(/*/" + c + "entry'][@stem='d599']/@tp-stack)"), "599") << "the month's marks stack on";
  EXPECT_EQ(value("string(/*/" + c + "years']/" + c + "year'][@value='1951']/@count)"), "600");
  EXPECT_EQ(value("string(/*/" + c + "names']/" + c + "name'][@ref='#stalin']/@documents)"), "600");
  EXPECT_EQ(value("string(/*/" + c + "names']/" + c + "name'][@ref='#mao-zedong']/@mentions)"), "400");
  EXPECT_EQ(value("string(/*/" + c + "mentioned-names']/" + c + "mentioned'][@ref='#molotov']/@documents)"), "400");
  EXPECT_EQ(mentioned, (std::vector<std::string>{"#stalin", "#mao-zedong", "#molotov"}));
  EXPECT_EQ(value("string(count(/*/" + c + "entry']/*))"), "1200") << "each entry keeps its title and date only";
  EXPECT_EQ(value("string(/*/" + c + "entry'][@stem='d300']/" + c + "title'])"), "Title d300");
}

TEST(EditionRendererCatalog, AnEmptyEditionHasAnIndexWithTheDefaultTitle) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  std::vector<std::string> mentioned;
  const XmlDocPtr catalog = renderer.BuildCatalog({}, "", mentioned, diagnostics);
  ASSERT_TRUE(catalog);
  const std::string index = Render("index", catalog.get(), renderer);
  EXPECT_NE(index.find("Document edition"), std::string::npos)
      << "the stylesheets' own default (edition-default-title of xslt/common/i18n.xml)";
  EXPECT_NE(index.find("0 documents"), std::string::npos);
}

TEST(EditionRendererCatalog, BceYearsAreInOrderOnTheIndexAndTheTimeline) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  // ISO 8601 years as EpiDoc's @notBefore-custom gives them: "-0520" is 520 BCE.
  std::vector<std::string> mentioned;
  const XmlDocPtr catalog = renderer.BuildCatalog(
      {Entry("late", "0301", "inscription", {}), Entry("early", "-0520", "inscription", {}),
       Entry("mid", "-0050", "inscription", {})},
      "Inscriptions", mentioned, diagnostics);
  ASSERT_TRUE(catalog);
  const std::string index = Render("index", catalog.get(), renderer);
  const size_t early = index.find(">520 BCE</h3>"), mid = index.find(">50 BCE</h3>"), late = index.find(">301</h3>");
  ASSERT_NE(early, std::string::npos) << index;
  ASSERT_NE(mid, std::string::npos) << index;
  ASSERT_NE(late, std::string::npos) << index;
  EXPECT_LT(early, mid);
  EXPECT_LT(mid, late);
  EXPECT_NE(index.find("Documents from 520 BCE to 301"), std::string::npos) << index;
  for (const char* stem : {"early", "mid", "late"}) {
    EXPECT_NE(index.find("<a href=\"" + std::string(stem) + ".html\"><title>"), std::string::npos) << stem << " has no mark";
  }
}

// A document without a creation date (an inscription, dated in its sourceDesc) is placed in the
// volume by the date the index uses, not left among the undated.
TEST(EditionRendererVolume, ADocumentWithoutACreationDateIsPlacedByItsOtherDates) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  const std::string tei =
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>An epitaph</title></titleStmt>"
      "<publicationStmt><p/></publicationStmt><sourceDesc><msDesc><msIdentifier/><history><origin>"
      "<origDate notBefore-custom='-0050' notAfter-custom='-0001'>late first century BCE</origDate>"
      "</origin></history></msDesc></sourceDesc></fileDesc></teiHeader><text><body><p>D M</p></body></text></TEI>";
  XmlDocPtr document = ReadXmlMemory(tei, "epitaph.xml", diagnostics);
  ASSERT_TRUE(document);
  VolumeEntry part;
  ASSERT_TRUE(renderer.RenderVolumeEntry(document.get(), "epitaph.xml", "epitaph", false, "", part, diagnostics));
  EXPECT_NE(part.summary.find("dated=\"yes\""), std::string::npos) << part.summary;
  EXPECT_NE(part.summary.find("sort-date=\"-0050\""), std::string::npos) << part.summary;
  EXPECT_NE(part.summary.find("when-min=\"-0050\""), std::string::npos) << part.summary;  // the title page's years
  // The volume's title page: its years as numbers, BCE in words.
  std::string volume;
  const XmlDocPtr catalog = renderer.BuildVolumeCatalog({part.summary}, "Inscriptions", diagnostics);
  ASSERT_TRUE(catalog);
  ASSERT_TRUE(renderer.RenderCatalogPage("volume", catalog.get(), volume, diagnostics));
  EXPECT_NE(volume.find(">1 document, 50 BCE</fo:block>"), std::string::npos) << volume.substr(volume.find("tp-plain"), 3000);
}

TEST(EditionRendererVolume, APartsIdsArePrefixedAndItsSummaryNamesThePersonsFirstMentions) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {testing::SourceDir() + "/tei/authority/persons.xml"},
                                 diagnostics);
  const std::string tei = testing::SourceDir() + "/tests/data/seed-handmade.xml";
  XmlDocPtr document = ReadXmlFile(tei, diagnostics);
  ASSERT_TRUE(document);
  VolumeEntry part, first;
  ASSERT_TRUE(renderer.RenderVolumeEntry(document.get(), tei, "113009", false, "", part, diagnostics));
  ASSERT_TRUE(renderer.RenderVolumeEntry(document.get(), tei, "113009", true, "", first, diagnostics));
  EXPECT_EQ(part.summary.rfind("<c:volume-entry", 0), 0u) << part.summary;
  EXPECT_EQ(part.summary.find("fo:page-sequence"), std::string::npos) << "the pages are apart";
  EXPECT_NE(part.page_sequences.find("<fo:page-sequence xmlns:fo="), std::string::npos);
  EXPECT_NE(part.page_sequences.find("initial-page-number=\"auto\""), std::string::npos);
  EXPECT_NE(first.page_sequences.find("initial-page-number=\"1\""), std::string::npos);
  // Every id of the part carries the document's key, and the summary's references too.
  const std::string key = testing::XPathString(ReadXmlMemory(part.summary, "summary", diagnostics).get(),
                                               "substring-before(/*/@doc-id, 'doc')");
  ASSERT_EQ(key.size(), 14u) << part.summary;
  EXPECT_EQ(key[0], 'v');
  size_t ids = 0;
  for (size_t at = part.page_sequences.find(" id=\""); at != std::string::npos;
       at = part.page_sequences.find(" id=\"", at + 1), ++ids) {
    EXPECT_EQ(part.page_sequences.compare(at + 5, key.size(), key), 0) << part.page_sequences.substr(at, 40);
  }
  EXPECT_GT(ids, 2u);
  EXPECT_NE(part.summary.find("<c:mention ref=\"stalin\" id=\"" + key), std::string::npos) << part.summary;
}

TEST(EditionRendererCatalog, AnEntryKeepsItsHtmlApartAsThePageWouldWriteIt) {
  std::vector<Diagnostic> diagnostics;
  const EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  const std::string tei = testing::SourceDir() + "/tests/data/seed-handmade.xml";
  XmlDocPtr document = ReadXmlFile(tei, diagnostics);
  ASSERT_TRUE(document);
  std::string entry;
  EntryHtml html;
  ASSERT_TRUE(renderer.RenderCatalogEntry(document.get(), tei, "113009", entry, html, diagnostics));
  EXPECT_EQ(entry.find("<li"), std::string::npos) << "no HTML in the entry: " << entry;
  EXPECT_NE(entry.find("<c:mention ref=\"#stalin\"/>"), std::string::npos) << entry;
  EXPECT_EQ(html.item.rfind("<li class=\"tp-docitem\"", 0), 0u) << html.item;
  EXPECT_NE(html.item.find("href=\"113009.html\""), std::string::npos);
  ASSERT_FALSE(html.mentions.empty());
  EXPECT_EQ(html.mentions[0].second.rfind("<li><a href=\"113009.html\">", 0), 0u) << html.mentions[0].second;
  EXPECT_NE(html.mentions[0].second.find("<br>"), std::string::npos) << "HTML, not XML: " << html.mentions[0].second;
  EXPECT_FALSE(html.when.empty());
}

}  // namespace
}  // namespace teipress
