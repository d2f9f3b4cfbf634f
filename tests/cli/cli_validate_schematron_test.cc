// `teipress validate --schematron`: findings in every output format, exit statuses, phases.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "schematron_compiler.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::RunTeipress;
using testing::TemporaryDirectory;

std::string Collapsed(const std::string& text) {
  std::string out;
  for (const std::string& word : testing::Tokens(text)) out += (out.empty() ? "" : " ") + word;
  return out;
}

// Three small documents: one keeps the rules, one has a warning only, one an error.
class ValidateSchematron : public ::testing::Test {
 protected:
  void SetUp() override {
    Write("rules.sch",
          "<schema xmlns='http://purl.oclc.org/dsdl/schematron'>\n"
          "<phase id='errors-only'><active pattern='e'/></phase>\n"
          "<pattern id='e'><rule context='item'>\n"
          "<assert test='@n' id='item-n'>an item without @n: number it</assert></rule></pattern>\n"
          "<pattern id='w'><rule context='item'>\n"
          "<report test='@n = 0' id='item-zero' role='warning'>item number 0</report></rule></pattern>\n"
          "</schema>");
    Write("good.xml", "<doc>\n<item n='1'/>\n</doc>");
    Write("warned.xml", "<doc>\n<item n='0'/>\n</doc>");
    Write("bad.xml", "<doc>\n<item n='1'/>\n<item/>\n</doc>");
    // Any grammar will do: the Schematron is what is tested.
    Write("any.rng",
          "<grammar xmlns='http://relaxng.org/ns/structure/1.0'><start><ref name='any'/></start>"
          "<define name='any'><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute><text/>"
          "<ref name='any'/></choice></zeroOrMore></element></define></grammar>");
  }
  void Write(const std::string& name, const std::string& contents) {
    std::string error;
    ASSERT_TRUE(WriteFileAtomically(directory_.path() / name, contents, error)) << error;
  }
  std::string Path(const std::string& name) const { return (directory_.path() / name).string(); }
  testing::CommandResult Validate(std::vector<std::string> arguments) {
    std::vector<std::string> all = {"validate", "--schema", Path("any.rng"), "--schematron", Path("rules.sch")};
    all.insert(all.end(), arguments.begin(), arguments.end());
    return RunTeipress(all);
  }
  TemporaryDirectory directory_;
};

TEST_F(ValidateSchematron, ErrorsMakeAFileInvalidWarningsDoNot) {
  const auto good = Validate({Path("good.xml"), Path("warned.xml")});
  EXPECT_EQ(good.exit_code, 0) << good.output;
  EXPECT_NE(good.output.find(Path("warned.xml") + ":2: warning: item number 0 [item-zero]"), std::string::npos)
      << good.output;
  const auto bad = Validate({Path("bad.xml")});
  EXPECT_EQ(bad.exit_code, 1) << bad.output;
  EXPECT_NE(bad.output.find(Path("bad.xml") + ":3: error: an item without @n: number it [item-n]"), std::string::npos)
      << bad.output;
  EXPECT_NE(bad.output.find("1 files: 0 valid, 1 invalid"), std::string::npos);
}

TEST_F(ValidateSchematron, PhaseChoosesThePatterns) {
  const auto errors_only = Validate({"--phase", "errors-only", Path("warned.xml")});
  EXPECT_EQ(errors_only.exit_code, 0);
  EXPECT_EQ(errors_only.output.find("item-zero"), std::string::npos) << errors_only.output;
  const auto unknown = Validate({"--phase", "nightly", Path("good.xml")});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.output.find("rules.sch:1: error: the schema has no phase 'nightly'"), std::string::npos)
      << unknown.output;
}

TEST_F(ValidateSchematron, FindingsReachTheMachineFormats) {
  const auto json = Validate({"--format", "json", Path("bad.xml")});
  EXPECT_NE(json.output.find("\"line\": 3, \"column\": 0, \"severity\": \"error\", \"message\": \"an item without @n: "
                             "number it\", \"rule\": \"item-n\""),
            std::string::npos)
      << json.output;
  const auto github = Validate({"--format", "github", Path("bad.xml")});
  EXPECT_NE(github.output.find("line=3"), std::string::npos) << github.output;
  const auto junit = Validate({"--format", "junit", Path("bad.xml")});
  EXPECT_NE(junit.output.find("item-n"), std::string::npos) << junit.output;
}

