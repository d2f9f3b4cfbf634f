// RELAX NG validation with libxml2: the schema is compiled once and shared by every worker
// thread; each validation gets its own context and its own positioned diagnostics.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress {

class RelaxNgSchema {
 public:
  // Compiles the schema at `path`; returns null and appends diagnostics when it cannot.
  static std::unique_ptr<RelaxNgSchema> Compile(const std::string& path, std::vector<Diagnostic>& diagnostics);

  // Validates `document` (read from `file`); appends findings; returns true when valid.
  bool Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const;

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  RelaxNgPtr schema_;
};

}  // namespace teipress
