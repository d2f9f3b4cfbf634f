// Whether a word is English, from the system word list (Debian package wamerican,
// /usr/share/dict/words). The note classifier needs it to tell supplied English words
// ("[an indication]") and glosses ("aimags [provinces]") from terms of the original language
// ("[rassmotrena]").
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "diagnostic.h"

namespace teipress {

class EnglishLexicon {
 public:
  // The lexicon at $TEIPRESS_LEXICON, else /usr/share/dict/words; empty (and a warning) when
  // neither exists. Loaded once per process.
  static const EnglishLexicon& System();

  static EnglishLexicon FromWords(const std::vector<std::string>& words);

  bool empty() const { return words_.empty(); }
  // Case-insensitive; plural, possessive and a few inflections are reduced first.
  bool Contains(std::string_view word) const;
  // Every letter word of `phrase` is English (digits and punctuation are ignored).
  bool IsEnglishPhrase(std::string_view phrase) const;

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace teipress