TEST_F(ValidateSchematron, SvrlOutputIsXml) {
  struct Case {
    std::vector<std::string> files;
    const char* root;
  };
  const Case cases[] = {{{Path("bad.xml")}, "schematron-output"}, {{Path("bad.xml"), Path("good.xml")}, "reports"}};
  for (const Case& c : cases) {
    std::vector<std::string> arguments = {"--format", "svrl"};
    arguments.insert(arguments.end(), c.files.begin(), c.files.end());
    const auto result = Validate(arguments);
    EXPECT_EQ(result.exit_code, 1);
    // Standard output (the SVRL) and standard error (the summary) arrive together here.
    const std::string end_tag = std::string("</") + (c.root == std::string("reports") ? "" : "svrl:") + c.root + ">";
    const size_t start = result.output.find("<?xml");
    const size_t end = result.output.find(end_tag);
    ASSERT_TRUE(start != std::string::npos && end != std::string::npos) << result.output;
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr svrl = ReadXmlMemory(result.output.substr(start, end + end_tag.size() - start), "out.svrl", diagnostics);
    ASSERT_TRUE(svrl) << result.output;
    EXPECT_STREQ(AsChars(xmlDocGetRootElement(svrl.get())->name), c.root);
    EXPECT_EQ(testing::XPathCount(svrl.get(), "//*[local-name()='failed-assert'][@id='item-n']"), 1);
  }
}

// A file name is whatever the file system allows: control characters and bytes that are no UTF-8
// must still give JUnit and SVRL that a CI server can parse (they come out as U+FFFD).
TEST_F(ValidateSchematron, ReportsStayWellFormedXmlWhateverTheFileNames) {
  const std::string names[] = {std::string("bad\x01\x1B[31m\x7F.xml"), std::string("caf\xE9 \x0B.xml")};
  for (const std::string& name : names) Write(name, "<doc>\n<item/>\n</doc>");
  for (const char* format : {"junit", "svrl"}) {
    const auto result = Validate({"--format", format, Path(names[0]), Path(names[1])});
    EXPECT_EQ(result.exit_code, 1) << result.output;
    const std::string end_tag = format == std::string("junit") ? "</testsuites>" : "</reports>";
    const size_t start = result.output.find("<?xml");
    const size_t end = result.output.find(end_tag);
    ASSERT_TRUE(start != std::string::npos && end != std::string::npos) << format << ": " << result.output;
    const std::string xml = result.output.substr(start, end + end_tag.size() - start);
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr report = ReadXmlMemory(xml, "report.xml", diagnostics);
    ASSERT_TRUE(report) << format << ": " << xml;
    EXPECT_NE(xml.find("bad\xEF\xBF\xBD\xEF\xBF\xBD[31m"), std::string::npos) << xml;
    EXPECT_NE(xml.find("caf\xEF\xBF\xBD \xEF\xBF\xBD.xml"), std::string::npos) << xml;
  }
}

TEST_F(ValidateSchematron, UsageErrors) {
  EXPECT_EQ(RunTeipress({"validate", "--format", "svrl", Path("good.xml")}).exit_code, 2);
  EXPECT_EQ(RunTeipress({"validate", "--phase", "x", Path("good.xml")}).exit_code, 2);
  Write("broken.sch", "<schema xmlns='http://purl.oclc.org/dsdl/schematron'>\n"
                      "<xsl:function xmlns:xsl='http://www.w3.org/1999/XSL/Transform' name='f:g' xmlns:f='urn:f'/></schema>");
  const auto broken = RunTeipress({"validate", "--schematron", Path("broken.sch"), Path("good.xml")});
  EXPECT_EQ(broken.exit_code, 2);
  EXPECT_NE(broken.output.find(Path("broken.sch") + ":2: error: <xsl:function> is XSLT 2.0"), std::string::npos)
      << broken.output;
}

TEST_F(ValidateSchematron, RulesThatFailWhileTheyRunAreTheSchemasErrorExitTwo) {
  Write("failing.sch",
        "<schema xmlns='http://purl.oclc.org/dsdl/schematron'><ns prefix='teipress' uri='urn:teipress:xpath'/>\n"
        "<pattern><rule context='item'>\n"
        "<assert test='teipress:matches(@n, \"(\")'>n</assert></rule></pattern></schema>");
  const auto result = RunTeipress({"validate", "--schema", Path("any.rng"), "--schematron", Path("failing.sch"),
                                   Path("good.xml"), Path("bad.xml")});
  EXPECT_EQ(result.exit_code, 2) << result.output;
  EXPECT_NE(result.output.find(Path("failing.sch") + ":3: error: the Schematron rules could not be applied to "),
            std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("invalid regular expression"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("(and in 1 other files)"), std::string::npos) << result.output;
  // The documents are judged by the grammar only, and not called invalid because of the rules.
  EXPECT_NE(result.output.find("2 files: 2 valid, 0 invalid"), std::string::npos) << result.output;
  EXPECT_EQ(result.output.find("[item-n]"), std::string::npos) << result.output;
}

TEST_F(ValidateSchematron, NotesAreReportedAndLeaveTheFileValid) {
  Write("notes.sch",
        "<schema xmlns='http://purl.oclc.org/dsdl/schematron'>\n<pattern><rule context='item' role='info'>\n"
        "<report test='@n' id='numbered'>item <value-of select='@n'/></report></rule></pattern></schema>");
  const auto result = RunTeipress(
      {"validate", "--schema", Path("any.rng"), "--schematron", Path("notes.sch"), Path("good.xml")});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find(Path("good.xml") + ":2: note: item 1 [numbered]"), std::string::npos) << result.output;
}

