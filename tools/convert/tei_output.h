// Writing converted TEI without destroying an editor's work: a file that was changed since
// teipress generated it (or never came from teipress) is only replaced with --force.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

enum class TeiWriteOutcome { kWritten, kUpToDate, kKeptEdited, kFailed };

TeiWriteOutcome WriteGeneratedTei(const std::string& path, const std::string& tei, bool force,
                                  std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
