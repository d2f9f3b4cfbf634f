// An ISO Schematron schema as the compiler sees it: read and checked by schematron_reader, written
// as XSLT by schematron_compiler. Expressions are kept as the schema spells them (XPath 1.0).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace teipress {

// A piece of human-readable text (an assertion's message, a diagnostic): literal text, or an
// expression whose string value (value-of) or whose node's name (name) is inserted.
struct SchematronMessagePart {
  enum class Kind { kText, kValueOf, kName };
  Kind kind = Kind::kText;
  std::string value;  // the text, or the expression
};
using SchematronMessage = std::vector<SchematronMessagePart>;

struct SchematronLet {
  std::string name;
  std::string value;  // an expression
};

struct SchematronCheck {
  bool is_assert = true;  // assert: reported when the test is false; report: when it is true
  std::string test;
  std::string id;
  std::string role;  // the check's own, else its rule's
  bool has_flag = false;
  std::string flag;
  std::string rule;  // the finding's rule id: the check's @id, else the rule's, else the pattern's
  SchematronMessage message;
  std::vector<std::string> diagnostics;  // ids of SchematronSchemaModel::diagnostics, in order
};

struct SchematronRule {
  std::string context;  // an XSLT pattern
  std::string id;
  std::string role;
  std::vector<SchematronLet> lets;
  std::vector<SchematronCheck> checks;
};

struct SchematronPattern {
  std::string id;
  std::vector<SchematronLet> lets;  // evaluated at the document root, visible to every pattern
  std::vector<SchematronRule> rules;
};

struct SchematronPhase {
  std::string id;
  int line = 0;
  std::vector<SchematronLet> lets;
  std::vector<std::string> active;  // pattern ids
};

struct SchematronSchemaModel {
  std::string title;  // whitespace collapsed
  bool has_schema_version = false;
  std::string schema_version;
  std::string default_phase;
  int line = 0;                                   // of the schema element
  std::map<std::string, std::string> namespaces;  // prefix -> uri, from <ns>
  std::vector<SchematronLet> lets;                // schema level: parameters a caller may set
  std::map<std::string, SchematronPhase> phases;
  std::vector<SchematronPattern> patterns;
  std::map<std::string, SchematronMessage> diagnostics;
};

}  // namespace teipress
