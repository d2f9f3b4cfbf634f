// Small ASCII text helpers the recognizers share. Archive exports are UTF-8; these only look at
// ASCII bytes, which never occur inside a multi-byte sequence.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiLetter(char c) { return IsUpper(c) || IsLower(c); }
// An ASCII letter or any byte of a multi-byte UTF-8 character: the recognizers treat every
// non-ASCII character as a letter (names and terms in other scripts).
inline bool IsLetterOrNonAscii(char c) { return IsAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80; }
// A letter, a digit or a byte of a character outside ASCII, looked up in a table: the name and
// date scanners ask it of every byte of a document's text, and the range tests cost twice as much.
inline bool IsWordByte(char c) {
  static constexpr std::array<bool, 256> kWordBytes = [] {
    std::array<bool, 256> table{};
    for (unsigned u = 0; u < 256; ++u) {
      table[u] = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
    }
    return table;
  }();
  return kWordBytes[static_cast<unsigned char>(c)];
}
// Space, tab, line feed, carriage return: the white space of plain-text exports.
inline bool IsAsciiWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Eight bytes at once (for scanners that copy runs of plain text whole): the eight bytes at `p`
// as one word, and whether any of them is below 0x20 or above 0x7E, or equals `c`. These are the
// "hasless", "hasmore" and "haszero" bit tricks; each is exact.
inline uint64_t LoadEightBytes(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline constexpr uint64_t kEachByte = 0x0101010101010101ull;
inline constexpr uint64_t kEachHighBit = 0x8080808080808080ull;
inline bool AllPrintableAscii(uint64_t x) {
  const uint64_t below_space = (x - kEachByte * 0x20) & ~x & kEachHighBit;
  const uint64_t above_tilde = ((x + kEachByte * (127 - 0x7E)) | x) & kEachHighBit;
  return (below_space | above_tilde) == 0;
}
inline bool HasByte(uint64_t x, char c) {
  const uint64_t y = x ^ (kEachByte * static_cast<unsigned char>(c));
  return ((y - kEachByte) & ~y & kEachHighBit) != 0;
}
// The high bit of each of the eight ASCII bytes of `x` (none may have its high bit set) that lies
// in [low, high] (both ASCII): adding 0x80 - low carries a byte from `low` up into its high bit,
// and no byte below 0x80 carries into the next.
inline uint64_t AsciiBytesIn(uint64_t x, unsigned char low, unsigned char high) {
  const uint64_t from_low = (x + kEachByte * (0x80u - low)) & kEachHighBit;
  const uint64_t above_high = (x + kEachByte * (0x80u - high - 1u)) & kEachHighBit;
  return from_low & ~above_high;
}

// Calls `visit(at)`, in order, for each word start of `text` (a word byte, IsWordByte, at the
// text's start or after a byte that is not one) whose byte lies outside ASCII or is flagged by
// `ascii_starters`: a function from eight ASCII bytes to the high bit of each that may start what
// the caller seeks, made of AsciiBytesIn (capitals and digits for names). The name and date
// scanners run over every text of a document, and most bytes start nothing: eight ASCII bytes are
// looked at together, and only blocks with bytes outside ASCII, and the tail, byte by byte.
template <typename AsciiStarters, typename Visit>
void ForEachWordStart(std::string_view text, const AsciiStarters& ascii_starters, const Visit& visit) {
  static_assert(std::endian::native == std::endian::little, "the text's first byte is the block's lowest");
  for (size_t at = 0; at < text.size();) {
    const size_t stop = std::min(text.size(), at + 8);
    if (stop - at == 8) {
      const uint64_t block = LoadEightBytes(text.data() + at);
      if ((block & kEachHighBit) == 0) {
        const uint64_t words = AsciiBytesIn(block, '0', '9') | AsciiBytesIn(block, 'A', 'Z') | AsciiBytesIn(block, 'a', 'z');
        // Each byte's flag moved onto the byte after it.
        const uint64_t after_word = (words << 8) | (at > 0 && IsWordByte(text[at - 1]) ? 0x80u : 0u);
        for (uint64_t starts = ascii_starters(block) & words & ~after_word; starts != 0; starts &= starts - 1) {
          visit(at + static_cast<size_t>(std::countr_zero(starts)) / 8);
        }
        at = stop;
        continue;
      }
    }
    for (; at < stop; ++at) {
      if (!IsWordByte(text[at]) || (at > 0 && IsWordByte(text[at - 1]))) continue;
      const auto byte = static_cast<unsigned char>(text[at]);
      // One byte in the block's lowest place: its flag is the lowest high bit.
      if (byte >= 0x80 || (ascii_starters(uint64_t{byte}) & 0x80u) != 0) visit(at);
    }
  }
}

// The first (last) bytes are compared before the rest: the recognizers try long tables of
// prefixes on every line and note, and most differ at once.
inline bool StartsWith(std::string_view text, std::string_view prefix) {
  if (prefix.empty()) return true;
  return text.size() >= prefix.size() && text[0] == prefix[0] &&
         std::memcmp(text.data() + 1, prefix.data() + 1, prefix.size() - 1) == 0;
}
inline bool EndsWith(std::string_view text, std::string_view suffix) {
  if (suffix.empty()) return true;
  return text.size() >= suffix.size() && text.back() == suffix.back() &&
         std::memcmp(text.data() + text.size() - suffix.size(), suffix.data(), suffix.size() - 1) == 0;
}
inline bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Contains(" " + text + " ", " " + word + " "): `word` stands in `text` between spaces or its ends,
// without building the two padded strings (an allocation each once longer than a short string).
inline bool ContainsBetweenSpaces(std::string_view text, std::string_view word) {
  if (word.size() > text.size()) return false;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    const bool space_before = at == 0 || text[at - 1] == ' ';
    const bool space_after = at + word.size() == text.size() || text[at + word.size()] == ' ';
    if (space_before && space_after) return true;
  }
  return false;
}

