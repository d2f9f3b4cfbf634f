#include "note_classifier.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "date_recognizer.h"
#include "envelope_reader.h"
#include "name_words.h"
#include "diagnostic_catalog.h"
#include "text_util.h"

namespace teipress {
namespace {

std::string Lower(std::string_view text) { return FoldCase(text); }

bool HasNonAsciiLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Words only an English phrase has. The lexicon decides most cases; these keep the decision
// right where no lexicon is installed.
bool IsEnglishFunctionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 80> kWords = {
      "a", "an", "the", "to", "of", "by", "in", "on", "for", "with", "from", "and", "or", "but", "him", "her",
      "me", "us", "them", "his", "its", "their", "our", "my", "your", "yourself", "himself", "themselves", "they",
      "we", "you", "he", "she", "it", "i", "had", "have", "has", "is", "was", "were", "be", "been", "are", "that",
      "this", "these", "those", "which", "who", "whom", "not", "as", "at", "during", "about", "following", "will",
      "would", "should", "there", "than", "also", "could", "can", "may", "must", "shall", "did", "do", "does",
      "so", "then", "too", "still", "already", "again", "after"};
  return std::find(kWords.begin(), kWords.end(), Lower(TrimCharacters(word, ".,;:!?\"'()"))) != kWords.end();
}

// A preposition that opens a phrase: "[to the Americans]", "the Minister [of Economy]".
bool IsPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kPrepositions = {
      "to", "in", "on", "of", "for", "after", "before", "by", "with", "at", "from", "into", "under", "over",
      "during", "about", "against", "between", "without", "within", "through", "via", "towards", "toward"};
  return std::find(kPrepositions.begin(), kPrepositions.end(), Lower(word)) != kPrepositions.end();
}

bool IsLexicalTerm(std::string_view content);

// Letters of a script other than Latin (Cyrillic, Greek, Hebrew, Arabic, Devanagari, Han, Hangul,
// ...): Latin letters with diacritics (U+00C0 to U+024F, U+1E00 to U+1EFF) do not count.
bool HasNonLatinLetters(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    uint32_t code = 0;
    int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + length > text.size()) return false;
    code = length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    const bool latin = (code >= 0xC0 && code <= 0x24F) || (code >= 0x1E00 && code <= 0x1EFF);
    const bool punctuation = (code >= 0x2000 && code <= 0x206F) || code == 0xA0 || code == 0xB7;
    if (!latin && !punctuation && code >= 0x370) return true;
  }
  return false;
}

// English words: most of them function words or words of the lexicon, none with a diacritic
// ("a maselor" is Romanian however "a" reads).
bool IsEnglish(std::string_view phrase, const EnglishLexicon& lexicon) {
  const auto words = SplitWords(phrase);
  if (words.empty() || HasNonAsciiLetter(phrase)) return false;
  if (lexicon.empty()) {
    return std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsEnglishFunctionWord(w); });
  }
  size_t english = 0;
  for (std::string_view raw : words) {
    const std::string_view word = TrimCharacters(raw, ".,;:!?\"'()");
    if (IsEnglishFunctionWord(word) || (IsLexicalTerm(word) && lexicon.IsEnglishPhrase(word))) ++english;
  }
  return english * 2 > words.size() || (words.size() == 1 && english == 1);
}

bool LooksLikeAbbreviation(std::string_view token) {
  int upper = 0, lower = 0;
  for (char c : token) {
    if (IsUpper(c)) ++upper;
    if (IsLower(c)) ++lower;
  }
  // VKP(b), CC, BCP, MVT, HSWP, CPSU: capitals, at most a parenthesized lower-case letter.
  return upper >= 2 && lower <= 1;
}

bool IsCapitalized(std::string_view word) {
  return !word.empty() && (IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0x80);
}

// Letters only, ASCII case-folded; typographic apostrophes and hyphens drop out.
std::string LettersOnly(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (text.substr(i, 3) == "\u2019") {
      i += 2;
      continue;
    }
    if (IsLetterOrNonAscii(c)) out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

// Two spellings of one name in different romanizations (Pak Ung-geol / Pak Ung Gol).
bool AreRomanizationVariants(std::string_view a, std::string_view b) {
  const std::string x = LettersOnly(a), y = LettersOnly(b);
  if (x.empty() || y.empty() || x.size() > 64 || y.size() > 64) return false;
  if (x == y) return true;
  const size_t longest = std::max(x.size(), y.size());
  return EditDistance(x, y) * 10 <= longest * 4;
}

// The last `count` space-separated tokens of `text` when `text` ends with one space (the space
// before the bracket), and where they start.
struct Tail {
  std::string tokens;
  size_t begin = 0;
};

std::optional<Tail> LastTokens(std::string_view text, size_t count) {
  if (text.size() < 2 || text.back() != ' ' || text[text.size() - 2] == ' ') return std::nullopt;
  const size_t end = text.size() - 1;
  size_t begin = end;
  for (size_t found = 0; found < count; ++found) {
    if (found > 0) {
      if (begin < 2 || text[begin - 1] != ' ' || text[begin - 2] == ' ') return std::nullopt;
      --begin;
    }
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
  }
  return Tail{std::string(text.substr(begin, end - begin)), begin};
}

Inline* PrecedingText(Inlines& inlines, size_t index) {
  if (index == 0 || inlines[index - 1].type != Inline::Type::kText) return nullptr;
  return &inlines[index - 1];
}

// Moves `tail` out of the text before note `index` into the note's base.
void Absorb(Inlines& inlines, size_t index, const Tail& tail) {
  Inline& before = inlines[index - 1];
  inlines[index].base = {Inline::Text(tail.tokens, before.position)};
  before.text.erase(tail.begin);
}

template <typename Accept>
bool AbsorbTokens(Inlines& inlines, size_t index, size_t max_tokens, Accept accept) {
  Inline* before = PrecedingText(inlines, index);
  if (!before) return false;
  for (size_t count = max_tokens; count >= 1; --count) {
    auto tail = LastTokens(before->text, count);
    if (tail && accept(tail->tokens)) {
      Absorb(inlines, index, *tail);
      return true;
    }
  }
  return false;
}

bool IsLexicalTerm(std::string_view content) {
  // An original-language term is words: letters, spaces, commas, hyphens, apostrophes, and a
  // dash before an English gloss ("tajne—secret"). Digits or other signs make it something else.
  for (size_t i = 0; i < content.size(); ++i) {
    const char c = content[i];
    if (IsLetterOrNonAscii(c) || c == ' ' || c == ',' || c == '-' || c == '\'' || c == '.') continue;
    return false;
  }
  return !content.empty();
}

}  // namespace

