#include "relaxng_messages.h"

#include <algorithm>

namespace teipress {

namespace {

constexpr size_t kMaxListed = 12;

std::string List(const std::vector<std::string>& names, const std::string& before = "", const std::string& after = "",
                 const char* last_separator = " or ") {
  std::string out;
  const size_t shown = std::min(names.size(), kMaxListed);
  for (size_t i = 0; i < shown; ++i) {
    if (i) out += i + 1 == shown && shown == names.size() ? last_separator : ", ";
    out += before + names[i] + after;
  }
  if (names.size() > shown) out += ", … (" + std::to_string(names.size() - shown) + " more)";
  return out;
}

// "one of 'a' or 'b' or xsd:date | xsd:token matching '\S+'"
std::string DescribeExpectedValues(const ExpectedValues& expected) {
  std::string types;
  for (const ExpectedValues::Datatype& datatype : expected.datatypes) {
    std::string type = "xsd:" + datatype.name;
    if (!datatype.patterns.empty()) type += " matching " + List(datatype.patterns, "'", "'", " and ");
    if (types.find(type) == std::string::npos) types += (types.empty() ? "" : " | ") + type;
  }
  std::vector<std::string> parts;
  if (!expected.values.empty()) parts.push_back("one of " + List(expected.values, "'", "'"));
  if (!types.empty()) parts.push_back(types);
  return List(parts, "", "", " or ");
}

}  // namespace

std::string ElementTag(const std::string& qname) { return "<" + qname + ">"; }

std::string ElementList(const std::vector<std::string>& names) { return List(names, "<", ">"); }

std::string DescribeRequiredChildren(const std::vector<std::vector<std::string>>& clauses) {
  std::vector<std::string> parts;
  for (const auto& clause : clauses) parts.push_back(clause.size() == 1 ? ElementList(clause) : "one of " + ElementList(clause));
  return List(parts, "", "", " and ");
}

std::string DescribeExpected(const std::vector<std::string>& element_names, bool text, const std::string& end_of_tag) {
  // Elements are listed up to the usual limit; text and the end of the element always show.
  std::vector<std::string> parts;
  const size_t shown = std::min(element_names.size(), kMaxListed);
  for (size_t i = 0; i < shown; ++i) parts.push_back(ElementTag(element_names[i]));
  if (element_names.size() > shown) parts.push_back("… (" + std::to_string(element_names.size() - shown) + " more)");
  if (text) parts.push_back("text");
  if (!end_of_tag.empty()) parts.push_back("the end of " + end_of_tag);
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += i + 1 == parts.size() && parts[i].rfind("…", 0) != 0 ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

namespace relaxng_wording {

RelaxNgWording RootElement(const std::string& element_tag, const std::string& expected) {
  return {"element " + element_tag + " is not allowed as the root element" +
              (expected.empty() ? std::string() : " (expected " + expected + ")"),
          rules::kRelaxNgRootElement};
}

RelaxNgWording UnexpectedElement(const std::string& element_tag, const std::string& parent_tag,
                                 const std::vector<std::vector<std::string>>& first_needs,
                                 const std::string& content_model, const std::string& expected) {
  RelaxNgWording out{"", rules::kRelaxNgUnexpectedElement};
  out.message = "element " + element_tag + " is not allowed here in " + parent_tag;
  if (!first_needs.empty()) {
    out.message += "; " + parent_tag + " first needs " + DescribeRequiredChildren(first_needs);
  } else if (!content_model.empty()) {
    out.message += "; the content of " + parent_tag + " is " + content_model;
  }
  if (!expected.empty()) out.message += " (expected " + expected + ")";
  return out;
}

RelaxNgWording UnknownElement(const std::string& element_tag, const std::string& parent_tag, const std::string& allowed) {
  return {"element " + element_tag + " is not defined by the schema; " + parent_tag + " allows " + allowed,
          rules::kRelaxNgUnknownElement};
}

RelaxNgWording MissingElement(const std::string& element_tag, const std::vector<std::vector<std::string>>& missing,
                              const std::string& expected, const std::string& content_model) {
  if (!missing.empty()) {
    return {"element " + element_tag + " is incomplete: it lacks " + DescribeRequiredChildren(missing),
            rules::kRelaxNgMissingElement};
  }
  return {"element " + element_tag + " ends too early" + (expected.empty() ? std::string() : ": expected " + expected) +
              (content_model.empty() ? std::string() : "; its content is " + content_model),
          rules::kRelaxNgMissingElement};
}

RelaxNgWording UnexpectedText(const std::string& element_tag, const std::string& content_model,
                              const std::string& expected) {
  std::string detail;
  if (!content_model.empty() || expected.empty()) detail = " (the content of " + element_tag + " is " + content_model + ")";
  else detail = " (expected " + expected + ")";
  return {"text is not allowed directly in " + element_tag + "; wrap it in an element" + detail,
          rules::kRelaxNgUnexpectedText};
}

RelaxNgWording NotEmpty(const std::string& element_tag, bool has_text) {
  return {"element " + element_tag + " must be empty" + (has_text ? "; remove its text" : ""), rules::kRelaxNgNotEmpty};
}

RelaxNgWording UnknownAttribute(const std::string& attribute_qname, const std::string& element_tag,
                                const std::vector<std::string>& allowed) {
  return {"attribute '" + attribute_qname + "' is not allowed on " + element_tag +
              "; remove it or use an attribute the schema defines for " + element_tag +
              (allowed.empty() ? std::string() : " (" + List(allowed, "'", "'") + ")"),
          rules::kRelaxNgUnknownAttribute};
}

RelaxNgWording AttributeValue(const std::string& attribute_qname, const std::string& element_tag,
                              const std::string& value, const ExpectedValues& expected) {
  return {"attribute '" + attribute_qname + "' of " + element_tag + " has the value '" + value + "'; expected " +
              DescribeExpectedValues(expected),
          rules::kRelaxNgAttributeValue};
}

RelaxNgWording MissingAttribute(const std::string& element_tag, const std::vector<std::string>& attribute_qnames) {
  return {"element " + element_tag + " lacks the required attribute" + (attribute_qnames.size() > 1 ? "s " : " ") +
              List(attribute_qnames, "'", "'", " and "),
          rules::kRelaxNgMissingAttribute};
}

RelaxNgWording DuplicateId(const std::string& attribute_qname, const std::string& element_tag,
                           const std::string& value, long first_line) {
  return {"attribute '" + attribute_qname + "' of " + element_tag + " repeats the ID '" + value +
              "' already given on line " + std::to_string(first_line) + "; IDs must be unique within a document",
          rules::kRelaxNgDuplicateId};
}

RelaxNgWording Attributes(const std::string& element_tag, const std::string& objection) {
  return {"the attributes of " + element_tag + " fit none of the forms the schema allows for " + element_tag +
              (objection.empty() ? "" : " (libxml2 objects to '" + objection + "')") +
              "; check the combination of attributes and their values",
          rules::kRelaxNgAttributes};
}

RelaxNgWording Namespace(const std::string& element_tag, const std::string* actual_namespace,
                         const std::string& expected_namespace) {
  if (!actual_namespace) {
    return {"element " + element_tag + " is in no namespace; the schema's elements are in '" + expected_namespace +
                "' (add xmlns=\"" + expected_namespace + "\" to the root element)",
            rules::kRelaxNgNamespace};
  }
  return {"element " + element_tag + " is in the wrong namespace ('" + *actual_namespace + "'); expected '" +
              expected_namespace + "'",
          rules::kRelaxNgNamespace};
}

RelaxNgWording Value(const std::string& element_tag, const std::string& value, const std::string& datatype) {
  return {"the content of " + element_tag + " ('" + value + "') is not a valid xsd:" + datatype, rules::kRelaxNgValue};
}

RelaxNgWording Value(const std::string& element_tag, const std::string& value, const ExpectedValues& expected) {
  if (expected.values.empty() && expected.datatypes.size() == 1 && expected.datatypes[0].patterns.empty()) {
    return Value(element_tag, value, expected.datatypes[0].name);
  }
  return {"the content of " + element_tag + " ('" + value + "') is not valid; expected " + DescribeExpectedValues(expected),
          rules::kRelaxNgValue};
}

RelaxNgWording UnknownId(const std::string& attribute_qname, const std::string& element_tag, const std::string& value) {
  return {"attribute '" + attribute_qname + "' of " + element_tag + " refers to the ID '" + value +
              "', which no element of the document has",
          rules::kRelaxNgUnknownId};
}

RelaxNgWording Content(const std::string& element_tag, const std::string& content_model) {
  return {"the content of " + element_tag + " does not match the schema: " + content_model, rules::kRelaxNgContent};
}

RelaxNgWording Unclassified(const std::string& validator_message) { return {validator_message, rules::kRelaxNg}; }

}  // namespace relaxng_wording

}  // namespace teipress
