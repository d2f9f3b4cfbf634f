// RELAX NG validation with libxml2: the schema is compiled once and shared by every worker
// thread; each validation gets its own context and its own positioned diagnostics, explained
// with what the schema expected (relaxng_explainer.h). Verdicts agree with jing, the reference
// validator: see relaxng_jing_alignment.h for the datatypes, and Validate for IDs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_grammar_index.h"
#include "xml_ptr.h"

namespace teipress {

class RelaxNgSchema {
 public:
  // Compiles the schema at `path`; returns null and appends diagnostics when it cannot.
  static std::unique_ptr<RelaxNgSchema> Compile(const std::string& path, std::vector<Diagnostic>& diagnostics);

  // Validates `document` (read from `file`); appends findings; returns true when valid.
  // Forgets the IDs the parser registered for every xml:id first (see the .cc), so `document`
  // afterwards has IDs only for the attributes the schema types as xsd:ID.
  bool Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  RelaxNgPtr schema_;
  std::unique_ptr<RelaxNgGrammarIndex> index_;
};

}  // namespace teipress
