#include "bracket_parser.h"

#include <algorithm>

#include "diagnostic_catalog.h"

namespace teipress {
namespace {

constexpr size_t kUnmatched = static_cast<size_t>(-1);
// Deeper nesting than any real note keeps the recursion bounded on hostile input.
constexpr int kMaxNoteDepth = 32;

// Converts byte offsets to positions; offsets are asked for in increasing order, so each call
// only walks the text since the previous one.
class PositionCursor {
 public:
  PositionCursor(std::string_view text, Position origin) : text_(text), origin_(origin), at_(origin) {}
  Position At(size_t offset) {
    if (offset < offset_) {
      offset_ = 0;
      at_ = origin_;
    }
    at_ = Advance(at_, text_.substr(offset_, offset - offset_));
    offset_ = offset;
    return at_;
  }

 private:
  std::string_view text_;
  Position origin_;
  Position at_;
  size_t offset_ = 0;
};

// For every '[' the index of its ']' (or kUnmatched), and the set of ']' with no '['.
struct BracketPairs {
  std::vector<size_t> closing_of;   // indexed by byte offset; only '[' entries are meaningful
  std::vector<bool> stray_closing;  // ']' that close nothing
  bool any_unpaired = false;        // a '[' never closed or a stray ']'
};

BracketPairs PairBrackets(std::string_view text) {
  BracketPairs pairs;
  pairs.closing_of.assign(text.size(), kUnmatched);
  pairs.stray_closing.assign(text.size(), false);
  std::vector<size_t> open;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      open.push_back(i);
    } else if (text[i] == ']') {
      if (open.empty()) {
        pairs.stray_closing[i] = true;
        pairs.any_unpaired = true;
      } else {
        pairs.closing_of[open.back()] = i;
        open.pop_back();
      }
    }
  }
  pairs.any_unpaired = pairs.any_unpaired || !open.empty();
  return pairs;
}

void AppendText(Inlines& out, std::string_view text, Position at) {
  if (text.empty()) return;
  if (!out.empty() && out.back().type == Inline::Type::kText) {
    out.back().text.append(text);
    return;
  }
  out.push_back(Inline::Text(std::string(text), at));
}

// Text between notes, with line breaks of a multi-line note as kLineBreak runs.
void AppendTextWithBreaks(Inlines& out, std::string_view text, size_t begin, size_t end, PositionCursor& cursor) {
  size_t start = begin;
  while (true) {
    // Searched up to `end` only: the text after the last note is searched once, not once per note.
    const size_t newline = text.substr(0, end).find('\n', start);
    const size_t piece_end = newline == std::string_view::npos ? end : newline;
    AppendText(out, text.substr(start, piece_end - start), cursor.At(start));
    if (piece_end == end) break;
    Inline line_break;
    line_break.type = Inline::Type::kLineBreak;
    line_break.position = cursor.At(piece_end);
    out.push_back(line_break);
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

Inlines ParseRange(std::string_view text, size_t begin, size_t end, const BracketPairs& pairs,
                   PositionCursor& cursor, CorrectionCursor& corrections, int depth) {
  Inlines out;
  size_t text_start = begin;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] != '[' && text[i] != ']') continue;
    const bool note = text[i] == '[' && pairs.closing_of[i] != kUnmatched && pairs.closing_of[i] < end;
    // Past the deepest nesting any real note has, brackets are kept as printed in error.
    if (note && depth < kMaxNoteDepth) {
      const size_t close = pairs.closing_of[i];
      AppendTextWithBreaks(out, text, text_start, i, cursor);
      Inline parsed;
      parsed.type = Inline::Type::kNote;
      parsed.position = cursor.At(i);
      parsed.text = std::string(text.substr(i + 1, close - i - 1));
      parsed.children = ParseRange(text, i + 1, close, pairs, cursor, corrections, depth + 1);
      out.push_back(std::move(parsed));
      i = close;
      text_start = close + 1;
      continue;
    }
    if (note || text[i] == ']' || pairs.closing_of[i] == kUnmatched) {
      AppendTextWithBreaks(out, text, text_start, i, cursor);
      out.push_back(StrayBracket(text, i, cursor, corrections));
      text_start = i + 1;
    }
  }
  AppendTextWithBreaks(out, text, text_start, end, cursor);
  return out;
}

}  // namespace

Position Advance(Position at, std::string_view text) {
  // Lines are counted, and columns only after the last line break: two branch-free loops the
  // compiler vectorizes (positions are asked for every run of text).
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
  if (text.find('[') == std::string_view::npos && text.find(']') == std::string_view::npos) {
    // Most lines hold no bracket: their text is one run (split at line breaks), nothing to pair.
    Inlines out;
    PositionCursor cursor(text, start);
    AppendTextWithBreaks(out, text, 0, text.size(), cursor);
    return out;
  }
  const BracketPairs pairs = PairBrackets(text);
  PositionCursor report_cursor(text, start);
  for (size_t i = 0; pairs.any_unpaired && i < text.size(); ++i) {
    if (text[i] == '[' && pairs.closing_of[i] == kUnmatched) {
      const Position at = report_cursor.At(i);
      diagnostics.push_back({file_name, at.line, at.column, Severity::kWarning,
                             "'[' is never closed; kept as a printing error (choice/sic) to be corrected. Add the "
                             "missing ']' if this opens an editorial note",
                             rules::kConvertUnclosedBracket});
    } else if (pairs.stray_closing[i]) {
      const Position at = report_cursor.At(i);
      diagnostics.push_back({file_name, at.line, at.column, Severity::kWarning,
                             "']' closes no '['; kept as a printing error (choice/sic) to be corrected. Add the "
                             "missing '[' if this closes an editorial note",
                             rules::kConvertStrayBracket});
    }
  }
  PositionCursor cursor(text, start);
  CorrectionCursor corrections(text);
  return ParseRange(text, 0, text.size(), pairs, cursor, corrections, 0);
}

std::string PrintedText(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Inline::Type::kText: out += run.text; break;
      case Inline::Type::kLineBreak: out += '\n'; break;
      case Inline::Type::kNote: out += "[" + PrintedText(run.children) + "]"; break;
      case Inline::Type::kStrayBracket: out += run.text; break;
      default: out += PrintedText(run.children); break;
    }
  }
  return out;
}

}  // namespace teipress
