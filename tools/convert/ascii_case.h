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
  for (size_t at = 0; at + lower.size() <= text.size(); ++at) {
    if (AsciiLowerChar(text[at]) == lower[0] && EqualsIgnoringAsciiCase(text.substr(at, lower.size()), lower)) {
      return at;
    }
  }
  return std::string_view::npos;
}

}  // namespace teipress
