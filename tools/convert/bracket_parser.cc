#include "bracket_parser.h"

#include <algorithm>

#include "diagnostic_catalog.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {
namespace {

constexpr size_t kUnmatched = static_cast<size_t>(-1);
// Deeper nesting than any real note keeps the recursion bounded on hostile input.
constexpr int kMaxNoteDepth = 32;

// The characters of `text` (the bytes that continue none), as Advance counts a text's columns.
int Characters(std::string_view text) {
  size_t i = 0;
  int characters = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time, as Advance does: as signed bytes, continuation bytes are those below -64.
  if (text.size() >= 16) {
    const __m128i continuation_limit = _mm_set1_epi8(-64), one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
    __m128i sums = zero;  // two 64-bit sums
    for (; i + 16 <= text.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      sums = _mm_add_epi64(sums, _mm_sad_epu8(_mm_andnot_si128(_mm_cmplt_epi8(x, continuation_limit), one), zero));
    }
    characters = _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums));
  }
#endif
  for (; i < text.size(); ++i) characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
  return characters;
}

// Converts byte offsets to positions; offsets are asked for in increasing order, so each call
// only walks the text since the previous one. In a text without line breaks (most), a position
// is its line's and a count of characters: Advance's looks for line breaks are left out.
class PositionCursor {
 public:
  PositionCursor(std::string_view text, Position origin, bool text_has_line_breaks)
      : text_(text), origin_(origin), at_(origin), text_has_line_breaks_(text_has_line_breaks) {}
  Position At(size_t offset) {
    if (offset < offset_) {
      offset_ = 0;
      at_ = origin_;
    }
    const std::string_view walked = text_.substr(offset_, offset - offset_);
    if (text_has_line_breaks_) {
      at_ = Advance(at_, walked);
    } else {
      at_.column += Characters(walked);
    }
    offset_ = offset;
    return at_;
  }
  bool text_has_line_breaks() const { return text_has_line_breaks_; }

 private:
  std::string_view text_;
  Position origin_;
  Position at_;
  size_t offset_ = 0;
  bool text_has_line_breaks_;
};

// The text's brackets in order, each with its partner: for a '[' the index (in `brackets`) of its
// ']', for a ']' that of its '['; kUnmatched for a '[' never closed and a stray ']'. A list of the
// brackets, not a table over every byte: the parse and the report visit only them.
struct Bracket {
  size_t at;       // byte offset
  size_t partner;  // index in BracketPairs::brackets, or kUnmatched
};

struct BracketPairs {
  std::vector<Bracket> brackets;
  std::vector<size_t> open;  // indexes of the '[' not yet closed, while pairing
  bool any_unpaired = false;  // a '[' never closed or a stray ']'
};

// `next_open` and `next_close`: the first '[' and the first ']' of the text (npos: none). The
// brackets are found by a search for each sign, not a look at every byte: each search goes on from
// the bracket it found, and the other sign's next place is kept until the parse passes it.
// `pairs` is emptied first: its lists are the caller's, kept from one text to the next.
void PairBrackets(std::string_view text, size_t next_open, size_t next_close, BracketPairs& pairs) {
  pairs.brackets.clear();
  pairs.open.clear();
  pairs.any_unpaired = false;
  std::vector<size_t>& open = pairs.open;
  while (next_open != std::string_view::npos || next_close != std::string_view::npos) {
    const size_t i = std::min(next_open, next_close);
    if (i == next_open) {
      next_open = text.find('[', i + 1);
    } else {
      next_close = text.find(']', i + 1);
    }
    const size_t index = pairs.brackets.size();
    pairs.brackets.push_back({i, kUnmatched});
    if (text[i] == '[') {
      open.push_back(index);
    } else if (open.empty()) {
      pairs.any_unpaired = true;
    } else {
      pairs.brackets[open.back()].partner = index;
      pairs.brackets[index].partner = open.back();
      open.pop_back();
    }
  }
  pairs.any_unpaired = pairs.any_unpaired || !open.empty();
}