namespace {

// How a phrase of the tables below must occur in a note's lower-cased content.
enum class Occurs : uint8_t { kWhole, kAtStart, kAnywhere };

struct Phrase {
  Occurs occurs;
  std::string_view text;
};

template <size_t N>
bool HasPhrase(std::string_view lower, const std::array<Phrase, N>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const Phrase& phrase) {
    switch (phrase.occurs) {
      case Occurs::kWhole: return lower == phrase.text;
      case Occurs::kAtStart: return StartsWith(lower, phrase.text);
      case Occurs::kAnywhere: return Contains(lower, phrase.text);
    }
    return false;
  });
}

// Whether a word of `lower` starts with one of `stems` ("laugh" finds "laughs", "laughter").
template <size_t N>
bool HasWordStem(const std::vector<std::string_view>& words, const std::array<std::string_view, N>& stems) {
  return std::any_of(words.begin(), words.end(), [&](std::string_view word) {
    const std::string_view bare = TrimCharacters(word, ".,;:!?\"()\u201C\u201D");
    return std::any_of(stems.begin(), stems.end(), [&](std::string_view stem) { return StartsWith(bare, stem); });
  });
}

constexpr std::array<Phrase, 6> kSicNotes = {{
    {Occurs::kWhole, "sic"}, {Occurs::kWhole, "sic!"}, {Occurs::kAtStart, "sic:"}, {Occurs::kAtStart, "sic,"},
    {Occurs::kAtStart, "sic "}, {Occurs::kAtStart, "orthographic mistake"},
}};

constexpr std::array<Phrase, 5> kTranslatorLabels = {{
    {Occurs::kAtStart, "translator's note"}, {Occurs::kAtStart, "translator\u2019s note"},
    {Occurs::kAtStart, "trans. note"}, {Occurs::kAtStart, "translator's comment"},
    {Occurs::kAtStart, "translator note"},
}};

// A label that opens a handwritten note.
constexpr std::array<Phrase, 5> kHandwritingLabels = {{
    {Occurs::kAtStart, "handwrit"}, {Occurs::kAtStart, "note in another hand"}, {Occurs::kAtStart, "in another hand"},
    {Occurs::kAtStart, "marginal note"}, {Occurs::kAtStart, "resolution:"},
}};

// Words anywhere that say the note describes writing by hand: [Minute in manuscript: "..."],
// [The following sentence is inserted by hand: "..."].
constexpr std::array<Phrase, 7> kHandwritingPhrases = {{
    {Occurs::kAnywhere, "by hand"}, {Occurs::kAnywhere, "manuscript"}, {Occurs::kAnywhere, "handwritten"},
    {Occurs::kAnywhere, "handwriting"}, {Occurs::kAnywhere, "in the margin"}, {Occurs::kAnywhere, "'s hand"},
    {Occurs::kAnywhere, "\u2019s hand"},
}};

// A stamp or seal is named among the first words: [stamp: ...], [faded stamp: ...], [round seal
// of the Ministry ...], [MFA Far East Department stamp: ...].
constexpr std::array<std::string_view, 2> kStampWords = {"stamp", "seal"};
constexpr size_t kStampWordWithin = 4;

constexpr std::array<Phrase, 12> kSignatureNotes = {{
    {Occurs::kWhole, "signature"}, {Occurs::kWhole, "sign"}, {Occurs::kWhole, "signed"},
    {Occurs::kWhole, "illegible signature"}, {Occurs::kWhole, "signature illegible"}, {Occurs::kWhole, "signatures"},
    {Occurs::kAtStart, "signature of"}, {Occurs::kWhole, "seal and signature"}, {Occurs::kWhole, "initialled"},
    {Occurs::kWhole, "initialed"}, {Occurs::kWhole, "initials"}, {Occurs::kWhole, "signature and seal"},
}};

