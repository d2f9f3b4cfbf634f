// A small set of bytes (the signs around a word) asked about by table. The note classifier trims
// every word of most notes: TrimCharacters compares each byte with every sign of its set, a table
// answers in one look.
#pragma once

#include <array>
#include <string_view>

namespace teipress {

class ByteSet {
 public:
  constexpr explicit ByteSet(std::string_view bytes) {
    for (const char c : bytes) in_[static_cast<unsigned char>(c)] = true;
  }

  constexpr bool Contains(char c) const { return in_[static_cast<unsigned char>(c)]; }

  // TrimCharacters(text, bytes): without any byte of the set at either end (a byte of a
  // multi-byte sign is trimmed alone, as TrimCharacters trims it).
  constexpr std::string_view Trim(std::string_view text) const {
    size_t first = 0, last = text.size();
    while (first < last && Contains(text[first])) ++first;
    while (last > first && Contains(text[last - 1])) --last;
    return text.substr(first, last - first);
  }

 private:
  std::array<bool, 256> in_{};
};

}  // namespace teipress
