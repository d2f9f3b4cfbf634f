// Splits the printed citation into its sources: archival references (APRF, Fond 3, Opis 65, ...)
// with typed identifiers, and published works. Commas inside one reference never split it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "authority.h"
#include "document_model.h"

namespace teipress {

// `citation` as printed; `title` and `date_line` of the envelope help find where sources start.
std::vector<SourceReference> ParseCitationSources(const std::string& citation, const Authority& authority);

// "Fond 3" -> ("fond", "3"); "ll. 0041-0042" -> ("listy", "0041-0042"). Empty type when the
// component is not a recognized archival unit.
std::pair<std::string, std::string> ParseArchivalUnit(const std::string& component, bool fond_seen);

// `text` split at each `separator` (not empty) that stands outside brackets and parentheses: the
// parts, as many as separators found plus one. An unmatched closing sign is ignored.
std::vector<std::string> SplitOutsideGroups(std::string_view text, std::string_view separator);

}  // namespace teipress
