#include "block_reader.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <set>
#include <string_view>

#include "byte_set.h"
#include "date_recognizer.h"
#include "name_words.h"
#include "note_classifier.h"
#include "source_text.h"
#include "text_util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {

int BracketBalance(std::string_view text) {
  const size_t first_open = text.find('[');  // most lines have none (memchr, not a look per byte)
  if (first_open == std::string_view::npos) return 0;
  // Before the first '[' nothing is open, and a ']' closes nothing: the count starts there.
  int balance = 0;
  size_t at = first_open;
#if defined(__SSE2__)
  // Sixteen bytes at a time, a step per bracket: a line with a note has a few brackets in a
  // hundred bytes or more.
  const __m128i open = _mm_set1_epi8('['), close = _mm_set1_epi8(']');
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const auto opens = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, open)));
    const auto closes = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, close)));
    for (unsigned brackets = opens | closes; brackets != 0; brackets &= brackets - 1) {
      if ((opens & brackets & (0u - brackets)) != 0) {
        ++balance;
      } else if (balance > 0) {
        --balance;
      }
    }
  }
#endif
  for (; at < text.size(); ++at) {
    if (text[at] == '[') ++balance;
    if (text[at] == ']' && balance > 0) --balance;
  }
  return balance;
}

namespace {

template <size_t N>
constexpr size_t LongestOf(const std::array<std::string_view, N>& words) {
  size_t longest = 0;
  for (std::string_view word : words) longest = std::max(longest, word.size());
  return longest;
}

// The first (or last) bytes of a table's words: a line is compared with a table's words only when
// its first (last) byte starts (ends) one of them, and most lines start and end none of most.
template <size_t N>
constexpr ByteSet EndBytesOf(const std::array<std::string_view, N>& words, bool last) {
  std::array<char, N> ends{};
  for (size_t k = 0; k < N; ++k) {
    if (words[k].empty()) throw "every word has a first and a last byte";  // not constant: no build
    ends[k] = last ? words[k].back() : words[k].front();
  }
  return ByteSet(std::string_view(ends.data(), N));
}
template <size_t N>
constexpr ByteSet FirstBytesOf(const std::array<std::string_view, N>& words) {
  return EndBytesOf(words, false);
}
template <size_t N>
constexpr ByteSet LastBytesOf(const std::array<std::string_view, N>& words) {
  return EndBytesOf(words, true);
}

// Security and handling markings, and precedence.
constexpr std::array<std::string_view, 24> kClassificationMarks = {
    "top secret", "secret", "strictly secret", "of special importance", "for official use",
    "making copies is prohibited", "extremely urgent", "top priority", "urgent", "special", "confidential",
    "personal", "very urgent", "immediate", "priority", "eyes only", "limited official use", "restricted",
    "for official use only", "strictly confidential", "copying prohibited", "flash", "operational immediate",
    "highly confidential"};

bool IsClassificationText(std::string_view lower) {
  const std::string_view text = TrimCharacters(lower, "!. ");
  for (std::string_view mark : kClassificationMarks) {
    if (text == mark) return true;
  }
  // "STRICTLY SECRET! / Of special importance!" printed on one line, or "SECRET, Urgent". The
  // first " / " is found from its rare middle sign (find(" / ") stops at every space).
  size_t slash = std::string_view::npos;
  for (size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1)) {
    if (at > 0 && at + 1 < text.size() && text[at - 1] == ' ' && text[at + 1] == ' ') {
      slash = at - 1;
      break;
    }
  }
  return slash != std::string_view::npos && IsClassificationText(text.substr(0, slash)) &&
         IsClassificationText(text.substr(slash + 3));
}

// Whether `text` (any case) is a marking or marks parted by " / ". A line longer than every mark
// and without a slash is none: it is not lower-cased to be compared (most lines are paragraphs).
bool IsClassificationLine(std::string_view text) {
  if (TrimCharacters(text, "!. ").size() > LongestOf(kClassificationMarks) &&
      text.find('/') == std::string_view::npos) {
    return false;
  }
  return IsClassificationText(AsciiLower(text));
}

// What a label at the start of a line (lower-cased) makes of it: a header line of `type`, or
// nothing when `rule` says the line is running text after all.
struct HeaderLabel {
  enum class Rule {
    kAlways,
    kNoSentence,   // transmission data ends without a full stop ("Sent to Moscow." is a sentence)
    kShortNumber,  // a reference number is short and no sentence
    kParagraph,    // a field of a conversation record: a paragraph
  };
  std::string_view prefix;
  SegType type;
  Rule rule;
};

