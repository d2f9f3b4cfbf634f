// The `teipress` command line: subcommands convert, validate, render, totext, build.
#pragma once

namespace teipress {

int RunCli(int argc, char** argv);

}  // namespace teipress
