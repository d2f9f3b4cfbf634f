#include "relaxng_datatypes.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>

#include "unicode_char_sets.h"
#include "xsd_regex.h"

namespace teipress {

namespace {

// ---- Text helpers ----

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string ReplaceWhitespace(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

std::vector<std::string_view> SplitTokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && IsXmlSpace(text[i])) ++i;
    const size_t start = i;
    while (i < text.size() && !IsXmlSpace(text[i])) ++i;
    if (i > start) tokens.push_back(text.substr(start, i - start));
  }
  return tokens;
}

// Decodes UTF-8 (libxml2 hands us valid UTF-8); a malformed byte becomes U+FFFD.
std::u32string CodePoints(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (i + length > text.size()) {
      out += U'\uFFFD';
      break;
    }
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    out += c;
    i += length;
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }
bool IsHex(char c) { return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }


// ---- Decimals, kept as digit strings so that any size compares exactly ----

struct Decimal {
  bool negative = false;
  std::string integer;   // no leading zeros ("" for 0)
  std::string fraction;  // as written: its length is the scale (jing's BigDecimal)
};

// decimal: [+-]? digits with at most one '.', at least one digit.
std::optional<Decimal> ParseDecimal(std::string_view text) {
  size_t i = 0;
  Decimal d;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) d.negative = text[i++] == '-';
  bool point = false, digit = false;
  std::string integer;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (IsDigit(c)) {
      digit = true;
      (point ? d.fraction : integer) += c;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  const size_t first = integer.find_first_not_of('0');
  d.integer = first == std::string::npos ? "" : integer.substr(first);
  return d;
}

std::string SignificantFraction(const Decimal& d) {
  const size_t last = d.fraction.find_last_not_of('0');
  return last == std::string::npos ? "" : d.fraction.substr(0, last + 1);
}

bool IsZero(const Decimal& d) { return d.integer.empty() && SignificantFraction(d).empty(); }

std::string Canonical(const Decimal& d) {
  if (IsZero(d)) return "0";
  const std::string fraction = SignificantFraction(d);
  return std::string(d.negative ? "-" : "") + (d.integer.empty() ? "0" : d.integer) +
         (fraction.empty() ? "" : "." + fraction);
}

int CompareMagnitude(const Decimal& a, const Decimal& b) {
  if (a.integer.size() != b.integer.size()) return a.integer.size() < b.integer.size() ? -1 : 1;
  if (int c = a.integer.compare(b.integer)) return c < 0 ? -1 : 1;
  std::string fa = SignificantFraction(a), fb = SignificantFraction(b);
  const size_t width = std::max(fa.size(), fb.size());
  fa.resize(width, '0');
  fb.resize(width, '0');
  if (int c = fa.compare(fb)) return c < 0 ? -1 : 1;
  return 0;
}

int Compare(const Decimal& a, const Decimal& b) {
  const bool a_negative = a.negative && !IsZero(a), b_negative = b.negative && !IsZero(b);
  if (a_negative != b_negative) return a_negative ? -1 : 1;
  const int magnitude = CompareMagnitude(a, b);
  return a_negative ? -magnitude : magnitude;
}

// Significant digits as jing counts them (BigDecimal's unscaled value).
size_t Precision(const Decimal& d) {
  std::string digits = d.integer + d.fraction;
  const size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? 1 : digits.size() - first;
}

// ---- Doubles ----

