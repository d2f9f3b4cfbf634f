#include "title_parties.h"

#include <algorithm>
#include <array>
#include <span>
#include <vector>

#include "ascii_case.h"
#include "date_recognizer.h"
#include "english_lexicon.h"
#include "first_marker.h"
#include "leading_words.h"
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

// The names of document genres, which open a title that names the document rather than its
// parties ("Instructions to the Soviet Delegation", "Telegram from ..."), and which follow a
// possessive sender ("Kim Il Sung's Letter to Mao Zedong").
constexpr std::array<std::string_view, 35> kGenreWords = {
    "letter", "telegram", "cable", "memorandum", "memo", "note", "report", "message", "instructions",
    "aide-memoire", "aide-m\u00e9moire", "circular", "communication",
    "instruction", "directive", "speech", "address", "appeal", "reply", "answer", "draft", "proposal",
    "statement", "declaration", "information", "record", "minutes", "notes", "transcript", "diary", "journal",
    "remarks", "request", "greetings", "order"};

bool IsGenreWord(std::string_view word) {
  // Lower-cased on the stack: every title word is asked about, and a word longer than every genre
  // word is none.
  const std::string_view trimmed = TrimCharacters(word, ",.:;");
  char lower[16];
  static_assert(std::all_of(kGenreWords.begin(), kGenreWords.end(),
                            [](std::string_view genre) { return genre.size() <= sizeof lower; }));
  if (trimmed.size() > sizeof lower) return false;
  for (size_t k = 0; k < trimmed.size(); ++k) {
    lower[k] = IsUpper(trimmed[k]) ? static_cast<char>(trimmed[k] - 'A' + 'a') : trimmed[k];
  }
  return std::find(kGenreWords.begin(), kGenreWords.end(), std::string_view(lower, trimmed.size())) !=
         kGenreWords.end();
}

constexpr std::array<std::string_view, 4> kParticles = {"de", "van", "von", "bin"};

// The title without printed bracket notes ("Filippov [Stalin]" names Filippov) and quotation
// marks around a name ("Agent "Ferenc"").
std::string WithoutNotes(std::string_view text) {
  // (Most phrases hold no note: their white space is all there is to clean.)
  if (text.find('[') == std::string_view::npos) return CollapseWhitespace(text);
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '[') ++depth;
    if (depth == 0) out += c;
    if (c == ']' && depth > 0) --depth;
  }
  return CollapseWhitespace(out);
}

// Each table's markers found in one pass over the text, not one search per marker.
const FirstMarkerFinder& SubjectStarts() {
  static const FirstMarkerFinder finder(kSubjectStarts);
  return finder;
}
const FirstMarkerFinder& TransmittalVerbs() {
  static const FirstMarkerFinder finder(kTransmittalVerbs);
  return finder;
}
// Whether a title may hold a transmittal verb: each ends in "ing " (the few titles with one are
// searched for them; most hold no such word and are not).
bool MayNameTransmittal(std::string_view title) {
  static_assert(std::all_of(kTransmittalVerbs.begin(), kTransmittalVerbs.end(),
                            [](std::string_view verb) { return verb.ends_with("ing "); }));
  return title.find("ing ") != std::string_view::npos;
}
const FirstMarkerFinder& NumberStarts() {
  static const FirstMarkerFinder finder(kNumberStarts);
  return finder;
}

// The first " to " that joins two parties, not one of an office's own title.
size_t FindPartyJoin(std::string_view text, std::string_view join) {
  for (size_t at = text.find(join); at != std::string_view::npos; at = text.find(join, at + 1)) {
    const size_t word_start = text.rfind(' ', at == 0 ? 0 : at - 1);
    const std::string_view previous = TrimCharacters(
        text.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                    at - (word_start == std::string_view::npos ? 0 : word_start + 1)),
        ",");
    if (std::any_of(kTakesTo.begin(), kTakesTo.end(),
                    [&](std::string_view office) { return EqualsIgnoringAsciiCase(previous, office); })) {
      continue;
    }
    return at;
  }
  return std::string_view::npos;
}

