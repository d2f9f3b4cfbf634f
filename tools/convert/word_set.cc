#include "word_set.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

#include "text_util.h"

namespace teipress {

WordSet::WordSet(const std::string_view* begin, const std::string_view* end) : words_(begin, end) {
  for (std::string_view word : words_) {
    if (word.size() > kMaxLength) throw std::invalid_argument("WordSet: a word longer than kMaxLength: " + std::string(word));
    if (std::any_of(word.begin(), word.end(), IsUpper)) {
      throw std::invalid_argument("WordSet: a word with capitals would never match: " + std::string(word));
    }
  }
  std::stable_sort(words_.begin(), words_.end(),
                   [](std::string_view a, std::string_view b) { return a.size() < b.size(); });
  size_t at = 0;
  for (size_t length = 0; length <= kMaxLength + 1; ++length) {
    while (at < words_.size() && words_[at].size() < length) ++at;
    first_of_length_[length] = at;
  }
  for (std::string_view word : words_) {
    if (!word.empty()) first_bytes_of_length_[word.size()] |= uint64_t{1} << (static_cast<unsigned char>(word.front()) % 64);
  }
}

bool WordSet::Contains(std::string_view word) const {
  if (word.size() > kMaxLength) return false;
  if (!word.empty() && !MayContain(word.front(), word.size())) return false;
  char folded[kMaxLength];
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    folded[i] = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const size_t end = first_of_length_[word.size() + 1];
  for (size_t k = first_of_length_[word.size()]; k < end; ++k) {
    if (word.empty() || (words_[k].front() == folded[0] && std::memcmp(words_[k].data(), folded, word.size()) == 0)) {
      return true;
    }
  }
  return false;
}

}  // namespace teipress
