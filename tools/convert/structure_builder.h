// Groups classified blocks into the body's tree: divisions, openers and closers, embedded
// documents (an attached telegram, a letter after a separator, a quoted message), decision
// items, lists and dialogue turns, always in an order TEI allows.
#pragma once

#include <string>
#include <vector>

#include "authority.h"
#include "document_model.h"

namespace teipress {

// `main_type` is the type of the document's own division (decision, document, ...). The
// authority tells organizations, places and persons apart in header and signature lines.
std::vector<Node> BuildStructure(std::vector<Block> blocks, DivisionType main_type, const Authority* authority);

// Whether the line printed in `block` ends a quoted message (`...FILIPPOV [Stalin]."`).
bool EndsQuotation(const Block& block);

}  // namespace teipress
