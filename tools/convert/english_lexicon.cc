#include "english_lexicon.h"

#include <algorithm>
#include <cstring>
#include <cstdlib>

#include "file_io.h"
#include "text_util.h"

namespace teipress {

namespace {

// Eight bytes at a time, mixed by multiplication: the words are short (ten bytes on average), and
// std::hash's byte-by-byte loop was half the cost of indexing the system list.
size_t HashOf(std::string_view word) {
  uint64_t hash = word.size() * 0x9E3779B97F4A7C15ull;
  size_t at = 0;
  for (; at + 8 <= word.size(); at += 8) {
    hash = (hash ^ LoadEightBytes(word.data() + at)) * 0xFF51AFD7ED558CCDull;
    hash ^= hash >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, word.data() + at, word.size() - at);
  hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return static_cast<size_t>(hash ^ (hash >> 29));
}

// As AsciiLower: other bytes, those of characters outside ASCII among them, are kept.
void LowerAscii(char& c) {
  if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
}

// Room for `words` at most half full: probes stay short.
size_t SlotCountFor(size_t words) {
  size_t slots = 16;
  while (slots < 2 * words) slots *= 2;
  return slots;
}

}  // namespace

const EnglishLexicon& EnglishLexicon::System() {
  static const EnglishLexicon lexicon = [] {
    EnglishLexicon loaded;
    const char* configured = std::getenv("TEIPRESS_LEXICON");
    std::string error;
    // A missing list leaves the lexicon empty; the converter warns of that where it is used.
    if (ReadFile(configured && *configured ? configured : "/usr/share/dict/words", loaded.text_, error)) {
      loaded.IndexLines();
    }
    return loaded;
  }();
  return lexicon;
}

EnglishLexicon EnglishLexicon::FromWords(const std::vector<std::string>& words) {
  EnglishLexicon lexicon;
  for (const std::string& word : words) {
    lexicon.text_ += word;
    lexicon.text_ += '\n';
  }
  lexicon.IndexLines();
  return lexicon;
}

void EnglishLexicon::IndexLines() {
  // Offsets are 32 bits: a list of 4 GiB is no word list.
  if (text_.size() >= UINT32_MAX) text_.clear();
  // Lower-cased eight bytes at a time: the system list is a megabyte.
  size_t at = 0;
  for (; at + 8 <= text_.size(); at += 8) {
    uint64_t block = LoadEightBytes(text_.data() + at);
    if ((block & kEachHighBit) != 0) {
      for (size_t k = at; k < at + 8; ++k) LowerAscii(text_[k]);  // only the ASCII capitals
      continue;
    }
    block |= AsciiBytesIn(block, 'A', 'Z') >> 2;  // 0x80 >> 2 is the bit of the small letters
    std::memcpy(text_.data() + at, &block, 8);
  }
  for (; at < text_.size(); ++at) LowerAscii(text_[at]);
  std::vector<Slot> lines;
  lines.reserve(text_.size() / 8);
  size_t line_start = 0;
  while (line_start < text_.size()) {
    const size_t newline = text_.find('\n', line_start);
    const size_t line_end = newline == std::string::npos ? text_.size() : newline;
    if (line_end > line_start) {
      lines.push_back({static_cast<uint32_t>(line_start), static_cast<uint32_t>(line_end - line_start)});
    }
    line_start = line_end + 1;
  }
  slots_.assign(SlotCountFor(lines.size()), Slot{});
  for (const Slot& line : lines) Add(line.offset, line.length);
}

void EnglishLexicon::Add(size_t offset, size_t length) {
  const std::string_view word(text_.data() + offset, length);
  const size_t mask = slots_.size() - 1;
  for (size_t at = HashOf(word) & mask;; at = (at + 1) & mask) {
    Slot& slot = slots_[at];
    if (slot.length == 0) {
      slot = {static_cast<uint32_t>(offset), static_cast<uint32_t>(length)};
      ++count_;
      longest_ = std::max(longest_, length);
      return;
    }
    if (std::string_view(text_.data() + slot.offset, slot.length) == word) return;  // listed twice
  }
}

bool EnglishLexicon::HasFolded(std::string_view folded) const {
  if (folded.empty() || folded.size() > longest_) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t at = HashOf(folded) & mask;; at = (at + 1) & mask) {
    const Slot& slot = slots_[at];
    if (slot.length == 0) return false;
    if (std::string_view(text_.data() + slot.offset, slot.length) == folded) return true;
  }
}

bool EnglishLexicon::Contains(std::string_view raw) const {
  // A word longer than the longest listed one by more than the longest suffix ("\u2019s", four
  // bytes) is no listed word, with or without a suffix.
  constexpr size_t kLongestSuffix = 4;
  if (raw.empty() || raw.size() > longest_ + kLongestSuffix) return false;
  std::string word(raw);  // short words stay in the string's own buffer: no allocation
  for (char& c : word) LowerAscii(c);
  if (HasFolded(word)) return true;
  for (std::string_view suffix : {"'s", "\u2019s", "s", "es", "ed", "ing"}) {
    if (EndsWith(word, suffix) && HasFolded(std::string_view(word).substr(0, word.size() - suffix.size()))) return true;
  }
  return false;
}

bool EnglishLexicon::IsEnglishPhrase(std::string_view phrase) const {
  bool any = false;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && !((phrase[i] >= 'a' && phrase[i] <= 'z') || (phrase[i] >= 'A' && phrase[i] <= 'Z') ||
                                  static_cast<unsigned char>(phrase[i]) >= 0x80)) {
      ++i;
    }
    size_t end = i;
    while (end < phrase.size() && ((phrase[end] >= 'a' && phrase[end] <= 'z') || (phrase[end] >= 'A' && phrase[end] <= 'Z') ||
                                   phrase[end] == '\'' || static_cast<unsigned char>(phrase[end]) >= 0x80)) {
      ++end;
    }
    if (end > i) {
      if (!Contains(phrase.substr(i, end - i))) return false;
      any = true;
    }
    i = end;
  }
  return any;
}

}  // namespace teipress
