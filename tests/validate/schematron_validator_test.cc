// The Schematron engine end to end: schema compiled with our compiler, run by libxslt, findings
// read back from SVRL as diagnostics. One table row per construct.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "schematron_compiler.h"
#include "schematron_validator.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

constexpr const char* kDocument = R"(<doc xmlns="urn:doc" version="2">
  <item n="1" when="1951-08-28">first</item>
  <item n="1">second</item>
  <item n="3"/>
  <note>[brackets]</note>
</doc>)";

struct Outcome {
  bool compiled = false;
  bool valid = false;
  std::vector<std::string> findings;  // "line severity [rule] message"
  std::string svrl;
  std::vector<Diagnostic> diagnostics;
};

Outcome Validate(const std::string& schema_body, const SchematronOptions& options = {},
             const std::string& document = kDocument) {
  TemporaryDirectory directory;
  const fs::path path = directory.path() / "rules.sch";
  std::string error;
  WriteFileAtomically(path,
                      "<schema xmlns='http://purl.oclc.org/dsdl/schematron'><ns prefix='d' uri='urn:doc'/>\n" +
                          schema_body + "\n</schema>",
                      error);
  Outcome run;
  auto schema = SchematronSchema::Compile(path.string(), options, run.diagnostics);
  run.compiled = schema != nullptr;
  if (!schema) return run;
  XmlDocPtr input = ReadXmlMemory(document, "doc.xml", run.diagnostics);
  std::vector<Diagnostic> findings;
  run.valid = schema->Validate(input.get(), "doc.xml", findings, &run.svrl);
  for (const Diagnostic& d : findings) {
    EXPECT_EQ(d.file, "doc.xml");
    run.findings.push_back(std::to_string(d.line) + " " + SeverityName(d.severity) + " [" + d.rule + "] " + d.message);
  }
  return run;
}

using Findings = std::vector<std::string>;

