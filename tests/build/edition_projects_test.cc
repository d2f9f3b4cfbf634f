// Other projects' TEI builds as an edition (issue 12): the Schnitzler letters, the DTA soldiers'
// letters and the I.Sicily inscriptions, each copied as a project would keep it (subfolders, shared
// lists for XInclude), built with `teipress build` and nothing else: every document has a page,
// no text of it is lost, it is searchable and on the timeline, the person, place and organization
// pages list the documents' names, and the volume's PDF has every document. And a new edition of archive exports without authority
// files; an empty TEI folder; invalid documents made visible.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <libxml/HTMLparser.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "process.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::RunTeipress;

// The reference corpora the checkout keeps in tests/data (with their origin and licences).
fs::path CorpusDir(const std::string& name) { return fs::path(testing::ReferenceDir()) / "tei-corpora" / name; }

bool HavePdfTools() {
  return RunProcess({"/bin/sh", "-c", "command -v fop >/dev/null && command -v pdftotext >/dev/null"}).exit_code == 0;
}

std::string WithoutWhitespace(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') out += c;
  }
  return out;
}

std::vector<std::string> Strings(xmlDocPtr document, const std::string& expression) {
  XPathContextPtr context(xmlXPathNewContext(document));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
  std::vector<std::string> values;
  if (!result || !result->nodesetval) return values;
  for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
    std::string value;
    for (const std::string& token : testing::Tokens(TakeString(XmlCharsPtr(xmlNodeGetContent(result->nodesetval->nodeTab[i]))))) {
      value += (value.empty() ? "" : " ") + token;
    }
    values.push_back(value);
  }
  return values;
}

