#include "name_suggestions.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "bracket_parser.h"
#include "name_words.h"
#include "text_util.h"

namespace teipress {
namespace {


// The capitalized words (initials included) starting at `text[at]`: "A. N. Vereshchagin".
std::string CapitalizedRun(std::string_view text, size_t at) {
  size_t end = at;
  size_t words = 0;
  while (end < text.size() && IsUpper(text[end]) && words < 4) {
    size_t word_end = end;
    while (word_end < text.size() && text[word_end] != ' ' && text[word_end] != ',' && text[word_end] != ';' &&
           text[word_end] != ':' && text[word_end] != ')' && text[word_end] != '(') {
      ++word_end;
    }
    std::string_view word = text.substr(end, word_end - end);
    // A sentence's final full stop is not part of the name (initials keep theirs).
    if (word.size() > 2 && word.back() == '.') {
      end = word_end - 1;
      ++words;
      break;
    }
    end = word_end;
    ++words;
    if (end + 1 < text.size() && text[end] == ' ' && IsUpper(text[end + 1])) {
      ++end;
      continue;
    }
    break;
  }
  std::string run(text.substr(at, end - at));
  while (!run.empty() && (run.back() == ' ' || run.back() == '.' || run.back() == '\'' || run.back() == '!' || run.back() == '?')) run.pop_back();
  return run;
}

// Whether `c` is the first letter of a title that names follow.
bool IsTitleInitial(char c) {
  static constexpr std::array<bool, 256> initials = [] {
    std::array<bool, 256> table{};
    for (const PersonTitle& title : kPersonTitles) {
      if (title.names_follow) table[static_cast<unsigned char>(title.text.front())] = true;
    }
    return table;
  }();
  return initials[static_cast<unsigned char>(c)];
}

void Scan(const Inlines& inlines, std::set<std::string>& seen, std::vector<NameSuggestion>& found) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    const Inline& run = inlines[i];
    if (run.type == Inline::Type::kNote || run.type == Inline::Type::kFootnote) Scan(run.children, seen, found);
    if (run.type != Inline::Type::kText) continue;
    const std::string& text = run.text;
    // The word starts whose first letter begins a title, found in one pass over the text rather
    // than one search per title.
    std::vector<size_t> starts;
    for (size_t at = 0; at < text.size(); ++at) {
      if (!IsTitleInitial(text[at])) continue;
      const bool word_start = at == 0 || text[at - 1] == ' ' || text[at - 1] == '(' || text[at - 1] == '"';
      if (word_start) starts.push_back(at);
    }
    if (starts.empty()) continue;
    for (const PersonTitle& person_title : kPersonTitles) {
      if (!person_title.names_follow) continue;
      const std::string_view title = person_title.text;
      for (const size_t at : starts) {
        if (text[at] != title[0] || text.compare(at, title.size(), title) != 0) continue;
        const size_t name_at = at + title.size() + 1;
        if (name_at >= text.size() || text[name_at - 1] != ' ') continue;
        // A linked name right after the title ("Comrade <persName>") ends this text run.
        const std::string name = CapitalizedRun(text, name_at);
        if (name.size() < 2 || !IsUpper(name[0])) continue;
        // "Minister From: ..." is a field label; "Minister CM No. ..." an office code.
        const size_t after = name_at + name.size();
        if (after < text.size() && text[after] == ':') continue;
        const std::string first_word = name.substr(0, name.find(' '));
        const bool short_code = first_word.size() <= 3 &&
                                std::all_of(first_word.begin(), first_word.end(), [](char c) { return IsUpper(c); });
        if (short_code) continue;
        if (IsPersonTitle(std::string_view(name).substr(0, name.find(' ')))) continue;
        if (!seen.insert(name).second) continue;
        found.push_back({name, Advance(run.position, std::string_view(text).substr(0, name_at))});
      }
    }
  }
}

void ScanNodes(const std::vector<Node>& nodes, std::set<std::string>& seen, std::vector<NameSuggestion>& found) {
  for (const Node& node : nodes) {
    if (node.type == Node::Type::kBlock) {
      Scan(node.block.speaker_content, seen, found);
      Scan(node.block.content, seen, found);
    }
    ScanNodes(node.children, seen, found);
  }
}

}  // namespace

std::vector<NameSuggestion> FindUnknownNames(const std::vector<Node>& body) {
  std::set<std::string> seen;
  std::vector<NameSuggestion> found;
  ScanNodes(body, seen, found);
  return found;
}

}  // namespace teipress
