// Composing a Schematron schema from the files it includes: what takes an include's place, what
// is refused (files outside the schema's tree, the network, cycles), and that messages still name
// the file and line an element was written at.
#include "schematron_includes.h"

#include <gtest/gtest.h>

#include <boost/filesystem.hpp>
#include <fstream>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

constexpr const char* kSch = "xmlns='http://purl.oclc.org/dsdl/schematron'";

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path.string()) << text;
}

// The element serialized, without the namespace declarations copies repeat.
std::string Serialized(xmlNodePtr node) {
  std::string text = testing::SerializeNode(node);
  const std::string declaration = " xmlns=\"http://purl.oclc.org/dsdl/schematron\"";
  for (size_t at = text.find(declaration); at != std::string::npos; at = text.find(declaration, at)) {
    text.erase(at, declaration.size());
  }
  return text;
}

struct Composed {
  bool ok = false;
  std::string schema;  // the composed schema element, serialized
  std::vector<Diagnostic> diagnostics;
};

// Writes `files` (path -> text) into a fresh directory, then composes "schema/main.sch".
Composed Compose(const std::map<std::string, std::string>& files, SchematronIncludes* keep = nullptr,
                 TemporaryDirectory* directory = nullptr) {
  TemporaryDirectory own;
  TemporaryDirectory& dir = directory ? *directory : own;
  for (const auto& [path, text] : files) Write(dir.path() / path, text);
  Composed composed;
  const std::string main = (dir.path() / "schema" / "main.sch").string();
  XmlDocPtr schema = ReadXmlFile(main, composed.diagnostics);
  EXPECT_TRUE(schema);
  if (!schema) return composed;
  SchematronIncludes local;
  SchematronIncludes& includes = keep ? *keep : local;
  composed.ok = includes.Compose(schema.get(), main, composed.diagnostics);
  composed.schema = Serialized(xmlDocGetRootElement(includes.document()));
  if (keep) includes.TakeDocuments();
  return composed;
}

TEST(SchematronIncludes, AnIncludeIsReplacedByWhatItNamesRelativeToItsOwnFile) {
  const Composed composed = Compose({
      {"schema/main.sch", std::string("<schema ") + kSch + "><include href='parts/pattern.sch'/>"
                          "<pattern id='p'><include href='#shared'/></pattern>"
                          "<pattern><rule context='x' id='shared'><assert test='1'/></rule></pattern></schema>"},
      {"schema/parts/pattern.sch", std::string("<pattern ") + kSch + " id='inc'><include href='rule.sch'/></pattern>"},
      {"schema/parts/rule.sch", std::string("<rule ") + kSch + " context='/'><report test='true()'/></rule>"},
  });
  EXPECT_TRUE(composed.ok);
  EXPECT_TRUE(composed.diagnostics.empty());
  EXPECT_NE(composed.schema.find("<pattern id=\"inc\""), std::string::npos) << composed.schema;
  EXPECT_NE(composed.schema.find("<report test=\"true()\"/>"), std::string::npos) << composed.schema;
  EXPECT_NE(composed.schema.find("<pattern id=\"p\"><rule context=\"x\" id=\"shared\">"), std::string::npos)
      << composed.schema;
  EXPECT_EQ(composed.schema.find("include"), std::string::npos) << composed.schema;
}

TEST(SchematronIncludes, ExtendsHrefPutsTheRulesContentInPlace) {
  const Composed composed = Compose({
      {"schema/main.sch", std::string("<schema ") + kSch +
                              "><pattern><rule context='/'><extends href='rules.sch#r'/><assert test='2'/></rule>"
                              "</pattern></schema>"},
      {"schema/rules.sch", std::string("<schema ") + kSch +
                               "><pattern><rule id='r' abstract='true'><let name='v' value='1'/><assert test='$v'/>"
                               "</rule></pattern></schema>"},
  });
  EXPECT_TRUE(composed.ok);
  EXPECT_NE(composed.schema.find("<rule context=\"/\"><let name=\"v\" value=\"1\"/><assert test=\"$v\"/><assert test=\"2\"/>"),
            std::string::npos)
      << composed.schema;
}

