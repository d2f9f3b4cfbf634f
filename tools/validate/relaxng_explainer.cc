#include "relaxng_explainer.h"

#include <libxml/relaxng.h>
#include <libxml/valid.h>
#include <libxml/xmlregexp.h>
#include <libxml/xmlschemastypes.h>

#include <algorithm>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "relaxng_jing_alignment.h"
#include "diagnostic_catalog.h"
#include "relaxng_messages.h"
#include "source_columns.h"

// Three steps per libxml2 error: locate the node it is about (Locate), classify the problem with
// one function per kind (Classify*), and word it (relaxng_messages.h). Then consequences of
// problems reported elsewhere are dropped (DropCascades) and the rest positioned.

namespace teipress {

namespace {

constexpr const char* kXsdNs = "http://www.w3.org/2001/XMLSchema";

std::string QName(xmlNodePtr node) {
  if (!node || !node->name) return "";
  std::string name = AsChars(node->name);
  if (node->ns && node->ns->prefix) name = std::string(AsChars(node->ns->prefix)) + ":" + name;
  return name;
}

std::string Tag(xmlNodePtr node) { return ElementTag(QName(node)); }

bool IsElement(xmlNodePtr node) { return node && node->type == XML_ELEMENT_NODE; }

std::string AttributeName(xmlAttrPtr attribute) { return QName(reinterpret_cast<xmlNodePtr>(attribute)); }

std::string AttributeText(xmlAttrPtr attribute) {
  return TakeString(XmlCharsPtr(xmlNodeListGetString(attribute->doc, attribute->children, 1)));
}

std::set<std::string> ChildNames(xmlNodePtr node) {
  std::set<std::string> names;
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) names.insert(AsChars(child->name));
  }
  return names;
}