// The text a reader gets from an HTML page (libxml2's HTML parser: entities decoded).
std::string HtmlText(const fs::path& page) {
  const std::string html = ReadText(page);
  XmlDocPtr document(htmlReadMemory(html.data(), static_cast<int>(html.size()), page.c_str(), "UTF-8",
                                    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
  return document ? TakeString(XmlCharsPtr(xmlNodeGetContent(xmlDocGetRootElement(document.get())))) : "";
}

struct Project {
  const char* name;            // folder of the reference corpora
  const char* config;          // its teipress.toml
  std::vector<std::string> options;
  int documents;               // TEI documents it has (XInclude fragments are not documents)
};

void PrintTo(const Project& project, std::ostream* os) { *os << project.name; }

class ForeignProject : public ::testing::TestWithParam<Project> {};

TEST_P(ForeignProject, BuildsAsACompleteEdition) {
  const Project& project = GetParam();
  const fs::path corpus = CorpusDir(project.name);
  ASSERT_TRUE(fs::is_directory(corpus)) << corpus;
  const bool pdf = HavePdfTools();
  if (!pdf && testing::RequireAll()) FAIL() << "fop and pdftotext are needed";
  const testing::TemporaryDirectory dir;
  const fs::path root = dir.path() / project.name;
  // The project's TEI as it keeps it, subfolders included, in tei/ of a new edition.
  fs::create_directories(root / "tei");
  for (fs::recursive_directory_iterator it(corpus), end; it != end; ++it) {
    const fs::path target = root / "tei" / it->path().lexically_relative(corpus);
    if (fs::is_directory(it->path())) fs::create_directories(target);
    else if (it->path().extension() == ".xml") fs::copy_file(it->path(), target);
  }
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(root / "teipress.toml", project.config, error)) << error;
  std::vector<std::string> command = {"build", "--jobs", "2"};
  command.insert(command.end(), project.options.begin(), project.options.end());
  if (!pdf) command.push_back("--no-pdf");
  const auto build = RunTeipress(command, root.string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  EXPECT_NE(build.output.find("; " + std::to_string(project.documents) + " valid, 0 invalid"),
            std::string::npos)
      << build.output;
  // XInclude is done wherever the build reads a document, the volume's first part included.
  EXPECT_EQ(build.output.find("[xml.xinclude-not-processed]"), std::string::npos) << build.output;
  // Messages never print an empty value.
  EXPECT_EQ(build.output.find("\"\""), std::string::npos) << build.output;
  EXPECT_EQ(build.output.find("''"), std::string::npos) << build.output;

  const fs::path html = root / "output" / "html";
  const std::string persons = HtmlText(html / "persons.html");
  const std::string places = HtmlText(html / "places.html");
  const std::string orgs = HtmlText(html / "orgs.html");
  const std::string index = ReadText(html / "index.html");
  const size_t timeline = index.find("class=\"tp-timeline\"");
  ASSERT_NE(timeline, std::string::npos) << "the index page has no timeline";
  const std::string search = ReadText(html / "search-index.js");
  std::string pdf_text;
  if (pdf) {
    const auto text = RunProcess({FindOnPath("pdftotext"), (root / "output" / "print" / "edition.pdf").string(), "-"});
    ASSERT_EQ(text.exit_code, 0) << text.output;
    pdf_text = WithoutWhitespace(text.output);
    // The fonts' ligatures come out of pdftotext as single characters.
    for (const auto& [ligature, letters] : {std::pair<std::string, std::string>{"\xEF\xAC\x80", "ff"}, {"\xEF\xAC\x81", "fi"},
                                            {"\xEF\xAC\x82", "fl"}, {"\xEF\xAC\x83", "ffi"}, {"\xEF\xAC\x84", "ffl"}}) {
      for (size_t at = pdf_text.find(ligature); at != std::string::npos; at = pdf_text.find(ligature, at)) {
        pdf_text.replace(at, ligature.size(), letters);
      }
    }
  }
  int documents = 0, names = 0;
  for (fs::recursive_directory_iterator it(root / "tei"), end; it != end; ++it) {
    if (it->path().extension() != ".xml") continue;
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr tei = ReadXmlFile(it->path().string(), diagnostics);
    ASSERT_TRUE(tei) << it->path();
    if (Strings(tei.get(), "/tei:TEI").empty()) continue;  // an XInclude fragment
    ++documents;
    const std::string stem = it->path().stem().string();
    // A page, listed on the index page.
    const fs::path page = html / (stem + ".html");
    ASSERT_TRUE(fs::is_regular_file(page)) << stem;
    EXPECT_NE(index.find("href=\"" + stem + ".html\""), std::string::npos) << stem;
    // Searchable, and dated (from correspDesc, creation, sourceDesc or the title): a mark on the timeline.
    EXPECT_NE(search.find("\"href\": \"" + stem + ".html\""), std::string::npos) << stem << " is not in the search index";
    EXPECT_NE(index.find("<a href=\"" + stem + ".html\"><title>", timeline), std::string::npos)
        << stem << " has no mark on the timeline";
    // No text lost: every text node of the TEI text is in the page.
    const std::string text = WithoutWhitespace(HtmlText(page));
    for (const std::string& node : Strings(tei.get(), "//tei:text//text()[normalize-space()]")) {
      EXPECT_NE(text.find(WithoutWhitespace(node)), std::string::npos) << stem << ": '" << node << "' is lost";
    }
    // The indexes list its named entities: the URL of a name that has one, else its text or its
    // register entry's name.
    const std::pair<const char*, const std::string*> kinds[] = {
        {"persName", &persons}, {"placeName", &places}, {"orgName", &orgs}};
    for (const auto& [element, list] : kinds) {
      const std::string mentions = std::string("(//tei:text | //tei:profileDesc | //tei:standOff)//tei:") + element +
                                   "[not(ancestor::tei:person or ancestor::tei:place or ancestor::tei:org)]"
                                   "[not(ancestor::tei:" + element + ")]";
      const std::vector<std::string> texts = Strings(tei.get(), mentions);
      const std::vector<std::string> refs = Strings(tei.get(), mentions + "/@ref");
      for (const std::string& ref : refs) {
        for (const std::string& token : testing::Tokens(ref)) {
          if (token.rfind("http", 0) == 0) {
            EXPECT_NE(list->find(token), std::string::npos) << stem << ": " << token;
          }
        }
      }
      for (const std::string& name : Strings(tei.get(), mentions + "[not(@ref)]")) {
        if (name.empty()) continue;
        ++names;
        EXPECT_NE(list->find(name), std::string::npos) << stem << ": " << element << " '" << name << "' is not listed";
      }
      if (!texts.empty()) {
        EXPECT_NE(ReadText(html / (element == std::string("persName") ? "persons.html" : element == std::string("placeName") ? "places.html" : "orgs.html"))
                      .find("href=\"" + stem + ".html\""),
                  std::string::npos)
            << stem << " names a " << element << " but its index does not link to it";
      }
    }
    // The volume has every document: its title is printed there.
    if (pdf) {
      const std::vector<std::string> titles = Strings(tei.get(), "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]");
      ASSERT_FALSE(titles.empty()) << stem;
      EXPECT_NE(pdf_text.find(WithoutWhitespace(titles[0])), std::string::npos) << stem << ": '" << titles[0]
                                                                                  << "' is not in edition.pdf";
      EXPECT_TRUE(fs::is_regular_file(root / "output" / "print" / (stem + ".pdf"))) << stem;
    }
  }
  EXPECT_EQ(documents, project.documents);
  EXPECT_GT(names + static_cast<int>(persons.size()), 0);
}

INSTANTIATE_TEST_SUITE_P(
    Projects, ForeignProject,
    ::testing::Values(
        // The letters' project validates against its own ODD (not shipped): TEI All refuses the
        // xsi:schemaLocation on every root, so the edition checks well-formedness only.
        Project{"schnitzler-briefe",
                "title = \"Arthur Schnitzler: Briefwechsel\"\nlanguage = \"de\"\nschema = \"none\"\n", {}, 9},
        // DTA base format: valid TEI All, the default for TEI that teipress did not write.
        Project{"soldatenbriefe", "title = \"Soldatenbriefe 1745-1872\"\nlanguage = \"de\"\n", {}, 6},
        // EpiDoc inscriptions that XInclude shared lists from ../alists/.
        Project{"isicily", "title = \"I.Sicily\"\npublisher = \"I.Sicily\"\n", {"--xinclude", "--xinclude-root", "tei"}, 8}),
    [](const ::testing::TestParamInfo<Project>& info) { return testing::TestNameFromLabel(info.param.name); });

TEST(EditionProjects, ANewEditionOfArchiveExportsWithoutAuthorityFiles) {
  const testing::TemporaryDirectory dir;
  fs::create_directories(dir.path() / "sources");
  int exports = 0;
  for (const fs::path& source : testing::ShippedSources()) {
    fs::copy_file(source, dir.path() / "sources" / source.filename());
    ++exports;
  }
  const bool pdf = HavePdfTools();
  std::vector<std::string> command = {"build", "--jobs", "2"};
  if (!pdf) command.push_back("--no-pdf");
  const auto build = RunTeipress(command, dir.path().string());
  ASSERT_EQ(build.exit_code, 0) << build.output;
  // One warning for the whole build, and no error for any document.
  size_t warnings = 0;
  for (size_t at = build.output.find("[authority.missing]"); at != std::string::npos;
       at = build.output.find("[authority.missing]", at + 1)) {
    ++warnings;
  }
  EXPECT_EQ(warnings, 1u) << build.output;
  EXPECT_EQ(build.output.find(": error:"), std::string::npos) << build.output;
  EXPECT_NE(build.output.find(std::to_string(exports) + " valid, 0 invalid"), std::string::npos) << build.output;
  for (const fs::path& source : testing::ShippedSources()) {
    const std::string stem = source.stem().string();
    EXPECT_TRUE(fs::is_regular_file(dir.path() / "output" / "html" / (stem + ".html"))) << stem;
    if (pdf) {
      EXPECT_TRUE(fs::is_regular_file(dir.path() / "output" / "print" / (stem + ".pdf"))) << stem;
    }
  }
  // The indexes come from the names the converted documents have (without authority lists the
  // converter tags what the export itself marks: correspondents, signatories), none left out.
  const fs::path html = dir.path() / "output" / "html";
  const std::pair<const char*, std::string> kinds[] = {{"persName", WithoutWhitespace(HtmlText(html / "persons.html"))},
                                                       {"placeName", WithoutWhitespace(HtmlText(html / "places.html"))},
                                                       {"orgName", WithoutWhitespace(HtmlText(html / "orgs.html"))}};
  int names = 0;
  for (fs::directory_iterator it(dir.path() / "tei"), end; it != end; ++it) {
    if (it->path().extension() != ".xml") continue;
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr tei = ReadXmlFile(it->path().string(), diagnostics);
    ASSERT_TRUE(tei) << it->path();
    for (const auto& [element, list] : kinds) {
      const std::string outermost = std::string("(//tei:text | //tei:profileDesc)//tei:") + element +
                                    "[not(ancestor::tei:" + element + ")]";
      for (const std::string& name : Strings(tei.get(), outermost)) {
        ++names;
        EXPECT_NE(list.find(WithoutWhitespace(name)), std::string::npos)
            << it->path().filename() << ": " << element << " '" << name << "' is not in its index";
      }
    }
  }
  EXPECT_GT(names, 0) << "the converted documents name nobody: nothing was checked";
}

TEST(EditionProjects, AnEmptyTeiFolderIsAnError) {
  const testing::TemporaryDirectory dir;
  fs::create_directories(dir.path() / "tei" / "letters");
  const auto build = RunTeipress({"build", "--no-pdf"}, dir.path().string());
  EXPECT_EQ(build.exit_code, 1) << build.output;
  EXPECT_NE(build.output.find("tei: error: no TEI documents (*.xml) in tei and no sources to convert"), std::string::npos)
      << build.output;
  EXPECT_NE(build.output.find("[build.no-documents]"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.path() / "output" / "html" / "index.html"));
}

// An XML file of the TEI folder that is not TEI is part of a document when one includes it (an
// XInclude fragment, also through another fragment): accepted without a word, in the first build
// and in the next, which reads the includes from the build log. Any other is refused
// (input.not-tei, naming it, exit 1), in every build, while the documents are still built; and a
// fragment whose document stops including it is refused from then on. A FIFO is io.not-a-file
// (exit 2), never opened.
TEST(EditionProjects, NonTeiXmlIsAcceptedOnlyAsAnIncludedFragment) {
  const testing::TemporaryDirectory dir;
  const fs::path letters = CorpusDir("soldatenbriefe");
  ASSERT_TRUE(fs::is_directory(letters)) << letters;
  fs::create_directories(dir.path() / "tei" / "letters");
  fs::copy_file(letters / "letter-023.xml", dir.path() / "tei" / "letters" / "letter-023.xml");
  std::string error;
  const std::string including =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n<teiHeader><fileDesc>"
      "<titleStmt><title>A letter with shared lists</title></titleStmt><publicationStmt><p>x</p></publicationStmt>"
      "<sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>\n<text><body><p>Text of the letter.</p>"
      "<xi:include href=\"../alists/list.xml\"/></body></text></TEI>\n";
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "letters" / "shared.xml", including, error)) << error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "alists" / "list.xml",
                                  "<p xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                                  "A shared paragraph. <xi:include href=\"more.xml\"/></p>\n",
                                  error));
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "alists" / "more.xml",
                                  "<hi xmlns=\"http://www.tei-c.org/ns/1.0\">More of it.</hi>\n", error));
  const std::vector<std::string> command = {"build", "--no-pdf", "--jobs", "2", "--xinclude", "--xinclude-root", "tei"};
  for (int run = 0; run < 2; ++run) {
    const auto build = RunTeipress(command, dir.path().string());
    EXPECT_EQ(build.exit_code, 0) << run << "\n" << build.output;
    EXPECT_EQ(build.output.find("not-tei"), std::string::npos) << run << "\n" << build.output;
    EXPECT_NE(build.output.find("2 valid, 0 invalid"), std::string::npos) << run << "\n" << build.output;
  }
  EXPECT_NE(ReadText(dir.path() / "output" / "html" / "shared.html").find("More of it."), std::string::npos);

  // A stray file beside them: refused, named, in this build and the next; the documents still built.
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "letters" / "page.xml",
                                  "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n", error));
  for (int run = 0; run < 2; ++run) {
    const auto build = RunTeipress(command, dir.path().string());
    EXPECT_EQ(build.exit_code, 1) << run << "\n" << build.output;
    EXPECT_NE(build.output.find("tei/letters/page.xml:1: error: not a TEI document: the root element is <html>"),
              std::string::npos)
        << run << "\n" << build.output;
    EXPECT_NE(build.output.find("no TEI document of the edition includes it"), std::string::npos) << build.output;
    EXPECT_NE(build.output.find("[input.not-tei]"), std::string::npos) << build.output;
    EXPECT_EQ(build.output.find("alists/list.xml"), std::string::npos) << build.output;
    EXPECT_NE(build.output.find("2 valid, 1 invalid"), std::string::npos) << run << "\n" << build.output;
    EXPECT_TRUE(fs::is_regular_file(dir.path() / "output" / "html" / "letter-023.html"));
  }
  fs::remove(dir.path() / "tei" / "letters" / "page.xml");

  // The document stops including the list: both fragments are stray now.
  std::string without = including;
  without.erase(without.find("<xi:include"), std::string("<xi:include href=\"../alists/list.xml\"/>").size());
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "letters" / "shared.xml", without, error)) << error;
  const auto dropped = RunTeipress(command, dir.path().string());
  EXPECT_EQ(dropped.exit_code, 1) << dropped.output;
  EXPECT_NE(dropped.output.find("tei/alists/list.xml:1: error: not a TEI document"), std::string::npos) << dropped.output;
  EXPECT_NE(dropped.output.find("tei/alists/more.xml:1: error: not a TEI document"), std::string::npos) << dropped.output;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "letters" / "shared.xml", including, error)) << error;

  // A FIFO: exit 2, named, the rest built.
  ASSERT_EQ(::mkfifo((dir.path() / "tei" / "letters" / "pipe.xml").c_str(), 0644), 0);
  const auto fifo = RunTeipress(command, dir.path().string());
  EXPECT_EQ(fifo.exit_code, 2) << fifo.output;
  EXPECT_NE(fifo.output.find("tei/letters/pipe.xml: error: is not a regular file"), std::string::npos) << fifo.output;
  EXPECT_NE(fifo.output.find("[io.not-a-file]"), std::string::npos) << fifo.output;
  EXPECT_NE(fifo.output.find("2 valid, 0 invalid"), std::string::npos) << fifo.output;
}

