#include "source_text.h"

#include <algorithm>

#include "diagnostic_catalog.h"
#include "text_util.h"

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

std::optional<SourceText> SourceText::Decode(std::string file_name, std::string_view bytes,
                                             std::vector<Diagnostic>& diagnostics) {
  auto fail = [&](int line, int column, std::string message, RuleId rule) {
    diagnostics.push_back({file_name, line, column, Severity::kError, std::move(message), rule});
    return std::nullopt;
  };
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  SourceText source;
  source.file_name_ = file_name;
  source.text_.reserve(bytes.size());
  int line = 1;
  int column = 1;
  bool has_content = false;
  for (size_t i = 0; i < bytes.size();) {
    const char c = bytes[i];
    if (c == '\0') {
      return fail(line, column,
                  "NUL byte: this looks like a binary file, not a text export; convert only .txt exports",
                  rules::kInputBinary);
    }
    if (c == '\r') {
      source.text_ += '\n';
      i += (i + 1 < bytes.size() && bytes[i + 1] == '\n') ? 2 : 1;
      ++line;
      column = 1;
      continue;
    }
    // Plain ASCII text, the common case, is copied a run at a time (measured eight bytes at a time).
    if (c >= 0x20 && c < 0x7F) {
      size_t end = i + 1;
      while (end + 8 <= bytes.size() && AllPrintableAscii(LoadEightBytes(bytes.data() + end))) end += 8;
      while (end < bytes.size() && bytes[end] >= 0x20 && bytes[end] < 0x7F) ++end;
      for (size_t k = i; k < end && !has_content; ++k) has_content = bytes[k] != ' ';
      column += static_cast<int>(end - i);
      source.text_.append(bytes.substr(i, end - i));
      i = end;
      continue;
    }
    const int length = Utf8SequenceLength(bytes, i);
    if (length == 0) {
      return fail(line, column,
                  "invalid UTF-8 byte sequence; re-save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)",
                  rules::kInputEncoding);
    }
    // U+FFFE and U+FFFF are not characters: XML cannot carry them.
    if (length == 3 && bytes.substr(i, 2) == "\xEF\xBF" && (bytes[i + 2] == '\xBE' || bytes[i + 2] == '\xBF')) {
      return fail(line, column, "U+FFFE/U+FFFF is not a character; this is not a text export", rules::kInputEncoding);
    }
    if (c == '\f') {
      // A form feed (a page break in plain text) is white space; XML has no form feed.
      source.text_ += ' ';
      ++column;
      i += 1;
      continue;
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      // Other C0 controls besides tab and form feed are not text.
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\f') {
        return fail(line, column, "control character in text: this looks like a binary file", rules::kInputBinary);
      }
      ++column;
      if (c != ' ' && c != '\t' && c != '\f') has_content = true;
    }
    source.text_.append(bytes.substr(i, length));
    i += length;
  }
  if (!has_content) {
    return fail(0, 0, "the file is empty: nothing to convert", rules::kInputEmpty);
  }
  return source;
}

std::vector<std::string_view> SourceText::Lines() const {
  const std::string_view text = text_;
  std::vector<std::string_view> lines;
  // (No count of the newlines first to reserve: counting was a second pass over the whole text,
  // byte by byte, dearer than the vector's few doublings.)
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
