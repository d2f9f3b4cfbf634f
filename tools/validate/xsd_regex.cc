#include "xsd_regex.h"

#include <re2/re2.h>

#include <cstdio>
#include <optional>
#include <unordered_map>
#include <vector>

#include "unicode_char_sets.h"

namespace teipress {

namespace {

constexpr const char* kNothing = "[^\\x{0}-\\x{10FFFF}]";

// ---- Character classes as unions of terms ----
//
// A class is a union of terms, each "the code points of some general categories, except some
// explicit ranges" (M - R). That family is closed under union, complement and intersection
// without any table of categories:
//   (M1 - R1) n (M2 - R2) = (M1 n M2) - (R1 u R2)      (categories are a partition: masks combine exactly)
//   not (M - R)           = (not M - {}) u (all - not R)
//   an explicit set P     = all - not P
// and RE2 can write each term: [^\P{X}R] for each category X of M (a negated class containing a
// negated property), and [^<every assigned category>R] for Cn, which RE2 lacks.

constexpr CategoryMask Bit(int index) { return CategoryMask{1} << index; }
constexpr CategoryMask kAssigned = kAllCategories & ~Bit(kCategoryCn);

struct Term {
  CategoryMask mask = 0;
  CodePointSet minus;
};

using CharClass = std::vector<Term>;  // the union of its terms

const CodePointSet& AllCodePoints() {
  static const CodePointSet all = CodePointSet::Of(0, kMaxCodePoint);
  return all;
}

bool IsEmpty(const Term& t) { return t.mask == 0 || (t.mask == kAllCategories && t.minus == AllCodePoints()); }

CharClass Union(CharClass a, const CharClass& b) {
  a.insert(a.end(), b.begin(), b.end());
  // Terms with the same exceptions merge; empty terms go.
  CharClass out;
  for (Term& term : a) {
    if (IsEmpty(term)) continue;
    auto same = std::find_if(out.begin(), out.end(), [&](const Term& t) { return t.minus == term.minus; });
    if (same != out.end()) same->mask |= term.mask;
    else out.push_back(std::move(term));
  }
  return out;
}

CharClass OfRanges(const CodePointSet& set) { return Union({}, {Term{kAllCategories, set.Complement()}}); }
CharClass OfCategories(CategoryMask mask) { return Union({}, {Term{mask, {}}}); }
CharClass OfChar(char32_t c) { return OfRanges(CodePointSet::Of(c, c)); }

CharClass Intersect(const CharClass& a, const CharClass& b) {
  CharClass out;
  for (const Term& x : a) {
    for (const Term& y : b) out = Union(std::move(out), {Term{x.mask & y.mask, x.minus.Union(y.minus)}});
  }
  return out;
}

CharClass Complement(const CharClass& a) {
  CharClass out = {Term{kAllCategories, {}}};  // everything
  for (const Term& t : a) {
    out = Intersect(out, Union({Term{kAllCategories & ~t.mask, {}}}, {Term{kAllCategories, t.minus.Complement()}}));
  }
  return out;
}

CharClass Subtract(const CharClass& a, const CharClass& b) { return Intersect(a, Complement(b)); }

// ---- Writing RE2 syntax ----

void AppendCodePoint(std::string& out, char32_t c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\x{%X}", static_cast<unsigned>(c));
  out += buffer;
}

void AppendRanges(std::string& out, const CodePointSet& set) {
  for (const CodePointRange& r : set.ranges()) {
    AppendCodePoint(out, r.first);
    if (r.last != r.first) {
      out += '-';
      AppendCodePoint(out, r.last);
    }
  }
}

// The categories of `mask` as RE2 names: one letter where all of a letter is there, else two.
// Cs never matches UTF-8 text and RE2 has no Cn: both are left out.
std::vector<std::string> CategoryItems(CategoryMask mask) {
  std::vector<std::string> items;
  for (const char letter : {'L', 'M', 'N', 'P', 'S', 'Z'}) {
    const CategoryMask group = *CategoryNamed(std::string_view(&letter, 1));
    if ((mask & group) == group) {
      items.push_back(std::string(1, letter));
      mask &= ~group;
    }
  }
  for (int i = 0; i < kCategoryCount; ++i) {
    if (i != kCategoryCs && i != kCategoryCn && (mask & Bit(i))) items.push_back(CategoryName(i));
  }
  return items;
}

std::string Properties(const std::vector<std::string>& items, const char* p) {
  std::string out;
  for (const std::string& item : items) out += std::string("\\") + p + "{" + item + "}";
  return out;
}

// One term as RE2 alternatives (joined with '|').
std::vector<std::string> WriteTerm(const Term& term) {
  std::vector<std::string> out;
  if (IsEmpty(term)) return out;
  if (term.mask == kAllCategories) {
    // Everything but the ranges: written as the ranges kept, or as everything but the others.
    const CodePointSet kept = term.minus.Complement();
    std::string items;
    if (kept.ranges().size() <= term.minus.ranges().size()) {
      AppendRanges(items, kept);
      out.push_back("[" + items + "]");
    } else {
      AppendRanges(items, term.minus);
      out.push_back("[^" + items + "]");
    }
    return out;
  }
  std::string minus;
  AppendRanges(minus, term.minus);
  const std::vector<std::string> categories = CategoryItems(term.mask);
  if (minus.empty()) {
    if (!categories.empty()) out.push_back("[" + Properties(categories, "p") + "]");
  } else {
    for (const std::string& category : categories) out.push_back("[^\\P{" + category + "}" + minus + "]");
  }
  // Cn: what no assigned category holds (and not the ranges).
  if (term.mask & Bit(kCategoryCn)) {
    out.push_back("[^" + Properties(CategoryItems(kAssigned & ~Bit(kCategoryCs)), "p") + minus + "]");
  }
  return out;
}

std::string WriteClass(const CharClass& cc) {
  std::vector<std::string> alternatives;
  for (const Term& term : cc) {
    for (std::string& a : WriteTerm(term)) alternatives.push_back(std::move(a));
  }
  if (alternatives.empty()) return kNothing;
  if (alternatives.size() == 1) return alternatives.front();
  std::string out = "(?:";
  for (size_t i = 0; i < alternatives.size(); ++i) out += (i ? "|" : "") + alternatives[i];
  return out + ")";
}

// ---- The translator: XML Schema regular expression syntax, as jing reads it ----

class Translator {
 public:
  explicit Translator(std::string_view pattern) { Decode(pattern); }