// Text the archive or the declassification withheld, in its many wordings.
constexpr std::array<Phrase, 13> kRedactionPhrases = {{
    {Occurs::kAnywhere, "redacted"}, {Occurs::kAnywhere, "blacked out"}, {Occurs::kAnywhere, "withheld"},
    {Occurs::kAnywhere, "not declassified"}, {Occurs::kAnywhere, "excised"}, {Occurs::kAnywhere, "anonymized"},
    {Occurs::kAnywhere, "anonymised"}, {Occurs::kAnywhere, "not released"}, {Occurs::kAnywhere, "sanitized"},
    {Occurs::kAnywhere, "omitted by the archive"}, {Occurs::kAnywhere, "classified information"},
    {Occurs::kAnywhere, "still classified"}, {Occurs::kAnywhere, "removed by the archive"},
}};
// [text deleted], [2 pages deleted], [personal data removed]: short, about the text itself (a word
// the author deleted is an editorial remark about the original).
constexpr std::array<std::string_view, 2> kShortRedactionWords = {"deleted", "removed"};
constexpr size_t kLongestShortRedaction = 6;

// Speech a transcript could not make out.
constexpr std::array<Phrase, 8> kInaudiblePhrases = {{
    {Occurs::kAnywhere, "inaudible"}, {Occurs::kAnywhere, "unintelligible"}, {Occurs::kAnywhere, "not audible"},
    {Occurs::kAnywhere, "cannot be heard"}, {Occurs::kAnywhere, "could not be heard"},
    {Occurs::kAnywhere, "not heard"}, {Occurs::kAnywhere, "unclear on the tape"},
    {Occurs::kAnywhere, "unclear on tape"},
}};
// In a record of speech, "[words unclear]" is speech too, not writing.
constexpr std::string_view kUnclear = "unclear";

constexpr std::array<Phrase, 4> kUnreadablePhrases = {{
    {Occurs::kAnywhere, "illegible"}, {Occurs::kAnywhere, "cannot be read"}, {Occurs::kAnywhere, "unreadable"},
    {Occurs::kAnywhere, "not legible"},
}};
// A short description without a colon that says the text cannot be read is an illegible passage.
constexpr size_t kLongestIllegibleDescription = 8;

// [in English], [continues in French], [switches to Russian]: the speaker changes language.
constexpr std::array<std::string_view, 10> kLanguageChangeStarts = {
    "in ", "continues in ", "continuing in ", "speaks in ", "speaking in ", "switches to ", "switching to ",
    "answers in ", "replies in ", "then in "};
constexpr size_t kLongestLanguageChange = 8;

// Reactions, sounds and actions in a record of speech (word stems): [Laughter.], [Applause],
// [Both speak at the same time.], [The witness hesitates.], [quietly, microphone off].
constexpr std::array<std::string_view, 33> kStageStems = {
    "laugh",   "applau",  "pause",    "silence",  "noise",   "commotion", "whistl", "shout",   "cries",
    "voices",  "murmur",  "movement", "animation", "interrupt", "crosstalk", "hesitat", "sigh",  "cough",
    "smil",    "quietly", "loudly",   "microphone", "stir",   "uproar",    "ovation", "cheer",  "boo",
    "clapping", "nods",   "gestur",   "weep",     "tears",   "ironic"};
constexpr std::array<Phrase, 6> kStagePhrases = {{
    {Occurs::kAnywhere, "at once"}, {Occurs::kAnywhere, "at the same time"}, {Occurs::kAnywhere, "simultaneously"},
    {Occurs::kAnywhere, "from the floor"}, {Occurs::kAnywhere, "in the hall"}, {Occurs::kAnywhere, "in the room"},
}};
constexpr size_t kLongestStageDirection = 12;

constexpr std::array<Phrase, 8> kEditorialRemarks = {{
    {Occurs::kAtStart, "no date"}, {Occurs::kWhole, "no name given"}, {Occurs::kWhole, "undated"},
    {Occurs::kWhole, "excerpts"}, {Occurs::kWhole, "excerpt"}, {Occurs::kAnywhere, "not reproduced"},
    {Occurs::kWhole, "text missing"}, {Occurs::kWhole, "page missing"},
}};

// What an editor says about the source document rather than words of its text: something missing,
// blank or not found, where it breaks off, its pages and copies.
constexpr std::array<Phrase, 21> kSourceRemarks = {{
    {Occurs::kAnywhere, "not found"}, {Occurs::kAnywhere, "missing"}, {Occurs::kAnywhere, "left blank"},
    {Occurs::kAnywhere, "not given"}, {Occurs::kAnywhere, "not indicated"}, {Occurs::kAnywhere, "not filled in"},
    {Occurs::kAnywhere, "not stated"}, {Occurs::kAnywhere, "not named"}, {Occurs::kAnywhere, "unsigned"},
    {Occurs::kAnywhere, "breaks off"}, {Occurs::kAnywhere, "ends here"}, {Occurs::kAnywhere, "end of the document"},
    {Occurs::kAnywhere, "end of document"}, {Occurs::kAnywhere, "end of text"}, {Occurs::kAnywhere, "in the original"},
    {Occurs::kAnywhere, "not in the file"}, {Occurs::kAnywhere, "remainder of"}, {Occurs::kAnywhere, "blank in"},
    {Occurs::kAnywhere, "page blank"}, {Occurs::kAtStart, "no signature"}, {Occurs::kAtStart, "date of dispatch"},
}};

// Editorial remarks that stand for a part of a date the original left blank ("Hanoi, [day left
// blank] March 1966").
constexpr std::array<Phrase, 2> kBlankDateParts = {{
    {Occurs::kWhole, "day left blank"}, {Occurs::kWhole, "date left blank"},
}};

// "MVT [Ministry of Foreign Trade—trans.]": the translator's mark after an expansion.
constexpr std::array<std::string_view, 4> kTranslatorMarks = {"\u2014trans.", "\u2013trans.", "-trans.", "\u2014trans"};

