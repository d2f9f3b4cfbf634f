#include "date_recognizer.h"
#include "name_scan.h"
#include "text_util.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace teipress {
namespace {

struct MonthName {
  const char* name;
  int month;
};

// Full names, then the abbreviations archive exports use. Matching is case-insensitive but a
// lower-case "may" in running text is a verb, which is why callers require a capital.
constexpr std::array<MonthName, 25> kMonthNames = {{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan.", 1}, {"feb.", 2}, {"mar.", 3}, {"apr.", 4}, {"jun.", 6}, {"jul.", 7}, {"aug.", 8},
    {"sep.", 9}, {"sept.", 9}, {"oct.", 10}, {"nov.", 11}, {"dec.", 12}, {"febr.", 2},
}};

// `value` in decimal, zero-padded to `width` digits, as printf's "%0*d" writes it: each date found
// is written so, and printf costs more than the whole search for it.
void AppendPadded(std::string& out, int value, int width) {
  if (value < 0) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%0*d", width, value);
    out += buffer;
    return;
  }
  char digits[16];
  const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
  const auto length = static_cast<int>(end - digits);
  if (length < width) out.append(static_cast<size_t>(width - length), '0');
  out.append(digits, end);
}

std::string Iso(int year, int month = 0, int day = 0) {
  std::string out;
  out.reserve(10);
  AppendPadded(out, year, 4);
  if (month > 0) {
    out += '-';
    AppendPadded(out, month, 2);
  }
  if (day > 0) {
    out += '-';
    AppendPadded(out, day, 2);
  }
  return out;
}

// The month names (kMonthNames' order) whose capital is `capital`, an ASCII capital: a word is
// compared only with the names of its first letter.
const std::vector<const MonthName*>& MonthNamesStartingWith(char capital) {
  static const std::array<std::vector<const MonthName*>, 26> by_initial = [] {
    std::array<std::vector<const MonthName*>, 26> names;
    for (const MonthName& m : kMonthNames) names[static_cast<size_t>(m.name[0] - 'a')].push_back(&m);
    return names;
  }();
  return by_initial[static_cast<size_t>(capital - 'A')];
}

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A cursor over the text that matches the small pieces a date is made of.
class Scanner {
 public:
  Scanner(std::string_view text, size_t pos) : text_(text), pos_(pos) {}
  size_t pos() const { return pos_; }

  // 1..max_digits digits not followed by another digit.
  std::optional<int> Number(int min_digits, int max_digits, int* digits_read = nullptr) {
    size_t end = pos_;
    while (end < text_.size() && IsDigit(text_[end]) && static_cast<int>(end - pos_) < max_digits + 1) ++end;
    const int digits = static_cast<int>(end - pos_);
    if (digits < min_digits || digits > max_digits) return std::nullopt;
    if (end < text_.size() && IsDigit(text_[end])) return std::nullopt;
    int value = 0;
    for (size_t i = pos_; i < end; ++i) value = value * 10 + (text_[i] - '0');
    if (digits_read) *digits_read = digits;
    pos_ = end;
    return value;
  }

  // A month name starting with a capital letter, not followed by more letters.
  std::optional<int> Month() {
    if (pos_ >= text_.size() || !(text_[pos_] >= 'A' && text_[pos_] <= 'Z')) return std::nullopt;
    for (const MonthName* m : MonthNamesStartingWith(text_[pos_])) {
      const std::string_view name(m->name);
      if (text_.size() - pos_ < name.size()) continue;
      bool same = true;
      for (size_t i = 1; i < name.size() && same; ++i) same = AsciiLower(text_[pos_ + i]) == name[i];
      if (!same) continue;
      const size_t end = pos_ + name.size();
      if (name.back() != '.' && end < text_.size() && IsAsciiLetter(text_[end])) continue;
      pos_ = end;
      return m->month;
    }
    return std::nullopt;
  }

