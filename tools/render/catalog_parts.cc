#include "catalog_parts.h"

#include <cstdlib>

namespace teipress {

namespace {

void Put(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
}

bool Take(std::string_view& in, std::string& field) {
  const size_t colon = in.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 12) return false;
  const std::string length_text(in.substr(0, colon));
  if (length_text.find_first_not_of("0123456789") != std::string::npos) return false;
  const size_t length = std::strtoull(length_text.c_str(), nullptr, 10);
  if (in.size() - colon - 1 < length) return false;
  field.assign(in.substr(colon + 1, length));
  in.remove_prefix(colon + 1 + length);
  return true;
}

}  // namespace

std::string EncodeEntryHtml(const EntryHtml& html) {
  std::string out;
  Put(out, html.when);
  Put(out, html.item);
  Put(out, std::to_string(html.mentions.size()));
  for (const auto& [ref, item] : html.mentions) {
    Put(out, ref);
    Put(out, item);
  }
  return out;
}

bool DecodeEntryHtml(std::string_view encoded, EntryHtml& html) {
  std::string count;
  html = {};
  if (!Take(encoded, html.when) || !Take(encoded, html.item) || !Take(encoded, count) ||
      count.empty() || count.size() > 9 || count.find_first_not_of("0123456789") != std::string::npos) {
    return false;
  }
  const size_t mentions = std::strtoul(count.c_str(), nullptr, 10);
  for (size_t i = 0; i < mentions; ++i) {
    std::string ref, item;
    if (!Take(encoded, ref) || !Take(encoded, item)) return false;
    html.mentions.emplace_back(std::move(ref), std::move(item));
  }
  return encoded.empty();
}

std::vector<MarkedPart> SplitAtMarkers(std::string_view page, std::string_view marker) {
  const std::string opening = "<?" + std::string(marker) + " ";
  std::vector<MarkedPart> parts;
  size_t start = 0, search = 0;
  while (true) {
    const size_t at = page.find(opening, search);
    // An XML processing instruction ends in "?>", an HTML one in ">"; the number holds neither.
    const size_t end = at == std::string_view::npos ? std::string_view::npos : page.find('>', at + opening.size());
    if (end == std::string_view::npos) {
      parts.push_back({page.substr(start), -1});
      return parts;
    }
    std::string number(page.substr(at + opening.size(), end - at - opening.size()));
    if (!number.empty() && number.back() == '?') number.pop_back();
    if (number.empty() || number.size() > 9 || number.find_first_not_of("0123456789") != std::string::npos) {
      search = at + 1;  // not one of ours: part of the text
      continue;
    }
    parts.push_back({page.substr(start, at - start), std::strtol(number.c_str(), nullptr, 10)});
    start = search = end + 1;
  }
}

}  // namespace teipress
