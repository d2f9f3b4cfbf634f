// Reads an ISO Schematron schema into the model the compiler writes as XSLT, and checks it: every
// construct the engine does not support and every inconsistency (an unknown diagnostic, an XPath
// syntax error, an undeclared prefix) is a diagnostic naming the schema's file:line.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "schematron_model.h"
#include "xml_ptr.h"

namespace teipress {

// Fills `model` from the schema element `root` of the document read from `path`. Returns false
// (and appends diagnostics) when the schema cannot be compiled as it is.
bool ReadSchematron(xmlNodePtr root, const std::string& path, SchematronSchemaModel& model,
                    std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
