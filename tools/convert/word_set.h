// A fixed set of lower-case words asked about very often (the office and organization words of
// name_words.h, a few hundred thousand times a corpus): looked up in any ASCII case without
// building a string, comparing only the words of the asked word's length.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace teipress {

class WordSet {
 public:
  // The longest word a set may hold; a longer word asked about is in no set.
  static constexpr size_t kMaxLength = 48;

  // `words` must outlive the set (string literals do); each is lower-case in ASCII and at most
  // kMaxLength bytes (std::invalid_argument otherwise), so that a folded word can match it.
  WordSet(const std::string_view* begin, const std::string_view* end);
  template <size_t N>
  explicit WordSet(const std::array<std::string_view, N>& words) : WordSet(words.data(), words.data() + N) {}

  // Whether `word`, its ASCII capitals lowered (other bytes as they are), is one of the words.
  bool Contains(std::string_view word) const;

 private:
  // The words ordered by length; those of length n are words_[first_of_length_[n]] up to
  // words_[first_of_length_[n + 1]].
  std::vector<std::string_view> words_;
  std::array<size_t, kMaxLength + 2> first_of_length_{};
};

}  // namespace teipress
