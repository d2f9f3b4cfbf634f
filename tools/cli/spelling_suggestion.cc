#include "spelling_suggestion.h"

#include <algorithm>
#include <vector>

namespace teipress {
namespace {

std::string_view WithoutDashes(std::string_view word) {
  while (!word.empty() && word.front() == '-') word.remove_prefix(1);
  return word;
}

}  // namespace

int EditDistance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic-programming table: the transposition looks two rows back.
  std::vector<int> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

std::string SuggestSpelling(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string_view stem = WithoutDashes(word);
  if (stem.size() < 3) return "";  // "-x" is no typo of "-o": too short to tell
  const int allowed = stem.size() >= 6 ? 2 : 1;
  std::string_view best;
  int best_distance = allowed + 1;
  std::string_view only_prefixed;
  int prefixed = 0;
  for (const std::string_view candidate : candidates) {
    const std::string_view candidate_stem = WithoutDashes(candidate);
    const int distance = EditDistance(stem, candidate_stem);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
    if (candidate_stem.substr(0, stem.size()) == stem) {
      only_prefixed = candidate;
      ++prefixed;
    }
  }
  if (!best.empty()) return std::string(best);
  return prefixed == 1 ? std::string(only_prefixed) : "";
}

}  // namespace teipress
