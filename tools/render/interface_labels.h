// The interface labels of the translations file (xslt/common/i18n.xml), read once per run and
// process, not once per transformation. libxslt evaluates every global parameter of a stylesheet
// at the start of each transformation, and the 155 label-* parameters of xslt/common/labels.xsl,
// each a key() look-up in a freshly parsed i18n.xml, cost about 1.7 ms in every one (four a
// document). The stylesheets call these functions where function-available() says they exist and
// fall back to their own look-up otherwise, so they still run under plain xsltproc.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostic.h"

namespace teipress {

// The translations file's namespace; the stylesheets call the functions with its prefix, i18n.
inline constexpr const char* kI18nNamespace = "urn:teipress:i18n";

// One translations file: each entry's key and its texts with their xml:lang, in document order.
class InterfaceLabels {
 public:
  // Null (with diagnostics) when the file cannot be read as XML.
  static std::unique_ptr<const InterfaceLabels> Read(const std::string& path, std::vector<Diagnostic>& diagnostics);

  // Whether an entry has the key.
  bool Has(std::string_view key) const;
  // The entry's text in `language` as XPath's lang() matches it (case-insensitive, "en" matches a
  // text in "en-GB"), else its English text; null when it has neither (or there is no entry).
  // What the stylesheets' own look-up (xslt/common/i18n.xsl, template tp-i18n) gives.
  const std::string* Find(std::string_view key, std::string_view language) const;

 private:
  struct Text {
    std::string language;  // the text's xml:lang, inherited as lang() inherits it
    std::string value;
  };
  std::unordered_map<std::string, std::vector<Text>> texts_;  // by key: the texts of its entries, in order
};

// Registers, process-wide (once; safe from any thread), in kI18nNamespace:
//   i18n:labels-read()      the translations file could be read (else the stylesheets fall back
//                           on their own look-up, which reports it)
//   i18n:label(key, lang)   the entry's text in lang, else in English (InterfaceLabels::Find);
//                           else the key itself, with the message the stylesheets' xsl:message
//                           gives ("teipress: the label 'KEY' is not in xslt/common/i18n.xml")
//   i18n:has-label(key)     an entry of the translations file has the key
// The translations file is i18n.xml beside the stylesheet module that makes the call (as
// document('i18n.xml') there would find it), read the first time it is asked for and kept for the
// rest of the process: a whole build sees one version of it.
void RegisterInterfaceLabelFunctions();

}  // namespace teipress
