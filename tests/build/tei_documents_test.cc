#include "tei_documents.h"

#include <sys/stat.h>

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

TEST(TeiDocumentsTest, FindsTeiInSubfoldersButNotTheAuthorityListsNorHiddenFolders) {
  const testing::TemporaryDirectory dir;
  const fs::path tei = dir.path() / "tei";
  std::string error;
  for (const char* file : {"a.xml", "letters/1895/b.xml", "letters/1896/a.xml", "inscriptions/c.xml", "authority/persons.xml",
                           ".git/x.xml", "notes.txt"}) {
    ASSERT_TRUE(WriteFileAtomically(tei / file, "<x/>", error)) << error;
  }
  std::vector<std::string> found;
  for (const TeiDocumentFile& file : FindTeiDocuments(tei, tei / "authority")) {
    found.push_back(fs::path(file.path).lexically_relative(tei).string() + " -> " + file.stem);
  }
  // Two a.xml in different folders: their stems say where they are.
  EXPECT_EQ(found, (std::vector<std::string>{"a.xml -> a", "inscriptions/c.xml -> c", "letters/1895/b.xml -> b",
                                             "letters/1896/a.xml -> letters-1896-a"}));
  EXPECT_TRUE(FindTeiDocuments(dir.path() / "missing", "").empty());
}

// A FIFO named *.xml is listed, marked, so that the build refuses it (io.not-a-file) unopened.
TEST(TeiDocumentsTest, ListsAFifoAsNotARegularFile) {
  const testing::TemporaryDirectory dir;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "a.xml", "<x/>", error)) << error;
  ASSERT_EQ(::mkfifo((dir.path() / "pipe.xml").c_str(), 0644), 0);
  const std::vector<TeiDocumentFile> found = FindTeiDocuments(dir.path(), "");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].path.filename(), "a.xml");
  EXPECT_TRUE(found[0].regular);
  EXPECT_EQ(found[1].path.filename(), "pipe.xml");
  EXPECT_FALSE(found[1].regular);
}

struct IncludedCase {
  const char* label;
  std::vector<IncludingFile> files;
  std::set<std::string> included;
};

// What is part of the documents through XInclude: a document's targets, and a fragment's own
// targets when a document includes that fragment; never what only a stray fragment includes.
TEST(TeiDocumentsTest, XIncludedFilesFollowTheDocumentsIncludesThroughFragments) {
  const IncludedCase table[] = {
      {"none", {{"/t/a.xml", true, {}}, {"/t/b.xml", false, {}}}, {}},
      {"a document's fragment", {{"/t/a.xml", true, {"/alists/c.xml"}}, {"/alists/c.xml", false, {}}}, {"/alists/c.xml"}},
      {"a fragment of a fragment",
       {{"/t/a.xml", true, {"/t/f.xml"}}, {"/t/f.xml", false, {"/t/g.xml"}}, {"/t/g.xml", false, {}}},
       {"/t/f.xml", "/t/g.xml"}},
      {"only a stray file includes it",
       {{"/t/a.xml", true, {}}, {"/t/f.xml", false, {"/t/g.xml"}}, {"/t/g.xml", false, {}}},
       {}},
      {"a cycle of fragments",
       {{"/t/a.xml", true, {"/t/f.xml"}}, {"/t/f.xml", false, {"/t/g.xml"}}, {"/t/g.xml", false, {"/t/f.xml"}}},
       {"/t/f.xml", "/t/g.xml"}},
  };
  for (const IncludedCase& row : table) EXPECT_EQ(XIncludedFiles(row.files), row.included) << row.label;
}

// The reader reports what a document's xi:include elements name, resolved against its folder,
// with and without XInclude processing.
TEST(TeiDocumentsTest, TheReaderReportsTheXIncludeTargets) {
  const testing::TemporaryDirectory dir;
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "alists/list.xml", "<list xmlns=\"http://www.tei-c.org/ns/1.0\"/>", error));
  ASSERT_TRUE(WriteFileAtomically(dir.path() / "tei/a.xml",
                                  "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                                  "<teiHeader><xi:include href=\"../alists/list.xml\"/></teiHeader></TEI>",
                                  error));
  const std::string expected = fs::weakly_canonical(dir.path() / "alists/list.xml").string();
  for (const bool xinclude : {false, true}) {
    std::vector<std::string> targets;
    XmlReadOptions options;
    options.xinclude = xinclude;
    options.xinclude_root = dir.path().string();
    options.xinclude_targets = &targets;
    std::vector<Diagnostic> diagnostics;
    EXPECT_TRUE(ReadXmlFile((dir.path() / "tei/a.xml").string(), diagnostics, options)) << xinclude;
    EXPECT_EQ(targets, std::vector<std::string>{expected}) << xinclude;
  }
}

struct KindCase {
  const char* label;
  const char* xml;
  bool tei;
  bool own;
};

TEST(TeiDocumentsTest, TellsTeiFromOtherXmlAndTeipresssOwnConversionsFromOtherTei) {
  const KindCase table[] = {
      {"foreign TEI", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/></TEI>", true, false},
      {"teiCorpus", "<teiCorpus xmlns=\"http://www.tei-c.org/ns/1.0\"/>", true, false},
      {"generation mark", "<?teipress-generated sha256=\"00\"?><TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>", true, true},
      {"taken over by hand", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><encodingDesc><appInfo>"
                             "<application ident=\"teipress\" version=\"1\"/></appInfo></encodingDesc></teiHeader></TEI>",
       true, true},
      {"another application", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><encodingDesc><appInfo>"
                              "<application ident=\"oxygen\"/></appInfo></encodingDesc></teiHeader></TEI>", true, false},
      {"XInclude fragment", "<charDecl xmlns=\"http://www.tei-c.org/ns/1.0\"/>", false, false},
      {"P4", "<TEI.2><teiHeader/></TEI.2>", false, false},
      {"no namespace", "<TEI/>", false, false},
  };
  for (const KindCase& row : table) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlMemory(row.xml, row.label, diagnostics);
    ASSERT_TRUE(document) << row.label;
    EXPECT_EQ(IsTeiDocument(document.get()), row.tei) << row.label;
    EXPECT_EQ(IsTeipressConversion(document.get()), row.own) << row.label;
  }
}

}  // namespace
}  // namespace teipress
