#include "unicode_char_sets.h"

#include <libxml/chvalid.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace teipress {

namespace {

constexpr const char* kCategoryNames[kCategoryCount] = {
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Zs", "Zl", "Zp", "Sm", "Sc", "Sk", "So", "Cc", "Cf", "Co", "Cs", "Cn"};

struct Block {
  const char* name;
  char32_t first;
  char32_t last;
};

// XML Schema 1.0's block names (Unicode 3.1) with the ranges Java, and so jing, gives them today.
constexpr Block kBlocks[] = {
    {"BasicLatin", 0x0000, 0x007F},
    {"Latin-1Supplement", 0x0080, 0x00FF},
    {"LatinExtended-A", 0x0100, 0x017F},
    {"LatinExtended-B", 0x0180, 0x024F},
    {"IPAExtensions", 0x0250, 0x02AF},
    {"SpacingModifierLetters", 0x02B0, 0x02FF},
    {"CombiningDiacriticalMarks", 0x0300, 0x036F},
    {"Greek", 0x0370, 0x03FF},
    {"Cyrillic", 0x0400, 0x04FF},
    {"Armenian", 0x0530, 0x058F},
    {"Hebrew", 0x0590, 0x05FF},
    {"Arabic", 0x0600, 0x06FF},
    {"Syriac", 0x0700, 0x074F},
    {"Thaana", 0x0780, 0x07BF},
    {"Devanagari", 0x0900, 0x097F},
    {"Bengali", 0x0980, 0x09FF},
    {"Gurmukhi", 0x0A00, 0x0A7F},
    {"Gujarati", 0x0A80, 0x0AFF},
    {"Oriya", 0x0B00, 0x0B7F},
    {"Tamil", 0x0B80, 0x0BFF},
    {"Telugu", 0x0C00, 0x0C7F},
    {"Kannada", 0x0C80, 0x0CFF},
    {"Malayalam", 0x0D00, 0x0D7F},
    {"Sinhala", 0x0D80, 0x0DFF},
    {"Thai", 0x0E00, 0x0E7F},
    {"Lao", 0x0E80, 0x0EFF},
    {"Tibetan", 0x0F00, 0x0FFF},
    {"Myanmar", 0x1000, 0x109F},
    {"Georgian", 0x10A0, 0x10FF},
    {"HangulJamo", 0x1100, 0x11FF},
    {"Ethiopic", 0x1200, 0x137F},
    {"Cherokee", 0x13A0, 0x13FF},
    {"UnifiedCanadianAboriginalSyllabics", 0x1400, 0x167F},
    {"Ogham", 0x1680, 0x169F},
    {"Runic", 0x16A0, 0x16FF},
    {"Khmer", 0x1780, 0x17FF},
    {"Mongolian", 0x1800, 0x18AF},
    {"LatinExtendedAdditional", 0x1E00, 0x1EFF},
    {"GreekExtended", 0x1F00, 0x1FFF},
    {"GeneralPunctuation", 0x2000, 0x206F},
    {"SuperscriptsandSubscripts", 0x2070, 0x209F},
    {"CurrencySymbols", 0x20A0, 0x20CF},
    {"CombiningMarksforSymbols", 0x20D0, 0x20FF},
    {"LetterlikeSymbols", 0x2100, 0x214F},
    {"NumberForms", 0x2150, 0x218F},
    {"Arrows", 0x2190, 0x21FF},
    {"MathematicalOperators", 0x2200, 0x22FF},
    {"MiscellaneousTechnical", 0x2300, 0x23FF},
    {"ControlPictures", 0x2400, 0x243F},
    {"OpticalCharacterRecognition", 0x2440, 0x245F},
    {"EnclosedAlphanumerics", 0x2460, 0x24FF},
    {"BoxDrawing", 0x2500, 0x257F},
    {"BlockElements", 0x2580, 0x259F},
    {"GeometricShapes", 0x25A0, 0x25FF},
    {"MiscellaneousSymbols", 0x2600, 0x26FF},
    {"Dingbats", 0x2700, 0x27BF},
    {"BraillePatterns", 0x2800, 0x28FF},
    {"CJKRadicalsSupplement", 0x2E80, 0x2EFF},
    {"KangxiRadicals", 0x2F00, 0x2FDF},
    {"IdeographicDescriptionCharacters", 0x2FF0, 0x2FFF},
    {"CJKSymbolsandPunctuation", 0x3000, 0x303F},
    {"Hiragana", 0x3040, 0x309F},
    {"Katakana", 0x30A0, 0x30FF},
    {"Bopomofo", 0x3100, 0x312F},
    {"HangulCompatibilityJamo", 0x3130, 0x318F},
    {"Kanbun", 0x3190, 0x319F},
    {"BopomofoExtended", 0x31A0, 0x31BF},
    {"EnclosedCJKLettersandMonths", 0x3200, 0x32FF},
    {"CJKCompatibility", 0x3300, 0x33FF},
    {"CJKUnifiedIdeographsExtensionA", 0x3400, 0x4DBF},
    {"CJKUnifiedIdeographs", 0x4E00, 0x9FFF},
    {"YiSyllables", 0xA000, 0xA48F},
    {"YiRadicals", 0xA490, 0xA4CF},
    {"HangulSyllables", 0xAC00, 0xD7AF},
    {"CJKCompatibilityIdeographs", 0xF900, 0xFAFF},
    {"AlphabeticPresentationForms", 0xFB00, 0xFB4F},
    {"ArabicPresentationForms-A", 0xFB50, 0xFDFF},
    {"CombiningHalfMarks", 0xFE20, 0xFE2F},
    {"CJKCompatibilityForms", 0xFE30, 0xFE4F},
    {"SmallFormVariants", 0xFE50, 0xFE6F},
    {"ArabicPresentationForms-B", 0xFE70, 0xFEFF},
    {"Specials", 0xFFF0, 0xFFFF},
    {"HalfwidthandFullwidthForms", 0xFF00, 0xFFEF},
    // Blocks outside the Basic Multilingual Plane, with Unicode 3.1's ranges.
    {"OldItalic", 0x10300, 0x1032F},
    {"Gothic", 0x10330, 0x1034F},
    {"Deseret", 0x10400, 0x1044F},
    {"ByzantineMusicalSymbols", 0x1D000, 0x1D0FF},
    {"MusicalSymbols", 0x1D100, 0x1D1FF},
    {"MathematicalAlphanumericSymbols", 0x1D400, 0x1D7FF},
    {"CJKUnifiedIdeographsExtensionB", 0x20000, 0x2A6D6},
    {"CJKCompatibilityIdeographsSupplement", 0x2F800, 0x2FA1F},
    {"Tags", 0xE0000, 0xE007F},
};

// XML 1.0 second edition, appendix B, as libxml2 keeps it (BMP only).
struct NameTables {
  CodePointSet start;
  CodePointSet name;
};

// Adds the ranges of one of libxml2's tables (which start at U+0100; the Latin-1 part
// is in its macros) to `ranges`.
void AddGroup(const xmlChRangeGroup& group, std::vector<std::pair<char32_t, char32_t>>& ranges) {
  for (int i = 0; i < group.nbShortRange; ++i) {
    const unsigned int low = std::max<unsigned int>(group.shortRange[i].low, 0x100);
    if (low <= group.shortRange[i].high) ranges.emplace_back(low, group.shortRange[i].high);
  }
}

CodePointSet OfSortedRanges(std::vector<std::pair<char32_t, char32_t>> ranges) {
  std::sort(ranges.begin(), ranges.end());
  CodePointSet set;
  for (const auto& [first, last] : ranges) set.Add(first, last);
  return set;
}

const NameTables& Names() {
  // Built from libxml2's range tables, not by asking its macros about every code point:
  // this runs while the first schema compiles.
  static const NameTables tables = [] {
    std::vector<std::pair<char32_t, char32_t>> start;
    std::vector<std::pair<char32_t, char32_t>> name;
    for (unsigned int c = 0; c < 0x100; ++c) {
      const bool letter = xmlIsBaseChar_ch(c);
      if (letter || c == '_' || c == ':') start.emplace_back(c, c);
      if (letter || c == '_' || c == ':' || c == '.' || c == '-' || xmlIsDigit_ch(c) || xmlIsExtender_ch(c)) {
        name.emplace_back(c, c);
      }
    }
    for (auto* ranges : {&start, &name}) {
      AddGroup(xmlIsBaseCharGroup, *ranges);
      ranges->emplace_back(0x4E00, 0x9FA5);  // ideographic, as xmlIsIdeographicQ
      ranges->emplace_back(0x3007, 0x3007);
      ranges->emplace_back(0x3021, 0x3029);
    }
    AddGroup(xmlIsDigitGroup, name);
    AddGroup(xmlIsCombiningGroup, name);
    AddGroup(xmlIsExtenderGroup, name);
    return NameTables{OfSortedRanges(std::move(start)), OfSortedRanges(std::move(name))};
  }();
  return tables;
}

}  // namespace

CodePointSet CodePointSet::Of(char32_t first, char32_t last) {
  CodePointSet set;
  set.Add(first, last);
  return set;
}

void CodePointSet::Add(char32_t first, char32_t last) {
  if (first > last) return;
  // Mostly appended in order (scans, parsing): merge with the last range in O(1).
  if (ranges_.empty() || first > ranges_.back().last + 1) {
    ranges_.push_back({first, last});
    return;
  }
  if (first >= ranges_.back().first) {
    ranges_.back().last = std::max(ranges_.back().last, last);
    return;
  }
  *this = Union(Of(first, last));
}

CodePointSet CodePointSet::Union(const CodePointSet& other) const {
  std::vector<CodePointRange> all = ranges_;
  all.insert(all.end(), other.ranges_.begin(), other.ranges_.end());
  std::sort(all.begin(), all.end(), [](const CodePointRange& a, const CodePointRange& b) { return a.first < b.first; });
  CodePointSet out;
  for (const CodePointRange& r : all) {
    if (!out.ranges_.empty() && r.first <= out.ranges_.back().last + 1) {
      out.ranges_.back().last = std::max(out.ranges_.back().last, r.last);
    } else {
      out.ranges_.push_back(r);
    }
  }
  return out;
}

CodePointSet CodePointSet::Intersection(const CodePointSet& other) const {
  CodePointSet out;
  size_t i = 0, j = 0;
  while (i < ranges_.size() && j < other.ranges_.size()) {
    const char32_t first = std::max(ranges_[i].first, other.ranges_[j].first);
    const char32_t last = std::min(ranges_[i].last, other.ranges_[j].last);
    if (first <= last) out.ranges_.push_back({first, last});
    if (ranges_[i].last < other.ranges_[j].last) ++i;
    else ++j;
  }
  return out;
}

CodePointSet CodePointSet::Complement() const {
  CodePointSet out;
  char32_t next = 0;
  for (const CodePointRange& r : ranges_) {
    if (r.first > next) out.ranges_.push_back({next, r.first - 1});
    next = r.last + 1;
  }
  if (next <= kMaxCodePoint) out.ranges_.push_back({next, kMaxCodePoint});
  return out;
}

bool CodePointSet::Contains(char32_t c) const {
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), c,
                             [](char32_t value, const CodePointRange& r) { return value < r.first; });
  return it != ranges_.begin() && std::prev(it)->last >= c;
}

std::optional<CategoryMask> CategoryNamed(std::string_view name) {
  if (name.size() == 1) {
    CategoryMask mask = 0;
    for (int i = 0; i < kCategoryCount; ++i) {
      if (kCategoryNames[i][0] == name[0]) mask |= CategoryMask{1} << i;
    }
    if (mask) return mask;
    return std::nullopt;
  }
  for (int i = 0; i < kCategoryCount; ++i) {
    if (name == kCategoryNames[i]) return CategoryMask{1} << i;
  }
  return std::nullopt;
}

const char* CategoryName(int index) { return kCategoryNames[index]; }

std::optional<CodePointSet> BlockNamed(std::string_view name) {
  if (name == "PrivateUse") {
    CodePointSet set = CodePointSet::Of(0xE000, 0xF8FF);
    set.Add(0xF0000, 0xFFFFD);
    set.Add(0x100000, 0x10FFFD);
    return set;
  }
  for (const Block& block : kBlocks) {
    if (name == block.name) return CodePointSet::Of(block.first, block.last);
  }
  return std::nullopt;
}

const CodePointSet& XmlNameStartChars() { return Names().start; }
const CodePointSet& XmlNameChars() { return Names().name; }

}  // namespace teipress