TEST_F(ValidateSchematron, TheHelpSaysWhatEachExitStatusMeans) {
  const auto help = RunTeipress({"validate", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  // The help is wrapped: compare with its words.
  const std::string words = Collapsed(help.output);
  EXPECT_NE(words.find("Exit status: 0 every file is valid against every schema (warnings and notes allowed); 1 a file is invalid"),
            std::string::npos)
      << help.output;
  EXPECT_NE(words.find("a schema that cannot be read or compiled, or Schematron rules that fail while they run"),
            std::string::npos)
      << help.output;
}

TEST(ValidateEditionSchematron, TheSeedPassesTheEditionRules) {
  TemporaryDirectory directory;
  // Run from the checkout so that names are linked to tei/authority/ and the references get checked.
  const auto converted = RunTeipress(
      {"convert", "-o", directory.path().string(), testing::SourceDir() + "/sources/wilson/113009.txt"},
      testing::SourceDir());
  ASSERT_EQ(converted.exit_code, 0) << converted.output;
  const auto result = RunTeipress({"validate", "--schematron", testing::SourceDir() + "/schemas/edition.sch",
                                   (directory.path() / "113009.xml").string()},
                                  testing::SourceDir());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output.find("[authority.missing]"), std::string::npos) << result.output;
}

// The rules find the edition's authority files from the edition (the folder validate runs in, its
// configuration, or --authority), not beside the schema: an installed teipress keeps its schemas
// in /usr/share/teipress, far from any edition.
TEST(ValidateEditionSchematron, TheAuthorityFilesComeFromTheEditionNotFromBesideTheSchema) {
  TemporaryDirectory directory;
  const fs::path installed = directory.path() / "share" / "teipress" / "schemas";
  fs::create_directories(installed);
  fs::copy_file(fs::path(testing::SourceDir()) / "schemas" / "edition.sch", installed / "edition.sch");
  std::string xml = testing::ReadText(fs::path(testing::SourceDir()) / "tests" / "data" / "seed-handmade.xml");
  const std::string known = "<persName ref=\"#krasovsky\">";
  ASSERT_NE(xml.find(known), std::string::npos);
  xml.replace(xml.find(known), known.size(), "<persName ref=\"#no-such-person\">");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "113009.xml", xml, error)) << error;
  const std::vector<std::string> validate = {"validate", "--schema", testing::SourceDir() + "/schemas/tei_all.rng",
                                             "--schematron", (installed / "edition.sch").string(),
                                             (directory.path() / "113009.xml").string()};
  // In the checkout's edition: its tei/authority checks the reference.
  const auto in_edition = RunTeipress(validate, testing::SourceDir());
  EXPECT_EQ(in_edition.exit_code, 1) << in_edition.output;
  EXPECT_NE(in_edition.output.find("[edition-ref-person]"), std::string::npos) << in_edition.output;
  EXPECT_NE(in_edition.output.find("no-such-person"), std::string::npos) << in_edition.output;
  EXPECT_EQ(in_edition.output.find("edition-authority-found"), std::string::npos) << in_edition.output;
  // The same with --authority from anywhere.
  std::vector<std::string> with_authority = validate;
  with_authority.insert(with_authority.begin() + 1, {"--authority", testing::SourceDir() + "/tei/authority"});
  const auto given = RunTeipress(with_authority, directory.path().string());
  EXPECT_NE(given.output.find("[edition-ref-person]"), std::string::npos) << given.output;
  // Away from any edition: no authority entries, one warning, the other rules still checked.
  const auto away = RunTeipress(validate, directory.path().string());
  EXPECT_EQ(away.exit_code, 0) << away.output;
  EXPECT_NE(away.output.find("[authority.missing]"), std::string::npos) << away.output;
  EXPECT_EQ(away.output.find("edition-authority-found"), std::string::npos) << away.output;
}

}  // namespace
}  // namespace teipress
