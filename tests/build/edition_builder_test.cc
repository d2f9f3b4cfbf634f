// The whole edition from one command, as `teipress build` makes it: TEI, HTML and PDF in a
// temporary directory, incremental rebuilds, and editors' work left alone.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "data_paths.h"
#include "edition_builder.h"
#include "file_io.h"
#include "process.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;
using testing::Tokens;

BuildOptions OptionsFor(const TemporaryDirectory& directory, const fs::path& sources) {
  BuildOptions options;
  options.sources_dir = sources.string();
  options.tei_dir = (directory.path() / "tei").string();
  options.authority_dir = testing::SourceDir() + "/tei/authority";
  options.out_dir = (directory.path() / "output").string();
  options.data_dir = testing::SourceDir();
  options.jobs = 2;
  return options;
}

std::string Describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

// The text of an HTML page without its tags (entities for < > & decoded). Inline tags split no
// words, so nothing is inserted where a tag was.
std::string VisibleText(const std::string& html) {
  std::string text;
  bool in_tag = false;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') in_tag = true;
    if (!in_tag) text += html[i];
    if (html[i] == '>') in_tag = false;
  }
  for (const auto& [entity, character] : {std::pair<std::string, std::string>{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"},
                                          {"&quot;", "\""}, {"&#39;", "'"}}) {
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
      text.replace(at, entity.size(), character);
    }
  }
  return text;
}

// Words of the source's body (after the Contents list), without the punctuation around them.
std::vector<std::string> BodyWords(const std::string& source) {
  const size_t contents = source.find("Contents:");
  const size_t body = source.find("\n\n", source.find("\n- ", contents));
  std::string text = source.substr(body);
  for (char& c : text) {
    if (c == '[' || c == ']' || c == '(' || c == ')' || c == ',' || c == ';' || c == ':' || c == '"' || c == '!' ||
        c == '?') {
      c = ' ';
    }
  }
  std::vector<std::string> words;
  for (std::string word : Tokens(text)) {
    while (!word.empty() && word.back() == '.') word.pop_back();
    if (!word.empty()) words.push_back(word);
  }
  return words;
}

TEST(EditionBuilder, BuildsTheSeedEditionWithPdf) {
  if (FindOnPath("fop").empty() || FindOnPath("pdftotext").empty()) GTEST_SKIP() << "fop or pdftotext is not installed";
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "sources");
  fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt", directory.path() / "sources/113009.txt");
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(OptionsFor(directory, directory.path() / "sources"), diagnostics);
  EXPECT_EQ(summary.failed, 0) << Describe(diagnostics);
  EXPECT_EQ(summary.converted, 1);
  EXPECT_EQ(summary.valid, 1);
  const fs::path out = directory.path() / "output";
  for (const char* file : {"html/index.html", "html/113009.html", "print/113009.fo", "print/113009.pdf",
                           "print/edition.pdf", "html/search-index.js", "html/persons.html"}) {
    EXPECT_TRUE(fs::exists(out / file)) << file << "\n" << Describe(diagnostics);
  }
  const ProcessResult pdf = RunProcess({FindOnPath("pdftotext"), (out / "print/113009.pdf").string(), "-"});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.output;
  const std::vector<std::string> pdf_words = Tokens(pdf.output);
  const std::string pdf_text = " " + [&] {
    std::string joined;
    for (const std::string& word : pdf_words) joined += word + " ";
    return joined;
  }();
  for (const char* phrase : {"We received your telegram of August 27.", "representatives of neutral states",
                             "communicate this to Comrade Kim Il Sung.", "FILIPPOV [Stalin]", "[an indication]"}) {
    EXPECT_NE(pdf_text.find(phrase), std::string::npos) << phrase;
  }

  // A second build with nothing changed converts, renders and prints nothing, the volume included.
  // Nanoseconds: a rewrite within the same second must still show.
  auto modified = [](const fs::path& file) {
    struct stat info {};
    return ::stat(file.c_str(), &info) == 0 ? info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec : -1LL;
  };
  const long long volume_time = modified(out / "print/edition.pdf");
  std::vector<Diagnostic> again_diagnostics;
  const BuildSummary again = BuildEdition(OptionsFor(directory, directory.path() / "sources"), again_diagnostics);
  EXPECT_EQ(again.failed, 0) << Describe(again_diagnostics);
  EXPECT_EQ(again.converted, 0);
  EXPECT_EQ(again.rendered, 0);
  EXPECT_EQ(again.up_to_date, 1);
  EXPECT_EQ(again.pdfs, 0);
  EXPECT_EQ(modified(out / "print/edition.pdf"), volume_time);
}

TEST(EditionBuilder, BuildsEveryShippedSourceAndLosesNoWordInHtml) {
  TemporaryDirectory directory;
  BuildOptions options = OptionsFor(directory, fs::path(testing::SourceDir()) / "sources");
  options.pdf = false;
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  const size_t sources = testing::ShippedSources().size();
  EXPECT_EQ(summary.failed, 0) << Describe(diagnostics);
  EXPECT_EQ(static_cast<size_t>(summary.valid), sources);
  for (const fs::path& source : testing::ShippedSources()) {
    const fs::path page = directory.path() / "output/html" / (source.stem().string() + ".html");
    ASSERT_TRUE(fs::exists(page)) << page;
    const std::string html = VisibleText(ReadText(page));
    for (const std::string& word : BodyWords(ReadText(source))) {
      EXPECT_NE(html.find(word), std::string::npos) << source.filename() << ": '" << word << "' is missing";
    }
  }
  // The index's person filter names each person once (the catalog holds the authority files).
  const std::string index = ReadText(directory.path() / "output/html/index.html");
  EXPECT_NE(index.find(">Joseph Stalin<span"), std::string::npos);
  EXPECT_EQ(index.find("Joseph StalinJoseph Stalin"), std::string::npos);

  // Nothing changed: a second build renders nothing again.
  std::vector<Diagnostic> second;
  const BuildSummary again = BuildEdition(options, second);
  EXPECT_EQ(again.converted, 0);
  EXPECT_EQ(again.rendered, 0);
  EXPECT_EQ(static_cast<size_t>(again.up_to_date), sources);
}