// Compiled XSD regular expressions, per thread (the explainer runs in every worker), so that each
// pattern is compiled once however many values are checked against it.
bool MatchesPattern(const std::string& pattern, const std::string& value) {
  using RegexpPtr = std::unique_ptr<xmlRegexp, CFree<xmlRegexp, xmlRegFreeRegexp>>;
  thread_local std::unordered_map<std::string, RegexpPtr> compiled;
  auto found = compiled.find(pattern);
  if (found == compiled.end()) {
    found = compiled.emplace(pattern, RegexpPtr(xmlRegexpCompile(AsXmlChars(pattern.c_str())))).first;
  }
  return !found->second || xmlRegexpExec(found->second.get(), AsXmlChars(value.c_str())) == 1;
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

// Every variant the grammar defines for one element name, asked the same questions.
class Variants {
 public:
  Variants(const RelaxNgGrammarIndex& index, xmlNodePtr element) : rules_(index.Find(AsChars(element->name))) {}

  bool defined() const { return !rules_.empty(); }

  // The clauses still missing among `children`, from the variant that misses the fewest.
  std::vector<std::vector<std::string>> Missing(const std::set<std::string>& children) const {
    std::vector<std::vector<std::string>> best;
    bool first = true;
    for (const ElementRule* rule : rules_) {
      auto missing = MissingChildren(*rule, children);
      if (first || missing.size() < best.size()) best = std::move(missing);
      first = false;
    }
    return best;
  }

  // The content model as the first variant writes it ("" when undefined).
  std::string ContentModel() const { return rules_.empty() ? "" : rules_.front()->content_model; }

  // The children any variant allows, sorted.
  std::vector<std::string> AllowedChildren() const {
    std::set<std::string> names;
    for (const ElementRule* rule : rules_) names.insert(rule->allowed_children.begin(), rule->allowed_children.end());
    return {names.begin(), names.end()};
  }

  // The rules any variant has for attribute `local_name`; `any_attributes` whether some variant
  // takes attributes of any name.
  std::vector<const AttributeRule*> AttributeRules(const std::string& local_name, bool& any_attributes) const {
    any_attributes = false;
    std::vector<const AttributeRule*> found;
    for (const ElementRule* rule : rules_) {
      any_attributes |= rule->any_attributes;
      for (const AttributeRule& attribute : rule->attributes) {
        if (attribute.name == local_name) found.push_back(&attribute);
      }
    }
    return found;
  }

  // A required attribute `element` lacks when every variant lacks one (the first variant's that
  // lacks one names it); empty when some variant has all it requires.
  std::string MissingRequiredAttribute(xmlNodePtr element) const {
    std::string first_missing;
    for (const ElementRule* rule : rules_) {
      std::string missing;
      for (const AttributeRule& attribute : rule->attributes) {
        if (attribute.required && !xmlHasProp(element, AsXmlChars(attribute.name.c_str()))) {
          missing = attribute.qname;
          break;
        }
      }
      if (missing.empty()) return "";
      if (first_missing.empty()) first_missing = missing;
    }
    return first_missing;
  }

 private:
  std::vector<const ElementRule*> rules_;
};

// What is wrong with one attribute of `element`; no wording when the index sees nothing wrong.
std::optional<RelaxNgWording> ClassifyAttribute(const Variants& variants, xmlNodePtr element, xmlAttrPtr attribute) {
  bool any_attributes = false;
  const std::vector<const AttributeRule*> rules = variants.AttributeRules(AsChars(attribute->name), any_attributes);
  if (rules.empty()) {
    if (any_attributes) return std::nullopt;
    return relaxng_wording::UnknownAttribute(AttributeName(attribute), Tag(element));
  }
  const std::string value = AttributeText(attribute);
  const bool is_id = std::any_of(rules.begin(), rules.end(), [](const AttributeRule* rule) {
    return std::find(rule->datatypes.begin(), rule->datatypes.end(), "ID") != rule->datatypes.end();
  });
  if (is_id) {
    xmlAttrPtr first = xmlGetID(element->doc, AsXmlChars(value.c_str()));
    if (first && first != attribute && first->parent) {
      return relaxng_wording::DuplicateId(AttributeName(attribute), Tag(element), value, xmlGetLineNo(first->parent));
    }
  }
  if (std::any_of(rules.begin(), rules.end(), [&](const AttributeRule* r) { return Fits(*r, value); })) {
    return std::nullopt;
  }
  // What any variant of the element would take.
  ExpectedValues expected;
  for (const AttributeRule* variant : rules) {
    for (const std::string& v : variant->values) {
      if (std::find(expected.values.begin(), expected.values.end(), v) == expected.values.end()) {
        expected.values.push_back(v);
      }
    }
    for (size_t i = 0; i < variant->datatypes.size(); ++i) {
      expected.datatypes.push_back({variant->datatypes[i], variant->patterns[i]});
    }
  }
  return relaxng_wording::AttributeValue(AttributeName(attribute), Tag(element), value, expected);
}

// Whether the index sees a missing or wrong attribute on `element`.
bool HasAttributeProblem(const RelaxNgGrammarIndex& index, xmlNodePtr element) {
  const Variants variants(index, element);
  if (!variants.MissingRequiredAttribute(element).empty()) return true;
  for (xmlAttrPtr a = element->properties; a; a = a->next) {
    if (ClassifyAttribute(variants, element, a)) return true;
  }
  return false;
}

// ---- Step 1: locate ----

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

bool IsAttributeError(int code) { return code == XML_RELAXNG_ERR_ATTRVALID || code == XML_RELAXNG_ERR_INVALIDATTR; }

// The node an error is about: libxml2's node, or for attributes the ancestor element libxml2
// named (it may blame the element's first child), or the element found by name.
xmlNodePtr Locate(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlDocPtr document) {
  const bool attributes = IsAttributeError(error.code);
  const std::string name = error.code == XML_RELAXNG_ERR_INVALIDATTR ? error.str2 : error.str1;
  xmlNodePtr at = error.node;
  if (attributes && at && !name.empty()) {
    xmlNodePtr ancestor = at;
    while (IsElement(ancestor) && name != AsChars(ancestor->name)) ancestor = ancestor->parent;
    if (IsElement(ancestor)) at = ancestor;
  }
  if (!at && document && !name.empty()) {
    at = FindByName(xmlDocGetRootElement(document), name, index, attributes);
    if (!at && attributes) at = FindByName(xmlDocGetRootElement(document), name, index, false);
  }
  return at;
}

// ---- Step 2: classify, one function per kind of problem ----

struct Explanation {
  xmlNodePtr at = nullptr;  // where to point
  RelaxNgWording wording;
  bool generic = false;  // a consequence of a problem further down, dropped when that one is reported
};

// An element where it may not be: in the wrong namespace, at the root, unknown, or out of place.
Explanation ClassifyMisplacedElement(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  const Variants variants(index, node);
  const std::string& schema_namespace = index.target_namespace();
  if (variants.defined() && !node->ns && !schema_namespace.empty()) {
    return {node, relaxng_wording::Namespace(Tag(node), nullptr, schema_namespace)};
  }
  xmlNodePtr parent = node->parent;
  if (!IsElement(parent)) return {node, relaxng_wording::RootElement(Tag(node), "")};
  const Variants parent_variants(index, parent);
  if (!variants.defined()) {
    return {node, relaxng_wording::UnknownElement(Tag(node), Tag(parent), ElementList(parent_variants.AllowedChildren()))};
  }
  const std::string expected =
      error.code == XML_RELAXNG_ERR_ELEMNAME && !error.str1.empty() ? ElementTag(error.str1) : "";
  return {node, relaxng_wording::UnexpectedElement(Tag(node), Tag(parent), parent_variants.Missing(ChildNames(parent)),
                                                   parent_variants.ContentModel(), expected)};
}

Explanation ClassifyMissingElement(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  const Variants variants(index, node);
  return {node, relaxng_wording::MissingElement(Tag(node), variants.Missing(ChildNames(node)),
                                                error.str1.empty() ? "" : ElementTag(error.str1),
                                                variants.ContentModel())};
}

Explanation ClassifyUnexpectedText(const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  const Variants variants(index, node);
  const std::string model = variants.ContentModel();
  if (model == "empty") return {node, relaxng_wording::NotEmpty(Tag(node), true)};
  Explanation out{node, relaxng_wording::UnexpectedText(Tag(node), model)};
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type != XML_TEXT_NODE && child->type != XML_CDATA_SECTION_NODE) continue;
    XmlCharsPtr text(xmlNodeGetContent(child));
    if (text && !xmlIsBlankNode(child)) {
      out.at = child;
      break;
    }
  }
  return out;
}

