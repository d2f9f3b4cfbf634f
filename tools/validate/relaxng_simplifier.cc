#include "relaxng_simplifier.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "diagnostic_catalog.h"
#include "relaxng_restrictions.h"
#include "relaxng_schema_reader.h"

namespace teipress {

namespace {

constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr const char* kXmlnsNs = "http://www.w3.org/2000/xmlns";

struct BuildError {
  std::string message;
  RngLocation where;
};

[[noreturn]] void Fail(const RngNode* node, const std::string& message) {
  throw BuildError{message, node ? node->where : RngLocation{}};
}

// The namespaces a <value> is read in: its prefixes, and its ns as the default namespace.
class ValueNamespaces : public ValueContext {
 public:
  explicit ValueNamespaces(const RngNode* value) : value_(value) {}
  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix.empty()) return value_->ns;
    if (prefix == "xml") return std::string(kXmlNs);
    if (value_->namespaces) {
      auto found = value_->namespaces->find(std::string(prefix));
      if (found != value_->namespaces->end()) return found->second;
    }
    return std::nullopt;
  }

 private:
  const RngNode* value_;
};

class NoNamespaces : public ValueContext {
 public:
  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix.empty()) return std::string();
    return std::nullopt;
  }
};

}  // namespace

class GrammarBuilder {
 public:
  GrammarBuilder(Grammar& grammar) : grammar_(grammar), arena_(grammar.arena_) {}

  void Build(const std::string& path) {
    std::vector<Diagnostic> read_errors;
    RngNode* root = ReadRelaxNgSchema(path, arena_, read_errors);
    if (!root) throw read_errors;
    root = Normalize(root);
    if (root->kind != RngKind::kGrammar) {
      RngNode* start = Make(RngKind::kStart, root);
      start->children = {root};
      RngNode* grammar = Make(RngKind::kGrammar, root);
      grammar->children = {start};
      root = grammar;
    }
    RngNode* start = ResolveGrammar(root, nullptr);
    grammar_.start_ = Convert(start);
    // Converting one element's content may find more elements: the list grows as it is walked.
    for (size_t i = 0; i < element_nodes_.size(); ++i) {
      const GrammarPattern* content = Convert(element_nodes_[i]->children[1]);
      grammar_.elements_[i].content = content;
    }
    std::vector<int> reachable;
    if (auto violation = CheckRestrictions(grammar_.start_, grammar_.elements_, reachable)) {
      throw BuildError{violation->message, violation->where};
    }
    if (auto violation = BuildIdTypes(reachable, grammar_.elements_, grammar_.id_types_)) {
      throw BuildError{violation->message, violation->where};
    }
    for (const ElementDefinition& element : grammar_.elements_) {
      std::vector<std::pair<std::string, std::string>> names;
      element.name->CollectNames(names);
      for (auto& [ns, local] : names) {
        std::vector<std::string>& namespaces = grammar_.element_namespaces_[local];
        if (std::find(namespaces.begin(), namespaces.end(), ns) == namespaces.end()) namespaces.push_back(ns);
      }
    }
  }

 private:
  RngNode* Make(RngKind kind, const RngNode* like) { return arena_.Make(kind, like->where); }

  RngNode* Make(RngKind kind, const RngNode* like, std::vector<RngNode*> children) {
    RngNode* node = Make(kind, like);
    node->children = std::move(children);
    return node;
  }

  // A choice, group or interleave of two or more nodes, nested to the left (4.12).
  RngNode* Fold(RngKind kind, const RngNode* like, const std::vector<RngNode*>& nodes) {
    RngNode* out = nodes.front();
    for (size_t i = 1; i < nodes.size(); ++i) out = Make(kind, like, {out, nodes[i]});
    return out;
  }

  // ---- 4.11 to 4.16 ----

  std::vector<RngNode*> NormalizeAll(const std::vector<RngNode*>& nodes) {
    std::vector<RngNode*> out;
    for (RngNode* node : nodes) out.push_back(Normalize(node));
    return out;
  }

