// Turns libxml2's RELAX NG validity errors into diagnostics a person can act on: pinned to the
// failing element (line and column), naming the element, the attribute and the offending value,
// and saying what the schema expected there. libxml2's own wording ("Expecting an element ,
// got nothing", "Invalid attribute when for element date") names neither the missing part nor
// the expected values, and one problem can be reported again on an ancestor.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_grammar_index.h"
#include "xml_ptr.h"

namespace teipress {

// One structured error as libxml2 reported it (domain XML_FROM_RELAXNGV).
struct RelaxNgError {
  int code = 0;                // xmlRelaxNGValidErr
  xmlNodePtr node = nullptr;   // the node libxml2 blamed; alive as long as the document
  std::string str1, str2;      // the names libxml2 put in its message
  std::string message;         // libxml2's message, the fallback wording
  int line = 0;
};

// `document` is the validated document (to find an element libxml2 named without its node);
// `source_lines` are its lines (for columns), empty when unknown. Diagnostics come out in
// document order, cascades dropped.
std::vector<Diagnostic> ExplainRelaxNgErrors(const std::vector<RelaxNgError>& errors, const RelaxNgGrammarIndex& index,
                                             xmlDocPtr document, const std::string& file,
                                             const std::vector<std::string>& source_lines);

}  // namespace teipress