// ASCII letters to lower case; other bytes unchanged (byte offsets are kept).
inline std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Without white space (space, tab, CR, LF) at either end.
inline std::string_view TrimWhitespace(std::string_view text) {
  while (!text.empty() && IsAsciiWhitespace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsAsciiWhitespace(text.back())) text.remove_suffix(1);
  return text;
}

// Without any of `characters` at either end. The set is a handful of signs: a loop over it
// costs less than a memchr call per test (find), and the word tables call this per word.
inline std::string_view TrimCharacters(std::string_view text, std::string_view characters) {
  const auto in_set = [characters](char c) {
    for (char k : characters) {
      if (k == c) return true;
    }
    return false;
  };
  while (!text.empty() && in_set(text.front())) text.remove_prefix(1);
  while (!text.empty() && in_set(text.back())) text.remove_suffix(1);
  return text;
}

// Words are separated by white space.
inline int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsAsciiWhitespace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

// Calls visit(word) for each word of `text` in order, each a view into `text`: the one definition
// of a word that SplitWords and the readers that record more per word share.
template <class Visit>
void ForEachWord(std::string_view text, Visit&& visit) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsAsciiWhitespace(text[i])) ++i;
    size_t end = i;
    while (end < text.size() && !IsAsciiWhitespace(text[end])) ++end;
    if (end > i) visit(text.substr(i, end - i));
    i = end;
  }
}

inline std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  words.reserve(static_cast<size_t>(CountWords(text)));  // one allocation, not one per doubling
  ForEachWord(text, [&words](std::string_view word) { words.push_back(word); });
  return words;
}

// The first word of `text` (SplitWords(text).front()), or an empty view when it has none; a view
// into `text`, found without splitting the rest (which may be a whole paragraph).
inline std::string_view FirstWordOf(std::string_view text) {
  size_t begin = 0;
  while (begin < text.size() && IsAsciiWhitespace(text[begin])) ++begin;
  size_t end = begin;
  while (end < text.size() && !IsAsciiWhitespace(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// The last word of `text` (SplitWords(text).back()), or an empty view when it has none; a view into
// `text`, found from its end without splitting the rest.
inline std::string_view LastWord(std::string_view text) {
  size_t end = text.size();
  while (end > 0 && IsAsciiWhitespace(text[end - 1])) --end;
  size_t begin = end;
  while (begin > 0 && !IsAsciiWhitespace(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

enum class LineBreaks { kCollapse, kKeep };

// Runs of white space become one space, none at either end. With LineBreaks::kKeep a line feed
// stays (a note that spans lines keeps its lines) and only runs of spaces and tabs collapse.
inline std::string CollapseWhitespace(std::string_view text, LineBreaks line_breaks = LineBreaks::kCollapse) {
  const bool keep_lines = line_breaks == LineBreaks::kKeep;
  auto collapses = [keep_lines](char c) { return IsAsciiWhitespace(c) && !(keep_lines && c == '\n'); };
  // Written into a buffer of the input's size (the result is never longer), a run of kept
  // characters at a time: the converter collapses every line it reads.
  std::string out(text.size(), '\0');
  char* write = out.data();
  const char* const start = out.data();
  size_t i = 0;
  while (i < text.size()) {
    if (collapses(text[i])) {
      while (i < text.size() && collapses(text[i])) ++i;
      if (write != start && i < text.size()) *write++ = ' ';
      continue;
    }
    const size_t begin = i;
    while (i < text.size() && !collapses(text[i])) ++i;
    std::memcpy(write, text.data() + begin, i - begin);
    write += i - begin;
  }
  out.resize(static_cast<size_t>(write - start));
  return out;
}

}  // namespace teipress
