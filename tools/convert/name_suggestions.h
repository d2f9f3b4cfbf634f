// Names the authority files do not know yet: a capitalized name after a title ("Comrade Kurdyukov",
// "Minister Pak Ung-geol") that no persName links. They are never guessed into the TEI; the
// conversion report lists them so that an editor can add them to tei/authority/.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "document_model.h"

namespace teipress {

struct NameSuggestion {
  std::string name;
  Position position;
};

// Every unlinked titled name in the body, each name once, in document order.
std::vector<NameSuggestion> FindUnknownNames(const std::vector<Node>& body);

}  // namespace teipress
