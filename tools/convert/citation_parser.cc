#include "citation_parser.h"
#include "text_util.h"

#include <algorithm>
#include <array>
#include <bit>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {
namespace {

std::string_view TrimSpacesAndCommas(std::string_view text) { return TrimCharacters(text, " ,"); }

constexpr std::string_view kArchivePhrase = "History and Public Policy Program Digital Archive";

// Where the credits begin ("Translated by ...", "Obtained and translated for NKIDP by ...",
// ", compiled by V. N. Malin"): they name people, not sources.
size_t CreditsStart(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kCredits = {
      ". Translated", ". Obtained", ". Contributed", ". Donated", ". Included", ". Compiled",
      ", compiled by", ", translated by", ", Translated by", ". Edited", ". Courtesy", ". Provided"};
  // Every credit opens with a full stop or a comma: one pass over the text asks the credits only
  // there, where a search per credit stopped at each of the many full stops and commas. The first
  // such place that opens one is where the credits begin.
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '.' && text[at] != ',') continue;
    const std::string_view here = text.substr(at);
    if (std::any_of(kCredits.begin(), kCredits.end(), [&](std::string_view credit) { return StartsWith(here, credit); })) {
      // ". Translated by": the full stop still ends the sources.
      return text[at] == '.' ? at + 1 : at;
    }
  }
  return std::string_view::npos;
}

bool LooksPublished(std::string_view part) {
  // "Title [Translation], Volume 27 (Hanoi: Publisher, 2003), 112-131"
  const size_t open = part.find('(');
  return open != std::string_view::npos && part.find(':', open) != std::string_view::npos &&
         part.find(')', open) != std::string_view::npos;
}

bool IsYear(std::string_view text) {
  return text.size() == 4 && std::all_of(text.begin(), text.end(), IsDigit) && (text[0] == '1' || text[0] == '2');
}

bool IsNumberRange(std::string_view text) {
  const size_t dash = text.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == text.size()) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return IsDigit(c) || c == '-'; }) &&
         std::count(text.begin(), text.end(), '-') == 1;
}

// A file or case number: digits with dashes, dots or slashes (106-00437-07, 493.9441/7-1462).
bool IsFileNumber(std::string_view text) {
  if (text.empty() || !IsDigit(text[0])) return false;
  const bool signs = std::count_if(text.begin(), text.end(), [](char c) { return c == '-' || c == '.' || c == '/'; }) >= 2;
  return signs && std::all_of(text.begin(), text.end(), [](char c) {
           return IsDigit(c) || c == '-' || c == '.' || c == '/';
         });
}

// Z-23, W-9, T-118: a letter code and a number.
bool IsLetterCode(std::string_view text) {
  const size_t dash = text.find('-');
  return dash != std::string_view::npos && dash >= 1 && dash <= 3 &&
         std::all_of(text.begin(), text.begin() + dash, IsUpper) && dash + 1 < text.size() &&
         std::all_of(text.begin() + dash + 1, text.end(), IsDigit);
}

struct Identifiers {
  std::vector<std::pair<std::string, std::string>>& list;
  bool fond_seen = false;
  bool file_seen = false;
  int letter_codes = 0;
  void Add(std::string type, std::string value) {
    fond_seen = fond_seen || type == "fond";
    file_seen = file_seen || type == "file";
    list.push_back({std::move(type), std::move(value)});
  }
};

// "M-KS 288. f. 5/297. ő.e.": a Hungarian reference (collection, fond number before "f.", series
// and archival unit before "ő.e."), printed without commas.
bool ParseHungarianReference(std::string_view text, Identifiers& ids) {
  const size_t fond = text.find(". f. ");
  const size_t unit = text.find(". \u0151.e.");
  if (fond == std::string_view::npos || unit == std::string_view::npos) return false;
  const size_t space = text.rfind(' ', fond);
  if (space == std::string_view::npos) return false;
  const std::string_view collection = text.substr(0, space);
  const std::string_view fond_number = text.substr(space + 1, fond - space - 1);
  const std::string_view series_unit = text.substr(fond + 5, unit - fond - 5);
  const size_t slash = series_unit.find('/');
  if (collection.empty() || fond_number.empty() || slash == std::string_view::npos) return false;
  ids.Add("collection", std::string(collection));
  ids.Add("fond", std::string(fond_number));
  ids.Add("series", std::string(series_unit.substr(0, slash)));
  ids.Add("ae", std::string(series_unit.substr(slash + 1)));
  return true;
}

