// A RELAX NG schema (XML syntax) as read from its files, before the simplification of section 4
// of the specification: every element of the RELAX NG namespace becomes one node. Reading already
// applies the rules that need the XML document (4.1 to 4.10: annotations and whitespace dropped,
// datatypeLibrary and ns inherited, names resolved to namespace and local name, externalRef and
// include replaced by what they refer to), so the simplifier works on this tree alone.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace teipress {

enum class RngKind : unsigned char {
  // patterns
  kElement, kAttribute, kGroup, kInterleave, kChoice, kOptional, kZeroOrMore, kOneOrMore, kList, kMixed,
  kRef, kParentRef, kEmpty, kText, kValue, kData, kNotAllowed, kGrammar,
  // grammar content
  kStart, kDefine, kDiv,
  // name classes
  kName, kAnyName, kNsName, kNameChoice,
  // parts
  kExcept, kParam,
};

const char* RngKindName(RngKind kind);

// Where a node was written, for the schema's error messages.
struct RngLocation {
  const std::string* file = nullptr;
  int line = 0;
};

// The namespace prefixes in scope at a <value> (QName and NOTATION values need them).
using RngNamespaces = std::map<std::string, std::string>;

struct RngNode {
  RngKind kind;
  RngLocation where;
  // define, ref, parentRef: the name; name: the local name; param: the name; data, value: the type
  std::string name;
  // name, nsName, value: the namespace; data, value: the datatype library
  std::string ns;
  std::string library;
  std::string text;     // value: the value; param: the value
  std::string combine;  // define, start: "", "choice" or "interleave"
  std::shared_ptr<const RngNamespaces> namespaces;  // value
  // element, attribute: the name class first, then the patterns; data: params, then an except;
  // anyName, nsName: an except; except, choice of names: name classes.
  std::vector<RngNode*> children;
  RngNode* target = nullptr;  // ref, after the simplifier resolved it: the define it names
};

// Owns the nodes of one schema (and the file names they point to).
class RngArena {
 public:
  RngNode* Make(RngKind kind, RngLocation where) {
    nodes_.push_back(RngNode{kind, where, {}, {}, {}, {}, {}, {}, {}, nullptr});
    return &nodes_.back();
  }
  const std::string* File(const std::string& path) {
    files_.push_back(path);
    return &files_.back();
  }

 private:
  std::deque<RngNode> nodes_;
  std::deque<std::string> files_;
};

}  // namespace teipress
