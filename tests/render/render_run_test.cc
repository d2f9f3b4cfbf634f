// `teipress render` outside a build: pages that stand alone (assets beside them, no link to a page
// that is not there), and every file it cannot render refused with a diagnostic naming it.
#include "render_run.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;

constexpr const char* kLetter =
    "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt>"
    "<publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>"
    "<text><body><p>Dear <persName ref='#anna'>Anna</persName>, I write from <placeName ref='#wien'>Vienna</placeName>."
    "</p></body></text></TEI>";

std::string Write(const fs::path& path, const std::string& contents) {
  std::string error;
  EXPECT_TRUE(WriteFileAtomically(path, contents, error)) << error;
  return path.string();
}

RenderRunOptions Options(const TemporaryDirectory& directory, std::vector<std::string> files) {
  RenderRunOptions options;
  options.files = std::move(files);
  options.data_dir = testing::SourceDir();
  options.html_dir = (directory.path() / "html").string();
  options.print_dir = (directory.path() / "print").string();
  return options;
}

bool HasRule(const std::vector<Diagnostic>& diagnostics, const std::string& file, const std::string& rule) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) {
    return d.file == file && d.rule == rule && d.severity == Severity::kError;
  });
}

TEST(RenderRun, PagesStandAloneWithTheirAssetsAndNoLinkToAPageThatIsNotThere) {
  InitializeXmlLibraries();
  TemporaryDirectory directory;
  const std::string letter = Write(directory.path() / "letter.xml", kLetter);
  std::vector<Diagnostic> diagnostics;
  const RenderRunSummary summary = RenderFiles(Options(directory, {letter}), diagnostics);
  EXPECT_EQ(summary.rendered, 1u);
  for (const char* asset : {"edition.css", "edition.js"}) {
    EXPECT_EQ(ReadText(directory.path() / "html" / asset), ReadText(fs::path(testing::SourceDir()) / "xslt/html/assets" / asset));
  }
  const std::string page = ReadText(directory.path() / "html/letter.html");
  EXPECT_NE(page.find("href=\"edition.css\""), std::string::npos);
  for (const char* missing : {"index.html", "persons.html", "places.html", "orgs.html"}) {
    EXPECT_EQ(page.find(missing), std::string::npos) << missing << " is linked but was not made:\n" << page;
  }
  EXPECT_NE(page.find("Anna"), std::string::npos);
  EXPECT_TRUE(fs::exists(directory.path() / "print/letter.fo"));
}

// A document assembled with XInclude (a chapter in a file of its own): rendered whole only when
// asked to process XInclude; without it, the part is missing and a warning says how to get it.
TEST(RenderRun, XIncludedPartsAreRenderedOnlyWithXInclude) {
  InitializeXmlLibraries();
  TemporaryDirectory directory;
  Write(directory.path() / "chapter.xml",
        "<div xmlns='http://www.tei-c.org/ns/1.0'><p>The included chapter's sentence.</p></div>");
  std::string book = kLetter;
  book.replace(book.find("</body>"), 0,
               "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='chapter.xml'/>");
  const std::string file = Write(directory.path() / "book.xml", book);
  for (const bool xinclude : {false, true}) {
    RenderRunOptions options = Options(directory, {file});
    options.read_options.xinclude = xinclude;
    std::vector<Diagnostic> diagnostics;
    EXPECT_EQ(RenderFiles(options, diagnostics).rendered, 1u);
    const bool warned = std::any_of(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.rule == "xml.xinclude-not-processed"; });
    EXPECT_EQ(warned, !xinclude);
    for (const char* output : {"html/book.html", "print/book.fo"}) {
      EXPECT_EQ(ReadText(directory.path() / output).find("included chapter") != std::string::npos, xinclude)
          << output << (xinclude ? " lacks" : " has") << " the included text";
    }
  }
}

// A data directory without the HTML edition's script (a broken installation): the page is still
// written, the script named as missing, and the run counts as a failed write.
TEST(RenderRun, AMissingAssetOfTheDataDirectoryIsNamed) {
  InitializeXmlLibraries();
  TemporaryDirectory directory;
  const fs::path data = directory.path() / "data";
  const fs::path source = fs::path(testing::SourceDir()) / "xslt";
  for (fs::recursive_directory_iterator it(source), end; it != end; ++it) {
    const fs::path target = data / "xslt" / fs::relative(it->path(), source);
    if (fs::is_directory(it->status())) fs::create_directories(target);
    else fs::copy_file(it->path(), target);
  }
  fs::remove(data / "xslt/html/assets/edition.js");
  const std::string letter = Write(directory.path() / "letter.xml", kLetter);
  RenderRunOptions options = Options(directory, {letter});
  options.data_dir = data.string();
  std::vector<Diagnostic> diagnostics;
  const RenderRunSummary summary = RenderFiles(options, diagnostics);
  EXPECT_TRUE(summary.write_failed);
  EXPECT_TRUE(HasRule(diagnostics, (data / "xslt/html/assets/edition.js").string(), "render.missing-asset"));
  EXPECT_EQ(ReadText(directory.path() / "html/edition.css"), ReadText(source / "html/assets/edition.css"));
  EXPECT_FALSE(fs::exists(directory.path() / "html/edition.js"));
  EXPECT_TRUE(fs::exists(directory.path() / "html/letter.html"));
}

