// Splitting FRUS volumes: one standalone, well-formed TEI file per div[@type='document'], titled
// by its head, written atomically; hostile ids cannot choose where files go.
#include "frus_splitter.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

// An xml:id must be an NCName (the parser refuses "../x"), but it can still be too long to be a
// file name.
constexpr const char* kVolumeTemplate = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>V</title></titleStmt><publicationStmt><p>P</p></publicationStmt>
<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><div type="compilation"><head>Korea</head>
  <div type="document" xml:id="d1" n="1"><head><hi rend="italic">Memorandum</hi> by   the
     Secretary<note n="1">Footnote text</note></head><p frus:x="1">One.</p>
     <div type="document" xml:id="d1a"><head>Enclosure</head><p>Inside.</p></div></div>
  <div type="document" xml:id="LONGID"><p>No head.</p></div>
</div></body></text></TEI>)";

std::string Volume() {
  std::string volume = kVolumeTemplate;
  volume.replace(volume.find("LONGID"), 6, std::string(150, 'x'));
  return volume;
}

TEST(FrusSplitter, OneStandaloneTeiPerDocument) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr volume = ReadXmlMemory(Volume(), "vol.xml", diagnostics);
  ASSERT_TRUE(volume);
  std::vector<SplitDocument> documents = SplitVolume(volume.get(), "vol");
  ASSERT_EQ(documents.size(), 2u);  // the enclosure stays inside d1
  EXPECT_EQ(documents[0].id, "d1");
  EXPECT_EQ(documents[0].title, "Memorandum by the Secretary");
  EXPECT_EQ(testing::XPathString(documents[0].tei.get(), "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"),
            "Memorandum by the Secretary");
  EXPECT_EQ(testing::XPathCount(documents[0].tei.get(), "/tei:TEI/tei:text/tei:body/tei:div[@type='document']"), 1);
  EXPECT_EQ(testing::XPathCount(documents[0].tei.get(), "//tei:div[@xml:id='d1a']"), 1);
  // The attribute in the FRUS namespace keeps its namespace in the new file.
  EXPECT_EQ(testing::XPathCount(documents[0].tei.get(), "//tei:p[@*[local-name()='x' and "
                                                        "namespace-uri()='http://history.state.gov/frus/ns/1.0']]"),
            1);
  EXPECT_EQ(documents[1].id, "doc2");  // 150 characters: too long for a file name
  EXPECT_EQ(documents[1].title, "Document 2 of vol");
}

// The source's indentation inside brackets is not a space of the title, as the editions print it.
TEST(FrusSplitter, TitleKeepsNoIndentationInsideBrackets) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr volume = ReadXmlMemory(R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
  <div type="document" xml:id="d134"><head>The Chargé in India (
      <persName>Steere</persName>
    ) to the Secretary of State</head><p>Text.</p></div></body></text></TEI>)",
                                   "vol.xml", diagnostics);
  ASSERT_TRUE(volume);
  const std::vector<SplitDocument> documents = SplitVolume(volume.get(), "vol");
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].title, "The Chargé in India (Steere) to the Secretary of State");
}

TEST(FrusSplitter, WritesWellFormedFilesIntoTheOutputDirectory) {
  testing::TemporaryDirectory directory;
  const fs::path volume = directory.path() / "vol.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(volume, Volume(), error)) << error;
  std::vector<Diagnostic> diagnostics;
  const fs::path output = directory.path() / "out" / "sub";
  EXPECT_EQ(SplitVolumeFile(volume.string(), output.string(), diagnostics), 2);
  for (const char* name : {"vol-d1.xml", "vol-doc2.xml"}) {
    std::vector<Diagnostic> findings;
    EXPECT_TRUE(ReadXmlFile((output / name).string(), findings)) << name;
  }
  int files = 0;
  for (fs::recursive_directory_iterator it(directory.path()), end; it != end; ++it) files += fs::is_regular_file(*it);
  EXPECT_EQ(files, 3);  // the volume and the two documents: nothing escaped, no temporary left
}

