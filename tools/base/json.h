// JSON string escaping for the machine-readable reports and the search index.
#pragma once

#include <string>

namespace teipress {

// The body of a JSON string literal (without quotes): quotes, backslashes and control characters
// escaped; other bytes, UTF-8 included, copied.
std::string JsonEscape(const std::string& text);

}  // namespace teipress
