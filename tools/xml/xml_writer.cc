#include "xml_writer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <stdexcept>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text_util.h"

namespace teipress {

void AttributeViews::push_back(std::string_view name, std::string_view value) {
  if (size_ == kCapacity) throw std::length_error("AttributeViews: more attributes than kCapacity");
  items_[size_++] = {name, value};
}

// A converted document is some kilobytes: grow once or twice rather than a dozen times.
XmlWriter::XmlWriter() : out_(16384) { out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"; }

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence of an XML 1.0 Char starting at text[i] (a byte
// >= 0x80), or 0: a stray byte, an overlong form, a surrogate, U+FFFE/U+FFFF or beyond U+10FFFF.
size_t XmlCharLength(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u; };
  const unsigned lead = byte(i);
  const auto continuation = [&](size_t k) { return (byte(k) & 0xC0) == 0x80; };
  if (lead >= 0xC2 && lead <= 0xDF) return continuation(i + 1) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (!continuation(i + 1) || !continuation(i + 2)) return 0;
    const unsigned code = ((lead & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
    if (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF) || code == 0xFFFE || code == 0xFFFF) return 0;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    const unsigned code = ((lead & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12);
    if (code < 0x10000 || code > 0x10FFFF) return 0;
    return 4;
  }
  return 0;
}

// Which bytes end a stretch copied whole: kInText and kInAttribute mark the characters escaped
// there, kNonAscii the lead of a sequence to check. One table look-up per byte of output.
constexpr unsigned char kInText = 1, kInAttribute = 2, kNonAscii = 4;
constexpr std::array<unsigned char, 256> kStops = [] {
  std::array<unsigned char, 256> stops{};
  for (unsigned u = 0; u < 256; ++u) {
    const char c = static_cast<char>(u);
    if (u >= 0x80) {
      stops[u] = kNonAscii;
      continue;
    }
    const bool in_both = c == '&' || c == '<' || c == '>' || c == '\r' || (u < 0x20 && c != '\n' && c != '\t');
    const bool in_attribute = c == '"' || c == '\n' || c == '\t';
    stops[u] = static_cast<unsigned char>((in_both ? kInText | kInAttribute : 0) | (in_attribute ? kInAttribute : 0));
  }
  return stops;
}();

// Into a std::string (the public Escape) or the writer's own buffer.
template <typename Out>
void EscapeInto(std::string_view text, Out& out, bool in_attribute) {
  // Most text has nothing to escape: copy the stretches between special characters whole.
  size_t copied = 0;
  const unsigned char stop = kNonAscii | (in_attribute ? kInAttribute : kInText);
  for (size_t i = 0; i < text.size(); ++i) {
#if defined(__SSE2__)
    // Sixteen bytes at a time, straight to the first that may need escaping: a control character
    // or a byte outside ASCII (both below 0x20 read as signed), &, <, > (or " in an attribute).
    // Most of a converted document is text with none of these.
    while (i + 16 <= text.size()) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      __m128i stops = _mm_cmplt_epi8(x, _mm_set1_epi8(0x20));
      stops = _mm_or_si128(stops, _mm_cmpeq_epi8(x, _mm_set1_epi8('&')));
      stops = _mm_or_si128(stops, _mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
      stops = _mm_or_si128(stops, _mm_cmpeq_epi8(x, _mm_set1_epi8('>')));
      if (in_attribute) stops = _mm_or_si128(stops, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
      const auto mask = static_cast<unsigned>(_mm_movemask_epi8(stops));
      if (mask != 0) {
        i += static_cast<size_t>(std::countr_zero(mask));
        break;
      }
      i += 16;
    }
#endif
    // Eight plain bytes at a time: printable ASCII without &, <, > (or " in an attribute).
    while (i + 8 <= text.size()) {
      const uint64_t x = LoadEightBytes(text.data() + i);
      if (!AllPrintableAscii(x) || HasByte(x, '&') || HasByte(x, '<') || HasByte(x, '>') ||
          (in_attribute && HasByte(x, '"'))) {
        break;
      }
      i += 8;
    }
    if (i >= text.size()) break;
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if ((kStops[u] & stop) == 0) continue;
    if (u >= 0x80) {
      // Text from outside (a file name in a report) may be no UTF-8, which no XML parser accepts.
      const size_t length = XmlCharLength(text, i);
      if (length > 0) {
        i += length - 1;
        continue;
      }
      out.append(text.substr(copied, i - copied));
      out += kReplacementCharacter;
      copied = i + 1;
      continue;
    }
    const bool special = c == '&' || c == '<' || c == '>' || c == '\r' ||
                         (in_attribute && (c == '"' || c == '\n' || c == '\t')) ||
                         (u < 0x20 && c != '\n' && c != '\t');
    if (!special) continue;
    out.append(text.substr(copied, i - copied));
    copied = i + 1;
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      // A parser normalizes these to spaces (attributes) or LF (CR in text): keep them as references.
      case '\n': out += "&#10;"; break;
      case '\t': out += "&#9;"; break;
      case '\r': out += "&#13;"; break;
      // XML 1.0 has no way to write the other control characters, not even as references: a
      // file name holding one must still give well-formed JUnit, SARIF or SVRL.
      default: out += kReplacementCharacter; break;
    }
  }
  out.append(text.substr(copied));
}

}  // namespace

void XmlWriter::Escape(std::string_view text, std::string& out, bool in_attribute) {
  EscapeInto(text, out, in_attribute);
}

void XmlWriter::NewLineForChild() {
  if (stack_.empty() && out_.back() == '\n') return;  // the root element after the prolog
  // The line break and its indentation in one append (every block element's line has them).
  static constexpr std::string_view kIndented =
      "\n                                                                                ";
  const size_t indent = 2 * stack_.size();
  if (indent < kIndented.size()) {
    out_.append(kIndented.data(), indent + 1);
    return;
  }
  out_ += '\n';
  out_.append(indent, ' ');
}

namespace {

std::string_view AttributeName(const AttributeView& attribute) { return attribute.name; }
std::string_view AttributeValue(const AttributeView& attribute) { return attribute.value; }
std::string_view AttributeName(const std::pair<std::string, std::string>& attribute) { return attribute.first; }
std::string_view AttributeValue(const std::pair<std::string, std::string>& attribute) { return attribute.second; }

}  // namespace

template <typename Range>
void XmlWriter::StartTag(std::string_view name, const Range& attributes, bool empty) {
  out_ += '<';
  out_ += name;
  for (const auto& attribute : attributes) {
    out_ += ' ';
    out_ += AttributeName(attribute);
    out_.append("=\"", 2);
    EscapeInto(AttributeValue(attribute), out_, true);
    out_ += '"';
  }
  if (empty) {
    out_.append("/>", 2);
  } else {
    out_ += '>';
  }
}

template <typename Range>
void XmlWriter::Element(std::string_view name, Kind kind, const Range& attributes) {
  // An inline element directly in a block starts its own line like a mixed one.
  if (kind == Kind::kInline && !stack_.empty() && stack_.back().layout == Layout::kBlock) kind = Kind::kMixed;
  const bool inside_mixed = !stack_.empty() && stack_.back().layout != Layout::kBlock;
  if (!stack_.empty()) stack_.back().has_children = true;
  if (kind != Kind::kInline && !inside_mixed) NewLineForChild();
  const size_t name_offset = out_.size() + 1;  // after '<'
  StartTag(name, attributes, kind == Kind::kEmpty);
  if (kind == Kind::kEmpty) return;
  const Layout layout = inside_mixed || kind == Kind::kInline ? Layout::kInline
                        : kind == Kind::kBlock                ? Layout::kBlock
                                                              : Layout::kMixed;
  stack_.push_back({name_offset, name.size(), layout});
}

void XmlWriter::OpenBlock(std::string_view name, std::initializer_list<AttributeView> attributes) {
  Element(name, Kind::kBlock, attributes);
}
void XmlWriter::OpenBlock(std::string_view name, const AttributeViews& attributes) {
  Element(name, Kind::kBlock, attributes);
}
void XmlWriter::OpenBlock(std::string_view name, const Attributes& attributes) {
  Element(name, Kind::kBlock, attributes);
}
void XmlWriter::OpenMixed(std::string_view name, std::initializer_list<AttributeView> attributes) {
  Element(name, Kind::kMixed, attributes);
}
void XmlWriter::OpenMixed(std::string_view name, const AttributeViews& attributes) {
  Element(name, Kind::kMixed, attributes);
}
void XmlWriter::OpenMixed(std::string_view name, const Attributes& attributes) {
  Element(name, Kind::kMixed, attributes);
}
void XmlWriter::OpenInline(std::string_view name, std::initializer_list<AttributeView> attributes) {
  Element(name, Kind::kInline, attributes);
}
void XmlWriter::OpenInline(std::string_view name, const AttributeViews& attributes) {
  Element(name, Kind::kInline, attributes);
}
void XmlWriter::OpenInline(std::string_view name, const Attributes& attributes) {
  Element(name, Kind::kInline, attributes);
}
void XmlWriter::Empty(std::string_view name, std::initializer_list<AttributeView> attributes) {
  Element(name, Kind::kEmpty, attributes);
}
void XmlWriter::Empty(std::string_view name, const AttributeViews& attributes) {
  Element(name, Kind::kEmpty, attributes);
}
void XmlWriter::Empty(std::string_view name, const Attributes& attributes) {
  Element(name, Kind::kEmpty, attributes);
}

void XmlWriter::Close() {
  const Open open = stack_.back();
  stack_.pop_back();
  if (open.layout == Layout::kBlock && open.has_children) NewLineForChild();
  out_.append("</", 2);
  out_.AppendOwn(open.name_offset, open.name_length);
  out_ += '>';
}

void XmlWriter::Text(std::string_view text) {
  if (text.empty()) return;
  if (!stack_.empty()) stack_.back().has_children = true;
  EscapeInto(text, out_, false);
}

void XmlWriter::Comment(std::string_view text) {
  const bool inside_mixed = !stack_.empty() && stack_.back().layout != Layout::kBlock;
  if (!inside_mixed) NewLineForChild();
  out_ += "<!-- ";
  out_ += text;
  out_ += " -->";
}

void XmlWriter::ProcessingInstruction(std::string_view target, std::string_view data) {
  out_ += "<?";
  out_ += target;
  out_ += ' ';
  out_ += data;
  out_ += "?>\n";
}

std::string XmlWriter::Finish() {
  while (!stack_.empty()) Close();
  out_ += '\n';
  return out_.ToString();
}

}  // namespace teipress