bool IsDoubleLexical(std::string_view text) {
  if (text == "INF" || text == "-INF" || text == "NaN") return true;
  bool sign = false, point = false, digit = false, exponent = false;
  for (const char c : text) {
    if (c == '+' || c == '-') {
      if (digit || point || sign) return false;
      sign = true;
    } else if (IsDigit(c)) {
      digit = true;
    } else if (c == 'e' || c == 'E') {
      if (exponent || !digit) return false;
      digit = sign = point = false;
      exponent = true;
    } else if (c == '.') {
      if (point || exponent) return false;
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

double ParseDouble(std::string_view text) {
  if (text == "INF") return std::numeric_limits<double>::infinity();
  if (text == "-INF") return -std::numeric_limits<double>::infinity();
  if (text == "NaN") return std::numeric_limits<double>::quiet_NaN();
  return std::strtod(std::string(text).c_str(), nullptr);  // the C locale: '.' is the point
}

// ---- Dates and times (proleptic Gregorian, as jing computes them with java.util.Calendar) ----

long long DaysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

bool IsLeap(long long year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(long long year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

enum class DateKind { kDateTime, kTime, kDate, kGYearMonth, kGYear, kGMonthDay, kGDay, kGMonth };

// The templates of jing's DateTimeDatatype: Y year, M month, D day, t time; others literal.
const char* Template(DateKind kind) {
  switch (kind) {
    case DateKind::kDateTime: return "Y-M-DTt";
    case DateKind::kTime: return "t";
    case DateKind::kDate: return "Y-M-D";
    case DateKind::kGYearMonth: return "Y-M";
    case DateKind::kGYear: return "Y";
    case DateKind::kGMonthDay: return "--M-D";
    case DateKind::kGDay: return "---D";
    case DateKind::kGMonth: return "--M";
  }
  return "";
}

constexpr long long kMillisPerDay = 86400000LL;
constexpr long long kMaxZoneMillis = 14LL * 3600 * 1000;

// Parses a date or time; nullopt when it is not one. The value: the instant in UTC (days and
// milliseconds), as jing's java.util.Date, plus leap milliseconds and whether a zone was given.
std::optional<DatatypeValue> ParseDate(DateKind kind, std::string_view s) {
  size_t pos = 0;
  long long year = 2000;  // a leap year, for --02-29
  int month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, millis = 0;
  auto two_digits = [&](int& out) {
    if (pos + 2 > s.size() || !IsDigit(s[pos]) || !IsDigit(s[pos + 1])) return false;
    out = (s[pos] - '0') * 10 + (s[pos + 1] - '0');
    pos += 2;
    return true;
  };
  for (const char* t = Template(kind); *t; ++t) {
    switch (*t) {
      case 'Y': {
        const bool negative = pos < s.size() && s[pos] == '-';
        if (negative) ++pos;
        const size_t start = pos;
        while (pos < s.size() && IsDigit(s[pos])) ++pos;
        const std::string_view digits = s.substr(start, pos - start);
        // -?([1-9][0-9]*)?[0-9]{4}
        if (digits.size() < 4 || (digits.size() > 4 && digits[0] == '0')) return std::nullopt;
        if (digits.size() > 9) return std::nullopt;  // beyond java.util.GregorianCalendar
        const long long n = std::stoll(std::string(digits));
        if (n == 0 || n > 292269054) return std::nullopt;  // no year 0; Calendar's range
        year = negative ? 1 - n : n;                        // BC n is the astronomical year 1 - n
        break;
      }
      case 'M':
        if (!two_digits(month)) return std::nullopt;
        break;
      case 'D':
        if (!two_digits(day)) return std::nullopt;
        break;
      case 't': {
        if (!two_digits(hours) || pos >= s.size() || s[pos++] != ':' || !two_digits(minutes) || pos >= s.size() ||
            s[pos++] != ':' || !two_digits(seconds)) {
          return std::nullopt;
        }
        if (pos < s.size() && s[pos] == '.') {
          ++pos;
          int place = 0;
          while (pos < s.size() && IsDigit(s[pos])) {
            if (place++ < 3) millis = millis * 10 + (s[pos] - '0');
            ++pos;
          }
          for (; place < 3; ++place) millis *= 10;
        }
        break;
      }
      default:
        if (pos >= s.size() || s[pos] != *t) return std::nullopt;
        ++pos;
    }
  }
  // (Z|[+-][0-9][0-9]:[0-5][0-9])?
  long long zone = 0;
  const bool has_zone = pos < s.size();
  if (has_zone) {
    if (s[pos] == 'Z') {
      ++pos;
    } else {
      if (s[pos] != '+' && s[pos] != '-') return std::nullopt;
      const int sign = s[pos++] == '-' ? -1 : 1;
      int zone_hours = 0, zone_minutes = 0;
      if (!two_digits(zone_hours) || pos >= s.size() || s[pos++] != ':' || !two_digits(zone_minutes) || zone_minutes > 59) {
        return std::nullopt;
      }
      zone = sign * ((zone_hours * 60LL + zone_minutes) * 60 * 1000);
      // java.util.Calendar's ZONE_OFFSET range.
      if (zone < -13LL * 3600 * 1000 || zone > kMaxZoneMillis) return std::nullopt;
    }
  }
  if (pos != s.size()) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  long long leap = 0;
  if (seconds == 60) {  // a leap second, as jing keeps it
    leap = millis + 1;
    millis = 999;
    seconds = 59;
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return std::nullopt;
  // The instant in UTC, split into whole days (floor) and milliseconds within the day.
  long long instant = ((hours * 60LL + minutes) * 60 + seconds) * 1000 + millis - zone;
  long long days = DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const long long carry = instant >= 0 ? instant / kMillisPerDay : -((-instant + kMillisPerDay - 1) / kMillisPerDay);
  days += carry;
  instant -= carry * kMillisPerDay;
  DatatypeValue value;
  value.days = days;
  value.millis = instant;
  value.number = static_cast<double>(leap);
  value.has_zone = has_zone;
  return value;
}

// jing's order of instants: a value without a zone is compared as if 14 hours away.
bool DateLess(const DatatypeValue& a, const DatatypeValue& b) {
  auto total = [](const DatatypeValue& v) { return static_cast<long double>(v.days) * kMillisPerDay + v.millis; };
  long double ta = total(a), tb = total(b);
  if (a.has_zone != b.has_zone) {
    if (!b.has_zone) tb -= kMaxZoneMillis;
    else ta += kMaxZoneMillis;
  }
  if (ta != tb) return ta < tb;
  return a.number < b.number;
}

// ---- Durations ----

struct Duration {
  bool negative = false;
  std::string years, months, days, hours, minutes;  // digits
  Decimal seconds;
};

// -?P(nY)?(nM)?(nD)?(T(nH)?(nM)?((n(.n*)?|.n+)S)?)?, not ending in P or T.
std::optional<Duration> ParseDuration(std::string_view s) {
  Duration d;
  size_t pos = 0;
  if (pos < s.size() && s[pos] == '-') d.negative = true, ++pos;
  if (pos >= s.size() || s[pos++] != 'P') return std::nullopt;
  if (s.back() == 'P' || s.back() == 'T') return std::nullopt;
  auto field = [&](char designator, std::string& out) {
    size_t end = pos;
    while (end < s.size() && IsDigit(s[end])) ++end;
    if (end > pos && end < s.size() && s[end] == designator) {
      out = std::string(s.substr(pos, end - pos));
      pos = end + 1;
    }
  };
  field('Y', d.years);
  field('M', d.months);
  field('D', d.days);
  if (pos < s.size() && s[pos] == 'T') {
    ++pos;
    field('H', d.hours);
    field('M', d.minutes);
    size_t end = pos;
    while (end < s.size() && (IsDigit(s[end]) || s[end] == '.')) ++end;
    if (end > pos && end < s.size() && s[end] == 'S') {
      const std::string_view number = s.substr(pos, end - pos);
      if (std::count(number.begin(), number.end(), '.') > 1 || number == ".") return std::nullopt;
      d.seconds = *ParseDecimal(number);
      pos = end + 1;
    }
  }
  if (pos != s.size()) return std::nullopt;
  return d;
}

std::string StripZeros(const std::string& digits) {
  const size_t first = digits.find_first_not_of('0');
  return first == std::string::npos ? "" : digits.substr(first);
}

// The value as jing compares it: component by component.
std::string DurationKey(const Duration& d) {
  const bool zero = StripZeros(d.years).empty() && StripZeros(d.months).empty() && StripZeros(d.days).empty() &&
                    StripZeros(d.hours).empty() && StripZeros(d.minutes).empty() && IsZero(d.seconds);
  return std::string(d.negative && !zero ? "-" : "") + StripZeros(d.years) + "Y" + StripZeros(d.months) + "M" +
         StripZeros(d.days) + "D" + StripZeros(d.hours) + "H" + StripZeros(d.minutes) + "M" + Canonical(d.seconds) + "S";
}

long double DigitsValue(const std::string& digits) { return digits.empty() ? 0 : std::strtold(digits.c_str(), nullptr); }

// jing's partial order of durations: months and seconds, with the four reference months of XML
// Schema when the two disagree.
bool DurationLess(const Duration& a, const Duration& b) {
  auto months = [](const Duration& d) {
    const long double m = DigitsValue(d.years) * 12 + DigitsValue(d.months);
    return d.negative ? -m : m;
  };
  auto seconds = [](const Duration& d) {
    const long double s = DigitsValue(d.days) * 86400 + DigitsValue(d.hours) * 3600 + DigitsValue(d.minutes) * 60 +
                          std::strtold(Canonical(d.seconds).c_str(), nullptr);
    return d.negative ? -s : s;
  };
  const long double m1 = months(a), m2 = months(b), s1 = seconds(a), s2 = seconds(b);
  if (m1 < m2 && s1 <= s2) return true;
  if (m1 == m2) return s1 < s2;
  if (m1 > m2 && s1 >= s2) return false;
  static constexpr int kReference[][2] = {{1696, 9}, {1697, 2}, {1903, 3}, {1903, 7}};
  for (const auto& reference : kReference) {
    auto days = [&](long double m) {
      const long long count = static_cast<long long>(std::fabs(m));
      long long year = reference[0];
      int month = reference[1];
      long long total = 0;
      for (long long i = 0; i < count % 4800; ++i) {
        total += DaysInMonth(year, month);
        if (++month == 13) month = 1, ++year;
      }
      const long double all = total + static_cast<long double>(count / 4800) * 146097;
      return m < 0 ? -all : all;
    };
    if (days(m1) * 86400 + s1 >= days(m2) * 86400 + s2) return false;
  }
  return true;
}

// ---- URIs, as java.net.URI parses them after jing escapes what URIs may not contain ----

class UriChecker {
 public:
  explicit UriChecker(std::string_view text) : s_(Escape(text)) {}

  bool Valid() {
    try {
      Parse();
      return true;
    } catch (const Invalid&) {
      return false;
    }
  }

 private:
  struct Invalid {};
  [[noreturn]] static void Fail() { throw Invalid{}; }

  // Escapes controls, spaces, separators and <>"{}|\^` (jing's UriEncoder) as "%20": only their
  // being valid escapes matters here.
  static std::string Escape(std::string_view text) {
    std::string out;
    const std::u32string code_points = CodePoints(text);
    for (const char32_t c : code_points) {
      const bool separator = c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
                             c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
      const bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
      if (separator || control || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' ||
          c == '^' || c == '`') {
        out += "%20";
      } else if (c < 0x80) {
        out += static_cast<char>(c);
      } else {
        out += '\x80';  // any other non-ASCII character: allowed wherever escapes are
      }
    }
    return out;
  }

  enum Class : unsigned {
    kAlpha = 1, kDigit = 2, kMark = 4, kReserved = 8, kEscaped = 16, kPcharExtra = 32, kPathExtra = 64,
    kUserinfoExtra = 128, kRegNameExtra = 256, kServerExtra = 512, kSchemeExtra = 1024, kDash = 2048
  };
  static constexpr unsigned kAlnum = kAlpha | kDigit;
  static constexpr unsigned kUnreserved = kAlnum | kMark;
  static constexpr unsigned kUric = kReserved | kUnreserved | kEscaped;
  static constexpr unsigned kPchar = kUnreserved | kEscaped | kPcharExtra;
  static constexpr unsigned kPath = kPchar | kPathExtra;
  static constexpr unsigned kUserinfo = kUnreserved | kEscaped | kUserinfoExtra;
  static constexpr unsigned kRegName = kUnreserved | kEscaped | kRegNameExtra;
  static constexpr unsigned kServer = kUserinfo | kAlnum | kDash | kServerExtra;
  static constexpr unsigned kScheme = kAlnum | kSchemeExtra;

  static bool In(char c, unsigned mask) {
    auto has = [c](const char* set) { return std::string_view(set).find(c) != std::string_view::npos; };
    if ((mask & kAlpha) && IsAsciiAlpha(c)) return true;
    if ((mask & kDigit) && IsDigit(c)) return true;
    if ((mask & kMark) && has("-_.!~*'()")) return true;
    if ((mask & kReserved) && has(";/?:@&=+$,[]")) return true;
    if ((mask & kPcharExtra) && has(":@&=+$,")) return true;
    if ((mask & kPathExtra) && has(";/")) return true;
    if ((mask & kUserinfoExtra) && has(";:&=+$,")) return true;
    if ((mask & kRegNameExtra) && has("$,;:@&=+")) return true;
    if ((mask & kServerExtra) && has(".:@[]")) return true;
    if ((mask & kSchemeExtra) && has("+-.")) return true;
    if ((mask & kDash) && c == '-') return true;
    return false;
  }

  bool At(size_t p, char c) const { return p < s_.size() && s_[p] == c; }

  // The first index from `p` holding a char of `stop` (or the end); npos when one of `error` comes first.
  size_t Scan(size_t p, size_t end, std::string_view error, std::string_view stop) const {
    for (; p < end; ++p) {
      if (error.find(s_[p]) != std::string_view::npos) return std::string_view::npos;
      if (stop.find(s_[p]) != std::string_view::npos) break;
    }
    return p;
  }

  // The end of the run of `mask` characters from `p`; a malformed escape fails.
  size_t ScanClass(size_t p, size_t end, unsigned mask) const {
    while (p < end) {
      const char c = s_[p];
      if (In(c, mask)) {
        ++p;
      } else if ((mask & kEscaped) && c == '%') {
        if (p + 3 <= end && IsHex(s_[p + 1]) && IsHex(s_[p + 2])) p += 3;
        else Fail();
      } else if ((mask & kEscaped) && static_cast<unsigned char>(c) >= 0x80) {
        ++p;
      } else {
        break;
      }
    }
    return p;
  }

  void CheckClass(size_t p, size_t end, unsigned mask) const {
    if (ScanClass(p, end, mask) < end) Fail();
  }

  void Parse() {
    const size_t n = s_.size();
    size_t p = Scan(0, n, "/?#", ":");
    if (p != std::string::npos && At(p, ':')) {
      if (p == 0 || !IsAsciiAlpha(s_[0])) Fail();
      CheckClass(1, p, kScheme);
      ++p;
      if (At(p, '/')) {
        p = Hierarchical(p);
      } else {
        const size_t q = Scan(p, n, "", "#");
        if (q <= p) Fail();  // "mailto:"
        CheckClass(p, q, kUric);
        p = q;
      }
    } else {
      p = Hierarchical(0);
    }
    if (At(p, '#')) {
      CheckClass(p + 1, n, kUric);
      p = n;
    }
    if (p < n) Fail();
  }

  size_t Hierarchical(size_t p) {
    const size_t n = s_.size();
    if (At(p, '/') && At(p + 1, '/')) {
      p += 2;
      const size_t q = Scan(p, n, "", "/?#");
      if (q > p) p = Authority(p, q);
      else if (q >= n) Fail();  // "http://"
    }
    size_t q = Scan(p, n, "", "?#");
    CheckClass(p, q, kPath);
    p = q;
    if (At(p, '?')) {
      ++p;
      q = Scan(p, n, "", "#");
      CheckClass(p, q, kUric);
      p = q;
    }
    return p;
  }

  size_t Authority(size_t p, size_t n) {
    const bool server_chars = ScanClass(p, n, kServer | kEscaped) == n;
    const bool registry_chars = ScanClass(p, n, kRegName) == n;
    if (registry_chars && !server_chars) return n;
    if (server_chars) {
      try {
        if (Server(p, n) == n) return n;
      } catch (const Invalid&) {
      }
    }
    if (registry_chars) return n;
    Fail();
  }

  size_t Server(size_t p, size_t n) {
    size_t q = Scan(p, n, "/?#", "@");
    if (q != std::string::npos && At(q, '@') && q < n) {
      CheckClass(p, q, kUserinfo);
      p = q + 1;
    }
    if (At(p, '[')) {
      ++p;
      q = Scan(p, n, "/?#", "]");
      if (q == std::string::npos || q <= p || !At(q, ']') || q >= n) Fail();
      const size_t percent = Scan(p, q, "", "%");
      if (!Ipv6(p, percent)) Fail();
      if (percent < q) {
        if (percent + 1 == q) Fail();
        CheckClass(percent + 1, q, kAlnum | kMark);
      }
      p = q + 1;
    } else {
      q = Ipv4(p, n);
      if (q == std::string::npos || q <= p) q = Hostname(p, n);
      p = q;
    }
    if (At(p, ':')) {
      ++p;
      while (p < n && IsDigit(s_[p])) ++p;
    }
    if (p < n) Fail();
    return p;
  }

  // A dotted quad followed by the end or ':'; npos when it is not one.
  size_t Ipv4(size_t p, size_t n) const {
    size_t end = p;
    while (end < n && (IsDigit(s_[end]) || s_[end] == '.')) ++end;
    if (end <= p) return std::string::npos;
    size_t q = p;
    for (int part = 0; part < 4; ++part) {
      if (part > 0) {
        if (q >= end || s_[q] != '.') return std::string::npos;
        ++q;
      }
      const size_t start = q;
      while (q < end && IsDigit(s_[q])) ++q;
      if (q == start || q - start > 9 || std::stol(s_.substr(start, q - start)) > 255) return std::string::npos;
    }
    if (q < end) return std::string::npos;
    if (q < n && s_[q] != ':') return std::string::npos;
    return q;
  }

  size_t Hostname(size_t start, size_t n) const {
    size_t p = start;
    size_t last_label = std::string::npos;
    while (p < n) {
      size_t q = p;
      while (q < n && IsAsciiAlnum(s_[q])) ++q;
      if (q <= p) break;
      last_label = p;
      p = q;
      while (q < n && (IsAsciiAlnum(s_[q]) || s_[q] == '-')) ++q;
      if (q > p) {
        if (s_[q - 1] == '-') Fail();
        p = q;
      }
      if (!At(p, '.')) break;
      ++p;
    }
    if (p < n && !At(p, ':')) Fail();
    if (last_label == std::string::npos) Fail();
    if (last_label > start && !IsAsciiAlpha(s_[last_label])) Fail();
    return p;
  }

  // Hex groups with at most one "::", optionally ending in a dotted quad.
  bool Ipv6(size_t p, size_t end) const {
    const std::string text = s_.substr(p, end - p);
    if (text.empty()) return false;
    int groups = 0;
    bool compressed = false;
    size_t i = 0;
    if (text.rfind("::", 0) == 0) {
      compressed = true;
      i = 2;
      if (i == text.size()) return true;
    }
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && IsHex(text[j])) ++j;
      if (j < text.size() && text[j] == '.') {
        // An IPv4 tail takes two groups.
        size_t k = i;
        int parts = 0;
        while (k <= text.size()) {
          const size_t start = k;
          while (k < text.size() && IsDigit(text[k])) ++k;
          if (k == start || k - start > 3 || std::stoi(text.substr(start, k - start)) > 255) return false;
          ++parts;
          if (k == text.size()) break;
          if (text[k] != '.') return false;
          ++k;
        }
        if (parts != 4) return false;
        groups += 2;
        i = text.size();
        break;
      }
      if (j == i || j - i > 4) return false;
      ++groups;
      i = j;
      if (i == text.size()) break;
      if (text[i] != ':') return false;
      if (i + 1 < text.size() && text[i + 1] == ':') {
        if (compressed) return false;
        compressed = true;
        i += 2;
        if (i == text.size()) break;
      } else {
        ++i;
        if (i == text.size()) return false;
      }
    }
    return compressed ? groups < 8 : groups == 8;
  }

  std::string s_;
};

// ---- Names ----

bool IsAsciiNameChar(char c, bool start) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':') return true;
  return !start && ((c >= '0' && c <= '9') || c == '.' || c == '-');
}

bool IsNameOf(std::string_view text, bool colons) {
  // Most names are ASCII: judge those without decoding or searching the Unicode tables.
  if (!text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (!IsAsciiNameChar(text[i], i == 0) || (!colons && text[i] == ':')) return false;
    }
    return true;
  }
  const std::u32string cps = CodePoints(text);
  if (cps.empty() || !XmlNameStartChars().Contains(cps[0]) || (!colons && cps[0] == ':')) return false;
  for (size_t i = 1; i < cps.size(); ++i) {
    if (!XmlNameChars().Contains(cps[i]) || (!colons && cps[i] == ':')) return false;
  }
  return true;
}

bool IsQName(std::string_view text) {
  const size_t colon = text.find(':');
  if (colon == std::string_view::npos) return IsNameOf(text, false);
  return IsNameOf(text.substr(0, colon), false) && IsNameOf(text.substr(colon + 1), false);
}

// RFC 3066, as jing checks language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
bool IsLanguage(std::string_view text) {
  size_t i = 0, run = 0;
  while (i < text.size() && IsAsciiAlpha(text[i])) ++i, ++run;
  if (run < 1 || run > 8) return false;
  while (i < text.size()) {
    if (text[i++] != '-') return false;
    run = 0;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i, ++run;
    if (run < 1 || run > 8) return false;
  }
  return true;
}

// ---- Binaries ----

std::optional<std::string> ParseHex(std::string_view text) {
  size_t begin = 0, end = text.size();
  while (begin < end && IsXmlSpace(text[begin])) ++begin;
  while (end > begin && IsXmlSpace(text[end - 1])) --end;
  if ((end - begin) % 2) return std::nullopt;
  std::string bytes;
  for (size_t i = begin; i < end; i += 2) {
    if (!IsHex(text[i]) || !IsHex(text[i + 1])) return std::nullopt;
    bytes += static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16));
  }
  return bytes;
}

