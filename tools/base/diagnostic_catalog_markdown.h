// docs/diagnostics.md, generated from the diagnostics catalog (build/tests/diagnostics_doc writes
// it; a test checks that the file in the repository is up to date).
#pragma once

#include <string>

namespace teipress {

std::string FormatDiagnosticCatalogMarkdown();

}  // namespace teipress
