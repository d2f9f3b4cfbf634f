// Any TEI, not only teipress's: every file of the reference corpora (tests/data/reference: FRUS volumes,
// I.Sicily, Schnitzler letters, DTA soldiers' letters, the TEI Stylesheets test inputs) renders
// with the HTML stylesheet without errors, loses no text, repeats no HTML id, and the elements
// that fell to the generic fallback are counted (docs/html-coverage.md lists them).
#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include <boost/filesystem/operations.hpp>

#include "edition_renderer.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

fs::path CorporaDir() { return fs::path(testing::ReferenceDir()) / "tei-corpora"; }

std::string WithoutWhitespace(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

// The footnotes of the HTML edition (moved to a list after the text), as text.xsl decides.
constexpr const char* kFootnote =
    "self::tei:note[@place='foot' or @place='bottom' or @place='end' or @place='endnote' or not(@place='inline' or "
    "@rend='inline' or @type='identification' or @type='original-term' or @type='editorial' or @type='translator' or "
    "@type='sic' or @type='stamp' or @type='handwritten' or @type='signature' or @type='stage' or "
    "@type='source')][not(ancestor::tei:teiHeader)]";

std::vector<std::string> TextNodes(xmlDocPtr document, const std::string& expression) {
  XPathContextPtr context(xmlXPathNewContext(document));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
  std::vector<std::string> texts;
  if (!result || !result->nodesetval) return texts;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    const std::string text = WithoutWhitespace(TakeString(XmlCharsPtr(xmlNodeGetContent(result->nodesetval->nodeTab[i]))));
    if (!text.empty()) texts.push_back(text);
  }
  return texts;
}

// The text the reader gets: text nodes of the TEI text elements (of the root when a fragment has
// none), main text and footnotes separately since the footnotes move after the text.
struct ExpectedText {
  std::vector<std::string> main, footnotes;
  std::string all;
};

ExpectedText TeiText(xmlDocPtr document) {
  const std::string scope = "(//tei:text[not(ancestor::tei:text)] | /*[not(//tei:text)])";
  const std::string in_footnote = "ancestor::*[" + std::string(kFootnote) + "]";
  ExpectedText expected;
  expected.main = TextNodes(document, scope + "//text()[not(" + in_footnote + ")]");
  // Each footnote's own text, in the order of the notes list; a nested footnote is listed on its own.
  for (const std::string& text :
       TextNodes(document, scope + "//text()[" + in_footnote + "]")) {
    expected.footnotes.push_back(text);
  }
  for (const auto* part : {&expected.main, &expected.footnotes}) {
    for (const std::string& text : *part) expected.all += text;
  }
  return expected;
}

struct RenderedPage {
  std::string text;  // whitespace removed
  std::vector<std::string> ids;
  std::map<std::string, int> fallbacks;  // element name -> count
};

void Walk(xmlNodePtr node, RenderedPage& page) {
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      page.text += WithoutWhitespace(AsChars(child->content ? child->content : AsXmlChars("")));
    } else if (child->type == XML_ELEMENT_NODE) {
      if (xmlHasProp(child, AsXmlChars("id"))) {
        page.ids.push_back(TakeString(XmlCharsPtr(xmlGetProp(child, AsXmlChars("id")))));
      }
      const std::string classes = TakeString(XmlCharsPtr(xmlGetProp(child, AsXmlChars("class"))));
      if (classes.find("tp-fallback") != std::string::npos && classes.rfind("tei-", 0) == 0) {
        std::string name = classes.substr(4, classes.find(' ') - 4);
        if (classes.find("tp-foreign-ns") != std::string::npos) name += " (other namespace)";
        ++page.fallbacks[name];
      }
      Walk(child->children, page);
    }
  }
}