// Header fields recognized by how the line begins (lower-cased), first match wins.
constexpr std::array<HeaderLabel, 32> kHeaderLabels = {{
    {"sent ", SegType::kRouting, HeaderLabel::Rule::kNoSentence},
    {"received ", SegType::kRouting, HeaderLabel::Rule::kNoSentence},
    {"arrived ", SegType::kRouting, HeaderLabel::Rule::kNoSentence},
    {"deciphered ", SegType::kRouting, HeaderLabel::Rule::kNoSentence},
    {"destination:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"to whom:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"primary:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"sent:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"received:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"from:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"via:", SegType::kRouting, HeaderLabel::Rule::kAlways},
    {"subject:", SegType::kSubject, HeaderLabel::Rule::kAlways},
    {"special no.", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"issuing no.", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"number:", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"no. ", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"n\u00ba ", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"n\u00ba", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"ref.", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"ref:", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
    {"copies to:", SegType::kDistribution, HeaderLabel::Rule::kAlways},
    {"copies:", SegType::kDistribution, HeaderLabel::Rule::kAlways},
    {"distribution", SegType::kDistribution, HeaderLabel::Rule::kAlways},
    {"cc:", SegType::kDistribution, HeaderLabel::Rule::kAlways},
    {"copy n\u00ba", SegType::kCopy, HeaderLabel::Rule::kAlways},
    {"copy no", SegType::kCopy, HeaderLabel::Rule::kAlways},
    {"made in ", SegType::kCopy, HeaderLabel::Rule::kAlways},
    {"printed in ", SegType::kCopy, HeaderLabel::Rule::kAlways},
    {"enclosure", SegType::kEnclosure, HeaderLabel::Rule::kAlways},
    {"typed by", SegType::kTypist, HeaderLabel::Rule::kAlways},
    {"participants:", SegType::kNone, HeaderLabel::Rule::kParagraph},
    {"number ", SegType::kNumber, HeaderLabel::Rule::kShortNumber},
}};

// For each byte, the header labels that start with it: bit k for kHeaderLabels[k].
constexpr std::array<uint32_t, 256> kHeaderLabelsByFirstByte = [] {
  static_assert(kHeaderLabels.size() <= 32);
  std::array<uint32_t, 256> table{};
  for (size_t k = 0; k < kHeaderLabels.size(); ++k) {
    if (kHeaderLabels[k].prefix.empty()) throw "every header label has a first byte";  // not constant: no build
    table[static_cast<unsigned char>(kHeaderLabels[k].prefix[0])] |= uint32_t{1} << k;
  }
  return table;
}();

// The field a line's label names (lower-cased text), whatever kind of line it turns out to be.
struct FieldLabel {
  std::string_view prefix;
  HeaderField field;
};
constexpr std::array<FieldLabel, 6> kFieldLabels = {{
    {"to whom:", HeaderField::kToWhom},
    {"to:", HeaderField::kTo},
    {"to ", HeaderField::kAddressee},
    {"from:", HeaderField::kFrom},
    {"for transmission to", HeaderField::kForTransmissionTo},
    {"date:", HeaderField::kDate},
}};

constexpr ByteSet kFieldLabelFirstBytes = [] {
  std::array<std::string_view, kFieldLabels.size()> prefixes{};
  for (size_t k = 0; k < kFieldLabels.size(); ++k) prefixes[k] = kFieldLabels[k].prefix;
  return FirstBytesOf(prefixes);
}();

HeaderField FieldOf(std::string_view lower) {
  if (lower.empty() || !kFieldLabelFirstBytes.Contains(lower[0])) return HeaderField::kNone;
  for (const FieldLabel& label : kFieldLabels) {
    if (StartsWith(lower, label.prefix)) return label.field;
  }
  return HeaderField::kNone;
}

// A line's word count, counted when a test first asks for it: most lines are decided before. Every
// test compares the count with ten words or fewer, so it is counted up to kEnoughWords only: a
// paragraph that opens like a closing formula or an address is not read to its end.
class LazyWordCount {
 public:
  static constexpr int kEnoughWords = 11;

  explicit LazyWordCount(std::string_view text) : text_(text) {}
  // min(CountWords(text), kEnoughWords).
  int operator()() {
    if (count_ < 0) count_ = CountWordsUpTo(text_, kEnoughWords);
    return count_;
  }

  static int CountWordsUpTo(std::string_view text, int enough) {
    int words = 0;
    bool in_word = false;
    for (const char c : text) {
      if (IsAsciiWhitespace(c)) {
        in_word = false;
      } else if (!in_word) {
        in_word = true;
        if (++words == enough) break;
      }
    }
    return words;
  }

 private:
  std::string_view text_;
  int count_ = -1;
};

// "Making copies is prohibited" aside, a short line counting copies: "6 copies", "Printed in 3 copies".
constexpr std::array<std::string_view, 3> kCopyCountEndings = {" copies", " copies.", " copy"};
constexpr ByteSet kCopyCountLastBytes = LastBytesOf(kCopyCountEndings);
constexpr int kMostWordsOfCopyCount = 5;

// The ending is tested first: counting the words of every paragraph would cost more.
bool IsCopyCount(std::string_view lower_tail, LazyWordCount& words) {
  if (lower_tail.empty() || !kCopyCountLastBytes.Contains(lower_tail.back())) return false;
  return std::any_of(kCopyCountEndings.begin(), kCopyCountEndings.end(),
                     [&](std::string_view ending) { return EndsWith(lower_tail, ending); }) &&
         words() <= kMostWordsOfCopyCount;
}

// "Excerpt from protocol No. 83 ...": a heading of its own kind.
constexpr std::array<std::string_view, 2> kExcerptStarts = {"excerpt from", "extract from"};
// "Signed: Ion Trandafir", "(signed) ...", "/s/ M. Pervukhin": a signature line.
constexpr std::array<std::string_view, 3> kSignedStarts = {"signed:", "(signed)", "/s/ "};
constexpr ByteSet kExcerptFirstBytes = FirstBytesOf(kExcerptStarts);
constexpr ByteSet kSignedFirstBytes = FirstBytesOf(kSignedStarts);

// StartsWith(text, start) for any of `starts`, whose first bytes are `first_bytes`.
template <size_t N>
bool StartsWithAny(std::string_view text, const std::array<std::string_view, N>& starts, const ByteSet& first_bytes) {
  if (text.empty() || !first_bytes.Contains(text[0])) return false;
  return std::any_of(starts.begin(), starts.end(), [&](std::string_view start) { return StartsWith(text, start); });
}

// FE:EA:ELCrane:mk — office, drafter and typist codes.
bool IsDrafterCode(std::string_view text) {
  const auto code_byte = [](char c) { return c == ':' || IsUpper(c) || IsLower(c) || c == '/'; };
  // (Most lines end in a sign, and are no code without a search for their first space.)
  if (text.empty() || !code_byte(text.back())) return false;
  if (text.find(' ') != std::string_view::npos || std::count(text.begin(), text.end(), ':') < 2) return false;
  return std::all_of(text.begin(), text.end(), code_byte);
}

// "1. ", "280. ", "2.1. ", "a) ", "IV. ", "- ", "(1) ": the list label at the start of a line.
bool MatchListLabel(std::string_view text, std::string& label, std::string& n, ListType& list_type) {
  if (text.size() >= 2 && text[0] == '-' && text[1] == ' ') {
    label = "-";
    list_type = ListType::kDash;
    return true;
  }
  if (text.size() >= 4 && text[0] == '(' && IsDigit(text[1])) {
    size_t j = 1;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j + 1 < text.size() && text[j] == ')' && text[j + 1] == ' ' && j <= 3) {
      label = text.substr(0, j + 1);
      n = text.substr(1, j - 1);
      list_type = ListType::kNumbered;
      return true;
    }
  }
  size_t i = 0;
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i > 0 && i <= 3) {
    size_t j = i;
    while (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
      ++j;
      while (j < text.size() && IsDigit(text[j])) ++j;
    }
    const bool dotted = j < text.size() && text[j] == '.';
    const size_t end = dotted ? j + 1 : j;
    const bool decimal = j > i;
    if ((dotted || decimal) && end < text.size() && text[end] == ' ') {
      label = text.substr(0, end);
      n = text.substr(0, j);
      list_type = ListType::kNumbered;
      return true;
    }
    // "1 - to Cde. Gromyko": a numbered line of a distribution list.
    if (i + 3 < text.size() && text.compare(i, 3, " - ") == 0) {
      label = text.substr(0, i + 2);
      n = text.substr(0, i);
      list_type = ListType::kDistribution;
      return true;
    }
    return false;
  }
  if (text.size() >= 3 && IsLower(text[0]) && text[1] == ')' && text[2] == ' ') {
    label = text.substr(0, 2);
    n = text.substr(0, 1);
    list_type = ListType::kLettered;
    return true;
  }
  size_t r = 0;
  while (r < text.size() && (text[r] == 'I' || text[r] == 'V' || text[r] == 'X')) ++r;
  if (r > 0 && r <= 5 && r + 1 < text.size() && text[r] == '.' && text[r + 1] == ' ') {
    label = text.substr(0, r + 1);
    n = text.substr(0, r);
    list_type = ListType::kRoman;
    return true;
  }
  return false;
}