  std::optional<int> RomanMonth() {
    static constexpr std::array<const char*, 12> kRoman = {"I", "II", "III", "IV", "V", "VI",
                                                           "VII", "VIII", "IX", "X", "XI", "XII"};
    size_t end = pos_;
    while (end < text_.size() && (text_[end] == 'I' || text_[end] == 'V' || text_[end] == 'X')) ++end;
    const std::string_view numeral = text_.substr(pos_, end - pos_);
    for (size_t i = 0; i < kRoman.size(); ++i) {
      if (numeral == kRoman[i]) {
        pos_ = end;
        return static_cast<int>(i) + 1;
      }
    }
    return std::nullopt;
  }

  bool Literal(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool Spaces() {
    const size_t start = pos_;
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
    return pos_ > start;
  }

  bool AtWordEnd() const { return pos_ >= text_.size() || !IsWordByte(text_[pos_]); }

 private:
  std::string_view text_;
  size_t pos_;
};

// The archive's documents are from the twentieth century: "03/14/51" is 1951 (the spec's rule).
int ExpandTwoDigitYear(int year, int digits, const DateContext&) { return digits == 2 ? 1900 + year : year; }

int DistanceInDays(int year, int month, int day, const DateContext& context) {
  if (context.year == 0) return 0;
  const int a = year * 372 + month * 31 + day;
  const int b = context.year * 372 + (context.month ? context.month : 6) * 31 + (context.day ? context.day : 15);
  return std::abs(a - b);
}

std::optional<DateValue> MakeDay(int year, int month, int day) {
  if (!IsValidCalendarDate(year, month, day)) return std::nullopt;
  return DateValue{Iso(year, month, day), "", ""};
}

// A month of a year; there is no year 0 (xsd:gYearMonth has none).
std::optional<DateValue> MakeMonth(int year, int month) {
  if (year < 1 || month < 1 || month > 12) return std::nullopt;
  return DateValue{Iso(year, month), "", ""};
}

// The first characters MatchAt's notations can start with (keep the two in step): a digit, a
// month's capital, "Year Month 12" and "the 11th".
bool MayStartDate(char c) {
  // A table made once: FindDates asks this at every word's start.
  static constexpr std::array<bool, 256> kStarts = [] {
    std::array<bool, 256> table{};
    for (unsigned u = '0'; u <= '9'; ++u) table[u] = true;
    table['Y'] = table['t'] = true;
    for (const MonthName& m : kMonthNames) table[static_cast<unsigned char>(m.name[0] - 'a' + 'A')] = true;
    return table;
  }();
  return kStarts[static_cast<unsigned char>(c)];
}

// The readings of the text at `start`; the longest one is kept.
struct Candidates {
  std::optional<DateMatch>& best;
  size_t start;
  void operator()(size_t end, std::optional<DateValue> value) const {
    if (!value || value->empty()) return;
    if (!best || end > best->end) best = DateMatch{start, end, *value};
  }
};
// One date notation, tried at `start` of `text`: reports each reading to `consider`.
using Notation = void (*)(std::string_view text, size_t start, const DateContext& context, const Candidates& consider);

// ISO 8601: 1951-08-28
void MatchIsoDate(std::string_view text, size_t start, const DateContext&, const Candidates& consider) {
  Scanner s(text, start);
  auto year = s.Number(4, 4);
  if (!year || !s.Literal('-')) return;
  auto month = s.Number(2, 2);
  if (!month || !s.Literal('-')) return;
  auto day = s.Number(2, 2);
  if (day && s.AtWordEnd()) consider(s.pos(), MakeDay(*year, *month, *day));
}

// 28 August 1951 / 27 August (the year from the context)
void MatchDayMonthYear(std::string_view text, size_t start, const DateContext& context, const Candidates& consider) {
  Scanner s(text, start);
  auto day = s.Number(1, 2);
  if (!day || !s.Spaces()) return;
  auto month = s.Month();
  if (!month || *day < 1 || *day > 31) return;
  const size_t after_month = s.pos();
  Scanner y = s;
  y.Literal(',');
  std::optional<int> year;
  if (y.Spaces()) year = y.Number(4, 4);
  if (year && y.AtWordEnd()) {
    consider(y.pos(), MakeDay(*year, *month, *day));
  } else if (context.year > 0) {
    Scanner end(text, after_month);
    if (end.AtWordEnd()) consider(after_month, MakeDay(context.year, *month, *day));
  }
}

// August 28, 1951 / August 29 (the year from the context) / March 1966 / April, 1950
void MatchMonthDayYear(std::string_view text, size_t start, const DateContext& context, const Candidates& consider) {
  Scanner s(text, start);
  auto month = s.Month();
  if (!month) return;
  const size_t after_month = s.pos();
  Scanner d = s;
  if (d.Spaces()) {
    int digits = 0;
    auto number = d.Number(1, 4, &digits);
    if (number && digits <= 2 && *number >= 1 && *number <= 31) {
      const size_t after_day = d.pos();
      if (d.AtWordEnd() || text[d.pos()] == ',') {
        Scanner y = d;
        y.Literal(',');
        std::optional<int> year;
        if (y.Spaces()) year = y.Number(4, 4);
        if (year && y.AtWordEnd()) {
          consider(y.pos(), MakeDay(*year, *month, *number));
        } else if (context.year > 0) {
          consider(after_day, MakeDay(context.year, *month, *number));
        }
      }
    } else if (number && digits == 4 && d.AtWordEnd()) {
      consider(d.pos(), MakeMonth(*number, *month));
    }
  }
  Scanner c(text, after_month);
  if (c.Literal(',') && c.Spaces()) {
    auto year = c.Number(4, 4);
    if (year && c.AtWordEnd()) consider(c.pos(), MakeMonth(*year, *month));
  }
}

// "1974 September 12" (the received line of a Japanese cable).
void MatchYearMonthDay(std::string_view text, size_t start, const DateContext&, const Candidates& consider) {
  Scanner s(text, start);
  auto year = s.Number(4, 4);
  if (!year || !s.Spaces()) return;
  auto month = s.Month();
  if (!month || !s.Spaces()) return;
  auto day = s.Number(1, 2);
  if (day && s.AtWordEnd()) consider(s.pos(), MakeDay(*year, *month, *day));
}

// "Year Month 12": the cable template left year and month for the reader; the document's date
// supplies them. "the 11th": a day of the document's month.
void MatchDayOfDocumentMonth(std::string_view text, size_t start, const DateContext& context,
                             const Candidates& consider) {
  if (context.year <= 0 || context.month <= 0) return;
  if (text.substr(start, 11) == "Year Month ") {
    Scanner s(text, start + 11);
    auto day = s.Number(1, 2);
    if (day && s.AtWordEnd()) consider(s.pos(), MakeDay(context.year, context.month, *day));
  }
  if (text.substr(start, 4) == "the ") {
    Scanner s(text, start + 4);
    auto day = s.Number(1, 2);
    const std::string_view rest = text.substr(s.pos(), 2);
    if (day && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
      // "the 11th," is a day; "the 10th department" is not.
      const size_t after = s.pos() + 2;
      const char next = after < text.size() ? text[after] : '\0';
      const bool standalone = next == '\0' || next == ',' || next == '.' || next == ';' || next == ')' ||
                              text.substr(after, 4) == " of ";
      if (standalone) consider(after, MakeDay(context.year, context.month, *day));
    }
  }
}

// 03/14/51, 11/14/1985: month first.
void MatchSlashedDate(std::string_view text, size_t start, const DateContext& context, const Candidates& consider) {
  Scanner s(text, start);
  auto first = s.Number(1, 2);
  if (!first || !s.Literal('/')) return;
  auto second = s.Number(1, 2);
  int digits = 0;
  if (!second || !s.Literal('/')) return;
  auto year = s.Number(2, 4, &digits);
  if (year && digits != 3 && s.AtWordEnd()) {
    consider(s.pos(), MakeDay(ExpandTwoDigitYear(*year, digits, context), *first, *second));
  }
}

// 12.III.1951, 3.VII.58: a Roman month.
void MatchRomanMonthDate(std::string_view text, size_t start, const DateContext& context, const Candidates& consider) {
  Scanner s(text, start);
  auto day = s.Number(1, 2);
  if (!day || !s.Literal('.')) return;
  auto month = s.RomanMonth();
  if (!month || !s.Literal('.')) return;
  int digits = 0;
  auto year = s.Number(2, 4, &digits);
  if (year && digits != 3 && s.AtWordEnd()) {
    consider(s.pos(), MakeDay(ExpandTwoDigitYear(*year, digits, context), *month, *day));
  }
}

// 09.08.1973, 30.10.56: day or month first; the reading nearer the document's date wins, day
// first when undated.
void MatchDottedDate(std::string_view text, size_t start, const DateContext& context, const Candidates& consider) {
  Scanner s(text, start);
  auto first = s.Number(1, 2);
  if (!first || !s.Literal('.')) return;
  auto second = s.Number(1, 2);
  int digits = 0;
  if (!second || !s.Literal('.')) return;
  auto year = s.Number(2, 4, &digits);
  if (!year || digits == 3 || !s.AtWordEnd()) return;
  const int full_year = ExpandTwoDigitYear(*year, digits, context);
  auto day_first = MakeDay(full_year, *second, *first);
  auto month_first = MakeDay(full_year, *first, *second);
  if (day_first && month_first && *first != *second) {
    const bool prefer_month_first = DistanceInDays(full_year, *first, *second, context) <
                                    DistanceInDays(full_year, *second, *first, context);
    consider(s.pos(), prefer_month_first ? month_first : day_first);
  } else {
    consider(s.pos(), day_first ? day_first : month_first);
  }
}

// Every notation (MayStartDate knows what each can start with, NumberMayStartDate at which numbers), in the order they are tried:
// those that start with a number, and those that start with a word.
constexpr std::array<Notation, 6> kNumberNotations = {MatchIsoDate,      MatchDayMonthYear,   MatchYearMonthDay,
                                                      MatchSlashedDate, MatchRomanMonthDate, MatchDottedDate};
constexpr std::array<Notation, 2> kWordNotations = {MatchMonthDayYear, MatchDayOfDocumentMonth};

// Tries every notation at `start`; returns the longest match (the first of equally long ones, in
// the order MatchIsoDate, MatchDayMonthYear, MatchMonthDayYear, MatchYearMonthDay,
// MatchDayOfDocumentMonth, MatchSlashedDate, MatchRomanMonthDate, MatchDottedDate). A notation
// of the other kind cannot match at `start`: a number's first reading fails at a letter, a
// month's name or "Year Month"/"the" at a digit.
std::optional<DateMatch> MatchAt(std::string_view text, size_t start, const DateContext& context) {
  std::optional<DateMatch> best;
  const Candidates consider{best, start};
  if (start < text.size() && IsDigit(text[start])) {
    for (Notation notation : kNumberNotations) notation(text, start, context, consider);
  } else {
    for (Notation notation : kWordNotations) notation(text, start, context, consider);
  }
  return best;
}

// The start of the word a word notation reads before the number at `digit`: a month's name
// ("August 29", "Sept., 1951") or "the" ("the 11th") is a run of ASCII letters, maybe a '.' and a
// ',', and spaces right before its first number. npos when the bytes before `digit` are not so.
size_t WordBeforeNumber(std::string_view text, size_t digit) {
  size_t at = digit;
  while (at > 0 && text[at - 1] == ' ') --at;
  if (at == digit) return std::string_view::npos;
  if (at > 0 && text[at - 1] == ',') --at;
  if (at > 0 && text[at - 1] == '.') --at;
  const size_t word_end = at;
  while (at > 0 && IsAsciiLetter(text[at - 1])) --at;
  return at < word_end ? at : std::string_view::npos;
}

// Whether the number at `start` may begin a date: one or two digits before ' ', '/' or '.' (a day
// or a month), four before '-' or ' ' (a year). Most numbers in running text begin none, and
// MatchAt reads each number six times, once for each notation (keep the two in step).
bool NumberMayStartDate(std::string_view text, size_t start) {
  size_t end = start;
  while (end < text.size() && IsDigit(text[end])) ++end;
  const char next = end < text.size() ? text[end] : '\0';
  const size_t digits = end - start;
  if (digits == 1 || digits == 2) return next == ' ' || next == '/' || next == '.';
  return digits == 4 && (next == '-' || next == ' ');
}

}  // namespace

