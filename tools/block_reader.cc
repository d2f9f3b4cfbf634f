#include "block_reader.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "date_recognizer.h"
#include "source_text.h"

namespace teipress {
namespace {

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return std::string(text);
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

int BracketBalance(std::string_view text) {
  int balance = 0;
  for (char c : text) {
    if (c == '[') ++balance;
    if (c == ']' && balance > 0) --balance;
  }
  return balance;
}

// Lines that classify or route a document rather than say something.
bool IsClassificationLine(const std::string& lower) {
  static constexpr std::array<std::string_view, 22> kMarks = {
      "top secret", "secret", "strictly secret", "of special importance", "for official use",
      "making copies is prohibited", "extremely urgent", "top priority", "urgent", "special",
      "confidential", "copy n", "made in ", "personal", "very urgent", "immediate", "priority",
      "eyes only", "limited official use", "ciphered telegram", "cipher telegram", "for official use only"};
  for (std::string_view mark : kMarks) {
    const bool whole_word = lower.size() == mark.size() || !IsLower(lower[mark.size()]) || mark.back() == ' ';
    if (StartsWith(lower, mark) && whole_word) {
      // "Special no. 812" is routing, handled by the caller first.
      return lower.size() <= mark.size() + 40;
    }
  }
  return false;
}

struct Label {
  std::string_view prefix;
  std::string_view type;
};

// "Label: value" lines of document headers and transmission logs.
constexpr std::array<Label, 48> kRoutingLabels = {{
    {"sent ", "routing"}, {"received ", "routing"}, {"arrived ", "routing"}, {"deciphered ", "routing"},
    {"destination:", "routing"}, {"to whom:", "routing"}, {"special no.", "number"}, {"issuing no.", "number"},
    {"number:", "number"}, {"primary:", "routing"}, {"sent:", "routing"}, {"received:", "routing"},
    {"from:", "routing"}, {"to:", "routing"}, {"date:", "routing"}, {"time:", "routing"}, {"place:", "routing"},
    {"location:", "routing"}, {"participants:", "routing"}, {"participant:", "routing"}, {"interpreter:", "routing"},
    {"interpreters:", "routing"}, {"recorder:", "routing"}, {"subject:", "routing"}, {"copies to:", "distribution"},
    {"copies:", "distribution"}, {"distribution", "distribution"}, {"present:", "routing"}, {"absent:", "routing"},
    {"chinese side:", "routing"}, {"korean side:", "routing"}, {"soviet side:", "routing"}, {"american side:", "routing"},
    {"reporter:", "routing"}, {"classification:", "classification"}, {"via:", "routing"}, {"cc:", "distribution"},
    {"printed in", "distribution"}, {"no. ", "number"}, {"nº", "number"}, {"n\u00ba", "number"},
    {"protocol ", "number"}, {"ref:", "number"}, {"ref.", "number"}, {"file:", "number"}, {"tel. no.", "number"},
    {"telegram no.", "number"}, {"cipher no.", "number"},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "1. ", "280. ", "2.1. ", "a) ", "IV. ", "- ", "(1) ": the list label at the start of a line.
bool MatchListLabel(const std::string& text, std::string& label, std::string& n, std::string& list_type) {
  size_t i = 0;
  if (text.size() >= 2 && text[0] == '-' && text[1] == ' ') {
    label = "-";
    n = "";
    list_type = "dash";
    return true;
  }
  if (text.size() >= 3 && text[0] == '(' && IsDigit(text[1])) {
    size_t j = 1;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j < text.size() - 1 && text[j] == ')' && text[j + 1] == ' ' && j <= 3) {
      label = text.substr(0, j + 1);
      n = text.substr(1, j - 1);
      list_type = "numbered";
      return true;
    }
  }
  while (i < text.size() && IsDigit(text[i])) ++i;
  if (i > 0 && i <= 3) {
    size_t j = i;
    // decimal: 2.1. / 2.1
    while (j + 1 < text.size() && text[j] == '.' && IsDigit(text[j + 1])) {
      ++j;
      while (j < text.size() && IsDigit(text[j])) ++j;
    }
    const bool dotted = j < text.size() && text[j] == '.';
    const size_t end = dotted ? j + 1 : j;
    const bool decimal = j > i;
    if ((dotted || decimal) && end < text.size() && text[end] == ' ') {
      label = text.substr(0, end);
      n = text.substr(0, dotted ? j : end);
      list_type = decimal ? "decimal" : "numbered";
      return true;
    }
    return false;
  }
  if (text.size() >= 3 && IsLower(text[0]) && text[1] == ')' && text[2] == ' ') {
    label = text.substr(0, 2);
    n = text.substr(0, 1);
    list_type = "lettered";
    return true;
  }
  size_t r = 0;
  while (r < text.size() && (text[r] == 'I' || text[r] == 'V' || text[r] == 'X')) ++r;
  if (r > 0 && r <= 5 && r + 1 < text.size() && text[r] == '.' && text[r + 1] == ' ') {
    label = text.substr(0, r + 1);
    n = text.substr(0, r);
    list_type = "roman";
    return true;
  }
  return false;
}

bool IsSeparator(const std::string& text) {
  int stars = 0;
  for (char c : text) {
    if (c == '*') ++stars;
    else if (c != ' ') return false;
  }
  return stars >= 3;
}

// A speaker's name before a colon: "Zhou", "Premier Zhou (hereafter Zhou)", "Comrade Apró",
// "Cde. Mikoyan". Header labels ("Time", "Place") are not speakers.
bool MatchSpeaker(const std::string& text, std::string& speaker) {
  const size_t colon = text.find(": ");
  if (colon == std::string::npos || colon == 0 || colon > 80) return false;
  const std::string name = text.substr(0, colon);
  const std::string lower = Lower(name) + ":";
  for (const Label& label : kRoutingLabels) {
    if (StartsWith(lower, label.prefix)) return false;
  }
  static constexpr std::array<std::string_view, 12> kNotSpeakers = {
      "note:", "enclosure:", "comment:", "responsible:", "deadline:", "signed:", "attachment:", "re:",
      "reference:", "agenda:", "decides:", "summary:"};
  for (std::string_view word : kNotSpeakers) {
    if (lower == word) return false;
  }
  if (!IsUpper(name[0]) && static_cast<unsigned char>(name[0]) < 0x80) return false;
  if (CountWords(name) > 6 || name.find('.') == name.size() - 1) return false;
  // Every word capitalized, apart from the "(hereafter X)" convention.
  bool in_parenthesis = false;
  bool word_start = true;
  for (char c : name) {
    if (c == '(') in_parenthesis = true;
    if (c == ')') in_parenthesis = false;
    if (c == ' ') {
      word_start = true;
      continue;
    }
    if (word_start && !in_parenthesis && IsLower(c)) return false;
    word_start = false;
  }
  speaker = name + ":";
  return true;
}

bool IsOnlyOneNote(const std::string& text) {
  if (text.size() < 2 || text.front() != '[' || text.back() != ']') return false;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') ++depth;
    if (text[i] == ']') --depth;
    if (depth == 0 && i + 1 < text.size()) return false;
  }
  return depth == 0;
}

bool IsClosingSalute(const std::string& text) {
  const std::string lower = Lower(text);
  if (CountWords(text) > 7) return false;
  static constexpr std::array<std::string_view, 10> kStarts = {
      "with ", "sincerely", "respectfully", "yours", "best regards", "cordially", "faithfully",
      "with deep respect", "comradely greetings", "greetings"};
  for (std::string_view start : kStarts) {
    if (StartsWith(lower, start)) {
      return lower.back() == ',' || lower.back() == '.' || lower.back() == '!';
    }
  }
  return false;
}

bool IsSalute(const std::string& text) {
  const int words = CountWords(text);
  if (words == 0 || words > 8) return false;
  const std::string lower = Lower(text);
  if (text.back() == '!') return true;
  if ((StartsWith(lower, "dear ") || StartsWith(lower, "comrade ") || StartsWith(lower, "cde. ") ||
       StartsWith(lower, "\u201Cdear ")) &&
      text.back() == ',') {
    return true;
  }
  return false;
}

}  // namespace

bool IsCapitalsLine(const std::string& text) {
  int upper = 0, lower = 0;
  for (char c : text) {
    if (IsUpper(c)) ++upper;
    if (IsLower(c)) ++lower;
  }
  // Brackets and what is inside them (FILIPPOV [Stalin]) do not count against capitals.
  int lower_in_brackets = 0, depth = 0;
  for (char c : text) {
    if (c == '[') ++depth;
    if (c == ']' && depth > 0) --depth;
    if (depth > 0 && IsLower(c)) ++lower_in_brackets;
  }
  lower -= lower_in_brackets;
  return upper >= 2 && lower * 4 <= upper;
}

Block ClassifyLine(const std::string& raw) {
  Block block;
  const std::string text = Trim(raw);
  const std::string lower = Lower(text);
  block.kind = BlockKind::kParagraph;

  if (text.size() >= 5 && StartsWith(text, "(p.") && text.back() == ')') {
    const std::string number = Trim(std::string_view(text).substr(3, text.size() - 4));
    if (!number.empty() && std::all_of(number.begin(), number.end(), IsDigit)) {
      block.kind = BlockKind::kPageBreak;
      block.n = number;
      block.label = text;
      return block;
    }
  }
  if (text.size() >= 5 && StartsWith(text, "- ") && text.substr(text.size() - 2) == " -") {
    const std::string number = Trim(std::string_view(text).substr(2, text.size() - 4));
    if (!number.empty() && std::all_of(number.begin(), number.end(), IsDigit)) {
      block.kind = BlockKind::kPageBreak;
      block.n = number;
      block.label = text;
      return block;
    }
  }
  if (IsSeparator(text)) {
    block.kind = BlockKind::kSeparator;
    block.label = text;
    return block;
  }
  if (IsOnlyOneNote(text)) {
    block.kind = BlockKind::kNoteBlock;
    return block;
  }
  for (const Label& label : kRoutingLabels) {
    if (StartsWith(lower, label.prefix)) {
      block.kind = BlockKind::kSeg;
      block.subtype = std::string(label.type);
      return block;
    }
  }
  if (IsClassificationLine(lower)) {
    block.kind = BlockKind::kSeg;
    block.subtype = "classification";
    return block;
  }
  if (StartsWith(lower, "excerpt from") || StartsWith(lower, "extract from")) {
    block.kind = BlockKind::kHeading;
    block.subtype = "excerpt";
    return block;
  }
  if (StartsWith(lower, "signed:") || StartsWith(lower, "(signed)") || StartsWith(lower, "signed ")) {
    block.kind = BlockKind::kSigned;
    return block;
  }
  std::string label, n, list_type;
  if (MatchListLabel(text, label, n, list_type)) {
    block.kind = BlockKind::kListItem;
    block.label = label;
    block.n = n;
    block.subtype = list_type;
    return block;
  }
  if (IsClosingSalute(text)) {
    block.kind = BlockKind::kClosingSalute;
    return block;
  }
  if (IsSalute(text)) {
    block.kind = BlockKind::kSalute;
    return block;
  }
  // A line that is one date, or a place and a date ("Pyongyang, 12.III.1951").
  const auto dates = FindDates(text, DateContext{1950, 6, 15});
  if (!dates.empty() && CountWords(text) <= 6 && dates.back().end + 1 >= text.size()) {
    block.kind = BlockKind::kDateline;
    return block;
  }
  if (StartsWith(lower, "for transmission to") || StartsWith(lower, "to comrade") || StartsWith(lower, "to cde.") ||
      (StartsWith(text, "TO ") && CountWords(text) <= 6) || (StartsWith(text, "To ") && CountWords(text) <= 10 &&
                                                            text.back() != '.')) {
    block.kind = BlockKind::kAddressLine;
    return block;
  }
  std::string speaker;
  if (MatchSpeaker(text, speaker)) {
    block.kind = BlockKind::kSpeech;
    block.speaker = speaker;
    return block;
  }
  return block;
}

BlockReadResult ReadBlocks(const std::vector<BodyLine>& body, const std::string& file_name,
                           std::vector<Diagnostic>& diagnostics) {
  BlockReadResult result;
  // Footnote texts: a tail of lines "[1] text" or, under a "...Notes" heading, "1 text".
  size_t end = body.size();
  while (end > 0 && Trim(body[end - 1].text).empty()) --end;
  size_t notes_begin = end;
  {
    size_t k = end;
    std::vector<FootnoteText> tail;
    while (k > 0) {
      const std::string text = Trim(body[k - 1].text);
      if (text.empty()) {
        --k;
        continue;
      }
      size_t digits = 0;
      const bool bracketed = !text.empty() && text[0] == '[';
      size_t i = bracketed ? 1 : 0;
      while (i + digits < text.size() && IsDigit(text[i + digits])) ++digits;
      const size_t after = i + digits;
      bool is_note = digits > 0 && digits <= 3;
      if (is_note && bracketed) is_note = after < text.size() && text[after] == ']';
      const size_t text_start = bracketed ? after + 1 : after;
      if (is_note && !bracketed) {
        is_note = text_start < text.size() && (text[text_start] == ' ' || text[text_start] == '.');
      }
      if (!is_note || text_start >= text.size()) break;
      std::string note_text = Trim(std::string_view(text).substr(text_start));
      if (!bracketed && !note_text.empty() && note_text[0] == '.') note_text = Trim(note_text.substr(1));
      const int column = static_cast<int>(body[k - 1].text.find_first_not_of(" \t")) + 1;
      FootnoteText note{text.substr(bracketed ? 1 : 0, digits), note_text,
                        {body[k - 1].line, column + static_cast<int>(text_start)}};
      tail.insert(tail.begin(), note);
      notes_begin = k - 1;
      --k;
      (void)bracketed;
    }
    // Bare-number note lines need their heading ("Translator's Notes") to be believed.
    bool trusted = !tail.empty();
    size_t heading_at = notes_begin;
    while (heading_at > 0 && Trim(body[heading_at - 1].text).empty()) --heading_at;
    std::string heading;
    if (heading_at > 0) {
      const std::string candidate = Trim(body[heading_at - 1].text);
      const std::string lower = Lower(candidate);
      if (lower.find("notes") != std::string::npos && CountWords(candidate) <= 4) heading = candidate;
    }
    if (!tail.empty() && Trim(body[notes_begin].text)[0] != '[' && heading.empty()) trusted = false;
    if (trusted) {
      result.footnotes = tail;
      if (!heading.empty()) {
        result.footnote_heading = heading;
        notes_begin = heading_at - 1;
      }
      end = notes_begin;
    }
  }

  bool after_blank = true;
  for (size_t i = 0; i < end; ++i) {
    std::string text = body[i].text;
    if (Trim(text).empty()) {
      after_blank = true;
      continue;
    }
    const int first_line = body[i].line;
    const int column = static_cast<int>(text.find_first_not_of(" \t")) + 1;
    // A note left open at the end of the line continues on the next lines (multi-line stamps).
    size_t joined_until = i;
    if (BracketBalance(text) > 0) {
      std::string joined = text;
      for (size_t k = i + 1; k < end && k <= i + 12; ++k) {
        joined += "\n" + body[k].text;
        if (BracketBalance(joined) == 0) {
          text = joined;
          joined_until = k;
          break;
        }
      }
    }
    Block block = ClassifyLine(text);
    std::string content = Trim(text);
    // Split "28 August 1951 Copies: Malenkov, ..." into a dateline and the distribution list.
    if (block.kind == BlockKind::kParagraph || block.kind == BlockKind::kDateline) {
      const auto dates = FindDates(content, DateContext{1950, 6, 15});
      if (!dates.empty() && dates.front().begin == 0 && dates.front().end < content.size()) {
        const std::string rest = Trim(std::string_view(content).substr(dates.front().end));
        Block rest_block = ClassifyLine(rest);
        if (rest_block.kind == BlockKind::kSeg) {
          Block date_block;
          date_block.kind = BlockKind::kDateline;
          date_block.position = {first_line, column};
          date_block.after_blank_line = after_blank;
          date_block.content.push_back(Inline::Text(content.substr(0, dates.front().end)));
          result.blocks.push_back(std::move(date_block));
          const size_t rest_offset = content.find(rest, dates.front().end);
          rest_block.position = {first_line, column + CountCodePoints(content.substr(0, rest_offset))};
          rest_block.after_blank_line = false;
          rest_block.content.push_back(Inline::Text(rest));
          result.blocks.push_back(std::move(rest_block));
          after_blank = false;
          i = joined_until;
          continue;
        }
      }
    }
    block.position = {first_line, column};
    block.after_blank_line = after_blank;
    if (block.kind == BlockKind::kListItem) {
      // The printed label is kept apart; the content starts after it and its space.
      const size_t skip = std::min(content.size(), block.label.size() + 1);
      block.position.column += CountCodePoints(content.substr(0, skip));
      content = content.substr(skip);
    } else if (block.kind == BlockKind::kSpeech) {
      const size_t skip = std::min(content.size(), block.speaker.size() + 1);
      block.position.column += CountCodePoints(content.substr(0, skip));
      content = content.substr(skip);
    }
    block.content.push_back(Inline::Text(content));
    result.blocks.push_back(std::move(block));
    after_blank = false;
    i = joined_until;
  }
  (void)file_name;
  (void)diagnostics;
  return result;
}

}  // namespace teipress
