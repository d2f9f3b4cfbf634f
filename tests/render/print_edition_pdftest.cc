// The print edition as a reader gets it: the PDFs Apache FOP makes of the shipped sources (one
// build, shared by every test here), read back with poppler's pdftotext and pdfinfo. Checks that
// no word is lost, footnotes sit on their marker's page, the contents and the index point at the
// right pages, the paper size and PDF/A options work, FOP reports no missing glyph or overflowing
// line, and a subset of the reference corpora (other projects' TEI) renders with its text complete.
//
// This is its own test binary, run by ctest as one test, so that the edition is rendered once.
// Needs fop (and the batch driver, built when a JDK is installed), pdftotext and pdfinfo: a test
// skips when one is missing, and fails instead when TEIPRESS_REQUIRE_ALL=1 (CI). Not built in the
// sanitizer build (tests/CMakeLists.txt): the work checked here is FOP's, in Java.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <regex>
#include <set>

#include <boost/filesystem/operations.hpp>

#include "diagnostic.h"
#include "edition_builder.h"
#include "file_io.h"
#include "pdf_renderer.h"
#include "process.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;

// Why these tests cannot run here; empty when they can.
std::string MissingPrerequisite() {
  for (const char* tool : {"pdftotext", "pdfinfo"}) {
    if (FindOnPath(tool).empty()) return std::string(tool) + " is not installed (Debian poppler-utils)";
  }
  if (!PdfRenderer("").available()) return "Apache FOP is not installed (Debian fop)";
  return "";
}

#define SKIP_WITHOUT_PDF_TOOLS()                                          \
  do {                                                                    \
    const std::string missing = MissingPrerequisite();                   \
    if (!missing.empty()) {                                               \
      if (testing::RequireAll()) FAIL() << missing << " (TEIPRESS_REQUIRE_ALL=1)"; \
      GTEST_SKIP() << missing;                                            \
    }                                                                     \
  } while (false)

std::string Describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

// ---- text as pdftotext gives it ----

// Text as a comparison sees it: pdftotext gives ligatures as one character (ﬁ) and leaves out
// combining accents (drawn, but not extracted), small capitals are printed upper-cased, and
// no-break or thin spaces separate words like spaces. So: ligatures spelled out, combining marks
// dropped, Latin, Greek and Cyrillic letters in lower case, every space an ASCII space.
std::string Plain(const std::string& text) {
  std::string plain;
  auto append = [&plain](char32_t c) {
    if (c < 0x80) {
      plain += static_cast<char>(c);
    } else if (c < 0x800) {
      plain += static_cast<char>(0xC0 | (c >> 6));
      plain += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      plain += static_cast<char>(0xE0 | (c >> 12));
      plain += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      plain += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      plain += static_cast<char>(0xF0 | (c >> 18));
      plain += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      plain += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      plain += static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  static const std::map<char32_t, std::string> kLigatures = {{0xFB00, "ff"}, {0xFB01, "fi"},  {0xFB02, "fl"},
                                                             {0xFB03, "ffi"}, {0xFB04, "ffl"}, {0xFB05, "st"},
                                                             {0xFB06, "st"}};
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t k = 1; k < length && i + k < text.size(); ++k) c = (c << 6) | (text[i + k] & 0x3F);
    i += length;
    if (c >= 0x300 && c <= 0x36F) continue;  // combining accents
    if (c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F) c = ' ';
    if (auto ligature = kLigatures.find(c); ligature != kLigatures.end()) {
      plain += ligature->second;
      continue;
    }
    if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    else if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB) || (c >= 0x410 && c <= 0x42F)) c += 0x20;
    else if (c >= 0x400 && c <= 0x40F) c += 0x50;
    else if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x1E00 && c <= 0x1EFF)) && c % 2 == 0) c += 1;
    append(c);
  }
  return plain;
}

