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


namespace {

// LettersOnly's output, piece by piece: append(piece) for each letter kept; append returns false
// to stop early (a name grown too long to compare).
template <typename Append>
void AppendLetters(std::string_view text, Append&& append) {
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      if (IsAsciiLetter(c)) {
        const char lower = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
        if (!append(std::string_view(&lower, 1))) return;
      }
      ++i;
      continue;
    }
    const size_t length = (byte & 0xE0) == 0xC0 ? 2 : (byte & 0xF0) == 0xE0 ? 3 : (byte & 0xF8) == 0xF0 ? 4 : 1;
    const std::string_view character = text.substr(i, length);
    const char base = BaseLetter(FirstCodePoint(character));
    if (base) {
      if (!append(std::string_view(&base, 1))) return;
    } else if (character != "\u2019") {
      if (!append(character)) return;
    }
    i += length;
  }
}

// The letters (or sound key) of a name that AreRomanizationVariants compares, on the stack: a
// longer one is no name, and is not compared at all.
class NameLetters {
 public:
  // Appends `piece`; false once the name is longer than kLongestRomanizedName.
  bool Append(std::string_view piece) {
    if (piece.size() > bytes_.size() - size_) {
      too_long_ = true;
      return false;
    }
    for (const char c : piece) bytes_[size_++] = c;
    return true;
  }
  bool too_long() const { return too_long_; }
  std::string_view view() const { return {bytes_.data(), size_}; }

 private:
  std::array<char, kLongestRomanizedName> bytes_;
  size_t size_ = 0;
  bool too_long_ = false;
};

}  // namespace

std::string LettersOnly(std::string_view text) {
  std::string out;
  AppendLetters(text, [&](std::string_view piece) {
    out += piece;
    return true;
  });
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

namespace {

// BagDistance with counts of type Count, which must hold the longer string's length.
template <typename Count>
size_t BagDistanceCounting(std::string_view a, std::string_view b) {
  Count counts[256] = {};
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

}  // namespace

size_t BagDistance(std::string_view a, std::string_view b) {
  // A name's counts fit a byte each: a quarter of the table to clear.
  if (a.size() <= 127 && b.size() <= 127) return BagDistanceCounting<int8_t>(a, b);
  return BagDistanceCounting<int>(a, b);
}

namespace {

// Whether `letters` holds `fold` at `at` (a loop over the few bytes of a fold, not a memcmp call).
bool FoldAt(std::string_view letters, size_t at, std::string_view fold) {
  if (letters.size() - at < fold.size()) return false;
  for (size_t k = 0; k < fold.size(); ++k) {
    if (letters[at + k] != fold[k]) return false;
  }
  return true;
}

// SoundKey's output appended to `out` (a std::string or NameLetters; a fold never lengthens).
template <typename Out>
void AppendSoundKey(std::string_view letters, Out& out) {
  static constexpr SoundFoldsByLetter kByLetter = IndexSoundFolds();
  for (size_t i = 0; i < letters.size();) {
    const auto letter = static_cast<unsigned char>(letters[i]);
    bool folded = false;
    for (size_t k = kByLetter.first[letter]; k < kByLetter.first[letter + 1]; ++k) {
      const SoundFold& fold = kSoundFolds[kByLetter.order[k]];
      if (FoldAt(letters, i, fold.from)) {
        out.Append(fold.to);
        i += fold.from.size();
        folded = true;
        break;
      }
    }
    if (!folded) out.Append(letters.substr(i++, 1));
  }
}

// A std::string as AppendSoundKey's output.
struct StringOut {
  std::string& text;
  void Append(std::string_view piece) { text += piece; }
};

}  // namespace

std::string SoundKey(std::string_view letters) {
  std::string key;
  key.reserve(letters.size());  // a fold never lengthens
  StringOut out{key};
  AppendSoundKey(letters, out);
  return key;
}

bool AreRomanizationVariants(std::string_view a, std::string_view b) {
  RomanizedName name(b);
  return AreRomanizationVariants(a, name);
}

bool AreRomanizationVariants(std::string_view a, RomanizedName& b) {
  // `a` is read into a buffer on the stack, and given up as soon as it is longer than a name.
  NameLetters a_letters;
  AppendLetters(a, [&](std::string_view piece) { return a_letters.Append(piece); });
  const std::string_view x = a_letters.view();
  const std::string& y = b.letters();
  if (a_letters.too_long() || x.empty() || y.empty() || y.size() > kLongestRomanizedName) return false;
  if (x == y) return true;
  const size_t longest = std::max(x.size(), y.size());
  if (BagDistance(x, y) * 10 <= longest * 4 && LetterEditDistance(x, y) * 10 <= longest * 4) return true;
  if (x.size() < 4 || y.size() < 4) return false;
  NameLetters x_sound;
  AppendSoundKey(x, x_sound);
  const std::string_view sx = x_sound.view();
  const std::string& sy = b.sound();
  const size_t longest_key = std::max(sx.size(), sy.size());
  return BagDistance(sx, sy) * 10 <= longest_key * 3 && LetterEditDistance(sx, sy) * 10 <= longest_key * 3;
}

}  // namespace teipress
