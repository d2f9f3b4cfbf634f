// teipress split: FRUS volumes -> one standalone TEI file per document.
#include <algorithm>
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
    const int written = SplitVolumeFile(volume, output, diagnostics);
    if (written < 0) failed = true;
    else std::cerr << volume << ": " << written << " documents -> " << output << "\n";
  }
  const bool write_failed = std::any_of(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.rule == rules::kIoWrite; });
  PrintDiagnostics(diagnostics);
  return write_failed ? kExitUsage : failed ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