  std::string Translate(std::string& error) {
    try {
      RegExp();
      if (!AtEnd()) Fail("unexpected '" + Current() + "'");
    } catch (const std::string& message) {
      error = message + " at character " + std::to_string(position_ + 1);
      return "";
    }
    return out_;
  }

 private:
  void Decode(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      const unsigned char lead = static_cast<unsigned char>(text[i]);
      const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (i + length > text.size()) {
        chars_.push_back(0xFFFD);
        break;
      }
      char32_t c = length == 1 ? lead : lead & (0x7F >> length);
      for (size_t k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      chars_.push_back(c);
      i += length;
    }
  }

  [[noreturn]] void Fail(const std::string& message) { throw message; }
  bool AtEnd() const { return position_ >= chars_.size(); }
  char32_t Peek() const { return AtEnd() ? 0 : chars_[position_]; }
  std::string Current() const {
    std::string s;
    const char32_t c = Peek();
    if (c < 0x80) s += static_cast<char>(c);
    else AppendCodePoint(s, c);
    return s;
  }
  void Expect(char32_t c) {
    if (AtEnd() || Peek() != c) Fail(std::string("expected '") + static_cast<char>(c) + "'");
    ++position_;
  }

  void RegExp() {
    Branch();
    while (!AtEnd() && Peek() == '|') {
      ++position_;
      out_ += '|';
      Branch();
    }
  }

  void Branch() {
    while (Atom()) Quantifier();
  }