// The lists of BracketPairs for the texts of one thread, in turn: most texts have a few brackets,
// and a list allocated anew for each (and grown bracket by bracket) cost an allocation or more a
// text. A list grown large by a hostile text is given back, not kept for the thread's life.
class ReusedBracketPairs {
 public:
  ReusedBracketPairs() : pairs_(Lists()) {}
  ~ReusedBracketPairs() {
    constexpr size_t kKeptCapacity = 4096;
    if (pairs_.brackets.capacity() > kKeptCapacity) std::vector<Bracket>().swap(pairs_.brackets);
    if (pairs_.open.capacity() > kKeptCapacity) std::vector<size_t>().swap(pairs_.open);
  }
  ReusedBracketPairs(const ReusedBracketPairs&) = delete;
  ReusedBracketPairs& operator=(const ReusedBracketPairs&) = delete;
  BracketPairs& get() { return pairs_; }

 private:
  static BracketPairs& Lists() {
    thread_local BracketPairs lists;
    return lists;
  }
  BracketPairs& pairs_;
};

void AppendText(Inlines& out, std::string_view text, Position at) {
  if (text.empty()) return;
  if (!out.empty() && out.back().type == Inline::Type::kText) {
    out.back().text.append(text);
    return;
  }
  // Built in its place (what Inline::Text makes): an Inline is large, and moved field by field.
  Inline& run = out.emplace_back();
  run.type = Inline::Type::kText;
  run.text = text;
  run.position = at;
}

// Text between notes, with line breaks of a multi-line note as kLineBreak runs.
void AppendTextWithBreaks(Inlines& out, std::string_view text, size_t begin, size_t end, PositionCursor& cursor) {
  if (!cursor.text_has_line_breaks()) {  // one run, no search for breaks
    if (end > begin) AppendText(out, text.substr(begin, end - begin), cursor.At(begin));
    return;
  }
  size_t start = begin;
  while (true) {
    // Searched up to `end` only: the text after the last note is searched once, not once per note.
    const size_t newline = text.substr(0, end).find('\n', start);
    const size_t piece_end = newline == std::string_view::npos ? end : newline;
    AppendText(out, text.substr(start, piece_end - start), cursor.At(start));
    if (piece_end == end) break;
    Inline& line_break = out.emplace_back();
    line_break.type = Inline::Type::kLineBreak;
    line_break.position = cursor.At(piece_end);
    start = piece_end + 1;
  }
}

// What a bracket printed in error most likely stands for: "(see p. 4]" closes its parenthesis
// with the wrong sign, "[see p. 4)" opens it so; otherwise nothing (the bracket is left out). It
// is asked for every stray bracket of a text in order, so each look for the nearest parenthesis
// or line break goes on from where the last one stopped: a line of 10^5 strays is read once, not
// once per stray.
class CorrectionCursor {
 public:
  explicit CorrectionCursor(std::string_view text) : text_(text) {}

  std::string CorrectionOf(size_t at) {
    if (text_[at] == ']') {
      if (at < scanned_) {  // asked out of order: start again
        scanned_ = 0;
        last_mark_ = kNone;
      }
      for (; scanned_ < at; ++scanned_) {
        if (IsMark(text_[scanned_])) last_mark_ = scanned_;
      }
      return last_mark_ != kNone && text_[last_mark_] == '(' ? ")" : "";
    }
    // The mark found for an earlier bracket is the first after this one too, if none lies between.
    if (at < next_from_ || at >= next_mark_) {
      next_from_ = at + 1;
      next_mark_ = next_from_;
      while (next_mark_ < text_.size() && !IsMark(text_[next_mark_])) ++next_mark_;
    }
    return next_mark_ < text_.size() && text_[next_mark_] == ')' ? "(" : "";
  }

 private:
  static constexpr size_t kNone = std::string_view::npos;
  static bool IsMark(char c) { return c == '(' || c == ')' || c == '\n'; }

  std::string_view text_;
  size_t scanned_ = 0;          // the marks before this offset are seen
  size_t last_mark_ = kNone;    // the last of them
  size_t next_from_ = 0;        // next_mark_ is the first mark at or after this offset
  size_t next_mark_ = 0;
};

