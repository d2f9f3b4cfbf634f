// The `teipress` command line: dispatch, help and usage errors, all from the command table
// (command_table.h).
#pragma once

namespace teipress {

int RunCli(int argc, char** argv);

}  // namespace teipress