  void Quantifier() {
    if (AtEnd()) return;
    const char32_t c = Peek();
    if (c == '*' || c == '?' || c == '+') {
      out_ += static_cast<char>(c);
      ++position_;
    } else if (c == '{') {
      ++position_;
      const std::string lower = Digits();
      std::string upper;
      bool bounded = true;
      if (!AtEnd() && Peek() == ',') {
        ++position_;
        if (!AtEnd() && Peek() != '}') upper = Digits();
        else bounded = false;
      }
      Expect('}');
      const unsigned long low = Count(lower);
      out_ += "{" + std::to_string(low);
      if (!upper.empty()) {
        const unsigned long high = Count(upper);
        if (high < low) Fail("the quantifier's upper bound is below its lower bound");
        out_ += "," + std::to_string(high);
      } else if (!bounded) {
        out_ += ",";
      }
      out_ += "}";
    }
  }

  std::string Digits() {
    std::string digits;
    while (!AtEnd() && Peek() >= '0' && Peek() <= '9') digits += static_cast<char>(chars_[position_++]);
    if (digits.empty()) Fail("expected a digit");
    return digits;
  }

  // RE2 counts repetitions up to 1000.
  unsigned long Count(const std::string& digits) {
    const size_t first = digits.find_first_not_of('0');
    const std::string significant = first == std::string::npos ? "0" : digits.substr(first);
    if (significant.size() > 4 || std::stoul(significant) > 1000) {
      Fail("a repeat count above 1000 (" + digits + ") is beyond the regular expression engine");
    }
    return std::stoul(significant);
  }

  bool Atom() {
    if (AtEnd()) return false;
    const char32_t c = Peek();
    switch (c) {
      case '?': case '*': case '+': case ')': case '{': case '}': case '|': case ']':
        return false;
      case '(':
        ++position_;
        out_ += "(?:";
        RegExp();
        Expect(')');
        out_ += ')';
        return true;
      case '\\':
        ++position_;
        out_ += WriteClass(Escape());
        return true;
      case '[':
        ++position_;
        out_ += WriteClass(ClassExpression());
        return true;
      case '.':
        ++position_;
        out_ += WriteClass(Complement(Union(OfChar('\n'), OfChar('\r'))));
        return true;
      default:
        ++position_;
        AppendCodePoint(out_, c);
        return true;
    }
  }

  // After '\': a single character escape (returned as a one-character class) or a class escape.
  CharClass Escape() {
    if (AtEnd()) Fail("a '\\' ends the expression");
    const char32_t c = chars_[position_++];
    switch (c) {
      case 'n': return OfChar('\n');
      case 'r': return OfChar('\r');
      case 't': return OfChar('\t');
      case '\\': case '|': case '.': case '-': case '^': case '?': case '*': case '+':
      case '(': case ')': case '{': case '}': case '[': case ']':
        return OfChar(c);
      case 's': return Spaces();
      case 'S': return Complement(Spaces());
      case 'i': return OfRanges(XmlNameStartChars());
      case 'I': return OfRanges(XmlNameStartChars().Complement());
      case 'c': return OfRanges(XmlNameChars());
      case 'C': return OfRanges(XmlNameChars().Complement());
      case 'd': return OfCategories(*CategoryNamed("Nd"));
      case 'D': return Complement(OfCategories(*CategoryNamed("Nd")));
      case 'w': return Complement(NotWordCharacters());
      case 'W': return NotWordCharacters();
      case 'p': return Property();
      case 'P': return Complement(Property());
      default:
        --position_;
        Fail("unknown escape '\\" + Current() + "'");
    }
  }

  static CharClass Spaces() {
    CodePointSet set = CodePointSet::Of('\t', '\n');
    set.Add('\r', '\r');
    set.Add(' ', ' ');
    return OfRanges(set);
  }

  // \W: punctuation, separators and "other" characters.
  static CharClass NotWordCharacters() {
    return OfCategories(*CategoryNamed("P") | *CategoryNamed("Z") | *CategoryNamed("C"));
  }