// "To His Excellency the Minister of Foreign Affairs, Mr. J. M. A. H. Luns, The Hague", "To Comrade
// P. F. Yudin, Ambassador of the USSR in the PRC": an address line longer than most, its parts
// parted by commas, that opens with a form of address or an office; no sentence.
bool IsLongAddressLine(std::string_view text) {
  if (!StartsWith(text, "To ") || text.back() == '.' || text.back() == ',' || text.find(", ") == std::string_view::npos) {
    return false;
  }
  const std::vector<std::string_view> words = SplitWords(text);
  if (words.size() < 3 || words.size() > 18) return false;
  if (words[1] == "His" || words[1] == "Her") return words[2] == "Excellency";
  return IsPersonTitle(words[1]) || (words[1] == "the" && IsOfficeWord(words[2]));
}

bool IsSeparator(std::string_view text) {
  int stars = 0;
  for (char c : text) {
    if (c == '*') ++stars;
    else if (c != ' ') return false;
  }
  return stars >= 3;
}

bool IsOnlyOneNote(std::string_view text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']') --depth;
    if (depth == 0 && i + 1 < text.size()) return false;
  }
  return depth == 0;
}

// A bracket at the start of the line that describes the rest of it: [stamp and handwriting] ...
// The note classifier decides what the bracket says; the line is then labelled by it.
SegType LeadingDescriptor(std::string_view text) {
  if (text.empty() || text[0] != '[') return SegType::kNone;
  const size_t close = text.find(']');
  if (close == std::string_view::npos || close + 1 >= text.size()) return SegType::kNone;
  const std::string_view inside = text.substr(1, close - 1);
  if (inside.find('[') != std::string_view::npos || !IsDescriptorNote(inside)) return SegType::kNone;
  switch (KindFromContent(inside)) {
    case NoteKind::kStamp: return SegType::kStamp;
    case NoteKind::kHandwritten: return SegType::kHandwritten;
    default: return SegType::kNone;
  }
}

// How closing formulas begin (lower-cased); they end with a comma, full stop or exclamation mark.
constexpr std::array<std::string_view, 12> kClosingFormulaStarts = {
    "with ", "sincerely", "respectfully", "yours", "best regards", "cordially", "faithfully",
    "comradely greetings", "greetings", "report on the fulfillment", "confirm receipt", "telegraph the fulfillment"};
constexpr ByteSet kClosingFormulaFirstBytes = FirstBytesOf(kClosingFormulaStarts);

bool IsClosingFormula(std::string_view lower_head, char last, LazyWordCount& words) {
  if (!StartsWithAny(lower_head, kClosingFormulaStarts, kClosingFormulaFirstBytes)) return false;
  if (last != ',' && last != '.' && last != '!') return false;  // before the words are counted
  return words() <= 8;
}

// How salutations ending in a comma begin (lower-cased, after an opening quotation mark); any
// short line ending in "!" is a salutation too.
constexpr std::array<std::string_view, 6> kSalutationStarts = {"dear ", "comrade ", "cde. ", "mr. ", "esteemed ",
                                                               "respected "};
constexpr ByteSet kSalutationFirstBytes = FirstBytesOf(kSalutationStarts);

bool IsSalute(std::string_view text, std::string_view lower_head, LazyWordCount& words) {
  if (text.back() != '!' && text.back() != ',') return false;  // before the words are counted
  if (words() == 0 || words() > 8) return false;
  if (text.back() == '!') return true;
  const std::string_view body =
      StartsWith(lower_head, "\u201C") ? lower_head.substr(3) : StartsWith(lower_head, "\"") ? lower_head.substr(1) : lower_head;
  return StartsWithAny(body, kSalutationStarts, kSalutationFirstBytes);
}

