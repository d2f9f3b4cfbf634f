// Documents that stylesheets read with document() and that stay the same for a whole run (the
// authority files, read by every page) are parsed once; each transformation gets a copy, which
// libxslt frees with the transformation. Parsing them per page cost ~40% of HTML rendering.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

// Parses the files now (safely, as ReadXmlFile does) and serves document('file:///abs/path') of
// them from memory from then on. A file changed since (size or modification time) is read afresh.
// Other URIs still go to libxslt's loader, after its security checks as before. Thread-safe.
void CacheXsltDocuments(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics);

// The URI document() resolves a cached file to: "file://" + absolute path.
std::string CachedDocumentUri(const std::string& path);

}  // namespace teipress
