// XML Schema 1.0 regular expressions (the `pattern` facet) run by RE2, a linear-time engine, so a
// hostile value cannot make matching explode. The translation follows jing's (the reference
// validator): the same syntax accepted and refused, categories from RE2's Unicode tables (Cn, the
// unassigned code points, computed as what no other category holds), blocks and \i \c as explicit
// ranges, character class subtraction done on sets, and the implicit anchoring of XML Schema
// (a pattern matches the whole value).
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace teipress {

class XsdRegex {
 public:
  // The regular expression `pattern`, translated (its syntax checked) now and compiled by RE2 on
  // first use, shared by every datatype that writes the same pattern (TEI All repeats one 171
  // times): null, with `error` saying why, when it is not an XML Schema regular expression or is
  // beyond RE2's limits (a repeat count over 1000).
  static std::shared_ptr<const XsdRegex> Compile(std::string_view pattern, std::string& error);
  ~XsdRegex();

  // Whether the whole of `value` (UTF-8) matches. Thread-safe.
  bool Matches(std::string_view value) const;

  // The RE2 pattern the XML Schema one became (for tests and messages).
  const std::string& translated() const { return translated_; }

 private:
  XsdRegex() = default;
  std::string translated_;
  mutable std::once_flag compile_once_;
  mutable std::unique_ptr<re2::RE2> compiled_;
};

// The RE2 syntax for an XML Schema regular expression; empty with `error` set when it is invalid.
std::string TranslateXsdRegex(std::string_view pattern, std::string& error);

}  // namespace teipress