int Base64Weight(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (IsDigit(c)) return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  if (IsXmlSpace(c)) return -2;
  if (c == '=') return -3;
  return -1;
}

std::optional<std::string> ParseBase64(std::string_view text) {
  int characters = 0, padding = 0, last = -1;
  std::vector<int> weights;
  for (const char c : text) {
    const int w = Base64Weight(c);
    if (w == -1) return std::nullopt;
    if (w == -2) continue;
    if (w == -3) {
      if (++padding > 2) return std::nullopt;
      weights.push_back(0);
      continue;
    }
    if (padding) return std::nullopt;
    last = w;
    ++characters;
    weights.push_back(w);
  }
  if ((characters + padding) % 4) return std::nullopt;
  if (padding == 1 && (last & 0x3)) return std::nullopt;
  if (padding == 2 && (last & 0xF)) return std::nullopt;
  std::string bytes;
  for (size_t i = 0; i + 3 < weights.size(); i += 4) {
    const int accumulated = (weights[i] << 18) | (weights[i + 1] << 12) | (weights[i + 2] << 6) | weights[i + 3];
    bytes += static_cast<char>((accumulated >> 16) & 0xFF);
    bytes += static_cast<char>((accumulated >> 8) & 0xFF);
    bytes += static_cast<char>(accumulated & 0xFF);
  }
  bytes.resize(bytes.size() - padding);
  return bytes;
}

