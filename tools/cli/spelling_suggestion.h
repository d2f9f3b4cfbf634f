// "Did you mean …?" for a mistyped command or option, by edit distance.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace teipress {

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions of
// two neighbouring characters each cost one ("biuld" is one edit from "build").
int EditDistance(std::string_view a, std::string_view b);

// The candidate `word` most likely meant, or empty when none is close enough. Leading dashes of
// options do not count; words of fewer than three letters get no suggestion. A candidate is close
// within one edit (two for words of six letters or more), or when it is the only one `word` begins.
std::string SuggestSpelling(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace teipress