// A descriptor ([stamp and handwriting], [handwriting]) has no colon and few words.
constexpr size_t kLongestDescriptor = 6;

// Words that join a name and are not capitalized: Charles de Gaulle, Ali bin Ali, van der Stoel.
constexpr std::array<std::string_view, 14> kNameParticles = {"de", "da", "del", "della", "der", "van", "von", "bin",
                                                             "ibn", "al", "el", "la", "le", "y"};

bool IsRoleWord(std::string_view word) { return IsOfficeWord(word); }

}  // namespace

bool IsBlankDatePart(std::string_view content) { return HasPhrase(Lower(TrimWhitespace(content)), kBlankDateParts); }

bool IsDescriptorNote(std::string_view content) {
  return content.find(':') == std::string_view::npos && CountWords(content) <= static_cast<int>(kLongestDescriptor);
}

NoteKind KindFromContent(std::string_view raw, bool in_record_of_speech) {
  const std::string_view content = TrimWhitespace(raw);
  const std::string lower = Lower(content);
  if (content.empty()) return NoteKind::kUnclassified;
  if (std::all_of(content.begin(), content.end(), [](char c) { return c == '.' || c == ' '; }) ||
      content == "\u2026") {
    return NoteKind::kOmission;
  }
  if (content.size() <= 3 && std::all_of(content.begin(), content.end(), IsDigit)) return NoteKind::kFootnoteRef;
  if (content == "?" || content == "??") return NoteKind::kUncertain;
  if (HasPhrase(lower, kSicNotes)) return NoteKind::kSic;
  if (HasPhrase(lower, kTranslatorLabels)) return NoteKind::kTranslator;
  const std::vector<std::string_view> words = SplitWords(lower);
  const bool without_colon = content.find(':') == std::string_view::npos;
  if (HasPhrase(lower, kHandwritingLabels)) {
    // [handwriting, illegible, with a date]: what the hand wrote cannot be read.
    if (without_colon && Contains(lower, "illegible")) return NoteKind::kIllegible;
    return NoteKind::kHandwritten;
  }
  if (HasPhrase(lower, kSignatureNotes)) return NoteKind::kSignature;
  const size_t head = std::min(words.size(), kStampWordWithin);
  if (std::any_of(words.begin(), words.begin() + head, [](std::string_view word) {
        return std::any_of(kStampWords.begin(), kStampWords.end(),
                           [&](std::string_view stem) { return StartsWith(word, stem); });
      })) {
    return NoteKind::kStamp;
  }
  if (HasPhrase(lower, kRedactionPhrases)) return NoteKind::kRedaction;
  if (words.size() <= kLongestShortRedaction && HasWordStem(words, kShortRedactionWords) &&
      !Contains(lower, "original") && !Contains(lower, "author")) {
    return NoteKind::kRedaction;
  }
  if (HasPhrase(lower, kInaudiblePhrases) ||
      (in_record_of_speech && without_colon && words.size() <= kLongestIllegibleDescription && Contains(lower, kUnclear))) {
    return NoteKind::kInaudible;
  }
  if (StartsWith(lower, "illegible") ||
      (without_colon && words.size() <= kLongestIllegibleDescription && HasPhrase(lower, kUnreadablePhrases))) {
    return NoteKind::kIllegible;
  }
  if (words.size() <= kLongestLanguageChange) {
    for (std::string_view start : kLanguageChangeStarts) {
      if (!StartsWith(lower, start)) continue;
      // The language is the word after the start: [in English], [in German, smiling].
      const std::string_view rest = std::string_view(lower).substr(start.size());
      const std::string_view language = rest.substr(0, rest.find_first_of(" ,;.:)"));
      if (!LanguageCode(std::string(language)).empty() && !Contains(lower, "original")) return NoteKind::kLanguageChange;
    }
  }
  if (words.size() <= kLongestStageDirection && (HasWordStem(words, kStageStems) || HasPhrase(lower, kStagePhrases))) {
    return NoteKind::kStage;
  }
  if (HasPhrase(lower, kHandwritingPhrases)) return NoteKind::kHandwritten;
  if (HasPhrase(lower, kEditorialRemarks) || HasPhrase(lower, kBlankDateParts) || HasPhrase(lower, kSourceRemarks)) {
    return NoteKind::kEditorial;
  }
  return NoteKind::kUnclassified;
}

namespace {

// Whether `content` reads as a name: one to six capitalized words (initials, hyphenated parts and
// particles such as "de" included), no sentence.
bool IsNameLike(std::string_view content) {
  const std::vector<std::string_view> words = SplitWords(content);
  if (words.empty() || words.size() > 6 || !IsCapitalized(words.front())) return false;
  if (EndsWith(content, ".") && !EndsWith(words.back(), ".") ) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = TrimCharacters(words[k], ",");
    if (word.empty()) return false;
    if (std::any_of(word.begin(), word.end(), IsDigit)) return false;
    if (IsCapitalized(word)) continue;
    if (std::find(kNameParticles.begin(), kNameParticles.end(), word) != kNameParticles.end()) continue;
    if (word == "and" && k > 0 && k + 1 < words.size()) continue;  // [Abram Terts and Nikolai Arzhak]
    return false;
  }
  return true;
}

// The last `count` words before the bracket, lower-cased, without punctuation around them.
std::vector<std::string> WordsBefore(std::string_view text, size_t count) {
  std::vector<std::string> words;
  const std::vector<std::string_view> all = SplitWords(text);
  for (size_t k = all.size(); k > 0 && words.size() < count; --k) {
    words.push_back(FoldCase(TrimCharacters(all[k - 1], ".,;:\"'()\u201C\u201D\u2019")));
  }
  return words;  // nearest first
}

