// Titles and forms of address printed before a person's name ("Comrade Apró", "Cde. Mikoyan",
// "Premier Zhou"). Speaker labels are recognized by them, and a capitalized name after one that the
// authority does not know is suggested for it.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

#include "text_util.h"

namespace teipress {

struct PersonTitle {
  std::string_view text;
  // Whether a name follows the title directly. "Deputy", "Vice" and "Prime" qualify another
  // title ("Deputy Foreign Minister", "Vice Premier"): what follows them is an office.
  bool names_follow;
};

inline constexpr std::array<PersonTitle, 28> kPersonTitles = {{
    {"Comrade", true},    {"Comrades", true},   {"Cde.", true},       {"Cdes.", true},     {"Comr.", true},
    {"Mr.", true},        {"Mrs.", true},       {"Minister", true},   {"Ambassador", true}, {"Premier", true},
    {"Chairman", true},   {"General", true},    {"Colonel", true},    {"Marshal", true},   {"President", true},
    {"Secretary", true},  {"Counsellor", true}, {"Counselor", true},  {"Director", true},  {"Professor", true},
    {"Dr.", true},        {"Captain", true},    {"Major", true},      {"Lieutenant", true}, {"Chancellor", true},
    {"Deputy", false},    {"Vice", false},      {"Prime", false},
}};

// Whether `word` is one of the titles, in any ASCII case ("COMRADE", "cde.").
inline bool IsPersonTitle(std::string_view word) {
  return std::any_of(kPersonTitles.begin(), kPersonTitles.end(), [&](const PersonTitle& title) {
    return title.text.size() == word.size() && AsciiLower(title.text) == AsciiLower(word);
  });
}

}  // namespace teipress
