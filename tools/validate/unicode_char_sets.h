// Sets of Unicode code points for XML Schema regular expressions: explicit ranges with the set
// operations a character class needs (union, intersection, complement), the general categories
// as bits (they partition the code points, so they combine exactly without tables of their own;
// RE2 knows their members), the XML Schema 1.0 block names, and the XML 1.0 (second edition) name
// characters behind \i and \c.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {

constexpr char32_t kMaxCodePoint = 0x10FFFF;

struct CodePointRange {
  char32_t first;
  char32_t last;
  bool operator==(const CodePointRange&) const = default;
};

// A set of code points as sorted, disjoint, non-adjacent ranges.
class CodePointSet {
 public:
  CodePointSet() = default;
  static CodePointSet Of(char32_t first, char32_t last);

  void Add(char32_t first, char32_t last);
  CodePointSet Union(const CodePointSet& other) const;
  CodePointSet Intersection(const CodePointSet& other) const;
  CodePointSet Complement() const;  // within 0..kMaxCodePoint
  CodePointSet Minus(const CodePointSet& other) const { return Intersection(other.Complement()); }
  bool Contains(char32_t c) const;
  bool empty() const { return ranges_.empty(); }
  const std::vector<CodePointRange>& ranges() const { return ranges_; }
  bool operator==(const CodePointSet&) const = default;

 private:
  std::vector<CodePointRange> ranges_;
};

// The 30 general categories, one bit each, in this order; a one-letter category is the union of
// its two-letter ones. Cn (unassigned) is a category like the others.
using CategoryMask = std::uint32_t;
constexpr int kCategoryCount = 30;
constexpr CategoryMask kAllCategories = (CategoryMask{1} << kCategoryCount) - 1;

// The mask for "Lu", "L", ...; nullopt for a name XML Schema does not define.
std::optional<CategoryMask> CategoryNamed(std::string_view name);
// The two-letter name of category bit `index`.
const char* CategoryName(int index);
constexpr int kCategoryCn = 29;
constexpr int kCategoryCs = 28;

// The code points of an XML Schema 1.0 block ("BasicLatin", "Latin-1Supplement", ...), as jing
// accepts them; nullopt for an unknown name.
std::optional<CodePointSet> BlockNamed(std::string_view name);

// \i and \c of XML Schema 1.0: XML 1.0 second edition's Letter | '_' | ':' and NameChar.
const CodePointSet& XmlNameStartChars();
const CodePointSet& XmlNameChars();

}  // namespace teipress
