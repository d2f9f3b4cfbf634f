#include "relaxng_grammar_index.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

namespace teipress {

namespace {

constexpr const char* kRelaxNgNs = "http://relaxng.org/ns/structure/1.0";
constexpr size_t kMaxContentModel = 400;

bool IsRng(xmlNodePtr node, const char* name = nullptr) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kRelaxNgNs)) &&
         (!name || xmlStrEqual(node->name, AsXmlChars(name)));
}

std::string AttributeValue(xmlNodePtr node, const char* name) {
  return TakeString(XmlCharsPtr(xmlGetNoNsProp(node, AsXmlChars(name))));
}

std::string LocalPart(const std::string& qname) {
  const size_t colon = qname.find(':');
  return colon == std::string::npos ? qname : qname.substr(colon + 1);
}

std::string Trimmed(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return "";
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

// The name of an <element>/<attribute> pattern: its name attribute, or a <name> child; empty
// for name classes (anyName, nsName, choice of names).
std::string PatternName(xmlNodePtr node) {
  std::string name = AttributeValue(node, "name");
  if (!name.empty()) return LocalPart(Trimmed(name));
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (IsRng(child, "name")) return LocalPart(Trimmed(TakeString(XmlCharsPtr(xmlNodeGetContent(child)))));
    if (IsRng(child)) break;
  }
  return "";
}

bool IsNameClass(xmlNodePtr node) {
  return IsRng(node, "name") || IsRng(node, "anyName") || IsRng(node, "nsName");
}

// What a pattern contributes to the element that contains it.
struct Summary {
  std::vector<std::vector<std::string>> clauses;
  std::set<std::string> allowed;
  bool any_children = false;
  bool text = false;
  std::vector<AttributeRule> attributes;
  bool any_attributes = false;
  std::string model;  // compact rendering
};

class Walker {
 public:
  explicit Walker(xmlDocPtr schema) { CollectDefines(xmlDocGetRootElement(schema)); }

  ElementRule Element(xmlNodePtr element) {
    ElementRule rule;
    rule.name = PatternName(element);
    Summary summary = Sequence(element->children, ", ");
    rule.required_children = std::move(summary.clauses);
    rule.allowed_children = std::move(summary.allowed);
    rule.any_children = summary.any_children;
    rule.allows_text = summary.text;
    rule.attributes = std::move(summary.attributes);
    rule.any_attributes = summary.any_attributes;
    rule.content_model = summary.model.empty() ? "empty" : summary.model;
    if (rule.content_model.size() > kMaxContentModel) rule.content_model = rule.content_model.substr(0, kMaxContentModel) + " …";
    return rule;
  }

 private:
  void CollectDefines(xmlNodePtr node) {
    for (; node; node = node->next) {
      if (IsRng(node, "define")) defines_[AttributeValue(node, "name")].push_back(node);
      if (IsRng(node) && !IsRng(node, "element")) CollectDefines(node->children);
    }
  }

  static void Merge(Summary& into, const Summary& from) {
    into.allowed.insert(from.allowed.begin(), from.allowed.end());
    into.any_children |= from.any_children;
    into.text |= from.text;
    into.attributes.insert(into.attributes.end(), from.attributes.begin(), from.attributes.end());
    into.any_attributes |= from.any_attributes;
  }