// A line that is a date, "Place, date", "Date: date", or a blank left for the day before one.
// `text` is trimmed, `lower_head` its first bytes lower-cased; `date_at_start`, when the caller
// has it, is MatchDateAt(text, 0), which the block reader has asked before classifying the line.
bool IsDatelineText(std::string_view text, std::string_view lower_head, const std::optional<DateMatch>* date_at_start) {
  // A place, a comma and a date fit in a short line; a paragraph is not worth scanning for one.
  constexpr size_t kLongestDateline = 200;
  if (text.size() > kLongestDateline) return false;
  std::string_view rest = text;
  const bool date_field = StartsWith(lower_head, "date:");
  if (date_field) rest = TrimWhitespace(text.substr(5));
  // Most lines fail what follows before the date search does: the line starts with its date, or
  // with a short place without full stops, a comma and then the date (or a bracket). A date starts
  // with a digit, a capital or "the".
  auto may_start_date = [](char c) { return IsDigit(c) || IsUpper(c) || c == 't'; };
  if (rest.empty() || !may_start_date(rest[0])) return false;
  const size_t first_comma = rest.find(',');
  const bool may_be_place_and_date = [&] {
    if (first_comma == std::string_view::npos || first_comma == 0) return false;
    const std::string_view place = rest.substr(0, first_comma);
    // (The text before a line's first comma may be most of a paragraph: counted to its fourth word.)
    if (LazyWordCount::CountWordsUpTo(place, 4) > 3 || place.find('.') != std::string_view::npos) return false;
    const std::string_view after = TrimWhitespace(rest.substr(first_comma + 1));
    return !after.empty() && (after[0] == '[' || may_start_date(after[0]));
  }();
  if (!may_be_place_and_date) {
    const bool starts_with_date = date_at_start && !date_field ? date_at_start->has_value()
                                                               : MatchDateAt(rest, 0, DateContext{1950, 6, 15}).has_value();
    if (!starts_with_date) return false;
  }
  const auto dates = FindDates(rest, DateContext{1950, 6, 15});
  if (dates.empty() || dates.back().end + 1 < rest.size()) return false;
  const std::string_view before = TrimWhitespace(rest.substr(0, dates.front().begin));
  if (before.empty()) return true;
  // "Pyongyang, " or "Hanoi, [day left blank]": a place (capitalized words) and a comma.
  const size_t comma = before.find(',');
  if (comma == std::string_view::npos || comma == 0 || !IsUpper(before[0])) return false;
  const std::string_view place = before.substr(0, comma);
  const std::string_view after = TrimWhitespace(before.substr(comma + 1));
  return CountWords(place) <= 3 && place.find('.') == std::string_view::npos && (after.empty() || after[0] == '[');
}

// The first and the last bytes of a line, lower-cased. The tests of ClassifyLine compare only
// beginnings and endings (the whole line only as a marking, which IsClassificationLine lower-cases
// itself), so a paragraph is not copied to be lower-cased whole.
class LowerEnds {
 public:
  static constexpr size_t kHeadSize = 32;
  static constexpr size_t kTailSize = 16;

  explicit LowerEnds(std::string_view text)
      : head_size_(std::min(text.size(), kHeadSize)), tail_size_(std::min(text.size(), kTailSize)) {
    // Most lines fill both: copies of a constant size are a few moves, not a call to memcpy.
    if (head_size_ == kHeadSize) {
      std::memcpy(head_.data(), text.data(), kHeadSize);
    } else {
      std::memcpy(head_.data(), text.data(), head_size_);
    }
    if (tail_size_ == kTailSize) {
      std::memcpy(tail_.data(), text.data() + text.size() - kTailSize, kTailSize);
    } else {
      std::memcpy(tail_.data(), text.data() + text.size() - tail_size_, tail_size_);
    }
    LowerInPlace(head_);
    LowerInPlace(tail_);
  }
  // A prefix of the lower-cased line: enough for any beginning of up to kHeadSize bytes.
  std::string_view head() const { return {head_.data(), head_size_}; }
  // A suffix of the lower-cased line: enough for any ending of up to kTailSize bytes.
  std::string_view tail() const { return {tail_.data(), tail_size_}; }

 private:
  // Eight bytes at a time (the bytes after the line are zeros, and stay so): a byte's high bit is
  // set in `upper` when its low seven bits are from 'A' to 'Z' and its own high bit is clear, and
  // moved to 0x20, the difference of the cases. No sum carries into the next byte.
  template <size_t N>
  static void LowerInPlace(std::array<char, N>& bytes) {
    static_assert(N % 8 == 0);
    for (size_t at = 0; at < N; at += 8) {
      const uint64_t eight = LoadEightBytes(bytes.data() + at);
      const uint64_t low_seven = eight & ~kEachHighBit;
      const uint64_t from_a = low_seven + kEachByte * (0x80 - 'A');
      const uint64_t after_z = low_seven + kEachByte * (0x7F - 'Z');
      const uint64_t upper = from_a & ~after_z & ~eight & kEachHighBit;
      const uint64_t lowered = eight | (upper >> 2);
      std::memcpy(bytes.data() + at, &lowered, 8);
    }
  }
  std::array<char, kHeadSize> head_{};
  std::array<char, kTailSize> tail_{};
  size_t head_size_;
  size_t tail_size_;
};

template <typename Label, size_t N>
constexpr size_t LongestPrefixOf(const std::array<Label, N>& labels) {
  size_t longest = 0;
  for (const Label& label : labels) longest = std::max(longest, label.prefix.size());
  return longest;
}

// Every beginning ClassifyLine tests fits in the lower-cased head (a salutation after a 3-byte
// opening quotation mark), every ending in the tail.
static_assert(LongestPrefixOf(kHeaderLabels) <= LowerEnds::kHeadSize);
static_assert(LongestPrefixOf(kFieldLabels) <= LowerEnds::kHeadSize);
static_assert(LongestOf(kExcerptStarts) <= LowerEnds::kHeadSize);
static_assert(LongestOf(kSignedStarts) <= LowerEnds::kHeadSize);
static_assert(LongestOf(kClosingFormulaStarts) <= LowerEnds::kHeadSize);
static_assert(3 + LongestOf(kSalutationStarts) <= LowerEnds::kHeadSize);
static_assert(LongestOf(kCopyCountEndings) <= LowerEnds::kTailSize);

}  // namespace

