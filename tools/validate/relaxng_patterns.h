// The derivative engine of RELAX NG validation (James Clark, "An algorithm for RELAX NG
// validation", as jing implements it): patterns are hash-consed into a pool, so equal patterns are
// one number, and every derivative (start tag, attribute, end of attributes, text, end tag) is
// memoized per pattern and name. Element contents are taken from the compiled grammar only when a
// document first reaches them, so compiling even TEI All costs nothing here.
//
// A session is not thread-safe: each validating thread has its own, kept across documents so that
// the derivatives of one document serve the next.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "relaxng_grammar.h"

namespace teipress {

using PatternId = std::uint32_t;
using NameId = std::uint32_t;

enum class PatternKind : unsigned char {
  kEmpty, kNotAllowed, kText, kChoice, kInterleave, kGroup, kOneOrMore, kList, kData, kDataExcept, kValue,
  kAttribute, kElement, kAfter,
};

// jing's content types: what a pattern can match as the content of an element.
enum class ContentType : unsigned char { kEmpty = 0, kElement = 1, kMixed = 2, kData = 3 };

class PatternSession {
 public:
  explicit PatternSession(const Grammar& grammar);

  static constexpr PatternId kEmptyPattern = 0;
  static constexpr PatternId kNotAllowedPattern = 1;

  PatternId Start();
  NameId Name(std::string_view ns, std::string_view local);
  // The ID type of attribute `attribute` on element `element` (the grammar's, memoized).
  IdType IdTypeOf(NameId element, NameId attribute);
  const std::string& NameNamespace(NameId name) const { return names_[name].first; }
  const std::string& NameLocal(NameId name) const { return names_[name].second; }

  PatternKind Kind(PatternId p) const { return nodes_[p].kind; }
  bool Nullable(PatternId p) const { return nodes_[p].nullable; }
  // notAllowed, or an After whose first part is notAllowed (jing's isNotAllowed).
  bool IsNotAllowed(PatternId p) const { return nodes_[p].not_allowed; }
  ContentType Content(PatternId p) const { return nodes_[p].content_type; }
  PatternId Left(PatternId p) const { return nodes_[p].a; }
  PatternId Right(PatternId p) const { return nodes_[p].b; }
  const GrammarPattern* Source(PatternId p) const { return nodes_[p].source; }
  int Element(PatternId p) const { return nodes_[p].element; }

  // The derivatives, memoized.
  PatternId StartTagOpenDeriv(PatternId p, NameId name);
  PatternId StartTagOpenRecoverDeriv(PatternId p, NameId name);
  PatternId StartAttributeDeriv(PatternId p, NameId name);
  PatternId EndAttributes(PatternId p);
  PatternId IgnoreMissingAttributes(PatternId p);
  PatternId TextOnly(PatternId p);
  PatternId EndTagDeriv(PatternId p);
  PatternId MixedTextDeriv(PatternId p);
  PatternId RecoverAfter(PatternId p);
  PatternId EmptyAfter(PatternId p);
  // The derivative for a string (an attribute value, or the text of an element with data content).
  PatternId DataDeriv(PatternId p, std::string_view text, const ValueContext& context);

  // Recovery from an element where it may not be: the content of the elements of that name, as
  // if it were allowed (notAllowed for a name the grammar does not have).
  PatternId FindElement(NameId name);
  PatternId After(PatternId first, PatternId then) { return MakeAfter(first, then); }

  // For messages: the name classes of the elements (attributes) that may come next, and the
  // clauses of elements (names of attributes) that must.
  std::vector<const NameClass*> PossibleStartTags(PatternId p);
  std::vector<const NameClass*> PossibleAttributes(PatternId p);
  std::vector<std::vector<const NameClass*>> RequiredElements(PatternId p);
  std::vector<const NameClass*> RequiredAttributes(PatternId p);
  // The value patterns (data, value, text, list) that may match a string in `p` (an After from
  // StartAttributeDeriv, or an element's text-only content).
  std::vector<const GrammarPattern*> ValuePatterns(PatternId p);

  // How many patterns the pool holds (sessions are reset when it grows beyond reason).
  size_t size() const { return nodes_.size(); }

 private:
  struct Node {
    PatternKind kind;
    bool nullable = false;
    bool not_allowed = false;
    ContentType content_type = ContentType::kEmpty;
    PatternId a = 0, b = 0;
    const GrammarPattern* source = nullptr;  // data, data except, value, list, attribute
    int element = -1;                         // element
  };
  struct Key {
    PatternKind kind;
    PatternId a, b;
    const void* extra;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    size_t operator()(const Key& k) const noexcept;
  };

  PatternId Intern(Node node, const void* extra);
  PatternId Convert(const GrammarPattern* p);
  PatternId ElementContent(int element);

  PatternId MakeChoice(PatternId a, PatternId b);
  PatternId MakeGroup(PatternId a, PatternId b);
  PatternId MakeInterleave(PatternId a, PatternId b);
  PatternId MakeOneOrMore(PatternId a);
  PatternId MakeOptional(PatternId a) { return MakeChoice(a, kEmptyPattern); }
  PatternId MakeAfter(PatternId a, PatternId b);
  bool ContainsChoice(PatternId choice, PatternId p) const;
  void NoteChoices(PatternId p, std::vector<PatternId>& out) const;
  PatternId RemoveChoices(PatternId p, const std::vector<PatternId>& sorted);

  template <typename F>
  PatternId ApplyAfter(PatternId p, const F& f);

  PatternId StartTagOpen(PatternId p, NameId name, bool recover);
  PatternId EndAttributesLike(PatternId p, int mode);
  PatternId MixedText(PatternId p);

  bool Contains(const NameClass* nc, NameId name);
  void CollectPossible(PatternId p, bool attributes, std::vector<const NameClass*>& out, std::vector<bool>& seen);

  const Grammar& grammar_;
  std::vector<Node> nodes_;
  std::unordered_map<Key, PatternId, KeyHash> interned_;
  std::unordered_map<const GrammarPattern*, PatternId> converted_;
  std::vector<PatternId> element_content_;  // per element, 0 until first needed
  std::vector<bool> element_content_known_;
  // Names interned; looked up without building a string (heterogeneous lookup).
  struct NameKey {
    std::string_view ns, local;
    bool operator==(const NameKey&) const = default;
  };
  struct NameHash {
    using is_transparent = void;
    size_t operator()(const NameKey& k) const noexcept {
      return std::hash<std::string_view>()(k.local) * 31 + std::hash<std::string_view>()(k.ns);
    }
  };
  std::deque<std::pair<std::string, std::string>> names_;  // stable: the keys below point into it
  std::unordered_map<NameKey, NameId, NameHash> name_ids_;
  std::unordered_map<std::uint64_t, IdType> id_types_;
  std::unordered_map<std::uint64_t, bool> contains_;

  // Memo tables, per derivative.
  std::unordered_map<std::uint64_t, PatternId> start_tag_open_, start_tag_recover_, start_attribute_;
  std::unordered_map<PatternId, PatternId> end_attributes_, ignore_missing_, text_only_, end_tag_, mixed_text_,
      recover_after_, empty_after_;
  std::unordered_map<NameId, PatternId> find_element_;
  PatternId start_ = kNotAllowedPattern;
  bool started_ = false;
};

}  // namespace teipress
