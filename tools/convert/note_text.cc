#include "note_text.h"

#include "authority.h"
#include "text_util.h"

namespace teipress {

NoteText::NoteText(std::string_view content) : content_(content), lower_(FoldCase(content)) {}

void NoteText::Split() {
  if (split_) return;
  split_ = true;
  word_count_ = static_cast<size_t>(CountWords(content_));
  views_.reserve(2 * word_count_);
  // SplitWords' loop, each word recorded for the content and at the same offset for the folded
  // text (one scan where two splits read the note twice).
  size_t i = 0;
  while (i < content_.size()) {
    while (i < content_.size() && IsAsciiWhitespace(content_[i])) ++i;
    size_t end = i;
    while (end < content_.size() && !IsAsciiWhitespace(content_[end])) ++end;
    if (end > i) views_.push_back(content_.substr(i, end - i));
    i = end;
  }
  for (size_t k = 0; k < word_count_; ++k) {
    const std::string_view word = views_[k];
    views_.push_back(std::string_view(lower_).substr(static_cast<size_t>(word.data() - content_.data()), word.size()));
  }
}

}  // namespace teipress