TEST(FrusSplitter, ReportsWhatCannotBeSplit) {
  testing::TemporaryDirectory directory;
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(SplitVolumeFile((directory.path() / "missing.xml").string(), directory.path().string(), diagnostics), -1);
  EXPECT_TRUE(HasErrors(diagnostics));

  const fs::path plain = directory.path() / "plain.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(plain, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", error));
  diagnostics.clear();
  EXPECT_EQ(SplitVolumeFile(plain.string(), (directory.path() / "out").string(), diagnostics), 0);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "split.no-documents");
}

TEST(FrusSplitter, CommandLine) {
  testing::TemporaryDirectory directory;
  const fs::path volume = directory.path() / "vol.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(volume, Volume(), error)) << error;
  const fs::path output = directory.path() / "out";
  testing::CommandResult result = testing::RunTeipress({"split", "-o", output.string(), volume.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::exists(output / "vol-d1.xml")) << result.output;
  EXPECT_NE(result.output.find("2 documents"), std::string::npos) << result.output;

  result = testing::RunTeipress({"split", "-o", output.string(), (directory.path() / "missing.xml").string()});
  EXPECT_EQ(result.exit_code, 2) << result.output;  // a missing file is an I/O error
  result = testing::RunTeipress({"split"});
  EXPECT_EQ(result.exit_code, 2) << result.output;
}

// Editors refine split files: a second split keeps a file edited since the first (and one it did not
// write), says so and exits 1; unchanged files are rewritten; --force replaces the edits.
TEST(FrusSplitter, KeepsHandEditedSplitFilesUnlessForced) {
  testing::TemporaryDirectory directory;
  const fs::path volume = directory.path() / "vol.xml";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(volume, Volume(), error)) << error;
  const fs::path output = directory.path() / "out";
  testing::CommandResult result = testing::RunTeipress({"split", "-o", output.string(), volume.string()});
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string generated = testing::ReadText(output / "vol-d1.xml");
  EXPECT_NE(generated.find("<?teipress-generated sha256="), std::string::npos) << generated;

  // Split again, nothing edited: the same bytes, exit 0.
  result = testing::RunTeipress({"split", "-o", output.string(), volume.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(testing::ReadText(output / "vol-d1.xml"), generated);

  // An editor's change to one file, a file written by hand in place of the other.
  std::string edited = generated;
  edited.replace(edited.find("Memorandum by the Secretary"), 10, "Memo (ed.)");
  ASSERT_TRUE(WriteFileAtomically(output / "vol-d1.xml", edited, error)) << error;
  const std::string hand_written = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><!-- by hand --></TEI>\n";
  ASSERT_TRUE(WriteFileAtomically(output / "vol-doc2.xml", hand_written, error)) << error;
  result = testing::RunTeipress({"split", "-o", output.string(), volume.string()});
  EXPECT_EQ(result.exit_code, 1) << result.output;
  EXPECT_EQ(testing::ReadText(output / "vol-d1.xml"), edited);
  EXPECT_EQ(testing::ReadText(output / "vol-doc2.xml"), hand_written);
  EXPECT_NE(result.output.find("[convert.kept-edited]"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("[convert.kept-unmarked]"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("teipress split --force"), std::string::npos) << result.output;

  result = testing::RunTeipress({"split", "--force", "-o", output.string(), volume.string()});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(testing::ReadText(output / "vol-d1.xml"), generated);
  EXPECT_NE(testing::ReadText(output / "vol-doc2.xml"), hand_written);
}

// The volumes as tests/data keeps them: every fifth of their 333 and 386 documents (its README).
TEST(FrusSplitter, SplitsTheFrusVolumes) {
  const std::string frus = testing::ReferenceDir() + "/tei-corpora/frus/";
  for (const auto& [volume, expected] : {std::pair<const char*, size_t>{"frus1951v07p2.xml", 67},
                                         std::pair<const char*, size_t>{"frus1952-54v14p2.xml", 78}}) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile(frus + volume, diagnostics);
    ASSERT_TRUE(document) << volume;
    const std::vector<SplitDocument> documents = SplitVolume(document.get(), volume);
    EXPECT_EQ(documents.size(), expected) << volume;
    for (const SplitDocument& split : documents) {
      EXPECT_FALSE(split.title.empty()) << split.id;
      EXPECT_EQ(testing::XPathCount(split.tei.get(), "/tei:TEI/tei:text/tei:body/tei:div[@type='document']"), 1);
    }
  }
}

}  // namespace
}  // namespace teipress
