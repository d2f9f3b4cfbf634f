// Every variable a schema's expressions refer to must be declared where the expression is
// evaluated: at schema level, in the chosen phase, in an active pattern (pattern lets are global)
// or, inside a rule, earlier in that rule. libxslt would find an undeclared one only while
// validating a document; this finds it before, naming the file and line where it is used.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "schematron_model.h"

namespace teipress {

// `phase` is the chosen phase (null for #ALL); `active` the indexes of the patterns it runs.
// Patterns that are not active are checked too, against every phase's variables, so that a
// schema that works in some phase passes. Returns false and appends diagnostics otherwise.
bool CheckVariables(const SchematronSchemaModel& model, const SchematronPhase* phase, const std::vector<size_t>& active,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
