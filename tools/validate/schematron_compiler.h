// ISO Schematron (XPath 1.0 query binding) compiled to an XSLT 1.0 stylesheet that writes SVRL.
// Our own compiler, in C++ so that every problem in a schema names the schema's file:line; the
// supported constructs are listed in schemas/README.md ("Schematron engine"). Anything else is
// an error, never silently skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress {

inline constexpr const char* kSchematronNamespace = "http://purl.oclc.org/dsdl/schematron";
inline constexpr const char* kSvrlNamespace = "http://purl.oclc.org/dsdl/svrl";
// Attributes the compiled stylesheet adds to SVRL findings (line, diagnostic rule id).
inline constexpr const char* kSvrlExtensionNamespace = "urn:teipress:svrl";

struct CompiledSchematron {
  std::string xslt;                      // the stylesheet text
  std::string phase;                     // the phase compiled: "#ALL" or a phase id
  std::vector<std::string> parameters;   // schema-level let names, which callers may override
};

// Compiles `schema` (parsed from `path`) for `phase`: "" or "#DEFAULT" means the schema's
// defaultPhase (all patterns without one), "#ALL" all patterns. Returns nothing and appends
// diagnostics naming path:line when the schema uses something unsupported or is inconsistent.
std::optional<CompiledSchematron> CompileSchematron(xmlDocPtr schema, const std::string& path, const std::string& phase,
                                                    std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
