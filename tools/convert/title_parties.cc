#include "title_parties.h"

#include <algorithm>
#include <array>
#include <vector>

#include "name_words.h"
#include "text_util.h"

namespace teipress {
namespace {

// How titles of records of speech and meetings begin: nobody sent them to anybody.
constexpr std::array<std::string_view, 14> kRecordTitleStarts = {
    "record of",  "minutes",        "transcript", "stenographic", "notes on the conversation",
    "note on the conversation", "notes of the conversation", "memorandum of conversation",
    "memorandum of a conversation", "conversation", "summary of the conversation", "protocol of",
    "verbatim",   "excerpt from the minutes"};

// "A to B, transmitting Letter from C to D": the verb that introduces the transmitted letter.
constexpr std::array<std::string_view, 4> kTransmittalVerbs = {", transmitting ", " transmitting ", ", forwarding ",
                                                               " forwarding "};

// Where the parties end and the subject begins: "... to the CPSU Central Committee on the
// Sinyavsky-Daniel Trial", "..., 'Relations with Yugoslavia'".
constexpr std::array<std::string_view, 10> kSubjectStarts = {" on ",  " regarding ", " concerning ", " about ",
                                                             " re: ", ", '",         ", \u2018",     ", \"",
                                                             " at a ", " at the "};

// Offices that take "to" in their own title: "Cuban Ambassador to the USSR Carlos Olivares to ...".
constexpr std::array<std::string_view, 12> kTakesTo = {"ambassador", "ambassadors", "envoy", "representative",
                                                       "representatives", "delegation", "mission", "delegate",
                                                       "minister", "consul", "adviser", "advisor"};

// Documents that a body issues, named "X of the issuer": "Resolution of the Presidium of the
// Central Committee ... on the Tasks of the Party", "Decree of the Council of Ministers No. 12".
constexpr std::array<std::string_view, 10> kIssuedDocuments = {
    "resolution of ", "decree of ", "decision of ", "order of ", "directive of ", "instruction of ",
    "declaration of ", "statement of ", "appeal of ", "communique of "};

// Where an issuer's name ends: its document's number.
constexpr std::array<std::string_view, 2> kNumberStarts = {" No. ", " no. "};

constexpr std::array<std::string_view, 4> kParticles = {"de", "van", "von", "bin"};

std::string Lower(std::string_view text) { return AsciiLower(text); }

// The title without printed bracket notes ("Filippov [Stalin]" names Filippov) and quotation
// marks around a name ("Agent "Ferenc"").
std::string WithoutNotes(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '[') ++depth;
    if (depth == 0) out += c;
    if (c == ']' && depth > 0) --depth;
  }
  return CollapseWhitespace(out);
}

size_t FindAny(std::string_view text, const std::string_view* begin, const std::string_view* end, size_t from,
               size_t* length) {
  size_t best = std::string_view::npos;
  for (const std::string_view* it = begin; it != end; ++it) {
    const size_t at = text.find(*it, from);
    if (at < best) {
      best = at;
      *length = it->size();
    }
  }
  return best;
}

// The first " to " that joins two parties, not one of an office's own title.
size_t FindPartyJoin(std::string_view text, std::string_view join) {
  for (size_t at = text.find(join); at != std::string_view::npos; at = text.find(join, at + 1)) {
    const size_t word_start = text.rfind(' ', at == 0 ? 0 : at - 1);
    const std::string previous = Lower(text.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                                                   at - (word_start == std::string_view::npos ? 0 : word_start + 1)));
    if (std::find(kTakesTo.begin(), kTakesTo.end(), TrimCharacters(previous, ",")) != kTakesTo.end()) continue;
    return at;
  }
  return std::string_view::npos;
}

bool IsAcronym(std::string_view word) {
  int upper = 0, lower = 0;
  for (char c : word) {
    if (IsUpper(c)) ++upper;
    if (IsLower(c)) ++lower;
  }
  return upper >= 2 && lower == 0 && word.find('.') == std::string_view::npos;
}

bool IsNameWord(std::string_view word) {
  if (word.empty()) return false;
  if (std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end()) return true;
  return IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0xC0;
}