  RngNode* Normalize(RngNode* node) {
    switch (node->kind) {
      case RngKind::kElement: {
        RngNode* name = NormalizeNameClass(node->children[0]);
        std::vector<RngNode*> patterns(node->children.begin() + 1, node->children.end());
        node->children = {name, Fold(RngKind::kGroup, node, NormalizeAll(patterns))};
        return node;
      }
      case RngKind::kAttribute: {
        RngNode* name = NormalizeNameClass(node->children[0]);
        CheckAttributeName(name);
        RngNode* content = node->children.size() > 1 ? Normalize(node->children[1]) : Make(RngKind::kText, node);
        node->children = {name, content};
        return node;
      }
      case RngKind::kGroup:
      case RngKind::kInterleave:
      case RngKind::kChoice:
        return Fold(node->kind, node, NormalizeAll(node->children));
      case RngKind::kOptional:
        return Make(RngKind::kChoice, node,
                    {Fold(RngKind::kGroup, node, NormalizeAll(node->children)), Make(RngKind::kEmpty, node)});
      case RngKind::kZeroOrMore:
        return Make(RngKind::kChoice, node,
                    {Make(RngKind::kOneOrMore, node, {Fold(RngKind::kGroup, node, NormalizeAll(node->children))}),
                     Make(RngKind::kEmpty, node)});
      case RngKind::kOneOrMore:
      case RngKind::kList:
        node->children = {Fold(RngKind::kGroup, node, NormalizeAll(node->children))};
        return node;
      case RngKind::kMixed:
        return Make(RngKind::kInterleave, node,
                    {Fold(RngKind::kGroup, node, NormalizeAll(node->children)), Make(RngKind::kText, node)});
      case RngKind::kData:
        return NormalizeData(node);
      case RngKind::kValue:
        NormalizeValue(node);
        return node;
      case RngKind::kGrammar: {
        std::vector<RngNode*> components;
        FlattenDivs(node, components);
        for (RngNode* component : components) {
          component->children = {Fold(RngKind::kGroup, component, NormalizeAll(component->children))};
        }
        node->children = std::move(components);
        return node;
      }
      default:
        return node;
    }
  }

  static void FlattenDivs(RngNode* node, std::vector<RngNode*>& out) {
    for (RngNode* child : node->children) {
      if (child->kind == RngKind::kDiv) FlattenDivs(child, out);
      else out.push_back(child);
    }
  }

  RngNode* NormalizeData(RngNode* node) {
    std::vector<std::pair<std::string, std::string>> params;
    RngNode* except = nullptr;
    for (RngNode* child : node->children) {
      if (child->kind == RngKind::kParam) params.emplace_back(child->name, child->text);
      else except = child;
    }
    std::string error;
    auto datatype = MakeDatatype(node->library, node->name, params, NoNamespaces(), error);
    if (!datatype) Fail(node, error);
    datatypes_[node] = std::move(datatype);
    node->children.clear();
    if (except) {
      except->children = {Fold(RngKind::kChoice, except, NormalizeAll(except->children))};
      node->children.push_back(except);
    }
    return node;
  }

  void NormalizeValue(RngNode* node) {
    std::string error;
    auto datatype = MakeDatatype(node->library, node->name, {}, NoNamespaces(), error);
    if (!datatype) Fail(node, error);
    auto value = datatype->ValueOf(node->text, ValueNamespaces(node));
    if (!value) Fail(node, "'" + node->text + "' is not a value of the datatype '" + node->name + "'");
    values_[node] = std::move(*value);
    datatypes_[node] = std::move(datatype);
  }

  // 4.12 for name classes, and the constraints of 4.16 on except.
  RngNode* NormalizeNameClass(RngNode* node) {
    switch (node->kind) {
      case RngKind::kNameChoice: {
        std::vector<RngNode*> choices;
        for (RngNode* child : node->children) choices.push_back(NormalizeNameClass(child));
        return Fold(RngKind::kNameChoice, node, choices);
      }
      case RngKind::kAnyName:
      case RngKind::kNsName: {
        if (!node->children.empty()) {
          RngNode* except = node->children[0];
          std::vector<RngNode*> names;
          for (RngNode* child : except->children) {
            names.push_back(NormalizeNameClass(child));
          }
          RngNode* excluded = Fold(RngKind::kNameChoice, except, names);
          CheckExcept(excluded, node->kind == RngKind::kAnyName);
          node->children = {excluded};
        }
        return node;
      }
      default:
        return node;
    }
  }

