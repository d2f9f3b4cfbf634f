#include "relaxng_matcher.h"

#include <algorithm>
#include <set>

namespace teipress {

namespace {

constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

bool IsBlank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::vector<std::string_view> Tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    const size_t start = i;
    while (i < text.size() && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

}  // namespace

RelaxNgMatcher::RelaxNgMatcher(PatternSession& session, const Grammar& grammar, std::string file,
                               std::vector<Diagnostic>& diagnostics)
    : session_(session), grammar_(grammar), file_(std::move(file)), diagnostics_(diagnostics), memo_(session.Start()) {}

void RelaxNgMatcher::Report(const RelaxNgWording& wording, EventPosition where) {
  Diagnostic d;
  d.file = file_;
  d.line = where.line;
  d.column = where.column;
  d.severity = Severity::kError;
  d.message = wording.message;
  d.rule = wording.rule;
  diagnostics_.push_back(std::move(d));
  nodes_.push_back(where.node);
}

bool RelaxNgMatcher::Error(const RelaxNgWording& wording, EventPosition where) {
  if (IgnoreError()) return true;
  had_error_ = true;
  Report(wording, where);
  return false;
}

// ---- Names as the document would write them ----

std::string RelaxNgMatcher::NameAsWritten(const NameClass& nc, const NamespaceScope& scope) const {
  if (nc.ns == kXmlNs) return "xml:" + nc.local;
  auto prefix = scope.PrefixFor(nc.ns);
  if (prefix) return prefix->empty() ? nc.local : *prefix + ":" + nc.local;
  if (nc.ns.empty()) return nc.local;
  return "{" + nc.ns + "}" + nc.local;
}

std::vector<std::string> RelaxNgMatcher::Names(const std::vector<const NameClass*>& classes,
                                               const NamespaceScope& scope) const {
  std::set<std::string> names;
  for (const NameClass* nc : classes) {
    std::vector<std::pair<std::string, std::string>> listed;
    nc->CollectNames(listed);
    for (const auto& [ns, local] : listed) {
      NameClass name{NameClass::Kind::kName, ns, local};
      names.insert(NameAsWritten(name, scope));
    }
  }
  return {names.begin(), names.end()};
}

// Attribute names as the document would write them (no namespace: no prefix), sorted.
std::vector<std::string> RelaxNgMatcher::AttributeNames(const std::vector<const NameClass*>& classes,
                                                        const NamespaceScope& scope) const {
  std::set<std::string> names;
  for (const NameClass* nc : classes) {
    std::vector<std::pair<std::string, std::string>> listed;
    nc->CollectNames(listed);
    for (const auto& [ns, local] : listed) {
      if (ns.empty()) {
        names.insert(local);
        continue;
      }
      NameClass name{NameClass::Kind::kName, ns, local};
      const std::string written = NameAsWritten(name, scope);
      names.insert(written.find(':') == std::string::npos && written[0] != '{' ? "{" + ns + "}" + local : written);
    }
  }
  return {names.begin(), names.end()};
}

// What may come next here (jing's expectedContent): elements, text, the end of the element.
std::string RelaxNgMatcher::ExpectedHere(const NamespaceScope& scope) {
  const std::vector<std::string> names = Names(session_.PossibleStartTags(memo_), scope);
  bool text = false;
  const ContentType content = session_.Content(session_.EmptyAfter(memo_));
  if (content == ContentType::kMixed) text = !session_.IsNotAllowed(session_.MixedTextDeriv(memo_));
  if (content == ContentType::kData) text = true;
  const bool end = !stack_.empty() && !session_.IsNotAllowed(session_.EndTagDeriv(memo_));
  return DescribeExpected(names, text, end ? stack_.back().tag : "");
}

ExpectedValues RelaxNgMatcher::ExpectedValuesOf(PatternId p) {
  ExpectedValues expected;
  std::vector<const GrammarPattern*> patterns = session_.ValuePatterns(p);
  for (size_t i = 0; i < patterns.size(); ++i) {
    const GrammarPattern* g = patterns[i];
    if (!g) continue;
    if (g->kind == GrammarPattern::Kind::kValue) {
      if (std::find(expected.values.begin(), expected.values.end(), g->value_text) == expected.values.end()) {
        expected.values.push_back(g->value_text);
      }
    } else if (g->kind == GrammarPattern::Kind::kList) {
      std::vector<const GrammarPattern*> items;
      std::vector<const GrammarPattern*> stack = {g->content};
      while (!stack.empty()) {
        const GrammarPattern* q = stack.back();
        stack.pop_back();
        if (!q) continue;
        if (q->kind == GrammarPattern::Kind::kData || q->kind == GrammarPattern::Kind::kDataExcept ||
            q->kind == GrammarPattern::Kind::kValue) {
          patterns.push_back(q);
        } else {
          stack.push_back(q->left);
          stack.push_back(q->right);
          stack.push_back(q->content);
        }
      }
    } else {
      expected.datatypes.push_back({g->datatype->name(), g->datatype->patterns()});
    }
  }
  return expected;
}

// ---- Events ----

void RelaxNgMatcher::StartElement(std::string_view ns, std::string_view local, std::string_view qname,
                                  const std::vector<AttributeEvent>& attributes, const NamespaceScope& scope,
                                  EventPosition where) {
  FlushText(false, scope);
  const NameId name = session_.Name(ns, local);
  Frame frame{ElementTag(std::string(qname)), name, where};
  const PatternId next = session_.StartTagOpenDeriv(memo_, name);
  if (!session_.IsNotAllowed(next)) {
    memo_ = next;
  } else {
    const PatternId recovered = session_.StartTagOpenRecoverDeriv(memo_, name);
    if (!session_.IsNotAllowed(recovered)) {
      if (!IgnoreError()) {
        std::vector<std::vector<std::string>> needs;
        for (const auto& clause : session_.RequiredElements(memo_)) {
          std::vector<std::string> names = Names(clause, scope);
          if (!names.empty()) needs.push_back(std::move(names));
        }
        Error(stack_.empty() ? relaxng_wording::RootElement(frame.tag, ExpectedHere(scope))
                             : relaxng_wording::UnexpectedElement(frame.tag, ParentTag(), needs, "",
                                                                  needs.empty() ? ExpectedHere(scope) : ""),
              where);
      }
      memo_ = recovered;
    } else {
      const PatternId content = session_.FindElement(name);
      if (!IgnoreError()) {
        const std::string expected = ExpectedHere(scope);
        RelaxNgWording wording;
        // No element of this name, but one of this local name in another namespace: the
        // namespace is wrong (often a missing xmlns).
        std::string other_ns;
        bool named = false;
        for (const std::string& name_ns : grammar_.NamespacesOfElement(std::string(local))) {
          if (name_ns == ns) named = true;
          else if (other_ns.empty()) other_ns = name_ns;
        }
        if (!named && !other_ns.empty()) {
          const std::string actual(ns);
          wording = relaxng_wording::Namespace(frame.tag, ns.empty() ? nullptr : &actual, other_ns);
        } else if (stack_.empty()) {
          wording = relaxng_wording::RootElement(frame.tag, expected);
        } else if (session_.IsNotAllowed(content)) {
          wording = relaxng_wording::UnknownElement(frame.tag, ParentTag(), expected);
        } else {
          wording = relaxng_wording::UnexpectedElement(frame.tag, ParentTag(), {}, "", expected);
        }
        Error(wording, where);
      }
      memo_ = session_.After(content, memo_);
    }
  }

  for (const AttributeEvent& attribute : attributes) {
    const NameId attribute_name = session_.Name(attribute.ns, attribute.local);
    const PatternId started = session_.StartAttributeDeriv(memo_, attribute_name);
    if (!session_.IsNotAllowed(started)) {
      memo_ = started;
      const PatternId matched = session_.DataDeriv(memo_, attribute.value, scope);
      if (!session_.IsNotAllowed(matched)) {
        memo_ = matched;
      } else {
        if (!IgnoreError()) {
          Error(relaxng_wording::AttributeValue(std::string(attribute.qname), frame.tag, std::string(attribute.value),
                                                ExpectedValuesOf(memo_)),
                where);
        }
        memo_ = session_.RecoverAfter(memo_);
      }
    } else if (!IgnoreError()) {
      Error(relaxng_wording::UnknownAttribute(std::string(attribute.qname), frame.tag,
                                              AttributeNames(session_.PossibleAttributes(memo_), scope)),
            where);
    }
    CheckIds(frame, attribute_name, attribute, where);
  }

  const PatternId closed = session_.EndAttributes(memo_);
  if (!session_.IsNotAllowed(closed)) {
    memo_ = closed;
  } else {
    if (!IgnoreError()) {
      const std::vector<std::string> missing = Names(session_.RequiredAttributes(memo_), scope);
      Error(missing.empty() ? relaxng_wording::Attributes(frame.tag, "")
                            : relaxng_wording::MissingAttribute(frame.tag, missing),
            where);
    }
    memo_ = session_.IgnoreMissingAttributes(memo_);
  }
  text_typed_ = session_.Content(memo_) == ContentType::kData;
  buffering_ = text_typed_;
  stack_.push_back(std::move(frame));
}

void RelaxNgMatcher::Characters(std::string_view text, EventPosition where) {
  if (buffering_) text_ += text;
  if (!text_nonblank_ && !IsBlank(text)) {
    text_nonblank_ = true;
    text_where_ = where;
  }
}

void RelaxNgMatcher::FlushText(bool before_end_tag, const NamespaceScope& scope) {
  if (buffering_) {
    buffering_ = false;
    if (before_end_tag) {
      if (!text_.empty()) {
        if (text_typed_) {
          ignore_next_end_tag_ = true;
          MatchData(text_, scope);
        } else if (text_nonblank_) {
          MatchUntypedText(scope);
        }
      }
    } else if (text_nonblank_) {
      MatchUntypedText(scope);
    }
  } else if (text_nonblank_) {
    MatchUntypedText(scope);
  }
  text_.clear();
  text_nonblank_ = false;
}

void RelaxNgMatcher::MatchUntypedText(const NamespaceScope& scope) {
  const PatternId next = session_.MixedTextDeriv(memo_);
  if (!session_.IsNotAllowed(next)) {
    memo_ = next;
    return;
  }
  if (IgnoreError() || stack_.empty()) return;
  const bool only_end = session_.PossibleStartTags(memo_).empty();
  Error(only_end ? relaxng_wording::NotEmpty(stack_.back().tag, true)
                 : relaxng_wording::UnexpectedText(stack_.back().tag, "", ExpectedHere(scope)),
        text_where_.line ? text_where_ : stack_.back().where);
}

// The text of an element whose content is data (jing's setDataDeriv).
void RelaxNgMatcher::MatchData(std::string_view text, const NamespaceScope& scope) {
  text_typed_ = false;
  const PatternId text_only = session_.TextOnly(memo_);
  const PatternId matched = session_.DataDeriv(text_only, text, scope);
  if (!session_.IsNotAllowed(matched)) {
    memo_ = matched;
    return;
  }
  const PatternId next = session_.RecoverAfter(memo_);
  if (!IgnoreError() &&
      (!session_.IsNotAllowed(next) || session_.IsNotAllowed(session_.DataDeriv(session_.EmptyAfter(text_only), text, scope)))) {
    const Frame& element = stack_.back();
    if (!session_.PossibleStartTags(memo_).empty() && IsBlank(text)) {
      std::vector<std::vector<std::string>> needs;
      for (const auto& clause : session_.RequiredElements(memo_)) needs.push_back(Names(clause, scope));
      Error(relaxng_wording::MissingElement(element.tag, needs, needs.empty() ? ExpectedHere(scope) : "", ""),
            element.where);
    } else {
      Error(relaxng_wording::Value(element.tag, std::string(text), ExpectedValuesOf(text_only)), element.where);
    }
  }
  memo_ = next;
}

void RelaxNgMatcher::MatchEndTag(const NamespaceScope& scope) {
  if (ignore_next_end_tag_) {
    ignore_next_end_tag_ = false;
    return;
  }
  if (text_typed_) {
    MatchData("", scope);
    return;
  }
  const PatternId ended = session_.EndTagDeriv(memo_);
  if (!session_.IsNotAllowed(ended)) {
    memo_ = ended;
    return;
  }
  const bool ok = IgnoreError();
  const PatternId next = session_.RecoverAfter(memo_);
  // The derivative may be notAllowed only because the parent is: no error for that.
  if (!ok && (!session_.IsNotAllowed(next) || session_.IsNotAllowed(session_.EndTagDeriv(session_.EmptyAfter(memo_))))) {
    std::vector<std::vector<std::string>> missing;
    for (const auto& clause : session_.RequiredElements(memo_)) {
      std::vector<std::string> names = Names(clause, scope);
      if (!names.empty()) missing.push_back(std::move(names));
    }
    Error(relaxng_wording::MissingElement(stack_.back().tag, missing, missing.empty() ? ExpectedHere(scope) : "", ""),
          stack_.back().where);
  }
  memo_ = next;
}

void RelaxNgMatcher::EndElement(const NamespaceScope& scope) {
  FlushText(true, scope);
  MatchEndTag(scope);
  stack_.pop_back();
}

// ---- IDs (RELAX NG DTD compatibility, as jing's IdSoundnessChecker) ----

void RelaxNgMatcher::CheckIds(const Frame& element, NameId attribute_name, const AttributeEvent& attribute,
                              EventPosition where) {
  if (!grammar_.has_id_types()) return;
  const IdType type = session_.IdTypeOf(element.name, attribute_name);
  if (type == IdType::kNone) return;
  const std::vector<std::string_view> tokens = Tokens(attribute.value);
  const std::string qname(attribute.qname);
  if ((type != IdType::kIdrefs && tokens.size() != 1) || tokens.empty()) {
    ExpectedValues expected;
    expected.datatypes.push_back({type == IdType::kId ? "ID" : type == IdType::kIdref ? "IDREF" : "IDREFS", {}});
    id_error_ = true;
    Report(relaxng_wording::AttributeValue(qname, element.tag, std::string(attribute.value), expected), where);
    return;
  }
  for (std::string_view token : tokens) {
    IdRecord& record = ids_[std::string(token)];
    if (type == IdType::kId) {
      if (record.defined) {
        id_error_ = true;
        Report(relaxng_wording::DuplicateId(qname, element.tag, std::string(token), record.line), where);
      } else {
        record.defined = true;
        record.line = where.line;
        record.references.clear();
      }
    } else if (!record.defined) {
      record.references.push_back({where, qname, element.tag});
    }
  }
}

void RelaxNgMatcher::EndDocument() {
  std::vector<std::pair<std::string, const IdRecord*>> undefined;
  for (const auto& [id, record] : ids_) {
    if (!record.defined && !record.references.empty()) undefined.emplace_back(id, &record);
  }
  std::sort(undefined.begin(), undefined.end());
  for (const auto& [id, record] : undefined) {
    for (const IdReference& reference : record->references) {
      id_error_ = true;
      Report(relaxng_wording::UnknownId(reference.attribute, reference.element_tag, id), reference.where);
    }
  }
  ids_.clear();
}

}  // namespace teipress
