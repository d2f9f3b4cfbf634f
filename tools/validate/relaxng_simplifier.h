// Compiles a RELAX NG schema into its simple form (relaxng_grammar.h): reads it
// (relaxng_schema_reader.h), simplifies it as section 4 of the specification prescribes (child
// counts, mixed/optional/zeroOrMore, the constraints of 4.16 with every datatype built and every
// <value> parsed, combine, one grammar, refs expanded down to element definitions, notAllowed and
// empty propagated) and checks the restrictions of section 7 (relaxng_restrictions.h).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_grammar.h"

namespace teipress {

// The grammar of the schema at `path`; null with `errors` when the schema is incorrect.
std::unique_ptr<Grammar> CompileRelaxNgGrammar(const std::string& path, std::vector<Diagnostic>& errors);

}  // namespace teipress