  // anyName/except must not hold anyName; nsName/except neither anyName nor nsName.
  void CheckExcept(const RngNode* node, bool in_any_name) {
    if (node->kind == RngKind::kAnyName) Fail(node, "anyName is not allowed in the except of a name class");
    if (node->kind == RngKind::kNsName && !in_any_name) Fail(node, "nsName is not allowed in the except of nsName");
    for (const RngNode* child : node->children) CheckExcept(child, in_any_name);
  }

  // An attribute may not be named xmlns, nor be in the xmlns namespace.
  void CheckAttributeName(const RngNode* node) {
    if (node->kind == RngKind::kName && node->ns.empty() && node->name == "xmlns") {
      Fail(node, "an attribute may not be named xmlns");
    }
    if ((node->kind == RngKind::kName || node->kind == RngKind::kNsName) && node->ns == kXmlnsNs) {
      Fail(node, std::string("an attribute may not be in the namespace ") + kXmlnsNs);
    }
    for (const RngNode* child : node->children) CheckAttributeName(child);
  }

  // ---- 4.17 and 4.18 ----

  struct Scope {
    std::map<std::string, RngNode*> defines;
    Scope* parent;
  };

  // One define per name (4.17); refs resolved in this grammar and parentRefs in the one around it
  // (4.18); returns the start pattern, which replaces the grammar.
  RngNode* ResolveGrammar(RngNode* grammar, Scope* parent) {
    Scope scope{{}, parent};
    std::map<std::string, std::vector<RngNode*>> by_name;
    std::vector<RngNode*> starts;
    std::vector<std::string> order;
    for (RngNode* component : grammar->children) {
      if (component->kind == RngKind::kStart) {
        starts.push_back(component);
      } else {
        if (!by_name.count(component->name)) order.push_back(component->name);
        by_name[component->name].push_back(component);
      }
    }
    if (starts.empty()) Fail(grammar, "the grammar has no <start>");
    RngNode* start = Combine(starts, "start");
    for (const std::string& name : order) scope.defines[name] = Combine(by_name[name], "'" + name + "'");
    for (const std::string& name : order) Resolve(scope.defines[name]->children[0], scope);
    Resolve(start->children[0], scope);
    return start->children[0];
  }

  RngNode* Combine(const std::vector<RngNode*>& components, const std::string& what) {
    if (components.size() == 1) return components.front();
    std::string combine;
    int uncombined = 0;
    for (const RngNode* c : components) {
      if (c->combine.empty()) {
        if (++uncombined > 1) Fail(c, "the definitions of " + what + " need a combine attribute");
      } else if (combine.empty()) {
        combine = c->combine;
      } else if (combine != c->combine) {
        Fail(c, "the definitions of " + what + " combine both by choice and by interleave");
      }
    }
    std::vector<RngNode*> bodies;
    for (RngNode* c : components) bodies.push_back(c->children[0]);
    RngNode* combined = components.front();
    combined->children = {Fold(combine == "interleave" ? RngKind::kInterleave : RngKind::kChoice, combined, bodies)};
    return combined;
  }

  void Resolve(RngNode*& slot, Scope& scope) {
    RngNode* node = slot;
    switch (node->kind) {
      case RngKind::kRef: {
        auto found = scope.defines.find(node->name);
        if (found == scope.defines.end()) Fail(node, "there is no definition of '" + node->name + "'");
        node->target = found->second;
        return;
      }
      case RngKind::kParentRef: {
        if (!scope.parent) Fail(node, "parentRef '" + node->name + "' is not inside a nested grammar");
        auto found = scope.parent->defines.find(node->name);
        if (found == scope.parent->defines.end()) {
          Fail(node, "the parent grammar has no definition of '" + node->name + "'");
        }
        node->kind = RngKind::kRef;
        node->target = found->second;
        return;
      }
      case RngKind::kGrammar:
        slot = ResolveGrammar(node, &scope);
        return;
      case RngKind::kElement:
      case RngKind::kAttribute:
        Resolve(node->children[1], scope);
        return;
      case RngKind::kData:
        if (!node->children.empty()) Resolve(node->children[0]->children[0], scope);
        return;
      default:
        for (RngNode*& child : node->children) Resolve(child, scope);
    }
  }

