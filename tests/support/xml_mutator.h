// Deterministic invalid-looking variants of a valid XML document, for checking that a validator
// gives the same verdicts as a reference one (teipress against jing): each variant applies one
// change of the kind editors make by mistake (a required child removed, an unknown element or
// attribute, a bad attribute value, an element moved out of order or duplicated, stray text).
// The same document, count and seed give the same variants on every machine.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

struct XmlMutant {
  std::string label;  // what was changed, e.g. "remove <titleStmt> (line 5)"
  std::string xml;    // the whole variant, serialized
};

std::vector<XmlMutant> MutateXml(xmlDocPtr document, size_t count, std::uint32_t seed);

}  // namespace teipress
