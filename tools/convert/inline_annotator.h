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

// Footnote markers: kFootnoteRef notes ([1]) and "(1)" after a word become kFootnote with the
// note text of the same label. Each listed text is used once, in listing order, so a label printed
// twice keeps both texts.
struct FootnoteLinker {
  struct ListedNote {
    std::string label;
    Inlines text;
    Position position;
    FootnoteLabel style = FootnoteLabel::kBracket;
    size_t listed_at = 0;  // position in the list of note texts at the end of the document
    bool used = false;
  };
  // Adds the next listed note text.
  void AddText(std::string label, Inlines text, Position position, FootnoteLabel style = FootnoteLabel::kBracket);
  void Link(Inlines& inlines);
  // Listed notes no marker took, in listing order (the converter keeps them at the end).
  std::vector<ListedNote*> Unused();
  // Whether the list was not in ascending order of unique numbers: then each note records its
  // listing position so that totext lists the notes as the source did.
  bool ListedOutOfOrder() const;

  bool by_translator = false;  // the notes stood under a "Translator's Notes" heading

 private:
  ListedNote* Take(const std::string& label);
  std::vector<ListedNote> notes_;
};

}  // namespace teipress
