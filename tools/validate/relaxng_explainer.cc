#include "relaxng_explainer.h"

#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemastypes.h>

#include <algorithm>
#include <set>

#include "diagnostic_catalog.h"
#include "relaxng_jing_alignment.h"

namespace teipress {

namespace {

constexpr size_t kMaxListed = 12;
constexpr const char* kXsdNs = "http://www.w3.org/2001/XMLSchema";

std::string QName(xmlNodePtr node) {
  if (!node || !node->name) return "";
  std::string name = AsChars(node->name);
  if (node->ns && node->ns->prefix) name = std::string(AsChars(node->ns->prefix)) + ":" + name;
  return name;
}

std::string Tag(xmlNodePtr node) { return "<" + QName(node) + ">"; }

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

std::string Elements(const std::vector<std::string>& names) { return List(names, "<", ">"); }

std::set<std::string> ChildNames(xmlNodePtr node) {
  std::set<std::string> names;
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) names.insert(AsChars(child->name));
  }
  return names;
}

bool IsElement(xmlNodePtr node) { return node && node->type == XML_ELEMENT_NODE; }

// The clauses still missing in `element`, taken from the variant of it that misses the fewest.
std::vector<std::vector<std::string>> Missing(const RelaxNgGrammarIndex& index, xmlNodePtr element) {
  std::vector<std::vector<std::string>> best;
  bool first = true;
  for (const ElementRule* rule : index.Find(AsChars(element->name))) {
    auto missing = MissingChildren(*rule, ChildNames(element));
    if (first || missing.size() < best.size()) best = std::move(missing);
    first = false;
  }
  return best;
}

std::string ContentModel(const RelaxNgGrammarIndex& index, xmlNodePtr element) {
  auto rules = index.Find(AsChars(element->name));
  return rules.empty() ? "" : rules.front()->content_model;
}

std::string DescribeMissing(const std::vector<std::vector<std::string>>& missing) {
  std::vector<std::string> parts;
  for (const auto& clause : missing) parts.push_back(clause.size() == 1 ? Elements(clause) : "one of " + Elements(clause));
  return List(parts, "", "", " and ");
}

std::vector<std::string> AllowedChildren(const RelaxNgGrammarIndex& index, xmlNodePtr element) {
  std::set<std::string> names;
  for (const ElementRule* rule : index.Find(AsChars(element->name))) {
    names.insert(rule->allowed_children.begin(), rule->allowed_children.end());
  }
  return {names.begin(), names.end()};
}

std::string AttributeName(xmlAttrPtr attribute) { return QName(reinterpret_cast<xmlNodePtr>(attribute)); }

std::string AttributeText(xmlAttrPtr attribute) {
  return TakeString(XmlCharsPtr(xmlNodeListGetString(attribute->doc, attribute->children, 1)));
}

// The rules for attribute `name` in every variant of `element`.
std::vector<const AttributeRule*> FindAttributeRules(const RelaxNgGrammarIndex& index, xmlNodePtr element,
                                                     const std::string& name, bool& any_attributes) {
  any_attributes = false;
  std::vector<const AttributeRule*> found;
  for (const ElementRule* rule : index.Find(AsChars(element->name))) {
    any_attributes |= rule->any_attributes;
    for (const AttributeRule& attribute : rule->attributes) {
      if (attribute.name == name) found.push_back(&attribute);
    }
  }
  return found;
}

bool MatchesPattern(const std::string& pattern, const std::string& value) {
  std::unique_ptr<xmlRegexp, CFree<xmlRegexp, xmlRegFreeRegexp>> regexp(xmlRegexpCompile(AsXmlChars(pattern.c_str())));
  return !regexp || xmlRegexpExec(regexp.get(), AsXmlChars(value.c_str())) == 1;
}

// Whether `value` fits `rule` as far as the index can tell: one of its values, or one of its
// XSD datatypes with that datatype's patterns. Other facets (lengths, ranges) are not checked.
bool Fits(const AttributeRule& rule, const std::string& value) {
  if (rule.any_text) return true;
  if (std::find(rule.values.begin(), rule.values.end(), value) != rule.values.end()) return true;
  for (size_t i = 0; i < rule.datatypes.size(); ++i) {
    // Checked as libxml2 checks it after the schema was aligned with jing.
    const std::string checked = AlignedDatatype(rule.datatypes[i]);
    xmlSchemaTypePtr type = xmlSchemaGetPredefinedType(AsXmlChars(checked.c_str()), AsXmlChars(kXsdNs));
    if (!type) return true;  // a datatype library the index does not know: no opinion
    if (rule.datatypes[i] == "ID" || rule.datatypes[i] == "IDREF" || rule.datatypes[i] == "IDREFS") {
      type = xmlSchemaGetPredefinedType(AsXmlChars("NCName"), AsXmlChars(kXsdNs));
    }
    if (xmlSchemaValidatePredefinedType(type, AsXmlChars(value.c_str()), nullptr) != 0) continue;
    std::vector<std::string> patterns = rule.patterns[i];
    for (const std::string& pattern : AlignedPatterns(rule.datatypes[i])) patterns.push_back(pattern);
    if (std::all_of(patterns.begin(), patterns.end(), [&](const std::string& p) { return MatchesPattern(p, value); })) {
      return true;
    }
  }
  return false;
}