TEST(EditionProjects, InvalidDocumentsAreListedWithTheirFirstErrorAndMarkedInADraftIndex) {
  const testing::TemporaryDirectory dir;
  const fs::path letters = CorpusDir("soldatenbriefe");
  ASSERT_TRUE(fs::is_directory(letters)) << letters;
  fs::create_directories(dir.path() / "tei");
  fs::copy_file(letters / "letter-023.xml", dir.path() / "tei" / "letter-023.xml");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei" / "broken.xml",
                                  "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader><fileDesc><titleStmt><title>A "
                                  "broken letter</title></titleStmt></fileDesc></teiHeader>\n<text><body><unknown/></body>"
                                  "</text></TEI>\n",
                                  error));
  const auto build = RunTeipress({"build", "--no-pdf"}, dir.path().string());
  EXPECT_EQ(build.exit_code, 1) << build.output;
  EXPECT_NE(build.output.find("1 invalid, so not rendered (the first error of each):\n  tei/broken.xml:2:"),
            std::string::npos)
      << build.output;
  EXPECT_FALSE(fs::exists(dir.path() / "output" / "html" / "broken.html"));
  EXPECT_EQ(ReadText(dir.path() / "output" / "html" / "index.html").find("A broken letter"), std::string::npos);

  const auto drafts = RunTeipress({"build", "--no-pdf", "--drafts"}, dir.path().string());
  EXPECT_EQ(drafts.exit_code, 1) << drafts.output;
  const std::string index = ReadText(dir.path() / "output" / "html" / "index.html");
  EXPECT_NE(index.find("<h4 class=\"tp-invalid\">A broken letter</h4>"), std::string::npos);
  EXPECT_NE(index.find("Invalid: not rendered"), std::string::npos);
  EXPECT_NE(index.find("tei/broken.xml:2:"), std::string::npos);
  EXPECT_NE(index.find("href=\"letter-023.html\""), std::string::npos);
  EXPECT_EQ(index.find("href=\"broken.html\""), std::string::npos);
  // The volume prints only what is valid.
  EXPECT_EQ(ReadText(dir.path() / "output" / "print" / "edition.fo").find("A broken letter"), std::string::npos);
}

}  // namespace
}  // namespace teipress
