// The date an edition sorts a document by and shows it under on the index and the timeline, for
// any TEI: the creation date or the sender's date in correspDesc (whichever the header gives
// first), else any date of the correspondence, else a date of the
// sourceDesc (date or origDate, EpiDoc's @notBefore-custom included), else a date written in the
// title ("…, 21. 8. 1901", "20.09.1811", "1895"). ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (a
// negative year for BCE); "" when the document has none.
#pragma once

#include <string>
#include <string_view>

#include "xml_ptr.h"

namespace teipress {

std::string DocumentSortDate(xmlDocPtr document);

// The first date written in `title` as day.month.year, year-month-day or a year alone, as ISO.
std::string DateInTitle(std::string_view title);

}  // namespace teipress
