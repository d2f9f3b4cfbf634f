// teipress split: FRUS volumes -> one standalone TEI file per document.
#include <iostream>

#include "commands.h"
#include "diagnostic_catalog.h"
#include "frus_splitter.h"

namespace teipress {

int RunSplit(const CommandLine& line) {
  const std::string output = line.Value("-o");
  std::vector<Diagnostic> diagnostics;
  bool failed = false;
  for (const std::string& volume : line.operands()) {
    const int written = SplitVolumeFile(volume, output, diagnostics, line.Has("--force"));
    if (written < 0) failed = true;
    else std::cerr << volume << ": " << written << " documents -> " << output << "\n";
  }
  // A kept edited file is not what this run would have written, as for convert.
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == rules::kConvertKeptEdited || d.rule == rules::kConvertKeptUnmarked) failed = true;
  }
  PrintDiagnostics(diagnostics);
  return ExitStatus(diagnostics, failed ? kExitInputProblems : kExitOk);
}

}  // namespace teipress
