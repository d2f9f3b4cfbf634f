// The datatype libraries a RELAX NG schema can name in <data> and <value>: the built-in one
// (string, token), XML Schema's (http://www.w3.org/2001/XMLSchema-datatypes: the string and token
// family, names, ID/IDREF/IDREFS, anyURI, language, boolean, decimal and the integers, double,
// float, the dates and times, duration, the binaries, QName) with their facets, and the DTD
// compatibility library (ID, IDREF, IDREFS). Lexical rules and values follow jing, the reference
// validator, so that the two accept the same documents.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress {

constexpr const char* kXsdDatatypeLibrary = "http://www.w3.org/2001/XMLSchema-datatypes";
constexpr const char* kCompatibilityDatatypeLibrary = "http://relaxng.org/ns/compatibility/datatypes/1.0";

// How values take part in ID checking (the DTD compatibility rules of RELAX NG).
enum class IdType { kNone, kId, kIdref, kIdrefs };

// The namespace prefixes in scope where a value occurs (QName values need them).
class ValueContext {
 public:
  virtual ~ValueContext() = default;
  // The namespace bound to `prefix` ("" for the default namespace: "" when none); nullopt when
  // the prefix is not declared.
  virtual std::optional<std::string> ResolvePrefix(std::string_view prefix) const = 0;
};

// A value of a datatype, for comparing a document's value with a schema's <value>.
struct DatatypeValue {
  // Strings, tokens, names: the normalized text. Decimals: the canonical form. Binaries: the
  // bytes. QNames: "{namespace}local". Lists: the items, joined by U+0001.
  std::string text;
  double number = 0;     // double, float
  long long days = 0;    // dates and times: days since 1970-01-01 in UTC where a zone is given
  long long millis = 0;  // within the day; leap seconds as 86,400,000 and above
  bool has_zone = false;
  int kind = 0;  // which of the above fields carry the value (internal)
};

class Datatype {
 public:
  virtual ~Datatype() = default;

  // Whether `text` is a value of this datatype; when not, `why` (if given) says what is wrong in
  // a few words, e.g. "not a valid date" or "longer than 8 characters".
  virtual bool IsValid(std::string_view text, const ValueContext& context, std::string* why = nullptr) const = 0;
  // The value of `text`, nullopt when it is not valid.
  virtual std::optional<DatatypeValue> ValueOf(std::string_view text, const ValueContext& context) const = 0;
  virtual bool SameValue(const DatatypeValue& a, const DatatypeValue& b) const = 0;

  // Whether every string is valid (so values need not be checked at all).
  virtual bool AcceptsAnyString() const { return false; }
  virtual IdType id_type() const { return IdType::kNone; }

  // For messages: the datatype's name ("date", "token") and the patterns it must match.
  virtual const std::string& name() const = 0;
  virtual std::vector<std::string> patterns() const { return {}; }
};

// Builds the datatype `type` of the library `library` with the <param>s `params` (name, value),
// whose values are read in `context`. Null with `error` set when the library or the type is
// unknown or a parameter is not allowed (the schema is then incorrect).
std::shared_ptr<const Datatype> MakeDatatype(const std::string& library, const std::string& type,
                                             const std::vector<std::pair<std::string, std::string>>& params,
                                             const ValueContext& context, std::string& error);

// Whether `library` names a datatype library teipress has.
bool IsKnownDatatypeLibrary(const std::string& library);

// Whether `text` is a URI reference as jing's anyURI takes it (java.net.URI after escaping
// the characters URIs may not contain): percent escapes well formed, one fragment at most, a
// scheme well formed, an authority that parses.
bool IsUriReference(std::string_view text);

// XML 1.0 (second edition) names, as XML Schema's Name, NCName and NMTOKEN define them.
bool IsXmlName(std::string_view text);
bool IsNcName(std::string_view text);
bool IsNmtoken(std::string_view text);

// XML Schema's whitespace collapse: runs of spaces, tabs and line ends become one space, none at
// either end.
std::string CollapseWhitespace(std::string_view text);

}  // namespace teipress