RenderedPage ReadPage(const std::string& html) {
  RenderedPage page;
  // libxml2's HTML parser predates HTML5 elements; its complaints about them are not ours.
  XmlDocPtr document(htmlReadMemory(html.data(), static_cast<int>(html.size()), "page.html", "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  if (document) Walk(xmlDocGetRootElement(document.get()), page);
  return page;
}

// Text nodes not found in order (some layouts legitimately reorder: a correction shows the
// corrected form first) must still be found somewhere on the page.
std::vector<std::string> MissingText(const std::vector<std::string>& expected, const std::string& page) {
  std::vector<std::string> missing;
  size_t cursor = 0;
  for (const std::string& text : expected) {
    const size_t at = page.find(text, cursor);
    if (at != std::string::npos) {
      cursor = at + text.size();
    } else if (page.find(text) == std::string::npos) {
      missing.push_back(text);
    }
  }
  return missing;
}

// A dropped element whose words happen to occur elsewhere still loses characters.
std::string CharactersShort(const std::string& expected, const std::string& page) {
  std::array<long, 256> balance{};
  for (unsigned char c : page) ++balance[c];
  for (unsigned char c : expected) --balance[c];
  std::string short_of;
  for (int c = 0; c < 256; ++c) {
    if (balance[c] < 0) short_of += "byte " + std::to_string(c) + " short by " + std::to_string(-balance[c]) + "; ";
  }
  return short_of;
}

void RenderCorpus(const std::string& corpus) {
  const fs::path directory = CorporaDir() / corpus;
  ASSERT_TRUE(fs::is_directory(directory)) << directory;
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(directory), end; it != end; ++it) {
    if (it->path().extension() == ".xml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());

  InitializeXmlLibraries();
  std::vector<Diagnostic> setup;
  const std::string authority = testing::SourceDir() + "/tei/authority/";
  EditionRenderer renderer(testing::SourceDir(),
                           {authority + "archives.xml", authority + "orgs.xml", authority + "persons.xml",
                            authority + "places.xml"},
                           setup);
  ASSERT_TRUE(renderer.ok());
  std::map<std::string, int> fallbacks;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.string());
    std::vector<Diagnostic> diagnostics;
    // As `teipress render` reads it: I.Sicily's XIncludes reach outside the file's own directory
    // tree and stay unresolved, which leaves its header short, not its text.
    XmlDocPtr document = ReadXmlFile(file.string(), diagnostics);
    ASSERT_TRUE(document);
    std::string html;
    diagnostics.clear();
    ASSERT_TRUE(renderer.RenderHtml(document.get(), file.string(), html, diagnostics));
    for (const Diagnostic& d : diagnostics) EXPECT_NE(d.severity, Severity::kError) << d.message;

    const ExpectedText expected = TeiText(document.get());
    const RenderedPage page = ReadPage(html);
    ASSERT_FALSE(expected.all.empty());
    for (const auto* part : {&expected.main, &expected.footnotes}) {
      const std::vector<std::string> missing = MissingText(*part, page.text);
      EXPECT_TRUE(missing.empty()) << missing.size() << " text nodes missing, the first: " << missing.front();
    }
    EXPECT_EQ(CharactersShort(expected.all, page.text), "");

    std::set<std::string> seen;
    for (const std::string& id : page.ids) EXPECT_TRUE(seen.insert(id).second) << "duplicate HTML id " << id;
    for (const auto& [name, count] : page.fallbacks) fallbacks[name] += count;
  }
  // The coverage list: what the stylesheet has no template for, rendered generically.
  std::cout << "generic fallback in " << corpus << " (" << files.size() << " files):";
  for (const auto& [name, count] : fallbacks) std::cout << " " << name << "=" << count;
  std::cout << "\n";
}

TEST(HtmlCorpus, FrusVolumes) { RenderCorpus("frus"); }
TEST(HtmlCorpus, IsicilyInscriptions) { RenderCorpus("isicily"); }
TEST(HtmlCorpus, SchnitzlerLetters) { RenderCorpus("schnitzler-briefe"); }
TEST(HtmlCorpus, SoldatenbriefeLetters) { RenderCorpus("soldatenbriefe"); }
TEST(HtmlCorpus, TeiStylesheetsTestInputs) { RenderCorpus("tei-stylesheets-tests"); }

}  // namespace
}  // namespace teipress
