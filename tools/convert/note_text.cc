#include "note_text.h"

#include <algorithm>

#include "authority.h"
#include "byte_set.h"
#include "text_util.h"

namespace teipress {

NoteText::NoteText(std::string_view content) : content_(content) {
  char* folded = in_place_.data();
  if (content.size() > kInPlaceBytes) {
    on_heap_.resize(content.size());
    folded = on_heap_.data();
  }
  std::copy(content.begin(), content.end(), folded);
  FoldCaseInPlace(folded, content.size());
  lower_ = std::string_view(folded, content.size());
}

void NoteText::Split() {
  if (split_) return;
  split_ = true;
  if (content_.empty()) return;
  // Room for both lists of a note of up to twelve words (most notes), without counting the words
  // first: a longer note grows the vector.
  views_.reserve(2 * std::min<size_t>((content_.size() + 1) / 2, 12));
  // Each word is then recorded at the same offset in the folded text (one scan where two splits
  // read the note twice).
  ForEachWord(content_, [this](std::string_view word) { views_.push_back(word); });
  word_count_ = views_.size();
  views_.reserve(2 * word_count_);
  for (size_t k = 0; k < word_count_; ++k) {
    const std::string_view word = views_[k];
    views_.push_back(lower_.substr(static_cast<size_t>(word.data() - content_.data()), word.size()));
  }
}

FoldedWordsBefore::FoldedWordsBefore(std::string_view text, size_t count) {
  // (The bytes of U+201C, U+201D and U+2019 each: a lone byte of a curly quote is trimmed too, as
  // TrimCharacters with these signs trims it.)
  static constexpr ByteSet kSignsAround(".,;:\"'()\u201C\u201D\u2019");
  count = std::min(count, kMaxCount);
  // The words trimmed where they stand, then copied into the buffer (sized once, so that the views
  // stay valid) and folded there one by one: a word's ends may cut a character, which folding
  // the words as one stretch could join with the next word's bytes.
  std::array<std::string_view, kMaxCount> raw{};
  size_t total = 0;
  size_t end = text.size();
  while (size_ < count) {
    while (end > 0 && IsAsciiWhitespace(text[end - 1])) --end;
    size_t begin = end;
    while (begin > 0 && !IsAsciiWhitespace(text[begin - 1])) --begin;
    if (begin == end) break;
    raw[size_] = kSignsAround.Trim(text.substr(begin, end - begin));
    total += raw[size_].size();
    ++size_;
    end = begin;
  }
  char* folded = in_place_.data();
  if (total > kInPlaceBytes) {
    on_heap_.resize(total);
    folded = on_heap_.data();
  }
  size_t at = 0;
  for (size_t k = 0; k < size_; ++k) {
    std::copy(raw[k].begin(), raw[k].end(), folded + at);
    FoldCaseInPlace(folded + at, raw[k].size());
    words_[k] = std::string_view(folded + at, raw[k].size());
    at += raw[k].size();
  }
}

}  // namespace teipress
