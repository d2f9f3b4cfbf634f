// teipress's own RELAX NG validator: the schema compiled into its simple form once
// (relaxng_simplifier.h), documents matched by derivatives (relaxng_patterns.h) with every error
// worded as the explainer words libxml2's (relaxng_matcher.h). Thread-safe: each validation
// borrows a derivative session of its own, and sessions are kept for the next documents.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_grammar.h"
#include "xml_ptr.h"

namespace teipress {

class PatternSession;

class RelaxNgEngine {
 public:
  // Compiles the schema at `path`; null with `diagnostics` when it is not a correct RELAX NG schema.
  static std::unique_ptr<RelaxNgEngine> Compile(const std::string& path, std::vector<Diagnostic>& diagnostics);
  ~RelaxNgEngine();

  // Streams the file at `path` through the parser: parse errors and validity errors go to
  // `diagnostics`; true when the file is well-formed and valid. Memory does not grow with the file.
  bool ValidateFile(const std::string& path, std::vector<Diagnostic>& diagnostics) const;
  // Validates a document already parsed from `file`.
  bool ValidateDocument(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const;

  const Grammar& grammar() const { return *grammar_; }

 private:
  RelaxNgEngine() = default;
  std::unique_ptr<PatternSession> Borrow() const;
  void Return(std::unique_ptr<PatternSession> session) const;

  std::unique_ptr<Grammar> grammar_;
  mutable std::mutex mutex_;
  mutable std::vector<std::unique_ptr<PatternSession>> idle_;
};

}  // namespace teipress
