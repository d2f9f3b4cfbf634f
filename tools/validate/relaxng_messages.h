// The words of every RELAX NG diagnostic: one function per rule id, so that each id is worded in
// exactly one place whichever engine found the problem. Callers pass what they know about the
// problem (names already written as tags, the expected children and values); these functions only
// phrase it.
#pragma once

#include <string>
#include <vector>

#include "diagnostic_catalog.h"

namespace teipress {

struct RelaxNgWording {
  std::string message;
  RuleId rule = rules::kRelaxNg;
};

// What an attribute value was expected to be: a closed list of values and/or datatypes, each
// datatype with the patterns it must match.
struct ExpectedValues {
  std::vector<std::string> values;
  struct Datatype {
    std::string name;  // local name in the XSD library, e.g. "date"
    std::vector<std::string> patterns;
  };
  std::vector<Datatype> datatypes;
};

// "<name>" for an element's qualified name.
std::string ElementTag(const std::string& qname);

// A list of the element names (local or qualified), each written as a tag: "<a>, <b> or <c>".
std::string ElementList(const std::vector<std::string>& names);

// Required children, one clause per inner list (one of its names must be present): "<a> and one of <b> or <c>".
std::string DescribeRequiredChildren(const std::vector<std::vector<std::string>>& clauses);

// What may come next in an element: "<a>, <b>, text or the end of <p>" (`element_tag` empty: no end).
std::string DescribeExpected(const std::vector<std::string>& element_names, bool text, const std::string& end_of_tag);

namespace relaxng_wording {

// relaxng.root-element: the root element is not one the schema allows; `expected`, when known,
// what it allows (DescribeExpected).
RelaxNgWording RootElement(const std::string& element_tag, const std::string& expected);

// relaxng.unexpected-element. `first_needs`: the required children still missing before it
// (preferred); else `content_model` of the parent; and `expected`, when known, what the validator
// expected instead (DescribeExpected).
RelaxNgWording UnexpectedElement(const std::string& element_tag, const std::string& parent_tag,
                                 const std::vector<std::vector<std::string>>& first_needs,
                                 const std::string& content_model, const std::string& expected);

// relaxng.unknown-element: an element the schema defines nowhere; `allowed` what the parent takes
// there (ElementList or DescribeExpected).
RelaxNgWording UnknownElement(const std::string& element_tag, const std::string& parent_tag, const std::string& allowed);

// relaxng.missing-element: the element ended while `missing` children were required; when the
// clauses are unknown, what was `expected` and the element's content model (either may be empty).
RelaxNgWording MissingElement(const std::string& element_tag, const std::vector<std::vector<std::string>>& missing,
                              const std::string& expected, const std::string& content_model);

// relaxng.unexpected-text: the element's content model, or else what was expected there.
RelaxNgWording UnexpectedText(const std::string& element_tag, const std::string& content_model,
                              const std::string& expected = "");

// relaxng.not-empty; `has_text`: the content is text (else child elements).
RelaxNgWording NotEmpty(const std::string& element_tag, bool has_text);

// relaxng.unknown-attribute; `allowed`, when known, the attributes the element could still take.
RelaxNgWording UnknownAttribute(const std::string& attribute_qname, const std::string& element_tag,
                                const std::vector<std::string>& allowed = {});

// relaxng.attribute-value
RelaxNgWording AttributeValue(const std::string& attribute_qname, const std::string& element_tag,
                              const std::string& value, const ExpectedValues& expected);

// relaxng.missing-attribute: one or more required attributes the element lacks.
RelaxNgWording MissingAttribute(const std::string& element_tag, const std::vector<std::string>& attribute_qnames);

// relaxng.duplicate-id
RelaxNgWording DuplicateId(const std::string& attribute_qname, const std::string& element_tag,
                           const std::string& value, long first_line);

// relaxng.attributes: the attributes fit no form the schema allows; `objection` names the
// attribute the validator objected to, when it said.
RelaxNgWording Attributes(const std::string& element_tag, const std::string& objection);

// relaxng.namespace. `actual_namespace` null: the element is in no namespace although the schema's
// are in `expected_namespace`.
RelaxNgWording Namespace(const std::string& element_tag, const std::string* actual_namespace,
                         const std::string& expected_namespace);

// relaxng.value: the text content is not of the datatype, or not what was expected.
RelaxNgWording Value(const std::string& element_tag, const std::string& value, const std::string& datatype);
RelaxNgWording Value(const std::string& element_tag, const std::string& value, const ExpectedValues& expected);

// relaxng.unknown-id: an IDREF that no ID of the document matches.
RelaxNgWording UnknownId(const std::string& attribute_qname, const std::string& element_tag, const std::string& value);

// relaxng.content: the content does not match, nothing more specific known.
RelaxNgWording Content(const std::string& element_tag, const std::string& content_model);

// relaxng: the validator's own words, for a problem of no known kind.
RelaxNgWording Unclassified(const std::string& validator_message);

}  // namespace relaxng_wording

}  // namespace teipress
