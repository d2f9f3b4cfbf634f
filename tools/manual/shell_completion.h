// Bash and zsh completion scripts for teipress, written from the command table (command_table.h):
// commands, each command's options with what their values are (directories, files, choices), and
// the files its operands take.
#pragma once

#include <string>

namespace teipress {

// For /usr/share/bash-completion/completions/teipress; uses bash-completion's _init_completion
// and _filedir.
std::string FormatBashCompletion();

// For a directory of zsh's $fpath, as the file _teipress (#compdef teipress).
std::string FormatZshCompletion();

}  // namespace teipress
