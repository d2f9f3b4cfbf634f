// Writing converted TEI without destroying an editor's work: a file that was changed since
// teipress generated it (or never came from teipress) is only replaced with --force.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

enum class TeiWriteOutcome { kWritten, kUpToDate, kKeptEdited, kFailed };

// `tei` must carry its generation mark (AddGenerationMark). A kept file is reported with the
// command that would replace it: `replace_command`, by default "teipress convert --force -o DIR
// SOURCE.txt".
TeiWriteOutcome WriteGeneratedTei(const std::string& path, const std::string& tei, bool force,
                                  std::vector<Diagnostic>& diagnostics, const std::string& replace_command = "");

}  // namespace teipress
