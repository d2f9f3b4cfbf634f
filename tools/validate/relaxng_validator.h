// RELAX NG validation, compiled once and shared by every worker thread, with one of two engines:
//   - teipress's own (the default; relaxng_engine.h): derivatives as jing computes them, every
//     error with what was expected, files streamed;
//   - libxml2's (--engine libxml2, kept for one release to compare the two): its errors explained
//     with what the schema expected (relaxng_explainer.h), its verdicts aligned with jing's
//     (relaxng_jing_alignment.h for the datatypes, Validate for IDs).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_grammar_index.h"
#include "xml_ptr.h"

namespace teipress {

class RelaxNgEngine;

enum class RelaxNgEngineKind { kTeipress, kLibxml2 };

// "teipress" or "libxml2" (as --engine takes them); nullopt for another name.
std::optional<RelaxNgEngineKind> RelaxNgEngineNamed(const std::string& name);

class RelaxNgSchema {
 public:
  // Compiles the schema at `path`; returns null and appends diagnostics when it cannot.
  static std::unique_ptr<RelaxNgSchema> Compile(const std::string& path, std::vector<Diagnostic>& diagnostics,
                                                RelaxNgEngineKind engine = RelaxNgEngineKind::kTeipress);
  ~RelaxNgSchema();

  // Validates `document` (read from `file`); appends findings; returns true when valid.
  // With libxml2, forgets the IDs the parser registered for every xml:id first (see the .cc), so
  // `document` afterwards has IDs only for the attributes the schema types as xsd:ID.
  bool Validate(xmlDocPtr document, const std::string& file, std::vector<Diagnostic>& diagnostics) const;

  // Reads and validates the file at `path`: parse errors and findings appended; true when it is
  // well-formed and valid. teipress's engine streams the file (memory does not grow with it).
  bool ValidateFile(const std::string& path, std::vector<Diagnostic>& diagnostics) const;

  const std::string& path() const { return path_; }
  RelaxNgEngineKind engine() const { return engine_; }

 private:
  std::string path_;
  RelaxNgEngineKind engine_ = RelaxNgEngineKind::kTeipress;
  std::unique_ptr<RelaxNgEngine> own_;
  RelaxNgPtr schema_;
  std::unique_ptr<RelaxNgGrammarIndex> index_;
};

}  // namespace teipress
