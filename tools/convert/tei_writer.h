// Writes the document model as TEI P5 (docs/encoding.md): UTF-8, indented, deterministic.
#pragma once

#include <string>

#include "document_model.h"

namespace teipress {

// Who publishes the edition the TEI belongs to (the edition configuration's publisher and
// licence); empty fields keep the archive's own publisher and write no availability.
struct Publication {
  std::string publisher;
  std::string licence;
};

// The TEI document, without the teipress generation mark (see generation_mark.h).
std::string WriteTei(const Document& document, const Publication& publication = {});

}  // namespace teipress