// Whether the letters of `abbreviation` start the words of `expansion` in order: D.O. [demi-official].
bool InitialsMatch(std::string_view abbreviation, std::string_view expansion) {
  std::string initials;
  for (char c : abbreviation) {
    if (IsUpper(c)) initials += static_cast<char>(c - 'A' + 'a');
  }
  std::string starts;
  bool word_start = true;
  for (char c : expansion) {
    if (c == ' ' || c == '-') {
      word_start = true;
      continue;
    }
    if (word_start && IsAsciiLetter(c)) starts += static_cast<char>(IsUpper(c) ? c - 'A' + 'a' : c);
    word_start = false;
  }
  return initials.size() >= 2 && starts.rfind(initials, 0) == 0;
}

class Classifier {
 public:
  Classifier(const NoteContext& context, NotePlace place, std::vector<Diagnostic>& diagnostics)
      : context_(context), place_(place), diagnostics_(diagnostics) {}

  void ClassifyList(Inlines& inlines, bool nested = false) {
    for (size_t i = 0; i < inlines.size(); ++i) {
      if (inlines[i].type == Inline::Type::kNote) ClassifyOne(inlines, i, nested);
    }
  }

 private:
  void ClassifyOne(Inlines& inlines, size_t index, bool nested) {
    Inline& note = inlines[index];
    // [[two names illegible]]: doubled brackets are one note printed twice over.
    if (note.children.size() == 1 && note.children[0].type == Inline::Type::kNote) {
      Inline inner = std::move(note.children[0]);
      note.children = std::move(inner.children);
      note.text = inner.text;
      note.doubled = true;
    }
    ClassifyList(note.children, true);
    const std::string content(TrimWhitespace(note.text));
    const Inline* before = PrecedingText(inlines, index);
    const std::string before_text = before ? before->text : "";
    note.glued = !before_text.empty() && IsLetterOrNonAscii(before_text.back());

    NoteKind kind = KindFromContent(note.text, context_.record_of_speech);
    if (kind == NoteKind::kOmission || kind == NoteKind::kUncertain) {
      note.printed = content;
      note.padded_start = !note.text.empty() && IsAsciiWhitespace(note.text.front());
      note.padded_end = !note.text.empty() && IsAsciiWhitespace(note.text.back());
    }
    if ((kind == NoteKind::kStamp || kind == NoteKind::kHandwritten) && IsDescriptorNote(content)) note.descriptor = true;
    if (kind != NoteKind::kUnclassified) {
      note.note_kind = kind;
      return;
    }
    // What a whole line of its own says, when its words do not settle it: a remark about the
    // source (the editor's), unless it is words the text needs.
    const bool whole_line = place_ == NotePlace::kWholeLine && !nested && inlines.size() == 1;
    note.note_kind = Decide(inlines, index, content, before_text, whole_line);
    Inline& decided = inlines[index];
    if (decided.note_kind == NoteKind::kUnclassified) {
      // The fallback, by the note's shape and place (never "supplied", which claims the words
      // belong to the running text): a whole line, a note in a closer or a capitalized phrase is
      // a remark about the source; a short lower-case phrase inside a sentence is words supplied.
      const bool phrase = CountWords(content) >= 2 && IsCapitalized(content);
      if (whole_line || place_ == NotePlace::kCloser || phrase || CountWords(content) > 6) {
        decided.note_kind = NoteKind::kEditorial;
        decided.doubt = whole_line ? "a line of its own that names no kind: a remark about the source"
                        : place_ == NotePlace::kCloser ? "a note among the closing lines that names no kind"
                                                       : "a phrase that names no kind: a remark of the editor";
      } else {
        decided.note_kind = NoteKind::kUnclassified;
      }
    }
    if (decided.note_kind == NoteKind::kUnclassified) {
      diagnostics_.push_back({context_.file_name, decided.position.line, decided.position.column, Severity::kWarning,
                              "cannot tell what kind of editorial note '[" + content.substr(0, 60) +
                                  "]' is; encoded as an unclassified editorial note. Check it and set note/@type",
                              rules::kConvertUnclassifiedNote});
    } else if (decided.doubt) {
      diagnostics_.push_back({context_.file_name, decided.position.line, decided.position.column, Severity::kNote,
                              "'[" + content.substr(0, 60) + "]' encoded as " + NoteKindName(decided.note_kind) +
                                  " (" + decided.doubt + "); check the kind",
                              rules::kConvertDoubtfulNote});
    }
  }

  NoteKind Doubtful(Inlines& inlines, size_t index, NoteKind kind, const char* reason) {
    inlines[index].doubt = reason;
    return kind;
  }