// The person's name at the end of an office's phrase: "Foreign Minister Raúl Roa" -> "Raúl Roa",
// "Deputy Director of Central Intelligence Cabell" -> "Cabell"; empty for "Korean Ambassador in
// Tokyo" (a place after "in" is no name) and for an office alone.
std::string TrailingName(const std::vector<std::string_view>& words) {
  size_t begin = words.size();
  while (begin > 0) {
    const std::string_view word = words[begin - 1];
    if (!IsNameWord(word) || IsAcronym(word) || IsOfficeVocabulary(word) || IsOrganizationWord(word)) break;
    --begin;
  }
  // Particles open no name; "in", "of", "at" before the run make it a place or a body's name.
  while (begin < words.size() && std::find(kParticles.begin(), kParticles.end(), words[begin]) != kParticles.end()) {
    ++begin;
  }
  if (begin == words.size()) return "";
  if (begin > 0 && IsLower(words[begin - 1][0])) return "";
  std::string name;
  for (size_t k = begin; k < words.size(); ++k) name += (name.empty() ? "" : " ") + std::string(words[k]);
  return name;
}

// Whether the phrase names an organization: its head noun (the last word before "of", "in", "at")
// is an organization's word, or its words are all abbreviations ("CC CPSU").
bool NamesOrganization(const std::vector<std::string_view>& words) {
  size_t head_end = 0;
  while (head_end < words.size() && !(IsLower(words[head_end][0]) && words[head_end] != "de")) ++head_end;
  if (head_end == 0) return false;
  const std::string_view head = words[head_end - 1];
  if (IsOrganizationWord(head)) return true;
  if (IsOfficeWord(head)) return false;
  if (std::all_of(words.begin(), words.begin() + static_cast<long>(head_end), IsAcronym)) return true;
  return std::any_of(words.begin(), words.begin() + static_cast<long>(head_end),
                     [](std::string_view w) { return IsOrganizationWord(w); });
}

TitleParties ReadParties(std::string_view title, const Authority& authority) {
  TitleParties parties;
  std::string text = WithoutNotes(title);
  // The subject after the parties, and a parenthesized remark: "(Excerpt)".
  const size_t paren = text.find(" (");
  if (paren != std::string::npos) text.resize(paren);
  std::string_view rest = text;
  size_t from_length = 0;
  const std::array<std::string_view, 2> kFrom = {" from ", " by "};
  size_t start = FindAny(rest, kFrom.data(), kFrom.data() + kFrom.size(), 0, &from_length);
  if (start == std::string_view::npos) {
    // "Resolution of X on ...": the issuing body is the sender; it addresses nobody in particular.
    const std::string lower = Lower(text);
    for (std::string_view issued : kIssuedDocuments) {
      if (!StartsWith(lower, issued)) continue;
      std::string_view issuer = std::string_view(text).substr(issued.size());
      size_t length = 0;
      issuer = issuer.substr(0, FindAny(issuer, kSubjectStarts.data(), kSubjectStarts.data() + kSubjectStarts.size(),
                                        0, &length));
      issuer = issuer.substr(0, FindAny(issuer, kNumberStarts.data(), kNumberStarts.data() + kNumberStarts.size(), 0,
                                        &length));
      std::optional<Correspondent> party = PartyNamed(issuer, authority);
      if (party && party->kind == NameKind::kOrganization) parties.sender = party;
      break;
    }
    return parties;
  }
  // "Report on Contacts of ... by ...": "by" in the subject names no party.
  size_t ignored = 0;
  if (FindAny(rest, kSubjectStarts.data(), kSubjectStarts.data() + kSubjectStarts.size(), 0, &ignored) < start) {
    return parties;
  }
  rest.remove_prefix(start + from_length);
  size_t subject_length = 0;
  const size_t subject = FindAny(rest, kSubjectStarts.data(), kSubjectStarts.data() + kSubjectStarts.size(), 0,
                                 &subject_length);
  std::string_view sender_phrase = rest, recipient_phrase;
  size_t join = FindPartyJoin(rest, " to ");
  size_t join_length = 4;
  const size_t for_join = rest.find(" for ");
  if (for_join != std::string_view::npos && (join == std::string_view::npos || for_join < join)) {
    join = for_join;
    join_length = 5;
  }
  if (join != std::string_view::npos && (subject == std::string_view::npos || join < subject)) {
    sender_phrase = rest.substr(0, join);
    recipient_phrase = rest.substr(join + join_length);
    const size_t end = FindAny(recipient_phrase, kSubjectStarts.data(),
                               kSubjectStarts.data() + kSubjectStarts.size(), 0, &subject_length);
    if (end != std::string_view::npos) recipient_phrase = recipient_phrase.substr(0, end);
  } else if (subject != std::string_view::npos) {
    sender_phrase = rest.substr(0, subject);
  }
  // "for 1 March through 14 March 1961", "for 1958": a period, not a party.
  if (!recipient_phrase.empty() && IsDigit(TrimWhitespace(recipient_phrase).front())) recipient_phrase = {};
  parties.sender = PartyNamed(sender_phrase, authority);
  if (!recipient_phrase.empty()) parties.recipient = PartyNamed(recipient_phrase, authority);
  return parties;
}

}  // namespace

