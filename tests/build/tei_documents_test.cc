#include "tei_documents.h"

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