  NoteKind Decide(Inlines& inlines, size_t index, const std::string& content, const std::string& before_text,
                  bool whole_line) {
    const Authority* authority = context_.authority;
    const bool glued = inlines[index].glued;
    const std::vector<std::string_view> words = SplitWords(content);
    const std::vector<std::string> previous = WordsBefore(before_text, 6);
    const std::string last_word = previous.empty() ? "" : previous.front();
    const bool after_role = !previous.empty() && IsRoleWord(last_word);

    // G[eorge], V[ice]-Minister, D[epartment]: letters completing the word they are glued to.
    if (glued && IsLower(content[0]) && words.size() <= 2) return NoteKind::kSuppliedInWord;

    // "Mao [Zedong]": the bracket completes the name before it.
    if (authority && !glued && words.size() <= 3) {
      const auto last = LastTokens(before_text, 1);
      if (last && IsCapitalized(last->tokens) && IsCapitalized(content) && authority->Lookup(last->tokens + " " + content)) {
        return NoteKind::kSupplied;
      }
    }
    // Names: a pseudonym identified, or the same name in another romanization.
    std::optional<NameMatch> identified;
    if (authority && !glued) identified = authority->Lookup(content);
    if (identified) {
      NoteKind decided = NoteKind::kUnclassified;
      AbsorbTokens(inlines, index, 3, [&](const std::string& tokens) {
        const auto known = authority->Lookup(tokens);
        if (!known || known->entry != identified->entry) return false;
        if (known->is_pseudonym) {
          decided = NoteKind::kPseudonym;
        } else if (AreRomanizationVariants(tokens, content)) {
          decided = NoteKind::kAltRomanization;
        } else {
          return false;  // Otpor [Zabaikalsk]: another name of the same place identifies it
        }
        inlines[index].base_ref = known->entry->id;
        inlines[index].base_kind = known->entry->kind;
        return true;
      });
      if (decided != NoteKind::kUnclassified) return decided;
    }

    // VKP(b) [Central Committee, ...], MVT [Ministry of Foreign Trade—trans.], IM [unofficial
    // collaborator], D.O. [demi-official]: the abbreviation right before the bracket, spelled out.
    std::string expansion = content;
    bool by_translator = false;
    for (std::string_view mark : kTranslatorMarks) {
      if (EndsWith(expansion, mark)) {
        expansion.resize(expansion.size() - mark.size());
        by_translator = true;
        break;
      }
    }

    // A statement by the editor: a sentence.
    if (!by_translator && words.size() >= 4 && IsCapitalized(words.front()) &&
        (EndsWith(content, ".") || EndsWith(content, ".\""))) {
      return NoteKind::kEditorial;
    }
    // Words of another script are the original's: [Родопа], [עלילת הרופאים].
    if (HasNonLatinLetters(content) && !identified) return OriginalTerm(inlines[index]);

    // An office or role that identifies the person just named: "Comrade Li [Deputy Premier]",
    // "HOANG TUNG [editor of Nhan Dan]", "[head of the Japan group]" (a phrase it heads, not one
    // that merely mentions it: "[for a meeting with the Soviet Ambassador]").
    const size_t role_head = std::min<size_t>(words.size(), 3);
    const bool role_content = !words.empty() && !IsPreposition(words.front()) && !IsEnglishFunctionWord(words.front()) &&
                              std::any_of(words.begin(), words.begin() + static_cast<long>(role_head),
                                          [](std::string_view w) { return IsRoleWord(w); });
    if (role_content && !by_translator && !EndsWith(content, ".")) return NoteKind::kIdentification;

    // "[Durzhavna sigurnost—State Security]": the original's words and their translation.
    const std::string spelled = expansion.substr(0, expansion.find("\u2014"));
    if (!glued && !spelled.empty() && !IsDateOrDatePart(spelled) &&
        AbsorbTokens(inlines, index, 1, [&](const std::string& token) {
          return LooksLikeAbbreviation(token) && (SplitWords(spelled).size() >= 2 || InitialsMatch(token, spelled));
        })) {
      inlines[index].by_translator = by_translator;
      if (by_translator) TrimChildrenSuffix(inlines[index].children, content.size() - expansion.size());
      return NoteKind::kExpansion;
    }
    if (by_translator) return NoteKind::kTranslator;

    // "Ben Bella [Ahmed Ben Bella]", "Comrade Kang [Kang Sheng]": the fuller name of the one named.
    if (IsNameLike(content) && !previous.empty() && IsCapitalizedWordBefore(before_text)) {
      const std::string folded = " " + FoldCase(content) + " ";
      if (Contains(folded, " " + last_word + " ") && folded != " " + last_word + " ") return NoteKind::kIdentification;
    }

    if (identified) {
      // Çu En Lai [Zhou Enlai]: a known name after its spelling in another romanization.
      const bool variant = AbsorbTokens(inlines, index, words.size() + 1, [&](const std::string& tokens) {
        return SplitWords(tokens).size() + 1 >= words.size() && AreRomanizationVariants(tokens, content) &&
               IsCapitalized(tokens);
      });
      if (variant) {
        inlines[index].base_ref = identified->entry->id;
        inlines[index].base_kind = identified->entry->kind;
        return NoteKind::kAltRomanization;
      }
      const auto last = LastTokens(before_text, 1);
      // "Mao [Zedong]": the bracket completes a name.
      if (last && authority->Lookup(last->tokens + " " + content)) return NoteKind::kSupplied;
      // "to [Kanggye]": a name the sentence needs.
      if (last && !last->tokens.empty() && IsLower(last->tokens[0]) && !after_role) return NoteKind::kSupplied;
      return NoteKind::kIdentification;
    }

    // [15 August], 2 [May], 12 October [1958], [July 29, 1957]: a date or a part of one supplied.
    if (IsDateOrDatePart(content)) return NoteKind::kSuppliedDate;

    // Pak Ung-geol [Pak Ung Gol], chuch’e [juche]: the same name in another romanization (a
    // lower-case word only after a word that is not English: "the militia [milicianos]" is a term).
    const EnglishLexicon& lexicon = context_.lexicon ? *context_.lexicon : EnglishLexicon::System();
    const bool capitalized = std::all_of(words.begin(), words.end(), [](std::string_view w) { return IsCapitalized(w); });
    if (!glued && words.size() <= 4 && (capitalized || words.size() == 1)) {
      const bool variant = AbsorbTokens(inlines, index, words.size() + 1, [&](const std::string& tokens) {
        if (!IsCapitalized(tokens) && !lexicon.empty() && lexicon.IsEnglishPhrase(tokens)) return false;
        return SplitWords(tokens).size() + 1 >= words.size() && AreRomanizationVariants(tokens, content) &&
               IsCapitalized(tokens) == IsCapitalized(content);
      });
      if (variant) return NoteKind::kAltRomanization;
    }

    // "Deputy Minister [Nikolai] Fedorenko": a first name supplied inside the name.
    const Inline* after = index + 1 < inlines.size() && inlines[index + 1].type == Inline::Type::kText
                              ? &inlines[index + 1]
                              : nullptr;
    if (words.size() == 1 && IsNameLike(content) && after && after->text.size() > 1 && after->text[0] == ' ' &&
        IsUpper(after->text[1])) {
      return NoteKind::kSupplied;
    }

    // A person after an office: "the Ambassador [Puzanov]".
    if (after_role && IsNameLike(content)) return NoteKind::kIdentification;

    const bool english = IsEnglish(content, lexicon) && !LooksLikeAbbreviation(content);
    // A name of a person or an organization that the authority does not know: after an English
    // organization's name it is the original's name of it; otherwise it identifies.
    const bool after_organization =
        std::any_of(previous.begin(), previous.end(), [](const std::string& w) {
          return IsOrganizationWord(w);
        });
    if (!english && IsNameLike(content) && words.size() >= 2) {
      // "[Liaoning province]": a name with an English word in it identifies.
      const bool english_word = !lexicon.empty() && std::any_of(words.begin(), words.end(), [&](std::string_view w) {
        return IsLower(w[0]) && !IsEnglishFunctionWord(w) && lexicon.Contains(w);
      });
      if (after_organization && !english_word) {
        return Doubtful(inlines, index, OriginalTerm(inlines[index]),
                        "a foreign name after an organization's English name: its name in the original");
      }
      return Doubtful(inlines, index, NoteKind::kIdentification, "a name the authority does not know");
    }
    if (english) return DecideEnglish(inlines, index, content, before_text, previous, whole_line, lexicon);
    if (IsLexicalTerm(content) || HasNonAsciiLetter(content) || Contains(content, "\u2014")) {
      // A single capitalized word after an office ("Colonel General of Aviation [Kadomtsev]") is a
      // person.
      const size_t near = std::min<size_t>(previous.size(), 4);
      const bool role_nearby = std::any_of(previous.begin(), previous.begin() + static_cast<long>(near),
                                           [](const std::string& w) { return IsRoleWord(w); });
      if (role_nearby && IsCapitalized(content) && !after_organization) return NoteKind::kIdentification;
      if (IsCapitalized(content) && words.size() == 1 && !after_organization && !previous.empty() &&
          !lexicon.empty() && !lexicon.Contains(last_word) && IsCapitalizedWordBefore(before_text)) {
        return Doubtful(inlines, index, NoteKind::kIdentification, "a name after another name");
      }
      return OriginalTerm(inlines[index]);
    }
    // "[the \"Polish October\"]": a quoted name after "the" says what was meant.
    if (words.size() >= 2 && Lower(words.front()) == "the" &&
        (StartsWith(words[1], "\"") || StartsWith(words[1], "\u201C")) &&
        IsCapitalized(TrimCharacters(words[1], "\"\u201C"))) {
      return NoteKind::kIdentification;
    }
    return NoteKind::kUnclassified;
  }