// ---- XML Schema datatypes ----

enum class Primitive { kString, kBoolean, kDecimal, kDouble, kFloat, kDate, kDuration, kQName, kHex, kBase64, kList };
enum class WhiteSpace { kPreserve, kReplace, kCollapse };
enum class Lexical { kAny, kName, kNcName, kNmtoken, kLanguage, kUri, kEntity };

enum ValueKind { kTextValue = 0, kNumberValue = 1, kDateValue = 2 };

// The parsed value of a valid lexical form: what equality and the facets look at.
struct Parsed {
  DatatypeValue value;
  std::optional<Decimal> decimal;
  std::optional<Duration> duration;
  size_t length = 0;  // the measure: characters, bytes or list items
};

struct Facet {
  enum Kind { kPattern, kLength, kMinLength, kMaxLength, kMinInclusive, kMinExclusive, kMaxInclusive, kMaxExclusive,
              kFractionDigits, kTotalDigits } kind;
  std::string text;  // as the schema wrote it, for messages
  size_t count = 0;  // lengths and digits
  std::shared_ptr<const XsdRegex> regex;
  Parsed limit;
};

class XsdDatatype final : public Datatype {
 public:
  XsdDatatype(std::string name, Primitive primitive, WhiteSpace white_space, Lexical lexical = Lexical::kAny,
              IdType id = IdType::kNone)
      : name_(std::move(name)), primitive_(primitive), white_space_(white_space), lexical_(lexical), id_(id) {}