bool IsValidCalendarDate(int year, int month, int day) {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= days;
}

DateContext DateContext::FromIso(std::string_view iso) {
  DateContext context;
  if (iso.size() >= 4) context.year = std::atoi(std::string(iso.substr(0, 4)).c_str());
  if (iso.size() >= 7) context.month = std::atoi(std::string(iso.substr(5, 2)).c_str());
  if (iso.size() >= 10) context.day = std::atoi(std::string(iso.substr(8, 2)).c_str());
  return context;
}

std::optional<DateValue> ParseDateLine(std::string_view line) {
  line = TrimWhitespace(line);
  if (line.empty()) return std::nullopt;
  // A bare year.
  if (line.size() == 4 && std::all_of(line.begin(), line.end(), IsDigit)) {
    if (line == "0000") return std::nullopt;  // there is no year 0
    return DateValue{std::string(line), "", ""};
  }
  // The whole line must be one date; a title that merely contains a date is not a date line.
  auto match = MatchAt(line, 0, DateContext{});
  if (match && match->end == line.size()) return match->value;
  // Or a range of two: "June 02, 1964 - June 18, 1964" (notBefore/notAfter), in order.
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 ", "\u2013", " to "}) {
    const size_t at = line.find(dash);
    if (at == std::string_view::npos) continue;
    const auto from = ParseDateLine(line.substr(0, at));
    const auto to = ParseDateLine(line.substr(at + dash.size()));
    if (!from || !to || from->when.empty() || to->when.empty() || to->when < from->when) continue;
    return DateValue{"", from->when, to->when};
  }
  return std::nullopt;
}

