#include "name_suggestions.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>

#include "bracket_parser.h"
#include "name_words.h"
#include "text_util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {
namespace {

// The capitalized words (initials included) starting at `text[at]`: "A. N. Vereshchagin".
// A view of `text`.
std::string_view CapitalizedRun(std::string_view text, size_t at) {
  size_t end = at;
  size_t words = 0;
  while (end < text.size() && IsUpper(text[end]) && words < 4) {
    size_t word_end = end;
    while (word_end < text.size() && text[word_end] != ' ' && text[word_end] != ',' && text[word_end] != ';' &&
           text[word_end] != ':' && text[word_end] != ')' && text[word_end] != '(') {
      ++word_end;
    }
    std::string_view word = text.substr(end, word_end - end);
    // A sentence's final full stop is not part of the name (initials keep theirs).
    if (word.size() > 2 && word.back() == '.') {
      end = word_end - 1;
      ++words;
      break;
    }
    end = word_end;
    ++words;
    if (end + 1 < text.size() && text[end] == ' ' && IsUpper(text[end + 1])) {
      ++end;
      continue;
    }
    break;
  }
  std::string_view run = text.substr(at, end - at);
  while (!run.empty() && (run.back() == ' ' || run.back() == '.' || run.back() == '\'' || run.back() == '!' || run.back() == '?')) {
    run.remove_suffix(1);
  }
  return run;
}

// A name is suggested only after a title printed as a word of its own: at a word's start (the
// text's, or after a space, a parenthesis or a quotation mark) and followed by a space. Titles hold
// no space, so the title is the whole of the word up to the next space, and a word is asked once,
// by a lookup of its bytes, not compared title by title.
constexpr size_t kShortestTitle = 3;   // "Mr."
constexpr size_t kLongestTitle = 10;   // "Ambassador"
static_assert([] {
  for (const PersonTitle& title : kPersonTitles) {
    if (!title.names_follow) continue;
    if (title.text.size() < kShortestTitle || title.text.size() > kLongestTitle) return false;
    if (!(title.text.front() >= 'A' && title.text.front() <= 'Z') || title.text.find(' ') != std::string_view::npos) return false;
  }
  return true;
}());
// A title, a space and a name of two bytes: a shorter text run holds no suggestion and is not read.
constexpr size_t kShortestTitledName = kShortestTitle + 1 + 2;

bool IsWordStartBefore(char previous) { return previous == ' ' || previous == '(' || previous == '"'; }

// The first letters of the titles that names follow, each once: only a word starting with one of
// them is looked up.
constexpr size_t CountTitleInitials() {
  std::array<bool, 256> seen{};
  size_t count = 0;
  for (const PersonTitle& title : kPersonTitles) {
    if (title.names_follow && !seen[static_cast<unsigned char>(title.text.front())]) {
      seen[static_cast<unsigned char>(title.text.front())] = true;
      ++count;
    }
  }
  return count;
}
constexpr std::array<char, CountTitleInitials()> kTitleInitials = [] {
  std::array<char, CountTitleInitials()> initials{};
  size_t count = 0;
  for (const PersonTitle& title : kPersonTitles) {
    if (title.names_follow && std::find(initials.begin(), initials.begin() + count, title.text.front()) ==
                                  initials.begin() + count) {
      initials[count++] = title.text.front();
    }
  }
  return initials;
}();

bool IsTitleInitial(char c) { return std::find(kTitleInitials.begin(), kTitleInitials.end(), c) != kTitleInitials.end(); }

// Whether a title may start at `text[at]`: a title's initial at a word's start.
[[maybe_unused]] bool MayStartTitle(std::string_view text, size_t at) {
  return IsTitleInitial(text[at]) && (at == 0 || IsWordStartBefore(text[at - 1]));
}

#if defined(__SSE2__)
// Bit i set where a title may start at byte i of the sixteen `bytes`; `previous` holds the byte
// before each. The test is made for the sixteen at once: most words of a text start no title, and
// a test per capital mispredicted a branch at each.
unsigned TitleStartsIn(__m128i bytes, __m128i previous) {
  __m128i initial = _mm_setzero_si128();
  for (const char c : kTitleInitials) initial = _mm_or_si128(initial, _mm_cmpeq_epi8(bytes, _mm_set1_epi8(c)));
  const __m128i word_start = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(previous, _mm_set1_epi8(' ')),
                                                       _mm_cmpeq_epi8(previous, _mm_set1_epi8('('))),
                                          _mm_cmpeq_epi8(previous, _mm_set1_epi8('"')));
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(initial, word_start)));
}

