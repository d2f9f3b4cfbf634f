// The mark a generated TEI file carries so that later conversions can tell whether an editor has
// changed it: a processing instruction with the SHA-256 of the rest of the file.
#pragma once

#include <string>
#include <string_view>

namespace teipress {

// Inserts `<?teipress-generated sha256="..."?>` after the XML declaration of `tei`.
std::string AddGenerationMark(std::string_view tei);

enum class FileState {
  kGeneratedUnchanged,  // carries a mark that matches its content: safe to regenerate
  kEdited,              // carries a mark that no longer matches: an editor changed it
  kNotGenerated,        // no mark: written or taken over by hand
};

FileState InspectGeneratedFile(std::string_view contents);

}  // namespace teipress
