#include "relaxng_patterns.h"

#include <algorithm>

namespace teipress {

namespace {

std::uint64_t MemoKey(PatternId p, NameId name) { return (static_cast<std::uint64_t>(p) << 32) | name; }

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// How closely a name class names a name (jing's containsSpecificity): a name beats a namespace,
// which beats any name; -1 when it does not contain it.
int Specificity(const NameClass& nc, std::string_view ns, std::string_view local) {
  switch (nc.kind) {
    case NameClass::Kind::kName: return nc.Contains(ns, local) ? 2 : -1;
    case NameClass::Kind::kNsName: return nc.Contains(ns, local) ? 1 : -1;
    case NameClass::Kind::kAnyName: return nc.Contains(ns, local) ? 0 : -1;
    case NameClass::Kind::kChoice: return std::max(Specificity(*nc.left, ns, local), Specificity(*nc.right, ns, local));
  }
  return -1;
}

}  // namespace

size_t PatternSession::KeyHash::operator()(const Key& k) const noexcept {
  std::uint64_t h = static_cast<std::uint64_t>(k.kind) * 0x9E3779B97F4A7C15ULL;
  h ^= (static_cast<std::uint64_t>(k.a) << 32 | k.b) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  h ^= reinterpret_cast<std::uintptr_t>(k.extra) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return static_cast<size_t>(h);
}

PatternSession::PatternSession(const Grammar& grammar)
    : grammar_(grammar),
      element_content_(grammar.elements().size(), kNotAllowedPattern),
      element_content_known_(grammar.elements().size(), false) {
  nodes_.reserve(1024);
  Node empty{PatternKind::kEmpty};
  empty.nullable = true;
  Intern(empty, nullptr);
  Node not_allowed{PatternKind::kNotAllowed};
  not_allowed.not_allowed = true;
  Intern(not_allowed, nullptr);
}

PatternId PatternSession::Intern(Node node, const void* extra) {
  const Key key{node.kind, node.a, node.b, extra};
  auto found = interned_.find(key);
  if (found != interned_.end()) return found->second;
  const PatternId id = static_cast<PatternId>(nodes_.size());
  nodes_.push_back(node);
  interned_.emplace(key, id);
  return id;
}

PatternId PatternSession::Start() {
  if (!started_) {
    start_ = Convert(grammar_.start());
    started_ = true;
  }
  return start_;
}

NameId PatternSession::Name(std::string_view ns, std::string_view local) {
  auto found = name_ids_.find(NameKey{ns, local});
  if (found != name_ids_.end()) return found->second;
  const NameId id = static_cast<NameId>(names_.size());
  names_.emplace_back(std::string(ns), std::string(local));
  name_ids_.emplace(NameKey{names_.back().first, names_.back().second}, id);
  return id;
}

IdType PatternSession::IdTypeOf(NameId element, NameId attribute) {
  const std::uint64_t key = MemoKey(element, attribute);
  auto found = id_types_.find(key);
  if (found != id_types_.end()) return found->second;
  const IdType type = grammar_.IdTypeOf(ExpandedName(names_[element].first, names_[element].second),
                                        ExpandedName(names_[attribute].first, names_[attribute].second));
  id_types_.emplace(key, type);
  return type;
}

bool PatternSession::Contains(const NameClass* nc, NameId name) {
  return nc->Contains(names_[name].first, names_[name].second);
}

// ---- Building patterns ----

PatternId PatternSession::Convert(const GrammarPattern* g) {
  auto memo = converted_.find(g);
  if (memo != converted_.end()) return memo->second;
  using K = GrammarPattern::Kind;
  PatternId out = kNotAllowedPattern;
  switch (g->kind) {
    case K::kEmpty: out = kEmptyPattern; break;
    case K::kNotAllowed: out = kNotAllowedPattern; break;
    case K::kText: {
      Node n{PatternKind::kText};
      n.nullable = true;
      n.content_type = ContentType::kMixed;
      out = Intern(n, nullptr);
      break;
    }
    case K::kChoice: out = MakeChoice(Convert(g->left), Convert(g->right)); break;
    case K::kGroup: out = MakeGroup(Convert(g->left), Convert(g->right)); break;
    case K::kInterleave: out = MakeInterleave(Convert(g->left), Convert(g->right)); break;
    case K::kOneOrMore: out = MakeOneOrMore(Convert(g->content)); break;
    case K::kList: {
      Node n{PatternKind::kList};
      n.a = Convert(g->content);
      n.source = g;
      n.content_type = ContentType::kData;
      out = Intern(n, g);
      break;
    }
    case K::kData:
    case K::kValue: {
      Node n{g->kind == K::kData ? PatternKind::kData : PatternKind::kValue};
      n.source = g;
      n.content_type = ContentType::kData;
      out = Intern(n, g);
      break;
    }
    case K::kDataExcept: {
      Node n{PatternKind::kDataExcept};
      n.a = Convert(g->left);
      n.source = g;
      n.content_type = ContentType::kData;
      out = Intern(n, g);
      break;
    }
    case K::kAttribute: {
      Node n{PatternKind::kAttribute};
      n.a = Convert(g->content);
      n.source = g;
      out = Intern(n, g);
      break;
    }
    case K::kElementRef: {
      Node n{PatternKind::kElement};
      n.element = g->element;
      n.content_type = ContentType::kElement;
      out = Intern(n, &grammar_.elements()[g->element]);
      break;
    }
  }
  converted_[g] = out;
  return out;
}

PatternId PatternSession::ElementContent(int element) {
  if (!element_content_known_[element]) {
    element_content_known_[element] = true;
    element_content_[element] = Convert(grammar_.elements()[element].content);
  }
  return element_content_[element];
}

bool PatternSession::ContainsChoice(PatternId choice, PatternId p) const {
  if (choice == p) return true;
  if (nodes_[choice].kind != PatternKind::kChoice) return false;
  return ContainsChoice(nodes_[choice].a, p) || ContainsChoice(nodes_[choice].b, p);
}

void PatternSession::NoteChoices(PatternId p, std::vector<PatternId>& out) const {
  if (nodes_[p].kind == PatternKind::kChoice) {
    NoteChoices(nodes_[p].a, out);
    NoteChoices(nodes_[p].b, out);
  } else {
    out.push_back(p);
  }
}

PatternId PatternSession::RemoveChoices(PatternId p, const std::vector<PatternId>& sorted) {
  if (nodes_[p].kind != PatternKind::kChoice) {
    return std::binary_search(sorted.begin(), sorted.end(), p) ? kNotAllowedPattern : p;
  }
  const PatternId a = RemoveChoices(nodes_[p].a, sorted);
  const PatternId b = RemoveChoices(nodes_[p].b, sorted);
  if (a == nodes_[p].a && b == nodes_[p].b) return p;
  if (a == kNotAllowedPattern) return b;
  if (b == kNotAllowedPattern) return a;
  Node n{PatternKind::kChoice};
  n.a = a;
  n.b = b;
  n.nullable = nodes_[a].nullable || nodes_[b].nullable;
  n.content_type = std::max(nodes_[a].content_type, nodes_[b].content_type);
  return Intern(n, nullptr);
}

// jing's ValidatorPatternBuilder.makeChoice: no alternative twice, Afters with a common part
// merged, so that derivatives stay small.
PatternId PatternSession::MakeChoice(PatternId a, PatternId b) {
  if (a == b) return a;
  if (a == kNotAllowedPattern) return b;
  if (b == kNotAllowedPattern) return a;
  const bool a_choice = nodes_[a].kind == PatternKind::kChoice;
  const bool b_choice = nodes_[b].kind == PatternKind::kChoice;
  if (!a_choice) {
    if (ContainsChoice(b, a)) return b;
  } else if (!b_choice) {
    if (ContainsChoice(a, b)) return a;
  } else {
    std::vector<PatternId> in_a;
    NoteChoices(a, in_a);
    std::sort(in_a.begin(), in_a.end());
    b = RemoveChoices(b, in_a);
    if (b == kNotAllowedPattern) return a;
  }
  if (nodes_[a].kind == PatternKind::kAfter && nodes_[b].kind == PatternKind::kAfter) {
    const Node x = nodes_[a], y = nodes_[b];
    if (x.a == y.a) return MakeAfter(x.a, MakeChoice(x.b, y.b));
    if (x.a == kNotAllowedPattern) return b;
    if (y.a == kNotAllowedPattern) return a;
    if (x.b == y.b) return MakeAfter(MakeChoice(x.a, y.a), x.b);
  }
  if (a == kEmptyPattern && nodes_[b].nullable) return b;
  if (b == kEmptyPattern && nodes_[a].nullable) return a;
  Node n{PatternKind::kChoice};
  n.a = a;
  n.b = b;
  n.nullable = nodes_[a].nullable || nodes_[b].nullable;
  n.content_type = std::max(nodes_[a].content_type, nodes_[b].content_type);
  return Intern(n, nullptr);
}

PatternId PatternSession::MakeGroup(PatternId a, PatternId b) {
  if (a == kEmptyPattern) return b;
  if (b == kEmptyPattern) return a;
  if (a == kNotAllowedPattern || b == kNotAllowedPattern) return kNotAllowedPattern;
  Node n{PatternKind::kGroup};
  n.a = a;
  n.b = b;
  n.nullable = nodes_[a].nullable && nodes_[b].nullable;
  n.content_type = std::max(nodes_[a].content_type, nodes_[b].content_type);
  return Intern(n, nullptr);
}

PatternId PatternSession::MakeInterleave(PatternId a, PatternId b) {
  if (a == kEmptyPattern) return b;
  if (b == kEmptyPattern) return a;
  if (a == kNotAllowedPattern || b == kNotAllowedPattern) return kNotAllowedPattern;
  Node n{PatternKind::kInterleave};
  n.a = a;
  n.b = b;
  n.nullable = nodes_[a].nullable && nodes_[b].nullable;
  n.content_type = std::max(nodes_[a].content_type, nodes_[b].content_type);
  return Intern(n, nullptr);
}

PatternId PatternSession::MakeOneOrMore(PatternId a) {
  if (a == kEmptyPattern || a == kNotAllowedPattern || nodes_[a].kind == PatternKind::kOneOrMore) return a;
  Node n{PatternKind::kOneOrMore};
  n.a = a;
  n.nullable = nodes_[a].nullable;
  n.content_type = nodes_[a].content_type;
  return Intern(n, nullptr);
}

PatternId PatternSession::MakeAfter(PatternId a, PatternId b) {
  Node n{PatternKind::kAfter};
  n.a = a;
  n.b = b;
  n.not_allowed = nodes_[a].not_allowed;
  n.content_type = std::max(nodes_[a].content_type, nodes_[b].content_type);
  return Intern(n, nullptr);
}

// Applies `f` to the second part of every After in a choice of Afters.
template <typename F>
PatternId PatternSession::ApplyAfter(PatternId p, const F& f) {
  switch (nodes_[p].kind) {
    case PatternKind::kAfter: {
      const PatternId first = nodes_[p].a;
      return MakeAfter(first, f(nodes_[p].b));
    }
    case PatternKind::kChoice: {
      const PatternId a = nodes_[p].a, b = nodes_[p].b;
      const PatternId x = ApplyAfter(a, f);
      return MakeChoice(x, ApplyAfter(b, f));
    }
    default:
      return kNotAllowedPattern;
  }
}

// ---- Derivatives ----

PatternId PatternSession::StartTagOpenDeriv(PatternId p, NameId name) { return StartTagOpen(p, name, false); }
PatternId PatternSession::StartTagOpenRecoverDeriv(PatternId p, NameId name) { return StartTagOpen(p, name, true); }

PatternId PatternSession::StartTagOpen(PatternId p, NameId name, bool recover) {
  auto& memo = recover ? start_tag_recover_ : start_tag_open_;
  const std::uint64_t key = MemoKey(p, name);
  auto found = memo.find(key);
  if (found != memo.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = kNotAllowedPattern;
  switch (node.kind) {
    case PatternKind::kChoice: {
      const PatternId x = StartTagOpen(node.a, name, recover);
      out = MakeChoice(x, StartTagOpen(node.b, name, recover));
      break;
    }
    case PatternKind::kGroup: {
      const PatternId rest = node.b;
      out = ApplyAfter(StartTagOpen(node.a, name, recover), [&](PatternId x) { return MakeGroup(x, rest); });
      // jing's recovery also tries the second part when the first is not done.
      if (nodes_[node.a].nullable || recover) out = MakeChoice(out, StartTagOpen(node.b, name, recover));
      break;
    }
    case PatternKind::kInterleave: {
      const PatternId a = node.a, b = node.b;
      const PatternId x = ApplyAfter(StartTagOpen(a, name, recover), [&](PatternId q) { return MakeInterleave(q, b); });
      const PatternId y = ApplyAfter(StartTagOpen(b, name, recover), [&](PatternId q) { return MakeInterleave(a, q); });
      out = MakeChoice(x, y);
      break;
    }
    case PatternKind::kAfter: {
      const PatternId then = node.b;
      out = ApplyAfter(StartTagOpen(node.a, name, recover), [&](PatternId x) { return MakeAfter(x, then); });
      break;
    }
    case PatternKind::kOneOrMore: {
      const PatternId optional = MakeOptional(p);
      out = ApplyAfter(StartTagOpen(node.a, name, recover), [&](PatternId x) { return MakeGroup(x, optional); });
      break;
    }
    case PatternKind::kElement:
      if (Contains(grammar_.elements()[node.element].name, name)) {
        out = MakeAfter(ElementContent(node.element), kEmptyPattern);
      }
      break;
    default:
      break;
  }
  memo[key] = out;
  return out;
}

PatternId PatternSession::StartAttributeDeriv(PatternId p, NameId name) {
  const std::uint64_t key = MemoKey(p, name);
  auto found = start_attribute_.find(key);
  if (found != start_attribute_.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = kNotAllowedPattern;
  switch (node.kind) {
    case PatternKind::kChoice: {
      const PatternId x = StartAttributeDeriv(node.a, name);
      out = MakeChoice(x, StartAttributeDeriv(node.b, name));
      break;
    }
    case PatternKind::kGroup:
    case PatternKind::kInterleave: {
      const PatternId a = node.a, b = node.b;
      const bool group = node.kind == PatternKind::kGroup;
      auto make = [&](PatternId x, PatternId y) { return group ? MakeGroup(x, y) : MakeInterleave(x, y); };
      const PatternId x = ApplyAfter(StartAttributeDeriv(a, name), [&](PatternId q) { return make(q, b); });
      const PatternId y = ApplyAfter(StartAttributeDeriv(b, name), [&](PatternId q) { return make(a, q); });
      out = MakeChoice(x, y);
      break;
    }
    case PatternKind::kAfter: {
      const PatternId then = node.b;
      out = ApplyAfter(StartAttributeDeriv(node.a, name), [&](PatternId x) { return MakeAfter(x, then); });
      break;
    }
    case PatternKind::kOneOrMore: {
      const PatternId optional = MakeOptional(p);
      out = ApplyAfter(StartAttributeDeriv(node.a, name), [&](PatternId x) { return MakeGroup(x, optional); });
      break;
    }
    case PatternKind::kAttribute:
      if (Contains(node.source->name, name)) out = MakeAfter(node.a, kEmptyPattern);
      break;
    default:
      break;
  }
  start_attribute_[key] = out;
  return out;
}

// mode 0: end of attributes (an attribute left is missing); 1: missing attributes ignored;
// 2: text only (elements are not allowed, attributes stay).
PatternId PatternSession::EndAttributesLike(PatternId p, int mode) {
  auto& memo = mode == 0 ? end_attributes_ : mode == 1 ? ignore_missing_ : text_only_;
  auto found = memo.find(p);
  if (found != memo.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = p;
  switch (node.kind) {
    case PatternKind::kGroup:
    case PatternKind::kInterleave:
    case PatternKind::kChoice: {
      const PatternId a = EndAttributesLike(node.a, mode);
      const PatternId b = EndAttributesLike(node.b, mode);
      if (a != node.a || b != node.b) {
        out = node.kind == PatternKind::kGroup        ? MakeGroup(a, b)
              : node.kind == PatternKind::kInterleave ? MakeInterleave(a, b)
                                                      : MakeChoice(a, b);
      }
      break;
    }
    case PatternKind::kOneOrMore: {
      const PatternId a = EndAttributesLike(node.a, mode);
      if (a != node.a) out = MakeOneOrMore(a);
      break;
    }
    case PatternKind::kAfter: {
      const PatternId a = EndAttributesLike(node.a, mode);
      if (a != node.a) out = MakeAfter(a, node.b);
      break;
    }
    case PatternKind::kAttribute:
      out = mode == 0 ? kNotAllowedPattern : mode == 1 ? kEmptyPattern : p;
      break;
    case PatternKind::kElement:
      if (mode == 2) out = kNotAllowedPattern;
      break;
    default:
      break;
  }
  memo[p] = out;
  return out;
}

PatternId PatternSession::EndAttributes(PatternId p) { return EndAttributesLike(p, 0); }
PatternId PatternSession::IgnoreMissingAttributes(PatternId p) { return EndAttributesLike(p, 1); }
PatternId PatternSession::TextOnly(PatternId p) { return EndAttributesLike(p, 2); }

PatternId PatternSession::EndTagDeriv(PatternId p) {
  auto found = end_tag_.find(p);
  if (found != end_tag_.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = kNotAllowedPattern;
  if (node.kind == PatternKind::kChoice) {
    const PatternId x = EndTagDeriv(node.a);
    out = MakeChoice(x, EndTagDeriv(node.b));
  } else if (node.kind == PatternKind::kAfter) {
    out = nodes_[node.a].nullable ? node.b : kNotAllowedPattern;
  }
  end_tag_[p] = out;
  return out;
}

PatternId PatternSession::MixedTextDeriv(PatternId p) { return MixedText(p); }

PatternId PatternSession::MixedText(PatternId p) {
  auto found = mixed_text_.find(p);
  if (found != mixed_text_.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = kNotAllowedPattern;
  switch (node.kind) {
    case PatternKind::kText:
      out = p;
      break;
    case PatternKind::kGroup: {
      const PatternId q = MixedText(node.a);
      out = q == node.a ? p : MakeGroup(q, node.b);
      if (nodes_[node.a].nullable) out = MakeChoice(out, MixedText(node.b));
      break;
    }
    case PatternKind::kInterleave: {
      const PatternId q1 = MixedText(node.a);
      const PatternId q2 = MixedText(node.b);
      const PatternId x = q1 == node.a ? p : MakeInterleave(q1, node.b);
      const PatternId y = q2 == node.b ? p : MakeInterleave(node.a, q2);
      out = MakeChoice(x, y);
      break;
    }
    case PatternKind::kOneOrMore: {
      const PatternId q = MixedText(node.a);
      out = MakeGroup(q, MakeOptional(p));
      break;
    }
    case PatternKind::kChoice: {
      const PatternId a = MixedText(node.a);
      const PatternId b = MixedText(node.b);
      out = a == node.a && b == node.b ? p : MakeChoice(a, b);
      break;
    }
    case PatternKind::kAfter: {
      const PatternId a = MixedText(node.a);
      out = a == node.a ? p : MakeAfter(a, node.b);
      break;
    }
    default:
      break;
  }
  mixed_text_[p] = out;
  return out;
}

PatternId PatternSession::RecoverAfter(PatternId p) {
  auto found = recover_after_.find(p);
  if (found != recover_after_.end()) return found->second;
  const Node node = nodes_[p];
  PatternId out = kNotAllowedPattern;
  if (node.kind == PatternKind::kChoice) {
    const PatternId x = RecoverAfter(node.a);
    out = MakeChoice(x, RecoverAfter(node.b));
  } else if (node.kind == PatternKind::kAfter) {
    out = node.b;
  }
  recover_after_[p] = out;
  return out;
}

PatternId PatternSession::EmptyAfter(PatternId p) {
  auto found = empty_after_.find(p);
  if (found != empty_after_.end()) return found->second;
  PatternId out = p;
  if (nodes_[p].kind == PatternKind::kAfter || nodes_[p].kind == PatternKind::kChoice) {
    out = ApplyAfter(p, [](PatternId) { return kEmptyPattern; });
    // A choice of things other than Afters stays as it is.
    if (nodes_[p].kind == PatternKind::kChoice && out == kNotAllowedPattern) out = p;
  }
  empty_after_[p] = out;
  return out;
}

PatternId PatternSession::DataDeriv(PatternId p, std::string_view text, const ValueContext& context) {
  const Node node = nodes_[p];
  switch (node.kind) {
    case PatternKind::kText:
      return p;
    case PatternKind::kList: {
      PatternId state = node.a;
      size_t i = 0;
      while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
        const size_t start = i;
        while (i < text.size() && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
        if (i > start) {
          state = DataDeriv(state, text.substr(start, i - start), context);
          if (state == kNotAllowedPattern) return kNotAllowedPattern;
        }
      }
      return nodes_[state].nullable ? kEmptyPattern : kNotAllowedPattern;
    }
    case PatternKind::kValue: {
      const GrammarPattern* g = node.source;
      auto value = g->datatype->ValueOf(text, context);
      return value && g->datatype->SameValue(g->value, *value) ? kEmptyPattern : kNotAllowedPattern;
    }
    case PatternKind::kData:
      return node.source->datatype->AcceptsAnyString() || node.source->datatype->IsValid(text, context)
                 ? kEmptyPattern
                 : kNotAllowedPattern;
    case PatternKind::kDataExcept: {
      if (!node.source->datatype->IsValid(text, context)) return kNotAllowedPattern;
      return nodes_[DataDeriv(node.a, text, context)].nullable ? kNotAllowedPattern : kEmptyPattern;
    }
    case PatternKind::kAfter: {
      if (nodes_[DataDeriv(node.a, text, context)].nullable) return node.b;
      if (nodes_[node.a].nullable && IsBlank(text)) return node.b;
      return kNotAllowedPattern;
    }
    case PatternKind::kChoice: {
      const PatternId x = DataDeriv(node.a, text, context);
      return MakeChoice(x, DataDeriv(node.b, text, context));
    }
    case PatternKind::kGroup: {
      PatternId out = MakeGroup(DataDeriv(node.a, text, context), node.b);
      if (nodes_[node.a].nullable) out = MakeChoice(out, DataDeriv(node.b, text, context));
      return out;
    }
    case PatternKind::kInterleave: {
      const PatternId x = MakeInterleave(DataDeriv(node.a, text, context), node.b);
      return MakeChoice(x, MakeInterleave(node.a, DataDeriv(node.b, text, context)));
    }
    case PatternKind::kOneOrMore:
      return MakeGroup(DataDeriv(node.a, text, context), MakeOptional(p));
    default:
      return kNotAllowedPattern;
  }
}

PatternId PatternSession::FindElement(NameId name) {
  auto found = find_element_.find(name);
  if (found != find_element_.end()) return found->second;
  const auto& elements = grammar_.elements();
  int best = -1;
  for (const ElementDefinition& e : elements) best = std::max(best, Specificity(*e.name, names_[name].first, names_[name].second));
  PatternId out = kNotAllowedPattern;
  if (best >= 0) {
    for (size_t i = 0; i < elements.size(); ++i) {
      if (Specificity(*elements[i].name, names_[name].first, names_[name].second) == best) {
        out = MakeChoice(out, ElementContent(static_cast<int>(i)));
      }
    }
  }
  find_element_[name] = out;
  return out;
}

// ---- What may or must come next, for messages ----

void PatternSession::CollectPossible(PatternId p, bool attributes, std::vector<const NameClass*>& out,
                                     std::vector<bool>& seen) {
  if (seen[p]) return;
  seen[p] = true;
  const Node node = nodes_[p];
  switch (node.kind) {
    case PatternKind::kAfter:
      CollectPossible(node.a, attributes, out, seen);
      break;
    case PatternKind::kChoice:
    case PatternKind::kInterleave:
      CollectPossible(node.a, attributes, out, seen);
      CollectPossible(node.b, attributes, out, seen);
      break;
    case PatternKind::kGroup:
      CollectPossible(node.a, attributes, out, seen);
      if (attributes || nodes_[node.a].nullable) CollectPossible(node.b, attributes, out, seen);
      break;
    case PatternKind::kOneOrMore:
      CollectPossible(node.a, attributes, out, seen);
      break;
    case PatternKind::kElement:
      if (!attributes) out.push_back(grammar_.elements()[node.element].name);
      break;
    case PatternKind::kAttribute:
      if (attributes) out.push_back(node.source->name);
      break;
    default:
      break;
  }
}

std::vector<const NameClass*> PatternSession::PossibleStartTags(PatternId p) {
  std::vector<const NameClass*> out;
  std::vector<bool> seen(nodes_.size(), false);
  CollectPossible(p, false, out, seen);
  return out;
}

std::vector<const NameClass*> PatternSession::PossibleAttributes(PatternId p) {
  std::vector<const NameClass*> out;
  std::vector<bool> seen(nodes_.size(), false);
  CollectPossible(p, true, out, seen);
  return out;
}

// Clauses of element names, one of each clause being required next (the grammar index's form).
std::vector<std::vector<const NameClass*>> PatternSession::RequiredElements(PatternId p) {
  const Node node = nodes_[p];
  switch (node.kind) {
    case PatternKind::kElement:
      return {{grammar_.elements()[node.element].name}};
    case PatternKind::kGroup:
      return nodes_[node.a].nullable ? RequiredElements(node.b) : RequiredElements(node.a);
    case PatternKind::kInterleave: {
      auto a = RequiredElements(node.a);
      auto b = RequiredElements(node.b);
      a.insert(a.end(), b.begin(), b.end());
      return a;
    }
    case PatternKind::kChoice: {
      if (nodes_[p].nullable) return {};
      auto a = RequiredElements(node.a);
      auto b = RequiredElements(node.b);
      if (a.empty() || b.empty()) return {};
      std::vector<const NameClass*> clause;
      for (const auto& c : a) clause.insert(clause.end(), c.begin(), c.end());
      for (const auto& c : b) clause.insert(clause.end(), c.begin(), c.end());
      return {clause};
    }
    case PatternKind::kOneOrMore:
      return RequiredElements(node.a);
    case PatternKind::kAfter:
      return RequiredElements(node.a);
    default:
      return {};
  }
}

std::vector<const NameClass*> PatternSession::RequiredAttributes(PatternId p) {
  const Node node = nodes_[p];
  switch (node.kind) {
    case PatternKind::kAttribute:
      return {node.source->name};
    case PatternKind::kGroup:
    case PatternKind::kInterleave: {
      auto a = RequiredAttributes(node.a);
      auto b = RequiredAttributes(node.b);
      a.insert(a.end(), b.begin(), b.end());
      return a;
    }
    case PatternKind::kChoice: {
      // Names required on both sides.
      auto a = RequiredAttributes(node.a);
      auto b = RequiredAttributes(node.b);
      std::vector<const NameClass*> both;
      for (const NameClass* x : a) {
        if (std::any_of(b.begin(), b.end(), [&](const NameClass* y) {
              return x->kind == NameClass::Kind::kName && y->kind == NameClass::Kind::kName && x->ns == y->ns &&
                     x->local == y->local;
            })) {
          both.push_back(x);
        }
      }
      return both;
    }
    case PatternKind::kOneOrMore:
    case PatternKind::kAfter:
      return RequiredAttributes(node.a);
    default:
      return {};
  }
}

std::vector<const GrammarPattern*> PatternSession::ValuePatterns(PatternId p) {
  std::vector<const GrammarPattern*> out;
  std::vector<bool> seen(nodes_.size(), false);
  std::function<void(PatternId)> walk = [&](PatternId q) {
    if (seen[q]) return;
    seen[q] = true;
    const Node node = nodes_[q];
    switch (node.kind) {
      case PatternKind::kAfter:
      case PatternKind::kOneOrMore:
        walk(node.a);
        break;
      case PatternKind::kChoice:
      case PatternKind::kGroup:
      case PatternKind::kInterleave:
        walk(node.a);
        walk(node.b);
        break;
      case PatternKind::kData:
      case PatternKind::kDataExcept:
      case PatternKind::kValue:
      case PatternKind::kList:
        out.push_back(node.source);
        break;
      case PatternKind::kText:
        out.push_back(nullptr);
        break;
      default:
        break;
    }
  };
  walk(p);
  return out;
}

}  // namespace teipress
