// The Schematron compiler refuses what it does not support, naming the schema's line, and
// produces a stylesheet libxslt accepts for what it does.
#include <gtest/gtest.h>

#include "schematron_compiler.h"
#include "xml_reader.h"

namespace teipress {
namespace {

// `body` goes inside <schema>; its first line is line 2 of the schema.
std::vector<Diagnostic> CompileErrors(const std::string& body, const std::string& phase = "",
                                      const std::string& schema_attributes = "") {
  const std::string text = "<schema xmlns='http://purl.oclc.org/dsdl/schematron'" + schema_attributes + ">\n" + body +
                           "\n</schema>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory(text, "rules.sch", diagnostics);
  EXPECT_TRUE(schema) << text;
  if (!schema) return diagnostics;
  const bool compiled = CompileSchematron(schema.get(), "rules.sch", phase, diagnostics).has_value();
  EXPECT_EQ(compiled, diagnostics.empty());
  return diagnostics;
}

TEST(SchematronCompiler, RefusesWhatItCannotCompileNamingTheLine) {
  struct Case {
    const char* label;
    std::string body;
    std::string attributes;
    std::string phase;
    int line;
    const char* message;
  };
  const std::string rule = "<pattern><rule context='a'><assert test='b'>m</assert></rule></pattern>";
  const std::string xsl = " xmlns:xsl='http://www.w3.org/1999/XSL/Transform'";
  const Case cases[] = {
      {"include outside the tree", "<include href='../../elsewhere/other.sch'/>", "", "", 2,
       "lies outside the schema's directory tree"},
      {"extends an unknown rule", "<pattern>\n<rule context='a'><extends rule='r'/></rule></pattern>", "", "", 3,
       "no abstract rule has that id"},
      {"extends a concrete rule", "<pattern><rule context='b' id='r'/>\n<rule context='a'><extends rule='r'/></rule></pattern>",
       "", "", 3, "names a rule that is not abstract"},
      {"extends a rule of another pattern",
       "<pattern><rule abstract='true' id='r'/></pattern>\n<pattern><rule context='a'><extends rule='r'/></rule></pattern>",
       "", "", 3, "names a rule of another pattern (rules.sch:2)"},
      {"extends itself", "<pattern><rule abstract='true' id='r'>\n<extends rule='r'/></rule><rule context='a'><extends rule='r'/></rule></pattern>",
       "", "", 3, "leads back to a rule that extends it"},
      {"abstract rule with a context", "<pattern>\n<rule abstract='true' id='r' context='a'/></pattern>", "", "", 3,
       "an abstract rule has no @context"},
      {"instance of an unknown pattern", "<pattern is-a='p'/>", "", "", 2, "no abstract pattern (abstract=\"true\") has that id"},
      {"instance with rules", "<pattern abstract='true' id='p'/><pattern is-a='p'>\n<rule context='a'/></pattern>", "", "", 3,
       "an instance holds only <param>, <p> and <title>"},
      {"parameter given twice", "<pattern abstract='true' id='p'/><pattern is-a='p'><param name='x' value='1'/>\n"
       "<param name='x' value='2'/></pattern>", "", "", 3, "the parameter 'x' is given twice"},
      {"param outside an instance", "<pattern><param name='x' value='y'/></pattern>", "", "", 2,
       "<param> belongs in a pattern that instantiates"},
      {"abstract pattern activated", "<pattern abstract='true' id='p'/><phase id='f'><active pattern='p'/></phase>", "", "f", 2,
       "an abstract pattern: activate its instances"},
      {"xpath2 binding", rule, " queryBinding='xslt2'", "", 1, "queryBinding 'xslt2' is not supported"},
      {"unknown attribute", "<pattern><rule context='a' nonsense='b'/></pattern>", "", "", 2, "attribute @nonsense"},
      {"xsl:function", "<xsl:function" + xsl + " name='f:g' xmlns:f='urn:f'/>", "", "", 2,
       "<xsl:function> is XSLT 2.0"},
      {"xsl:key with content", "<xsl:key" + xsl + " name='k' match='a'><xsl:value-of select='.'/></xsl:key>", "", "", 2,
       "<xsl:key> with content (a sequence constructor) is XSLT 2.0"},
      {"xsl:include", "<xsl:include" + xsl + " href='f.xsl'/>", "", "", 2, "<xsl:include> is not supported"},
      {"xsl:template", "<xsl:template" + xsl + " match='/'/>", "", "", 2, "<xsl:template> is not allowed at schema level"},
      {"xsl:for-each in a message",
       "<pattern><rule context='a'><assert test='b'>\n<xsl:for-each" + xsl + " select='*'/></assert></rule></pattern>", "", "",
       3, "<xsl:for-each> is not allowed inside a message"},
      {"unknown phase", rule, "", "nightly", 1, "no phase 'nightly' (phases: #ALL, #DEFAULT)"},
      {"missing default phase", rule, " defaultPhase='gone'", "", 1, "no phase 'gone'"},
      {"phase names unknown pattern", "<phase id='p'><active pattern='nope'/></phase>", "", "p", 2,
       "activates 'nope', but no pattern has that id"},
      {"missing diagnostic", "<pattern><rule context='a'>\n<assert test='b' diagnostics='d1'>m</assert></rule></pattern>",
       "", "", 3, "no <diagnostic id=\"d1\"> exists"},
      {"missing property", "<pattern><rule context='a'>\n<assert test='b' properties='p1'>m</assert></rule></pattern>",
       "", "", 3, "no <property id=\"p1\"> exists"},
      {"bad xpath", "<pattern><rule context='a'>\n<assert test='b[('>m</assert></rule></pattern>", "", "", 3,
       "@test of <assert> is not an XPath 1.0 expression: 'b[('"},
      {"bad context", "<pattern>\n<rule context='a['/></pattern>", "", "", 3, "@context of <rule>"},
      {"undeclared prefix", "<pattern>\n<rule context='foo:bar[child::x = \"q:r\"]'/></pattern>", "", "", 3,
       "@context of <rule> uses the prefix 'foo', which no <ns> declares"},
      {"undeclared function prefix", "<pattern><rule context='a'>\n<report test='f:g(.)'>m</report></rule></pattern>",
       "", "", 3, "@test of <report> uses the prefix 'f'"},
      {"unknown function", "<pattern><rule context='a'>\n<report test='matches(., \"x\")'>m</report></rule></pattern>",
       "", "", 3, "calls matches(), which is not a function of XPath 1.0 or XSLT 1.0"},
      {"unknown extension function",
       "<ns prefix='str' uri='http://exslt.org/strings'/><pattern><rule context='a'>\n<report test='str:nothing(.)'>m</report>"
       "</rule></pattern>", "", "", 3, "calls str:nothing(), but no function nothing is known in the namespace"},
      {"missing test", "<pattern><rule context='a'>\n<report>m</report></rule></pattern>", "", "", 3,
       "<report> needs a @test attribute"},
      {"let with text", "<let name='x'>1</let>", "", "", 2, "has text content: give the value in @value, or as elements"},
      {"let with value and content", "<let name='x' value='1'><x:a xmlns:x='urn:x'/></let>", "", "", 2, "has both @value and element content"},
      {"let without value", "<let name='x'/>", "", "", 2, "has no value: give @value or element content"},
      {"duplicate global let", "<let name='x' value='1'/>\n<pattern><let name='x' value='2'/></pattern>", "", "", 3,
       "a variable named 'x' is already declared"},
      {"duplicate rule let", "<pattern>\n<rule context='a'><let name='x' value='1'/><let name='x' value='2'/></rule></pattern>",
       "", "", 3, "declares the variable 'x' twice"},
      {"undefined variable", "<pattern><rule context='a'>\n<assert test='$nowhere'>m</assert></rule></pattern>", "", "", 3,
       "@test of <assert> refers to $nowhere, which is not declared"},
      {"reserved prefix", "<ns prefix='svrl' uri='urn:other'/>", "", "", 2, "the prefix 'svrl' is reserved"},
      {"xsl element in a rule", "<pattern><rule context='a'>\n<xsl:variable" + xsl + " name='v'/></rule></pattern>", "",
       "", 3, "<xsl:variable> is not allowed inside <rule>"},
      {"unknown element in a rule", "<pattern><rule context='a'>\n<assertion test='b'/></rule></pattern>", "", "", 3,
       "<assertion> inside <rule> is not supported"},
      {"unknown element at schema level", "<patern/>", "", "", 2, "<patern> at schema level is not supported"},
      {"rules with a concrete rule", "<rules>\n<rule context='a'/></rules>", "", "", 3,
       "<rules> holds abstract rules only"},
      {"abstract instance", "<pattern abstract='true' id='p'/>\n<pattern abstract='true' id='q' is-a='p'/>", "", "", 3,
       "an abstract pattern cannot itself be an instance"},
      {"abstract pattern twice", "<pattern abstract='true' id='p'/>\n<pattern abstract='true' id='p'/>", "", "", 3,
       "an abstract pattern with id 'p' already exists"},
      {"diagnostic twice", "<diagnostics><diagnostic id='d'/>\n<diagnostic id='d'/></diagnostics>", "", "", 3,
       "a diagnostic with id 'd' already exists"},
      {"property twice", "<properties><property id='p'/>\n<property id='p'/></properties>", "", "", 3,
       "a property with id 'p' already exists"},
      {"phase twice", "<phase id='f'/>\n<phase id='f'/>", "", "", 3, "a phase with id 'f' already exists"},
      {"phase called #ALL", "<phase id='#ALL'/>", "", "", 2, "a phase may not be called '#ALL'"},
      {"schematron element in a message", "<pattern><rule context='a'><assert test='b'>m\n<rule/></assert></rule></pattern>",
       "", "", 3, "<rule> inside a message"},
  };
  for (const Case& c : cases) {
    const auto diagnostics = CompileErrors(c.body, c.phase, c.attributes);
    ASSERT_FALSE(diagnostics.empty()) << c.label;
    EXPECT_EQ(diagnostics.size(), 1u) << c.label << ": " << FormatGnu(diagnostics[0]) << " / " << FormatGnu(diagnostics.back());
    EXPECT_EQ(diagnostics[0].file, "rules.sch") << c.label;
    EXPECT_EQ(diagnostics[0].line, c.line) << c.label;
    EXPECT_NE(diagnostics[0].message.find(c.message), std::string::npos) << c.label << ": " << diagnostics[0].message;
  }
}

TEST(SchematronCompiler, AcceptsEveryAllowedQueryBinding) {
  const std::string rule = "<pattern><rule context='a'><assert test='b'>m</assert></rule></pattern>";
  for (const char* binding : {"", " queryBinding='xslt'", " queryBinding='xslt1'", " queryBinding='exslt'"}) {
    EXPECT_TRUE(CompileErrors(rule, "", binding).empty()) << binding;
  }
}

TEST(SchematronCompiler, RefusesADocumentThatIsNotSchematron) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory("<schema xmlns='http://www.ascc.net/xml/schematron'/>", "old.sch", diagnostics);
  ASSERT_TRUE(schema);
  EXPECT_FALSE(CompileSchematron(schema.get(), "old.sch", "", diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_NE(diagnostics[0].message.find("not an ISO Schematron schema"), std::string::npos);
}

TEST(SchematronCompiler, CompilesOnlyThePhasesPatternsAndReportsThePhase) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory(
      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' defaultPhase='quick'>"
      "<phase id='quick'><active pattern='one'/></phase>"
      "<pattern id='one'><rule context='a'><assert test='b'>first</assert></rule></pattern>"
      "<pattern id='two'><rule context='a'><assert test='b'>second</assert></rule></pattern></schema>",
      "p.sch", diagnostics);
  ASSERT_TRUE(schema);
  const auto by_default = CompileSchematron(schema.get(), "p.sch", "", diagnostics);
  ASSERT_TRUE(by_default);
  EXPECT_EQ(by_default->phase, "quick");
  EXPECT_NE(by_default->xslt.find("first"), std::string::npos);
  EXPECT_EQ(by_default->xslt.find("second"), std::string::npos);
  const auto all = CompileSchematron(schema.get(), "p.sch", "#ALL", diagnostics);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->phase, "#ALL");
  EXPECT_NE(all->xslt.find("second"), std::string::npos);
  EXPECT_TRUE(diagnostics.empty());
}

TEST(SchematronCompiler, InactivePatternsAreCheckedButNeverWritten) {
  const std::string schema =
      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' defaultPhase='quick'>"
      "<phase id='quick'><active pattern='one'/></phase>"
      "<pattern id='one'><rule context='a'><assert test='b'>first</assert></rule></pattern>"
      "<pattern id='two'><let name='inactive-let' value='1'/>\n"
      "<rule context='a'><assert test='b[('>second</assert></rule></pattern></schema>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr broken = ReadXmlMemory(schema, "p.sch", diagnostics);
  ASSERT_TRUE(broken);
  EXPECT_FALSE(CompileSchematron(broken.get(), "p.sch", "", diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 2);
  diagnostics.clear();
  std::string fixed = schema;
  fixed.replace(fixed.find("b[("), 3, "b");
  XmlDocPtr valid = ReadXmlMemory(fixed, "p.sch", diagnostics);
  const auto compiled = CompileSchematron(valid.get(), "p.sch", "", diagnostics);
  ASSERT_TRUE(compiled);
  EXPECT_EQ(compiled->xslt.find("inactive-let"), std::string::npos);
  EXPECT_EQ(compiled->xslt.find("second"), std::string::npos);
}

}  // namespace
}  // namespace teipress
