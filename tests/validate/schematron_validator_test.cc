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
  SchematronVerdict verdict = SchematronVerdict::kSchemaError;
  bool valid = false;
  std::vector<std::string> findings;  // "[file:]line severity [rule] message", file when not doc.xml
  std::string svrl;
  std::vector<Diagnostic> diagnostics;  // compiling, and a schema error while validating
  std::string directory;
};

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::string error;
  EXPECT_TRUE(WriteFileAtomically(path, text, error)) << error;
}

// Writes rules.sch (the schema element around `schema_body`), `files` beside it and doc.xml
// (`document`), then compiles the rules and validates doc.xml.
Outcome Validate(const std::string& schema_body, const SchematronOptions& options = {},
                 const std::string& document = kDocument, const std::map<std::string, std::string>& files = {}) {
  TemporaryDirectory directory;
  const fs::path path = directory.path() / "rules.sch";
  Write(path, "<schema xmlns='http://purl.oclc.org/dsdl/schematron'><ns prefix='d' uri='urn:doc'/>\n" + schema_body +
                  "\n</schema>");
  for (const auto& [name, text] : files) Write(directory.path() / name, text);
  Write(directory.path() / "doc.xml", document);
  Outcome run;
  run.directory = directory.path().string();
  auto schema = SchematronSchema::Compile(path.string(), options, run.diagnostics);
  run.compiled = schema != nullptr;
  if (!schema) return run;
  const std::string file = (directory.path() / "doc.xml").string();
  XmlDocPtr input = ReadXmlFile(file, run.diagnostics);
  std::vector<Diagnostic> findings;
  run.verdict = schema->Check(input.get(), file, findings, &run.svrl);
  run.valid = run.verdict == SchematronVerdict::kValid;
  if (run.verdict == SchematronVerdict::kSchemaError) {
    run.diagnostics.insert(run.diagnostics.end(), findings.begin(), findings.end());
    return run;
  }
  for (const Diagnostic& d : findings) {
    const std::string name = fs::path(d.file).filename().string();
    run.findings.push_back((name == "doc.xml" ? "" : name + ":") + std::to_string(d.line) + " " +
                           SeverityName(d.severity) + " [" + d.rule + "] " + d.message);
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
      {"value-of and name in messages; name's @path gives the name itself (ISO 2016 5.4.9)",
       "<pattern><rule context='d:item[2]'><assert test='false()'><name/> n=<value-of select='@n'/> "
       "parent <name path='name(..)'/></assert></rule></pattern>",
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
      {"roles: warning, warn, nonfatal are warnings; info, information, note are notes; the rest errors",
       "<pattern><rule context='d:item[@n=3]'>"
       "<report test='true()' id='w' role='warning'>w</report><report test='true()' id='w2' role='Warn'>w2</report>"
       "<report test='true()' id='w3' role='nonfatal'>w3</report>"
       "<report test='true()' id='i' role='info'>i</report><report test='true()' id='i2' role='information'>i2</report>"
       "<report test='true()' id='i3' role='note'>i3</report><report test='true()' id='f' role='fatal'>f</report>"
       "<report test='true()' id='e2' role='ERROR'>e2</report><report test='true()' id='o' role='other'>o</report>"
       "<report test='true()' id='e'>e</report></rule></pattern>",
       "", {"4 warning [w] w", "4 warning [w2] w2", "4 warning [w3] w3", "4 note [i] i", "4 note [i2] i2", "4 note [i3] i3",
            "4 error [f] f", "4 error [e2] e2", "4 error [o] o", "4 error [e] e"}},
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

TEST(SchematronValidator, ARuntimeErrorIsTheSchemasErrorAtItsLineNotAnInvalidDocument) {
  const struct {
    const char* label;
    std::string schema;  // the failing expression on line 3 of rules.sch
    const char* reason;
  } cases[] = {
      {"invalid regular expression",
       "<ns prefix='teipress' uri='urn:teipress:xpath'/><pattern><rule context='d:doc'>\n"
       "<assert test='teipress:matches(\"a\", \"(\")'>m</assert></rule></pattern>",
       "invalid regular expression"},
      {"a function called with the wrong number of arguments",
       "<pattern><rule context='d:doc'>\n<report test='contains(.)'>m</report></rule></pattern>", "Invalid number of arguments"},
      {"wrong type in a message",
       "<pattern><rule context='d:doc'><report test='true()'>\n<value-of select='count(\"a\")'/></report></rule></pattern>",
       "Invalid type"},
      {"wrong type in a rule variable",
       "<pattern><rule context='d:doc'>\n<let name='x' value='count(1)'/><report test='$x'>m</report></rule></pattern>",
       "Invalid type"},
  };
  for (const auto& c : cases) {
    const Outcome run = Validate(c.schema);
    ASSERT_TRUE(run.compiled) << c.label;
    EXPECT_EQ(run.verdict, SchematronVerdict::kSchemaError) << c.label;
    EXPECT_TRUE(run.findings.empty()) << c.label;
    ASSERT_EQ(run.diagnostics.size(), 1u) << c.label;
    const Diagnostic& d = run.diagnostics[0];
    EXPECT_EQ(d.file, run.directory + "/rules.sch") << c.label;
    EXPECT_EQ(d.line, 3) << c.label << ": " << FormatGnu(d);
    EXPECT_EQ(d.rule, "schematron.apply") << c.label;
    EXPECT_NE(d.message.find(c.reason), std::string::npos) << c.label << ": " << d.message;
    EXPECT_NE(d.message.find("an error in the schema, not in the document"), std::string::npos) << c.label;
  }
}

TEST(SchematronValidator, DocumentsAPatternNamesAreReadOnlyFromTheValidatedDocumentsTree) {
  const std::string schema =
      "<pattern documents='//d:note'><rule context='d:item'><report test='true()' id='sub'>n</report></rule></pattern>";
  const struct {
    const char* label;
    const char* note;  // the reference, in the validated document's <note>
    const char* reason;
  } cases[] = {
      {"outside the tree", "../secret.xml", "lies outside that document's directory tree"},
      {"absolute path elsewhere", "/etc/hostname", "lies outside that document's directory tree"},
      {"network", "http://example.org/x.xml", "or on the network"},
      {"missing", "missing.xml", "cannot be read as XML"},
  };
  for (const auto& c : cases) {
    const Outcome run = Validate(schema, {}, std::string("<doc xmlns='urn:doc'><note>") + c.note + "</note></doc>");
    ASSERT_TRUE(run.compiled) << c.label;
    EXPECT_EQ(run.verdict, SchematronVerdict::kSchemaError) << c.label;
    ASSERT_EQ(run.diagnostics.size(), 1u) << c.label;
    EXPECT_NE(run.diagnostics[0].message.find(c.reason), std::string::npos) << c.label << ": " << run.diagnostics[0].message;
  }
  const Outcome inside = Validate(schema, {}, "<doc xmlns='urn:doc'><note>sub/other.xml</note></doc>",
                                  {{"sub/other.xml", "<doc xmlns='urn:doc'>\n<item/></doc>"}});
  EXPECT_EQ(inside.findings, Findings{"other.xml:2 error [sub] n"});
}

TEST(SchematronValidator, AContextLibxsltRejectsAsAPatternIsRefusedAtItsLine) {
  const Outcome run = Validate("<pattern>\n<rule context='count(d:item)'><report test='1'>m</report></rule></pattern>");
  EXPECT_FALSE(run.compiled);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].file, run.directory + "/rules.sch");
  EXPECT_EQ(run.diagnostics[0].line, 3) << FormatGnu(run.diagnostics[0]);
  EXPECT_NE(run.diagnostics[0].message.find("libxslt rejected the compiled rules"), std::string::npos);
}

TEST(SchematronValidator, UndefinedVariableIsRefusedWhenCompiling) {
  const Outcome run = Validate("<pattern><rule context='d:doc'>\n<assert test='$nowhere'>m</assert></rule></pattern>");
  EXPECT_FALSE(run.compiled);
  ASSERT_EQ(run.diagnostics.size(), 1u);
  EXPECT_EQ(run.diagnostics[0].line, 3);
  EXPECT_NE(run.diagnostics[0].message.find("refers to $nowhere"), std::string::npos);
}

TEST(SchematronValidator, CompositionAbstractionAndTheRestOfIsoSchematron) {
  const std::string xsl = " xmlns:xsl='http://www.w3.org/1999/XSL/Transform'";
  struct Case {
    const char* label;
    std::string schema;
    Findings expected;
    std::map<std::string, std::string> files = {};
  };
  const Case cases[] = {
      {"an abstract pattern instantiated with parameters",
       "<pattern abstract='true' id='has'><rule context='$element'><assert test='@$attribute' id='has-$attribute'>"
       "<name/> lacks @<value-of select=\"'$attribute'\"/></assert></rule></pattern>"
       "<pattern is-a='has' id='dated'><param name='element' value='d:item'/><param name='attribute' value='when'/></pattern>",
       {"3 error [has-when] item lacks @when", "4 error [has-when] item lacks @when"}},
      {"an abstract pattern with a let instantiated twice: each instance has its own",
       "<pattern abstract='true' id='counted'><let name='count' value='count(//$element)'/><rule context='d:doc'>"
       "<report test='$count &gt; 0' id='count-$element'><value-of select='$count'/></report></rule></pattern>"
       "<pattern is-a='counted'><param name='element' value='d:item'/></pattern>"
       "<pattern is-a='counted'><param name='element' value='d:note'/></pattern>",
       {"1 error [count-d:item] 3", "1 error [count-d:note] 1"}},
      {"abstract rules extended, one extending another, with their lets",
       "<pattern><rule abstract='true' id='numbered'><let name='n' value='number(@n)'/>"
       "<assert test='$n = 1' id='first'>n=<value-of select='$n'/></assert></rule>"
       "<rule abstract='true' id='dated'><extends rule='numbered'/><assert test='@when' id='dated'>no date</assert></rule>"
       "<rule context='d:item'><extends rule='dated'/></rule></pattern>",
       {"3 error [dated] no date", "4 error [first] n=3", "4 error [dated] no date"}},
      {"abstract rules of <rules>, for every pattern",
       "<rules><rule abstract='true' id='g'><report test='@n = 3' id='global'>g</report></rule></rules>"
       "<pattern><rule context='d:item'><extends rule='g'/></rule></pattern>",
       {"4 error [global] g"}},
      {"include and extends href, relative to the including file",
       "<include href='parts/items.sch'/><pattern><rule context='d:note'><extends href='parts/rules.sch#note'/></rule></pattern>",
       {"4 error [included] from item", "5 error [note] note"},
       {{"parts/items.sch", "<pattern xmlns='http://purl.oclc.org/dsdl/schematron'><include href='item-rule.sch'/></pattern>"},
        {"parts/item-rule.sch", "<rule xmlns='http://purl.oclc.org/dsdl/schematron' context='d:item[@n=3]'>"
                                "<report test='true()' id='included'>from <value-of select='name()'/></report></rule>"},
        {"parts/rules.sch", "<schema xmlns='http://purl.oclc.org/dsdl/schematron'><pattern><rule abstract='true' id='note'>"
                            "<report test='true()' id='note'>note</report></rule></pattern></schema>"}}},
      {"a let given as element content is a tree, XSLT in it is data",
       "<let name='list'><x xmlns='urn:x'>one</x><x xmlns='urn:x'>two<xsl:element" + xsl + " name=''/></x></let>"
       "<pattern><rule context='d:doc'><report test=\"contains($list, 'two')\" id='content'>"
       "<value-of select='$list'/></report></rule></pattern>",
       {"1 error [content] onetwo"}},
      {"variables in rule contexts, positional ones too",
       "<let name='wanted' value='3'/><let name='position' value='2'/>"
       "<pattern><rule context='d:item[@n = $wanted]'><report test='true()' id='value'>n=<value-of select='@n'/></report></rule>"
       "</pattern><pattern><rule context='d:item[$position]'><report test='true()' id='position'>second</report></rule></pattern>",
       {"4 error [value] n=3", "3 error [position] second"}},
      {"the subject of a rule, or of a check, is where the finding is",
       "<pattern><rule context='d:doc' subject='d:note'><report test='true()' id='rule'>r</report>"
       "<report test='true()' id='check' subject='d:item[3]'>c</report></rule></pattern>",
       {"5 error [rule] r", "4 error [check] c"}},
      {"xsl:key at schema level",
       "<xsl:key" + xsl + " name='by-n' match='d:item' use='@n'/><pattern><rule context='d:doc'>"
       "<report test=\"count(key('by-n', '1')) = 2\" id='key'>two</report></rule></pattern>",
       {"1 error [key] two"}},
      {"pattern/@documents: the rules apply to the documents named, findings name them",
       "<pattern documents=\"'other.xml'\"><rule context='d:item'><report test='true()' id='sub'>n=<value-of select='@n'/>"
       "</report></rule></pattern>",
       {"other.xml:2 error [sub] n=9"},
       {{"other.xml", "<doc xmlns='urn:doc'>\n<item n='9'/></doc>"}}},
      {"foreign elements and xsl:copy-of in a message",
       "<pattern><rule context='d:item[@n=3]'><report test='true()' id='rich'>see <h:b xmlns:h='urn:h'>bold</h:b> "
       "<xsl:copy-of" + xsl + " select='../d:note/text()'/></report></rule></pattern>",
       {"4 error [rich] see bold [brackets]"}},
  };
  for (const Case& c : cases) {
    const Outcome run = Validate(c.schema, {}, kDocument, c.files);
    ASSERT_TRUE(run.compiled) << c.label << ": " << (run.diagnostics.empty() ? "" : FormatGnu(run.diagnostics[0]));
    EXPECT_EQ(run.verdict, SchematronVerdict::kInvalid) << c.label
                                                       << (run.diagnostics.empty() ? "" : FormatGnu(run.diagnostics[0]));
    EXPECT_EQ(run.findings, c.expected) << c.label;
  }
}

TEST(SchematronValidator, SvrlCarriesWhatTheSchemaSays) {
  const Outcome run = Validate(
      "<pattern id='p'><rule context='d:item[@n=3]' id='r' flag='rule-flag' role='warning' xml:lang='de'>"
      "<report test='true()' id='a' flag='raised' see='https://example.org/a' icon='a.png' fpi='-//A//EN' "
      "diagnostics='d1' properties='p1'>found</report></rule></pattern>"
      "<diagnostics><diagnostic id='d1' xml:lang='fr' see='#d' icon='d.png' fpi='-//D//EN'>why</diagnostic></diagnostics>"
      "<properties><property id='p1' role='hint' scheme='urn:s' see='#p'>n=<value-of select='@n'/></property></properties>");
  ASSERT_TRUE(run.compiled) << (run.diagnostics.empty() ? "" : FormatGnu(run.diagnostics[0]));
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr svrl = ReadXmlMemory(run.svrl, "report.svrl", diagnostics);
  ASSERT_TRUE(svrl) << run.svrl;
  XPathContextPtr context(xmlXPathNewContext(svrl.get()));
  xmlXPathRegisterNs(context.get(), AsXmlChars("svrl"), AsXmlChars(kSvrlNamespace));
  const std::string doc = run.directory + "/doc.xml";
  const std::vector<std::string> expressions = {
      "/svrl:schematron-output/svrl:active-pattern[@id='p'][@documents='" + doc + "']",
      "//svrl:fired-rule[@id='r'][@flag='rule-flag'][@role='warning'][@document='" + doc + "']",
      "//svrl:successful-report[@id='a'][@flag='raised'][@role='warning'][lang('de')]",
      "//svrl:successful-report/svrl:text[.='found'][@see='https://example.org/a'][@icon='a.png'][@fpi='-//A//EN']",
      "//svrl:diagnostic-reference[@diagnostic='d1']/svrl:text[.='why'][lang('fr')][@see='#d'][@icon='d.png'][@fpi='-//D//EN']",
      "//svrl:property-reference[@property='p1'][@role='hint'][@scheme='urn:s']/svrl:text[.='n=3'][@see='#p']",
      // SVRL's order: diagnostic references, property references, then the text.
      "//svrl:successful-report/*[1][self::svrl:diagnostic-reference]",
      "//svrl:successful-report/*[2][self::svrl:property-reference]",
      "//svrl:successful-report/*[3][self::svrl:text]",
  };
  for (const std::string& expression : expressions) {
    XPathObjectPtr result(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
    EXPECT_TRUE(result && result->nodesetval && result->nodesetval->nodeNr == 1) << expression << "\n" << run.svrl;
  }
  EXPECT_EQ(run.findings, Findings{"4 warning [a] found why"});
}

TEST(SchematronValidator, MissingSchemaFileIsAnError) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(SchematronSchema::Compile("/nonexistent/rules.sch", {}, diagnostics));
  EXPECT_TRUE(HasErrors(diagnostics));
}

}  // namespace
}  // namespace teipress
