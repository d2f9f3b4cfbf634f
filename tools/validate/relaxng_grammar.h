// A RELAX NG grammar in the simple syntax of section 4 of the specification, as the simplifier
// leaves it: a start pattern and one definition per element pattern, each content a graph of
// patterns in which refs name element definitions only. It is immutable once built and shared by
// every thread that validates with it; the derivative engine (relaxng_patterns.h) builds its
// working patterns from it as documents need them.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "relaxng_datatypes.h"
#include "relaxng_syntax.h"

namespace teipress {

class NameClass {
 public:
  enum class Kind : unsigned char { kAnyName, kNsName, kName, kChoice };

  Kind kind;
  std::string ns;                     // nsName, name
  std::string local;                  // name
  const NameClass* except = nullptr;  // anyName, nsName
  const NameClass* left = nullptr;    // choice
  const NameClass* right = nullptr;   // choice

  bool Contains(std::string_view name_ns, std::string_view name_local) const;
  // Whether some name belongs to both.
  bool Overlaps(const NameClass& other) const;
  // Whether the class is a finite set of names (no anyName or nsName).
  bool IsFinite() const;
  // The names of a finite class, or of the names listed in any class.
  void CollectNames(std::vector<std::pair<std::string, std::string>>& names) const;
};

struct GrammarPattern {
  enum class Kind : unsigned char {
    kEmpty, kNotAllowed, kText, kChoice, kInterleave, kGroup, kOneOrMore, kList, kData, kDataExcept, kValue,
    kAttribute, kElementRef,
  };

  Kind kind = Kind::kEmpty;
  bool nullable = false;
  const GrammarPattern* left = nullptr;   // choice, interleave, group; data except: the except
  const GrammarPattern* right = nullptr;  // choice, interleave, group
  const GrammarPattern* content = nullptr;  // oneOrMore, list, attribute
  const NameClass* name = nullptr;           // attribute
  int element = -1;                          // element ref: index in Grammar::elements
  std::shared_ptr<const Datatype> datatype;  // data, data except, value
  DatatypeValue value;                       // value
  std::string value_text;                    // value, as the schema wrote it
  std::shared_ptr<const RngNamespaces> value_namespaces;
  RngLocation where;
};

struct ElementDefinition {
  const NameClass* name;
  const GrammarPattern* content;
  RngLocation where;
};

// What the DTD compatibility rules of RELAX NG make of attributes typed ID, IDREF or IDREFS:
// their ID type per (element name, attribute name), as jing checks them.
using IdTypeKey = std::pair<std::string, std::string>;  // "{ns}local" of the element and the attribute

class Grammar {
 public:
  const GrammarPattern* start() const { return start_; }
  const std::vector<ElementDefinition>& elements() const { return elements_; }
  IdType IdTypeOf(const std::string& element, const std::string& attribute) const;
  bool has_id_types() const { return !id_types_.empty(); }
  // The namespaces of the elements named `local` (by a name, not a wildcard); for messages about
  // an element in the wrong namespace.
  const std::vector<std::string>& NamespacesOfElement(const std::string& local) const;

 private:
  friend class GrammarBuilder;
  const GrammarPattern* start_ = nullptr;
  std::vector<ElementDefinition> elements_;
  std::map<IdTypeKey, IdType> id_types_;
  std::map<std::string, std::vector<std::string>> element_namespaces_;
  std::deque<GrammarPattern> patterns_;
  std::deque<NameClass> name_classes_;
  RngArena arena_;  // file names of locations
};

// "{ns}local", the key of a name in ID type maps and name sets.
std::string ExpandedName(std::string_view ns, std::string_view local);

}  // namespace teipress
