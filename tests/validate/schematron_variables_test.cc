// Every variable a schema refers to is declared where the expression is evaluated, for the phase
// compiled: checked before any document is validated, with the file and line of the use.
#include "schematron_variables.h"

#include <gtest/gtest.h>

#include "schematron_reader.h"
#include "xml_reader.h"

namespace teipress {
namespace {

// The undeclared-variable messages for `body` (inside <schema>, first line 2), compiled for
// `phase`: the indexes of the active patterns are those of the phase, or all of them.
std::vector<Diagnostic> Check(const std::string& body, const std::string& phase = "") {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr schema = ReadXmlMemory("<schema xmlns='http://purl.oclc.org/dsdl/schematron'>\n" + body + "\n</schema>",
                                   "v.sch", diagnostics);
  SchematronSchemaModel model;
  EXPECT_TRUE(ReadSchematron(schema.get(), "v.sch", model, diagnostics)) << body;
  const SchematronPhase* chosen = phase.empty() ? nullptr : &model.phases.at(phase);
  std::vector<size_t> active;
  for (size_t i = 0; i < model.patterns.size(); ++i) {
    const bool in_phase = chosen && std::find(chosen->active.begin(), chosen->active.end(), model.patterns[i].id) !=
                                        chosen->active.end();
    if (!chosen || in_phase) active.push_back(i);
  }
  const bool ok = CheckVariables(model, chosen, active, diagnostics);
  EXPECT_EQ(ok, diagnostics.empty());
  return diagnostics;
}

TEST(SchematronVariables, EachPlaceAnExpressionIsWrittenIsChecked) {
  const struct {
    const char* label;
    std::string body;  // the undeclared $u is used on line 3
    const char* what;
  } cases[] = {
      {"rule context", "<pattern>\n<rule context='a[$u]'/></pattern>", "@context of <rule>"},
      {"assert test", "<pattern><rule context='a'>\n<assert test='$u'/></rule></pattern>", "@test of <assert>"},
      {"report test", "<pattern><rule context='a'>\n<report test='$u'/></rule></pattern>", "@test of <report>"},
      {"rule let", "<pattern><rule context='a'>\n<let name='v' value='$u'/><report test='$v'/></rule></pattern>",
       "@value of <let name=\"v\">"},
      {"value-of", "<pattern><rule context='a'><report test='1'>\n<value-of select='$u'/></report></rule></pattern>",
       "@select of <value-of>"},
      {"name", "<pattern><rule context='a'><report test='1'>\n<name path='$u'/></report></rule></pattern>",
       "@path of <name>"},
      {"copy-of in a property",
       "<pattern><rule context='a'><report test='1' properties='p'/></rule></pattern><properties><property id='p'>\n"
       "<xsl:copy-of xmlns:xsl='http://www.w3.org/1999/XSL/Transform' select='$u'/></property></properties>",
       "@select of <xsl:copy-of>"},
      {"diagnostic", "<pattern><rule context='a'><report test='1' diagnostics='d'/></rule></pattern><diagnostics>"
       "<diagnostic id='d'>\n<value-of select='$u'/></diagnostic></diagnostics>", "@select of <value-of>"},
      {"pattern documents", "<pattern\ndocuments='$u'/>", "@documents of <pattern>"},
      {"subject", "<pattern><rule context='a'>\n<report test='1' subject='$u'/></rule></pattern>", "@subject of <report>"},
      {"schema let", "\n<let name='v' value='$u'/>", "@value of <let name=\"v\">"},
  };
  for (const auto& c : cases) {
    const auto diagnostics = Check(c.body);
    ASSERT_EQ(diagnostics.size(), 1u) << c.label;
    EXPECT_EQ(diagnostics[0].file, "v.sch") << c.label;
    EXPECT_EQ(diagnostics[0].line, 3) << c.label;
    EXPECT_EQ(diagnostics[0].message.rfind(std::string(c.what) + " refers to $u, which is not declared", 0), 0u)
        << c.label << ": " << diagnostics[0].message;
  }
}

TEST(SchematronVariables, ScopesAreSchemaPhasePatternAndWhatComesEarlierInTheRule) {
  // Declared: fine wherever they are visible.
  EXPECT_TRUE(Check("<let name='s' value='1'/><pattern><let name='p' value='$s'/>"
                    "<rule context='a[$s = $p]'><let name='r' value='$p'/><let name='r2' value='$r'/>"
                    "<report test='$r2 = $s'/></rule></pattern><pattern><rule context='b'><report test='$p'/></rule></pattern>")
                  .empty());
  // A rule's variable is not visible before it is declared, nor in the context, nor in another rule.
  EXPECT_EQ(Check("<pattern><rule context='a'><let name='early' value='$late'/><let name='late' value='1'/>"
                  "<report test='1'/></rule></pattern>").size(), 1u);
  EXPECT_EQ(Check("<pattern><rule context='a[$r]'><let name='r' value='1'/><report test='1'/></rule></pattern>").size(), 1u);
  EXPECT_EQ(Check("<pattern><rule context='a'><let name='r' value='1'/><report test='1'/></rule>"
                  "<rule context='b'><report test='$r'/></rule></pattern>").size(), 1u);
}

TEST(SchematronVariables, PhaseAndPatternVariablesExistOnlyWhenTheyAreCompiled) {
  const std::string schema =
      "<phase id='with'><let name='x' value='1'/><active pattern='uses'/></phase>"
      "<phase id='other'><active pattern='declares'/></phase>"
      "<pattern id='uses'><rule context='a'><report test='$x and $y'/></rule></pattern>"
      "<pattern id='declares'><let name='y' value='1'/><rule context='b'><report test='1'/></rule></pattern>";
  // Phase 'with' runs 'uses' without 'declares': $y is not declared.
  const auto with = Check(schema, "with");
  ASSERT_EQ(with.size(), 1u);
  EXPECT_NE(with[0].message.find("refers to $y"), std::string::npos);
  // #ALL runs both, but no phase: $x is not declared.
  const auto all = Check(schema);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_NE(all[0].message.find("refers to $x"), std::string::npos);
  // Phase 'other' does not run 'uses', which is checked against every phase's variables.
  EXPECT_TRUE(Check(schema, "other").empty());
}

TEST(SchematronVariables, AnInstanceOfAnAbstractPatternIsToldAboutMissingParameters) {
  const auto diagnostics = Check("<pattern abstract='true' id='a'><rule context='$context'>\n<report test='$missing'/>"
                                 "</rule></pattern><pattern is-a='a'><param name='context' value='x'/></pattern>");
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].line, 3);
  EXPECT_NE(diagnostics[0].message.find("refers to $missing"), std::string::npos);
  EXPECT_NE(diagnostics[0].message.find("give it with <param name=\"...\" value=\"...\"/> at v.sch:3"), std::string::npos)
      << diagnostics[0].message;
}

}  // namespace
}  // namespace teipress