  // After \p or \P: {category} or {IsBlock}.
  CharClass Property() {
    Expect('{');
    std::string name;
    while (!AtEnd() && Peek() != '}') {
      const char32_t c = Peek();
      const bool ascii_alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!ascii_alnum && c != '-') Fail("expected '}'");
      name += static_cast<char>(c);
      ++position_;
    }
    Expect('}');
    if (name.empty()) Fail("empty property name");
    if (name.size() <= 2) {
      if (auto mask = CategoryNamed(name)) return OfCategories(*mask);
      Fail("unknown category '" + name + "'");
    }
    if (name.rfind("Is", 0) == 0) {
      if (auto block = BlockNamed(name.substr(2))) return OfRanges(*block);
      Fail("unknown block '" + name.substr(2) + "'");
    }
    Fail("unknown property '" + name + "'");
  }

  // After '[': ^? items ('-' '[' subtracted ']')? ']'
  CharClass ClassExpression() {
    bool negated = false;
    if (!AtEnd() && Peek() == '^') {
      negated = true;
      ++position_;
    }
    CharClass members;
    std::optional<CharClass> subtracted;
    do {
      std::optional<char32_t> single;
      CharClass lower = ClassItem(single);
      if (!AtEnd() && Peek() == '-') {
        ++position_;
        if (!AtEnd() && Peek() == '[') {
          members = Union(std::move(members), lower);
          ++position_;
          subtracted = ClassExpression();
          break;
        }
        std::optional<char32_t> upper_single;
        ClassItem(upper_single);
        if (!single || !upper_single) Fail("a range needs a single character at each end");
        if (*single > *upper_single) Fail("a range whose start is after its end");
        members = Union(std::move(members), OfRanges(CodePointSet::Of(*single, *upper_single)));
        if (!AtEnd() && Peek() == '-') {
          ++position_;
          if (AtEnd() || Peek() != '[') Fail("expected '['");
          ++position_;
          subtracted = ClassExpression();
          break;
        }
      } else {
        members = Union(std::move(members), lower);
      }
    } while (!AtEnd() && Peek() != ']');
    if (negated) members = Complement(members);
    if (subtracted) members = Subtract(members, *subtracted);
    Expect(']');
    return members;
  }

  // One item of a class: an escape or a character; `single` is set for one character (a range
  // may only be made of those).
  CharClass ClassItem(std::optional<char32_t>& single) {
    if (AtEnd()) Fail("expected ']'");
    const char32_t c = Peek();
    if (c == '[' || c == ']' || c == '-') Fail("'" + Current() + "' must be escaped in a character class");
    ++position_;
    if (c != '\\') {
      single = c;
      return OfChar(c);
    }
    if (!AtEnd() && std::u32string_view(U"nrt\\|.-^?*+(){}[]").find(Peek()) != std::u32string_view::npos) {
      single = Peek() == 'n' ? U'\n' : Peek() == 'r' ? U'\r' : Peek() == 't' ? U'\t' : Peek();
    }
    return Escape();
  }

  std::vector<char32_t> chars_;
  size_t position_ = 0;
  std::string out_;
};

}  // namespace

std::string TranslateXsdRegex(std::string_view pattern, std::string& error) {
  error.clear();
  return Translator(pattern).Translate(error);
}

std::shared_ptr<const XsdRegex> XsdRegex::Compile(std::string_view pattern, std::string& error) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::shared_ptr<const XsdRegex>> cache;
  const std::string key(pattern);
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto found = cache.find(key);
    if (found != cache.end()) {
      error.clear();
      return found->second;
    }
  }
  std::string translated = TranslateXsdRegex(pattern, error);
  if (!error.empty()) return nullptr;
  auto regex = std::shared_ptr<XsdRegex>(new XsdRegex());
  regex->translated_ = std::move(translated);
  std::lock_guard<std::mutex> lock(mutex);
  return cache.emplace(key, std::move(regex)).first->second;
}

XsdRegex::~XsdRegex() = default;

bool XsdRegex::Matches(std::string_view value) const {
  std::call_once(compile_once_, [this] {
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(64 << 20);  // large Unicode classes
    compiled_ = std::make_unique<RE2>("(?:" + translated_ + ")", options);
  });
  // RE2 refuses hardly anything the translation accepts (it could run out of its memory budget):
  // then nothing matches, and the value is reported as not matching.
  return compiled_->ok() && RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *compiled_);
}

}  // namespace teipress
