// The opening words of a text, as SplitWords splits it, held in a fixed array: the title readers
// ask most phrases for their first few words only, and split (and allocate for) none of the rest.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "text_util.h"

namespace teipress {

template <size_t kMost>
class LeadingWords {
 public:
  explicit LeadingWords(std::string_view text) {
    size_t i = 0;
    while (count_ < kMost) {
      while (i < text.size() && IsAsciiWhitespace(text[i])) ++i;
      if (i == text.size()) break;
      size_t end = i;
      while (end < text.size() && !IsAsciiWhitespace(text[end])) ++end;
      words_[count_++] = text.substr(i, end - i);
      i = end;
    }
  }

  // How many words were taken: the text's words, but never more than kMost (a size compared with
  // anything below kMost reads as the whole text's would).
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view operator[](size_t k) const { return words_[k]; }
  std::string_view front() const { return words_[0]; }
  const std::string_view* begin() const { return words_.data(); }
  const std::string_view* end() const { return words_.data() + count_; }

 private:
  std::array<std::string_view, kMost> words_{};
  size_t count_ = 0;
};

}  // namespace teipress