  // English words: what they do in the sentence decides (the fallback is never blindly
  // "supplied"). At a sentence's start, prepositional phrases and function words after a common word
  // are words the sentence needs; after a name or a title, or as a noun phrase after a noun, they
  // say who or what was meant.
  NoteKind DecideEnglish(Inlines& inlines, size_t index, const std::string& content, const std::string& before_text,
                         const std::vector<std::string>& previous, bool whole_line, const EnglishLexicon& lexicon) {
    const std::vector<std::string_view> words = SplitWords(content);
    const std::string first(Lower(TrimCharacters(words.front(), "\"'(\u201C")));
    const bool after_name = IsCapitalizedWordBefore(before_text) && !SentenceStartsAt(before_text);
    const std::string last_word = previous.empty() ? "" : previous.front();
    const bool after_function_word = !previous.empty() && IsEnglishFunctionWord(last_word);
    const bool capitalized = std::all_of(words.begin(), words.end(), [](std::string_view w) {
      return IsCapitalized(w) || IsEnglishFunctionWord(w);
    }) && IsCapitalized(words.front());

    if (whole_line) return Doubtful(inlines, index, NoteKind::kEditorial, "English words on a line of their own");
    // "[The ambassador] told me": the subject a sentence needs.
    if (SentenceStartsAt(before_text)) return NoteKind::kSupplied;
    // aimags [provinces], sum [district]: a noun after a foreign (or any content) word glosses it.
    const auto last = LastTokens(before_text, 1);
    const bool after_foreign_word = last && IsLexicalTerm(last->tokens) && !IsEnglish(last->tokens, lexicon) &&
                                    !LooksLikeAbbreviation(last->tokens);
    if (after_foreign_word && (IsLower(last->tokens[0]) || capitalized)) return NoteKind::kIdentification;
    // "[to the Americans]", "[of coal]": a phrase the sentence needs; "the Minister [of Economy]",
    // "Playa Girón [on the Bay of Pigs]": after a name it says which.
    if (IsPreposition(first)) {
      if (after_name) return Doubtful(inlines, index, NoteKind::kIdentification, "a phrase after a name says which");
      return NoteKind::kSupplied;
    }
    // "my Soviet colleague [the Soviet ambassador]", "Pueblo [a US Navy intelligence-gathering ship]":
    // a noun phrase after a noun or name says who or what; "[the]" or "[the text of]" are words the
    // sentence needs.
    const bool ends_in_function_word = IsEnglishFunctionWord(words.back());
    if ((first == "the" && words.size() >= 2 && !ends_in_function_word && !after_function_word) ||
        ((first == "a" || first == "an") && words.size() >= 3 && after_name)) {
      return NoteKind::kIdentification;
    }
    if (IsEnglishFunctionWord(first) || after_function_word) return NoteKind::kSupplied;
    // A capitalized name ("Northern Region [Syria]", "Mr. K.'s [Khrushchev's]").
    if (capitalized) {
      return Doubtful(inlines, index, NoteKind::kIdentification,
                      after_name ? "a name after a name" : "a capitalized English name after a word");
    }
    // "sum [district]": one noun after a noun glosses it.
    if (words.size() == 1 && !previous.empty() && !lexicon.empty() && lexicon.Contains(last_word) &&
        IsLower(before_text.empty() ? 'a' : TrimWhitespace(before_text).back())) {
      return Doubtful(inlines, index, NoteKind::kIdentification, "one noun after a noun: a gloss");
    }
    return NoteKind::kSupplied;
  }

