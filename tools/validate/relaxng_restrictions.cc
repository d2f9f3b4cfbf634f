#include "relaxng_restrictions.h"

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace teipress {

namespace {

using Kind = GrammarPattern::Kind;

struct Violation {
  std::string message;
  const GrammarPattern* at;
};

[[noreturn]] void Fail(const GrammarPattern* at, const std::string& message) { throw Violation{message, at}; }

// jing's content types, in increasing order: the spec's empty; complex (elements, then text);
// simple (a string).
enum ContentType { kEmptyContent = 0, kElementContent = 1, kMixedContent = 2, kDataContent = 3 };

bool Groupable(int a, int b) { return a == kEmptyContent || b == kEmptyContent || (a != kDataContent && b != kDataContent); }

enum Context {
  kStartContext, kElementContext, kRepeatContext, kRepeatGroupContext, kRepeatInterleaveContext,
  kAttributeContext, kListContext, kDataExceptContext,
};

std::string Describe(const NameClass& nc) {
  switch (nc.kind) {
    case NameClass::Kind::kName: return nc.ns.empty() ? "\"" + nc.local + "\"" : "\"" + nc.local + "\" of \"" + nc.ns + "\"";
    case NameClass::Kind::kNsName: return "from namespace \"" + nc.ns + "\"";
    default: return "of any name";
  }
}

// Attributes seen so far in one element's content, to find one name allowed twice; the
// attributes of the other branch of an enclosing choice do not count (as jing's
// DuplicateAttributeDetector).
class DuplicateAttributes {
 public:
  void Add(const GrammarPattern* at) {
    const NameClass& nc = *at->name;
    auto check = [&](size_t i) {
      if (!Skipped(i) && nc.Overlaps(*classes_[i])) Fail(at, "duplicate attribute " + Describe(nc));
    };
    if (nc.kind == NameClass::Kind::kName) {
      auto found = by_name_.find(ExpandedName(nc.ns, nc.local));
      if (found != by_name_.end()) {
        for (size_t i : found->second) check(i);
      }
      for (size_t i : open_) check(i);
    } else {
      for (size_t i = 0; i < classes_.size(); ++i) check(i);
    }
    if (nc.kind == NameClass::Kind::kName) by_name_[ExpandedName(nc.ns, nc.local)].push_back(classes_.size());
    else open_.push_back(classes_.size());
    classes_.push_back(&nc);
  }
  void StartChoice() { alternatives_.push_back({classes_.size(), classes_.size()}); }
  void Alternative() { alternatives_.back().second = classes_.size(); }
  void EndChoice() { alternatives_.pop_back(); }

 private:
  bool Skipped(size_t i) const {
    for (const auto& [first, end] : alternatives_) {
      if (i >= first && i < end) return true;
    }
    return false;
  }

  std::vector<const NameClass*> classes_;
  std::unordered_map<std::string, std::vector<size_t>> by_name_;
  std::vector<size_t> open_;
  std::vector<std::pair<size_t, size_t>> alternatives_;
};

class RestrictionChecker {
 public:
  explicit RestrictionChecker(const std::vector<ElementDefinition>& elements) : elements_(elements) {}

  void CheckStart(const GrammarPattern* start) { Check(start, kStartContext, nullptr, nullptr); }

 private:
  int ContentTypeOf(const GrammarPattern* p) {
    auto memo = content_types_.find(p);
    if (memo != content_types_.end()) return memo->second;
    int type = kEmptyContent;
    switch (p->kind) {
      case Kind::kElementRef: type = kElementContent; break;
      case Kind::kText: type = kMixedContent; break;
      case Kind::kData:
      case Kind::kDataExcept:
      case Kind::kValue:
      case Kind::kList: type = kDataContent; break;
      case Kind::kChoice:
      case Kind::kGroup:
      case Kind::kInterleave: type = std::max(ContentTypeOf(p->left), ContentTypeOf(p->right)); break;
      case Kind::kOneOrMore: type = ContentTypeOf(p->content); break;
      default: break;
    }
    content_types_[p] = type;
    return type;
  }

  // Whether attributes occur in `p` (outside element contents): only such parts need the
  // duplicate check on every visit.
  bool HasAttributes(const GrammarPattern* p) {
    auto memo = has_attributes_.find(p);
    if (memo != has_attributes_.end()) return memo->second;
    bool has = false;
    switch (p->kind) {
      case Kind::kAttribute: has = true; break;
      case Kind::kChoice:
      case Kind::kGroup:
      case Kind::kInterleave: has = HasAttributes(p->left) || HasAttributes(p->right); break;
      case Kind::kOneOrMore:
      case Kind::kList: has = HasAttributes(p->content); break;
      default: break;
    }
    has_attributes_[p] = has;
    return has;
  }

  // The element name classes that occur in `p` (interleave's alphabet).
  void Alphabet(const GrammarPattern* p, std::vector<const NameClass*>& out, std::unordered_set<const GrammarPattern*>& seen) {
    if (!seen.insert(p).second) return;
    switch (p->kind) {
      case Kind::kElementRef: out.push_back(elements_[p->element].name); break;
      case Kind::kChoice:
      case Kind::kGroup:
      case Kind::kInterleave:
        Alphabet(p->left, out, seen);
        Alphabet(p->right, out, seen);
        break;
      case Kind::kOneOrMore: Alphabet(p->content, out, seen); break;
      default: break;
    }
  }

  void CheckElement(int index) {
    if (!checked_elements_.insert(index).second) return;
    DuplicateAttributes attributes;
    Check(elements_[index].content, kElementContext, &attributes, elements_[index].content);
  }

  void Check(const GrammarPattern* p, Context context, DuplicateAttributes* attributes, const GrammarPattern* element) {
    // A part without attributes was checked the same way before in the same context.
    if ((!attributes || !HasAttributes(p)) && !checked_.insert({p, context}).second) return;
    switch (p->kind) {
      case Kind::kChoice:
        if (attributes) attributes->StartChoice();
        Check(p->left, context, attributes, element);
        if (attributes) attributes->Alternative();
        Check(p->right, context, attributes, element);
        if (attributes) attributes->EndChoice();
        return;
      case Kind::kGroup: {
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains a group)");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude a group");
        const Context inner = context == kRepeatContext ? kRepeatGroupContext : context;
        Check(p->left, inner, attributes, element);
        Check(p->right, inner, attributes, element);
        if (context != kListContext && !Groupable(ContentTypeOf(p->left), ContentTypeOf(p->right))) {
          Fail(p, "a group of a data or value pattern with other content");
        }
        return;
      }
      case Kind::kInterleave: {
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains an interleave)");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude an interleave");
        if (context == kListContext) Fail(p, "a list must not contain an interleave");
        const Context inner = context == kRepeatContext ? kRepeatInterleaveContext : context;
        Check(p->left, inner, attributes, element);
        Check(p->right, inner, attributes, element);
        std::vector<const NameClass*> left, right;
        std::unordered_set<const GrammarPattern*> seen_left, seen_right;
        Alphabet(p->left, left, seen_left);
        Alphabet(p->right, right, seen_right);
        for (const NameClass* a : left) {
          for (const NameClass* b : right) {
            if (a->Overlaps(*b)) Fail(p, "an element " + Describe(*a) + " can occur in both operands of an interleave");
          }
        }
        if (!Groupable(ContentTypeOf(p->left), ContentTypeOf(p->right))) {
          Fail(p, "an interleave of a data or value pattern with other content");
        }
        if (ContentTypeOf(p->left) == kMixedContent && ContentTypeOf(p->right) == kMixedContent) {
          Fail(p, "both operands of an interleave contain text");
        }
        return;
      }
      case Kind::kOneOrMore: {
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains a oneOrMore)");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude a oneOrMore");
        Check(p->content, context == kElementContext ? kRepeatContext : context, attributes, element);
        if (context != kListContext && !Groupable(ContentTypeOf(p->content), ContentTypeOf(p->content))) {
          Fail(p, "a repeated data or value pattern outside a list");
        }
        return;
      }
      case Kind::kList:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains a list)");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude a list");
        if (context == kListContext) Fail(p, "a list must not contain a list");
        Check(p->content, kListContext, attributes, element);
        return;
      case Kind::kAttribute:
        switch (context) {
          case kStartContext: Fail(p, "start may contain only elements and choices (it contains an attribute)");
          case kElementContext:
            if (!p->name->IsFinite()) Fail(p, "an attribute with anyName or nsName must be inside oneOrMore");
            break;
          case kRepeatGroupContext: Fail(p, "a group of attributes must not be repeated (oneOrMore//group//attribute)");
          case kRepeatInterleaveContext:
            Fail(p, "an interleave of attributes must not be repeated (oneOrMore//interleave//attribute)");
          case kListContext: Fail(p, "a list must not contain an attribute");
          case kAttributeContext: Fail(p, "an attribute must not contain an attribute");
          case kDataExceptContext: Fail(p, "a data pattern must not exclude an attribute");
          default: break;
        }
        if (attributes) attributes->Add(p);
        Check(p->content, kAttributeContext, nullptr, element);
        return;
      case Kind::kElementRef:
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude an element");
        if (context == kListContext) Fail(p, "a list must not contain an element");
        if (context == kAttributeContext) Fail(p, "an attribute must not contain an element");
        pending_.push_back(p->element);
        return;
      case Kind::kData:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains data)");
        return;
      case Kind::kDataExcept:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains data)");
        Check(p->left, kDataExceptContext, nullptr, element);
        return;
      case Kind::kValue:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains a value)");
        return;
      case Kind::kText:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains text)");
        if (context == kListContext) Fail(p, "a list must not contain text");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude text");
        return;
      case Kind::kEmpty:
        if (context == kStartContext) Fail(p, "start may contain only elements and choices (it contains empty)");
        if (context == kDataExceptContext) Fail(p, "a data pattern must not exclude empty");
        return;
      case Kind::kNotAllowed:
        return;
    }
  }

 public:
  // Checks every element reachable from the start; returns them.
  std::vector<int> CheckReachable() {
    while (!pending_.empty()) {
      const int index = pending_.back();
      pending_.pop_back();
      CheckElement(index);
    }
    return {checked_elements_.begin(), checked_elements_.end()};
  }

 private:
  const std::vector<ElementDefinition>& elements_;
  std::unordered_map<const GrammarPattern*, int> content_types_;
  std::unordered_map<const GrammarPattern*, bool> has_attributes_;
  struct PairHash {
    size_t operator()(const std::pair<const GrammarPattern*, Context>& key) const {
      return std::hash<const void*>()(key.first) * 31 + key.second;
    }
  };
  std::unordered_set<std::pair<const GrammarPattern*, Context>, PairHash> checked_;
  std::set<int> checked_elements_;
  std::vector<int> pending_;
};