  // ---- 4.19 to 4.21, into the grammar's patterns ----

  GrammarPattern* NewPattern(GrammarPattern::Kind kind, const RngNode* node) {
    grammar_.patterns_.emplace_back();
    GrammarPattern* p = &grammar_.patterns_.back();
    p->kind = kind;
    p->where = node->where;
    return p;
  }

  const GrammarPattern* NotAllowed() {
    if (!not_allowed_) not_allowed_ = NewPattern(GrammarPattern::Kind::kNotAllowed, &root_location_);
    return not_allowed_;
  }
  const GrammarPattern* Empty() {
    if (!empty_) {
      GrammarPattern* p = NewPattern(GrammarPattern::Kind::kEmpty, &root_location_);
      p->nullable = true;
      empty_ = p;
    }
    return empty_;
  }

  static bool Is(const GrammarPattern* p, GrammarPattern::Kind kind) { return p->kind == kind; }

  const GrammarPattern* Binary(GrammarPattern::Kind kind, const RngNode* node, const GrammarPattern* a,
                               const GrammarPattern* b) {
    using K = GrammarPattern::Kind;
    if (kind == K::kChoice) {
      if (Is(a, K::kNotAllowed)) return b;
      if (Is(b, K::kNotAllowed)) return a;
      if (Is(a, K::kEmpty) && Is(b, K::kEmpty)) return a;
      if (Is(b, K::kEmpty)) std::swap(a, b);
    } else {
      if (Is(a, K::kNotAllowed) || Is(b, K::kNotAllowed)) return NotAllowed();
      if (Is(a, K::kEmpty)) return b;
      if (Is(b, K::kEmpty)) return a;
    }
    GrammarPattern* p = NewPattern(kind, node);
    p->left = a;
    p->right = b;
    p->nullable = kind == K::kChoice ? a->nullable || b->nullable : a->nullable && b->nullable;
    return p;
  }

  const NameClass* ConvertNameClass(const RngNode* node) {
    auto memo = name_classes_.find(node);
    if (memo != name_classes_.end()) return memo->second;
    grammar_.name_classes_.push_back(NameClass{});
    NameClass* nc = &grammar_.name_classes_.back();
    switch (node->kind) {
      case RngKind::kName:
        nc->kind = NameClass::Kind::kName;
        nc->ns = node->ns;
        nc->local = node->name;
        break;
      case RngKind::kNsName:
      case RngKind::kAnyName:
        nc->kind = node->kind == RngKind::kNsName ? NameClass::Kind::kNsName : NameClass::Kind::kAnyName;
        nc->ns = node->ns;
        if (!node->children.empty()) nc->except = ConvertNameClass(node->children[0]);
        break;
      default:
        nc->kind = NameClass::Kind::kChoice;
        nc->left = ConvertNameClass(node->children[0]);
        nc->right = ConvertNameClass(node->children[1]);
    }
    name_classes_[node] = nc;
    return nc;
  }

  // The element definition of an element pattern (4.19: each gets one), created on first use.
  int ElementIndex(RngNode* element) {
    auto found = element_indices_.find(element);
    if (found != element_indices_.end()) return found->second;
    const int index = static_cast<int>(grammar_.elements_.size());
    grammar_.elements_.push_back({ConvertNameClass(element->children[0]), nullptr, element->where});
    element_nodes_.push_back(element);
    element_indices_[element] = index;
    return index;
  }

  const GrammarPattern* Convert(RngNode* node) {
    auto memo = converted_.find(node);
    if (memo != converted_.end()) return memo->second;
    const GrammarPattern* out = ConvertUncached(node);
    converted_[node] = out;
    return out;
  }