Inline StrayBracket(std::string_view text, size_t at, PositionCursor& cursor, CorrectionCursor& corrections) {
  Inline stray;
  stray.type = Inline::Type::kStrayBracket;
  stray.text = std::string(1, text[at]);
  stray.label = corrections.CorrectionOf(at);
  stray.position = cursor.At(at);
  return stray;
}

// How many inlines ParseRange makes of the range at most: a note or stray for each of the range's
// own brackets, and for each stretch of text between them a run, or with k line breaks at most
// 2k + 1 runs and breaks. (Its list reserved once, the inlines are not moved as it grows.) It
// walks the brackets as ParseRange does, skipping the notes it does not enter.
size_t MostInlinesOfRange(std::string_view text, size_t begin, size_t end, size_t first, const BracketPairs& pairs,
                          bool text_has_line_breaks, int depth) {
  size_t count = 0;
  auto count_text = [&](size_t from, size_t to) {
    if (to <= from) return;
    count += 1;
    if (text_has_line_breaks) count += 2 * static_cast<size_t>(std::count(text.begin() + from, text.begin() + to, '\n'));
  };
  size_t text_start = begin;
  const std::vector<Bracket>& brackets = pairs.brackets;
  for (size_t b = first; b < brackets.size() && brackets[b].at < end; ++b) {
    const size_t i = brackets[b].at;
    const size_t partner = brackets[b].partner;
    const bool opening = text[i] == '[';
    const bool note = opening && partner != kUnmatched && brackets[partner].at < end;
    if (note && depth < kMaxNoteDepth) {
      count_text(text_start, i);
      ++count;
      b = partner;
      text_start = brackets[partner].at + 1;
      continue;
    }
    if (note || !opening || partner == kUnmatched) {
      count_text(text_start, i);
      ++count;
      text_start = i + 1;
    }
  }
  count_text(text_start, end);
  return count;
}

// Appends the inlines of the text from `begin` to `end`, whose first bracket (if any) is
// `pairs.brackets[first]`, to `out`, which the caller has reserved room for them in.
void ParseRangeInto(Inlines& out, std::string_view text, size_t begin, size_t end, size_t first,
                    const BracketPairs& pairs, bool text_has_line_breaks, PositionCursor& cursor,
                    CorrectionCursor& corrections, int depth) {
  size_t text_start = begin;
  const std::vector<Bracket>& brackets = pairs.brackets;
  for (size_t b = first; b < brackets.size() && brackets[b].at < end; ++b) {
    const size_t i = brackets[b].at;
    const size_t partner = brackets[b].partner;
    const bool opening = text[i] == '[';
    const bool note = opening && partner != kUnmatched && brackets[partner].at < end;
    // Past the deepest nesting any real note has, brackets are kept as printed in error.
    if (note && depth < kMaxNoteDepth) {
      const size_t close = brackets[partner].at;
      AppendTextWithBreaks(out, text, text_start, i, cursor);
      Inline& parsed = out.emplace_back();
      parsed.type = Inline::Type::kNote;
      parsed.position = cursor.At(i);
      parsed.text = std::string(text.substr(i + 1, close - i - 1));
      // (`parsed` stays valid: nothing is added to `out` until the children are in.)
      parsed.children.reserve(MostInlinesOfRange(text, i + 1, close, b + 1, pairs, text_has_line_breaks, depth + 1));
      ParseRangeInto(parsed.children, text, i + 1, close, b + 1, pairs, text_has_line_breaks, cursor, corrections,
                     depth + 1);
      b = partner;
      text_start = close + 1;
      continue;
    }
    if (note || !opening || partner == kUnmatched) {
      AppendTextWithBreaks(out, text, text_start, i, cursor);
      out.push_back(StrayBracket(text, i, cursor, corrections));
      text_start = i + 1;
    }
  }
  AppendTextWithBreaks(out, text, text_start, end, cursor);
}

// Where a text's first '[', first ']' and first line break are (npos: none).
struct FirstSigns {
  size_t open;
  size_t close;
  size_t line_break;
};