// The sixteen bytes before those at `p`, the first of a text counted as a space (a word starts there).
__m128i PreviousBytes(const char* p, bool text_start, __m128i bytes) {
  if (text_start) return _mm_or_si128(_mm_slli_si128(bytes, 1), _mm_cvtsi32_si128(' '));
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p - 1));
}
#endif

// Calls `visit(at)`, in order, for each `at` where MayStartTitle(text, at).
template <typename Visit>
void ForEachPossibleTitleStart(std::string_view text, const Visit& visit) {
  size_t at = 0;
#if defined(__SSE2__)
  const char* const p = text.data();
  const auto visit_mask = [&](unsigned mask, size_t base) {
    for (; mask != 0; mask &= mask - 1) visit(base + static_cast<size_t>(std::countr_zero(mask)));
  };
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    visit_mask(TitleStartsIn(bytes, PreviousBytes(p + at, at == 0, bytes)), at);
  }
  if (at == text.size()) return;
  if (text.size() >= 16) {
    // The last sixteen bytes again, without the places already asked.
    const size_t last = text.size() - 16;
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + last));
    const unsigned mask = TitleStartsIn(bytes, PreviousBytes(p + last, last == 0, bytes));
    visit_mask(mask & (~0u << (at - last)), last);
    return;
  }
  // A text shorter than sixteen bytes, padded with zero bytes (none is a title's initial).
  alignas(16) char padded[16] = {};
  std::memcpy(padded, p, text.size());
  const __m128i bytes = _mm_load_si128(reinterpret_cast<const __m128i*>(padded));
  visit_mask(TitleStartsIn(bytes, PreviousBytes(padded, true, bytes)), 0);
#else
  for (; at < text.size(); ++at) {
    if (MayStartTitle(text, at)) visit(at);
  }
#endif
}

// A word of up to sixteen bytes as two words of eight, the bytes after it zero.
struct WordKey {
  uint64_t low = 0, high = 0;
  size_t size = 0;
  bool operator==(const WordKey&) const = default;
};

uint64_t FirstBytes(uint64_t block, size_t count) { return count >= 8 ? block : block & ((uint64_t{1} << (8 * count)) - 1); }

WordKey KeyOf(std::string_view word) {
  char bytes[16] = {};
  std::memcpy(bytes, word.data(), std::min<size_t>(word.size(), 16));
  return {LoadEightBytes(bytes), LoadEightBytes(bytes + 8), word.size()};
}

// The index of the byte of `block` equal to `c` that comes first, or 8.
size_t FirstByteEqual(uint64_t block, char c) {
  const uint64_t y = block ^ (kEachByte * static_cast<unsigned char>(c));
  const uint64_t equal = (y - kEachByte) & ~y & kEachHighBit;  // exact at its lowest bit
  return equal == 0 ? 8 : static_cast<size_t>(std::countr_zero(equal)) / 8;
}

// The word starting at `at` up to the next space, when a space follows it within kLongestTitle + 1
// bytes (else its size is 0: it is no title followed by a space).
WordKey WordBeforeSpace(std::string_view text, size_t at) {
  uint64_t low, high;
  if (at + 16 <= text.size()) {
    low = LoadEightBytes(text.data() + at);
    high = LoadEightBytes(text.data() + at + 8);
  } else {
    // (Only near a text's end: the bytes after it read as zero, never a space.)
    const WordKey tail = KeyOf(text.substr(at));
    low = tail.low;
    high = tail.high;
  }
  const size_t in_low = FirstByteEqual(low, ' ');
  const size_t size = in_low < 8 ? in_low : 8 + FirstByteEqual(high, ' ');
  if (size > kLongestTitle) return {};
  return {FirstBytes(low, size), size > 8 ? FirstBytes(high, size - 8) : 0, size};
}

// The titles that names follow, found by their bytes: an open-addressed table of their numbers.
class TitleTable {
 public:
  TitleTable() {
    for (size_t k = 0; k < kPersonTitles.size(); ++k) {
      if (!kPersonTitles[k].names_follow) continue;
      const WordKey key = KeyOf(kPersonTitles[k].text);
      size_t slot = Slot(key);
      while (slots_[slot] != 0) slot = (slot + 1) % kSlots;
      keys_[k] = key;
      slots_[slot] = static_cast<uint8_t>(k + 1);
    }
  }

