// Reads a RELAX NG schema in XML syntax into a tree of RngNodes, checking the syntax of section 3
// of the specification and applying the simplification rules that need the document (4.1 to 4.10):
// foreign elements and attributes dropped, whitespace removed, datatypeLibrary and ns inherited,
// <value> given its type, element and attribute names turned into name classes with their
// namespace, externalRef and include replaced by the schemas they name (local files only, read
// with the same hardened parser as documents; a loop of references is an error).
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_syntax.h"

namespace teipress {

// The root pattern of the schema at `path`, null with `errors` (file:line, rule "schema.compile")
// when the schema is not correct RELAX NG syntax or a file it refers to cannot be read.
RngNode* ReadRelaxNgSchema(const std::string& path, RngArena& arena, std::vector<Diagnostic>& errors);

}  // namespace teipress