TEST(SchematronValidator, EachConstructBehavesAsIsoSchematronSays) {
  struct Case {
    const char* label;
    std::string schema;
    std::string phase;
    Findings expected;
  };
  const Case cases[] = {
      {"assert fails where its test is false",
       "<pattern><rule context='d:item'><assert test='@when' id='has-when'>no date</assert></rule></pattern>", "",
       {"3 error [has-when] no date", "4 error [has-when] no date"}},
      {"report fires where its test is true",
       "<pattern><rule context='d:item'><report test='not(node())' id='empty'>empty item</report></rule></pattern>", "",
       {"4 error [empty] empty item"}},
      {"value-of and name in messages",
       "<pattern><rule context='d:item[2]'><assert test='false()'><name/> n=<value-of select='@n'/> "
       "parent <name path='..'/></assert></rule></pattern>",
       "", {"3 error [schematron] item n=1 parent doc"}},
      {"schema, pattern and rule lets",
       "<let name='top' value='2'/><pattern><let name='count' value='count(//d:item)'/>"
       "<rule context='d:doc'><let name='v' value='number(@version)'/>"
       "<assert test='$count = $top' id='lets'><value-of select='$count'/> items, version <value-of select='$v'/></assert>"
       "</rule></pattern>",
       "", {"1 error [lets] 3 items, version 2"}},
      {"first matching rule only, within a pattern",
       "<pattern><rule context='d:item[@n=1]'><report test='true()' id='first'>first</report></rule>"
       "<rule context='d:item'><report test='true()' id='second'>second</report></rule></pattern>",
       "", {"2 error [first] first", "3 error [first] first", "4 error [second] second"}},
      {"every pattern sees every node",
       "<pattern><rule context='d:item[@n=3]'><report test='true()' id='a'>a</report></rule></pattern>"
       "<pattern><rule context='d:item[@n=3]'><report test='true()' id='b'>b</report></rule></pattern>",
       "", {"4 error [a] a", "4 error [b] b"}},
      {"roles: warning, warn, info are warnings; fatal and none are errors",
       "<pattern><rule context='d:item[@n=3]'>"
       "<report test='true()' id='w' role='warning'>w</report><report test='true()' id='w2' role='warn'>w2</report>"
       "<report test='true()' id='i' role='info'>i</report><report test='true()' id='f' role='fatal'>f</report>"
       "<report test='true()' id='e'>e</report></rule></pattern>",
       "", {"4 warning [w] w", "4 warning [w2] w2", "4 warning [i] i", "4 error [f] f", "4 error [e] e"}},
      {"role and id of the rule when the assert has none",
       "<pattern id='pat'><rule context='d:item[@n=3]' id='rule-id' role='warning'>"
       "<report test='true()'>from the rule</report></rule></pattern>",
       "", {"4 warning [rule-id] from the rule"}},
      {"diagnostics are appended to the message",
       "<pattern><rule context='d:item[@n=3]'><report test='true()' id='d' diagnostics='why how'>found</report>"
       "</rule></pattern><diagnostics><diagnostic id='why'>(n is <value-of select='@n'/>)</diagnostic>"
       "<diagnostic id='how'>renumber</diagnostic></diagnostics>",
       "", {"4 error [d] found (n is 3) renumber"}},
      {"attributes and text nodes as contexts",
       "<pattern><rule context='@when'><report test='true()' id='att'>att</report></rule>"
       "<rule context='text()[contains(., \"[\")]'><report test='true()' id='txt'>txt</report></rule></pattern>",
       "", {"2 error [att] att", "5 error [txt] txt"}},
      {"braces in tests are not attribute value templates",
       "<pattern><rule context='d:item[@n=3]'><report test='\"{x}\" = \"{x}\"' id='brace'>{x}</report></rule></pattern>",
       "", {"4 error [brace] {x}"}},
      {"markup characters in tests, contexts and messages reach libxslt as written",
       "<pattern><rule context='d:item[@n=\"3\" and \"&amp;\" != \"&lt;\"]'>"
       "<report test='concat(\"a\", \"&lt;\", \"&amp;\") = \"a&lt;&amp;\"' id='chars'>&lt;&amp;&quot;'&gt; "
       "<value-of select='concat(\"&lt;\", @n, \"&amp;\")'/></report></rule></pattern>",
       "", {"4 error [chars] <&\"'> <3&"}},
      {"EXSLT functions",
       "<ns prefix='str' uri='http://exslt.org/strings'/><pattern><rule context='d:doc'>"
       "<report test='count(str:tokenize(\"a b c\", \" \")) = 3' id='exslt'>three</report></rule></pattern>",
       "", {"1 error [exslt] three"}},
      {"teipress extension functions",
       "<ns prefix='teipress' uri='urn:teipress:xpath'/><pattern><rule context='d:item[@when]'>"
       "<report test='teipress:matches(@when, \"^1951-\") and teipress:is-date(@when)' id='ext'>"
       "<value-of select='teipress:day-number(@when)'/></report></rule></pattern>",
       "", {"2 error [ext] -6701"}},
      {"phase selects patterns; #DEFAULT is defaultPhase",
       "<phase id='one'><active pattern='p1'/></phase>"
       "<pattern id='p1'><rule context='d:doc'><report test='true()' id='r1'>one</report></rule></pattern>"
       "<pattern id='p2'><rule context='d:doc'><report test='true()' id='r2'>two</report></rule></pattern>",
       "one", {"1 error [r1] one"}},
      {"#ALL runs every pattern",
       "<phase id='one'><active pattern='p1'/></phase>"
       "<pattern id='p1'><rule context='d:doc'><report test='true()' id='r1'>one</report></rule></pattern>"
       "<pattern id='p2'><rule context='d:doc'><report test='true()' id='r2'>two</report></rule></pattern>",
       "#ALL", {"1 error [r1] one", "1 error [r2] two"}},
      {"phase lets",
       "<phase id='strict'><let name='limit' value='0'/><active pattern='p'/></phase>"
       "<pattern id='p'><rule context='d:doc'><assert test='count(d:item) &lt;= $limit' id='limit'>too many</assert>"
       "</rule></pattern>",
       "strict", {"1 error [limit] too many"}},
      {"ns prefixes are the document's, whatever it uses",
       "<ns prefix='other' uri='urn:doc'/><pattern><rule context='other:note'><report test='true()' id='ns'>"
       "<name/></report></rule></pattern>",
       "", {"5 error [ns] note"}},
  };
  for (const Case& c : cases) {
    SchematronOptions options;
    options.phase = c.phase;
    const Outcome run = Validate(c.schema, options);
    ASSERT_TRUE(run.compiled) << c.label << ": " << (run.diagnostics.empty() ? "" : FormatGnu(run.diagnostics[0]));
    EXPECT_EQ(run.findings, c.expected) << c.label;
    bool has_error = false;
    for (const std::string& f : c.expected) has_error = has_error || f.find(" error ") != std::string::npos;
    EXPECT_EQ(run.valid, !has_error) << c.label;
  }
}

TEST(SchematronValidator, DefaultPhaseIsUsedWhenNoneIsAsked) {
  const std::string schema =
      "<phase id='one'><active pattern='p1'/></phase>"
      "<pattern id='p1'><rule context='d:doc'><report test='true()' id='r1'>one</report></rule></pattern>"
      "<pattern id='p2'><rule context='d:doc'><report test='true()' id='r2'>two</report></rule></pattern>";
  TemporaryDirectory directory;
  const fs::path path = directory.path() / "rules.sch";
  std::string error;
  WriteFileAtomically(path,
                      "<schema xmlns='http://purl.oclc.org/dsdl/schematron' defaultPhase='one'>"
                      "<ns prefix='d' uri='urn:doc'/>" + schema + "</schema>",
                      error);
  for (const char* phase : {"", "#DEFAULT"}) {
    std::vector<Diagnostic> diagnostics;
    auto compiled = SchematronSchema::Compile(path.string(), {phase, {}}, diagnostics);
    ASSERT_TRUE(compiled);
    EXPECT_EQ(compiled->phase(), "one");
    XmlDocPtr input = ReadXmlMemory(kDocument, "doc.xml", diagnostics);
    compiled->Validate(input.get(), "doc.xml", diagnostics);
    ASSERT_EQ(diagnostics.size(), 1u) << phase;
    EXPECT_EQ(diagnostics[0].rule, "r1");
  }
}