// A word without the punctuation around it, ASCII letters in lower case (small capitals are
// printed upper-cased), typographic apostrophes as ASCII.
std::string NormalizedWord(std::string word) {
  for (size_t at = word.find("\xE2\x80\x99"); at != std::string::npos; at = word.find("\xE2\x80\x99", at)) {
    word.replace(at, 3, "'");
  }
  static const std::vector<std::string> kPunctuation = {
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x9E", "\xE2\x80\xA6", "\xE2\x80\x94", "\xE2\x80\x93",
      "\xC2\xAB",     "\xC2\xBB",     "\xE2\xB8\xA2", "\xE2\xB8\xA3", "\xC2\xA0",     "\xE2\x80\xB9", "\xE2\x80\xBA"};
  bool changed = true;
  while (changed && !word.empty()) {
    changed = false;
    const unsigned char first = static_cast<unsigned char>(word.front());
    const unsigned char last = static_cast<unsigned char>(word.back());
    if (first < 0x80 && !std::isalnum(first)) {
      word.erase(0, 1);
      changed = true;
    } else if (last < 0x80 && !std::isalnum(last)) {
      word.pop_back();
      changed = true;
    } else {
      for (const std::string& mark : kPunctuation) {
        if (word.size() >= mark.size() && word.compare(0, mark.size(), mark) == 0) {
          word.erase(0, mark.size());
          changed = true;
        } else if (word.size() >= mark.size() && word.compare(word.size() - mark.size(), mark.size(), mark) == 0) {
          word.erase(word.size() - mark.size());
          changed = true;
        }
      }
    }
  }
  for (char& c : word) {
    if (static_cast<unsigned char>(c) < 0x80) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return word;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  for (const std::string& token : testing::Tokens(Plain(text))) {
    std::string word = NormalizedWord(token);
    if (!word.empty()) words.push_back(word);
  }
  return words;
}

// The words of a PDF's text: each word as printed, and a word hyphenated at a line end also
// joined (with and without its hyphen, since the hyphen may be the word's own).
std::set<std::string> PrintedWords(const std::string& pdf_text) {
  std::set<std::string> words;
  std::vector<std::vector<std::string>> lines;
  size_t start = 0;
  const std::string text = Plain(pdf_text);
  while (start < text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(testing::Tokens(text.substr(start, end - start)));
    start = end + 1;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    for (const std::string& token : lines[i]) words.insert(NormalizedWord(token));
    if (lines[i].empty() || lines[i].back().size() < 2 || lines[i].back().back() != '-') continue;
    for (size_t next = i + 1; next < lines.size() && next < i + 4; ++next) {  // the next non-empty line
      if (lines[next].empty()) continue;
      const std::string& head = lines[i].back();
      words.insert(NormalizedWord(head.substr(0, head.size() - 1) + lines[next].front()));
      words.insert(NormalizedWord(head + lines[next].front()));
      break;
    }
  }
  return words;
}

// The words of the text nodes `expression` selects, each node on its own: elements end words
// (FILIPPOV<reg>Stalin</reg> prints as "FILIPPOV [Stalin]", a verse line's end as a line break).
std::vector<std::string> TextNodeWords(xmlDocPtr document, const std::string& expression) {
  std::vector<std::string> words;
  XPathContextPtr context(xmlXPathNewContext(document));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr nodes(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
  if (!nodes || !nodes->nodesetval) return words;
  for (int i = 0; i < nodes->nodesetval->nodeNr; ++i) {
    const xmlNodePtr node = nodes->nodesetval->nodeTab[i];
    if (!node->content) continue;
    for (std::string& word : Words(AsChars(node->content))) words.push_back(std::move(word));
  }
  return words;
}

std::string Run(const std::vector<std::string>& arguments) {
  const ProcessResult result = RunProcess(arguments);
  EXPECT_EQ(result.exit_code, 0) << arguments[0] << ": " << result.output.substr(0, 500);
  return result.output;
}

std::string PdfText(const fs::path& pdf) { return Run({FindOnPath("pdftotext"), pdf.string(), "-"}); }

// The text of each page, in order (pdftotext ends every page with a form feed).
std::vector<std::string> PdfPages(const fs::path& pdf) {
  std::vector<std::string> pages;
  const std::string text = PdfText(pdf);
  size_t start = 0;
  for (size_t feed = text.find('\f'); feed != std::string::npos; feed = text.find('\f', start)) {
    pages.push_back(text.substr(start, feed - start));
    start = feed + 1;
  }
  return pages;
}

std::string PdfInfo(const fs::path& pdf, bool metadata = false) {
  std::vector<std::string> command = {FindOnPath("pdfinfo")};
  if (metadata) command.push_back("-meta");
  command.push_back(pdf.string());
  return Run(command);
}

// pdfinfo's "Page size: 595.275 x 841.889 pts (A4)", in points; zeros when missing.
std::pair<double, double> PageSize(const std::string& info) {
  std::smatch match;
  if (!std::regex_search(info, match, std::regex(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)"))) return {0, 0};
  return {std::stod(match[1]), std::stod(match[2])};
}

// Text reduced to its letters (ASCII in lower case; other characters kept): what is left of a
// passage whatever pdftotext does with line breaks, hyphenation, superscript note numbers and
// the order of raised text. For finding a passage on a page; without digits (note numbers) unless
// `keep_digits`.
std::string Compact(const std::string& text, bool keep_digits = false) {
  std::string compact;
  for (const std::string& token : testing::Tokens(Plain(text))) {
    std::string word = NormalizedWord(token);
    for (char c : word) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 || std::isalpha(u) || (keep_digits && std::isdigit(u))) compact += c;
    }
  }
  return compact;
}

// `needle`'s words appear in `haystack`'s words in this order, one after another.
bool ContainsWords(const std::string& haystack, const std::string& needle) {
  const std::vector<std::string> hay = Words(haystack);
  const std::vector<std::string> words = Words(needle);
  if (words.empty()) return true;
  return std::search(hay.begin(), hay.end(), words.begin(), words.end()) != hay.end();
}

// ---- the shared edition ----

struct Edition {
  TemporaryDirectory directory;
  BuildSummary summary;
  std::vector<Diagnostic> diagnostics;
  double seconds = 0;
  fs::path print() const { return directory.path() / "output/print"; }
  fs::path tei() const { return directory.path() / "tei"; }
};

// Every shipped source built to PDF once (A4, plain PDF), with the batch driver when built.
const Edition& SharedEdition() {
  static const Edition* edition = [] {
    auto* built = new Edition;
    BuildOptions options;
    options.sources_dir = testing::SourceDir() + "/sources";
    options.tei_dir = built->tei().string();
    options.authority_dir = testing::SourceDir() + "/tei/authority";
    options.out_dir = (built->directory.path() / "output").string();
    options.data_dir = testing::SourceDir();
    options.jobs = 2;
    const auto start = std::chrono::steady_clock::now();
    built->summary = BuildEdition(options, built->diagnostics);
    built->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return built;
  }();
  return *edition;
}

// The seed and a subset of the reference corpora rendered by `teipress render --pdf` on US
// Letter as PDF/A-1b: the command line's options, and TEI written by other projects.
struct OtherRender {
  TemporaryDirectory directory;
  testing::CommandResult result;
  std::vector<std::string> inputs;
  fs::path print() const { return directory.path() / "print"; }
};

// Small files that between them have notes, apparatus, Greek, German with long s, manuscripts'
// line breaks and abbreviations; the FRUS volumes are too slow for every test run (see below).
const std::vector<std::string>& CorpusSubset() {
  static const std::vector<std::string> files = {
      "soldatenbriefe/letter-023.xml", "schnitzler-briefe/L03693.xml", "tei-stylesheets-tests/Test2/inputFiles/testNotes1.xml",
      "tei-stylesheets-tests/Test/testapp2.xml", "isicily/inscriptions/ISic020440.xml"};
  return files;
}

fs::path CorpusDir() { return fs::path(testing::ReferenceDir()) / "tei-corpora"; }

const OtherRender& SharedOtherRender() {
  static const OtherRender* render = [] {
    auto* made = new OtherRender;
    made->inputs.push_back((SharedEdition().tei() / "113009.xml").string());
    for (const std::string& file : CorpusSubset()) {
      if (fs::exists(CorpusDir() / file)) made->inputs.push_back((CorpusDir() / file).string());
    }
    std::vector<std::string> arguments = {"render",  "--pdf",  "--paper", "letter",
                                          "--pdfa",  "--html", (made->directory.path() / "html").string(),
                                          "--print", made->print().string(), "--authority",
                                          testing::SourceDir() + "/tei/authority"};
    arguments.insert(arguments.end(), made->inputs.begin(), made->inputs.end());
    made->result = testing::RunTeipress(arguments);
    return made;
  }();
  return *render;
}

// ---- tests ----

TEST(PrintEdition, EveryDocumentAndTheVolumeHaveAPdfThatOpens) {
  SKIP_WITHOUT_PDF_TOOLS();
  const Edition& edition = SharedEdition();
  EXPECT_EQ(edition.summary.failed, 0) << Describe(edition.diagnostics);
  const auto sources = testing::ShippedSources();
  EXPECT_EQ(static_cast<size_t>(edition.summary.pdfs), sources.size() + 1) << Describe(edition.diagnostics);
  std::vector<fs::path> pdfs = {edition.print() / "edition.pdf"};
  for (const fs::path& source : sources) pdfs.push_back(edition.print() / (source.stem().string() + ".pdf"));
  for (const fs::path& pdf : pdfs) {
    ASSERT_TRUE(fs::exists(pdf)) << pdf << "\n" << Describe(edition.diagnostics);
    const std::string info = PdfInfo(pdf);
    EXPECT_NE(info.find("Pages:"), std::string::npos) << pdf << ": " << info;
    const auto [width, height] = PageSize(info);  // A4 by default
    EXPECT_NEAR(width, 595.28, 0.01) << pdf << ": " << info;
    EXPECT_NEAR(height, 841.89, 0.01) << pdf << ": " << info;
  }
  // No temporary file is left beside the PDFs.
  for (fs::directory_iterator it(edition.print()), end; it != end; ++it) {
    EXPECT_EQ(it->path().string().find(".tmp"), std::string::npos) << it->path();
  }
  std::cout << "[ edition ] " << pdfs.size() << " PDFs built in " << edition.seconds << " s ("
            << (PdfRenderer("").uses_batch_driver() ? "batch driver, one JVM" : "fop command per file") << ")\n";
}

TEST(PrintEdition, FopReportsNoMissingGlyphOrOverflowingLine) {
  SKIP_WITHOUT_PDF_TOOLS();
  const Edition& edition = SharedEdition();
  for (const Diagnostic& d : edition.diagnostics) {
    EXPECT_EQ(d.rule.rfind("fop.", 0), std::string::npos) << FormatGnu(d);
  }
}

TEST(PrintEdition, TheSeedsPdfHasEveryWordOfTheDocument) {
  SKIP_WITHOUT_PDF_TOOLS();
  const Edition& edition = SharedEdition();
  const std::set<std::string> printed = PrintedWords(PdfText(edition.print() / "113009.pdf"));
  std::vector<Diagnostic> ignored;
  XmlDocPtr tei = ReadXmlFile((edition.tei() / "113009.xml").string(), ignored);
  ASSERT_TRUE(tei);
  const std::vector<std::string> words = TextNodeWords(tei.get(), "/tei:TEI/tei:text//text()");
  ASSERT_GT(words.size(), 100u);
  for (const std::string& word : words) EXPECT_TRUE(printed.count(word)) << "'" << word << "' is not in 113009.pdf";
}

// The samples with footnotes ("[1]" markers in the source).
std::vector<std::string> SamplesWithFootnotes() {
  std::vector<std::string> stems;
  for (const fs::path& source : testing::ShippedSources()) {
    if (ReadText(source).find("[1]") != std::string::npos) stems.push_back(source.stem().string());
  }
  return stems;
}

TEST(PrintEdition, EachFootnoteIsOnItsMarkersPage) {
  SKIP_WITHOUT_PDF_TOOLS();
  const Edition& edition = SharedEdition();
  const std::vector<std::string> stems = SamplesWithFootnotes();
  ASSERT_FALSE(stems.empty());
  int checked = 0;
  for (const std::string& stem : stems) {
    std::vector<Diagnostic> ignored;
    XmlDocPtr tei = ReadXmlFile((edition.tei() / (stem + ".xml")).string(), ignored);
    ASSERT_TRUE(tei) << stem;
    const std::vector<std::string> pages = PdfPages(edition.print() / (stem + ".pdf"));
    const int notes = testing::XPathCount(tei.get(), "//tei:text//tei:note[@place='foot']");
    for (int n = 1; n <= notes; ++n) {
      const std::string index = std::to_string(n);
      const std::string note = testing::XPathString(
          tei.get(), "normalize-space((//tei:text//tei:note[@place='foot'])[" + index + "])");
      // The words just before the marker, in the same paragraph.
      const std::string before = testing::XPathString(
          tei.get(), "normalize-space((//tei:text//tei:note[@place='foot'])[" + index +
                         "]/preceding-sibling::text()[1])");
      std::vector<std::string> before_words = testing::Tokens(before);
      ASSERT_FALSE(before_words.empty()) << stem << " note " << n;
      before_words.erase(before_words.begin(), before_words.end() - std::min<ptrdiff_t>(before_words.size(), 4));
      std::string anchor;
      for (const std::string& word : before_words) anchor += word + " ";
      // The page with the note's text (its first words)...
      std::vector<std::string> note_words = testing::Tokens(note);
      note_words.resize(std::min<size_t>(note_words.size(), 6));
      std::string note_start;
      for (const std::string& word : note_words) note_start += word + " ";
      int body_page = -1;
      for (size_t p = 0; p < pages.size(); ++p) {
        if (Compact(pages[p]).find(Compact(note_start)) != std::string::npos) body_page = static_cast<int>(p);
      }
      ASSERT_GE(body_page, 0) << stem << ": footnote " << n << " (" << note_start << ") is on no page";
      // ... has the words the marker follows (glued to them, the marker goes where they go).
      EXPECT_NE(Compact(pages[body_page]).find(Compact(anchor)), std::string::npos)
          << stem << ": footnote " << n << " is on page " << body_page + 1 << " but its marker (after '" << anchor
          << "') is not:\n"
          << pages[body_page];
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

// Physical page index (0-based) of printed page `folio` of the documents: they are numbered from
// 1 after the title page and contents, numbered i, ii, …
struct VolumePages {
  std::vector<std::string> pages;
  size_t front_matter = 0;  // pages before printed page 1
};

VolumePages ReadVolume(const Edition& edition) {
  VolumePages volume;
  volume.pages = PdfPages(edition.print() / "edition.pdf");
  // The first page after the contents that is not a contents page: the first document.
  size_t contents = 0;
  while (contents < volume.pages.size() && volume.pages[contents].find("Contents") == std::string::npos) ++contents;
  size_t first = contents;
  while (first < volume.pages.size() && volume.pages[first].find("Contents") != std::string::npos) ++first;
  volume.front_matter = first;
  return volume;
}

struct ContentsEntry {
  std::string title;
  int page = 0;
};

// The contents' entries: "N. Title  date ..... page", a title possibly over several lines.
std::vector<ContentsEntry> ContentsEntries(const VolumePages& volume) {
  std::vector<ContentsEntry> entries;
  const std::regex number_line(R"(^\s*(\d+)\.\s+(.*)$)");
  // The page number comes after the dot leader (a title may end with a number of its own).
  const std::regex page_at_end(R"(^(.*?)(?:\s*\.){3,}\s*(\d+)\s*$)");
  for (size_t p = 0; p < volume.front_matter; ++p) {
    std::istringstream lines(volume.pages[p]);
    std::string line, title;
    bool open = false;
    while (std::getline(lines, line)) {
      std::smatch match;
      if (!open && std::regex_match(line, match, number_line)) {
        open = true;
        title = match[2];
      } else if (open) {
        title += " " + line;
      }
      if (open && std::regex_match(title, match, page_at_end)) {
        entries.push_back({match[1], std::stoi(match[2])});
        open = false;
      }
    }
  }
  return entries;
}

TEST(PrintEdition, ContentsPageNumbersAreWhereTheDocumentsStart) {
  SKIP_WITHOUT_PDF_TOOLS();
  const VolumePages volume = ReadVolume(SharedEdition());
  const std::vector<ContentsEntry> entries = ContentsEntries(volume);
  ASSERT_EQ(entries.size(), testing::ShippedSources().size()) << volume.pages[1];
  for (const ContentsEntry& entry : entries) {
    const size_t page = volume.front_matter + static_cast<size_t>(entry.page) - 1;
    ASSERT_LT(page, volume.pages.size()) << entry.title;
    // The title's first words (the contents entry ends with the date, which the page has too).
    std::vector<std::string> words = testing::Tokens(entry.title);
    words.resize(std::min<size_t>(words.size(), 4));
    std::string start;
    for (const std::string& word : words) start += word + " ";
    EXPECT_TRUE(ContainsWords(volume.pages[page], start))
        << "contents: '" << entry.title << "' on page " << entry.page << ", but that page reads:\n"
        << volume.pages[page].substr(0, 400);
    EXPECT_FALSE(page > volume.front_matter && ContainsWords(volume.pages[page - 1], start))
        << "'" << entry.title << "' starts before page " << entry.page;
  }
}

// Page numbers printed for `person` in the index, and every name the person goes by.
std::vector<int> IndexLocators(const VolumePages& volume, const std::string& main_name) {
  std::vector<int> locators;
  for (size_t p = volume.front_matter; p < volume.pages.size(); ++p) {
    const std::string& page = volume.pages[p];
    if (page.find("Index of Persons") == std::string::npos) continue;
    // The main entry: the name, its pseudonyms in parentheses, then the page numbers (cross
    // references from pseudonyms, "Filippov, pseudonym, see Joseph Stalin", have none).
    for (size_t at = page.find(main_name); at != std::string::npos; at = page.find(main_name, at + 1)) {
      std::string rest = page.substr(at + main_name.size(), 400);
      const size_t close = rest.find(')');
      if (rest.find('(') < 3 && close != std::string::npos) rest = rest.substr(close + 1);
      const std::regex locator(R"(^[\s,]*(\d+))");
      std::smatch match;
      while (std::regex_search(rest, match, locator)) {
        locators.push_back(std::stoi(match[1]));
        rest = match.suffix();
      }
    }
  }
  return locators;
}

TEST(PrintEdition, TheIndexOfPersonsListsPagesThatNameThem) {
  SKIP_WITHOUT_PDF_TOOLS();
  const VolumePages volume = ReadVolume(SharedEdition());
  std::vector<Diagnostic> ignored;
  XmlDocPtr persons = ReadXmlFile(testing::SourceDir() + "/tei/authority/persons.xml", ignored);
  ASSERT_TRUE(persons);
  for (const std::string id : {"stalin", "kim-il-sung", "gromyko"}) {
    const std::string main_name =
        testing::XPathString(persons.get(), "normalize-space(//tei:person[@xml:id='" + id + "']/tei:persName[@type='main'])");
    const std::vector<int> locators = IndexLocators(volume, main_name);
    ASSERT_FALSE(locators.empty()) << main_name << " has no page numbers in the index";
    const int names = testing::XPathCount(persons.get(), "//tei:person[@xml:id='" + id + "']/tei:persName");
    for (int folio : locators) {
      const size_t page = volume.front_matter + static_cast<size_t>(folio) - 1;
      ASSERT_LT(page, volume.pages.size());
      bool named = false;
      for (int n = 1; n <= names && !named; ++n) {
        const std::string name = testing::XPathString(
            persons.get(), "normalize-space(//tei:person[@xml:id='" + id + "']/tei:persName[" + std::to_string(n) + "])");
        named = Compact(volume.pages[page]).find(Compact(name)) != std::string::npos;
      }
      EXPECT_TRUE(named) << main_name << ": the index says page " << folio << ", which does not name them:\n"
                         << volume.pages[page].substr(0, 600);
    }
  }
}

TEST(PrintEdition, LetterPaperAndPdfAByOption) {
  SKIP_WITHOUT_PDF_TOOLS();
  const OtherRender& render = SharedOtherRender();
  EXPECT_EQ(render.result.exit_code, 0) << render.result.output;
  const fs::path seed = render.print() / "113009.pdf";
  ASSERT_TRUE(fs::exists(seed)) << render.result.output;
  const auto [width, height] = PageSize(PdfInfo(seed));
  EXPECT_NEAR(width, 612, 0.01) << PdfInfo(seed);
  EXPECT_NEAR(height, 792, 0.01) << PdfInfo(seed);
  const std::string metadata = PdfInfo(seed, true);
  EXPECT_TRUE(std::regex_search(metadata, std::regex(R"(pdfaid:part[^0-9]{0,3}1)"))) << metadata;
  EXPECT_TRUE(std::regex_search(metadata, std::regex(R"(pdfaid:conformance[^A-Z]{0,3}B)"))) << metadata;
}

// The share of `tei`'s words (all its text, header included: the print edition prints the
// header's rest in an appendix) that the PDF has, and the first words it misses. A word counts
// as printed when the PDF has it as a word, or has its letters in sequence (a word the TEI splits
// with markup, "20<hi>ten</hi>", or a URL broken over two lines).
double ShareOfWordsPrinted(const fs::path& tei, const fs::path& pdf, std::string& misses) {
  // Read as `teipress render` reads it: without XInclude.
  std::vector<Diagnostic> ignored;
  XmlDocPtr document = ReadXmlFile(tei.string(), ignored);
  if (!document) return 0;
  const std::string text = PdfText(pdf);
  const std::set<std::string> printed = PrintedWords(text);
  const std::string letters = Compact(text, true);
  const std::vector<std::string> words = TextNodeWords(document.get(), "//text()");
  size_t found = 0;
  int listed = 0;
  for (const std::string& word : words) {
    if (printed.count(word) || letters.find(Compact(word, true)) != std::string::npos) {
      ++found;
    } else if (listed++ < 20) {
      misses += "'" + word + "' ";
    }
  }
  return words.empty() ? 1.0 : static_cast<double>(found) / static_cast<double>(words.size());
}

TEST(PrintEdition, OtherProjectsTeiRendersWithItsTextComplete) {
  SKIP_WITHOUT_PDF_TOOLS();
  const OtherRender& render = SharedOtherRender();
  EXPECT_EQ(render.result.exit_code, 0) << render.result.output;
  ASSERT_EQ(render.inputs.size(), CorpusSubset().size() + 1);
  for (size_t i = 1; i < render.inputs.size(); ++i) {
    const fs::path tei = render.inputs[i];
    const fs::path pdf = render.print() / (tei.stem().string() + ".pdf");
    ASSERT_TRUE(fs::exists(pdf)) << pdf << "\n" << render.result.output;
    std::string misses;
    const double share = ShareOfWordsPrinted(tei, pdf, misses);
    EXPECT_GE(share, 0.995) << tei << ": " << share * 100 << "% of its words are in the PDF; missing: " << misses;
  }
}

// Every file of the reference corpora (not the XInclude fragments), in one `teipress render
// --pdf` run. Opt-in (TEIPRESS_FULL_CORPORA=1): the two FRUS volumes alone take minutes.
TEST(PrintEdition, AllReferenceCorporaRenderWithTheirTextComplete) {
  SKIP_WITHOUT_PDF_TOOLS();
  const char* wanted = std::getenv("TEIPRESS_FULL_CORPORA");
  if (!wanted || std::string(wanted) != "1") GTEST_SKIP() << "set TEIPRESS_FULL_CORPORA=1 to render every corpus file";
  std::vector<std::string> inputs;
  for (fs::recursive_directory_iterator it(CorpusDir()), end; it != end; ++it) {
    const std::string path = it->path().string();
    if (it->path().extension() != ".xml" || path.find("/alists/") != std::string::npos ||
        path.find("testxi-inc") != std::string::npos) {
      continue;
    }
    inputs.push_back(path);
  }
  std::sort(inputs.begin(), inputs.end());
  TemporaryDirectory directory;
  std::vector<std::string> arguments = {"render", "--pdf", "--html", (directory.path() / "html").string(), "--print",
                                        (directory.path() / "print").string()};
  arguments.insert(arguments.end(), inputs.begin(), inputs.end());
  const auto start = std::chrono::steady_clock::now();
  const testing::CommandResult result = testing::RunTeipress(arguments);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(result.exit_code, 0) << result.output;
  for (const fs::path tei : inputs) {
    const fs::path pdf = directory.path() / "print" / (tei.stem().string() + ".pdf");
    if (!fs::exists(pdf)) {
      ADD_FAILURE() << tei << ": no PDF";
      continue;
    }
    std::string misses;
    const double share = ShareOfWordsPrinted(tei, pdf, misses);
    std::cout << "[ corpus  ] " << tei.parent_path().filename().string() << "/" << tei.filename().string() << ": "
              << share * 100 << "% of the words" << (misses.empty() ? "" : "; missing: " + misses) << "\n";
    EXPECT_GE(share, 0.995) << tei;
  }
  std::cout << "[ corpus  ] " << inputs.size() << " files rendered in " << seconds << " s\n";
}

// A character no configured font has: an error naming the document and the character, and no
// PDF; the same through the batch driver and through the per-file `fop` command.
TEST(PrintEdition, AMissingGlyphFailsTheDocument) {
  SKIP_WITHOUT_PDF_TOOLS();
  TemporaryDirectory directory;
  const fs::path fo = directory.path() / "private-use.fo";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(
      fo,
      "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format' font-family='Noto Serif, Symbola'>"
      "<fo:layout-master-set><fo:simple-page-master master-name='p' page-width='210mm' page-height='297mm'>"
      "<fo:region-body margin='20mm'/></fo:simple-page-master></fo:layout-master-set>"
      "<fo:page-sequence master-reference='p'><fo:flow flow-name='xsl-region-body'>"
      "<fo:block>A private character: \xEE\x80\x80.</fo:block></fo:flow></fo:page-sequence></fo:root>",
      error));
  for (const bool per_file_command : {false, true}) {
    if (per_file_command) ::setenv("TEIPRESS_FOP_DRIVER", "command", 1);
    const PdfRenderer renderer(testing::SourceDir() + "/xslt/print/fop.xconf");
    if (per_file_command) ::unsetenv("TEIPRESS_FOP_DRIVER");
    if (!per_file_command && !renderer.uses_batch_driver()) {
      if (testing::RequireAll()) ADD_FAILURE() << "FOP's batch driver was not built (install a JDK: default-jdk-headless)";
      continue;
    }
    if (per_file_command && FindOnPath("fop").empty()) continue;
    const fs::path pdf = directory.path() / (per_file_command ? "command.pdf" : "driver.pdf");
    std::vector<Diagnostic> diagnostics;
    EXPECT_EQ(renderer.Render({{fo.string(), pdf.string(), "private-use.xml"}}, diagnostics), 1);
    EXPECT_FALSE(fs::exists(pdf));
    const bool named = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
      return d.rule == "fop.glyph-missing" && d.severity == Severity::kError && d.file == "private-use.xml" &&
             d.message.find("0xe000") != std::string::npos;
    });
    EXPECT_TRUE(named) << (per_file_command ? "fop command: " : "batch driver: ") << Describe(diagnostics);
  }
}

}  // namespace
}  // namespace teipress
