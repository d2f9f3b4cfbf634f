// Schematron validation: an ISO Schematron schema compiled once (schematron_compiler) into a
// libxslt stylesheet shared by every worker thread; each document's SVRL findings become
// positioned diagnostics "FILE:LINE:COL: error: message [rule-id]".
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress {

struct SchematronOptions {
  std::string phase;                              // "", "#DEFAULT", "#ALL" or a phase id
  std::map<std::string, std::string> parameters;  // string values for schema-level lets
};

class SchematronSchema {
 public:
  // Compiles the schema at `path`; returns null and appends diagnostics (path:line) when it cannot.
  static std::unique_ptr<SchematronSchema> Compile(const std::string& path, const SchematronOptions& options,
                                                   std::vector<Diagnostic>& diagnostics);

  // Applies the rules to `document` (read from `file`) and appends a diagnostic per finding:
  // role error/fatal/absent -> error, warning/warn/info/information -> warning. Returns false when
  // a finding is an error or the rules could not be applied. `svrl`, when given, receives the report.
  bool Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics,
                std::string* svrl = nullptr) const;

  const std::string& path() const { return path_; }
  const std::string& phase() const { return phase_; }

 private:
  std::string path_;
  std::string phase_;
  std::vector<std::string> parameters_;  // name, quoted value, name, quoted value ...
  XsltStylesheetPtr stylesheet_;
};

}  // namespace teipress