  static std::string Join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) {
      if (part.empty()) continue;
      if (!out.empty()) out += separator;
      out += part;
      if (out.size() > kMaxContentModel) break;
    }
    return out;
  }

  // The children of a group-like pattern, one after another.
  Summary Sequence(xmlNodePtr first, const char* separator) {
    Summary summary;
    std::vector<std::string> models;
    for (xmlNodePtr child = first; child; child = child->next) {
      if (!IsRng(child) || IsNameClass(child)) continue;
      Summary part = Pattern(child);
      Merge(summary, part);
      summary.clauses.insert(summary.clauses.end(), part.clauses.begin(), part.clauses.end());
      models.push_back(part.model);
    }
    summary.model = Join(models, separator);
    if (std::count_if(models.begin(), models.end(), [](const std::string& m) { return !m.empty(); }) > 1) {
      summary.model = "(" + summary.model + ")";
    }
    return summary;
  }

  Summary Choice(xmlNodePtr first) {
    Summary summary;
    std::vector<std::string> models;
    std::vector<std::string> clause;
    bool every_branch_requires = true;
    for (xmlNodePtr child = first; child; child = child->next) {
      if (!IsRng(child)) continue;
      if (IsRng(child, "notAllowed")) continue;
      Summary part = Pattern(child);
      Merge(summary, part);
      if (part.clauses.empty()) every_branch_requires = false;
      else clause.insert(clause.end(), part.clauses.front().begin(), part.clauses.front().end());
      models.push_back(part.model.empty() ? "empty" : part.model);
    }
    for (AttributeRule& attribute : summary.attributes) attribute.required = false;
    if (every_branch_requires && !clause.empty()) summary.clauses.push_back(clause);
    summary.model = models.size() > 1 ? "(" + Join(models, " | ") + ")" : Join(models, " | ");
    return summary;
  }

  static void MakeOptional(Summary& summary, const char* suffix) {
    summary.clauses.clear();
    for (AttributeRule& attribute : summary.attributes) attribute.required = false;
    if (!summary.model.empty()) summary.model += suffix;
  }

  Summary AttributePattern(xmlNodePtr node) {
    Summary summary;
    const std::string name = PatternName(node);
    if (name.empty()) {
      summary.any_attributes = true;
      return summary;
    }
    AttributeRule rule;
    rule.name = name;
    rule.qname = Trimmed(AttributeValue(node, "name"));
    if (rule.qname.empty()) rule.qname = name;
    rule.required = true;
    bool has_pattern = false;
    CollectValues(node->children, rule, has_pattern);
    if (!has_pattern) rule.any_text = true;
    summary.attributes.push_back(std::move(rule));
    return summary;
  }

  void CollectValues(xmlNodePtr first, AttributeRule& rule, bool& has_pattern) {
    for (xmlNodePtr child = first; child; child = child->next) {
      if (!IsRng(child) || IsNameClass(child)) continue;
      has_pattern = true;
      if (IsRng(child, "value")) {
        rule.values.push_back(TakeString(XmlCharsPtr(xmlNodeGetContent(child))));
      } else if (IsRng(child, "data")) {
        rule.datatypes.push_back(AttributeValue(child, "type"));
        rule.patterns.emplace_back();
        for (xmlNodePtr param = child->children; param; param = param->next) {
          if (IsRng(param, "param") && AttributeValue(param, "name") == "pattern") {
            rule.patterns.back().push_back(TakeString(XmlCharsPtr(xmlNodeGetContent(param))));
          }
        }
      } else if (IsRng(child, "text")) {
        rule.any_text = true;
      } else if (IsRng(child, "ref")) {
        const std::string target = AttributeValue(child, "name");
        if (!visiting_values_.insert(target).second) continue;
        for (xmlNodePtr define : defines_[target]) CollectValues(define->children, rule, has_pattern);
        visiting_values_.erase(target);
      } else {
        CollectValues(child->children, rule, has_pattern);
      }
    }
  }

  Summary Ref(const std::string& target) {
    auto memo = memo_.find(target);
    if (memo != memo_.end()) return memo->second;
    if (!visiting_.insert(target).second) return {};  // only through an element, which stops the walk anyway
    Summary summary;
    const std::vector<xmlNodePtr>& defines = defines_[target];
    if (defines.size() == 1) {
      summary = Sequence(defines.front()->children, ", ");
      // A define that is one element reads better as that element's name.
      xmlNodePtr only = nullptr;
      int patterns = 0;
      for (xmlNodePtr child = defines.front()->children; child; child = child->next) {
        if (IsRng(child)) {
          ++patterns;
          only = child;
        }
      }
      if (!(patterns == 1 && IsRng(only, "element")) && !summary.model.empty() && summary.attributes.empty()) {
        summary.model = target;
      }
    } else {
      for (xmlNodePtr define : defines) Merge(summary, Sequence(define->children, ", "));
      summary.model = target;
    }
    visiting_.erase(target);
    memo_.emplace(target, summary);
    return summary;
  }

  Summary Pattern(xmlNodePtr node) {
    Summary summary;
    if (IsRng(node, "element")) {
      const std::string name = PatternName(node);
      if (name.empty()) {
        summary.any_children = true;
        summary.model = "any element";
      } else {
        summary.allowed.insert(name);
        summary.clauses.push_back({name});
        summary.model = name;
      }
    } else if (IsRng(node, "attribute")) {
      summary = AttributePattern(node);
    } else if (IsRng(node, "ref") || IsRng(node, "parentRef")) {
      summary = Ref(AttributeValue(node, "name"));
    } else if (IsRng(node, "choice")) {
      summary = Choice(node->children);
    } else if (IsRng(node, "optional")) {
      summary = Sequence(node->children, ", ");
      MakeOptional(summary, "?");
    } else if (IsRng(node, "zeroOrMore")) {
      summary = Sequence(node->children, ", ");
      MakeOptional(summary, "*");
    } else if (IsRng(node, "oneOrMore")) {
      summary = Sequence(node->children, ", ");
      if (!summary.model.empty()) summary.model += "+";
    } else if (IsRng(node, "group") || IsRng(node, "interleave") || IsRng(node, "mixed")) {
      summary = Sequence(node->children, IsRng(node, "group") ? ", " : " & ");
      if (IsRng(node, "mixed")) summary.text = true;
    } else if (IsRng(node, "text")) {
      summary.text = true;
      summary.model = "text";
    } else if (IsRng(node, "data") || IsRng(node, "value") || IsRng(node, "list")) {
      summary.text = true;
      summary.model = "data";
    }
    return summary;
  }

  std::unordered_map<std::string, std::vector<xmlNodePtr>> defines_;
  std::unordered_map<std::string, Summary> memo_;
  std::set<std::string> visiting_;
  std::set<std::string> visiting_values_;
};

