// Running a helper program (Apache FOP) without a shell: arguments are passed as they are, so
// no file name can inject a command.
#pragma once

#include <string>
#include <vector>

namespace teipress {

struct ProcessResult {
  bool started = false;
  int exit_code = -1;
  std::string output;  // standard output and standard error, interleaved
};

// Standard input is read from `stdin_path` (a job list for FOP's batch driver), else /dev/null.
// The program is killed when the thread that started it ends (PR_SET_PDEATHSIG), so that a killed
// teipress never leaves it running: call it from a thread that outlives the program (the main one).
ProcessResult RunProcess(const std::vector<std::string>& arguments, const std::string& stdin_path = "/dev/null");

// The absolute path of `program` on PATH, or empty.
std::string FindOnPath(const std::string& program);

}  // namespace teipress