  // A list of `item` (NMTOKENS, IDREFS, ENTITIES): at least one.
  static std::shared_ptr<XsdDatatype> ListOf(std::string name, const XsdDatatype& item, IdType id) {
    auto list = std::make_shared<XsdDatatype>(std::move(name), Primitive::kList, WhiteSpace::kCollapse, item.lexical_, id);
    list->facets_.push_back({Facet::kMinLength, "1", 1, nullptr, {}});
    return list;
  }

  bool IsValid(std::string_view text, const ValueContext& context, std::string* why) const override {
    return Check(text, context, why).has_value();
  }

  std::optional<DatatypeValue> ValueOf(std::string_view text, const ValueContext& context) const override {
    auto parsed = Check(text, context, nullptr);
    if (!parsed) return std::nullopt;
    return parsed->value;
  }

  bool SameValue(const DatatypeValue& a, const DatatypeValue& b) const override {
    switch (primitive_) {
      case Primitive::kDouble:
      case Primitive::kFloat:
        return a.number == b.number || (std::isnan(a.number) && std::isnan(b.number));
      case Primitive::kDate:
        return a.days == b.days && a.millis == b.millis && a.number == b.number && a.has_zone == b.has_zone;
      default:
        return a.text == b.text;
    }
  }

  bool AcceptsAnyString() const override {
    return primitive_ == Primitive::kString && lexical_ == Lexical::kAny && facets_.empty();
  }
  IdType id_type() const override { return id_; }
  const std::string& name() const override { return name_; }
  std::vector<std::string> patterns() const override {
    std::vector<std::string> out;
    for (const Facet& facet : facets_) {
      if (facet.kind == Facet::kPattern) out.push_back(facet.text);
    }
    return out;
  }

