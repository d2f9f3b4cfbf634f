// Finds who sent a document to whom: the signature of a letter or telegram is its sender, the
// salutation and address lines name its recipient, "TO X ... For transmission to Y" names an
// intermediary, and an editor's "sent on ..." note dates the dispatch. A title that says the
// document transmits a letter names the cover's parties.
#pragma once

#include <vector>

#include "authority.h"
#include "document_model.h"

namespace teipress {

std::vector<CorrespondenceAction> FindCorrespondence(const Document& document, const Authority& authority);

// The covering message of a document whose title says it transmits another ("A to B, transmitting
// Letter from C to D"): A sent it to B. Empty when the title names no such cover.
std::vector<CorrespondenceAction> FindCoverCorrespondence(const Document& document, const Authority& authority);

}  // namespace teipress