  // Whether a bracket after `before_text` starts a sentence: nothing before it, or a full stop,
  // question or exclamation mark, or colon before it.
  static bool SentenceStartsAt(std::string_view before_text) {
    const std::string_view trimmed = TrimCharacters(TrimWhitespace(before_text), "\"\u201C'(");
    if (trimmed.empty()) return true;
    const char last = trimmed.back();
    if (last == '!' || last == '?' || last == ':') return true;
    if (last != '.') return false;
    // "Dr. [Reuss]", "A. [Orlov]", "No. [412]": a short abbreviation, not a sentence's end.
    const size_t space = trimmed.find_last_of(" \n");
    const std::string_view word = trimmed.substr(space == std::string_view::npos ? 0 : space + 1);
    return word.size() > 4;
  }

  static bool IsCapitalizedWordBefore(std::string_view before_text) {
    const std::vector<std::string_view> all = SplitWords(before_text);
    return !all.empty() && IsCapitalized(TrimCharacters(all.back(), "\"'(\u201C"));
  }

  NoteKind OriginalTerm(Inline& note) {
    const std::string content(TrimWhitespace(note.text));
    if (!context_.language_code.empty()) {
      static constexpr std::array<std::string_view, 12> kNonLatinScripts = {"ru", "bg", "zh", "ja", "ko", "mn",
                                                                            "uk", "be", "sr", "mk", "el", "ka"};
      const bool transliterated = std::find(kNonLatinScripts.begin(), kNonLatinScripts.end(),
                                            context_.language_code) != kNonLatinScripts.end() &&
                                  !HasNonAsciiLetter(content);
      note.language = context_.language_code + (transliterated ? "-Latn" : "");
    }
    return NoteKind::kOriginalTerm;
  }

  // Removes `count` bytes from the end of the note's parsed content ("—trans.").
  static void TrimChildrenSuffix(Inlines& children, size_t count) {
    while (count > 0 && !children.empty() && children.back().type == Inline::Type::kText) {
      std::string& text = children.back().text;
      const size_t cut = std::min(count, text.size());
      text.erase(text.size() - cut);
      count -= cut;
      if (text.empty()) children.pop_back();
    }
  }

  const NoteContext& context_;
  NotePlace place_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

void ClassifyNotes(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics, NotePlace place) {
  Classifier(context, place, diagnostics).ClassifyList(inlines);
}

const char* NoteKindName(NoteKind kind) {
  switch (kind) {
    case NoteKind::kPseudonym: return "pseudonym";
    case NoteKind::kIdentification: return "identification";
    case NoteKind::kAltRomanization: return "alt-romanization";
    case NoteKind::kSupplied: return "supplied";
    case NoteKind::kSuppliedInWord: return "supplied-in-word";
    case NoteKind::kSuppliedDate: return "supplied-date";
    case NoteKind::kInaudible: return "inaudible";
    case NoteKind::kLanguageChange: return "language-change";
    case NoteKind::kExpansion: return "expansion";
    case NoteKind::kOriginalTerm: return "original-term";
    case NoteKind::kEditorial: return "editorial";
    case NoteKind::kTranslator: return "translator";
    case NoteKind::kOmission: return "omission";
    case NoteKind::kIllegible: return "illegible";
    case NoteKind::kSic: return "sic";
    case NoteKind::kUncertain: return "uncertain";
    case NoteKind::kStamp: return "stamp";
    case NoteKind::kHandwritten: return "handwritten";
    case NoteKind::kSignature: return "signature";
    case NoteKind::kRedaction: return "redaction";
    case NoteKind::kStage: return "stage";
    case NoteKind::kFootnoteRef: return "footnote-ref";
    case NoteKind::kUnclassified: return "unclassified";
  }
  return "unclassified";
}

}  // namespace teipress
