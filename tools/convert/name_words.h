// The words that tell names apart in titles, speaker labels and bracket notes, in one place:
// titles and forms of address printed before a person's name ("Comrade Apró", "Premier Zhou"),
// the words of an office or role ("the Ambassador [Puzanov]", "Deputy Director of Central
// Intelligence Cabell") and the words that head an organization's name ("Hungarian Embassy",
// "Ministry of Foreign Affairs").
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "text_util.h"
#include "word_set.h"

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

// Words of an office or role (lower-cased): they identify a person ("Comrade Li [Deputy Premier]")
// and are not part of a person's name ("Foreign Minister Raúl Roa" names Raúl Roa).
inline constexpr std::array<std::string_view, 62> kOfficeWords = {
    "minister",   "ministers",   "ambassador", "ambassadors", "premier",  "president", "chairman",
    "secretary",  "secretary-general", "director", "head",     "chief",    "deputy",    "vice",
    "general",    "colonel",     "marshal",    "commander",   "commander-in-chief", "consul", "counsellor",
    "counselor",  "envoy",       "representative", "attaché", "attache",  "chargé",    "member",
    "leader",     "officer",     "official",   "chancellor",  "governor", "mayor",     "king",
    "comrade",    "comrades",    "cde.",       "comr.",       "colleague", "colleagues", "counterpart",
    "interlocutor", "ministerialdirigent", "undersecretary", "under-secretary", "spokesman", "envoys",
    "prime",      "emperor",     "prince",     "agent",       "editor",   "mr.",       "mrs.",
    "dr.",        "professor",   "captain",    "major",       "lieutenant", "admiral",  "assistant"};

// Words that qualify an office in its title and are not a name: "Secretary of State Herter",
// "Deputy Director of Central Intelligence Cabell".
inline constexpr std::array<std::string_view, 12> kOfficeQualifiers = {
    "foreign", "state", "affairs", "defence", "defense", "intelligence", "central", "first", "second", "third",
    "acting",  "external"};

// Words that head the name of an organization (lower-cased): "the Hungarian Embassy in Hanoi",
// "the Ministry of Foreign Affairs", "SAVAK Third Directorate".
inline constexpr std::array<std::string_view, 41> kOrganizationWords = {
    "ministry",   "committee", "department", "party",    "office",    "council",  "bureau",  "commission",
    "directorate", "agency",   "embassy",    "legation", "presidium", "politburo", "secretariat", "union",
    "front",      "association", "federation", "institute", "academy", "administration", "army", "forces",
    "navy",       "corps",     "command",    "company",  "enterprise", "government", "delegation", "mission",
    "consulate",  "security",  "service",    "section",  "division",  "headquarters", "staff", "university",
    "college"};

// The tables as sets, built at the first question.
inline const WordSet& OfficeWordSet() {
  static const WordSet set(kOfficeWords);
  return set;
}
inline const WordSet& OfficeQualifierSet() {
  static const WordSet set(kOfficeQualifiers);
  return set;
}
inline const WordSet& OrganizationWordSet() {
  static const WordSet set(kOrganizationWords);
  return set;
}

// Whether `word` (any ASCII case, surrounding punctuation ignored) is a word of an office; the parts
// of "Vice-Minister" count.
inline bool IsOfficeWord(std::string_view word) {
  word = TrimCharacters(word, ".,;:\"()");
  if (word.empty()) return false;
  const WordSet& offices = OfficeWordSet();
  if (offices.Contains(word)) return true;
  // "Dr." and "Mr." keep their full stop in the table (a word too long for the buffer is too long
  // for the table); the word is copied only when some word of the table may be it with the stop.
  char with_stop[WordSet::kMaxLength];
  if (word.size() < sizeof with_stop && offices.MayContain(word.front(), word.size() + 1)) {
    std::copy(word.begin(), word.end(), with_stop);
    with_stop[word.size()] = '.';
    if (offices.Contains(std::string_view(with_stop, word.size() + 1))) return true;
  }
  const size_t hyphen = word.find('-');
  return hyphen != std::string_view::npos &&
         (offices.Contains(word.substr(0, hyphen)) || offices.Contains(word.substr(hyphen + 1)));
}

// An office's word or a word that qualifies an office in its title.
inline bool IsOfficeVocabulary(std::string_view word) {
  return IsOfficeWord(word) || OfficeQualifierSet().Contains(TrimCharacters(word, ".,;:\"()"));
}

inline bool IsOrganizationWord(std::string_view word) {
  word = TrimCharacters(word, ".,;:\"()");
  const WordSet& organizations = OrganizationWordSet();
  if (organizations.Contains(word)) return true;
  // Plurals: "the regional committees", "ministries".
  if (word.size() > 3 && EndsWith(word, "ies")) {
    char singular[WordSet::kMaxLength];
    if (word.size() - 2 > sizeof singular) return false;
    std::copy(word.begin(), word.end() - 3, singular);
    singular[word.size() - 3] = 'y';
    return organizations.Contains(std::string_view(singular, word.size() - 2));
  }
  return word.size() > 2 && EndsWith(word, "s") && organizations.Contains(word.substr(0, word.size() - 1));
}

}  // namespace teipress
