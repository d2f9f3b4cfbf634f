// Regenerates the export's plain text from TEI that teipress wrote (and editors refined): the
// converter's round trip. The printed brackets come back around every editorial note.
#pragma once

#include <string>

#include "xml_ptr.h"

namespace teipress {

std::string TeiToText(xmlDocPtr document);

}  // namespace teipress
