// The commands of the table (command_table.cc), one file each: convert_command.cc, …
#pragma once

#include <vector>

#include "cli_args.h"
#include "diagnostic.h"

namespace teipress {

int RunConvert(const CommandLine& line);
int RunValidate(const CommandLine& line);
int RunRender(const CommandLine& line);
int RunToText(const CommandLine& line);
int RunSplit(const CommandLine& line);
int RunBuild(const CommandLine& line);
int RunInit(const CommandLine& line);
int RunHelp(const CommandLine& line);
int RunVersion(const CommandLine& line);

// Diagnostics sorted by file and line, GNU style, on standard error (coloured as --color decided).
void PrintDiagnostics(std::vector<Diagnostic> diagnostics);

// The exit status of a command that found `diagnostics`: 2 (kExitUsage) when reading or writing a
// file failed (an io.* error: no verdict on the input was reached) or the run could not start
// (build.locked), else `otherwise`.
int ExitStatus(const std::vector<Diagnostic>& diagnostics, int otherwise);

// Whether the diagnostics on standard error are coloured: the running command's --color, with
// NO_COLOR and whether standard error is a terminal (terminal_color.h).
bool ColorDiagnostics();

}  // namespace teipress
