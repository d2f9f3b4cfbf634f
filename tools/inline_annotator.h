// Marks dates and authority names inside the text runs of a block, and turns footnote markers
// into footnotes carrying their text. Runs inside notes are annotated too.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "authority.h"
#include "date_recognizer.h"
#include "diagnostic.h"
#include "document_model.h"

namespace teipress {

struct AnnotationContext {
  const Authority* authority = nullptr;
  DateContext dates;
  bool link_names = true;
};

// Splits kText runs of `inlines` (recursively) into text, kDate and kName runs.
void AnnotateInlines(Inlines& inlines, const AnnotationContext& context);

// Footnote markers: kFootnoteRef notes ([1]) and "(1)"/"[1]" glued to a word become kFootnote
// with the note text of the same label, which is removed from `texts` once used.
struct FootnoteLinker {
  std::map<std::string, Inlines> texts;  // label -> parsed note text
  std::map<std::string, Position> positions;
  bool by_translator = false;  // the notes stood under a "Translator's Notes" heading
  void Link(Inlines& inlines);
  // Labels never referenced in the body (reported by the converter).
  std::vector<std::string> Unused() const;
};

}  // namespace teipress