TEST(SchematronValidator, SchemaLevelLetsAreParametersAndUnknownOnesAreRefused) {
  const std::string schema =
      "<let name='expected' value='\"1\"'/><pattern><rule context='d:doc'>"
      "<report test='$expected = \"2\"' id='param'>got <value-of select='$expected'/></report></rule></pattern>";
  EXPECT_TRUE(Validate(schema).findings.empty());
  EXPECT_EQ(Validate(schema, {"", {{"expected", "2"}}}).findings, Findings{"1 error [param] got 2"});
  const Outcome unknown = Validate(schema, {"", {{"nonesuch", "2"}}});
  EXPECT_FALSE(unknown.compiled);
  ASSERT_FALSE(unknown.diagnostics.empty());
  EXPECT_NE(unknown.diagnostics[0].message.find("no schema-level <let name=\"nonesuch\">"), std::string::npos);
}

TEST(SchematronValidator, SvrlIsXmlWithLocationsThatFindTheNodes) {
  const Outcome run = Validate(
      "<pattern id='p'><rule context='d:item' id='r'><assert test='@when' id='a' role='warning'>no date</assert>"
      "<report test='@n = 3' id='b'>three</report></rule></pattern>");
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr svrl = ReadXmlMemory(run.svrl, "report.svrl", diagnostics);
  ASSERT_TRUE(svrl) << run.svrl;
  XPathContextPtr context(xmlXPathNewContext(svrl.get()));
  xmlXPathRegisterNs(context.get(), AsXmlChars("svrl"), AsXmlChars(kSvrlNamespace));
  auto count = [&](const char* expression) {
    XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression), context.get()));
    return result && result->nodesetval ? result->nodesetval->nodeNr : -1;
  };
  EXPECT_EQ(count("/svrl:schematron-output/svrl:active-pattern[@id='p']"), 1);
  EXPECT_EQ(count("//svrl:fired-rule[@id='r'][@context='d:item']"), 3);
  EXPECT_EQ(count("//svrl:failed-assert[@id='a'][@role='warning'][@test='@when']/svrl:text[.='no date']"), 2);
  EXPECT_EQ(count("//svrl:successful-report[@id='b']"), 1);
  // Each @location, evaluated in the validated document, selects the node the finding is about.
  XPathObjectPtr locations(xmlXPathEvalExpression(AsXmlChars("//@location"), context.get()));
  ASSERT_TRUE(locations && locations->nodesetval);
  ASSERT_EQ(locations->nodesetval->nodeNr, 3);
  XmlDocPtr input = ReadXmlMemory(kDocument, "doc.xml", diagnostics);
  XPathContextPtr in_document(xmlXPathNewContext(input.get()));
  xmlXPathRegisterNs(in_document.get(), AsXmlChars("d"), AsXmlChars("urn:doc"));
  const std::vector<std::string> expected_n = {"1", "3", "3"};
  for (int i = 0; i < 3; ++i) {
    XmlCharsPtr location(xmlNodeGetContent(locations->nodesetval->nodeTab[i]));
    XPathObjectPtr found(xmlXPathEvalExpression(location.get(), in_document.get()));
    ASSERT_TRUE(found && found->nodesetval && found->nodesetval->nodeNr == 1) << AsChars(location.get());
    XmlCharsPtr n(xmlGetProp(found->nodesetval->nodeTab[0], AsXmlChars("n")));
    EXPECT_EQ(TakeString(std::move(n)), expected_n[i]) << AsChars(location.get());
  }
}

TEST(SchematronValidator, ARuntimeErrorIsADiagnosticNotACrash) {
  const Outcome run = Validate(
      "<ns prefix='teipress' uri='urn:teipress:xpath'/><pattern><rule context='d:doc'>"
      "<assert test='teipress:matches(\"a\", \"(\")'>m</assert></rule></pattern>");
  ASSERT_TRUE(run.compiled);
  EXPECT_FALSE(run.valid);
}

TEST(SchematronValidator, UndefinedVariableIsRefusedWhenCompiling) {
  const Outcome run = Validate("<pattern><rule context='d:doc'><assert test='$nowhere'>m</assert></rule></pattern>");
  EXPECT_FALSE(run.compiled && run.valid);
}

TEST(SchematronValidator, MissingSchemaFileIsAnError) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(SchematronSchema::Compile("/nonexistent/rules.sch", {}, diagnostics));
  EXPECT_TRUE(HasErrors(diagnostics));
}

}  // namespace
}  // namespace teipress