// A " to " after an office's word that takes "to" ("GDR Trade Mission to the Ministry for Foreign
// Affairs") joins two parties after all when no other does and an organization follows it.
size_t FindLooseJoin(std::string_view text, const Authority& authority);
bool NamesAParty(std::string_view phrase, const Authority& authority);
// The one party a phrase names, or the two of "A and B": never more, so no list.
struct NamedParties {
  std::optional<Correspondent> first, second;
};
NamedParties PartiesNamed(std::string_view raw, const Authority& authority);
// PartyNamed of a phrase already without notes and with its white space collapsed (what WithoutNotes
// makes): a phrase is cleaned once, not again by each reader it is handed to.
std::optional<Correspondent> PartyNamedInPlainText(std::string_view phrase, const Authority& authority);
// PartyNamed of a piece of a title ReadParties has cleaned: clean but for a space at either end
// (WithoutNotes of it would be it, trimmed), so it is not cleaned again.
std::optional<Correspondent> PartyNamedInPiece(std::string_view piece, const Authority& authority) {
  return PartyNamedInPlainText(TrimWhitespace(piece), authority);
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

// Where the person's name at the end of an office's phrase begins: "Foreign Minister Raúl Roa" ->
// at "Raúl", "Deputy Director of Central Intelligence Cabell" -> at "Cabell"; words.size() for
// "Korean Ambassador in Tokyo" (a place after "in" is no name) and for an office alone.
size_t TrailingNameStart(std::span<const std::string_view> words) {
  size_t begin = words.size();
  while (begin > 0) {
    const std::string_view word = words[begin - 1];
    // (A month or a date after the name, "Luns, 14 January", is none of it.)
    if (!IsNameWord(word) || IsAcronym(word) || IsOfficeVocabulary(word) || IsOrganizationWord(word) ||
        IsDateOrDatePart(TrimCharacters(word, ".,;:"))) {
      break;
    }
    --begin;
  }
  // Particles open no name; "in", "of", "at" before the run make it a place or a body's name.
  while (begin < words.size() && std::find(kParticles.begin(), kParticles.end(), words[begin]) != kParticles.end()) {
    ++begin;
  }
  if (begin > 0 && begin < words.size() && IsLower(words[begin - 1][0])) return words.size();
  return begin;
}

// Whether the phrase ends in a person's name (most callers ask only that: no name is built).
bool EndsInName(std::span<const std::string_view> words) { return TrailingNameStart(words) < words.size(); }

// The person's name at the end of an office's phrase ("Raúl Roa"), its words joined by one space;
// empty when the phrase ends in none.
std::string TrailingName(std::span<const std::string_view> words) {
  std::string name;
  for (size_t k = TrailingNameStart(words); k < words.size(); ++k) {
    if (!name.empty()) name += ' ';
    name += words[k];
  }
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
  // "Consulate General", "Secretariat General": an organization's word that an office's word
  // qualifies is still the organization.
  if (IsOfficeWord(head) && head_end >= 2 && IsOrganizationWord(words[head_end - 2])) return true;
  if (IsOfficeWord(head)) return false;
  if (std::all_of(words.begin(), words.begin() + static_cast<long>(head_end), IsAcronym)) return true;
  // "Group of Soviet Forces in Germany": a capitalized head, no title, "of" a capitalized name that
  // an organization's word heads is a body itself.
  if (head_end == 1 && head_end + 1 < words.size() && words[head_end] == "of" && !IsPersonTitle(head)) {
    std::vector<std::string_view> rest(words.begin() + static_cast<long>(head_end) + 1, words.end());
    if (!rest.empty() && rest.front() == "the") rest.erase(rest.begin());
    if (!rest.empty() && IsUpper(rest.front()[0]) && NamesOrganization(rest)) return true;
  }
  return std::any_of(words.begin(), words.begin() + static_cast<long>(head_end),
                     [](std::string_view w) { return IsOrganizationWord(w); });
}

// Whether the preposition at `at` (" for ", " on ", `length` bytes) is inside an institution's name:
// "the Ministry for Foreign Affairs", "the Committee for State Security", "the Commission on Foreign
// Affairs" (an organization's word before it, and after it a capitalized English word that names a
// field, not a title, an office or a person: "the Press Department for Jerzy Morawski" joins).
bool InsideInstitutionName(std::string_view text, size_t at, size_t length) {
  const EnglishLexicon& lexicon = EnglishLexicon::System();
  const size_t word_start = text.rfind(' ', at == 0 ? 0 : at - 1);
  const std::string_view previous = text.substr(word_start == std::string_view::npos ? 0 : word_start + 1,
                                                at - (word_start == std::string_view::npos ? 0 : word_start + 1));
  const LeadingWords<1> after(text.substr(at + length));
  const bool field = !previous.empty() && IsUpper(previous[0]) && IsOrganizationWord(previous) && !after.empty() &&
                     IsUpper(after.front()[0]) && !IsPersonTitle(after.front()) && !IsOfficeWord(after.front()) &&
                     (IsOfficeVocabulary(after.front()) ||
                      (!lexicon.empty() && lexicon.Contains(AsciiLower(after.front()))));
  if (!field || text.compare(at, length, " on ") != 0) return field;
  // (" on " also opens a subject, "the Central Propaganda Department on Radio Propaganda": inside a
  // name only before an office's field word or when the parties go on after it.)
  const std::string_view rest = text.substr(at + length);
  return IsOfficeVocabulary(after.front()) || rest.find(" to ") != std::string_view::npos ||
         rest.find(" for ") != std::string_view::npos;
}

// The words of a time span that "for" may take: "for the period from ...", "for the First Quarter
// of 1960", "for the months of January and February".
constexpr std::array<std::string_view, 16> kPeriodWords = {
    "period", "periods", "quarter", "half", "half-year", "year", "years", "month", "months", "week", "weeks",
    "season", "semester", "decade", "fortnight", "day"};
// What may stand between "the" and such a word: "the first quarter", "the past year".
constexpr std::array<std::string_view, 10> kPeriodQualifiers = {"first", "second", "third", "fourth", "last",
                                                                "past", "current", "coming", "next", "whole"};

// Whether the words after a " for " name a time, not a party: "January and February 1963",
// "1958", "the period from 1 January to 30 June", "the First Half of 1958". A month, a year or a
// period is never a party.
bool NamesAPeriod(std::string_view after_for) {
  const LeadingWords<3> words(after_for);
  if (words.empty()) return false;
  const std::string_view first = TrimCharacters(words[0], ".,;:");
  if (!first.empty() && IsDigit(first.front())) return true;
  if (IsDateOrDatePart(first)) return true;  // "January", "1963"
  const auto among = [](std::string_view word, const auto& lower_words) {
    return std::any_of(lower_words.begin(), lower_words.end(),
                       [&](std::string_view lower) { return EqualsIgnoringAsciiCase(word, lower); });
  };
  size_t k = 0;
  if (EqualsIgnoringAsciiCase(words[k], "the")) ++k;
  if (k < words.size() && among(words[k], kPeriodQualifiers)) ++k;
  return k > 0 && k < words.size() && among(TrimCharacters(words[k], ".,;:"), kPeriodWords);
}

// The first " for " that joins two parties ("Report by A for B"), not one inside a name.
size_t FindForJoin(std::string_view text) {
  for (size_t at = text.find(" for "); at != std::string_view::npos; at = text.find(" for ", at + 1)) {
    if (!InsideInstitutionName(text, at, 5)) return at;
  }
  return std::string_view::npos;
}

// Where the subject after the parties begins (kSubjectStarts), an " on " inside a name skipped.
size_t FindSubject(std::string_view text, size_t from, size_t* length) {
  while (true) {
    const size_t at = SubjectStarts().Find(text, from, length);
    // ("Chinese Students at the Peking University to the Soviet Embassy": an " at " before the
    // parties' "to" places the sender; the subject comes after the parties.)
    if (at == std::string_view::npos) return at;
    const bool places_party = text.compare(at, 4, " at ") == 0 && FindPartyJoin(text.substr(at), " to ") != std::string_view::npos;
    const bool inside_name = text.compare(at, 4, " on ") == 0 && InsideInstitutionName(text, at, 4);
    if (!(places_party || inside_name)) return at;
    from = at + 1;
  }
}

TitleParties ReadParties(std::string_view title, const Authority& authority) {
  TitleParties parties;
  std::string text = WithoutNotes(title);
  // The subject after the parties, and a parenthesized remark: "(Excerpt)".
  const size_t paren = text.find(" (");
  if (paren != std::string::npos) text.resize(paren);
  // "... to the Foreign Ministry for the period from 1 January to 30 June": a period ends the parties
  // (its own "to" joins none).
  for (size_t at = text.find(" for "); at != std::string::npos; at = text.find(" for ", at + 1)) {
    if (NamesAPeriod(std::string_view(text).substr(at + 5))) {
      text.resize(at);
      break;
    }
  }
  // "Telegram, A to B", "Letter, A to B", "Cable from Havana: A to B": the genre (and where it came
  // from) before a comma or colon, then the parties joined by "to".
  for (std::string_view mark : {": ", ", "}) {
    const size_t at = text.find(mark);
    if (at == std::string::npos) continue;
    const std::string_view head = std::string_view(text).substr(0, at);
    // (A number after the genre is part of it: "Cable No. 88, A to B".)
    std::vector<std::string_view> head_words;
    for (std::string_view word : SplitWords(head)) {
      if (word != "No." && word != "no." && word != "Nr." && !std::all_of(word.begin(), word.end(), IsDigit)) {
        head_words.push_back(word);
      }
    }
    // (After a comma only the genre itself: "Cable from Shmuel Eliashiv, Israeli Minister ..." names
    // its sender before the comma.)
    const size_t longest_head = mark == ": " ? 4 : 2;
    if (head_words.empty() || head_words.size() > longest_head || head.find(" to ") != std::string_view::npos ||
        head.find(" by ") != std::string_view::npos || (mark == ", " && head.find(" from ") != std::string_view::npos) ||
        !std::any_of(head_words.begin(), head_words.begin() + std::min<long>(2, static_cast<long>(head_words.size())),
                     [](std::string_view w) { return IsGenreWord(w); })) {
      continue;
    }
    const std::string after = text.substr(at + mark.size());
    if (FindPartyJoin(after, " to ") == std::string::npos && FindLooseJoin(after, authority) == std::string::npos) continue;
    text = after;
    break;
  }
  // "Letter of the Chinese Embassy in Pyongyang to the Korean Foreign Ministry": a genre "of" a
  // party addressed "to" another reads as "from" (a genre of something addressed to nobody,
  // "Memorandum of Understanding", stays a subject).
  {
    // (Six words tell whether five follow a qualifying word; the rest of the title is not split.)
    const LeadingWords<6> opening(text);
    // (A word may qualify the genre: "Joint Message of the Polish and Czechoslovak Governments to ...".)
    const size_t qualifier = opening.size() > 4 && !IsGenreWord(opening[0]) && IsUpper(opening[0][0]) &&
                                     IsGenreWord(opening[1]) && opening[2] == "of" && !IsOrganizationWord(opening[0]) &&
                                     !IsOfficeWord(opening[0])
                                 ? 1
                                 : 0;
    const auto title_word = [&](size_t k) { return opening[qualifier + k]; };
    const size_t title_words = opening.size() - qualifier;
    // (The genre may take a word of its own: "Note Verbale of the Ministry to the Embassy".)
    const size_t genre_words = title_words > 4 && IsGenreWord(title_word(0)) && title_word(1) != "of" &&
                                       title_word(2) == "of" && IsUpper(title_word(1)[0])
                                   ? 2
                                   : 1;
    if (title_words > 3 && IsGenreWord(title_word(0)) && title_word(genre_words) == "of" &&
        text.find(" from ") == std::string::npos && text.find(" by ") == std::string::npos) {
      const size_t of = text.find(" of ");
      std::string_view party = std::string_view(text).substr(of + 4);
      size_t length = 0;
      party = party.substr(0, FindSubject(party, 0, &length));
      // "Report of the Hungarian Military Attaché in Beijing, Colonel Sándor Rácz, on ...": an office
      // or organization names the sender without a "to"; a talk someone had does not ("Notes of
      // Chairman Kim Il Sung's Talk with ...").
      const bool about_a_talk = party.find("'s ") != std::string_view::npos ||
                                party.find("\u2019s ") != std::string_view::npos ||
                                party.find(" with ") != std::string_view::npos ||
                                party.find(" between ") != std::string_view::npos;
      // Only a genre that is sent names a sender this way: a diary or minutes "of" someone are kept,
      // not sent.
      static constexpr std::array<std::string_view, 16> kSentGenres = {
          "letter", "telegram", "cable", "memorandum", "memo", "note", "report", "message", "information",
          "reply", "answer", "request", "aide-memoire", "aide-m\u00e9moire", "circular", "communication"};
      const bool sent = std::any_of(kSentGenres.begin(), kSentGenres.end(), [&](std::string_view genre) {
        return EqualsIgnoringAsciiCase(title_word(0), genre);
      });
      if (FindPartyJoin(std::string_view(text).substr(of + 4), " to ") != std::string_view::npos ||
          (sent && !about_a_talk && NamesAParty(party, authority))) {
        text.replace(of, 4, " from ");
      }
    }
  }
  std::string_view rest = text;
  size_t from_length = 0;
  static const FirstMarkerFinder kFrom(std::array<std::string_view, 2>{" from ", " by "});
  size_t start = kFrom.Find(rest, 0, &from_length);
  if (start == std::string_view::npos) {
    // "Kim Il Sung's Letter to Mao Zedong": a possessive before the genre names the sender.
    for (std::string_view possessive : {"'s ", "\u2019s "}) {
      const size_t at = text.find(possessive);
      if (at == std::string::npos) continue;
      std::string_view after = std::string_view(text).substr(at + possessive.size());
      const LeadingWords<3> after_words(after);
      size_t genre = 0;
      while (genre < after_words.size() && genre < 3 && !IsGenreWord(after_words[genre])) ++genre;
      if (genre == after_words.size() || genre == 3) break;
      after.remove_prefix(static_cast<size_t>(after_words[genre].data() - after.data()) + after_words[genre].size());
      parties.sender = PartyNamedInPiece(std::string_view(text).substr(0, at), authority);
      if (StartsWith(after, " to ")) {
        std::string_view recipient = after.substr(4);
        size_t length = 0;
        recipient = recipient.substr(
            0, FindSubject(recipient, 0, &length));
        parties.recipient = PartyNamedInPiece(recipient, authority);
      }
      return parties;
    }
    // "Soviet Ambassador to the GDR M. G. Pervukhin to Walter Ulbricht", "CC CPSU to the CC WPK": a
    // title that opens with a party, not a genre, and joins two parties with "to".
    const LeadingWords<3> title_words(text);
    size_t join = FindPartyJoin(text, " to ");
    if (join == std::string::npos) join = FindLooseJoin(text, authority);
    // (A bracket in the title, "Filippov [Stalin] to Mao Zedong", is left to the authority's reading.)
    const bool opens_with_genre =
        std::any_of(title_words.begin(), title_words.end(), [](std::string_view w) { return IsGenreWord(w); });
    if (!title_words.empty() && !opens_with_genre && title.find('[') == std::string_view::npos &&
        join != std::string::npos) {
      std::string_view recipient = std::string_view(text).substr(join + 4);
      size_t length = 0;
      const size_t subject =
          FindSubject(text, 0, &length);
      if (subject == std::string::npos || subject > join) {
        recipient = recipient.substr(
            0, FindSubject(recipient, 0, &length));
        auto sender = PartyNamedInPiece(std::string_view(text).substr(0, join), authority);
        auto receiver = PartyNamedInPiece(recipient, authority);
        if (sender && receiver) {
          parties.sender = sender;
          parties.recipient = receiver;
          return parties;
        }
      }
    }
    // "Resolution of X on ...": the issuing body is the sender; it addresses nobody in particular.
    for (std::string_view issued : kIssuedDocuments) {
      if (!StartsWithIgnoringAsciiCase(text, issued)) continue;
      std::string_view issuer = std::string_view(text).substr(issued.size());
      size_t length = 0;
      issuer = issuer.substr(0, FindSubject(issuer, 0, &length));
      issuer = issuer.substr(0, NumberStarts().Find(issuer, 0, &length));
      std::optional<Correspondent> party = PartyNamedInPiece(issuer, authority);
      if (party && party->kind == NameKind::kOrganization) parties.sender = party;
      break;
    }
    return parties;
  }
  // "Report on Contacts of ... by ...": "by" in the subject names no party.
  size_t ignored = 0;
  if (FindSubject(rest, 0, &ignored) < start) {
    return parties;
  }
  // "Telegram to the Foreign Ministry in Warsaw from Ambassador Henryk Grochulski in Budapest": the
  // recipient before the sender.
  {
    const std::string_view before_from = rest.substr(0, start);
    const size_t to = FindPartyJoin(before_from, " to ");
    const LeadingWords<4> opening(before_from.substr(0, to == std::string_view::npos ? 0 : to));
    if (to != std::string_view::npos && !opening.empty() && opening.size() <= 3 && IsGenreWord(opening[0])) {
      std::string_view sender_phrase = rest.substr(start + from_length);
      size_t length = 0;
      sender_phrase = sender_phrase.substr(
          0, FindSubject(sender_phrase, 0, &length));
      parties.sender = PartyNamedInPiece(sender_phrase, authority);
      parties.recipient = PartyNamedInPiece(before_from.substr(to + 4), authority);
      return parties;
    }
  }
  rest.remove_prefix(start + from_length);
  size_t subject_length = 0;
  const size_t subject = FindSubject(rest, 0, &subject_length);
  std::string_view sender_phrase = rest, recipient_phrase;
  size_t join = FindPartyJoin(rest, " to ");
  if (join == std::string_view::npos) join = FindLooseJoin(rest, authority);
  size_t join_length = 4;
  const size_t for_join = FindForJoin(rest);
  if (for_join != std::string_view::npos && (join == std::string_view::npos || for_join < join)) {
    join = for_join;
    join_length = 5;
  }
  if (join != std::string_view::npos && (subject == std::string_view::npos || join < subject)) {
    sender_phrase = rest.substr(0, join);
    recipient_phrase = rest.substr(join + join_length);
    const size_t end = FindSubject(recipient_phrase, 0, &subject_length);
    if (end != std::string_view::npos) recipient_phrase = recipient_phrase.substr(0, end);
  } else if (subject != std::string_view::npos) {
    sender_phrase = rest.substr(0, subject);
  }
  // "for 1 March through 14 March 1961", "for 1958": a period, not a party.
  if (!recipient_phrase.empty() && IsDigit(TrimWhitespace(recipient_phrase).front())) recipient_phrase = {};
  NamedParties senders = PartiesNamed(sender_phrase, authority);
  parties.sender = std::move(senders.first);
  if (senders.second) parties.more_senders.push_back(std::move(*senders.second));
  if (!recipient_phrase.empty()) {
    NamedParties recipients = PartiesNamed(recipient_phrase, authority);
    parties.recipient = std::move(recipients.first);
    if (recipients.second) parties.more_recipients.push_back(std::move(*recipients.second));
  }
  return parties;
}

// The singular of an organization's plural head noun: "Governments" -> "Government", "Parties" ->
// "Party".
std::string Singular(std::string_view word) {
  if (EndsWith(word, "ies")) return std::string(word.substr(0, word.size() - 3)) + "y";
  return std::string(word.substr(0, word.size() - 1));
}

// The parties a phrase names: one, or two joined by "and" ("Kim Il Sung and Pak Heon-yeong", "the
// Polish and Czechoslovak Governments": two adjectives sharing one plural head noun), unless the
// "and" is inside one name ("the Ministry of International Trade and Industry": it continues what an
// organization's "of" or "for" names).
NamedParties PartiesNamed(std::string_view piece, const Authority& authority) {
  // (A piece of the cleaned title: trimmed, it is what WithoutNotes would make of it.)
  const std::string_view phrase = TrimWhitespace(piece);
  const size_t join = phrase.find(" and ");
  if (join != std::string_view::npos && phrase.find(" and ", join + 5) == std::string_view::npos) {
    std::string_view left = TrimWhitespace(phrase.substr(0, join));
    const std::string_view right = TrimCharacters(TrimWhitespace(phrase.substr(join + 5)), " ,.;:");
    if (StartsWith(left, "the ") || StartsWith(left, "The ")) left.remove_prefix(4);
    const std::vector<std::string_view> left_words = SplitWords(left), right_words = SplitWords(right);
    const auto capitalized = [](std::string_view w) { return IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0xC0; };
    const auto plain = [&](std::string_view w) { return capitalized(w) && !IsOrganizationWord(w) && !IsOfficeWord(w); };
    if (!left_words.empty() && left_words.size() <= 2 && std::all_of(left_words.begin(), left_words.end(), plain) &&
        right_words.size() >= 2 && right_words.size() <= 3 && EndsWith(right_words.back(), "s") &&
        IsOrganizationWord(right_words.back()) &&
        std::all_of(right_words.begin(), right_words.end() - 1, plain)) {
      const std::string head = Singular(right_words.back());
      std::string second;
      for (size_t k = 0; k + 1 < right_words.size(); ++k) second += std::string(right_words[k]) + " ";
      return {Correspondent{std::string(left) + " " + head, "", NameKind::kOrganization},
              Correspondent{second + head, "", NameKind::kOrganization}};
    }
    // "the Governments of Poland and Czechoslovakia": one plural organization's word "of" two names.
    if (left_words.size() >= 3 && left_words.size() <= 5 && EndsWith(left_words[0], "s") &&
        IsOrganizationWord(left_words[0]) && left_words[1] == "of" && !right_words.empty() && right_words.size() <= 3 &&
        std::all_of(left_words.begin() + 2, left_words.end(), [&](std::string_view w) { return w == "the" || plain(w); }) &&
        std::all_of(right_words.begin(), right_words.end(), plain)) {
      const std::string head = Singular(left_words[0]);
      // ("the Embassies of the GDR and Poland": "the" before an abbreviation only.)
      const std::string of = left_words[2] == "the" && IsAcronym(right_words[0]) ? " of the " : " of ";
      return {Correspondent{head + std::string(left.substr(left_words[1].data() - left.data() - 1)), "",
                            NameKind::kOrganization},
              Correspondent{head + of + std::string(right), "", NameKind::kOrganization}};
    }
    bool inside_name = false;
    for (size_t k = 0; k + 1 < left_words.size(); ++k) {
      if (IsOrganizationWord(left_words[k]) &&
          (left_words[k + 1] == "of" || left_words[k + 1] == "for" || left_words[k + 1] == "on")) {
        inside_name = true;
      }
    }
    if (inside_name && !right_words.empty()) {
      const std::string_view first = right_words.front();
      inside_name = !(first == "the" || first == "The" || IsOrganizationWord(first) || IsOfficeWord(first) ||
                      IsPersonTitle(first));
    }
    if (!inside_name && !left_words.empty() && !right_words.empty()) {
      // (A part of a cleaned phrase is clean but for a space at either end.)
      auto a = PartyNamedInPlainText(TrimWhitespace(phrase.substr(0, join)), authority);
      auto b = PartyNamedInPlainText(right, authority);
      if (a && b) return {std::move(a), std::move(b)};
    }
  }
  return {PartyNamedInPlainText(phrase, authority), std::nullopt};
}

size_t FindLooseJoin(std::string_view text, const Authority& authority) {
  const size_t at = text.find(" to ");
  if (at == std::string_view::npos || FindPartyJoin(text, " to ") != std::string_view::npos) return std::string_view::npos;
  std::string_view after = text.substr(at + 4);
  size_t length = 0;
  after = after.substr(0, FindSubject(after, 0, &length));
  const auto party = PartyNamedInPiece(after, authority);
  if (!party || party->kind != NameKind::kOrganization) return std::string_view::npos;
  const std::vector<std::string_view> words = SplitWords(party->name);
  const bool headed = std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsOrganizationWord(w); });
  return headed ? at : std::string_view::npos;
}

