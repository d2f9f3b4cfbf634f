#include "name_suggestions.h"

#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "bracket_parser.h"
#include "capital_finder.h"
#include "name_words.h"
#include "text_util.h"

namespace teipress {
namespace {


// The capitalized words (initials included) starting at `text[at]`: "A. N. Vereshchagin".
// A view of `text`.
std::string_view CapitalizedRun(std::string_view text, size_t at) {
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
  std::string_view run = text.substr(at, end - at);
  while (!run.empty() && (run.back() == ' ' || run.back() == '.' || run.back() == '\'' || run.back() == '!' || run.back() == '?')) {
    run.remove_suffix(1);
  }
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

// Every title that names follow starts with a capital A to Z, so only a text's capitals are looked
// at (ForEachAsciiCapital): most bytes are none. Each has a second byte, which is asked first.
static_assert([] {
  for (const PersonTitle& title : kPersonTitles) {
    if (title.names_follow && !(title.text.front() >= 'A' && title.text.front() <= 'Z')) return false;
    if (title.text.size() < 2) return false;
  }
  return true;
}());

// The indexes in kPersonTitles of the titles that names follow and start with capital `c`.
const std::vector<size_t>& TitlesStartingWith(char c) {
  static const std::array<std::vector<size_t>, 26> by_initial = [] {
    std::array<std::vector<size_t>, 26> titles;
    for (size_t k = 0; k < kPersonTitles.size(); ++k) {
      if (kPersonTitles[k].names_follow) titles[static_cast<size_t>(kPersonTitles[k].text.front() - 'A')].push_back(k);
    }
    return titles;
  }();
  return by_initial[static_cast<size_t>(c - 'A')];  // `c` is a title's initial: a capital A to Z
}

// The names suggested so far, found by a view of a name.
using NamesSeen = std::set<std::string, std::less<>>;

// The vectors Scan fills for each text run, kept from run to run so that they are allocated once.
struct ScanBuffers {
  std::vector<size_t> starts;
  std::vector<std::pair<size_t, size_t>> titled;  // (index in kPersonTitles, start)
};

void Scan(const Inlines& inlines, NamesSeen& seen, std::vector<NameSuggestion>& found, ScanBuffers& buffers) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    const Inline& run = inlines[i];
    if (run.type == Inline::Type::kNote || run.type == Inline::Type::kFootnote) Scan(run.children, seen, found, buffers);
    if (run.type != Inline::Type::kText) continue;
    const std::string& text = run.text;
    // The word starts whose first letter begins a title, found in one pass over the text rather
    // than one search per title.
    std::vector<size_t>& starts = buffers.starts;
    starts.clear();
    ForEachAsciiCapital(text, [&](size_t at) {
      if (!IsTitleInitial(text[at])) return;
      const bool word_start = at == 0 || text[at - 1] == ' ' || text[at - 1] == '(' || text[at - 1] == '"';
      if (word_start) starts.push_back(at);
    });
    if (starts.empty()) continue;
    // The titles printed at those starts, each start compared only with the titles of its letter;
    // then taken title by title, as the order of the suggestions is.
    std::vector<std::pair<size_t, size_t>>& titled = buffers.titled;
    titled.clear();
    // (Each title of the letter asked by its second byte before it is compared whole: "C" starts
    // eleven titles and many words.)
    for (const size_t at : starts) {
      for (const size_t k : TitlesStartingWith(text[at])) {
        const std::string_view title = kPersonTitles[k].text;
        if (at + title.size() <= text.size() && text[at + 1] == title[1] &&
            std::string_view(text).substr(at, title.size()) == title) {
          titled.push_back({k, at});
        }
      }
    }
    if (titled.size() > 1) std::stable_sort(titled.begin(), titled.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [k, at] : titled) {
      const std::string_view title = kPersonTitles[k].text;
      const size_t name_at = at + title.size() + 1;
      if (name_at >= text.size() || text[name_at - 1] != ' ') continue;
      // A linked name right after the title ("Comrade <persName>") ends this text run.
      const std::string_view name = CapitalizedRun(text, name_at);
      if (name.size() < 2 || !IsUpper(name[0])) continue;
      // "Minister From: ..." is a field label; "Minister CM No. ..." an office code.
      const size_t after = name_at + name.size();
      if (after < text.size() && text[after] == ':') continue;
      const std::string_view first_word = name.substr(0, name.find(' '));
      const bool short_code = first_word.size() <= 3 &&
                              std::all_of(first_word.begin(), first_word.end(), [](char c) { return IsUpper(c); });
      if (short_code) continue;
      if (IsPersonTitle(first_word)) continue;
      // (Looked up as a view: a string is made only for a name not seen before.)
      if (seen.contains(name)) continue;
      seen.emplace(name);
      found.push_back({std::string(name), Advance(run.position, std::string_view(text).substr(0, name_at))});
    }
  }
}

void ScanNodes(const std::vector<Node>& nodes, NamesSeen& seen, std::vector<NameSuggestion>& found,
               ScanBuffers& buffers) {
  for (const Node& node : nodes) {
    if (node.type == Node::Type::kBlock) {
      Scan(node.block.speaker_content, seen, found, buffers);
      Scan(node.block.content, seen, found, buffers);
    }
    ScanNodes(node.children, seen, found, buffers);
  }
}

}  // namespace

std::vector<NameSuggestion> FindUnknownNames(const std::vector<Node>& body) {
  NamesSeen seen;
  std::vector<NameSuggestion> found;
  ScanBuffers buffers;
  ScanNodes(body, seen, found, buffers);
  return found;
}

}  // namespace teipress