// What is wrong with one attribute; empty when the index sees nothing wrong with it.
std::string ExplainAttribute(const RelaxNgGrammarIndex& index, xmlNodePtr element, xmlAttrPtr attribute,
                             RuleId& rule_id) {
  bool any_attributes = false;
  const std::vector<const AttributeRule*> rules =
      FindAttributeRules(index, element, AsChars(attribute->name), any_attributes);
  const std::string where = "attribute '" + AttributeName(attribute) + "' of " + Tag(element);
  if (rules.empty()) {
    if (any_attributes) return "";
    rule_id = rules::kRelaxNgUnknownAttribute;
    return "attribute '" + AttributeName(attribute) + "' is not allowed on " + Tag(element) +
           "; remove it or use an attribute the schema defines for " + Tag(element);
  }
  const std::string value = AttributeText(attribute);
  const AttributeRule* rule = rules.front();
  const bool is_id = std::find(rule->datatypes.begin(), rule->datatypes.end(), "ID") != rule->datatypes.end();
  if (is_id) {
    xmlAttrPtr first = xmlGetID(element->doc, AsXmlChars(value.c_str()));
    if (first && first != attribute && first->parent) {
      rule_id = rules::kRelaxNgDuplicateId;
      return where + " repeats the ID '" + value + "' already given on line " +
             std::to_string(xmlGetLineNo(first->parent)) + "; IDs must be unique within a document";
    }
  }
  if (std::any_of(rules.begin(), rules.end(), [&](const AttributeRule* r) { return Fits(*r, value); })) return "";
  rule_id = rules::kRelaxNgAttributeValue;
  // What any variant of the element would take.
  std::vector<std::string> values;
  std::string types;
  for (const AttributeRule* variant : rules) {
    for (const std::string& v : variant->values) {
      if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(v);
    }
    for (size_t i = 0; i < variant->datatypes.size(); ++i) {
      std::string type = "xsd:" + variant->datatypes[i];
      if (!variant->patterns[i].empty()) type += " matching " + List(variant->patterns[i], "'", "'", " and ");
      if (types.find(type) == std::string::npos) types += (types.empty() ? "" : " | ") + type;
    }
  }
  std::vector<std::string> expected;
  if (!values.empty()) expected.push_back("one of " + List(values, "'", "'"));
  if (!types.empty()) expected.push_back(types);
  return where + " has the value '" + value + "'; expected " + List(expected, "", "", " or ");
}

struct Explanation {
  xmlNodePtr at = nullptr;  // where to point
  std::string message;
  RuleId rule = rules::kRelaxNg;  // a diagnostic is made only if the explanation is reported
  bool generic = false;  // a consequence of a problem further down, dropped when that one is reported
};

// Whether the index sees a missing or wrong attribute on `element`.
bool HasAttributeProblem(const RelaxNgGrammarIndex& index, xmlNodePtr element) {
  for (const ElementRule* rule : index.Find(AsChars(element->name))) {
    for (const AttributeRule& attribute : rule->attributes) {
      if (attribute.required && !xmlHasProp(element, AsXmlChars(attribute.name.c_str()))) return true;
    }
    break;
  }
  for (xmlAttrPtr a = element->properties; a; a = a->next) {
    RuleId rule_id = rules::kRelaxNg;
    if (!ExplainAttribute(index, element, a, rule_id).empty()) return true;
  }
  return false;
}

// libxml2 sometimes reports an error without its node (inside compiled content models); the
// element is then found again by name, the first whose attributes are wrong when that is the
// complaint, else the first of that name.
xmlNodePtr FindByName(xmlNodePtr node, const std::string& name, const RelaxNgGrammarIndex& index, bool attributes) {
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (name == AsChars(node->name) && (!attributes || HasAttributeProblem(index, node))) return node;
    if (xmlNodePtr found = FindByName(node->children, name, index, attributes)) return found;
  }
  return nullptr;
}