// One comma-separated component without a recognized keyword.
bool ParseBareComponent(std::string_view text, bool first, bool last, Identifiers& ids) {
  if (text.empty()) return true;
  if (text.front() == '(' && text.back() == ')') return true;  // "(MNL OL)" restates the archive
  if (last && IsYear(text)) return true;                         // the year of a Polish file: printed only
  if (text.size() == 10 && IsYear(text.substr(0, 4)) && text[4] == '-' &&
      std::all_of(text.begin() + 5, text.end(), IsDigit)) {
    ids.Add("release", std::string(text));  // a Japanese disclosure release number, 2009-00631
    return true;
  }
  if (IsFileNumber(text)) {
    ids.Add("file", std::string(text));
    return true;
  }
  if (ids.file_seen && IsNumberRange(text)) {
    ids.Add("pages", std::string(text));
    return true;
  }
  if (IsLetterCode(text)) {
    static constexpr std::array<std::string_view, 3> kOrder = {"fond", "box", "file"};
    ids.Add(std::string(kOrder[std::min<int>(ids.letter_codes++, 2)]), std::string(text));
    return true;
  }
  if (ParseHungarianReference(text, ids)) return true;
  const bool words = std::all_of(text.begin(), text.end(), [](char c) {
    return IsLetterOrNonAscii(c) || IsDigit(c) || c == ' ' || c == '-' || c == '.' || c == '\'';
  });
  if (!words || !IsLetterOrNonAscii(text[0])) return false;
  // "MfS" right after the archive is the record holder; other named parts are series.
  if (first && !ids.fond_seen && text.find(' ') == std::string_view::npos &&
      std::none_of(text.begin(), text.end(), IsDigit)) {
    ids.Add("fond", std::string(text));
  } else {
    ids.Add("series", std::string(text));
  }
  return true;
}

// Where the next byte at or after `at` is a bracket, a parenthesis or `first`, or text.size().
// Sixteen bytes at a time: a citation's sources part has a few of them in a hundred bytes.
size_t NextGroupSignOr(std::string_view text, size_t at, char first) {
#if defined(__SSE2__)
  const __m128i separator = _mm_set1_epi8(first);
  const __m128i open_round = _mm_set1_epi8('('), open_square = _mm_set1_epi8('[');
  const __m128i close_round = _mm_set1_epi8(')'), close_square = _mm_set1_epi8(']');
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    __m128i signs = _mm_or_si128(_mm_cmpeq_epi8(x, separator), _mm_cmpeq_epi8(x, open_round));
    signs = _mm_or_si128(signs, _mm_or_si128(_mm_cmpeq_epi8(x, open_square), _mm_cmpeq_epi8(x, close_round)));
    signs = _mm_or_si128(signs, _mm_cmpeq_epi8(x, close_square));
    if (const auto mask = static_cast<unsigned>(_mm_movemask_epi8(signs)); mask != 0) {
      return at + static_cast<size_t>(std::countr_zero(mask));
    }
  }
#endif
  for (; at < text.size(); ++at) {
    const char c = text[at];
    if (c == first || c == '(' || c == '[' || c == ')' || c == ']') return at;
  }
  return text.size();
}


// Calls visit(part) for each part of SplitOutsideGroups(text, separator), in order, each a view
// into `text`: the readers below look at the parts, and most keep none of them.
template <class Visit>
void ForEachPartOutsideGroups(std::string_view text, std::string_view separator, Visit&& visit) {
  int depth = 0;
  size_t start = 0;
  // (Only the signs that change the depth and the separator's first byte are looked at; the whole
  // separator is compared where its first byte stands.)
  const char first = separator.front();
  for (size_t i = NextGroupSignOr(text, 0, first); i < text.size(); i = NextGroupSignOr(text, i + 1, first)) {
    const char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth == 0 && c == first && text.substr(i, separator.size()) == separator) {
      visit(text.substr(start, i - start));
      start = i + separator.size();
      i = start - 1;
    }
  }
  visit(text.substr(start));
}

// Whether `part` opens a new archival reference ("RGASPI, f. 558", "AVPRF, Fond 059a").
// Only an archive the authority knows proves that a new reference starts: "Records of Policy
// Planning and Coordination, Box 3" is one reference.
bool StartsReference(std::string_view part, const Authority& authority) {
  size_t length = 0;
  return authority.FindArchive(part, &length) != nullptr;
}

// Whether `part` reads as a reference of an archive the authority does not know: a capitalized
// name followed by components of which one holds a number ("Centre des Archives diplomatiques de
// Nantes, 603PO/1/45", "All India Radio, Transcription Unit, Tape No. 1959/412").
bool LooksLikeReference(std::string_view part) {
  if (part.empty() || !IsUpper(part[0])) return false;
  size_t components = 0;
  bool later_number = false;
  ForEachPartOutsideGroups(part, ",", [&](std::string_view component) {
    later_number = later_number || (components > 0 && std::any_of(component.begin(), component.end(), IsDigit));
    ++components;
  });
  return components >= 2 && later_number;
}