// Whether the words name an office, an organization or someone the authority knows: what a genre
// "of" must be followed by to name its sender ("Report of the Hungarian Military Attaché ...").
bool NamesAParty(std::string_view phrase, const Authority& authority) {
  const std::vector<std::string_view> words = SplitWords(phrase);
  if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsOfficeWord(w) || IsOrganizationWord(w); })) {
    return true;
  }
  const auto party = PartyNamedInPiece(phrase, authority);
  return party && !party->ref.empty();
}

}  // namespace

std::optional<Correspondent> PartyNamed(std::string_view raw, const Authority& authority) {
  return PartyNamedInPlainText(WithoutNotes(raw), authority);
}

namespace {

std::optional<Correspondent> PartyNamedInPlainText(std::string_view phrase, const Authority& authority) {
  // An apposition after the name: "Shmuel Eliashiv, Israeli Minister in Moscow", "T. W. Garvey,
  // British Embassy Peking".
  // An office and, after a comma, the person holding it: "the Chief of the General Staff, Marshal
  // M. V. Zakharov", "the Hungarian Military Attaché in Beijing, Colonel Sándor Rácz": the person.
  const size_t comma = phrase.find(", ");
  if (comma != std::string::npos) {
    const std::vector<std::string_view> first = SplitWords(phrase.substr(0, comma));
    std::string_view second = TrimCharacters(TrimWhitespace(phrase.substr(comma + 2)), " ,.;:");
    second = second.substr(0, second.find(", "));
    const std::vector<std::string_view> second_words = SplitWords(second);
    const bool first_is_office = !first.empty() && !NamesOrganization(first) &&
                                 std::any_of(first.begin(), first.end(), [](std::string_view w) { return IsOfficeWord(w); });
    // The second part: a rank or title, then a name ("Marshal M. V. Zakharov"), or a name alone
    // after an office's head word ("the Head of the SED International Department, Hermann Axen").
    const bool office_headed = first.size() >= 2 && IsOfficeWord(first[StartsWith(first[0], "the") ? 1 : 0]);
    // ("the Soviet Ambassador, Yudin": an office's last word, then a bare name, one word or more.)
    const bool office_ended = !first.empty() && IsOfficeWord(first.back());
    const auto known = second_words.empty() ? std::nullopt : authority.Lookup(second);
    const bool bare_name = (office_headed || office_ended || first_is_office) && !second_words.empty() &&
                           second_words.size() <= 4 &&
                           TrailingName(second_words) == second &&
                           !(known && known->entry->kind == NameKind::kPlace);
    const bool titled_name = ((second_words.size() >= 2 &&
                               (IsPersonTitle(second_words.front()) || IsOfficeWord(second_words.front()))) ||
                              bare_name) &&
                             !NamesOrganization(second_words) && EndsInName(second_words);
    // ("Ambassador Óscar Oramas, Luanda": an office that already names its holder; a place after it.)
    const bool holder_named = EndsInName(first);
    phrase = first_is_office && titled_name && !holder_named ? second : phrase.substr(0, comma);
  }
  // Without quotation marks: '"' and the curly ones, which all begin with the bytes E2 80. (Copied
  // only when it holds one.)
  std::string unquoted;
  if (phrase.find('"') != std::string_view::npos || phrase.find("\xE2\x80") != std::string_view::npos) {
    unquoted = phrase;
    std::erase(unquoted, '"');
    if (unquoted.find("\xE2\x80") != std::string::npos) {
      for (std::string_view quote : {"\u201C", "\u201D", "\u2018", "\u2019"}) {
        for (size_t at = unquoted.find(quote); at != std::string::npos; at = unquoted.find(quote)) {
          unquoted.erase(at, quote.size());
        }
      }
    }
    phrase = unquoted;
  }
  std::string_view text = TrimCharacters(TrimWhitespace(phrase), " ,.;:");
  if (StartsWith(text, "the ") || StartsWith(text, "The ")) text.remove_prefix(4);
  if (text.empty()) return std::nullopt;
  // "the Students of the Peking University", "revolutionary students of the Hungarian Academy of
  // Sciences", "the workers of the Paris Commune Shipyard in Gdynia": members (a plural common noun,
  // no office) of an institution; the group is the party (an organization), named with its
  // institution inside the name.
  {
    size_t of = text.find(" of ");
    if (of == std::string_view::npos) of = text.find(" at ");
    if (of != std::string_view::npos) {
      // (Three words say there are too many members; the institution is split only after members.)
      const LeadingWords<3> members(text.substr(0, of));
      const bool plural_members =
          !members.empty() && members.size() <= 2 && EndsWith(members[members.size() - 1], "s") &&
          !IsAcronym(members[members.size() - 1]) && std::none_of(members.begin(), members.end(), [](std::string_view w) {
            return IsOfficeWord(w) || IsOfficeWord(w.substr(0, w.size() - 1)) || IsOrganizationWord(w) ||
                   IsPersonTitle(w);
          });
      if (plural_members) {
        std::string_view institution = text.substr(of + 4);
        if (StartsWith(institution, "the ")) institution.remove_prefix(4);
        const std::vector<std::string_view> institution_words = SplitWords(institution);
        if (!institution_words.empty() && IsUpper(institution_words.front()[0]) &&
            (NamesOrganization(institution_words) || institution_words.size() >= 2)) {
          return Correspondent{std::string(text), "", NameKind::kOrganization};
        }
      }
    }
  }
  // "all Swedish missions abroad", "all embassies of the GDR": a group of bodies or offices, the
  // whole phrase.
  if (StartsWith(text, "all ") || StartsWith(text, "All ")) {
    const std::vector<std::string_view> group = SplitWords(text);
    const bool plural_body = std::any_of(group.begin() + 1, group.end(), [](std::string_view w) {
      return EndsWith(w, "s") && (IsOrganizationWord(w) || IsOfficeWord(w));
    });
    if (plural_body && group.size() <= 8) return Correspondent{std::string(text), "", NameKind::kOrganization};
  }
  const std::vector<std::string_view> words = SplitWords(text);
  if (words.empty() || !(IsUpper(words.front()[0]) || static_cast<unsigned char>(words.front()[0]) >= 0xC0)) {
    return std::nullopt;
  }
  Correspondent party;
  if (NamesOrganization(words)) {
    party = {std::string(text), "", NameKind::kOrganization};
  } else {
    std::string name = TrailingName(words);
    // "Ambassador Henryk Grochulski in Budapest": the name before where he is.
    if (name.empty()) {
      const auto in = std::find(words.begin(), words.end(), std::string_view("in"));
      if (in != words.end() && in != words.begin()) {
        name = TrailingName(std::span<const std::string_view>(words.data(), static_cast<size_t>(in - words.begin())));
      }
      if (!name.empty() && IsOfficeVocabulary(LeadingWords<1>(name).front())) name.clear();
    }
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

}  // namespace

bool NamesOfficeOnly(const Correspondent& party) {
  if (party.kind != NameKind::kPerson || !party.ref.empty()) return false;
  const std::vector<std::string_view> words = SplitWords(party.name);
  return std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsOfficeWord(w); }) &&
         !EndsInName(words);
}

