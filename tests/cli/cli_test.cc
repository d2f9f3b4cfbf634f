// The command-line contract users' scripts rely on: subcommands, --help, --version, exit
// statuses 0/1/2, and what each command writes where.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::RunTeipress;
using testing::TemporaryDirectory;

const std::string kSeed = testing::SourceDir() + "/sources/wilson/113009.txt";

TEST(Cli, PrintsVersionAndHelp) {
  const auto version = RunTeipress({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  // The data directory it uses, and why: RunTeipress points TEIPRESS_DATA_DIR at the checkout.
  EXPECT_EQ(version.output,
            std::string("teipress ") + TEIPRESS_VERSION + "\ndata: " + testing::SourceDir() + " (TEIPRESS_DATA_DIR)\n");
  for (const char* command : {"convert", "validate", "render", "totext", "build"}) {
    const auto help = RunTeipress({command, "--help"});
    EXPECT_EQ(help.exit_code, 0) << command;
    EXPECT_NE(help.output.find(std::string("usage: teipress ") + command), std::string::npos) << command;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunTeipress({}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"convert"}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"convert", "--bogus", kSeed}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"validate", "--format", "yaml", kSeed}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"validate", "--jobs", "0", kSeed}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"validate", "--engine", "jing", kSeed}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"convert", "-o", "-", "/nonexistent/file.txt"}).exit_code, 2);
}

TEST(Cli, ConvertWritesTheRecordAndRefusesToOverwriteEdits) {
  TemporaryDirectory directory;
  const std::string out = (directory.path() / "tei").string();
  const auto first = RunTeipress({"convert", "-o", out, kSeed});
  ASSERT_EQ(first.exit_code, 0) << first.output;
  const fs::path tei = directory.path() / "tei/113009.xml";
  ASSERT_TRUE(fs::exists(tei));
  // Converting again over an untouched file is fine.
  EXPECT_EQ(RunTeipress({"convert", "-o", out, kSeed}).exit_code, 0);
  // An editor's change is protected unless --force.
  std::string edited = ReadText(tei);
  edited.insert(edited.find("</body>"), "<!-- checked by the editor -->");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei, edited, error));
  const auto refused = RunTeipress({"convert", "-o", out, kSeed});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.output.find("edited since teipress generated it"), std::string::npos) << refused.output;
  EXPECT_EQ(ReadText(tei), edited);
  EXPECT_EQ(RunTeipress({"convert", "--force", "-o", out, kSeed}).exit_code, 0);
  EXPECT_NE(ReadText(tei), edited);
}

// Two sources naming one archive record (a re-downloaded "113009 (1).txt") are not both written
// to tei/113009.xml: the first given wins, the second is named with a warning, exit status 1.
TEST(Cli, ConvertWritesOneFilePerRecordAndNamesTheDuplicate) {
  TemporaryDirectory directory;
  const fs::path copy = directory.path() / "113009 (1).txt";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(copy, ReadText(kSeed) + "\nA line only in the copy.\n", error)) << error;
  const std::string out = (directory.path() / "tei").string();
  const auto result = RunTeipress({"convert", "-o", out, kSeed, copy.string()});
  EXPECT_EQ(result.exit_code, 1) << result.output;
  EXPECT_NE(result.output.find(copy.string() + ": warning: names the same record (113009)"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("[convert.duplicate-record]"), std::string::npos) << result.output;
  EXPECT_EQ(ReadText(directory.path() / "tei/113009.xml").find("only in the copy"), std::string::npos);
}

TEST(Cli, ConvertToStandardOutputAndBack) {
  const auto converted = RunTeipress({"convert", "-o", "-", kSeed});
  ASSERT_EQ(converted.exit_code, 0);
  EXPECT_NE(converted.output.find("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"wcda-113009\""), std::string::npos);
  TemporaryDirectory directory;
  ASSERT_EQ(RunTeipress({"convert", "-o", directory.path().string(), kSeed}).exit_code, 0);
  const auto text = RunTeipress({"totext", (directory.path() / "113009.xml").string()});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(testing::Tokens(text.output), testing::Tokens(ReadText(kSeed)));
}

TEST(Cli, InvalidInputGivesPositionAndNoFile) {
  TemporaryDirectory directory;
  const fs::path bad = directory.path() / "bad.txt";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(bad, "\n\nTitle\n\nline \xC3\x28 here\n", error));
  const auto result = RunTeipress({"convert", "-o", (directory.path() / "out").string(), bad.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("bad.txt:5:6: error: invalid UTF-8"), std::string::npos) << result.output;
  EXPECT_FALSE(fs::exists(directory.path() / "out"));
}

