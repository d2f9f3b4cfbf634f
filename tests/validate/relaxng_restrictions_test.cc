// The restrictions of section 7, each with a schema that breaks it (checked on the simplified
// grammar: CompileRelaxNgGrammar reports the violation), and schemas that keep them although they
// look close.
#include "relaxng_restrictions.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "relaxng_simplifier.h"
#include "test_support.h"

namespace teipress {
namespace {

struct Case {
  const char* label;
  const char* start;    // the content of <start>
  const char* message;  // empty: the schema is correct
};

const Case kCases[] = {
    {"attribute in attribute", "<element name='a'><attribute name='x'><attribute name='y'/></attribute></element>",
     "an attribute must not contain an attribute"},
    {"element in attribute", "<element name='a'><attribute name='x'><element name='y'><empty/></element></attribute></element>",
     "an attribute must not contain an element"},
    {"repeated group of attributes",
     "<element name='a'><oneOrMore><group><attribute name='x'/><attribute name='y'/></group></oneOrMore></element>",
     "a group of attributes must not be repeated (oneOrMore//group//attribute)"},
    {"list in list", "<element name='a'><list><list><data type='token'/></list></list></element>",
     "a list must not contain a list"},
    {"text in list", "<element name='a'><list><text/></list></element>", "a list must not contain text"},
    {"group in data except", "<element name='a'><data type='token'><except><group><value>a</value><value>b</value></group></except></data></element>",
     "a data pattern must not exclude a group"},
    {"attribute in start", "<attribute name='x'/>", "start may contain only elements and choices (it contains an attribute)"},
    {"text in start", "<text/>", "start may contain only elements and choices (it contains text)"},
    {"data beside an element", "<element name='a'><data type='integer'/><element name='b'><empty/></element></element>",
     "a group of a data or value pattern with other content"},
    {"data beside text", "<element name='a'><interleave><data type='integer'/><text/></interleave></element>",
     "an interleave of a data or value pattern with other content"},
    {"repeated data", "<element name='a'><oneOrMore><data type='integer'/></oneOrMore></element>",
     "a repeated data or value pattern outside a list"},
    {"duplicate attribute", "<element name='a'><attribute name='x'/><attribute name='x'/></element>",
     "duplicate attribute \"x\""},
    {"attribute of any name, once", "<element name='a'><attribute><anyName/></attribute></element>",
     "an attribute with anyName or nsName must be inside oneOrMore"},
    {"same element on both sides of an interleave",
     "<element name='a'><interleave><element name='b'><empty/></element><element name='b'><text/></element></interleave></element>",
     "an element \"b\" can occur in both operands of an interleave"},
    {"text on both sides of an interleave", "<element name='a'><interleave><text/><text/></interleave></element>",
     "both operands of an interleave contain text"},
    {"ID not an attribute's content", "<element name='a'><data type='ID'/></element>",
     "a data or value pattern of an ID type must be the whole content of an attribute"},
    {"two ID types for one attribute",
     "<choice><element name='a'><attribute name='x'><data type='ID'/></attribute></element>"
     "<element name='a'><attribute name='x'><data type='IDREF'/></attribute></element></choice>",
     "conflicting ID types for attribute \"x\" of element \"a\""},
    // Close, but correct.
    {"the same attribute in two branches of a choice",
     "<element name='a'><choice><attribute name='x'/><group><attribute name='x'/><attribute name='y'/></group></choice></element>",
     ""},
    {"repeated attribute of any name", "<element name='a'><zeroOrMore><attribute><anyName/></attribute></zeroOrMore></element>",
     ""},
    {"repeated data in a list", "<element name='a'><list><oneOrMore><data type='integer'/></oneOrMore></list></element>", ""},
    {"mixed content", "<element name='a'><mixed><zeroOrMore><element name='b'><empty/></element></zeroOrMore></mixed></element>",
     ""},
};

class RelaxNgRestrictionsTest : public ::testing::TestWithParam<Case> {};

TEST_P(RelaxNgRestrictionsTest, RefusesWhatSectionSevenForbids) {
  const Case& c = GetParam();
  testing::TemporaryDirectory directory;
  const std::string path = (directory.path() / "s.rng").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path,
                                  std::string("<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\" "
                                              "datatypeLibrary=\"http://www.w3.org/2001/XMLSchema-datatypes\"><start>") +
                                      c.start + "</start></grammar>",
                                  error, Durability::kRegenerable));
  std::vector<Diagnostic> errors;
  auto grammar = CompileRelaxNgGrammar(path, errors);
  if (*c.message == '\0') {
    EXPECT_TRUE(grammar) << (errors.empty() ? "" : errors[0].message);
    return;
  }
  ASSERT_FALSE(grammar);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, c.message);
  EXPECT_EQ(errors[0].line, 1);
}

INSTANTIATE_TEST_SUITE_P(Restrictions, RelaxNgRestrictionsTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return testing::TestNameFromLabel(info.param.label); });

}  // namespace
}  // namespace teipress
