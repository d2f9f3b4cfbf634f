// The restrictions of section 7 of the RELAX NG specification, checked on the simplified grammar
// as jing checks them: prohibited paths, content types (no string in a sequence with other
// content), duplicate attributes, attributes with an infinite name class outside oneOrMore,
// overlapping element names or text on both sides of an interleave. And the ID types of the DTD
// compatibility rules (which attributes hold IDs, IDREFs, IDREFS; conflicts make the schema
// incorrect, as in jing).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "relaxng_grammar.h"

namespace teipress {

struct RestrictionViolation {
  std::string message;
  RngLocation where;
};

// The first restriction the grammar breaks, nullopt when it keeps them all; `reachable` gets the
// indices of the elements reachable from `start` (the ones checked).
std::optional<RestrictionViolation> CheckRestrictions(const GrammarPattern* start,
                                                      const std::vector<ElementDefinition>& elements,
                                                      std::vector<int>& reachable);

// Fills `id_types` from the attributes of the `reachable` elements; a violation when an
// ID-typed value is not an attribute's whole content, when its names are not plain names, or
// when one (element, attribute) pair gets two ID types.
std::optional<RestrictionViolation> BuildIdTypes(const std::vector<int>& reachable,
                                                 const std::vector<ElementDefinition>& elements,
                                                 std::map<IdTypeKey, IdType>& id_types);

}  // namespace teipress
