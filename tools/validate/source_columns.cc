#include "source_columns.h"

#include <fstream>

namespace teipress {

namespace {

size_t Utf8Length(const std::string& text, size_t bytes) {
  size_t characters = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i) characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return characters;
}

std::string QName(xmlNodePtr node) {
  if (!node || !node->name) return "";
  std::string name = AsChars(node->name);
  if (node->ns && node->ns->prefix) name = std::string(AsChars(node->ns->prefix)) + ":" + name;
  return name;
}

}  // namespace

std::vector<std::string> ReadSourceLines(const std::string& file) {
  std::vector<std::string> lines;
  std::ifstream in(file, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

int ColumnOf(xmlNodePtr node, int line, const std::vector<std::string>& lines) {
  if (line <= 0 || static_cast<size_t>(line) > lines.size() || !node) return 0;
  const std::string& text = lines[line - 1];
  if (node->type == XML_ELEMENT_NODE) {
    const std::string open = "<" + QName(node);
    for (size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
      const size_t after = at + open.size();
      if (after >= text.size() || text[after] == ' ' || text[after] == '>' || text[after] == '/' || text[after] == '\t') {
        return static_cast<int>(Utf8Length(text, at)) + 1;
      }
    }
    return 0;
  }
  const size_t first = text.find_first_not_of(" \t");
  return first == std::string::npos ? 0 : static_cast<int>(Utf8Length(text, first)) + 1;
}

}  // namespace teipress
