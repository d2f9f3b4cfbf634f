// Reads an ISO Schematron schema into the model the compiler writes as XSLT, and checks it. The
// schema is composed first (schematron_includes); abstract patterns are instantiated with their
// parameters and abstract rules put where they are extended. Every construct the engine does not
// support and every inconsistency (an unknown diagnostic, an XPath syntax error, an undeclared
// prefix, a rule extending itself) is a diagnostic naming the file and line it was written at.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "schematron_model.h"
#include "xml_ptr.h"

namespace teipress {

// Fills `model` from `schema`, read from `path`. Returns false (and appends diagnostics) when the
// schema cannot be compiled as it is.
bool ReadSchematron(xmlDocPtr schema, const std::string& path, SchematronSchemaModel& model,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
