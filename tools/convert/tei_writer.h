// Writes the document model as TEI P5 (docs/encoding.md): UTF-8, indented, deterministic.
#pragma once

#include <string>

#include "document_model.h"

namespace teipress {

// The TEI document, without the teipress generation mark (see generation_mark.h).
std::string WriteTei(const Document& document);

}  // namespace teipress
