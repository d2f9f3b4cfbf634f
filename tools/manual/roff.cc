#include "roff.h"

#include <cstdio>

namespace teipress {

namespace {

// The code point of the UTF-8 sequence at `at` and its length; U+FFFD for a malformed one.
char32_t DecodeUtf8(std::string_view text, size_t at, size_t& length) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || at + length > text.size()) {
    length = 1;
    return U'\uFFFD';
  }
  char32_t code = lead & (0x7F >> length);
  for (size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) {
      length = 1;
      return U'\uFFFD';
    }
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  return code;
}

}  // namespace

std::string RoffEscape(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (size_t at = 0; at < text.size();) {
    const char c = text[at];
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    line_start = c == '\n';
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      const char before = at == 0 ? ' ' : text[at - 1];
      const bool starts_word = before == ' ' || before == '\n' || before == '[' || before == '(' || before == '|' ||
                               before == '\'' || before == '"' || before == '-' || before == '=' || before == ',';
      out += starts_word ? "\\-" : "-";
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      size_t length = 1;
      const char32_t code = DecodeUtf8(text, at, length);
      char name[16];
      std::snprintf(name, sizeof name, "\\[u%04X]", static_cast<unsigned>(code));
      out += name;
      at += length;
      continue;
    } else {
      out += c;
    }
    ++at;
  }
  return out;
}

std::string RoffBold(std::string_view text) { return "\\fB" + RoffEscape(text) + "\\fR"; }

std::string RoffItalic(std::string_view text) { return "\\fI" + RoffEscape(text) + "\\fR"; }

}  // namespace teipress