// Whether `reference` ends with its numbers: its last component holds a digit ("..., Delo 829",
// not "..., Records of Policy Planning").
bool EndsWithNumbers(std::string_view reference) {
  const size_t comma = reference.rfind(',');
  const std::string_view last = comma == std::string_view::npos ? reference : reference.substr(comma + 1);
  return std::any_of(last.begin(), last.end(), IsDigit);
}

// ParseArchivalUnit of a view (the components are views into the citation).
std::pair<std::string, std::string> ArchivalUnitOf(std::string_view raw, bool fond_seen) {
  // (Views until a unit is found: most components are asked of every keyword and match none.)
  const std::string_view component = TrimCharacters(raw, " ,");
  struct Unit {
    std::string_view keyword;
    std::string_view type;
  };
  // Longest keywords first so "Listy" wins over "List" and "Ll." over "L.".
  static constexpr std::array<Unit, 41> kUnits = {{
      {"Record Group", "record-group"}, {"Listy", "listy"}, {"listy", "listy"}, {"List", "list"},
      {"list", "list"}, {"Fond", "fond"}, {"fond", "fond"}, {"Opis", "opis"}, {"opis", "opis"},
      {"Delo", "delo"}, {"delo", "delo"}, {"Papka", "papka"}, {"papka", "papka"}, {"A.E.", "ae"},
      {"a.e.", "ae"}, {"Ll.", "listy"}, {"ll.", "listy"}, {"Op.", "opis"}, {"op.", "opis"},
      {"Pap.", "papka"}, {"F.", "fond"}, {"D.", "delo"}, {"d.", "delo"}, {"L.", "list"}, {"l.", "list"},
      {"pp.", "pages"}, {"p.", "pages"}, {"S.", "pages"}, {"Nr.", "nr"}, {"RG", "record-group"},
      {"Box", "box"}, {"Item", "item"}, {"Folder", "folder"}, {"Vol.", "volume"}, {"Volume", "volume"},
      {"Matter", "matter"}, {"Issue", "issue"}, {"Series", "series"}, {"File", "file"}, {"f.", "fond"},
      {"ff.", "folios"},
  }};
  for (const Unit& unit : kUnits) {
    if (!StartsWith(component, unit.keyword)) continue;
    const std::string_view value = TrimCharacters(component.substr(unit.keyword.size()), " ,");
    if (value.empty() || value.find(' ') != std::string_view::npos || value.size() > 24 || !IsDigit(value[0])) continue;
    std::string type(unit.type);
    // After a fond, or before a range, "f." counts folios (Romanian and Polish citations).
    if (unit.keyword == "f." && (fond_seen || value.find('-') != std::string_view::npos)) type = "folios";
    return {type, std::string(value)};
  }
  return {"", ""};
}

}  // namespace

std::vector<std::string> SplitOutsideGroups(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  ForEachPartOutsideGroups(text, separator, [&parts](std::string_view part) { parts.emplace_back(part); });
  return parts;
}

std::pair<std::string, std::string> ParseArchivalUnit(const std::string& component, bool fond_seen) {
  return ArchivalUnitOf(component, fond_seen);
}