  // Adds the parameter `name` = `value`; false with `error` set when the datatype does not take it.
  bool AddParameter(const std::string& name, const std::string& value, const ValueContext& context, std::string& error) {
    Facet facet{};
    facet.text = value;
    if (name == "pattern") {
      facet.kind = Facet::kPattern;
      std::string regex_error;
      auto regex = XsdRegex::Compile(value, regex_error);
      if (!regex) {
        error = "invalid regular expression '" + value + "': " + regex_error;
        return false;
      }
      facet.regex = std::move(regex);
    } else if (name == "length" || name == "minLength" || name == "maxLength") {
      facet.kind = name == "length" ? Facet::kLength : name == "minLength" ? Facet::kMinLength : Facet::kMaxLength;
      if (!HasMeasure()) {
        error = "xsd:" + name_ + " has no length, so it takes no '" + name + "' parameter";
        return false;
      }
      auto count = NonNegativeInteger(value);
      if (!count) {
        error = "the '" + name + "' parameter must be a non-negative integer, not '" + value + "'";
        return false;
      }
      facet.count = *count;
    } else if (name == "minInclusive" || name == "minExclusive" || name == "maxInclusive" || name == "maxExclusive") {
      facet.kind = name == "minInclusive"   ? Facet::kMinInclusive
                   : name == "minExclusive" ? Facet::kMinExclusive
                   : name == "maxInclusive" ? Facet::kMaxInclusive
                                            : Facet::kMaxExclusive;
      if (!IsOrdered()) {
        error = "xsd:" + name_ + " is not ordered, so it takes no '" + name + "' parameter";
        return false;
      }
      std::string why;
      auto limit = Check(value, context, &why);
      if (!limit) {
        error = "the '" + name + "' parameter '" + value + "' is not a value of the datatype (" + why + ")";
        return false;
      }
      facet.limit = std::move(*limit);
    } else if (name == "fractionDigits" || name == "totalDigits") {
      facet.kind = name == "fractionDigits" ? Facet::kFractionDigits : Facet::kTotalDigits;
      if (primitive_ != Primitive::kDecimal) {
        error = "only datatypes derived from xsd:decimal take a '" + name + "' parameter";
        return false;
      }
      auto count = NonNegativeInteger(value);
      if (!count || (facet.kind == Facet::kTotalDigits && *count == 0)) {
        error = "the '" + name + "' parameter must be a " +
                std::string(facet.kind == Facet::kTotalDigits ? "positive" : "non-negative") + " integer, not '" +
                value + "'";
        return false;
      }
      facet.count = *count;
    } else if (name == "enumeration") {
      error = "'enumeration' is not a parameter in RELAX NG: use <value> elements";
      return false;
    } else if (name == "whiteSpace") {
      error = "'whiteSpace' is not a parameter in RELAX NG";
      return false;
    } else {
      error = "unknown parameter '" + name + "' for xsd:" + name_;
      return false;
    }
    facets_.push_back(std::move(facet));
    return true;
  }

  // The implicit restrictions of the integer types.
  void RestrictToIntegers() { integer_ = true; }
  void AddLimit(Facet::Kind kind, const std::string& limit) {
    Facet facet{};
    facet.kind = kind;
    facet.text = limit;
    facet.limit = *Check(limit, NoContext(), nullptr);
    facets_.push_back(std::move(facet));
  }

