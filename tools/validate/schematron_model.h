// An ISO Schematron schema as the compiler sees it: read, composed (includes, abstract patterns and
// rules put in place) and checked by schematron_reader, written as XSLT by schematron_compiler.
// Expressions are kept as the schema spells them (XPath 1.0), each with the namespace prefixes
// of the schema document it comes from and the place it was written, for messages.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

// prefix -> namespace URI, from <ns> elements.
using SchematronNamespaces = std::map<std::string, std::string>;
using SchematronNamespacesPtr = std::shared_ptr<const SchematronNamespaces>;

// Where something was written: a schema file (the schema or one it includes) and line.
struct SchematronSource {
  std::string file;
  int line = 0;
};

// A piece of human-readable text (an assertion's message, a diagnostic, a property): literal
// text, an expression whose string value is inserted (value-of; name with a path, which ISO 2016
// 5.4.9 defines as returning the name; name without one is the context node's name), the nodes
// an xsl:copy-of selects, or a foreign element copied into the report as it is written.
struct SchematronMessagePart {
  enum class Kind { kText, kValueOf, kName, kCopyOf, kElement };
  Kind kind = Kind::kText;
  std::string value;           // the text, or the expression ("" for a name without path)
  xmlNodePtr element = nullptr;  // kElement: the element in the schema document
  SchematronSource source;
};
using SchematronMessage = std::vector<SchematronMessagePart>;

// Human-readable text with the attributes SVRL's text element carries.
struct SchematronText {
  SchematronMessage message;
  std::string lang;  // xml:lang in scope where it was written
  std::string see, icon, fpi;
};

// A diagnostic or property as one check refers to it (abstract-pattern parameters put in).
struct SchematronReference {
  std::string id;
  std::string role, scheme;  // properties only
  SchematronText text;
};

struct SchematronLet {
  std::string name;
  std::string value;             // an expression
  xmlNodePtr content = nullptr;  // or, when the value is given as element content, the let element
  SchematronSource source;
  SchematronNamespacesPtr namespaces;
};

struct SchematronCheck {
  bool is_assert = true;  // assert: reported when the test is false; report: when it is true
  std::string test;
  std::string id;
  std::string role;     // the check's own, else its rule's
  std::string flag;     // the check's own, else none
  bool has_flag = false;
  std::string subject;  // the node the finding is about, relative to the context; "" for the context
  std::string rule;     // the finding's rule id: the check's @id, else the rule's, else the pattern's
  SchematronText text;
  std::vector<SchematronReference> diagnostics;
  std::vector<SchematronReference> properties;
  SchematronSource source;
  SchematronNamespacesPtr namespaces;
};

struct SchematronRule {
  std::string context;  // an XSLT pattern
  std::string id;
  std::string role;
  std::string flag;
  bool has_flag = false;
  std::string subject;  // the default of its checks' @subject
  std::vector<SchematronLet> lets;  // the rule's own, then those of the rules it extends
  std::vector<SchematronCheck> checks;
  SchematronSource source;
  SchematronNamespacesPtr namespaces;
};

struct SchematronPattern {
  std::string id;
  std::string documents;  // an expression naming the documents to check instead of the one given
  std::vector<SchematronLet> lets;  // evaluated at the document root, visible to every pattern
  std::vector<SchematronRule> rules;
  bool instance = false;  // instantiated from an abstract pattern
  SchematronSource source;
  SchematronNamespacesPtr namespaces;
};

struct SchematronPhase {
  std::string id;
  std::vector<SchematronLet> lets;
  std::vector<std::string> active;  // pattern ids
  SchematronSource source;
};

// An XSLT element a schema may use at its top level (xsl:key), copied into the stylesheet.
struct SchematronStylesheetElement {
  xmlNodePtr element = nullptr;
  SchematronSource source;
  SchematronNamespacesPtr namespaces;
};

struct SchematronSchemaModel {
  std::string title;  // whitespace collapsed
  bool has_schema_version = false;
  std::string schema_version;
  std::string default_phase;
  SchematronSource source;         // of the schema element
  SchematronNamespacesPtr namespaces;  // the schema's own <ns>
  std::vector<SchematronLet> lets;  // schema level: parameters a caller may set
  std::map<std::string, SchematronPhase> phases;
  std::vector<SchematronPattern> patterns;  // concrete patterns and instances, in schema order
  std::vector<SchematronStylesheetElement> keys;
  std::vector<XmlDocPtr> included;  // the schema documents it includes, which nodes above point into
};

}  // namespace teipress
