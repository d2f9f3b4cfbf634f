// The help texts, made from the command table: `teipress --help` and `teipress CMD --help`.
#pragma once

#include <string>
#include <string_view>

#include "command_table.h"

namespace teipress {

// Usage, the list of commands, the global options and the exit statuses.
std::string FormatMainHelp();

// "usage: teipress CMD SYNOPSIS", the description and every option with its argument, help and
// default, wrapped for a terminal.
std::string FormatCommandHelp(const CommandSpec& command);

// `text` wrapped at `width` columns, every line indented by `indent` spaces except the first,
// which starts `first_column` characters in. Paragraphs (separated by "\n\n") stay apart.
std::string WrapText(std::string_view text, size_t width, size_t indent, size_t first_column);

}  // namespace teipress