Explanation Explain(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlDocPtr document) {
  Explanation out;
  out.at = error.node;
  out.message = error.message;
  const bool attributes = error.code == XML_RELAXNG_ERR_ATTRVALID || error.code == XML_RELAXNG_ERR_INVALIDATTR;
  const std::string name = error.code == XML_RELAXNG_ERR_INVALIDATTR ? error.str2 : error.str1;
  // For attributes libxml2 may blame the element's first child: the element is the ancestor named so.
  if (attributes && out.at && !name.empty()) {
    xmlNodePtr ancestor = out.at;
    while (IsElement(ancestor) && name != AsChars(ancestor->name)) ancestor = ancestor->parent;
    if (IsElement(ancestor)) out.at = ancestor;
  }
  if (!out.at && document && !name.empty()) {
    out.at = FindByName(xmlDocGetRootElement(document), name, index, attributes);
    if (!out.at && attributes) out.at = FindByName(xmlDocGetRootElement(document), name, index, false);
  }
  xmlNodePtr node = out.at;
  if (!IsElement(node)) return out;
  xmlNodePtr parent = node->parent;
  const bool has_parent = IsElement(parent);
  switch (error.code) {
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMNAME: {
      const bool defined = !index.Find(AsChars(node->name)).empty();
      const std::string wrong_ns_expected = index.target_namespace();
      if (defined && !node->ns && !wrong_ns_expected.empty()) {
        out.rule = rules::kRelaxNgNamespace;
        out.message = "element " + Tag(node) + " is in no namespace; the schema's elements are in '" + wrong_ns_expected +
                      "' (add xmlns=\"" + wrong_ns_expected + "\" to the root element)";
        break;
      }
      if (!has_parent) {
        out.rule = rules::kRelaxNgRootElement;
        out.message = "element " + Tag(node) + " is not allowed as the root element";
        break;
      }
      if (!defined) {
        out.rule = rules::kRelaxNgUnknownElement;
        out.message = "element " + Tag(node) + " is not defined by the schema; " + Tag(parent) + " allows " +
                      Elements(AllowedChildren(index, parent));
        break;
      }
      out.rule = rules::kRelaxNgUnexpectedElement;
      out.message = "element " + Tag(node) + " is not allowed here in " + Tag(parent);
      const auto missing = Missing(index, parent);
      if (!missing.empty()) {
        out.message += "; " + Tag(parent) + " first needs " + DescribeMissing(missing);
      } else {
        const std::string model = ContentModel(index, parent);
        if (!model.empty()) out.message += "; the content of " + Tag(parent) + " is " + model;
      }
      if (error.code == XML_RELAXNG_ERR_ELEMNAME && !error.str1.empty()) out.message += " (expected <" + error.str1 + ">)";
      break;
    }
    case XML_RELAXNG_ERR_NOELEM: {
      out.rule = rules::kRelaxNgMissingElement;
      const auto missing = Missing(index, node);
      if (!missing.empty()) {
        out.message = "element " + Tag(node) + " is incomplete: it lacks " + DescribeMissing(missing);
      } else {
        out.message = "element " + Tag(node) + " ends too early" +
                      (error.str1.empty() ? std::string() : ": expected <" + error.str1 + ">") +
                      "; its content is " + ContentModel(index, node);
      }
      break;
    }
    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG: {
      out.rule = rules::kRelaxNgUnexpectedText;
      if (ContentModel(index, node) == "empty") {
        out.rule = rules::kRelaxNgNotEmpty;
        out.message = "element " + Tag(node) + " must be empty; remove its text";
        break;
      }
      for (xmlNodePtr child = node->children; child; child = child->next) {
        if (child->type != XML_TEXT_NODE && child->type != XML_CDATA_SECTION_NODE) continue;
        XmlCharsPtr text(xmlNodeGetContent(child));
        if (text && !xmlIsBlankNode(child)) {
          out.at = child;
          break;
        }
      }
      out.message = "text is not allowed directly in " + Tag(node) + "; wrap it in an element (the content of " +
                    Tag(node) + " is " + ContentModel(index, node) + ")";
      break;
    }
    case XML_RELAXNG_ERR_INVALIDATTR:
    case XML_RELAXNG_ERR_ATTRVALID: {
      // A missing required attribute first (when every variant of the element misses one), then
      // the first attribute that is wrong.
      std::string first_missing;
      bool every_variant_misses = true;
      for (const ElementRule* rule : index.Find(AsChars(node->name))) {
        std::string missing;
        for (const AttributeRule& attribute : rule->attributes) {
          if (attribute.required && !xmlHasProp(node, AsXmlChars(attribute.name.c_str())) && missing.empty()) {
            missing = attribute.qname;
          }
        }
        if (missing.empty()) every_variant_misses = false;
        if (first_missing.empty()) first_missing = missing;
      }
      if (every_variant_misses && !first_missing.empty()) {
        out.rule = rules::kRelaxNgMissingAttribute;
        out.message = "element " + Tag(node) + " lacks the required attribute '" + first_missing + "'";
        return out;
      }
      for (xmlAttrPtr a = node->properties; a; a = a->next) {
        if (error.code == XML_RELAXNG_ERR_INVALIDATTR && !error.str1.empty() && error.str1 != AsChars(a->name)) continue;
        RuleId rule_id = rules::kRelaxNg;
        std::string message = ExplainAttribute(index, node, a, rule_id);
        if (!message.empty()) {
          out.rule = rule_id;
          out.message = message;
          return out;
        }
      }
      out.rule = rules::kRelaxNgAttributes;
      out.message = "the attributes of " + Tag(node) + " fit none of the forms the schema allows for " + Tag(node) +
                    (error.code == XML_RELAXNG_ERR_INVALIDATTR ? " (libxml2 objects to '" + error.str1 + "')" : "") +
                    "; check the combination of attributes and their values";
      break;
    }
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      out.rule = rules::kRelaxNgNotEmpty;
      out.message = "element " + Tag(node) + " must be empty";
      break;
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
    case XML_RELAXNG_ERR_ELEMNONS:
      out.rule = rules::kRelaxNgNamespace;
      out.message = "element " + Tag(node) + " is in the wrong namespace ('" +
                    std::string(node->ns ? AsChars(node->ns->href) : "") + "'); expected '" +
                    (error.str2.empty() ? index.target_namespace() : error.str2) + "'";
      break;
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_DATATYPE:
      // For an attribute, the attribute's own error follows and says more.
      out.generic = true;
      out.rule = rules::kRelaxNgValue;
      out.message = "the content of " + Tag(node) + " ('" + error.str2 + "') is not a valid xsd:" + error.str1;
      break;
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_EXTRACONTENT:
    case XML_RELAXNG_ERR_INTEREXTRA:
    case XML_RELAXNG_ERR_INTERSEQ:
      out.generic = true;
      out.rule = rules::kRelaxNgContent;
      out.message = "the content of " + Tag(node) + " does not match the schema: " + ContentModel(index, node);
      break;
    default:
      break;
  }
  return out;
}