TEST(Cli, ValidateReportsInvalidFilesAndExitsWithOne) {
  TemporaryDirectory directory;
  ASSERT_EQ(RunTeipress({"convert", "-o", directory.path().string(), kSeed}).exit_code, 0);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "broken.xml", "<TEI>\n  <unclosed>\n</TEI>\n", error));
  const auto result = RunTeipress({"validate", directory.path().string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("2 files: 1 valid, 1 invalid"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("broken.xml:3:"), std::string::npos) << result.output;
  const auto valid = RunTeipress({"validate", (directory.path() / "113009.xml").string()});
  EXPECT_EQ(valid.exit_code, 0) << valid.output;
  EXPECT_NE(valid.output.find("1 files: 1 valid, 0 invalid"), std::string::npos);
}

// Both RELAX NG engines give the verdict; each file is reported with every error it has.
TEST(Cli, ValidatesWithEitherEngine) {
  TemporaryDirectory directory;
  ASSERT_EQ(RunTeipress({"convert", "-o", directory.path().string(), kSeed}).exit_code, 0);
  std::string tei = ReadText(directory.path() / "113009.xml");
  // Two independent mistakes: an attribute the schema does not allow, and a second one further on.
  tei.replace(tei.find("<teiHeader"), 10, "<teiHeader bogus=\"1\"");
  tei.replace(tei.find("<body"), 5, "<body other=\"2\"");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "two-errors.xml", tei, error));
  for (const char* engine : {"teipress", "libxml2"}) {
    const auto valid = RunTeipress({"validate", "--engine", engine, (directory.path() / "113009.xml").string()});
    EXPECT_EQ(valid.exit_code, 0) << engine << "\n" << valid.output;
    const auto invalid = RunTeipress({"validate", "--engine", engine, (directory.path() / "two-errors.xml").string()});
    EXPECT_EQ(invalid.exit_code, 1) << engine;
    EXPECT_NE(invalid.output.find("attribute 'bogus' is not allowed on <teiHeader>"), std::string::npos)
        << engine << "\n" << invalid.output;
  }
  // teipress's engine goes on after the first error.
  const auto all = RunTeipress({"validate", (directory.path() / "two-errors.xml").string()});
  EXPECT_NE(all.output.find("attribute 'other' is not allowed on <body>"), std::string::npos) << all.output;
}

TEST(Cli, RenderWritesHtmlAndFoNamedAfterTheInput) {
  TemporaryDirectory directory;
  ASSERT_EQ(RunTeipress({"convert", "-o", directory.path().string(), kSeed}).exit_code, 0);
  const fs::path renamed = directory.path() / "seed-copy.xml";
  fs::copy_file(directory.path() / "113009.xml", renamed);
  const auto result = RunTeipress({"render", "--html", (directory.path() / "h").string(), "--print",
                                   (directory.path() / "p").string(), renamed.string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::exists(directory.path() / "h/seed-copy.html"));
  EXPECT_TRUE(fs::exists(directory.path() / "p/seed-copy.fo"));
  EXPECT_FALSE(fs::exists(directory.path() / "p/seed-copy.pdf"));
}

TEST(Cli, RenderWritesOnlyTheEditionAskedFor) {
  TemporaryDirectory directory;
  ASSERT_EQ(RunTeipress({"convert", "-o", directory.path().string(), kSeed}).exit_code, 0);
  const std::string tei = (directory.path() / "113009.xml").string();
  // The default print directory is relative: run where a stray output/ would show.
  const auto html_only = RunTeipress({"render", "--html", "h", tei}, directory.path().string());
  ASSERT_EQ(html_only.exit_code, 0) << html_only.output;
  EXPECT_TRUE(fs::exists(directory.path() / "h/113009.html"));
  EXPECT_FALSE(fs::exists(directory.path() / "output"));
  const auto print_only = RunTeipress({"render", "--print", "p", tei}, directory.path().string());
  ASSERT_EQ(print_only.exit_code, 0) << print_only.output;
  EXPECT_TRUE(fs::exists(directory.path() / "p/113009.fo"));
  EXPECT_FALSE(fs::exists(directory.path() / "output"));
}

// One exit-code policy with validate: the caller's mistake (a missing file, a folder) is 2, the
// input's (XML that is not TEI) is 1; the summary line says what happened.
TEST(Cli, RenderExitsAsValidateDoes) {
  TemporaryDirectory directory;
  const auto missing = RunTeipress({"render", "--html", "h", "/nonexistent/letter.xml"}, directory.path().string());
  EXPECT_EQ(missing.exit_code, 2) << missing.output;
  EXPECT_EQ(RunTeipress({"validate", "/nonexistent/letter.xml"}, directory.path().string()).exit_code, 2);
  const auto folder = RunTeipress({"render", "--html", "h", directory.path().string()}, directory.path().string());
  EXPECT_EQ(folder.exit_code, 2) << folder.output;
  EXPECT_NE(folder.output.find("is a folder"), std::string::npos) << folder.output;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "page.xml", "<html><body/></html>", error));
  const auto not_tei = RunTeipress({"render", "--html", "h", "page.xml"}, directory.path().string());
  EXPECT_EQ(not_tei.exit_code, 1) << not_tei.output;
  EXPECT_NE(not_tei.output.find("page.xml:1:1: error: the root element is <html>"), std::string::npos) << not_tei.output;
  EXPECT_NE(not_tei.output.find("1 file: 0 rendered, 1 not TEI or not well-formed"), std::string::npos) << not_tei.output;
  EXPECT_FALSE(fs::exists(directory.path() / "h/page.html"));
}

// Verse lines are numbered every fifth line, every line with --line-numbers 1.
TEST(Cli, RenderNumbersLinesAsAsked) {
  TemporaryDirectory directory;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "poem.xml",
                                  "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>Poem"
                                  "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
                                  "</sourceDesc></fileDesc></teiHeader><text><body><lg><l>one</l><l>two</l><l>three</l>"
                                  "</lg></body></text></TEI>",
                                  error));
  for (const char* every : {"", "1"}) {
    SCOPED_TRACE(every);
    std::vector<std::string> arguments = {"render", "--html", "h", "--print", "p", "poem.xml"};
    if (*every) arguments.insert(arguments.begin() + 1, {"--line-numbers", every});
    const auto result = RunTeipress(arguments, directory.path().string());
    ASSERT_EQ(result.exit_code, 0) << result.output;
    const std::string html = ReadText(directory.path() / "h/poem.html");
    EXPECT_EQ(html.find("<span class=\"tp-lineno\" aria-hidden=\"true\">2</span>") != std::string::npos, *every != 0)
        << html;
  }
  const auto zero = RunTeipress({"render", "--line-numbers", "0", "poem.xml"}, directory.path().string());
  EXPECT_EQ(zero.exit_code, 2) << zero.output;
}

}  // namespace
}  // namespace teipress
