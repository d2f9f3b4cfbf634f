#include "source_text.h"

#include <algorithm>
#include <bit>
#include <utility>

#include "diagnostic_catalog.h"
#include "text_util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {

int Utf8SequenceLength(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  int length = 0;
  uint32_t code = 0;
  if ((c & 0xE0) == 0xC0) {
    length = 2;
    code = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3;
    code = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    length = 4;
    code = c & 0x07;
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
  static constexpr uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (code < kMinimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

int CountCodePoints(std::string_view utf8) {
  int count = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

namespace {

// The high bit of each byte of `x` that equals `c`, exactly (no borrow runs into the next byte).
uint64_t BytesEqualTo(uint64_t x, char c) {
  const uint64_t y = x ^ (kEachByte * static_cast<unsigned char>(c));
  const uint64_t low_seven = kEachByte * 0x7F;
  return ~(((y & low_seven) + low_seven) | y) & kEachHighBit;
}

// Eight bytes of printable ASCII or line feeds: the bulk of any export, copied as it is.
bool AllPlainText(uint64_t x) {
  // Each line feed read as a space (0x0A ^ 0x2A == 0x20), then the printable test.
  return AllPrintableAscii(x ^ ((BytesEqualTo(x, '\n') >> 7) * 0x2A));
}

bool IsPlainText(char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

// The first byte from `at` on that is no printable ASCII and no line feed, or the end: sixteen
// bytes at a time, then eight, then one (the bulk of an export is plain, and a run of it ends at
// each quotation mark or letter outside ASCII).
size_t EndOfPlainText(std::string_view bytes, size_t at) {
#if defined(__SSE2__)
  // As signed bytes, those outside ASCII are negative: below 0x20 with the controls.
  const __m128i below_space = _mm_set1_epi8(0x1F), delete_byte = _mm_set1_epi8(0x7F);
  const __m128i line_feed = _mm_set1_epi8('\n');
  for (; at + 16 <= bytes.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + at));
    const __m128i printable = _mm_and_si128(_mm_cmpgt_epi8(x, below_space), _mm_cmplt_epi8(x, delete_byte));
    const auto plain = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(printable, _mm_cmpeq_epi8(x, line_feed))));
    if (plain != 0xFFFF) return at + static_cast<size_t>(std::countr_zero(~plain));
  }
#endif
  while (at + 8 <= bytes.size() && AllPlainText(LoadEightBytes(bytes.data() + at))) at += 8;
  while (at < bytes.size() && IsPlainText(bytes[at])) ++at;
  return at;
}

// The line and column (in characters) of byte `at` of `bytes`, counted as Decode reads the
// text: CRLF and a lone CR are one line end each. Only an error names them, so they are counted
// then, not kept for every byte.
std::pair<int, int> PositionOf(std::string_view bytes, size_t at) {
  int line = 1;
  int column = 1;
  for (size_t i = 0; i < at; ++i) {
    const char c = bytes[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < at && bytes[i + 1] == '\n') ++i;
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

}  // namespace

std::optional<SourceText> SourceText::Decode(std::string file_name, std::string_view bytes,
                                             std::vector<Diagnostic>& diagnostics) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  auto fail = [&](size_t at, std::string message, RuleId rule) {
    const auto [line, column] = at == std::string_view::npos ? std::pair{0, 0} : PositionOf(bytes, at);
    diagnostics.push_back({file_name, line, column, Severity::kError, std::move(message), rule});
    return std::nullopt;
  };

  SourceText source;
  source.file_name_ = file_name;
  source.text_.reserve(bytes.size());
  bool has_content = false;
  for (size_t i = 0; i < bytes.size();) {
    // Printable ASCII and line feeds are copied a run at a time.
    const size_t end = EndOfPlainText(bytes, i);
    if (end > i) {
      for (size_t k = i; k < end && !has_content; ++k) has_content = bytes[k] != ' ' && bytes[k] != '\n';
      source.text_.append(bytes.substr(i, end - i));
      i = end;
      if (i == bytes.size()) break;
    }
    const char c = bytes[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\r') {
      source.text_ += '\n';
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '\0') {
      return fail(i, "NUL byte: this looks like a binary file, not a text export; convert only .txt exports",
                  rules::kInputBinary);
    }
    if (c == '\f') {
      // A form feed (a page break in plain text) is white space; XML has no form feed.
      source.text_ += ' ';
      ++i;
      continue;
    }
    if (c == '\t') {
      source.text_ += c;
      ++i;
      continue;
    }
    // Other C0 controls besides tab and form feed are not text.
    if (byte < 0x20) {
      return fail(i, "control character in text: this looks like a binary file", rules::kInputBinary);
    }
    const int length = Utf8SequenceLength(bytes, i);
    if (length == 0) {
      return fail(i, "invalid UTF-8 byte sequence; re-save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
                  rules::kInputEncoding);
    }
    // U+FFFE and U+FFFF are not characters: XML cannot carry them.
    if (length == 3 && bytes.substr(i, 2) == "\xEF\xBF" && (bytes[i + 2] == '\xBE' || bytes[i + 2] == '\xBF')) {
      return fail(i, "U+FFFE/U+FFFF is not a character; this is not a text export", rules::kInputEncoding);
    }
    has_content = true;
    source.text_.append(bytes.substr(i, static_cast<size_t>(length)));
    i += static_cast<size_t>(length);
  }
  if (!has_content) {
    return fail(std::string_view::npos, "the file is empty: nothing to convert", rules::kInputEmpty);
  }
  return source;
}

std::vector<std::string_view> SourceText::Lines() const {
  const std::string_view text = text_;
  std::vector<std::string_view> lines;
  // Lines of an export are some tens of bytes: one reservation covers most texts, without a
  // counting pass over them.
  lines.reserve(text.size() / 32 + 1);
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace teipress