  // The index in kPersonTitles of the title `word` is, or kNone.
  static constexpr size_t kNone = kPersonTitles.size();
  size_t Find(const WordKey& word) const {
    for (size_t slot = Slot(word); slots_[slot] != 0; slot = (slot + 1) % kSlots) {
      const size_t k = slots_[slot] - 1u;
      if (keys_[k] == word) return k;
    }
    return kNone;
  }

 private:
  // Four times as many slots as titles: a word that is no title mostly finds an empty slot at once.
  static constexpr size_t kSlots = 128;
  static_assert(kPersonTitles.size() * 4 <= kSlots && kPersonTitles.size() < 255);
  static size_t Slot(const WordKey& key) {
    return static_cast<size_t>(((key.low ^ (key.high * 31) ^ key.size) * 0x9E3779B97F4A7C15ull) >> 57);
  }
  std::array<uint8_t, kSlots> slots_{};  // a title's index + 1; 0 for none
  std::array<WordKey, kPersonTitles.size()> keys_{};
};

const TitleTable& Titles() {
  static const TitleTable table;
  return table;
}

// IsPersonTitle without its copies: `word` equals a title but for the case of ASCII letters.
bool IsAnyPersonTitle(std::string_view word) {
  const auto lower = [](char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::any_of(kPersonTitles.begin(), kPersonTitles.end(), [&](const PersonTitle& title) {
    return title.text.size() == word.size() &&
           std::equal(word.begin(), word.end(), title.text.begin(), [&](char a, char b) { return lower(a) == lower(b); });
  });
}

// The names suggested so far: views of the body's texts, which outlive the search.
using NamesSeen = std::unordered_set<std::string_view>;

// The titles of a text run, kept from run to run so that the vector is allocated once.
using TitledPlaces = std::vector<std::pair<size_t, size_t>>;  // (index in kPersonTitles, start)

void Scan(const Inlines& inlines, NamesSeen& seen, std::vector<NameSuggestion>& found, TitledPlaces& titled,
          const TitleTable& titles) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    const Inline& run = inlines[i];
    if (run.type == Inline::Type::kNote || run.type == Inline::Type::kFootnote) {
      Scan(run.children, seen, found, titled, titles);
    }
    if (run.type != Inline::Type::kText || run.text.size() < kShortestTitledName) continue;
    const std::string_view text = run.text;
    titled.clear();
    ForEachPossibleTitleStart(text, [&](size_t at) {
      const size_t k = titles.Find(WordBeforeSpace(text, at));
      if (k != TitleTable::kNone) titled.push_back({k, at});
    });
    if (titled.empty()) continue;
    // The titles are taken title by title (in the order of kPersonTitles), as the order of the
    // suggestions is.
    if (titled.size() > 1) std::stable_sort(titled.begin(), titled.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [k, at] : titled) {
      const size_t name_at = at + kPersonTitles[k].text.size() + 1;  // after the title's space
      if (name_at >= text.size()) continue;
      // A linked name right after the title ("Comrade <persName>") ends this text run.
      const std::string_view name = CapitalizedRun(text, name_at);
      if (name.size() < 2 || !IsUpper(name[0])) continue;
      // "Minister From: ..." is a field label; "Minister CM No. ..." an office code.
      const size_t after = name_at + name.size();
      if (after < text.size() && text[after] == ':') continue;
      const std::string_view first_word = name.substr(0, name.find(' '));
      const bool short_code = first_word.size() <= 3 &&
                              std::all_of(first_word.begin(), first_word.end(), [](char c) { return IsUpper(c); });
      if (short_code) continue;
      if (IsAnyPersonTitle(first_word)) continue;
      if (!seen.insert(name).second) continue;
      found.push_back({std::string(name), Advance(run.position, text.substr(0, name_at))});
    }
  }
}

void ScanNodes(const std::vector<Node>& nodes, NamesSeen& seen, std::vector<NameSuggestion>& found,
               TitledPlaces& titled, const TitleTable& titles) {
  for (const Node& node : nodes) {
    if (node.type == Node::Type::kBlock) {
      Scan(node.block.speaker_content, seen, found, titled, titles);
      Scan(node.block.content, seen, found, titled, titles);
    }
    ScanNodes(node.children, seen, found, titled, titles);
  }
}

}  // namespace

std::vector<NameSuggestion> FindUnknownNames(const std::vector<Node>& body) {
  NamesSeen seen;
  std::vector<NameSuggestion> found;
  TitledPlaces titled;
  ScanNodes(body, seen, found, titled, Titles());
  return found;
}

}  // namespace teipress