bool IsCapitalsLine(std::string_view text) {
  int upper = 0, lower = 0, depth = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    // Every sixteenth byte: when a capital in every byte left would not outweigh the small letters
    // read, the line is none (prose is decided about a third of the way in, not at its end).
    if ((at & 15) == 0 && int64_t{lower} * 4 > int64_t{upper} + static_cast<int64_t>(text.size() - at)) return false;
    const char c = text[at];
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth > 0) continue;  // what the editor added in brackets does not count
    if (IsUpper(c)) ++upper;
    if (IsLower(c)) ++lower;
  }
  return upper >= 2 && lower * 4 <= upper;
}

namespace {

// ClassifyLine into `block`, a new block: the block reader classifies each line into the block it
// adds, and ClassifyLine returns its only block by name, so the block is never moved.
// `date_at_start`: MatchDateAt(raw, 0), when the caller has it.
void ClassifyLineInto(std::string_view raw, Block& block, const std::optional<DateMatch>* date_at_start = nullptr) {
  const std::string_view text = TrimWhitespace(raw);
  block.kind = BlockKind::kParagraph;
  // A column of only whitespace other than spaces ("\f\t"): nothing to classify.
  if (text.empty()) return;
  const LowerEnds lower(text);
  // Several tests below need the line's word count: counted once, when first asked for.
  LazyWordCount words(text);
  block.field = FieldOf(lower.head());
  auto seg = [&](SegType type) {
    block.kind = BlockKind::kSeg;
    block.seg_type = type;
  };

  if (text.size() >= 5 && StartsWith(text, "(p.") && text.back() == ')') {
    const std::string_view number = TrimWhitespace(text.substr(3, text.size() - 4));
    if (!number.empty() && std::all_of(number.begin(), number.end(), IsDigit)) {
      block.kind = BlockKind::kPageBreak;
      block.n = number;
      block.label = std::string(text);
      return;
    }
  }
  if (text.size() >= 5 && StartsWith(text, "- ") && EndsWith(text, " -")) {
    const std::string_view number = TrimWhitespace(text.substr(2, text.size() - 4));
    if (!number.empty() && std::all_of(number.begin(), number.end(), IsDigit)) {
      block.kind = BlockKind::kPageBreak;
      block.n = number;
      block.label = std::string(text);
      return;
    }
  }
  if (IsSeparator(text)) {
    block.kind = BlockKind::kSeparator;
    block.label = std::string(text);
    return;
  }
  if (IsOnlyOneNote(text)) {
    block.kind = BlockKind::kNoteBlock;
    return;
  }
  if (const SegType descriptor = LeadingDescriptor(text); descriptor != SegType::kNone) return seg(descriptor);
  if (StartsWithAny(lower.head(), kExcerptStarts, kExcerptFirstBytes)) {
    block.kind = BlockKind::kHeading;
    block.heading_type = HeadingType::kExcerpt;
    return;
  }
  if (IsDatelineText(text, lower.head(), text.size() == raw.size() ? date_at_start : nullptr)) {
    block.kind = BlockKind::kDateline;
    return;
  }
  if (block.field == HeaderField::kToWhom) return seg(SegType::kRouting);
  if (block.field == HeaderField::kTo || block.field == HeaderField::kForTransmissionTo ||
      (text[0] == 'T' && ((StartsWith(text, "TO ") && words() <= 6) ||
                          (StartsWith(text, "To ") && text.back() != '.' && text.back() != ',' && words() <= 10) ||
                          IsLongAddressLine(text)))) {
    block.kind = BlockKind::kAddressLine;
    return;
  }
  if (block.field == HeaderField::kDate) return seg(SegType::kRouting);  // a date field that holds no date
  // Transmission data ends without a full stop, except a time's "a.m."/"p.m.".
  const bool ends_sentence = text.back() == '.' && !EndsWith(lower.tail(), "a.m.") && !EndsWith(lower.tail(), "p.m.");
  // Only the labels that start with the line's first byte, in the table's order (most lines start none).
  for (uint32_t candidates = kHeaderLabelsByFirstByte[static_cast<unsigned char>(lower.head()[0])]; candidates != 0;
       candidates &= candidates - 1) {
    const HeaderLabel& label = kHeaderLabels[static_cast<size_t>(std::countr_zero(candidates))];
    if (!StartsWith(lower.head(), label.prefix)) continue;
    if (label.rule == HeaderLabel::Rule::kNoSentence && ends_sentence) break;
    if (label.rule == HeaderLabel::Rule::kShortNumber && (ends_sentence || words() > 4)) break;
    if (label.rule == HeaderLabel::Rule::kParagraph) break;
    return seg(label.type);
  }
  if (IsCopyCount(lower.tail(), words)) return seg(SegType::kCopy);
  if (IsClassificationLine(text)) return seg(SegType::kClassification);
  if (IsDrafterCode(text)) return seg(SegType::kDrafter);
  if (StartsWithAny(lower.head(), kSignedStarts, kSignedFirstBytes)) {
    block.kind = BlockKind::kSigned;
    return;
  }
  std::string label, n;
  ListType list_type = ListType::kNone;
  if (MatchListLabel(text, label, n, list_type)) {
    block.kind = BlockKind::kListItem;
    block.label = label;
    block.n = n;
    block.list_type = list_type;
    return;
  }
  if (IsClosingFormula(lower.head(), lower.tail().back(), words)) {
    block.kind = BlockKind::kClosingSalute;
    return;
  }
  if (IsSalute(text, lower.head(), words)) {
    block.kind = BlockKind::kSalute;
    return;
  }
  return;
}

}  // namespace

Block ClassifyLine(std::string_view text) {
  Block block;
  ClassifyLineInto(text, block);
  return block;
}