namespace {

// The parts of a citation are read as views into it: only what the sources keep is copied.

// The part of the citation that names the sources: after the archive's fixed phrase (or the quoted
// title), before the credits, without the final full stop.
std::string_view SourcesPart(std::string_view citation) {
  std::string_view rest = citation;
  const size_t phrase = rest.find(kArchivePhrase);
  if (phrase != std::string_view::npos) {
    rest.remove_prefix(phrase + kArchivePhrase.size());
  } else {
    // Without the fixed phrase, skip the quoted title.
    const size_t close_quote = rest.find("\u201D");
    if (close_quote != std::string_view::npos) rest.remove_prefix(close_quote + 3);
  }
  rest = rest.substr(0, CreditsStart(rest));
  std::string_view text = TrimSpacesAndCommas(rest);
  // The citation's final full stop, unless it ends an abbreviation ("5/297. ő.e.").
  if (!text.empty() && text.back() == '.') {
    const std::string_view last_word = text.substr(text.rfind(' ') + 1);
    const bool abbreviation = std::count(last_word.begin(), last_word.end(), '.') >= 2 &&
                              std::all_of(last_word.begin(), last_word.end(), [](char c) { return IsLetterOrNonAscii(c) || c == '.'; });
    if (!abbreviation) text.remove_suffix(1);
  }
  return text;
}

// The references, split at ";" and at " and " where another reference starts after it.
std::vector<std::string> SplitReferences(std::string_view text, const Authority& authority) {
  std::vector<std::string> pieces;
  std::vector<std::string_view> and_parts;
  ForEachPartOutsideGroups(text, ";", [&](std::string_view semicolon_part) {
    std::string_view part = TrimSpacesAndCommas(semicolon_part);
    if (StartsWith(part, "and ")) part = TrimSpacesAndCommas(part.substr(4));
    // " and " joins two references only when a reference starts right after it.
    and_parts.clear();
    ForEachPartOutsideGroups(part, " and ", [&and_parts](std::string_view and_part) { and_parts.push_back(and_part); });
    // Parts joined again with their " and " are the text that spans them: a view, not a copy.
    const auto through = [](std::string_view first, std::string_view last) {
      return std::string_view(first.data(), static_cast<size_t>(last.data() + last.size() - first.data()));
    };
    std::string_view current = and_parts.front();
    for (size_t k = 1; k < and_parts.size(); ++k) {
      // "National Archives and Records Administration": the archive's own name holds the "and".
      const std::string_view with_next = through(current, and_parts[k]);
      size_t spanned = 0;
      authority.FindArchive(with_next, &spanned);
      if (spanned > current.size()) {
        current = with_next;
        continue;
      }
      // An unknown archive's reference only after a whole reference, ended by its numbers.
      if (StartsReference(and_parts[k], authority) ||
          (LooksLikeReference(and_parts[k]) && EndsWithNumbers(current))) {
        pieces.emplace_back(TrimSpacesAndCommas(current));
        current = and_parts[k];
      } else {
        current = with_next;
      }
    }
    pieces.emplace_back(TrimSpacesAndCommas(current));
  });
  return pieces;
}

// One reference: its archive (from the authority, else the words before the first unit) and its
// typed identifiers, or the whole reference as one shelfmark where its parts cannot be named.
SourceReference ParseReference(std::string printed, const Authority& authority) {
  SourceReference source;
  // (The reference is moved into the source, and read there.)
  source.printed = std::move(printed);
  const std::string_view piece = source.printed;
  size_t archive_length = 0;
  const AuthorityEntry* archive = authority.FindArchive(piece, &archive_length);
  if (!archive && LooksPublished(piece)) {
    source.kind = SourceReference::Kind::kPublished;
    return source;
  }
  const std::string_view listed = piece.substr(archive_length);
  std::vector<std::string_view> components;
  components.reserve(static_cast<size_t>(std::count(listed.begin(), listed.end(), ',')) + 1);  // (one allocation)
  ForEachPartOutsideGroups(listed, ",", [&components](std::string_view component) { components.push_back(component); });
  if (!archive) {
    // The archive may be named after the number ("2009-00631, Act on Access to ...").
    for (size_t k = 0; k < components.size() && !archive; ++k) {
      size_t length = 0;
      const AuthorityEntry* found = authority.FindArchive(TrimSpacesAndCommas(components[k]), &length);
      if (found && length == TrimSpacesAndCommas(components[k]).size()) {
        archive = found;
        components.erase(components.begin() + static_cast<long>(k));
      }
    }
  }
  if (archive) {
    source.repository_ref = archive->id;
    source.repository_name = archive->main_name;
  } else {
    // The repository is everything before the first recognizable unit.
    size_t name_components = 0;
    while (name_components < components.size() &&
           ArchivalUnitOf(components[name_components], false).first.empty()) {
      ++name_components;
    }
    if (name_components == components.size() || name_components == 0) {
      source.identifiers.push_back({"shelfmark", std::string(piece)});
      return source;
    }
    std::string name;
    for (size_t k = 0; k < name_components; ++k) {
      if (k > 0) name += ',';
      name += components[k];
    }
    source.repository_name = TrimSpacesAndCommas(name);
    components.erase(components.begin(), components.begin() + static_cast<long>(name_components));
  }
  Identifiers ids{source.identifiers};
  bool understood = true;
  std::vector<std::string_view> parts;
  parts.reserve(components.size());
  for (const std::string_view component : components) {
    if (!TrimSpacesAndCommas(component).empty()) parts.push_back(TrimSpacesAndCommas(component));
  }
  for (size_t k = 0; k < parts.size() && understood; ++k) {
    auto [type, value] = ArchivalUnitOf(parts[k], ids.fond_seen);
    if (!type.empty()) {
      ids.Add(std::move(type), std::move(value));
      continue;
    }
    understood = ParseBareComponent(parts[k], k == 0, k + 1 == parts.size(), ids);
  }
  if (!understood) {
    // Parts we cannot name: keep the whole reference as one shelfmark rather than guess.
    source.identifiers.clear();
    std::string joined;
    for (const std::string_view part : parts) {
      if (!joined.empty()) joined += ", ";
      joined += part;
    }
    source.identifiers.push_back({"shelfmark", joined});
  }
  return source;
}

}  // namespace

std::vector<SourceReference> ParseCitationSources(const std::string& citation, const Authority& authority) {
  std::vector<SourceReference> sources;
  for (std::string& piece : SplitReferences(SourcesPart(citation), authority)) {
    if (!piece.empty()) sources.push_back(ParseReference(std::move(piece), authority));
  }
  return sources;
}

}  // namespace teipress