// ---- ID types ----

class IdTypeBuilder {
 public:
  IdTypeBuilder(const std::vector<ElementDefinition>& elements, std::map<IdTypeKey, IdType>& id_types)
      : elements_(elements), id_types_(id_types) {}

  // The elements reachable from the start (the restriction checker found them).
  void Run(const std::vector<int>& reachable) {
    for (const int index : reachable) Visit(elements_[index].content, elements_[index].name, false);
    for (const auto& [element, attribute, at] : possible_conflicts_) CheckConflict(*element, *attribute, at);
  }

 private:
  static IdType IdTypeOf(const GrammarPattern* p) {
    if (p->kind == Kind::kData || p->kind == Kind::kDataExcept || p->kind == Kind::kValue) return p->datatype->id_type();
    return IdType::kNone;
  }

  // Whether `p` holds attributes or data outside element contents: only those parts matter.
  bool Relevant(const GrammarPattern* p) {
    auto memo = relevant_.find(p);
    if (memo != relevant_.end()) return memo->second;
    bool relevant = false;
    switch (p->kind) {
      case Kind::kAttribute:
      case Kind::kData:
      case Kind::kDataExcept:
      case Kind::kValue: relevant = true; break;
      case Kind::kChoice:
      case Kind::kGroup:
      case Kind::kInterleave: relevant = Relevant(p->left) || Relevant(p->right); break;
      case Kind::kOneOrMore:
      case Kind::kList: relevant = Relevant(p->content); break;
      default: break;
    }
    relevant_[p] = relevant;
    return relevant;
  }

