// What a RELAX NG grammar (XML syntax) allows for each element, read from the schema document:
// libxml2 reports that something failed, and this index tells the user what was expected there
// (required children, allowed children, attributes with their values and datatypes).
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

struct AttributeRule {
  std::string name;   // local name ("lang" for xml:lang)
  std::string qname;  // as the schema writes it ("xml:lang")
  bool required = false;
  std::vector<std::string> values;     // closed list of <value>s, empty when open
  std::vector<std::string> datatypes;  // <data type="...">, e.g. "date", "anyURI"
  std::vector<std::vector<std::string>> patterns;  // per datatype, its <param name="pattern">s
  bool any_text = false;               // <text/> or no content: any value is fine
};

struct ElementRule {
  std::string name;  // local name
  // Each inner list is a clause: at least one of its element names must be among the children.
  std::vector<std::vector<std::string>> required_children;
  std::set<std::string> allowed_children;
  bool any_children = false;  // anyName/nsName children
  bool allows_text = false;
  std::vector<AttributeRule> attributes;
  bool any_attributes = false;
  std::string content_model;  // compact rendering, e.g. "(titleStmt, editionStmt?, publicationStmt)"
};

class RelaxNgGrammarIndex {
 public:
  // Reads every <element> pattern of `schema` (not modified, not kept).
  explicit RelaxNgGrammarIndex(xmlDocPtr schema);

  // The patterns for elements with this local name (several when the grammar defines variants).
  std::vector<const ElementRule*> Find(const std::string& local_name) const;
  size_t size() const { return elements_.size(); }
  // The grammar's default namespace (the `ns` attribute of its root), where its elements live.
  const std::string& target_namespace() const { return target_namespace_; }

 private:
  std::string target_namespace_;
  std::multimap<std::string, ElementRule> elements_;
};

// The clauses of `rule.required_children` that none of `present` (child local names) satisfies.
std::vector<std::vector<std::string>> MissingChildren(const ElementRule& rule, const std::set<std::string>& present);

}  // namespace teipress