namespace {

// Whether `part` of a line split at a run of spaces reads as a header field of its own.
bool IsHeaderColumn(const std::string& part) {
  const Block block = ClassifyLine(part);
  return block.kind == BlockKind::kSeg || block.kind == BlockKind::kDateline || block.kind == BlockKind::kAddressLine;
}

// "Tenth Department                Top Secret": printed columns of a header line. Returns the
// columns when at least one reads as a header field and each is short; otherwise nothing.
std::vector<std::pair<size_t, std::string>> HeaderColumns(std::string_view line) {
  std::vector<std::pair<size_t, std::string>> columns;
  size_t start = line.find_first_not_of(' ');
  size_t i = start;
  while (i < line.size()) {
    const size_t gap = line.find("  ", i);
    const size_t end = gap == std::string_view::npos ? line.size() : gap;
    columns.push_back({start, std::string(line.substr(start, end - start))});
    if (gap == std::string_view::npos) break;
    start = line.find_first_not_of(' ', gap);
    if (start == std::string_view::npos) break;
    i = start;
  }
  if (columns.size() < 2) return {};
  bool any_header = false;
  for (const auto& [offset, text] : columns) {
    if (CountWords(text) > 7 || BracketBalance(text) != 0) return {};
    any_header = any_header || IsHeaderColumn(text);
  }
  if (!any_header) return {};
  return columns;
}

// A footnote text at the end: "[1] text", "(1) text", and under a "Notes" heading "1 text" or
// "1. text". Returns its label and where its text starts, or nothing.
struct ListedLabel {
  std::string label;
  size_t text_start = 0;
  FootnoteLabel style = FootnoteLabel::kBracket;
};

std::optional<ListedLabel> MatchListedLabel(std::string_view text) {
  ListedLabel found;
  const char open = text.empty() ? '\0' : text[0];
  const bool enclosed = open == '[' || open == '(';
  size_t digits_end = enclosed ? 1 : 0;
  while (digits_end < text.size() && IsDigit(text[digits_end])) ++digits_end;
  const size_t digits = digits_end - (enclosed ? 1 : 0);
  if (digits == 0 || digits > 3) return std::nullopt;
  found.label = std::string(text.substr(enclosed ? 1 : 0, digits));
  size_t after = digits_end;
  if (enclosed) {
    if (after >= text.size() || text[after] != (open == '[' ? ']' : ')')) return std::nullopt;
    found.style = open == '[' ? FootnoteLabel::kBracket : FootnoteLabel::kParen;
    ++after;
    if (open == '[' && after < text.size() && text[after] != ' ' && text[after] != '\t') {
      found.style = FootnoteLabel::kBracketGlued;
    }
    // "(1) text" needs its space ("(1)text" is no list label); "[1]text" has been seen without.
    if (open == '(' && (after >= text.size() || text[after] != ' ')) return std::nullopt;
  } else {
    found.style = FootnoteLabel::kBare;
    if (after < text.size() && text[after] == '.') {
      found.style = FootnoteLabel::kDotted;
      ++after;
    }
    if (after >= text.size() || text[after] != ' ') return std::nullopt;
  }
  found.text_start = after;
  return found;
}

// The first '[' or '(' in `text` from `from`, or npos: sixteen bytes at a time, then a look at
// each byte (find_first_of("[(") asks memchr of its set for every byte of the text, and this reads
// every line of the body).
size_t FindMarkerOpening(std::string_view text, size_t from) {
  size_t at = from;
#if defined(__SSE2__)
  const __m128i bracket = _mm_set1_epi8('['), paren = _mm_set1_epi8('(');
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const auto openings =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, bracket), _mm_cmpeq_epi8(x, paren))));
    if (openings != 0) return at + static_cast<size_t>(std::countr_zero(openings));
  }
#endif
  for (; at < text.size(); ++at) {
    if (text[at] == '[' || text[at] == '(') return at;
  }
  return std::string_view::npos;
}

// The footnote markers in the body (lines before `end`): "[1]", or "(1)" right after a word or
// sign; their labels, found in one pass.
std::set<std::string> FootnoteMarkers(const std::vector<BodyLine>& body, size_t end) {
  std::set<std::string> labels;
  for (size_t k = 0; k < end; ++k) {
    const std::string_view text = body[k].text;
    for (size_t at = FindMarkerOpening(text, 0); at != std::string_view::npos; at = FindMarkerOpening(text, at + 1)) {
      size_t digits = at + 1;
      while (digits < text.size() && IsDigit(text[digits])) ++digits;
      const size_t count = digits - at - 1;
      if (count == 0 || count > 3 || digits >= text.size()) continue;
      const bool bracket = text[at] == '[' && text[digits] == ']';
      const bool paren = text[at] == '(' && text[digits] == ')' && at > 0 && !IsAsciiWhitespace(text[at - 1]) &&
                         text[at - 1] != '(';
      if (bracket || paren) labels.insert(std::string(text.substr(at + 1, count)));
    }
  }
  return labels;
}