bool IsAncestorOrSelf(xmlNodePtr ancestor, xmlNodePtr node) {
  for (; node; node = node->parent) {
    if (node == ancestor) return true;
  }
  return false;
}

size_t Utf8Length(const std::string& text, size_t bytes) {
  size_t characters = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return characters;
}

// The column of the start tag of `node` on its line, in characters; 0 when it is not there
// (the tag starts on another line, or the name is ambiguous on the line).
int ColumnOf(xmlNodePtr node, int line, const std::vector<std::string>& lines) {
  if (line <= 0 || static_cast<size_t>(line) > lines.size() || !node) return 0;
  const std::string& text = lines[line - 1];
  if (node->type == XML_ELEMENT_NODE) {
    const std::string open = "<" + QName(node);
    for (size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
      const size_t after = at + open.size();
      if (after >= text.size() || text[after] == ' ' || text[after] == '>' || text[after] == '/' || text[after] == '\t') {
        return static_cast<int>(Utf8Length(text, at)) + 1;
      }
    }
    return 0;
  }
  const size_t first = text.find_first_not_of(" \t");
  return first == std::string::npos ? 0 : static_cast<int>(Utf8Length(text, first)) + 1;
}

}  // namespace

std::vector<Diagnostic> ExplainRelaxNgErrors(const std::vector<RelaxNgError>& errors, const RelaxNgGrammarIndex& index,
                                             xmlDocPtr document, const std::string& file,
                                             const std::vector<std::string>& source_lines) {
  std::vector<Explanation> explained;
  for (const RelaxNgError& error : errors) explained.push_back(Explain(error, index, document));
  std::vector<Diagnostic> diagnostics;
  for (size_t i = 0; i < explained.size(); ++i) {
    const Explanation& e = explained[i];
    bool cascade = false;
    for (size_t k = 0; k < explained.size() && !cascade; ++k) {
      if (k == i) continue;
      const Explanation& other = explained[k];
      // A generic complaint about an element that contains a specific problem repeats it.
      if (e.generic && other.at && e.at && IsAncestorOrSelf(e.at, other.at) && (!other.generic || k > i)) cascade = true;
      // The same finding twice (libxml2 retries alternatives of a choice).
      if (k < i && other.at == e.at && other.message == e.message) cascade = true;
    }
    if (cascade) continue;
    Diagnostic d;
    d.file = file;
    d.line = e.at ? static_cast<int>(xmlGetLineNo(e.at)) : 0;
    if (d.line <= 0) d.line = errors[i].line;
    d.column = ColumnOf(e.at, d.line, source_lines);
    d.severity = Severity::kError;
    d.message = e.message;
    d.rule = e.rule;
    diagnostics.push_back(std::move(d));
  }
  SortDiagnostics(diagnostics);
  return diagnostics;
}

}  // namespace teipress
