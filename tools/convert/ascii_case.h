// Text compared with a lower-case ASCII word or phrase, the text's ASCII letters taken as lower
// case: what comparing AsciiLower(text) asks, without building the lowered copy (the title
// readers ask it of every title, most of which match nothing).
#pragma once

#include <string_view>

#include "text_util.h"

namespace teipress {

inline char AsciiLowerChar(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// AsciiLower(text) == lower.
inline bool EqualsIgnoringAsciiCase(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    if (AsciiLowerChar(text[k]) != lower[k]) return false;
  }
  return true;
}

// StartsWith(AsciiLower(text), lower).
inline bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view lower) {
  return text.size() >= lower.size() && EqualsIgnoringAsciiCase(text.substr(0, lower.size()), lower);
}

// AsciiLower(text).find(lower) (lower not empty): AsciiLower keeps byte offsets.
inline size_t FindIgnoringAsciiCase(std::string_view text, std::string_view lower) {
  // A phrase that opens with no letter ("'s ") opens with the same byte in the text: it is looked
  // for as find does (memchr), not byte by byte.
  if (!IsLower(lower[0])) {
    for (size_t at = text.find(lower[0]); at != std::string_view::npos && at + lower.size() <= text.size();
         at = text.find(lower[0], at + 1)) {
      if (EqualsIgnoringAsciiCase(text.substr(at, lower.size()), lower)) return at;
    }
    return std::string_view::npos;
  }
  for (size_t at = 0; at + lower.size() <= text.size(); ++at) {
    if (AsciiLowerChar(text[at]) == lower[0] && EqualsIgnoringAsciiCase(text.substr(at, lower.size()), lower)) {
      return at;
    }
  }
  return std::string_view::npos;
}

}  // namespace teipress
