// Every RELAX NG rule id has one wording: each function's message and rule id, spelled out.
#include "relaxng_messages.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace teipress {
namespace {

struct Case {
  const char* label;
  RelaxNgWording wording;
  const char* message;
  const char* rule;
};

const std::string kTei = "http://www.tei-c.org/ns/1.0";
const std::string kEmpty;

ExpectedValues DateOrList() {
  ExpectedValues expected;
  expected.values = {"free", "restricted"};
  expected.datatypes = {{"date", {}}, {"token", {"\\S+", "[a-z]+"}}, {"date", {}}};
  return expected;
}

const Case kCases[] = {
    {"unexpected element, what is missing first",
     relaxng_wording::UnexpectedElement("<p>", "<doc>", {{"head"}, {"a", "b"}}, "(head, p*)", ""),
     "element <p> is not allowed here in <doc>; <doc> first needs <head> and one of <a> or <b>",
     "relaxng.unexpected-element"},
    {"unexpected element, the content model and what was expected",
     relaxng_wording::UnexpectedElement("<p>", "<doc>", {}, "(head, p*)", "<tail>"),
     "element <p> is not allowed here in <doc>; the content of <doc> is (head, p*) (expected <tail>)",
     "relaxng.unexpected-element"},
    {"unexpected root", relaxng_wording::RootElement("<x>", ""), "element <x> is not allowed as the root element",
     "relaxng.root-element"},
    {"unknown element", relaxng_wording::UnknownElement("<bogus>", "<p>", ElementList({"br", "hi"})),
     "element <bogus> is not defined by the schema; <p> allows <br> or <hi>", "relaxng.unknown-element"},
    {"missing element", relaxng_wording::MissingElement("<doc>", {{"tail"}}, "", "m"),
     "element <doc> is incomplete: it lacks <tail>", "relaxng.missing-element"},
    {"element ending too early", relaxng_wording::MissingElement("<doc>", {}, "<tail>", "(head, tail)"),
     "element <doc> ends too early: expected <tail>; its content is (head, tail)", "relaxng.missing-element"},
    {"unexpected text", relaxng_wording::UnexpectedText("<doc>", "(head, tail)"),
     "text is not allowed directly in <doc>; wrap it in an element (the content of <doc> is (head, tail))",
     "relaxng.unexpected-text"},
    {"text in an empty element", relaxng_wording::NotEmpty("<br>", true), "element <br> must be empty; remove its text",
     "relaxng.not-empty"},
    {"children in an empty element", relaxng_wording::NotEmpty("<br>", false), "element <br> must be empty",
     "relaxng.not-empty"},
    {"unknown attribute", relaxng_wording::UnknownAttribute("x", "<p>"),
     "attribute 'x' is not allowed on <p>; remove it or use an attribute the schema defines for <p>",
     "relaxng.unknown-attribute"},
    {"unknown attribute, what was expected", relaxng_wording::UnknownAttribute("x", "<p>", {"n", "xml:id"}),
     "attribute 'x' is not allowed on <p>; remove it or use an attribute the schema defines for <p> ('n' or 'xml:id')",
     "relaxng.unknown-attribute"},
    {"attribute value", relaxng_wording::AttributeValue("status", "<doc>", "open", DateOrList()),
     "attribute 'status' of <doc> has the value 'open'; expected one of 'free' or 'restricted' or xsd:date | "
     "xsd:token matching '\\S+' and '[a-z]+'",
     "relaxng.attribute-value"},
    {"missing attribute", relaxng_wording::MissingAttribute("<hi>", {"rend"}),
     "element <hi> lacks the required attribute 'rend'", "relaxng.missing-attribute"},
    {"missing attributes", relaxng_wording::MissingAttribute("<hi>", {"rend", "xml:id"}),
     "element <hi> lacks the required attributes 'rend' and 'xml:id'", "relaxng.missing-attribute"},
    {"element ending too early, expected from the derivative",
     relaxng_wording::MissingElement("<doc>", {}, DescribeExpected({"a", "b"}, false, ""), ""),
     "element <doc> ends too early: expected <a> or <b>", "relaxng.missing-element"},
    {"unexpected element, what was expected", relaxng_wording::UnexpectedElement("<p>", "<doc>", {}, "", DescribeExpected({"tail"}, true, "<doc>")),
     "element <p> is not allowed here in <doc> (expected <tail>, text or the end of <doc>)", "relaxng.unexpected-element"},
    {"unexpected root, what was expected", relaxng_wording::RootElement("<x>", "<TEI>"),
     "element <x> is not allowed as the root element (expected <TEI>)", "relaxng.root-element"},
    {"unexpected text, what was expected", relaxng_wording::UnexpectedText("<doc>", "", "<p>"),
     "text is not allowed directly in <doc>; wrap it in an element (expected <p>)", "relaxng.unexpected-text"},
    {"value of a list", relaxng_wording::Value("<x>", "c", ExpectedValues{{"a", "b"}, {}}),
     "the content of <x> ('c') is not valid; expected one of 'a' or 'b'", "relaxng.value"},
    {"unknown id", relaxng_wording::UnknownId("target", "<ptr>", "n1"),
     "attribute 'target' of <ptr> refers to the ID 'n1', which no element of the document has", "relaxng.unknown-id"},
    {"duplicate id", relaxng_wording::DuplicateId("xml:id", "<p>", "a", 2),
     "attribute 'xml:id' of <p> repeats the ID 'a' already given on line 2; IDs must be unique within a document",
     "relaxng.duplicate-id"},
    {"attribute combination", relaxng_wording::Attributes("<p>", "x"),
     "the attributes of <p> fit none of the forms the schema allows for <p> (libxml2 objects to 'x'); check the "
     "combination of attributes and their values",
     "relaxng.attributes"},
    {"no namespace", relaxng_wording::Namespace("<TEI>", nullptr, kTei),
     "element <TEI> is in no namespace; the schema's elements are in 'http://www.tei-c.org/ns/1.0' (add "
     "xmlns=\"http://www.tei-c.org/ns/1.0\" to the root element)",
     "relaxng.namespace"},
    {"wrong namespace", relaxng_wording::Namespace("<TEI>", &kEmpty, kTei),
     "element <TEI> is in the wrong namespace (''); expected 'http://www.tei-c.org/ns/1.0'", "relaxng.namespace"},
    {"value", relaxng_wording::Value("<num>", "x", "integer"), "the content of <num> ('x') is not a valid xsd:integer",
     "relaxng.value"},
    {"content", relaxng_wording::Content("<doc>", "(a, b)"), "the content of <doc> does not match the schema: (a, b)",
     "relaxng.content"},
    {"unclassified", relaxng_wording::Unclassified("Error validating list"), "Error validating list", "relaxng"},
};

class RelaxNgMessagesTest : public ::testing::TestWithParam<Case> {};

TEST_P(RelaxNgMessagesTest, WordsTheProblem) {
  const Case& c = GetParam();
  EXPECT_EQ(c.wording.message, c.message);
  EXPECT_EQ(c.wording.rule.id(), c.rule);
}

INSTANTIATE_TEST_SUITE_P(Kinds, RelaxNgMessagesTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(RelaxNgMessages, ListsAtMostTwelveNames) {
  std::vector<std::string> names;
  for (int i = 0; i < 15; ++i) names.push_back("e" + std::to_string(i));
  EXPECT_EQ(ElementList(names),
            "<e0>, <e1>, <e2>, <e3>, <e4>, <e5>, <e6>, <e7>, <e8>, <e9>, <e10>, <e11>, … (3 more)");
  EXPECT_EQ(ElementList({"a", "b"}), "<a> or <b>");
  EXPECT_EQ(ElementList({}), "");
}

}  // namespace
}  // namespace teipress
