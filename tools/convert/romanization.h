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

}  // namespace teipress