std::vector<DateMatch> FindDates(std::string_view text, const DateContext& context) {
  std::vector<DateMatch> matches;
  FindDatesInto(text, context, matches);
  return matches;
}

void FindDatesInto(std::string_view text, const DateContext& context, std::vector<DateMatch>& matches) {
  size_t resume = 0;  // where the last date ended: a word a date ended inside is no start
  auto try_start = [&](size_t start) {
    if (start < resume || !MayStartDate(text[start]) || (start > 0 && IsWordByte(text[start - 1]))) return;
    if (auto match = MatchAt(text, start, context)) {
      matches.push_back(*match);
      resume = match->end;
    }
  };
  // A date starts at a word's start, and each notation's first number starts a word: the dates
  // are looked for only around such numbers (most lines have none), where every capitalized word
  // was tried. Before a number, the word notations may start at the word before it
  // (WordBeforeNumber) or at "Year Month ", all after any number before: the starts are tried in
  // the text's order, as at every word's start.
  static constexpr std::string_view kYearMonth = "Year Month ";
  ForEachNumberStart(text, [&](size_t start) {
    if (start >= kYearMonth.size() && text.compare(start - kYearMonth.size(), kYearMonth.size(), kYearMonth) == 0) {
      try_start(start - kYearMonth.size());
    }
    if (const size_t word = WordBeforeNumber(text, start); word != std::string_view::npos) try_start(word);
    if (NumberMayStartDate(text, start)) try_start(start);
  });
}

bool IsDateOrDatePart(std::string_view text) {
  text = TrimWhitespace(text);
  if (text.empty()) return false;
  if (text.size() == 4 && std::all_of(text.begin(), text.end(), IsDigit)) return text[0] == '1' || text[0] == '2';
  Scanner month(text, 0);
  if (month.Month() && month.pos() == text.size()) return true;
  // A day and month, or a whole date, with a year to complete it.
  const auto dates = FindDates(text, DateContext{1950, 6, 15});
  return dates.size() == 1 && dates[0].begin == 0 && dates[0].end == text.size();
}

std::optional<DateMatch> MatchDateAt(std::string_view text, size_t at, const DateContext& context) {
  if (at >= text.size() || !IsWordByte(text[at]) || (at > 0 && IsWordByte(text[at - 1]))) return std::nullopt;
  if (!MayStartDate(text[at])) return std::nullopt;
  return MatchAt(text, at, context);
}

}  // namespace teipress