FirstSigns FindFirstSigns(std::string_view text) {
  return {text.find('['), text.find(']'), text.find('\n')};
}

// ParseBrackets' work. When `taken_prefix` is not 0, the text's first `taken_prefix` bytes (no
// bracket or line break among them) are the list's first run, left empty for the caller to fill
// with the text it owns; the parse starts after them.
Inlines ParseText(std::string_view text, Position start, FirstSigns first, size_t taken_prefix,
                  const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
  Inlines out;
  const bool text_has_line_breaks = first.line_break != std::string_view::npos;
  auto take_prefix = [&] {
    if (taken_prefix == 0) return;
    Inline& run = out.emplace_back();
    run.type = Inline::Type::kText;
    run.position = start;
  };
  if (first.open == std::string_view::npos && first.close == std::string_view::npos) {
    // Most lines hold no bracket: their text is one run (split at line breaks), nothing to pair.
    // (At most a run and a line break a line: reserved, the runs are not moved as the list grows;
    // an empty text, whose list stays empty, allocates nothing.)
    if (text.empty()) return out;
    out.reserve(text_has_line_breaks
                    ? 2 * static_cast<size_t>(std::count(text.begin() + first.line_break, text.end(), '\n')) + 1
                    : 1);
    take_prefix();
    PositionCursor cursor(text, start, text_has_line_breaks);
    AppendTextWithBreaks(out, text, taken_prefix, text.size(), cursor);
    return out;
  }
  ReusedBracketPairs reused;
  BracketPairs& pairs = reused.get();
  PairBrackets(text, first.open, first.close, pairs);
  PositionCursor report_cursor(text, start, text_has_line_breaks);
  for (size_t b = 0; pairs.any_unpaired && b < pairs.brackets.size(); ++b) {
    const size_t i = pairs.brackets[b].at;
    if (pairs.brackets[b].partner != kUnmatched) continue;
    if (text[i] == '[') {
      const Position at = report_cursor.At(i);
      diagnostics.push_back({file_name, at.line, at.column, Severity::kWarning,
                             "'[' is never closed; kept as a printing error (choice/sic) to be corrected. Add the "
                             "missing ']' if this opens an editorial note",
                             rules::kConvertUnclosedBracket});
    } else {
      const Position at = report_cursor.At(i);
      diagnostics.push_back({file_name, at.line, at.column, Severity::kWarning,
                             "']' closes no '['; kept as a printing error (choice/sic) to be corrected. Add the "
                             "missing '[' if this closes an editorial note",
                             rules::kConvertStrayBracket});
    }
  }
  PositionCursor cursor(text, start, text_has_line_breaks);
  CorrectionCursor corrections(text);
  out.reserve((taken_prefix != 0 ? 1 : 0) +
              MostInlinesOfRange(text, taken_prefix, text.size(), 0, pairs, text_has_line_breaks, 0));
  take_prefix();
  ParseRangeInto(out, text, taken_prefix, text.size(), 0, pairs, text_has_line_breaks, cursor, corrections, 0);
  return out;
}

}  // namespace

Position Advance(Position at, std::string_view text) {
  // Lines are counted, and columns only after the last line break, in one pass (positions are
  // asked for every run of text; rfind would look at each byte from the end).
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: the characters (bytes that continue none: as signed bytes, the
  // continuation bytes 0x80-0xBF are those below -64) are summed eight bytes a lane; a block with
  // a line break is read byte by byte.
  if (text.size() >= 16) {
    const __m128i line_feed = _mm_set1_epi8('\n'), continuation_limit = _mm_set1_epi8(-64);
    const __m128i one = _mm_set1_epi8(1), zero = _mm_setzero_si128();
    __m128i characters = zero;  // two 64-bit sums
    int lines = 0;
    int characters_after_break = 0;
    bool broke = false;
    for (; i + 16 <= text.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      if (_mm_movemask_epi8(_mm_cmpeq_epi8(x, line_feed)) != 0) {
        for (size_t k = i; k < i + 16; ++k) {
          if (text[k] == '\n') {
            ++lines;
            broke = true;
            characters = zero;
            characters_after_break = 0;
          } else if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) {
            ++characters_after_break;
          }
        }
        continue;
      }
      const __m128i starts = _mm_andnot_si128(_mm_cmplt_epi8(x, continuation_limit), one);
      characters = _mm_add_epi64(characters, _mm_sad_epu8(starts, zero));
    }
    characters_after_break += _mm_cvtsi128_si32(characters) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(characters, characters));
    if (broke) {
      at.line += lines;
      at.column = 1;
    }
    at.column += characters_after_break;
    text.remove_prefix(i);
  }
