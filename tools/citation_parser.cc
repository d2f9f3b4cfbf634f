#include "citation_parser.h"

#include <array>
#include <string_view>

namespace teipress {
namespace {

constexpr std::string_view kArchivePhrase = "History and Public Policy Program Digital Archive";

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.remove_suffix(1);
  return std::string(text);
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// Splits on `separator` outside brackets and parentheses.
std::vector<std::string> SplitOutsideGroups(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth == 0 && text.substr(i, separator.size()) == separator) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + separator.size();
      i = start - 1;
    }
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

bool IsCredit(std::string_view part) {
  static constexpr std::array<std::string_view, 8> kCreditStarts = {
      "Translated by", "Obtained", "compiled by", "Compiled by", "Contributed by", "Donated by",
      "translated by", "Included in"};
  for (std::string_view start : kCreditStarts) {
    if (StartsWith(part, start)) return true;
  }
  return false;
}

// Whether `part` opens a new archival reference ("RGASPI, f. 558", "AVPRF, Fond 059a").
bool StartsReference(std::string_view part, const Authority& authority) {
  size_t length = 0;
  if (authority.FindArchive(part, &length)) return true;
  const size_t comma = part.find(", ");
  if (comma == std::string_view::npos) return false;
  const auto unit = ParseArchivalUnit(std::string(part.substr(comma + 2, part.find(',', comma + 2) - comma - 2)), false);
  return !unit.first.empty();
}

bool LooksPublished(std::string_view part) {
  // "Title [Translation], Volume 27 (Hanoi: Publisher, 2003), 112-131"
  const size_t open = part.find('(');
  return open != std::string_view::npos && part.find(':', open) != std::string_view::npos &&
         part.find(')', open) != std::string_view::npos;
}

}  // namespace

std::pair<std::string, std::string> ParseArchivalUnit(const std::string& raw, bool fond_seen) {
  const std::string component = Trim(raw);
  struct Unit {
    std::string_view keyword;
    std::string_view type;
  };
  // Longest keywords first so "Listy" wins over "List" and "Ll." over "L.".
  static constexpr std::array<Unit, 40> kUnits = {{
      {"Record Group", "record-group"}, {"Listy", "listy"}, {"listy", "listy"}, {"List", "list"},
      {"list", "list"}, {"Fond", "fond"}, {"fond", "fond"}, {"Opis", "opis"}, {"opis", "opis"},
      {"Delo", "delo"}, {"delo", "delo"}, {"Papka", "papka"}, {"papka", "papka"}, {"A.E.", "ae"},
      {"a.e.", "ae"}, {"Ll.", "listy"}, {"ll.", "listy"}, {"Op.", "opis"}, {"op.", "opis"},
      {"Pap.", "papka"}, {"F.", "fond"}, {"D.", "delo"}, {"d.", "delo"}, {"L.", "list"}, {"l.", "list"},
      {"pp.", "pages"}, {"p.", "pages"}, {"S.", "pages"}, {"Nr.", "nr"}, {"RG", "record-group"},
      {"Box", "box"}, {"Item", "item"}, {"Folder", "folder"}, {"Vol.", "volume"}, {"Volume", "volume"},
      {"Matter", "matter"}, {"Issue", "issue"}, {"Series", "series"}, {"File", "file"}, {"f.", "fond"},
  }};
  for (const Unit& unit : kUnits) {
    if (!StartsWith(component, unit.keyword)) continue;
    std::string value = Trim(std::string_view(component).substr(unit.keyword.size()));
    if (value.empty() || value.find(' ') != std::string::npos) continue;
    if (value.size() > 24) continue;
    std::string type(unit.type);
    // After a fond, "f." counts folios (Romanian and Polish citations).
    if (unit.keyword == "f." && fond_seen) type = "folios";
    return {type, value};
  }
  return {"", ""};
}

std::vector<SourceReference> ParseCitationSources(const std::string& citation, const Authority& authority) {
  std::string_view rest = citation;
  const size_t phrase = rest.find(kArchivePhrase);
  if (phrase != std::string_view::npos) {
    rest.remove_prefix(phrase + kArchivePhrase.size());
  } else {
    // Without the fixed phrase, skip the quoted title.
    const size_t close_quote = rest.find("\u201D");
    if (close_quote != std::string_view::npos) rest.remove_prefix(close_quote + 3);
  }
  std::string text = Trim(rest);
  if (!text.empty() && text.back() == '.') text.pop_back();

  std::vector<std::string> pieces;
  for (const std::string& semicolon_part : SplitOutsideGroups(text, ";")) {
    std::string part = Trim(semicolon_part);
    if (StartsWith(part, "and ")) part = Trim(std::string_view(part).substr(4));
    // " and " joins two references only when a reference starts right after it.
    const std::vector<std::string> and_parts = SplitOutsideGroups(part, " and ");
    std::string current = and_parts.front();
    for (size_t k = 1; k < and_parts.size(); ++k) {
      if (StartsReference(and_parts[k], authority)) {
        pieces.push_back(Trim(current));
        current = and_parts[k];
      } else {
        current += " and " + and_parts[k];
      }
    }
    pieces.push_back(Trim(current));
  }

  std::vector<SourceReference> sources;
  for (const std::string& piece : pieces) {
    if (piece.empty() || IsCredit(piece)) continue;
    SourceReference source;
    source.printed = piece;
    size_t archive_length = 0;
    const AuthorityEntry* archive = authority.FindArchive(piece, &archive_length);
    if (!archive && LooksPublished(piece)) {
      source.kind = SourceReference::Kind::kPublished;
      sources.push_back(std::move(source));
      continue;
    }
    std::string_view units = piece;
    if (archive) {
      source.repository_ref = archive->id;
      source.repository_name = archive->main_name;
      units.remove_prefix(archive_length);
    } else {
      // The repository is everything before the first recognizable unit.
      const std::vector<std::string> components = SplitOutsideGroups(piece, ",");
      size_t name_components = 0;
      while (name_components < components.size() &&
             ParseArchivalUnit(components[name_components], false).first.empty()) {
        ++name_components;
      }
      if (name_components == components.size() || name_components == 0) {
        source.identifiers.push_back({"shelfmark", piece});
        sources.push_back(std::move(source));
        continue;
      }
      std::string name;
      for (size_t k = 0; k < name_components; ++k) name += (k ? "," : "") + components[k];
      source.repository_name = Trim(name);
      units.remove_prefix(std::min(units.size(), name.size()));
    }
    bool fond_seen = false;
    bool all_units = true;
    for (const std::string& component : SplitOutsideGroups(units, ",")) {
      if (Trim(component).empty()) continue;
      auto [type, value] = ParseArchivalUnit(component, fond_seen);
      if (type.empty()) {
        all_units = false;
        break;
      }
      fond_seen = fond_seen || type == "fond";
      source.identifiers.push_back({type, value});
    }
    if (!all_units) {
      // Parts we cannot name: keep the whole reference as one shelfmark rather than guess.
      source.identifiers.clear();
      source.identifiers.push_back({"shelfmark", Trim(units)});
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

}  // namespace teipress
