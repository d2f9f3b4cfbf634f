// Plain text of the command table as roff for man(7) pages: escapes, fonts, and UTF-8 as groff's
// named Unicode characters, so that the pages need no preprocessor and render the same anywhere.
#pragma once

#include <string>
#include <string_view>

namespace teipress {

// `text` safe inside a roff text line: backslashes as \e, a hyphen that starts a word (an option,
// as in "--force" or "-o") as \- so that it stays a hyphen-minus one can copy, other hyphens as
// they are, non-ASCII characters as \[uXXXX], and a line that would start with '.' or '\'' (a
// control line) guarded with \&. Newlines are kept.
std::string RoffEscape(std::string_view text);

// `text` in bold / italic (\fB…\fR, \fI…\fR), escaped.
std::string RoffBold(std::string_view text);
std::string RoffItalic(std::string_view text);

}  // namespace teipress
