// Splits a FRUS volume (one TEI file holding hundreds of documents, each a
// div[@type='document']) into one standalone TEI file per document, for validating, rendering
// or benchmarking documents one by one.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress {

struct SplitDocument {
  std::string id;     // the document's xml:id (e.g. "d12"), else its position ("doc12")
  std::string title;  // its head as plain text, footnotes left out
  XmlDocPtr tei;      // TEI with a minimal teiHeader and the div in text/body
};

// The documents of `volume` (read from `volume_name`), in document order. A document inside
// another document stays inside it.
std::vector<SplitDocument> SplitVolume(xmlDocPtr volume, const std::string& volume_name);

// Reads `volume_path` and writes OUTPUT_DIR/<volume>-<id>.xml for each document (atomically), each
// with a generation mark: a split file an editor changed since (or one teipress did not write) is
// kept, with a warning, unless `force`. Returns the number written or already up to date, or -1
// when the volume cannot be read or a file cannot be written (diagnostics say which).
int SplitVolumeFile(const std::string& volume_path, const std::string& output_dir, std::vector<Diagnostic>& diagnostics,
                    bool force = false);

}  // namespace teipress
