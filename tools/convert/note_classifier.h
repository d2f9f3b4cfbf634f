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
  bool record_of_speech = false;  // a transcript, minutes, a record of conversation
};

// Where the notes of a line stand: what a note of no known kind is depends on it.
enum class NotePlace : uint8_t {
  kRunningText,
  kWholeLine,  // the line is the note alone
  kCloser,     // among the closing lines (signature, place and date)
};

// Classifies every note in `inlines`, nested notes included. A note whose kind only its shape and
// place suggest is marked doubtful (Inline::doubt) and reported as a note; one that nothing
// decides becomes kUnclassified with a warning naming its position.
void ClassifyNotes(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics,
                   NotePlace place = NotePlace::kRunningText);

// The kind decided from the note's content alone, or kUnclassified when the content does not
// settle it (then the position decides). In a record of speech "[words unclear]" is inaudible
// speech rather than illegible writing. Exposed for tests.
NoteKind KindFromContent(std::string_view content, bool in_record_of_speech = false);

// Whether a stamp or handwriting note is a bare descriptor of the text after it ([stamp and
// handwriting], [handwriting]) rather than the stamp's or the hand's own words.
bool IsDescriptorNote(std::string_view content);

// Whether an editorial note stands for a part of a date left blank ([day left blank]).
bool IsBlankDatePart(std::string_view content);

}  // namespace teipress