  // Only the parts of a content that hold attributes or data matter; element contents are visited
  // on their own.
  void Visit(const GrammarPattern* p, const NameClass* element, bool attribute_is_parent) {
    if (!attribute_is_parent && !Relevant(p)) return;
    switch (p->kind) {
      case Kind::kChoice:
      case Kind::kGroup:
      case Kind::kInterleave:
        Visit(p->left, element, false);
        Visit(p->right, element, false);
        return;
      case Kind::kOneOrMore:
      case Kind::kList:
        Visit(p->content, element, false);
        return;
      case Kind::kAttribute: {
        const IdType type = IdTypeOf(p->content);
        if (type != IdType::kNone) {
          if (p->name->kind != NameClass::Kind::kName) {
            Fail(p, "an attribute of an ID type (ID, IDREF, IDREFS) must have a single name");
          }
          if (!element || !element->IsFinite()) {
            Fail(p, "an element with an attribute of an ID type must have a name class of names only");
          }
          std::vector<std::pair<std::string, std::string>> names;
          element->CollectNames(names);
          const std::string attribute_name = ExpandedName(p->name->ns, p->name->local);
          id_attribute_locals_.insert(p->name->local);
          for (const auto& [ns, local] : names) {
            const IdTypeKey key{ExpandedName(ns, local), attribute_name};
            auto found = id_types_.find(key);
            if (found != id_types_.end() && found->second != type) {
              Fail(p, "conflicting ID types for attribute \"" + p->name->local + "\" of element \"" + local + "\"");
            }
            id_types_[key] = type;
          }
        } else if (element) {
          possible_conflicts_.push_back({element, p->name, p});
        }
        Visit(p->content, element, true);
        return;
      }
      case Kind::kData:
      case Kind::kValue:
      case Kind::kDataExcept:
        if (IdTypeOf(p) != IdType::kNone && !attribute_is_parent) {
          Fail(p, "a data or value pattern of an ID type must be the whole content of an attribute");
        }
        if (p->kind == Kind::kDataExcept) Visit(p->left, element, false);
        return;
      default:
        return;
    }
  }