TEST(RenderRun, PagesLinkTheRegistersABuildHasMade) {
  InitializeXmlLibraries();
  TemporaryDirectory directory;
  const std::string letter = Write(directory.path() / "letter.xml", kLetter);
  fs::create_directories(directory.path() / "html");
  Write(directory.path() / "html/index.html", "<!DOCTYPE html><title>index</title>");
  Write(directory.path() / "html/persons.html", "<!DOCTYPE html><title>persons</title>");
  std::vector<Diagnostic> diagnostics;
  RenderFiles(Options(directory, {letter}), diagnostics);
  const std::string page = ReadText(directory.path() / "html/letter.html");
  EXPECT_NE(page.find("href=\"index.html\""), std::string::npos);
  EXPECT_NE(page.find("href=\"persons.html#anna\""), std::string::npos);
  EXPECT_EQ(page.find("places.html"), std::string::npos) << "no places page was made";
}

struct RefusalCase {
  const char* label;
  std::string contents;  // empty: the path is a folder, or (missing) does not exist
  bool folder;
  bool missing;
  const char* rule;
  bool caller_fault;  // unreadable (exit 2) rather than refused (exit 1)
};

class RenderRunRefusal : public ::testing::TestWithParam<RefusalCase> {};

TEST_P(RenderRunRefusal, NamesTheFileAndWritesNothingForIt) {
  InitializeXmlLibraries();
  const RefusalCase& c = GetParam();
  TemporaryDirectory directory;
  const fs::path input = directory.path() / "input.xml";
  if (c.folder) fs::create_directories(input);
  if (!c.folder && !c.missing) Write(input, c.contents);
  std::vector<Diagnostic> diagnostics;
  const RenderRunSummary summary = RenderFiles(Options(directory, {input.string()}), diagnostics);
  EXPECT_EQ(summary.rendered, 0u);
  EXPECT_EQ(c.caller_fault ? summary.unreadable : summary.refused, 1u);
  EXPECT_TRUE(HasRule(diagnostics, input.string(), c.rule)) << c.label;
  EXPECT_FALSE(fs::exists(directory.path() / "html/input.html"));
  EXPECT_FALSE(fs::exists(directory.path() / "print/input.fo"));
}

INSTANTIATE_TEST_SUITE_P(
    Table, RenderRunRefusal,
    ::testing::Values(
        RefusalCase{"a folder", "", true, false, "render.folder", true},
        RefusalCase{"a missing file", "", false, true, "io.read", true},
        RefusalCase{"XML that is not TEI", "<html><body><p>a web page</p></body></html>", false, false,
                    "input.not-tei", false},
        RefusalCase{"TEI without its namespace", "<TEI><text><body><p>x</p></body></text></TEI>", false, false,
                    "input.not-tei", false},
        RefusalCase{"an XInclude fragment", "<div xmlns='http://www.tei-c.org/ns/1.0'><p>x</p></div>", false, false,
                    "input.not-tei", false}),
    [](const ::testing::TestParamInfo<RefusalCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(RenderRun, TwoFilesOfOneNameAreNotRenderedOverEachOther) {
  InitializeXmlLibraries();
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "a");
  fs::create_directories(directory.path() / "b");
  const std::string first = Write(directory.path() / "a/letter.xml", kLetter);
  const std::string second = Write(directory.path() / "b/letter.xml", kLetter);
  std::vector<Diagnostic> diagnostics;
  const RenderRunSummary summary = RenderFiles(Options(directory, {first, second}), diagnostics);
  EXPECT_EQ(summary.rendered, 1u);
  EXPECT_TRUE(HasRule(diagnostics, second, "render.same-name"));
}

TEST(RenderRun, NotTeiReasonSaysWhatToDo) {
  EXPECT_EQ(NotTeiReason("TEI", "http://www.tei-c.org/ns/1.0"), "");
  EXPECT_EQ(NotTeiReason("teiCorpus", "http://www.tei-c.org/ns/1.0"), "");
  EXPECT_NE(NotTeiReason("TEI.2", "").find("TEI P4"), std::string::npos);
  EXPECT_NE(NotTeiReason("TEI", "").find("xmlns=\"http://www.tei-c.org/ns/1.0\""), std::string::npos);
  EXPECT_NE(NotTeiReason("html", "http://www.w3.org/1999/xhtml").find("<html>"), std::string::npos);
}

TEST(RenderRun, TheSummarySaysWhatHappened) {
  RenderRunSummary summary;
  summary.files = 3;
  summary.rendered = 1;
  summary.refused = 1;
  summary.unreadable = 1;
  summary.pdfs = 1;
  EXPECT_EQ(DescribeRenderRun(summary, true),
            "3 files: 1 rendered, 1 not TEI or not well-formed, 1 not found or not a file; 1 PDF");
  EXPECT_EQ(DescribeRenderRun(summary, false), "3 files: 1 rendered, 1 not TEI or not well-formed, 1 not found or not a file");
}

}  // namespace
}  // namespace teipress
