// Decides what each square-bracket note is (pseudonym, supplied words, expansion, ...) from its
// content and the text just before it, and attaches the qualified text (`base`) to the notes
// that qualify a preceding word (FILIPPOV [Stalin], VKP(b) [...], Vereshchagin [?]).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "authority.h"
#include "english_lexicon.h"
#include "diagnostic.h"
#include "document_model.h"

namespace teipress {

struct NoteContext {
  const Authority* authority = nullptr;
  std::string language_code;  // ISO 639-1 of the original, empty when unknown
  std::string file_name;
  const EnglishLexicon* lexicon = nullptr;  // null: the system word list
};

// Classifies every note in `inlines`, nested notes included. Notes that cannot be classified
// become kUnclassified with a warning naming their position.
void ClassifyNotes(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics);

// The kind decided from the note's content alone, or kUnclassified when the content does not
// settle it (then the position decides). Exposed for tests.
NoteKind KindFromContent(std::string_view content);

// Whether a stamp or handwriting note is a bare descriptor of the text after it ([stamp and
// handwriting], [handwriting]) rather than the stamp's or the hand's own words.
bool IsDescriptorNote(std::string_view content);

// Whether an editorial note stands for a part of a date left blank ([day left blank]).
bool IsBlankDatePart(std::string_view content);

}  // namespace teipress