TEST(SchematronIncludes, IncludedElementsKeepTheirFileLineAndLanguage) {
  TemporaryDirectory directory;
  SchematronIncludes includes;
  XmlDocPtr schema;
  std::vector<Diagnostic> diagnostics;
  Write(directory.path() / "schema" / "main.sch", std::string("<schema ") + kSch + " xml:lang='en'>\n<include href='de.sch#p'/></schema>");
  Write(directory.path() / "schema" / "de.sch",
        std::string("<schema ") + kSch + " xml:lang='de'>\n<ns prefix='x' uri='urn:x'/>\n\n<pattern id='p'>\n<rule context='x:a'/></pattern></schema>");
  const std::string main = (directory.path() / "schema" / "main.sch").string();
  schema = ReadXmlFile(main, diagnostics);
  ASSERT_TRUE(includes.Compose(schema.get(), main, diagnostics));
  xmlNodePtr pattern = xmlDocGetRootElement(includes.document())->children->next;
  ASSERT_TRUE(pattern && pattern->type == XML_ELEMENT_NODE) << Serialized(xmlDocGetRootElement(includes.document()));
  xmlNodePtr rule = pattern->children->next;
  EXPECT_EQ(includes.FileOf(rule), fs::weakly_canonical(directory.path() / "schema" / "de.sch").string());
  EXPECT_EQ(xmlGetLineNo(rule), 5);
  XmlCharsPtr lang(xmlNodeGetLang(rule));
  EXPECT_STREQ(AsChars(lang.get()), "de");
  xmlNodePtr including = includes.IncludingSchemaOf(rule);
  ASSERT_TRUE(including);
  EXPECT_STREQ(AsChars(including->name), "schema");
  EXPECT_EQ(includes.FileOf(xmlDocGetRootElement(includes.document())), main);
}

TEST(SchematronIncludes, ASchemaWithoutIncludesIsUsedAsItIs) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory(std::string("<schema ") + kSch + "><pattern/></schema>", "plain.sch", diagnostics);
  SchematronIncludes includes;
  EXPECT_TRUE(includes.Compose(schema.get(), "plain.sch", diagnostics));
  EXPECT_EQ(includes.document(), schema.get());
  EXPECT_TRUE(includes.TakeDocuments().empty());
}

TEST(SchematronIncludes, WhatCannotBeIncludedIsAnErrorAtTheIncludesLine) {
  const struct {
    const char* label;
    std::string include;  // written on line 2 of main.sch
    std::map<std::string, std::string> files;
    const char* message;
  } cases[] = {
      {"outside the tree", "<include href='../outside.sch'/>",
       {{"outside.sch", std::string("<pattern ") + kSch + "/>"}}, "lies outside the schema's directory tree"},
      {"network", "<include href='http://example.com/rules.sch'/>", {}, "or on the network"},
      {"missing file", "<include href='missing.sch'/>", {}, "is not a file that can be read"},
      {"not well-formed", "<include href='broken.sch'/>", {{"schema/broken.sch", "<pattern"}}, "is not well-formed XML"},
      {"unknown fragment", "<include href='part.sch#nope'/>",
       {{"schema/part.sch", std::string("<pattern ") + kSch + "/>"}}, "no element has the id 'nope'"},
      {"a whole schema", "<include href='other.sch'/>",
       {{"schema/other.sch", std::string("<schema ") + kSch + "/>"}}, "names a whole <schema>"},
      {"a cycle", "<include href='loop.sch'/>",
       {{"schema/loop.sch", std::string("<pattern ") + kSch + "><include href='loop.sch'/></pattern>"}}, "include cycle"},
      {"extends a pattern", "<pattern><rule context='a'><extends href='part.sch'/></rule></pattern>",
       {{"schema/part.sch", std::string("<pattern ") + kSch + "/>"}}, "not a <rule>"},
      {"empty href", "<include href=''/>", {}, "@href is empty"},
  };
  for (const auto& c : cases) {
    auto files = c.files;
    files["schema/main.sch"] = std::string("<schema ") + kSch + ">\n" + c.include + "</schema>";
    const Composed composed = Compose(files);
    EXPECT_FALSE(composed.ok) << c.label;
    bool found = false;
    for (const Diagnostic& d : composed.diagnostics) {
      if (d.rule != "schematron.include") continue;
      found = true;
      EXPECT_EQ(fs::path(d.file).filename().string(), c.label == std::string("a cycle") ? "loop.sch" : "main.sch") << c.label;
      EXPECT_EQ(d.line, c.label == std::string("a cycle") ? 1 : 2) << c.label;
      EXPECT_NE(d.message.find(c.message), std::string::npos) << c.label << ": " << d.message;
    }
    EXPECT_TRUE(found) << c.label;
  }
}

TEST(SchematronIncludes, ASymbolicLinkOutOfTheTreeIsRefused) {
  TemporaryDirectory directory;
  Write(directory.path() / "secret.sch", std::string("<pattern ") + kSch + "/>");
  fs::create_directories(directory.path() / "schema");
  fs::create_symlink(directory.path() / "secret.sch", directory.path() / "schema" / "link.sch");
  const Composed composed =
      Compose({{"schema/main.sch", std::string("<schema ") + kSch + "><include href='link.sch'/></schema>"}}, nullptr,
              &directory);
  EXPECT_FALSE(composed.ok);
  ASSERT_FALSE(composed.diagnostics.empty());
  EXPECT_NE(composed.diagnostics[0].message.find("outside the schema's directory tree"), std::string::npos);
}

}  // namespace
}  // namespace teipress
