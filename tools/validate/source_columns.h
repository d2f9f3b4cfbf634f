// Columns for diagnostics about documents held as libxml2 trees, which keep each node's line but
// not its column: the column is found again in the source line.
#pragma once

#include <string>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

// The lines of `file` (line ends removed), empty when it cannot be read.
std::vector<std::string> ReadSourceLines(const std::string& file);

// The column, in characters, of the start tag of element `node` on `line`; of the first
// non-blank character of the line for other nodes; 0 when not there (the tag starts on another
// line, or the line is unknown).
int ColumnOf(xmlNodePtr node, int line, const std::vector<std::string>& lines);

}  // namespace teipress