// Footnote texts: a tail of lines "[1] text" or "(1) text" (believed when the body has a marker
// for the first), or under a "...Notes" heading "1 text" or "1. text". Moves them (and their
// heading) into `result`; returns where the body's own lines end.
size_t TakeFootnoteTexts(const std::vector<BodyLine>& body, BlockReadResult& result) {
  size_t end = body.size();
  while (end > 0 && TrimWhitespace(body[end - 1].text).empty()) --end;
  size_t notes_begin = end;
  size_t k = end;
  std::vector<FootnoteText> tail;  // last note first
  while (k > 0) {
    const std::string_view text = TrimWhitespace(body[k - 1].text);
    if (text.empty()) {
      --k;
      continue;
    }
    const std::optional<ListedLabel> label = MatchListedLabel(text);
    if (!label) break;
    const std::string_view note_text = TrimWhitespace(text.substr(label->text_start));
    if (note_text.empty()) break;
    const int column = static_cast<int>(body[k - 1].text.find_first_not_of(" \t")) + 1;
    const int text_column = column + CountCodePoints(text.substr(0, static_cast<size_t>(note_text.data() - text.data())));
    tail.push_back(FootnoteText{label->label, std::string(note_text), {body[k - 1].line, text_column}, label->style});
    notes_begin = k - 1;
    --k;
  }
  std::reverse(tail.begin(), tail.end());
  if (tail.empty()) return end;
  // Bare and dotted note lines need their heading ("Translator's Notes") to be believed.
  size_t heading_at = notes_begin;
  while (heading_at > 0 && TrimWhitespace(body[heading_at - 1].text).empty()) --heading_at;
  std::string heading;
  if (heading_at > 0) {
    const std::string candidate(TrimWhitespace(body[heading_at - 1].text));
    if (AsciiLower(candidate).find("notes") != std::string::npos && CountWords(candidate) <= 4) heading = candidate;
  }
  const FootnoteLabel style = tail.front().style;
  const std::set<std::string> markers =
      style == FootnoteLabel::kBracket || style == FootnoteLabel::kBracketGlued ? std::set<std::string>{}
                                                                               : FootnoteMarkers(body, notes_begin);
  // Numbered lines at the end are notes when each has its marker in the text ("3. text" for "(3)").
  const bool every_label_marked = std::all_of(tail.begin(), tail.end(), [&](const FootnoteText& note) {
    return markers.count(note.label) > 0;
  });
  bool believed = false;
  switch (style) {
    case FootnoteLabel::kBracket:
    case FootnoteLabel::kBracketGlued: believed = true; break;
    case FootnoteLabel::kParen: believed = markers.count(tail.front().label) > 0; break;
    case FootnoteLabel::kBare: believed = !heading.empty() || every_label_marked; break;
    case FootnoteLabel::kDotted:
      believed = (!heading.empty() && markers.count(tail.front().label) > 0) || every_label_marked;
      break;
  }
  if (believed) {
    result.footnotes = std::move(tail);
    result.footnote_heading = heading;
    end = heading.empty() ? notes_begin : heading_at - 1;
    if (!heading.empty()) {
      const std::string_view line = body[heading_at - 1].text;
      result.footnote_heading_position = {body[heading_at - 1].line,
                                          static_cast<int>(line.find_first_not_of(" \t")) + 1};
    }
  }
  return end;
}

// Whether `text` starts with "to:" in any case (no lower-cased copy of every line's start). Of
// the bytes, only 'T' and 't' are 't' with the case bit 0x20 set, and only 'O' and 'o' 'o'.
bool StartsWithToColon(std::string_view text) {
  return text.size() >= 3 && (text[0] | 0x20) == 't' && (text[1] | 0x20) == 'o' && text[2] == ':';
}

// Whether `line` holds whitespace that parts columns: a tab, or three spaces in a row (a run of
// three or more blanks without a tab is all spaces). One look at each byte: most lines have none,
// and the column search below asks find_first_of, which looks up every byte of the line in its set.
bool HasColumnGap(std::string_view line) {
  size_t spaces = 0;
  for (const char c : line) {
    if (c == '\t') return true;
    spaces = c == ' ' ? spaces + 1 : 0;
    if (spaces >= 3) return true;
  }
  return false;
}

}  // namespace

LineLayout ReadLineLayout(std::string_view line) {
  LineLayout layout;
  // Sixteen, then eight bytes at a time: most lines have neither, and a chunk without either is
  // passed in a few operations. `space_before` carries a space at the end of one chunk to the next.
  bool space_before = false;
  size_t at = 0;
#if defined(__SSE2__)
  {
    const __m128i space = _mm_set1_epi8(' '), below_space = _mm_set1_epi8(0x1F);
    unsigned double_spaces = 0, controls = 0;
    unsigned carried_space = 0;
    for (; at + 16 <= line.size(); at += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + at));
      const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(x, space)));
      // A byte below 0x20 (unsigned) is its own minimum with 0x1F.
      controls |= static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(x, below_space), x)));
      double_spaces |= spaces & ((spaces << 1) | carried_space);
      carried_space = spaces >> 15;
    }
    layout.has_control = controls != 0;
    layout.has_double_space = double_spaces != 0;
    space_before = carried_space != 0;
  }
#endif
  for (; at + 8 <= line.size(); at += 8) {
    const uint64_t chunk = LoadEightBytes(line.data() + at);
    // Each byte's high bit: set where the byte is a space (exact, no carry between bytes).
    const uint64_t not_space = chunk ^ (kEachByte * ' ');
    const uint64_t spaces = ~(((not_space & ~kEachHighBit) + ~kEachHighBit) | not_space) & kEachHighBit;
    // Whether a byte is below 0x20 (exact for the word as a whole).
    layout.has_control = layout.has_control || ((chunk - kEachByte * 0x20) & ~chunk & kEachHighBit) != 0;
    layout.has_double_space = layout.has_double_space || (spaces & (spaces << 8)) != 0 ||
                              (space_before && (spaces & 0x80) != 0);
    space_before = (spaces >> 63) != 0;
  }
  for (; at < line.size(); ++at) {
    const char c = line[at];
    layout.has_control = layout.has_control || static_cast<unsigned char>(c) < 0x20;
    layout.has_double_space = layout.has_double_space || (space_before && c == ' ');
    space_before = c == ' ';
  }
  return layout;
}

std::vector<std::string> PrintedColumns(std::string_view line) {
  std::vector<std::string> columns;
  line = TrimWhitespace(line);
  if (!HasColumnGap(line) || line.find('\n') != std::string_view::npos) return columns;
  size_t column_start = 0;
  for (size_t gap = line.find_first_of(" \t"); gap != std::string_view::npos;) {
    const size_t gap_end = std::min(line.find_first_not_of(" \t", gap), line.size());
    const std::string_view whitespace = line.substr(gap, gap_end - gap);
    // (One or two spaces part the words of a column.)
    if (whitespace.find('\t') != std::string_view::npos || whitespace.size() >= 3) {
      columns.push_back(CollapseWhitespace(line.substr(column_start, gap - column_start), LineBreaks::kKeep));
      column_start = gap_end;
    }
    gap = line.find_first_of(" \t", gap_end);
  }
  if (columns.empty()) return columns;
  columns.push_back(CollapseWhitespace(line.substr(column_start), LineBreaks::kKeep));
  return columns;
}