TEST(EditionBuilder, KeepsTeiThatAnEditorChanged) {
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "sources");
  fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt", directory.path() / "sources/113009.txt");
  BuildOptions options = OptionsFor(directory, directory.path() / "sources");
  options.pdf = false;
  std::vector<Diagnostic> diagnostics;
  BuildEdition(options, diagnostics);
  const fs::path tei = directory.path() / "tei/113009.xml";
  std::string edited = ReadText(tei);
  const size_t at = edited.find("Stalin agrees with Mao");
  ASSERT_NE(at, std::string::npos);
  edited.replace(at, 6, "STALIN");  // an editor's correction
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei, edited, error));
  std::vector<Diagnostic> second;
  const BuildSummary summary = BuildEdition(options, second);
  EXPECT_EQ(summary.kept_edited, 1);
  EXPECT_EQ(ReadText(tei), edited);
  const bool warned = std::any_of(second.begin(), second.end(), [](const Diagnostic& d) {
    return d.rule == "convert.kept-edited" && d.severity == Severity::kWarning;
  });
  EXPECT_TRUE(warned) << Describe(second);
}

TEST(EditionBuilder, AnInvalidDocumentDoesNotStopTheOthers) {
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "sources");
  fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt", directory.path() / "sources/113009.txt");
  BuildOptions options = OptionsFor(directory, directory.path() / "sources");
  options.pdf = false;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "tei/broken.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops/>", error));
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  EXPECT_EQ(summary.valid, 1);
  EXPECT_EQ(summary.invalid, 1);
  EXPECT_GE(summary.failed, 1);
  EXPECT_TRUE(fs::exists(directory.path() / "output/html/113009.html"));
  const bool located = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.file.find("broken.xml") != std::string::npos && d.line == 1 && d.severity == Severity::kError;
  });
  EXPECT_TRUE(located) << Describe(diagnostics);
}


TEST(EditionBuilder, AnAssetThatCannotBeCopiedIsAnErrorNamingIt) {
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "sources");
  fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt", directory.path() / "sources/113009.txt");
  BuildOptions options = OptionsFor(directory, directory.path() / "sources");
  options.pdf = false;
  // A directory where the stylesheet's CSS should go: the copy cannot replace it.
  fs::create_directories(directory.path() / "output/html/edition.css/occupied");
  std::vector<Diagnostic> diagnostics;
  BuildEdition(options, diagnostics);
  const bool named = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "io.write" && d.severity == Severity::kError && d.file.find("edition.css") != std::string::npos;
  });
  EXPECT_TRUE(named) << Describe(diagnostics);
  EXPECT_TRUE(fs::exists(directory.path() / "output/html/edition.js"));
}

TEST(EditionBuilder, ExplainsWhyEachOutputIsMade) {
  TemporaryDirectory directory;
  fs::create_directories(directory.path() / "sources");
  fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt", directory.path() / "sources/113009.txt");
  BuildOptions options = OptionsFor(directory, directory.path() / "sources");
  options.pdf = false;
  options.explain = true;
  std::vector<Diagnostic> diagnostics;
  const BuildSummary first = BuildEdition(options, diagnostics);
  auto reason_for = [](const BuildSummary& summary, const std::string& suffix) -> std::string {
    for (const PlannedOutput& output : summary.rebuilt) {
      if (output.path.size() >= suffix.size() && output.path.compare(output.path.size() - suffix.size(), suffix.size(), suffix) == 0) {
        return output.reason;
      }
    }
    return "(not rebuilt)";
  };
  EXPECT_EQ(reason_for(first, "html/113009.html"), "it does not exist");
  EXPECT_EQ(reason_for(first, "print/113009.fo"), "it does not exist");
  const BuildSummary again = BuildEdition(options, diagnostics);
  EXPECT_EQ(reason_for(again, "html/113009.html"), "(not rebuilt)");
  // An editor's change to the TEI makes its page stale, and the explanation names the TEI.
  const fs::path tei = directory.path() / "tei/113009.xml";
  std::string edited_tei = ReadText(tei);
  const size_t at = edited_tei.find("monitors and witnesses");
  ASSERT_NE(at, std::string::npos);
  edited_tei.replace(at, 8, "MONITORS");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei, edited_tei, error));
  const BuildSummary edited = BuildEdition(options, diagnostics);
  EXPECT_EQ(reason_for(edited, "html/113009.html"), tei.string() + " changed");
  EXPECT_EQ(reason_for(edited, "html/index.html"), "(not rebuilt)") << "the entry the index shows is the same";
  EXPECT_EQ(reason_for(edited, "html/search-index.js"), "the entries of 1 document changed (113009)");
}

}  // namespace
}  // namespace teipress