std::optional<Correspondent> PartyNamed(std::string_view raw, const Authority& authority) {
  std::string phrase = WithoutNotes(raw);
  // An apposition after the name: "Shmuel Eliashiv, Israeli Minister in Moscow", "T. W. Garvey,
  // British Embassy Peking".
  const size_t comma = phrase.find(", ");
  if (comma != std::string::npos) phrase.resize(comma);
  std::string cleaned;
  for (char c : phrase) {
    if (c != '"') cleaned += c;
  }
  for (std::string_view quote : {"\u201C", "\u201D", "\u2018", "\u2019"}) {
    for (size_t at = cleaned.find(quote); at != std::string::npos; at = cleaned.find(quote)) cleaned.erase(at, quote.size());
  }
  std::string_view text = TrimCharacters(TrimWhitespace(cleaned), " ,.;:");
  if (StartsWith(text, "the ") || StartsWith(text, "The ")) text.remove_prefix(4);
  if (text.empty()) return std::nullopt;
  const std::vector<std::string_view> words = SplitWords(text);
  if (words.empty() || !(IsUpper(words.front()[0]) || static_cast<unsigned char>(words.front()[0]) >= 0xC0)) {
    return std::nullopt;
  }
  Correspondent party;
  if (NamesOrganization(words)) {
    party = {std::string(text), "", NameKind::kOrganization};
  } else {
    const std::string name = TrailingName(words);
    party = {name.empty() ? std::string(text) : name, "", NameKind::kPerson};
  }
  // A name the authority knows gets its reference.
  if (const auto known = authority.Lookup(party.name)) {
    // "Telegram from Pyongyang to Bucharest": places, not parties (the body names them).
    if (known->entry->kind == NameKind::kPlace) return std::nullopt;
    party.ref = known->entry->id;
    party.kind = known->entry->kind;
  }
  return party;
}

TitleCorrespondence ReadTitleParties(std::string_view title, const Authority& authority) {
  TitleCorrespondence found;
  const std::string lower = Lower(TrimWhitespace(title));
  found.is_record = std::any_of(kRecordTitleStarts.begin(), kRecordTitleStarts.end(),
                                [&](std::string_view start) { return StartsWith(lower, start); });
  if (found.is_record) return found;
  size_t verb_length = 0;
  const size_t verb = FindAny(title, kTransmittalVerbs.data(), kTransmittalVerbs.data() + kTransmittalVerbs.size(), 0,
                              &verb_length);
  if (verb != std::string_view::npos) {
    found.cover = ReadParties(title.substr(0, verb), authority);
    // "Letter from C to D" after the verb: read as the letter's own title.
    found.letter = ReadParties(title.substr(verb + verb_length), authority);
    return found;
  }
  found.letter = ReadParties(title, authority);
  return found;
}

}  // namespace teipress
