#include "document_date.h"

#include <gtest/gtest.h>

#include "xml_reader.h"

namespace teipress {
namespace {

struct TitleCase {
  const char* title;
  const char* expected;
};

TEST(DocumentDateTest, FindsTheDateWrittenInATitle) {
  const TitleCase table[] = {
      {"[SB-Nr. 23: Philipp Franzen (Mannschaften?), 20.09.1811, Westmitteldeutsch]", "1811-09-20"},
      {"Paul Goldmann und Arthur Schnitzler an Georg Brandes, 21. 8. 1901", "1901-08-21"},
      {"Felix Salten an Arthur Schnitzler, [7. 9. 1895]", "1895-09-07"},
      {"Letter of 1951-08-28 to Mao Zedong", "1951-08-28"},
      {"Richard Beer-Hofmann an Arthur Schnitzler, [Februar 1898]", "1898"},
      {"Minutes, 12 March 1963", "1963"},
      {"SB-Nr. 23 without a year", ""},
      {"No. 4416 of 32.13.1950", "1950"},
      {"", ""},
  };
  for (const TitleCase& row : table) EXPECT_EQ(DateInTitle(row.title), row.expected) << row.title;
}

struct DocumentCase {
  const char* label;
  const char* header;  // inside teiHeader
  const char* expected;
};

TEST(DocumentDateTest, TakesTheDateFromCreationCorrespondenceSourceOrTitle) {
  const DocumentCase table[] = {
      {"creation", "<fileDesc><titleStmt><title>T 1900</title></titleStmt></fileDesc>"
                   "<profileDesc><creation><date when=\"1951-08-28\"/></creation></profileDesc>", "1951-08-28"},
      {"sent before creation", "<profileDesc><correspDesc><correspAction type=\"received\"><date when=\"1899-01-01\"/></correspAction>"
                               "<correspAction type=\"sent\"><date notBefore=\"1898-02-01\" notAfter=\"1898-02-28\"/></correspAction>"
                               "</correspDesc><creation><date when=\"1950\"/></creation></profileDesc>", "1898-02-01"},
      {"received only", "<profileDesc><correspDesc><correspAction type=\"received\"><date when=\"1899-01\"/></correspAction>"
                        "</correspDesc></profileDesc>", "1899-01"},
      {"EpiDoc origDate", "<fileDesc><titleStmt><title>Honours</title></titleStmt><sourceDesc><msDesc><history><origin>"
                          "<origDate notBefore-custom=\"-0050\" notAfter-custom=\"-0001\"/></origin></history></msDesc>"
                          "</sourceDesc></fileDesc>", "-0050"},
      {"date without attributes skipped", "<fileDesc><titleStmt><title>Brief, 04.10.1870</title></titleStmt>"
                                          "<sourceDesc><bibl><date type=\"publication\">2021</date></bibl></sourceDesc></fileDesc>",
       "1870-10-04"},
      {"time of day kept out", "<profileDesc><creation><date when=\"1951-08-28T10:00:00\"/></creation></profileDesc>", "1951-08-28"},
      {"no date", "<fileDesc><titleStmt><title>Untitled</title></titleStmt></fileDesc>", ""},
  };
  for (const DocumentCase& row : table) {
    const std::string xml = std::string("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>") + row.header +
                            "</teiHeader><text><body><p/></body></text></TEI>";
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlMemory(xml, row.label, diagnostics);
    ASSERT_TRUE(document) << row.label;
    EXPECT_EQ(DocumentSortDate(document.get()), row.expected) << row.label;
  }
}

}  // namespace
}  // namespace teipress
