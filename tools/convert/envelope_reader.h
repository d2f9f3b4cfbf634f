// Reads the export's metadata header: date line, title, and the "Heading:" sections (Citation,
// Summary, Credits, Original Language, Contents). Everything after the Contents list is the body.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "document_model.h"
#include "source_text.h"

namespace teipress {

struct BodyLine {
  // A view into the SourceText the envelope was read from: valid while that SourceText lives and
  // is not moved (a copy of every line cost an allocation for most).
  std::string_view text;
  int line = 0;  // 1-based source line
};

struct EnvelopeReadResult {
  Envelope envelope;
  std::vector<BodyLine> body;  // the body's lines, empty lines included; views into the source
};

EnvelopeReadResult ReadEnvelope(const SourceText& source, const std::string& fallback_record_id,
                                std::vector<Diagnostic>& diagnostics);

// ISO 639-1 code of an English language name ("Russian" -> "ru"); empty when unknown.
std::string LanguageCode(const std::string& language_name);

}  // namespace teipress
