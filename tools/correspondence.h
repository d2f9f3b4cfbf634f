// Finds who sent a document to whom: the signature of a letter or telegram is its sender, the
// salutation and address lines name its recipient, "TO X ... For transmission to Y" names an
// intermediary, and an editor's "sent on ..." note dates the dispatch.
#pragma once

#include <vector>

#include "authority.h"
#include "document_model.h"

namespace teipress {

std::vector<CorrespondenceAction> FindCorrespondence(const Document& document, const Authority& authority);

}  // namespace teipress