  const GrammarPattern* ConvertUncached(RngNode* node) {
    using K = GrammarPattern::Kind;
    switch (node->kind) {
      case RngKind::kRef: {
        RngNode* define = node->target;
        RngNode* body = define->children[0];
        if (body->kind == RngKind::kElement) return Convert(body);
        // Expanded in place (4.19); a definition that needs itself without an element between is a loop.
        auto memo = converted_.find(body);
        if (memo != converted_.end()) return memo->second;
        if (!expanding_.insert(define).second) Fail(node, "'" + node->name + "' refers to itself without an element between");
        const GrammarPattern* expanded = Convert(body);
        expanding_.erase(define);
        return expanded;
      }
      case RngKind::kElement: {
        GrammarPattern* p = NewPattern(K::kElementRef, node);
        p->element = ElementIndex(node);
        return p;
      }
      case RngKind::kAttribute: {
        const GrammarPattern* content = Convert(node->children[1]);
        if (Is(content, K::kNotAllowed)) return NotAllowed();
        GrammarPattern* p = NewPattern(K::kAttribute, node);
        p->name = ConvertNameClass(node->children[0]);
        p->content = content;
        return p;
      }
      case RngKind::kChoice:
        return Binary(K::kChoice, node, Convert(node->children[0]), Convert(node->children[1]));
      case RngKind::kGroup:
        return Binary(K::kGroup, node, Convert(node->children[0]), Convert(node->children[1]));
      case RngKind::kInterleave:
        return Binary(K::kInterleave, node, Convert(node->children[0]), Convert(node->children[1]));
      case RngKind::kOneOrMore: {
        const GrammarPattern* content = Convert(node->children[0]);
        if (Is(content, K::kNotAllowed) || Is(content, K::kEmpty)) return content;
        GrammarPattern* p = NewPattern(K::kOneOrMore, node);
        p->content = content;
        p->nullable = content->nullable;
        return p;
      }
      case RngKind::kList: {
        const GrammarPattern* content = Convert(node->children[0]);
        if (Is(content, K::kNotAllowed)) return content;
        GrammarPattern* p = NewPattern(K::kList, node);
        p->content = content;
        return p;
      }
      case RngKind::kData: {
        const GrammarPattern* except = node->children.empty() ? nullptr : Convert(node->children[0]->children[0]);
        if (except && Is(except, K::kNotAllowed)) except = nullptr;
        GrammarPattern* p = NewPattern(except ? K::kDataExcept : K::kData, node);
        p->datatype = datatypes_.at(node);
        p->left = except;
        return p;
      }
      case RngKind::kValue: {
        GrammarPattern* p = NewPattern(K::kValue, node);
        p->datatype = datatypes_.at(node);
        p->value = values_.at(node);
        p->value_text = node->text;
        p->value_namespaces = node->namespaces;
        return p;
      }
      case RngKind::kEmpty:
        return Empty();
      case RngKind::kText: {
        GrammarPattern* p = NewPattern(K::kText, node);
        p->nullable = true;
        return p;
      }
      case RngKind::kNotAllowed:
        return NotAllowed();
      default:
        Fail(node, std::string("unexpected <") + RngKindName(node->kind) + "> after simplification");
    }
  }

  Grammar& grammar_;
  RngArena& arena_;
  RngNode root_location_{RngKind::kEmpty, {}, {}, {}, {}, {}, {}, {}, {}, nullptr};
  std::unordered_map<const RngNode*, std::shared_ptr<const Datatype>> datatypes_;
  std::unordered_map<const RngNode*, DatatypeValue> values_;
  std::unordered_map<const RngNode*, const NameClass*> name_classes_;
  std::unordered_map<const RngNode*, const GrammarPattern*> converted_;
  std::unordered_map<RngNode*, int> element_indices_;
  std::vector<RngNode*> element_nodes_;
  std::unordered_set<const RngNode*> expanding_;
  const GrammarPattern* not_allowed_ = nullptr;
  const GrammarPattern* empty_ = nullptr;
};

std::unique_ptr<Grammar> CompileRelaxNgGrammar(const std::string& path, std::vector<Diagnostic>& errors) {
  auto grammar = std::make_unique<Grammar>();
  try {
    GrammarBuilder(*grammar).Build(path);
  } catch (const std::vector<Diagnostic>& read_errors) {
    errors.insert(errors.end(), read_errors.begin(), read_errors.end());
    return nullptr;
  } catch (const BuildError& error) {
    errors.push_back({error.where.file ? *error.where.file : path, error.where.line, 0, Severity::kError, error.message,
                      rules::kSchemaCompile});
    return nullptr;
  }
  return grammar;
}

}  // namespace teipress
