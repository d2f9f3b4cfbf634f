// Prints docs/diagnostics.md, generated from the diagnostics catalog:
//   build/tests/diagnostics_doc > docs/diagnostics.md
#include <iostream>

#include "diagnostic_catalog_markdown.h"

int main() {
  std::cout << teipress::FormatDiagnosticCatalogMarkdown();
  return 0;
}