// A missing required attribute first (when every variant of the element misses one), then the
// first attribute that is wrong, else the combination.
Explanation ClassifyAttributes(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  const Variants variants(index, node);
  const std::string missing = variants.MissingRequiredAttribute(node);
  if (!missing.empty()) return {node, relaxng_wording::MissingAttribute(Tag(node), {missing})};
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    if (error.code == XML_RELAXNG_ERR_INVALIDATTR && !error.str1.empty() && error.str1 != AsChars(a->name)) continue;
    if (auto wording = ClassifyAttribute(variants, node, a)) return {node, std::move(*wording)};
  }
  return {node, relaxng_wording::Attributes(Tag(node), error.code == XML_RELAXNG_ERR_INVALIDATTR ? error.str1 : "")};
}

Explanation ClassifyWrongNamespace(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  const std::string actual = node->ns ? AsChars(node->ns->href) : "";
  return {node, relaxng_wording::Namespace(Tag(node), &actual, error.str2.empty() ? index.target_namespace() : error.str2)};
}

Explanation Classify(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlNodePtr node) {
  switch (error.code) {
    case XML_RELAXNG_ERR_ELEMWRONG:
    case XML_RELAXNG_ERR_ELEMNAME:
      return ClassifyMisplacedElement(error, index, node);
    case XML_RELAXNG_ERR_NOELEM:
      return ClassifyMissingElement(error, index, node);
    case XML_RELAXNG_ERR_NOTELEM:
    case XML_RELAXNG_ERR_TEXTWRONG:
      return ClassifyUnexpectedText(index, node);
    case XML_RELAXNG_ERR_INVALIDATTR:
    case XML_RELAXNG_ERR_ATTRVALID:
      return ClassifyAttributes(error, index, node);
    case XML_RELAXNG_ERR_ELEMNOTEMPTY:
      return {node, relaxng_wording::NotEmpty(Tag(node), false)};
    case XML_RELAXNG_ERR_ELEMWRONGNS:
    case XML_RELAXNG_ERR_ELEMEXTRANS:
    case XML_RELAXNG_ERR_ELEMNONS:
      return ClassifyWrongNamespace(error, index, node);
    case XML_RELAXNG_ERR_TYPEVAL:
    case XML_RELAXNG_ERR_DATATYPE:
      // For an attribute, the attribute's own error follows and says more.
      return {node, relaxng_wording::Value(Tag(node), error.str2, error.str1), true};
    case XML_RELAXNG_ERR_CONTENTVALID:
    case XML_RELAXNG_ERR_EXTRACONTENT:
    case XML_RELAXNG_ERR_INTEREXTRA:
    case XML_RELAXNG_ERR_INTERSEQ:
      return {node, relaxng_wording::Content(Tag(node), Variants(index, node).ContentModel()), true};
    default:
      return {node, relaxng_wording::Unclassified(error.message)};
  }
}