 private:
  struct EmptyContext : ValueContext {
    std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
      if (prefix.empty()) return std::string();
      return std::nullopt;
    }
  };
  static const ValueContext& NoContext() {
    static const EmptyContext context;
    return context;
  }

  bool HasMeasure() const {
    return primitive_ == Primitive::kString || primitive_ == Primitive::kHex || primitive_ == Primitive::kBase64 ||
           primitive_ == Primitive::kList || primitive_ == Primitive::kDate || primitive_ == Primitive::kDuration;
  }
  bool IsOrdered() const {
    return primitive_ == Primitive::kDecimal || primitive_ == Primitive::kDouble || primitive_ == Primitive::kFloat ||
           primitive_ == Primitive::kDate || primitive_ == Primitive::kDuration;
  }

  // jing reads lengths as decimals and takes whole non-negative ones.
  static std::optional<size_t> NonNegativeInteger(const std::string& value) {
    auto d = ParseDecimal(CollapseWhitespace(value));
    if (!d || (d->negative && !IsZero(*d)) || !d->fraction.empty()) return std::nullopt;
    if (d->integer.size() > 9) return std::numeric_limits<int>::max();
    return d->integer.empty() ? 0 : std::stoul(d->integer);
  }

  std::string Normalize(std::string_view text) const {
    switch (white_space_) {
      case WhiteSpace::kPreserve: return std::string(text);
      case WhiteSpace::kReplace: return ReplaceWhitespace(text);
      case WhiteSpace::kCollapse: return CollapseWhitespace(text);
    }
    return std::string(text);
  }

  bool LexicalItem(std::string_view item) const {
    switch (lexical_) {
      case Lexical::kAny: return true;
      case Lexical::kName: return IsNameOf(item, true);
      case Lexical::kNcName: return IsNameOf(item, false);
      case Lexical::kEntity: return IsNameOf(item, false);
      case Lexical::kNmtoken: {
        const std::u32string cps = CodePoints(item);
        return !cps.empty() && std::all_of(cps.begin(), cps.end(), [](char32_t c) { return XmlNameChars().Contains(c); });
      }
      case Lexical::kLanguage: return IsLanguage(item);
      case Lexical::kUri: return UriChecker(item).Valid();
    }
    return true;
  }

  const char* Describe() const {
    switch (primitive_) {
      case Primitive::kBoolean: return "not a boolean (true, false, 1 or 0)";
      case Primitive::kDecimal: return integer_ ? "not an integer" : "not a decimal number";
      case Primitive::kDouble:
      case Primitive::kFloat: return "not a floating-point number";
      case Primitive::kDate: return "not a valid date or time of this form";
      case Primitive::kDuration: return "not a duration";
      case Primitive::kQName: return "not a QName with a declared prefix";
      case Primitive::kHex: return "not a hexadecimal string";
      case Primitive::kBase64: return "not a base64 string";
      default: break;
    }
    switch (lexical_) {
      case Lexical::kName: return "not an XML name";
      case Lexical::kNcName: return "not an XML name without colons";
      case Lexical::kNmtoken: return "not an XML name token";
      case Lexical::kLanguage: return "not a language identifier";
      case Lexical::kUri: return "not a URI";
      case Lexical::kEntity: return "not an unparsed entity declared in the DTD";
      default: return "not a valid value";
    }
  }

  // The parsed value, nullopt (with `why`) when `text` is not valid.
  std::optional<Parsed> Check(std::string_view raw, const ValueContext& context, std::string* why) const {
    const std::string text = Normalize(raw);
    auto fail = [&](std::string reason) -> std::optional<Parsed> {
      if (why) *why = std::move(reason);
      return std::nullopt;
    };
    Parsed parsed;
    parsed.value.kind = kTextValue;
    switch (primitive_) {
      case Primitive::kString:
        if (!LexicalItem(text)) return fail(Describe());
        if (lexical_ == Lexical::kEntity) return fail(Describe());  // teipress reads no DTD declarations
        parsed.value.text = text;
        parsed.length = CodePoints(text).size();
        break;
      case Primitive::kList: {
        const auto items = SplitTokens(text);
        for (std::string_view item : items) {
          if (!LexicalItem(item) || lexical_ == Lexical::kEntity) return fail(Describe());
          if (!parsed.value.text.empty()) parsed.value.text += '\x01';
          parsed.value.text += item;
        }
        parsed.length = items.size();
        break;
      }
      case Primitive::kBoolean:
        if (text != "true" && text != "false" && text != "1" && text != "0") return fail(Describe());
        parsed.value.text = text == "true" || text == "1" ? "true" : "false";
        break;
      case Primitive::kDecimal: {
        auto d = ParseDecimal(text);
        if (!d || (integer_ && (text.back() == '.' || !d->fraction.empty()))) return fail(Describe());
        parsed.value.text = Canonical(*d);
        parsed.decimal = std::move(d);
        break;
      }
      case Primitive::kDouble:
      case Primitive::kFloat:
        if (!IsDoubleLexical(text)) return fail(Describe());
        parsed.value.kind = kNumberValue;
        parsed.value.number = ParseDouble(text);
        if (primitive_ == Primitive::kFloat) parsed.value.number = static_cast<float>(parsed.value.number);
        break;
      case Primitive::kDate: {
        auto date = ParseDate(date_kind_, text);
        if (!date) return fail(Describe());
        parsed.value = *date;
        parsed.value.kind = kDateValue;
        parsed.length = CodePoints(text).size();
        break;
      }
      case Primitive::kDuration: {
        auto duration = ParseDuration(text);
        if (!duration) return fail(Describe());
        parsed.value.text = DurationKey(*duration);
        parsed.duration = std::move(duration);
        parsed.length = CodePoints(text).size();
        break;
      }
      case Primitive::kQName: {
        if (!IsQName(text)) return fail(Describe());
        const size_t colon = text.find(':');
        const std::string prefix = colon == std::string::npos ? "" : text.substr(0, colon);
        auto ns = context.ResolvePrefix(prefix);
        if (!ns) return fail("the prefix '" + prefix + "' is not declared");
        parsed.value.text = "{" + *ns + "}" + (colon == std::string::npos ? text : text.substr(colon + 1));
        break;
      }
      case Primitive::kHex:
      case Primitive::kBase64: {
        auto bytes = primitive_ == Primitive::kHex ? ParseHex(raw) : ParseBase64(raw);
        if (!bytes) return fail(Describe());
        parsed.length = bytes->size();
        parsed.value.text = std::move(*bytes);
        break;
      }
    }
    for (const Facet& facet : facets_) {
      if (!Satisfies(facet, text, parsed)) return fail(Violation(facet, parsed));
    }
    return parsed;
  }

  bool Less(const Parsed& a, const Parsed& b) const {
    switch (primitive_) {
      case Primitive::kDecimal: return Compare(*a.decimal, *b.decimal) < 0;
      case Primitive::kDouble:
      case Primitive::kFloat: return a.value.number < b.value.number;
      case Primitive::kDate: return DateLess(a.value, b.value);
      case Primitive::kDuration: return DurationLess(*a.duration, *b.duration);
      default: return false;
    }
  }

  bool Same(const Parsed& a, const Parsed& b) const { return SameValue(a.value, b.value); }

  bool Satisfies(const Facet& facet, const std::string& text, const Parsed& parsed) const {
    switch (facet.kind) {
      case Facet::kPattern: return facet.regex->Matches(text);
      case Facet::kLength: return parsed.length == facet.count;
      case Facet::kMinLength: return parsed.length >= facet.count;
      case Facet::kMaxLength: return parsed.length <= facet.count;
      case Facet::kMinInclusive: return Less(facet.limit, parsed) || Same(parsed, facet.limit);
      case Facet::kMinExclusive: return Less(facet.limit, parsed);
      case Facet::kMaxInclusive: return Less(parsed, facet.limit) || Same(parsed, facet.limit);
      case Facet::kMaxExclusive: return Less(parsed, facet.limit);
      case Facet::kFractionDigits: return parsed.decimal->fraction.size() <= facet.count;
      case Facet::kTotalDigits: return Precision(*parsed.decimal) <= facet.count;
    }
    return true;
  }

  static std::string Violation(const Facet& facet, const Parsed& parsed) {
    switch (facet.kind) {
      case Facet::kPattern: return "does not match the pattern '" + facet.text + "'";
      case Facet::kLength: return "has length " + std::to_string(parsed.length) + ", not " + facet.text;
      case Facet::kMinLength: return "is shorter than " + facet.text;
      case Facet::kMaxLength: return "is longer than " + facet.text;
      case Facet::kMinInclusive: return "is less than " + facet.text;
      case Facet::kMinExclusive: return "is not greater than " + facet.text;
      case Facet::kMaxInclusive: return "is greater than " + facet.text;
      case Facet::kMaxExclusive: return "is not less than " + facet.text;
      case Facet::kFractionDigits: return "has more than " + facet.text + " digits after the decimal point";
      case Facet::kTotalDigits: return "has more than " + facet.text + " digits";
    }
    return "";
  }

 public:
  DateKind date_kind_ = DateKind::kDate;

 private:
  std::string name_;
  Primitive primitive_;
  WhiteSpace white_space_;
  Lexical lexical_;
  IdType id_;
  bool integer_ = false;
  std::vector<Facet> facets_;
};

// ---- The built-in library: string and token ----

class BuiltinDatatype final : public Datatype {
 public:
  explicit BuiltinDatatype(bool token) : token_(token), name_(token ? "token" : "string") {}
  bool IsValid(std::string_view, const ValueContext&, std::string*) const override { return true; }
  std::optional<DatatypeValue> ValueOf(std::string_view text, const ValueContext&) const override {
    DatatypeValue value;
    value.text = token_ ? CollapseWhitespace(text) : std::string(text);
    return value;
  }
  bool SameValue(const DatatypeValue& a, const DatatypeValue& b) const override { return a.text == b.text; }
  bool AcceptsAnyString() const override { return true; }
  const std::string& name() const override { return name_; }

 private:
  bool token_;
  std::string name_;
};