TitleCorrespondence ReadTitleParties(std::string_view title, const Authority& authority) {
  TitleCorrespondence found;
  // (The title's case is ignored where it is compared, not lowered in a copy.)
  const std::string_view trimmed = TrimWhitespace(title);
  found.is_record = std::any_of(kRecordTitleStarts.begin(), kRecordTitleStarts.end(), [&](std::string_view start) {
    return StartsWithIgnoringAsciiCase(trimmed, start);
  });
  // "Ambassador Puzanov's Conversation with Kim Il Sung", "Zhou Enlai's Talks with ...": a talk
  // someone had, named in the possessive, is recorded, not sent.
  for (std::string_view possessive : {"'s ", "\u2019s "}) {
    const size_t at = FindIgnoringAsciiCase(trimmed, possessive);
    if (found.is_record || at == std::string_view::npos) continue;
    const std::vector<std::string_view> after = SplitWords(trimmed.substr(at + possessive.size()));
    static constexpr std::array<std::string_view, 6> kTalks = {"conversation", "conversations", "talk",
                                                                "talks",        "meeting",       "discussion"};
    found.is_record = after.size() >= 2 &&
                      std::any_of(kTalks.begin(), kTalks.end(),
                                  [&](std::string_view talk) { return EqualsIgnoringAsciiCase(after[0], talk); }) &&
                      (EqualsIgnoringAsciiCase(after[1], "with") || EqualsIgnoringAsciiCase(after[1], "between"));
  }
  if (found.is_record) return found;
  size_t verb_length = 0;
  const size_t verb = MayNameTransmittal(title) ? TransmittalVerbs().Find(title, 0, &verb_length) : std::string_view::npos;
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
