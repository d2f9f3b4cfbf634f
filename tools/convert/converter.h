// The converter: export text -> document model -> TEI, with a report of what was doubtful.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "authority.h"
#include "diagnostic.h"
#include "document_model.h"
#include "tei_writer.h"

namespace teipress {

struct ConversionResult {
  bool ok = false;                      // false: nothing may be written
  std::string record_id;
  std::string tei;                      // the TEI document, generation mark included
  std::vector<std::string> suggestions; // names an editor may want to add to the authority files
};

// Reads the model from `bytes` (the contents of `file_name`).
bool ReadDocument(std::string_view bytes, const std::string& file_name, const Authority& authority,
                  Document& document, std::vector<Diagnostic>& diagnostics);

ConversionResult Convert(std::string_view bytes, const std::string& file_name, const Authority& authority,
                         std::vector<Diagnostic>& diagnostics, const Publication& publication = {});

}  // namespace teipress
