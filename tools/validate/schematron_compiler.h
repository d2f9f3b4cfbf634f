// ISO Schematron (XPath 1.0 query binding) compiled to an XSLT 1.0 stylesheet that writes SVRL.
// Our own compiler, in C++ so that every problem in a schema names the schema's file:line: the
// schema is composed, read and checked into a model (schematron_reader), its variables checked
// for the chosen phase (schematron_variables), then the stylesheet is written with XmlWriter for
// the patterns of that phase. The supported constructs are listed in schemas/README.md
// ("Schematron engine"); anything else is an error, never silently skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "schematron_model.h"
#include "schematron_namespaces.h"
#include "xml_ptr.h"

namespace teipress {

// The attribute (in the engine's namespace) by which every instruction of the stylesheet that
// evaluates something from the schema names where it was written: an index into `sources`.
inline constexpr const char* kSourceAttribute = "source";

struct CompiledSchematron {
  std::string xslt;                      // the stylesheet text
  std::string phase;                     // the phase compiled: "#ALL" or a phase id
  std::vector<std::string> parameters;   // schema-level let names, which callers may override
  std::vector<SchematronSource> sources;  // where the stylesheet's expressions were written
};

// Compiles `schema` (parsed from `path`) for `phase`: "" or "#DEFAULT" means the schema's
// defaultPhase (all patterns without one), "#ALL" all patterns. Returns nothing and appends
// diagnostics naming file:line when the schema uses something unsupported or is inconsistent.
std::optional<CompiledSchematron> CompileSchematron(xmlDocPtr schema, const std::string& path, const std::string& phase,
                                                    std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
