// Regenerates the export's plain text from TEI that teipress wrote (and editors refined): the
// converter's round trip. The printed brackets come back around every editorial note.
#pragma once

#include <string>

#include "xml_ptr.h"

namespace teipress {

std::string TeiToText(xmlDocPtr document);

// What the source printed for one element of the body: "FILIPPOV [Stalin]" for a pseudonym's
// choice, "[…]" for an omission gap, "15 percent [sic]" for a sic (a footnote's marker only).
std::string PrintedForm(xmlNodePtr element);

}  // namespace teipress
