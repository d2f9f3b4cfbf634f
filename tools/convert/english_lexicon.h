// Whether a word is English, from the system word list (Debian package wamerican,
// /usr/share/dict/words). The note classifier needs it to tell supplied English words
// ("[an indication]") and glosses ("aimags [provinces]") from terms of the original language
// ("[rassmotrena]").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace teipress {

class EnglishLexicon {
 public:
  // The lexicon at $TEIPRESS_LEXICON, else /usr/share/dict/words; empty (and a warning) when
  // neither exists. Loaded once per process.
  static const EnglishLexicon& System();

  static EnglishLexicon FromWords(const std::vector<std::string>& words);

  bool empty() const { return count_ == 0; }
  // Case-insensitive; plural, possessive and a few inflections are reduced first.
  bool Contains(std::string_view word) const;
  // Every letter word of `phrase` is English (digits and punctuation are ignored).
  bool IsEnglishPhrase(std::string_view phrase) const;

 private:
  // Indexes the lower-cased words of `text_` (one per line; empty lines are none).
  void IndexLines();
  void Add(size_t offset, size_t length);
  bool HasFolded(std::string_view folded) const;

  // The system list is a hundred thousand words, loaded by every process that converts: one
  // string holds them all, lower-cased, and an open-addressing table of (offset, length) finds
  // them, where a set of strings made a hundred thousand allocations (three quarters of the cost
  // of a first conversion).
  std::string text_;
  struct Slot {
    uint32_t offset = 0;
    uint32_t length = 0;  // 0: a free slot (no word is empty)
  };
  std::vector<Slot> slots_;  // a power of two in size, at most half full; linear probing
  size_t count_ = 0;
  size_t longest_ = 0;
};

}  // namespace teipress
