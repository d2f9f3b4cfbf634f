// The man pages teipress(1) and teipress-COMMAND(1), written from the command table
// (command_table.h) that --help and the option parser read, so that they cannot drift apart.
#pragma once

#include <string>

#include "command_table.h"

namespace teipress {

// teipress-NAME(1): NAME, SYNOPSIS, DESCRIPTION, OPTIONS (the command's, then --color and --help),
// OUTPUT (standard output and standard error), EXIT STATUS, ENVIRONMENT, SEE ALSO.
std::string FormatCommandManPage(const CommandSpec& command);

// teipress(1): the commands, the global options, output, exit statuses, environment, files.
std::string FormatProgramManPage();

// teipress-config(5): the edition configuration file, its keys (with their kinds, explanations
// and examples) from the table the reader checks against (edition_config.h's ConfigKeys()).
inline constexpr std::string_view kConfigManPage = "teipress-config";
std::string FormatConfigManPage();

// "teipress" or "teipress-build": the page's name, also its file name without ".1".
std::string ManPageName(const CommandSpec* command);

}  // namespace teipress