  void CheckConflict(const NameClass& element, const NameClass& attribute, const GrammarPattern* at) {
    if (element.kind == NameClass::Kind::kName && attribute.kind == NameClass::Kind::kName) {
      // Most attributes are of no ID type under any name: skip building their keys.
      if (!id_attribute_locals_.count(attribute.local)) return;
      if (id_types_.count({ExpandedName(element.ns, element.local), ExpandedName(attribute.ns, attribute.local)})) {
        Fail(at, "conflicting ID types for attribute \"" + attribute.local + "\" of element \"" + element.local + "\"");
      }
      return;
    }
    for (const auto& [key, type] : id_types_) {
      auto split = [](const std::string& expanded) {
        const size_t close = expanded.find('}');
        return std::make_pair(expanded.substr(1, close - 1), expanded.substr(close + 1));
      };
      const auto [element_ns, element_local] = split(key.first);
      const auto [attribute_ns, attribute_local] = split(key.second);
      if (element.Contains(element_ns, element_local) && attribute.Contains(attribute_ns, attribute_local)) {
        Fail(at, "conflicting ID types for attribute \"" + attribute_local + "\" of element \"" + element_local + "\"");
      }
    }
  }

  struct Conflict {
    const NameClass* element;
    const NameClass* attribute;
    const GrammarPattern* at;
  };

  const std::vector<ElementDefinition>& elements_;
  std::map<IdTypeKey, IdType>& id_types_;
  std::unordered_map<const GrammarPattern*, bool> relevant_;
  std::vector<Conflict> possible_conflicts_;
  std::unordered_set<std::string> id_attribute_locals_;
};

}  // namespace

std::optional<RestrictionViolation> CheckRestrictions(const GrammarPattern* start,
                                                      const std::vector<ElementDefinition>& elements,
                                                      std::vector<int>& reachable) {
  try {
    RestrictionChecker checker(elements);
    checker.CheckStart(start);
    reachable = checker.CheckReachable();
  } catch (const Violation& v) {
    return RestrictionViolation{v.message, v.at ? v.at->where : RngLocation{}};
  }
  return std::nullopt;
}

std::optional<RestrictionViolation> BuildIdTypes(const std::vector<int>& reachable,
                                                 const std::vector<ElementDefinition>& elements,
                                                 std::map<IdTypeKey, IdType>& id_types) {
  try {
    IdTypeBuilder(elements, id_types).Run(reachable);
  } catch (const Violation& v) {
    return RestrictionViolation{v.message, v.at ? v.at->where : RngLocation{}};
  }
  return std::nullopt;
}

}  // namespace teipress
