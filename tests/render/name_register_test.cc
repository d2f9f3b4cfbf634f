#include "name_register.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

std::string Describe(const std::vector<NamedEntity>& entities) {
  std::string out;
  for (const NamedEntity& e : entities) {
    const char* kind = e.kind == RegisterKind::kPersons ? "person" : e.kind == RegisterKind::kPlaces ? "place" : "org";
    out += std::string(kind) + " " + e.key + " = " + e.label + (e.url.empty() ? "" : " <" + e.url + ">") + "\n";
  }
  return out;
}

std::vector<NamedEntity> Collect(const std::string& body, const Authority& authority = {}) {
  const std::string xml =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title>"
      "<respStmt><resp>edited</resp><persName ref=\"https://orcid.org/0000\">The Editor</persName></respStmt>"
      "</titleStmt></fileDesc>" + body + "</TEI>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(xml, "t.xml", diagnostics);
  EXPECT_TRUE(document) << xml;
  return document ? CollectNamedEntities(document.get(), authority) : std::vector<NamedEntity>{};
}

TEST(NameRegisterTest, FilesEachMentionUnderWhatIdentifiesIt) {
  Authority authority;
  authority.Add(testing::Entry("stalin", NameKind::kPerson, "Joseph Stalin"));
  const std::string body =
      "<profileDesc><correspDesc><correspAction type=\"sent\"><persName ref=\"#pmb1\">Beer-Hofmann</persName>"
      "</correspAction></correspDesc></profileDesc></teiHeader>"
      "<text><body><p><persName ref=\"#stalin\">Stalin</persName> met <persName ref=\"https://d-nb.info/gnd/118\">"
      "Goethe</persName> in <placeName ref=\"pmb50\">Wien</placeName> and <placeName>  Berlin\n</placeName>, with "
      "<orgName ref=\"http://www.wikidata.org/entity/Q1 #unknown\">the Society</orgName> and "
      "<persName><forename>Ada</forename> <surname>Lovelace</surname></persName>; <persName ref=\"#pmb1\">RBH</persName>."
      "</p></body></text><standOff><listPerson><person xml:id=\"pmb1\"><persName><forename>Richard</forename> "
      "<surname>Beer-Hofmann</surname></persName><birth><placeName>Wien</placeName></birth>"
      "<idno type=\"gnd\">https://d-nb.info/gnd/118508288</idno></person>"
      "<person xml:id=\"pmb2\"><persName>Never Mentioned</persName></person></listPerson></standOff>";
  EXPECT_EQ(Describe(Collect(body, authority)),
            "person #pmb1 = Richard Beer-Hofmann <https://d-nb.info/gnd/118508288>\n"
            "person https://d-nb.info/gnd/118 = Goethe <https://d-nb.info/gnd/118>\n"
            "place pmb50 = Wien\n"
            "place name:Berlin = Berlin\n"
            "org http://www.wikidata.org/entity/Q1 = the Society <http://www.wikidata.org/entity/Q1>\n"
            "org #unknown = the Society\n"
            "person name:Ada Lovelace = Ada Lovelace\n"
            "person #pmb2 = Never Mentioned\n");
}

TEST(NameRegisterTest, GathersTheDocumentsOfEachNameInTheCatalog) {
  NameRegister names;
  names.Add("b", {{RegisterKind::kPersons, "name:Zoe", "Zoe", ""}, {RegisterKind::kPlaces, "pmb50", "Wien", ""}});
  names.Add("a", {{RegisterKind::kPersons, "name:Zoe", "Zoe", ""},
                  {RegisterKind::kPersons, "https://viaf.org/viaf/1", "Adam", "https://viaf.org/viaf/1"}});
  EXPECT_EQ(names.size(), 3u);
  XmlDocPtr catalog(xmlNewDoc(AsXmlChars("1.0")));
  xmlNodePtr root = xmlNewDocNode(catalog.get(), nullptr, AsXmlChars("catalog"), nullptr);
  xmlSetNs(root, xmlNewNs(root, AsXmlChars("urn:teipress:catalog"), nullptr));
  xmlDocSetRootElement(catalog.get(), root);
  names.AppendTo(root);
  EXPECT_EQ(testing::SerializeNode(root),
            "<catalog xmlns=\"urn:teipress:catalog\"><register kind=\"persons\">"
            "<name key=\"https://viaf.org/viaf/1\" label=\"Adam\" url=\"https://viaf.org/viaf/1\"><in stem=\"a\"/></name>"
            "<name key=\"name:Zoe\" label=\"Zoe\"><in stem=\"a\"/><in stem=\"b\"/></name></register>"
            "<register kind=\"places\"><name key=\"pmb50\" label=\"Wien\"><in stem=\"b\"/></name></register>"
            "<register kind=\"orgs\"/></catalog>");
}

}  // namespace
}  // namespace teipress
