#include "romanization.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "text_util.h"

namespace teipress {
namespace {

// The base letter of a Latin letter with diacritics (Lạng Sơn and Lang Son, Koroška and Koroska
// are one spelling for this comparison), or 0 when it has none.
char BaseLetter(uint32_t code) {
  // Generated from Unicode's canonical decompositions; '*' marks a letter without a base letter.
  static constexpr std::string_view kLatin1 = "aaaaaa*ceeeeiiii*nooooo**uuuuy**aaaaaa*ceeeeiiii*nooooo**uuuuy*y";
  static constexpr std::string_view kExtendedA = "aaaaaaccccccccdd**eeeeeeeeeegggggggghh**iiiiiiiii***jjkk*llllll****nnnnnn***oooooo**rrrrrrsssssssstttt**uuuuuuuuuuuuwwyyyzzzzzz*";
  static constexpr std::string_view kVietnamese = "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";
  char base = 0;
  if (code >= 0xC0 && code <= 0xFF) base = kLatin1[code - 0xC0];
  if (code >= 0x100 && code <= 0x17F) base = kExtendedA[code - 0x100];
  if (code >= 0x1EA0 && code <= 0x1EF9) base = kVietnamese[code - 0x1EA0];
  if (code == 0x1A0 || code == 0x1A1) base = 'o';  // ơ
  if (code == 0x1AF || code == 0x1B0) base = 'u';  // ư
  if (code == 0xC6 || code == 0xE6) base = 'a';    // æ
  if (code == 0xD8 || code == 0xF8) base = 'o';    // ø
  if (code == 0x110 || code == 0x111) base = 'd';  // đ
  if (code == 0x141 || code == 0x142) base = 'l';  // ł
  return base == '*' ? 0 : base;
}

// (Two rows on the stack: the names compared have at most kLongestRomanizedName letters.)
constexpr size_t kLongestRomanizedName = 64;

struct SoundFold {
  std::string_view from, to;
};
constexpr std::array<SoundFold, 20> kSoundFolds = {{
    {"schtsch", "sc"}, {"szcz", "sc"}, {"shch", "sc"}, {"tsch", "c"}, {"sch", "s"}, {"tch", "c"},
    {"sz", "s"}, {"cz", "c"}, {"ch", "c"}, {"sh", "s"}, {"zh", "z"}, {"kh", "c"}, {"ts", "c"}, {"tz", "c"},
    {"ou", "u"}, {"w", "v"}, {"k", "c"}, {"j", "i"}, {"y", "i"}, {"ph", "f"},
}};

// The folds of kSoundFolds by their first letter, in the table's order (the first that applies
// wins): a letter is compared only with the few folds it starts, where it was compared with all
// twenty.
struct SoundFoldsByLetter {
  std::array<uint8_t, 257> first{};  // folds of letter c: order[first[c]] up to order[first[c + 1]]
  std::array<uint8_t, kSoundFolds.size()> order{};
};

constexpr SoundFoldsByLetter IndexSoundFolds() {
  SoundFoldsByLetter index;
  size_t next = 0;
  for (unsigned c = 0; c < 256; ++c) {
    index.first[c] = static_cast<uint8_t>(next);
    for (size_t k = 0; k < kSoundFolds.size(); ++k) {
      if (static_cast<unsigned char>(kSoundFolds[k].from[0]) == c) index.order[next++] = static_cast<uint8_t>(k);
    }
  }
  index.first[256] = static_cast<uint8_t>(next);
  return index;
}

}  // namespace

uint32_t FirstCodePoint(std::string_view text) {
  if (text.empty()) return 0;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c < 0x80) return c;
  const size_t length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || text.size() < length) return 0;
  uint32_t code = length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
  for (size_t k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
  return code;
}


std::string LettersOnly(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      if (IsAsciiLetter(c)) out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
      ++i;
      continue;
    }
    const size_t length = (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 1;
    const std::string_view character = text.substr(i, length);
    const char base = BaseLetter(FirstCodePoint(character));
    if (base) {
      out += base;
    } else if (character != "\u2019") {
      out += character;
    }
    i += length;
  }
  return out;
}

namespace {

// The Levenshtein distance, row by row in two rows of b.size() + 1 the caller provides.
size_t EditDistanceInRows(std::string_view a, std::string_view b, size_t* previous, size_t* current) {
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

size_t LetterEditDistance(std::string_view a, std::string_view b) {
  // Names are short: their rows fit on the stack; a longer text gets them from the heap.
  if (b.size() > kLongestRomanizedName) {
    std::vector<size_t> rows(2 * (b.size() + 1));
    return EditDistanceInRows(a, b, rows.data(), rows.data() + b.size() + 1);
  }
  size_t rows[2][kLongestRomanizedName + 1];
  return EditDistanceInRows(a, b, rows[0], rows[1]);
}

size_t BagDistance(std::string_view a, std::string_view b) {
  int counts[256] = {};
  for (const unsigned char c : a) ++counts[c];
  for (const unsigned char c : b) --counts[c];
  size_t more_in_a = 0, more_in_b = 0;
  for (const unsigned char c : a) {
    if (counts[c] > 0) more_in_a += static_cast<size_t>(counts[c]);
    if (counts[c] > 0) counts[c] = 0;
  }
  for (const unsigned char c : b) {
    if (counts[c] < 0) more_in_b += static_cast<size_t>(-counts[c]);
    if (counts[c] < 0) counts[c] = 0;
  }
  return std::max(more_in_a, more_in_b);
}

std::string SoundKey(std::string_view letters) {
  static constexpr SoundFoldsByLetter kByLetter = IndexSoundFolds();
  std::string key;
  key.reserve(letters.size());  // a fold never lengthens
  for (size_t i = 0; i < letters.size();) {
    const auto letter = static_cast<unsigned char>(letters[i]);
    bool folded = false;
    for (size_t k = kByLetter.first[letter]; k < kByLetter.first[letter + 1]; ++k) {
      const SoundFold& fold = kSoundFolds[kByLetter.order[k]];
      if (letters.compare(i, fold.from.size(), fold.from) == 0) {
        key += fold.to;
        i += fold.from.size();
        folded = true;
        break;
      }
    }
    if (!folded) key += letters[i++];
  }
  return key;
}

bool AreRomanizationVariants(std::string_view a, std::string_view b) {
  RomanizedName name(b);
  return AreRomanizationVariants(a, name);
}

bool AreRomanizationVariants(std::string_view a, RomanizedName& b) {
  const std::string x = LettersOnly(a);
  const std::string& y = b.letters();
  if (x.empty() || y.empty() || x.size() > kLongestRomanizedName || y.size() > kLongestRomanizedName) return false;
  if (x == y) return true;
  const size_t longest = std::max(x.size(), y.size());
  if (BagDistance(x, y) * 10 <= longest * 4 && LetterEditDistance(x, y) * 10 <= longest * 4) return true;
  if (x.size() < 4 || y.size() < 4) return false;
  const std::string sx = SoundKey(x);
  const std::string& sy = b.sound();
  const size_t longest_key = std::max(sx.size(), sy.size());
  return BagDistance(sx, sy) * 10 <= longest_key * 3 && LetterEditDistance(sx, sy) * 10 <= longest_key * 3;
}

}  // namespace teipress