#endif
  const size_t last_break = text.rfind('\n');
  if (last_break != std::string_view::npos) {
    at.line += static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(last_break) + 1, '\n'));
    at.column = 1;
    text.remove_prefix(last_break + 1);
  }
  int code_points = 0;
  for (const char c : text) code_points += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  at.column += code_points;
  return at;
}

Inlines ParseBrackets(std::string_view text, Position start, const std::string& file_name,
                      std::vector<Diagnostic>& diagnostics) {
  return ParseText(text, start, FindFirstSigns(text), 0, file_name, diagnostics);
}

Inlines ParseBracketsOfOwnedText(std::string text, Position start, const std::string& file_name,
                                 std::vector<Diagnostic>& diagnostics) {
  Inlines out;
  ParseBracketsOfOwnedTextInto(std::move(text), start, file_name, diagnostics, out);
  return out;
}

void ParseBracketsOfOwnedTextInto(std::string text, Position start, const std::string& file_name,
                                  std::vector<Diagnostic>& diagnostics, Inlines& out) {
  // (Three searches of a byte each: `find_first_of` looks at each byte in a loop of its own.)
  const FirstSigns first = FindFirstSigns(text);
  const size_t prefix = std::min({first.open, first.close, first.line_break});
  if (prefix == std::string::npos) {
    out.clear();
    if (text.empty()) return;
    out.resize(1);
    out.front().type = Inline::Type::kText;
    out.front().text = std::move(text);
    out.front().position = start;
    return;
  }
  // The text before the first bracket or line break becomes the first run in the given string,
  // cut short after the parse, not in a copy: when that run is too long for the string's own few
  // bytes (it would be allocated) and at least as long as the part of the string it leaves unused.
  constexpr size_t kInPlaceCapacity = 15;  // libstdc++'s; a longer run would be allocated
  const bool take_prefix = prefix > kInPlaceCapacity && text.capacity() - prefix <= prefix;
  out = ParseText(text, start, first, take_prefix ? prefix : 0, file_name, diagnostics);
  if (take_prefix) {
    text.resize(prefix);
    out.front().text = std::move(text);
  }
}

namespace {

// PrintedText's size, so that its string is allocated once (a note's brackets were two temporary
// strings and the result grew run by run).
size_t PrintedSize(const Inlines& inlines) {
  size_t size = 0;
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Inline::Type::kText: size += run.text.size(); break;
      case Inline::Type::kLineBreak: size += 1; break;
      case Inline::Type::kNote: size += PrintedSize(run.children) + 2; break;
      case Inline::Type::kStrayBracket: size += run.text.size(); break;
      default: size += PrintedSize(run.children); break;
    }
  }
  return size;
}

void AppendPrinted(const Inlines& inlines, std::string& out) {
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Inline::Type::kText: out += run.text; break;
      case Inline::Type::kLineBreak: out += '\n'; break;
      case Inline::Type::kNote:
        out += '[';
        AppendPrinted(run.children, out);
        out += ']';
        break;
      case Inline::Type::kStrayBracket: out += run.text; break;
      default: AppendPrinted(run.children, out); break;
    }
  }
}

}  // namespace

std::string PrintedText(const Inlines& inlines) {
  // Most blocks are one run of text: its copy is the whole work.
  if (inlines.size() == 1 && inlines.front().type == Inline::Type::kText) return inlines.front().text;
  std::string out;
  out.reserve(PrintedSize(inlines));
  AppendPrinted(inlines, out);
  return out;
}

}  // namespace teipress
