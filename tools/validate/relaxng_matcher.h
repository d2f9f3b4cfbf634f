// Matches one document, event by event, against a grammar with the derivative engine, and words
// every problem as the RELAX NG explainer does (relaxng_messages.h), with what the derivative says
// was expected there. After an error it recovers the way jing does (an element out of place is
// checked against the definitions of its name; missing attributes or children are assumed), so one
// mistake does not hide the next; consequences of an error already reported are not reported.
// It also checks IDs as RELAX NG's DTD compatibility rules define them: no ID twice, every IDREF
// naming an ID of the document.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostic.h"
#include "relaxng_messages.h"
#include "relaxng_patterns.h"

namespace teipress {

// Where an event happened: line and column (0 when unknown), and for documents held in memory
// the node, so that a column can be found later.
struct EventPosition {
  int line = 0;
  int column = 0;
  const void* node = nullptr;
};

// The namespaces in scope at an element: resolves prefixes (for QName values) and finds a prefix
// for a namespace (to write expected names as the document would).
class NamespaceScope : public ValueContext {
 public:
  // The prefix bound to `ns`: "" for the default namespace, nullopt when none is.
  virtual std::optional<std::string> PrefixFor(std::string_view ns) const = 0;
};

struct AttributeEvent {
  std::string_view ns;
  std::string_view local;
  std::string_view qname;  // as written
  std::string_view value;
};

class RelaxNgMatcher {
 public:
  RelaxNgMatcher(PatternSession& session, const Grammar& grammar, std::string file, std::vector<Diagnostic>& diagnostics);

  void StartElement(std::string_view ns, std::string_view local, std::string_view qname,
                    const std::vector<AttributeEvent>& attributes, const NamespaceScope& scope, EventPosition where);
  // Character data; several calls between two tags form one run. `where` is the position of the
  // run's first character that is not whitespace (when the run has one).
  void Characters(std::string_view text, EventPosition where);
  void EndElement(const NamespaceScope& scope);
  void EndDocument();

  bool valid() const { return !had_error_ && !id_error_; }
  // The node of each diagnostic this matcher added (null when it had none), in order.
  const std::vector<const void*>& nodes() const { return nodes_; }

 private:
  struct Frame {
    std::string tag;  // "<qname>"
    NameId name;
    EventPosition where;
  };

  void Report(const RelaxNgWording& wording, EventPosition where);
  bool IgnoreError() const { return had_error_ && session_.IsNotAllowed(memo_); }
  bool Error(const RelaxNgWording& wording, EventPosition where);

  void FlushText(bool before_end_tag, const NamespaceScope& scope);
  void MatchUntypedText(const NamespaceScope& scope);
  void MatchData(std::string_view text, const NamespaceScope& scope);
  void MatchEndTag(const NamespaceScope& scope);
  void CheckIds(const Frame& element, NameId attribute_name, const AttributeEvent& attribute, EventPosition where);

  std::string NameAsWritten(const NameClass& nc, const NamespaceScope& scope) const;
  std::vector<std::string> Names(const std::vector<const NameClass*>& classes, const NamespaceScope& scope) const;
  std::vector<std::string> AttributeNames(const std::vector<const NameClass*>& classes, const NamespaceScope& scope) const;
  std::string ExpectedHere(const NamespaceScope& scope);
  ExpectedValues ExpectedValuesOf(PatternId p);
  std::string ParentTag() const { return stack_.empty() ? "" : stack_.back().tag; }

  PatternSession& session_;
  const Grammar& grammar_;
  std::string file_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<const void*> nodes_;

  PatternId memo_;
  bool had_error_ = false;
  bool id_error_ = false;
  bool buffering_ = false;
  bool ignore_next_end_tag_ = false;
  bool text_typed_ = false;
  std::vector<Frame> stack_;

  // The current run of character data.
  std::string text_;
  bool text_nonblank_ = false;
  EventPosition text_where_;

  struct IdReference {
    EventPosition where;
    std::string attribute;
    std::string element_tag;
  };
  struct IdRecord {
    bool defined = false;
    int line = 0;
    std::vector<IdReference> references;  // IDREFs seen before the ID
  };
  std::unordered_map<std::string, IdRecord> ids_;
};

}  // namespace teipress
