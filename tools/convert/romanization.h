// The letters and sounds of a romanized name, to tell two spellings of one name apart from two
// names: Pak Ung-geol / Pak Ung Gol, Chruszczow / Khrushchev (the note classifier's alt-romanization
// and fuller-name rules).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace teipress {

// The first code point of `text`, decoded from UTF-8 (0 when there is none or it is malformed).
uint32_t FirstCodePoint(std::string_view text);

// Letters only, case-folded, Latin diacritics dropped; typographic apostrophes and hyphens drop out.
std::string LettersOnly(std::string_view text);

// The edit (Levenshtein) distance of two byte strings (named apart from the command line's
// EditDistance of option names).
size_t LetterEditDistance(std::string_view a, std::string_view b);

// At most LetterEditDistance(a, b): the letters one has more of than the other, the larger count of the
// two, since an insertion, deletion or substitution changes each count by at most one. It takes
// one look at each letter where LetterEditDistance takes one per pair, and most names compared are
// unrelated, so it settles them first.
size_t BagDistance(std::string_view a, std::string_view b);

// The sounds of a romanized name, the spellings of the transliteration systems folded together:
// Polish "Chruszczow", German "Chruschtschow", English "Khrushchev" and French "Khrouchtchev" come
// near one another (cz, ch, kh, tsch, tch -> c; sz, sch, sh -> s; szcz, shch -> sc; w -> v; ou -> u;
// j, y -> i).
std::string SoundKey(std::string_view letters);

// Two spellings of one name in different romanizations (Pak Ung-geol / Pak Ung Gol, Chruszczow /
// Khrushchev).
bool AreRomanizationVariants(std::string_view a, std::string_view b);

// A name compared with several spellings (a note with the last one, two, three words before it):
// its letters made once, its sound key once when first asked.
class RomanizedName {
 public:
  explicit RomanizedName(std::string_view text) : letters_(LettersOnly(text)) {}
  const std::string& letters() const { return letters_; }
  const std::string& sound() {
    if (!sound_made_) {
      sound_ = SoundKey(letters_);
      sound_made_ = true;
    }
    return sound_;
  }

 private:
  std::string letters_;
  std::string sound_;
  bool sound_made_ = false;
};

// AreRomanizationVariants(a, b) with b's letters and sound key made once.
bool AreRomanizationVariants(std::string_view a, RomanizedName& b);

}  // namespace teipress
