// A fixed set of lower-case words asked about very often (the office and organization words of
// name_words.h, a few hundred thousand times a corpus): looked up in any ASCII case without
// building a string, comparing only the words of the asked word's length.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
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

  // False when no word of `length` bytes starts with `first` (in any ASCII case): Contains would
  // then say no to every word of that length and first byte. True may still hold no word.
  bool MayContain(char first, size_t length) const {
    if (length == 0 || length > kMaxLength) return length == 0;
    const char lower = first >= 'A' && first <= 'Z' ? static_cast<char>(first - 'A' + 'a') : first;
    return (first_bytes_of_length_[length] >> (static_cast<unsigned char>(lower) % 64) & 1) != 0;
  }

 private:
  // The words ordered by length; those of length n are words_[first_of_length_[n]] up to
  // words_[first_of_length_[n + 1]].
  std::vector<std::string_view> words_;
  std::array<size_t, kMaxLength + 2> first_of_length_{};
  // For each length, a bit for each first byte (a capital read as its small letter, the byte
  // modulo 64) that some word of that length starts with: most words asked are in no set, and
  // this tells most of them so before the word is folded and compared.
  std::array<uint64_t, kMaxLength + 1> first_bytes_of_length_{};
};

}  // namespace teipress
