// Schematron validation: an ISO Schematron schema compiled once (schematron_compiler) into a
// libxslt stylesheet shared by every worker thread; each document's SVRL findings become
// positioned diagnostics "FILE:LINE:COL: error|warning|note: message [rule-id]".
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "schematron_model.h"
#include "xml_ptr.h"

namespace teipress {

struct SchematronOptions {
  std::string phase;                              // "", "#DEFAULT", "#ALL" or a phase id
  std::map<std::string, std::string> parameters;  // string values for schema-level lets
};

enum class SchematronVerdict {
  kValid,        // no finding with an error role (warnings and notes may have been reported)
  kInvalid,      // a finding with an error role
  kSchemaError,  // the rules could not be applied: an error in the schema, not in the document
};

// The severity of a finding whose assert or report (or rule) has the role `role`, compared
// without case: none, fatal, error and any other role -> error; warning, warn, nonfatal (TEI's)
// -> warning; info, information, note -> note.
Severity SeverityOfRole(const std::string& role);

class SchematronSchema {
 public:
  // Compiles the schema at `path`; returns null and appends diagnostics (file:line) when it cannot.
  static std::unique_ptr<SchematronSchema> Compile(const std::string& path, const SchematronOptions& options,
                                                   std::vector<Diagnostic>& diagnostics);

  // Applies the rules to `document` (read from `file`) and appends a diagnostic per finding,
  // positioned in the document the finding is about (the one given, or one a pattern's
  // @documents names). On kSchemaError the diagnostics name the schema's file and line where the
  // failing expression was written, and no finding is reported. `svrl`, when given, receives
  // the report.
  SchematronVerdict Check(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics,
                          std::string* svrl = nullptr) const;

  // Check() == kValid: for callers to whom a schema that fails is as bad as an invalid document.
  bool Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics,
                std::string* svrl = nullptr) const {
    return Check(document, file, diagnostics, svrl) == SchematronVerdict::kValid;
  }

  const std::string& path() const { return path_; }
  const std::string& phase() const { return phase_; }

 private:
  // Where the schema wrote the expression that failed: from the stylesheet lines of the
  // instructions running when libxml2 reported errors (`lines`), else those libxslt's messages name.
  SchematronSource SourceOfFailure(const std::string& messages, std::vector<int> lines) const;

  std::string path_;
  std::string phase_;
  std::vector<std::string> parameters_;  // name, quoted value, name, quoted value ...
  std::vector<SchematronSource> sources_;
  std::map<int, size_t> source_at_line_;  // stylesheet line -> index in sources_
  XsltStylesheetPtr stylesheet_;
};

}  // namespace teipress