Explanation Explain(const RelaxNgError& error, const RelaxNgGrammarIndex& index, xmlDocPtr document) {
  xmlNodePtr node = Locate(error, index, document);
  if (!IsElement(node)) return {node, relaxng_wording::Unclassified(error.message)};
  return Classify(error, index, node);
}

// ---- Cascades ----

// Which explanations repeat another: a generic complaint about an element that contains (or is)
// the node of a specific one, or of a later generic one; and the same finding at the same node
// twice (libxml2 retries alternatives of a choice). Linear in the findings times the depth.
std::vector<bool> DropCascades(const std::vector<Explanation>& explained) {
  std::vector<bool> dropped(explained.size(), false);
  // Ancestors-or-self of the node of every specific finding.
  std::unordered_set<xmlNodePtr> above_specific;
  for (const Explanation& e : explained) {
    if (e.generic) continue;
    for (xmlNodePtr node = e.at; node && above_specific.insert(node).second; node = node->parent) {
    }
  }
  // Ancestors-or-self of the node of every generic finding after the one looked at.
  std::unordered_set<xmlNodePtr> above_later_generic;
  for (size_t i = explained.size(); i-- > 0;) {
    const Explanation& e = explained[i];
    if (!e.generic || !e.at) continue;
    if (above_specific.count(e.at) || above_later_generic.count(e.at)) dropped[i] = true;
    for (xmlNodePtr node = e.at; node && above_later_generic.insert(node).second; node = node->parent) {
    }
  }
  struct Seen {
    size_t operator()(const std::pair<xmlNodePtr, std::string>& key) const {
      return std::hash<xmlNodePtr>()(key.first) ^ std::hash<std::string>()(key.second);
    }
  };
  std::unordered_set<std::pair<xmlNodePtr, std::string>, Seen> seen;
  for (size_t i = 0; i < explained.size(); ++i) {
    if (!seen.insert({explained[i].at, explained[i].wording.message}).second) dropped[i] = true;
  }
  return dropped;
}

}  // namespace

std::vector<Diagnostic> ExplainRelaxNgErrors(const std::vector<RelaxNgError>& errors, const RelaxNgGrammarIndex& index,
                                             xmlDocPtr document, const std::string& file,
                                             const std::vector<std::string>& source_lines) {
  std::vector<Explanation> explained;
  for (const RelaxNgError& error : errors) explained.push_back(Explain(error, index, document));
  const std::vector<bool> dropped = DropCascades(explained);
  std::vector<Diagnostic> diagnostics;
  for (size_t i = 0; i < explained.size(); ++i) {
    if (dropped[i]) continue;
    const Explanation& e = explained[i];
    Diagnostic d;
    d.file = file;
    d.line = e.at ? static_cast<int>(xmlGetLineNo(e.at)) : 0;
    if (d.line <= 0) d.line = errors[i].line;
    d.column = ColumnOf(e.at, d.line, source_lines);
    d.severity = Severity::kError;
    d.message = e.wording.message;
    d.rule = e.wording.rule;
    diagnostics.push_back(std::move(d));
  }
  SortDiagnostics(diagnostics);
  return diagnostics;
}

}  // namespace teipress