void CollectElements(xmlNodePtr node, Walker& walker, std::multimap<std::string, ElementRule>& into) {
  for (; node; node = node->next) {
    if (!IsRng(node)) continue;
    if (IsRng(node, "element")) {
      ElementRule rule = walker.Element(node);
      if (!rule.name.empty()) into.emplace(rule.name, std::move(rule));
    }
    CollectElements(node->children, walker, into);
  }
}

}  // namespace

RelaxNgGrammarIndex::RelaxNgGrammarIndex(xmlDocPtr schema) {
  if (!schema) return;
  target_namespace_ = AttributeValue(xmlDocGetRootElement(schema), "ns");
  Walker walker(schema);
  CollectElements(xmlDocGetRootElement(schema), walker, elements_);
}

std::vector<const ElementRule*> RelaxNgGrammarIndex::Find(const std::string& local_name) const {
  std::vector<const ElementRule*> rules;
  auto [begin, end] = elements_.equal_range(local_name);
  for (auto it = begin; it != end; ++it) rules.push_back(&it->second);
  return rules;
}

std::vector<std::vector<std::string>> MissingChildren(const ElementRule& rule, const std::set<std::string>& present) {
  std::vector<std::vector<std::string>> missing;
  for (const std::vector<std::string>& clause : rule.required_children) {
    const bool satisfied =
        std::any_of(clause.begin(), clause.end(), [&](const std::string& name) { return present.count(name) > 0; });
    if (!satisfied && std::find(missing.begin(), missing.end(), clause) == missing.end()) missing.push_back(clause);
  }
  return missing;
}

}  // namespace teipress