std::shared_ptr<XsdDatatype> MakeXsdBase(const std::string& type) {
  using P = Primitive;
  using W = WhiteSpace;
  using L = Lexical;
  auto make = [&](P p, W w, L l = L::kAny, IdType id = IdType::kNone) {
    return std::make_shared<XsdDatatype>(type, p, w, l, id);
  };
  auto date = [&](DateKind kind) {
    auto d = make(P::kDate, W::kCollapse);
    d->date_kind_ = kind;
    return d;
  };
  auto integer = [&](const char* min, const char* max) {
    auto d = make(P::kDecimal, W::kCollapse);
    d->RestrictToIntegers();
    if (min) d->AddLimit(Facet::kMinInclusive, min);
    if (max) d->AddLimit(Facet::kMaxInclusive, max);
    return d;
  };
  if (type == "string") return make(P::kString, W::kPreserve);
  if (type == "normalizedString") return make(P::kString, W::kReplace);
  if (type == "token") return make(P::kString, W::kCollapse);
  if (type == "Name") return make(P::kString, W::kCollapse, L::kName);
  if (type == "NCName") return make(P::kString, W::kCollapse, L::kNcName);
  if (type == "NMTOKEN") return make(P::kString, W::kCollapse, L::kNmtoken);
  if (type == "NMTOKENS") return XsdDatatype::ListOf(type, *make(P::kString, W::kCollapse, L::kNmtoken), IdType::kNone);
  if (type == "ID") return make(P::kString, W::kCollapse, L::kNcName, IdType::kId);
  if (type == "IDREF") return make(P::kString, W::kCollapse, L::kNcName, IdType::kIdref);
  if (type == "IDREFS") return XsdDatatype::ListOf(type, *make(P::kString, W::kCollapse, L::kNcName), IdType::kIdrefs);
  if (type == "ENTITY") return make(P::kString, W::kCollapse, L::kEntity);
  if (type == "ENTITIES") return XsdDatatype::ListOf(type, *make(P::kString, W::kCollapse, L::kEntity), IdType::kNone);
  if (type == "language") return make(P::kString, W::kCollapse, L::kLanguage);
  if (type == "anyURI") return make(P::kString, W::kCollapse, L::kUri);
  if (type == "QName" || type == "NOTATION") return make(P::kQName, W::kCollapse);
  if (type == "boolean") return make(P::kBoolean, W::kCollapse);
  if (type == "decimal") return make(P::kDecimal, W::kCollapse);
  if (type == "integer") return integer(nullptr, nullptr);
  if (type == "nonPositiveInteger") return integer(nullptr, "0");
  if (type == "negativeInteger") return integer(nullptr, "-1");
  if (type == "nonNegativeInteger") return integer("0", nullptr);
  if (type == "positiveInteger") return integer("1", nullptr);
  if (type == "long") return integer("-9223372036854775808", "9223372036854775807");
  if (type == "int") return integer("-2147483648", "2147483647");
  if (type == "short") return integer("-32768", "32767");
  if (type == "byte") return integer("-128", "127");
  if (type == "unsignedLong") return integer("0", "18446744073709551615");
  if (type == "unsignedInt") return integer("0", "4294967295");
  if (type == "unsignedShort") return integer("0", "65535");
  if (type == "unsignedByte") return integer("0", "255");
  if (type == "double") return make(P::kDouble, W::kCollapse);
  if (type == "float") return make(P::kFloat, W::kCollapse);
  if (type == "dateTime") return date(DateKind::kDateTime);
  if (type == "time") return date(DateKind::kTime);
  if (type == "date") return date(DateKind::kDate);
  if (type == "gYearMonth") return date(DateKind::kGYearMonth);
  if (type == "gYear") return date(DateKind::kGYear);
  if (type == "gMonthDay") return date(DateKind::kGMonthDay);
  if (type == "gDay") return date(DateKind::kGDay);
  if (type == "gMonth") return date(DateKind::kGMonth);
  if (type == "duration") return make(P::kDuration, W::kCollapse);
  if (type == "hexBinary") return make(P::kHex, W::kPreserve);
  if (type == "base64Binary") return make(P::kBase64, W::kPreserve);
  return nullptr;
}

}  // namespace

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (IsXmlSpace(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out += c;
    }
  }
  return out;
}

bool IsUriReference(std::string_view text) { return UriChecker(text).Valid(); }
bool IsXmlName(std::string_view text) { return IsNameOf(text, true); }
bool IsNcName(std::string_view text) { return IsNameOf(text, false); }
bool IsNmtoken(std::string_view text) {
  const std::u32string cps = CodePoints(text);
  return !cps.empty() && std::all_of(cps.begin(), cps.end(), [](char32_t c) { return XmlNameChars().Contains(c); });
}

bool IsKnownDatatypeLibrary(const std::string& library) {
  return library.empty() || library == kXsdDatatypeLibrary || library == kCompatibilityDatatypeLibrary;
}

std::shared_ptr<const Datatype> MakeDatatype(const std::string& library, const std::string& type,
                                             const std::vector<std::pair<std::string, std::string>>& params,
                                             const ValueContext& context, std::string& error) {
  if (library.empty()) {
    if (type != "string" && type != "token") {
      error = "the built-in datatype library has only 'string' and 'token', not '" + type + "'";
      return nullptr;
    }
    if (!params.empty()) {
      error = "built-in datatypes take no parameters";
      return nullptr;
    }
    return std::make_shared<BuiltinDatatype>(type == "token");
  }
  if (library == kCompatibilityDatatypeLibrary && type != "ID" && type != "IDREF" && type != "IDREFS") {
    error = "the DTD compatibility datatype library has only ID, IDREF and IDREFS, not '" + type + "'";
    return nullptr;
  }
  if (library != kXsdDatatypeLibrary && library != kCompatibilityDatatypeLibrary) {
    error = "unknown datatype library '" + library + "'";
    return nullptr;
  }
  auto datatype = MakeXsdBase(type);
  if (!datatype) {
    error = "'" + type + "' is not an XML Schema datatype";
    return nullptr;
  }
  if (library == kCompatibilityDatatypeLibrary && !params.empty()) {
    error = "DTD compatibility datatypes take no parameters";
    return nullptr;
  }
  for (const auto& [name, value] : params) {
    if (!datatype->AddParameter(name, value, context, error)) return nullptr;
  }
  return datatype;
}

}  // namespace teipress