BlockReadResult ReadBlocks(const std::vector<BodyLine>& body, const std::string& file_name,
                           std::vector<Diagnostic>& diagnostics) {
  BlockReadResult result;
  const size_t end = TakeFootnoteTexts(body, result);
  // A block per line that is not blank, more only for lines printed in columns: the blocks are
  // not moved as the vector grows.
  result.blocks.reserve(static_cast<size_t>(std::count_if(
      body.begin(), body.begin() + static_cast<std::ptrdiff_t>(end),
      [](const BodyLine& line) { return !TrimWhitespace(line.text).empty(); })));

  bool after_blank = true;
  for (size_t i = 0; i < end; ++i) {
    if (TrimWhitespace(body[i].text).empty()) {
      after_blank = true;
      continue;
    }
    const int first_line = body[i].line;
    // A note left open at the end of the line continues on the next lines (multi-line stamps).
    size_t joined_until = i;
    std::string joined_lines;  // the line and its continuation, when there is one
    if (BracketBalance(body[i].text) > 0) {
      std::string joined(body[i].text);
      for (size_t k = i + 1; k < end && k <= i + 12; ++k) {
        joined += '\n';
        joined += body[k].text;
        if (BracketBalance(joined) == 0) {
          joined_lines = std::move(joined);
          joined_until = k;
          break;
        }
      }
    }
    const std::string_view text = joined_until == i ? body[i].text : std::string_view(joined_lines);
    const size_t indent = text.find_first_not_of(" \t");
    // What the tests below would look for in the line, found in one look: most lines are a run of
    // words parted by single spaces, without columns and with no whitespace to collapse.
    const LineLayout layout = ReadLineLayout(text);
    // `collapsed`: `raw` with its whitespace collapsed, when the caller has it; `may_hold_columns`:
    // false when `raw` is known to have no tab and no run of spaces.
    // `date_at_start`: MatchDateAt of the collapsed text, when the caller has it.
    auto add_block = [&](std::string_view raw, size_t offset_in_line, bool blank_before,
                         const std::string_view* collapsed = nullptr, bool may_hold_columns = true,
                         const std::optional<DateMatch>* date_at_start = nullptr) {
      // Runs of spaces inside a line are layout; one space is the text.
      std::string collapsed_here;
      const std::string_view content =
          collapsed ? *collapsed : std::string_view(collapsed_here = CollapseWhitespace(raw, LineBreaks::kKeep));
      Block& block = result.blocks.emplace_back();
      ClassifyLineInto(content, block, date_at_start);
      block.position = {first_line, CountCodePoints(std::string_view(text).substr(0, offset_in_line)) + 1};
      block.after_blank_line = blank_before;
      std::string_view rest = content;
      if (block.kind == BlockKind::kListItem) {
        // The printed label is kept apart; the content starts after it and its space.
        const size_t skip = std::min(rest.size(), block.label.size() + 1);
        block.position.column += CountCodePoints(rest.substr(0, skip));
        rest = rest.substr(skip);
      }
      // The run is built in its place (what Inline::Text makes): an Inline is moved field by field.
      Inline& run = block.content.emplace_back();
      run.type = Inline::Type::kText;
      run.text = rest;
      run.position = block.position;
      if (may_hold_columns) {
        if (std::vector<std::string> columns = PrintedColumns(raw); !columns.empty()) {
          result.column_lines.push_back({block.position, std::move(columns)});
        }
      }
    };
    // (Header columns are parted by two spaces at least.)
    auto columns = joined_until == i && layout.has_double_space ? HeaderColumns(text)
                                                                : std::vector<std::pair<size_t, std::string>>{};
    // "To: The Foreign Minister From: Ambassador Ogawa": two header fields printed on one line.
    if (columns.empty() && StartsWithToColon(TrimWhitespace(text))) {
      if (const size_t from = text.find(" From: "); from != std::string_view::npos) {
        columns = {{indent, std::string(text.substr(indent, from - indent))}, {from + 1, std::string(text.substr(from + 1))}};
      }
    }
    if (!columns.empty()) {
      for (size_t c = 0; c < columns.size(); ++c) add_block(columns[c].second, columns[c].first, c == 0 && after_blank);
    } else {
      // "28 August 1951 Copies: Malenkov, ...": a date flattened onto the line of another field.
      // A line with single spaces only, none at its ends, is its own collapsed text.
      const bool already_collapsed =
          !layout.has_double_space && !layout.has_control && text.front() != ' ' && text.back() != ' ';
      std::string collapsed_copy;
      const std::string_view content =
          already_collapsed ? std::string_view(text)
                            : std::string_view(collapsed_copy = CollapseWhitespace(text, LineBreaks::kKeep));
      const auto leading_date = MatchDateAt(content, 0, DateContext{1950, 6, 15});
      bool split = false;
      if (leading_date && leading_date->end + 1 < content.size()) {
        const std::string_view rest = TrimWhitespace(content.substr(leading_date->end));
        if (ClassifyLine(rest).kind == BlockKind::kSeg) {
          const size_t rest_at = text.find(rest.substr(0, std::min<size_t>(rest.size(), 8)), indent);
          add_block(content.substr(0, leading_date->end), indent, after_blank);
          add_block(rest, rest_at == std::string_view::npos ? indent : rest_at, false);
          split = true;
        }
      }
      // (PrintedColumns needs a tab or three spaces in a row.)
      if (!split) {
        add_block(text, indent, after_blank, &content, layout.has_control || layout.has_double_space, &leading_date);
      }
    }
    after_blank = false;
    i = joined_until;
  }
  (void)file_name;
  (void)diagnostics;
  return result;
}

}  // namespace teipress
