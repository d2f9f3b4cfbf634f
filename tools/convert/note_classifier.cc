#include "note_classifier.h"

#include <algorithm>
#include <functional>
#include <array>
#include <optional>
#include <span>
#include <string_view>

#include "byte_set.h"
#include "date_recognizer.h"
#include "envelope_reader.h"
#include "leading_words.h"
#include "name_words.h"
#include "note_text.h"
#include "phrase_finder.h"
#include "romanization.h"
#include "word_set.h"
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
// The signs around a word that the English word tests do not read (a table: asked of every word).
constexpr ByteSet kSignsAroundEnglishWord(".,;:!?\"'()");

bool IsEnglishFunctionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 80> kWords = {
      "a", "an", "the", "to", "of", "by", "in", "on", "for", "with", "from", "and", "or", "but", "him", "her",
      "me", "us", "them", "his", "its", "their", "our", "my", "your", "yourself", "himself", "themselves", "they",
      "we", "you", "he", "she", "it", "i", "had", "have", "has", "is", "was", "were", "be", "been", "are", "that",
      "this", "these", "those", "which", "who", "whom", "not", "as", "at", "during", "about", "following", "will",
      "would", "should", "there", "than", "also", "could", "can", "may", "must", "shall", "did", "do", "does",
      "so", "then", "too", "still", "already", "again", "after"};
  // A WordSet: the classifier asks this of every word of many notes, and a search of all eighty
  // cost some two hundred instructions a word. (It lowers ASCII capitals only; FoldCase never
  // folds a byte outside ASCII into ASCII, so a word with one is none of these either way.)
  static const WordSet kFunctionWords(kWords);
  return kFunctionWords.Contains(kSignsAroundEnglishWord.Trim(word));
}

// A preposition that opens a phrase: "[to the Americans]", "the Minister [of Economy]".
bool IsPreposition(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kPrepositions = {
      "to", "in", "on", "of", "for", "after", "before", "by", "with", "at", "from", "into", "under", "over",
      "during", "about", "against", "between", "without", "within", "through", "via", "towards", "toward"};
  static const WordSet kPrepositionWords(kPrepositions);
  return kPrepositionWords.Contains(word);
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
bool IsEnglish(std::string_view phrase, std::span<const std::string_view> words, const EnglishLexicon& lexicon) {
  if (words.empty() || HasNonAsciiLetter(phrase)) return false;
  if (lexicon.empty()) {
    return std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsEnglishFunctionWord(w); });
  }
  size_t english = 0;
  for (std::string_view raw : words) {
    const std::string_view word = kSignsAroundEnglishWord.Trim(raw);
    if (IsEnglishFunctionWord(word) || (IsLexicalTerm(word) && lexicon.IsEnglishPhrase(word))) ++english;
  }
  return english * 2 > words.size() || (words.size() == 1 && english == 1);
}

bool IsEnglish(std::string_view phrase, const EnglishLexicon& lexicon) {
  const std::vector<std::string_view> words = SplitWords(phrase);
  return IsEnglish(phrase, words, lexicon);
}

// Whether `text` starts with a lower-case letter, in Latin (with diacritics), Greek or Cyrillic:
// R[ákosi] completes a word as G[eorge] does.
bool StartsLowerCase(std::string_view text) {
  const uint32_t code = FirstCodePoint(text);
  if (code < 0x80) return IsLower(static_cast<char>(code));
  if (code >= 0xDF && code <= 0xFF) return code != 0xF7;
  if (code >= 0x100 && code <= 0x17F) return (code % 2 == 1) != (code >= 0x139 && code <= 0x148);
  if (code >= 0x3AC && code <= 0x3CE) return true;
  if (code >= 0x430 && code <= 0x45F) return true;
  return false;
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

// The last `count` space-separated tokens of `text` when `text` ends with one space (the space
// before the bracket), and where they start. A view of the text asked (about 5,500 tails a pass
// over the exports were copied before), valid while that text is unchanged.
struct Tail {
  std::string_view tokens;
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
  return Tail{text.substr(begin, end - begin), begin};
}

Inline* PrecedingText(Inlines& inlines, size_t index) {
  if (index == 0 || inlines[index - 1].type != Inline::Type::kText) return nullptr;
  return &inlines[index - 1];
}

// Moves `tail` out of the text before note `index` into the note's base.
void Absorb(Inlines& inlines, size_t index, const Tail& tail) {
  Inline& before = inlines[index - 1];
  inlines[index].base = {Inline::Text(std::string(tail.tokens), before.position)};
  before.text.erase(tail.begin);
}

// "West Irian [Irian Barat]", "Imre Nagy [Nagy Imre]": as many capitalized words as the name before
// it, sharing a word in another place: the same name in the original language's word order, not a
// fuller name ("Comrade Kang [Kang Sheng]" has a title; "J. K. Paasikivi" keeps the shared word last).
// (`after` is the content's words, split once for the note.)
bool IsReorderedName(std::string_view tokens, std::span<const std::string_view> after) {
  // (Counted before they are split: most pairs asked about differ in their number of words.)
  const int count = CountWords(tokens);
  if (static_cast<size_t>(count) != after.size() || count < 2 || count > 3) return false;
  const LeadingWords<3> before(tokens);
  // (Letters only: "Recorder: Wang [Wang Youping]" labels a fuller name.)
  for (std::string_view word : before) {
    if (!IsCapitalized(word) || word.find_first_of(":;,.()\"[]") != std::string_view::npos) return false;
  }
  for (std::string_view word : after) {
    if (!IsCapitalized(word) || EndsWith(word, ".")) return false;
  }
  // The shared word before the word tables: most pairs share none. (Each word's letters made once.)
  std::array<std::string, 3> before_letters, after_letters;
  for (size_t k = 0; k < before.size(); ++k) {
    before_letters[k] = LettersOnly(before[k]);
    after_letters[k] = LettersOnly(after[k]);
  }
  bool shared = false;
  for (size_t i = 0; i < before.size() && !shared; ++i) {
    for (size_t j = 0; j < after.size() && !shared; ++j) {
      shared = i != j && before_letters[i] == after_letters[j] && before_letters[i].size() >= 3;
    }
  }
  return shared && std::none_of(before.begin(), before.end(), [](std::string_view word) {
    return IsPersonTitle(word) || IsOfficeWord(word) || IsOrganizationWord(word);
  });
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

// The groups of the classifier's PhraseFinders. A table of phrases is one group, found for all its
// phrases at once (NoteWords): those at the note's start or the whole note in one look, those
// anywhere in one pass over the note; so is each single phrase KindFromContent searches for.
enum class Phrases : unsigned {
  kSic, kEditorLabel, kTranslatorLabel, kHandwritingLabel, kSignatureNote, kDeletionMark, kBlankDatePart,
  kRestOfTheSource, kHandwriting, kRedaction, kInaudible, kUnreadable, kStage, kEditorialRemark,
  kSourceRemark, kPerceptionFailure, kByHand, kIllegible, kOriginal, kAuthor, kUnclear, kInTheOriginal,
  kInOriginal, kNoSignature, kLanguageChangeStart,
};
// A table of word stems is one group, found for all its stems in one look at each word.
enum class Stems : unsigned {
  kSignatureWord, kSignature, kNoSignature, kShortRedaction, kIndistinct, kUnreadableUnit, kSourcePart,
  kSourceEvent, kStage,
};

constexpr uint64_t Bit(Phrases group) { return uint64_t{1} << static_cast<unsigned>(group); }
constexpr uint64_t Bit(Stems group) { return uint64_t{1} << static_cast<unsigned>(group); }

// A table of phrases: its group answers them all. (A new table is listed in NotePhrases(), a new
// stem table in WordStems(): a table missing there is never found.)
template <size_t N>
struct PhraseTable {
  Phrases group;
  std::array<Phrase, N> phrases;
};

// Stems a word of the note starts with ("laugh" finds "laughs", "laughter").
template <size_t N>
struct StemTable {
  Stems group;
  std::array<std::string_view, N> stems;
};

constexpr PhraseTable<10> kSicNotes = {Phrases::kSic, {{
    {Occurs::kWhole, "sic"}, {Occurs::kWhole, "sic!"}, {Occurs::kAtStart, "sic:"}, {Occurs::kAtStart, "sic,"},
    {Occurs::kAtStart, "sic "}, {Occurs::kAtStart, "orthographic mistake"}, {Occurs::kAtStart, "as in original"},
    {Occurs::kAtStart, "as in the original"}, {Occurs::kAtStart, "so in original"},
    {Occurs::kAtStart, "so in the original"},
}}};

// Labels of the editor's own notes: [Ed. note: ...], [Editor's note: ...], [Note by the editor: ...].
constexpr PhraseTable<6> kEditorLabels = {Phrases::kEditorLabel, {{
    {Occurs::kAtStart, "ed. note"}, {Occurs::kAtStart, "editor's note"}, {Occurs::kAtStart, "editor\u2019s note"},
    {Occurs::kAtStart, "editorial note"}, {Occurs::kAtStart, "note by the editor"}, {Occurs::kAtStart, "eds. note"},
}}};

constexpr PhraseTable<5> kTranslatorLabels = {Phrases::kTranslatorLabel, {{
    {Occurs::kAtStart, "translator's note"}, {Occurs::kAtStart, "translator\u2019s note"},
    {Occurs::kAtStart, "trans. note"}, {Occurs::kAtStart, "translator's comment"},
    {Occurs::kAtStart, "translator note"},
}}};

// A label that opens a handwritten note.
constexpr PhraseTable<5> kHandwritingLabels = {Phrases::kHandwritingLabel, {{
    {Occurs::kAtStart, "handwrit"}, {Occurs::kAtStart, "note in another hand"}, {Occurs::kAtStart, "in another hand"},
    {Occurs::kAtStart, "marginal note"}, {Occurs::kAtStart, "resolution:"},
}}};

// Words anywhere that say the note describes writing by hand: [Minute in manuscript: "..."],
// [The following sentence is inserted by hand: "..."].
constexpr PhraseTable<7> kHandwritingPhrases = {Phrases::kHandwriting, {{
    {Occurs::kAnywhere, "by hand"}, {Occurs::kAnywhere, "manuscript"}, {Occurs::kAnywhere, "handwritten"},
    {Occurs::kAnywhere, "handwriting"}, {Occurs::kAnywhere, "in the margin"}, {Occurs::kAnywhere, "'s hand"},
    {Occurs::kAnywhere, "\u2019s hand"},
}}};

// A stamp or seal is named among the first words: [stamp: ...], [faded stamp: ...], [round seal
// of the Ministry ...], [MFA Far East Department stamp: ...].
constexpr std::array<std::string_view, 2> kStampWords = {"stamp", "seal"};
constexpr size_t kStampWordWithin = 4;
// The bytes a stamp word starts with: most words start with none, and are compared with no stem.
constexpr std::array<bool, 256> kStampWordStarts = [] {
  std::array<bool, 256> starts{};
  for (std::string_view stem : kStampWords) starts[static_cast<unsigned char>(stem.front())] = true;
  return starts;
}();

constexpr PhraseTable<13> kSignatureNotes = {Phrases::kSignatureNote, {{
    {Occurs::kWhole, "signature"}, {Occurs::kWhole, "sign"}, {Occurs::kWhole, "signed"}, {Occurs::kAtStart, "signatures of"},
    {Occurs::kWhole, "illegible signature"}, {Occurs::kWhole, "signature illegible"}, {Occurs::kWhole, "signatures"},
    {Occurs::kAtStart, "signature of"}, {Occurs::kWhole, "seal and signature"}, {Occurs::kWhole, "initialled"},
    {Occurs::kWhole, "initialed"}, {Occurs::kWhole, "initials"}, {Occurs::kWhole, "signature and seal"},
}}};

constexpr StemTable<6> kSignatureStems = {Stems::kSignature, {"signature", "sgd", "initials", "signatories", "paraph",
                                                             "autograph"}};
constexpr StemTable<3> kNoSignatureStems = {Stems::kNoSignature, {"unsigned", "not", "without"}};
constexpr size_t kLongestSignatureNote = 5;

// Text the archive or the declassification withheld, in its many wordings.
constexpr PhraseTable<13> kRedactionPhrases = {Phrases::kRedaction, {{
    {Occurs::kAnywhere, "redacted"}, {Occurs::kAnywhere, "blacked out"}, {Occurs::kAnywhere, "withheld"},
    {Occurs::kAnywhere, "not declassified"}, {Occurs::kAnywhere, "excised"}, {Occurs::kAnywhere, "anonymized"},
    {Occurs::kAnywhere, "anonymised"}, {Occurs::kAnywhere, "not released"}, {Occurs::kAnywhere, "sanitized"},
    {Occurs::kAnywhere, "omitted by the archive"}, {Occurs::kAnywhere, "classified information"},
    {Occurs::kAnywhere, "still classified"}, {Occurs::kAnywhere, "removed by the archive"},
}}};
// [text deleted], [2 pages deleted], [personal data removed]: short, about the text itself (a word
// the author deleted is an editorial remark about the original).
constexpr StemTable<2> kShortRedactionWords = {Stems::kShortRedaction, {"deleted", "removed"}};
constexpr size_t kLongestShortRedaction = 6;

// Speech a transcript could not make out.
constexpr PhraseTable<8> kInaudiblePhrases = {Phrases::kInaudible, {{
    {Occurs::kAnywhere, "inaudible"}, {Occurs::kAnywhere, "unintelligible"}, {Occurs::kAnywhere, "not audible"},
    {Occurs::kAnywhere, "cannot be heard"}, {Occurs::kAnywhere, "could not be heard"},
    {Occurs::kAnywhere, "not heard"}, {Occurs::kAnywhere, "unclear on the tape"},
    {Occurs::kAnywhere, "unclear on tape"},
}}};
// In a record of speech, words that someone failed to perceive: [words not caught by the
// stenographer], [a remark nobody understood], [sentence not picked up by the microphone].
constexpr std::array<std::string_view, 7> kPerceptionFailures = {"not caught", "not heard", "not understood",
                                                                 "not picked up", "not made out", "not captured",
                                                                 "nobody understood"};
// In a record of speech, "[words unclear]", "[indistinct]", "[garbled]" are speech too, not writing;
// elsewhere the same words say that writing cannot be read.
// What an unreadable stretch is counted in: [two words unclear], [one line unclear].
constexpr StemTable<6> kUnreadableUnits = {Stems::kUnreadableUnit, {"word", "line", "letter", "character", "name", "passage"}};
bool IsNumberWord(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kNumbers = {"one", "two", "three", "four", "five",
                                                              "several", "a", "few", "some"};
  return std::find(kNumbers.begin(), kNumbers.end(), word) != kNumbers.end();
}
constexpr StemTable<6> kIndistinctStems = {Stems::kIndistinct, {"unclear", "indistinct", "garbled", "muffled",
                                                              "incomprehensib", "drowned"}};

// (Writing the source lost: [text faded], [several words washed out], [two lines smudged].)
constexpr PhraseTable<12> kUnreadablePhrases = {Phrases::kUnreadable, {{
    {Occurs::kAnywhere, "illegible"}, {Occurs::kAnywhere, "cannot be read"}, {Occurs::kAnywhere, "unreadable"},
    {Occurs::kAnywhere, "not legible"}, {Occurs::kAnywhere, "indecipherable"}, {Occurs::kAnywhere, "undecipherable"},
    {Occurs::kAnywhere, "faded"}, {Occurs::kAnywhere, "washed out"}, {Occurs::kAnywhere, "smudged"},
    {Occurs::kAnywhere, "obliterated"}, {Occurs::kAnywhere, "effaced"}, {Occurs::kAnywhere, "blurred"},
}}};
// A short description without a colon that says the text cannot be read is an illegible passage.
constexpr size_t kLongestIllegibleDescription = 8;

// [in English], [continues in French], [switches to Russian]: the speaker changes language.
constexpr std::array<std::string_view, 10> kLanguageChangeStarts = {
    "in ", "continues in ", "continuing in ", "speaks in ", "speaking in ", "switches to ", "switching to ",
    "answers in ", "replies in ", "then in "};
constexpr size_t kLongestLanguageChange = 8;

// Reactions, sounds and actions in a record of speech (word stems): [Laughter.], [Applause],
// [Both speak at the same time.], [The witness hesitates.], [quietly, microphone off].
constexpr StemTable<33> kStageStems = {Stems::kStage, {
    "laugh",   "applau",  "pause",    "silence",  "noise",   "commotion", "whistl", "shout",   "cries",
    "voices",  "murmur",  "movement", "animation", "interrupt", "crosstalk", "hesitat", "sigh",  "cough",
    "smil",    "quietly", "loudly",   "microphone", "stir",   "uproar",    "ovation", "cheer",  "boo",
    "clapping", "nods",   "gestur",   "weep",     "tears",   "ironic"}};
constexpr PhraseTable<6> kStagePhrases = {Phrases::kStage, {{
    {Occurs::kAnywhere, "at once"}, {Occurs::kAnywhere, "at the same time"}, {Occurs::kAnywhere, "simultaneously"},
    {Occurs::kAnywhere, "from the floor"}, {Occurs::kAnywhere, "in the hall"}, {Occurs::kAnywhere, "in the room"},
}}};
constexpr size_t kLongestStageDirection = 12;

constexpr PhraseTable<8> kEditorialRemarks = {Phrases::kEditorialRemark, {{
    {Occurs::kAtStart, "no date"}, {Occurs::kWhole, "no name given"}, {Occurs::kWhole, "undated"},
    {Occurs::kWhole, "excerpts"}, {Occurs::kWhole, "excerpt"}, {Occurs::kAnywhere, "not reproduced"},
    {Occurs::kWhole, "text missing"}, {Occurs::kWhole, "page missing"},
}}};

// What an editor says about the source document rather than words of its text: something missing,
// blank or not found, where it breaks off, its pages and copies.
constexpr PhraseTable<25> kSourceRemarks = {Phrases::kSourceRemark, {{
    {Occurs::kAnywhere, "unknown"}, {Occurs::kAnywhere, "not known"}, {Occurs::kAnywhere, "omitted in"},
    {Occurs::kAnywhere, "not translated"},
    {Occurs::kAnywhere, "not found"}, {Occurs::kAnywhere, "missing"}, {Occurs::kAnywhere, "left blank"},
    {Occurs::kAnywhere, "not given"}, {Occurs::kAnywhere, "not indicated"}, {Occurs::kAnywhere, "not filled in"},
    {Occurs::kAnywhere, "not stated"}, {Occurs::kAnywhere, "not named"}, {Occurs::kAnywhere, "unsigned"},
    {Occurs::kAnywhere, "breaks off"}, {Occurs::kAnywhere, "ends here"}, {Occurs::kAnywhere, "end of the document"},
    {Occurs::kAnywhere, "end of document"}, {Occurs::kAnywhere, "end of text"}, {Occurs::kAnywhere, "in the original"},
    {Occurs::kAnywhere, "not in the file"}, {Occurs::kAnywhere, "remainder of"}, {Occurs::kAnywhere, "blank in"},
    {Occurs::kAnywhere, "page blank"}, {Occurs::kAtStart, "no signature"}, {Occurs::kAtStart, "date of dispatch"},
}}};

// A remark about the source as an object: a word naming a part of the source (page, line, tape)
// together with a word saying what happened to it ([page break], [recording interrupted], [One line
// of the original is torn off.], [tape ends]); and the marks of deletion ([crossed out: "..."]).
constexpr StemTable<20> kSourcePartStems = {Stems::kSourcePart, {
    "page", "line", "paragraph", "sheet", "recording", "tape", "reel", "cassette", "document", "original",
    "text", "copy", "file", "transcript", "folio", "word", "passage", "sentence", "section", "draft"}};
constexpr StemTable<20> kSourceEventStems = {Stems::kSourceEvent, {
    "break", "interrupt", "end", "stop", "resum", "torn", "cut", "damag", "missing", "lost", "erase",
    "blank", "crossed", "struck", "overwrit", "switched", "turned", "delet", "inked", "scored"}};
constexpr PhraseTable<5> kDeletionMarks = {Phrases::kDeletionMark, {{
    {Occurs::kAtStart, "crossed out"}, {Occurs::kAtStart, "struck out"}, {Occurs::kAtStart, "struck through"},
    {Occurs::kAtStart, "deleted:"}, {Occurs::kAtStart, "crossed through"},
}}};
constexpr size_t kLongestSourceEvent = 10;

// Editorial remarks that stand for a part of a date the original left blank ("Hanoi, [day left
// blank] March 1966").
constexpr PhraseTable<2> kBlankDateParts = {Phrases::kBlankDatePart, {{
    {Occurs::kWhole, "day left blank"}, {Occurs::kWhole, "date left blank"},
}}};

// "MVT [Ministry of Foreign Trade—trans.]": the translator's mark after an expansion.
constexpr std::array<std::string_view, 4> kTranslatorMarks = {"\u2014trans.", "\u2013trans.", "-trans.", "\u2014trans"};

// A descriptor ([stamp and handwriting], [handwriting]) has no colon and few words.
constexpr size_t kLongestDescriptor = 6;

// Words that join a name and are not capitalized: Charles de Gaulle, Ali bin Ali, van der Stoel.
constexpr std::array<std::string_view, 14> kNameParticles = {"de", "da", "del", "della", "der", "van", "von", "bin",
                                                             "ibn", "al", "el", "la", "le", "y"};

bool IsRoleWord(std::string_view word) { return IsOfficeWord(word); }

// Words an editor puts before a date supplied with a qualification: [after 12 March 1949], [circa
// 1948], [c. June 1950], [early 1954], [not before 3 May 1953], [spring 1953].
constexpr std::array<std::string_view, 26> kDateQualifiers = {
    "after", "before", "circa", "c.", "ca.", "about", "around", "approximately", "probably", "possibly",
    "presumably", "not", "early", "late", "mid", "mid-", "end", "beginning", "of", "the", "spring", "summer",
    "autumn", "fall", "winter", "between"};

// A date or a part of one, possibly qualified ("after", "circa", "early") or doubted ("1953?"), or
// a range ("between 1 and 5 May 1953", "March-April 1953").
bool IsSuppliedDateContent(std::string_view content) {
  std::string_view rest = TrimCharacters(TrimWhitespace(content), "?");
  if (IsDateOrDatePart(rest)) return true;
  bool qualified = false;
  for (;;) {
    const size_t space = rest.find(' ');
    if (space == std::string_view::npos) break;
    const std::string word = Lower(rest.substr(0, space));
    if (std::find(kDateQualifiers.begin(), kDateQualifiers.end(), word) == kDateQualifiers.end()) break;
    rest = TrimWhitespace(rest.substr(space + 1));
    qualified = true;
  }
  if (StartsWith(rest, "mid-")) {
    rest.remove_prefix(4);
    qualified = true;
  }
  // (Any byte of the hyphen or the en dash, looked up in a table: find_first_of calls memchr on
  // its set for each byte of the note.)
  static constexpr ByteSet kDashBytes("-\u2013");
  if (!qualified && std::none_of(rest.begin(), rest.end(), [](char c) { return kDashBytes.Contains(c); })) return false;
  if (IsDateOrDatePart(rest)) return true;
  // "1 and 5 May 1953", "March-April 1953": each side a date or a part of one.
  for (std::string_view joint : {" and ", "-", "\u2013", " to "}) {
    const size_t at = rest.find(joint);
    if (at == std::string_view::npos) continue;
    const std::string_view left = TrimWhitespace(rest.substr(0, at)), right = TrimWhitespace(rest.substr(at + joint.size()));
    const bool left_part = IsDateOrDatePart(left) || (!left.empty() && left.size() <= 2 &&
                                                       std::all_of(left.begin(), left.end(), IsDigit));
    if (left_part && IsDateOrDatePart(right)) return true;
  }
  return false;
}

// Whether `text` (what follows a bracket) opens with a month's name: "[9] March [1953]".
bool StartsWithMonth(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march", "april", "may", "june",
                                                              "july", "august", "september", "october", "november",
                                                              "december"};
  const std::string_view word = TrimCharacters(FirstWordOf(text), ".,");
  const std::string lower = Lower(word);
  return std::any_of(kMonths.begin(), kMonths.end(), [&](std::string_view month) {
    return lower == month || (lower.size() == 3 && StartsWith(month, lower));
  });
}

// "sic" as the note's first word, whatever follows it: [sic—the agreement ended in 1957], [sic; read
// Dulles], [sic - 1956]. (Not "sicherheit".)
bool StartsWithSicWord(std::string_view lower) {
  if (!StartsWith(lower, "sic") || lower.size() == 3) return false;
  const unsigned char next = static_cast<unsigned char>(lower[3]);
  return !IsLetterOrNonAscii(static_cast<char>(next)) || StartsWith(lower.substr(3), "\u2014") ||
         StartsWith(lower.substr(3), "\u2013");
}

// Abbreviations of "signed" as a whole note: [sd/-], [sgd.], [sd.], [sig.].
bool IsSignedAbbreviation(std::string_view content) {
  // The longest has four letters: a note with a fifth is none, and is read no further.
  char letters[4];
  size_t count = 0;
  for (char c : content) {
    if (IsAsciiLetter(c)) {
      if (count == sizeof letters) return false;
      letters[count++] = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (c != '/' && c != '-' && c != '.' && c != ' ') {
      return false;
    }
  }
  const std::string_view word(letters, count);
  return word == "sd" || word == "sgd" || word == "sig" || word == "sigd";
}

// The part of the document a remark places itself in: [Rest of the cable garbled in transmission.],
// [Remainder of this paragraph not translated.], [Further part of the telegram undecipherable.].
constexpr PhraseTable<5> kRestOfTheSource = {Phrases::kRestOfTheSource, {{
    {Occurs::kAtStart, "rest of "}, {Occurs::kAtStart, "the rest of "}, {Occurs::kAtStart, "remainder of "},
    {Occurs::kAtStart, "the remainder of "}, {Occurs::kAtStart, "further part of "},
}}};

// Whether a word names a language and the word before it says it is spoken or written in it.
bool NamesLanguageSpoken(std::span<const std::string_view> words) {
  static constexpr std::array<std::string_view, 14> kBefore = {
      "in", "into", "to", "speaking", "speaks", "speak", "spoken", "answers", "replies", "continues",
      "switches", "switching", "says", "reads"};
  auto says_spoken = [&](std::string_view word) {
    return std::find(kBefore.begin(), kBefore.end(), TrimCharacters(word, ",;:(")) != kBefore.end();
  };
  // The words before are asked first: few words say "spoken", and LanguageCode compares a word
  // with every language's name.
  for (size_t k = 1; k < words.size(); ++k) {
    // Directly after, or with one word that says how between: [in halting Chinese], [in broken English].
    const bool spoken = says_spoken(words[k - 1]) ||
                        (k >= 2 && says_spoken(words[k - 2]) && !IsEnglishFunctionWord(words[k - 1]) &&
                         words[k - 1].find_first_of(",;:") == std::string_view::npos);
    if (spoken && !LanguageCode(std::string(TrimCharacters(words[k], ".,;:!?)"))).empty()) return true;
  }
  return false;
}

// The classifier's phrases by how they must occur: at the note's start, as the whole note, or
// anywhere in it; and the groups with a phrase anywhere (the others need no pass over the note).
struct PhraseFinders {
  PhraseFinder at_start, whole, anywhere;
  uint64_t groups_anywhere = 0;
};

using PhraseList = std::vector<std::pair<std::string_view, unsigned>>;

template <size_t N>
void AddPhrases(PhraseList (&by_occurrence)[3], const PhraseTable<N>& table) {
  for (const Phrase& phrase : table.phrases) {
    by_occurrence[static_cast<size_t>(phrase.occurs)].push_back({phrase.text, static_cast<unsigned>(table.group)});
  }
}

// Every phrase KindFromContent looks for in a note.
const PhraseFinders& NotePhrases() {
  static const PhraseFinders finders = [] {
    PhraseList by_occurrence[3];  // indexed by Occurs
    AddPhrases(by_occurrence, kSicNotes);
    AddPhrases(by_occurrence, kEditorLabels);
    AddPhrases(by_occurrence, kTranslatorLabels);
    AddPhrases(by_occurrence, kHandwritingLabels);
    AddPhrases(by_occurrence, kSignatureNotes);
    AddPhrases(by_occurrence, kDeletionMarks);
    AddPhrases(by_occurrence, kBlankDateParts);
    AddPhrases(by_occurrence, kRestOfTheSource);
    AddPhrases(by_occurrence, kHandwritingPhrases);
    AddPhrases(by_occurrence, kRedactionPhrases);
    AddPhrases(by_occurrence, kInaudiblePhrases);
    AddPhrases(by_occurrence, kUnreadablePhrases);
    AddPhrases(by_occurrence, kStagePhrases);
    AddPhrases(by_occurrence, kEditorialRemarks);
    AddPhrases(by_occurrence, kSourceRemarks);
    PhraseList& anywhere = by_occurrence[static_cast<size_t>(Occurs::kAnywhere)];
    // (A note that starts with none of them needs no look at each.)
    PhraseList& at_start = by_occurrence[static_cast<size_t>(Occurs::kAtStart)];
    for (std::string_view start : kLanguageChangeStarts) {
      at_start.push_back({start, static_cast<unsigned>(Phrases::kLanguageChangeStart)});
    }
    for (std::string_view phrase : kPerceptionFailures) {
      anywhere.push_back({phrase, static_cast<unsigned>(Phrases::kPerceptionFailure)});
    }
    const std::pair<std::string_view, Phrases> singles[] = {
        {"by hand", Phrases::kByHand}, {"illegible", Phrases::kIllegible}, {"original", Phrases::kOriginal},
        {"author", Phrases::kAuthor}, {"unclear", Phrases::kUnclear}, {"in the original", Phrases::kInTheOriginal},
        {"in original", Phrases::kInOriginal}, {"no signature", Phrases::kNoSignature}};
    for (const auto& [phrase, group] : singles) anywhere.push_back({phrase, static_cast<unsigned>(group)});
    uint64_t groups_anywhere = 0;
    for (const auto& [phrase, group] : anywhere) groups_anywhere |= uint64_t{1} << group;
    return PhraseFinders{PhraseFinder(by_occurrence[static_cast<size_t>(Occurs::kAtStart)]),
                         PhraseFinder(by_occurrence[static_cast<size_t>(Occurs::kWhole)]), PhraseFinder(anywhere),
                         groups_anywhere};
  }();
  return finders;
}

template <size_t N>
void AddStems(std::vector<std::pair<std::string_view, unsigned>>& stems, const StemTable<N>& table) {
  for (std::string_view stem : table.stems) stems.push_back({stem, static_cast<unsigned>(table.group)});
}

constexpr StemTable<1> kSignatureWord = {Stems::kSignatureWord, {"signature"}};

// Every stem KindFromContent looks for at the start of a note's words.
const PhraseFinder& WordStems() {
  static const PhraseFinder finder = [] {
    std::vector<std::pair<std::string_view, unsigned>> stems;
    AddStems(stems, kSignatureWord);
    AddStems(stems, kSignatureStems);
    AddStems(stems, kNoSignatureStems);
    AddStems(stems, kShortRedactionWords);
    AddStems(stems, kIndistinctStems);
    AddStems(stems, kUnreadableUnits);
    AddStems(stems, kSourcePartStems);
    AddStems(stems, kSourceEventStems);
    AddStems(stems, kStageStems);
    return PhraseFinder(stems);
  }();
  return finder;
}

// A note's content as KindFromContent reads it: lower-cased, its words, and which phrase and stem
// tables it has, each found once for all tables when first asked (most notes are decided before
// the later tables are asked about).
class NoteWords {
 public:
  // (The phrases at the start and of the whole note are found at once: KindFromContent asks about
  // them first, of every note.)
  explicit NoteWords(NoteText& text)
      : text_(text), lower_(text.lower()), phrases_(NotePhrases()),
        at_start_or_whole_(phrases_.at_start.GroupsAt(lower_, 0) | phrases_.whole.GroupsEqualTo(lower_)) {}

  std::string_view lower() const { return lower_; }

  // The folded words: the note's split, shared with the position rules.
  std::span<const std::string_view> words() { return text_.lower_words(); }

  // Whether a phrase of `group` occurs as it must (at the start, as the whole, anywhere).
  // (KindFromContent asks this some fifteen times a note: the tables are found once, in the
  // constructor, not through NotePhrases()' guard at each question.)
  [[gnu::always_inline]] bool Has(Phrases group) {
    if (at_start_or_whole_ & Bit(group)) return true;
    if (!(phrases_.groups_anywhere & Bit(group))) return false;
    return HasAnywhere(group);
  }

  // The stem groups word `k` starts with, without the punctuation around it.
  uint64_t StemsOfWord(size_t k) {
    FindStems();
    return k < kKeptWordStems ? word_stems_[k] : StemsOf(words()[k]);
  }

  bool HasStem(Stems group) {
    FindStems();
    return (all_stems_ & Bit(group)) != 0;
  }

 private:
  // Has' rare part, out of line: the two tests of Has are inlined at each of the some forty
  // questions (a call a question was a tenth of KindFromContent's instructions).
  [[gnu::noinline]] bool HasAnywhere(Phrases group) {
    if (!anywhere_found_) {
      anywhere_ = phrases_.anywhere.GroupsIn(lower_);
      anywhere_found_ = true;
    }
    return (anywhere_ & Bit(group)) != 0;
  }

  static uint64_t StemsOf(std::string_view word) {
    static constexpr ByteSet kSignsAroundStem(".,;:!?\"()\u201C\u201D");
    return WordStems().GroupsAt(kSignsAroundStem.Trim(word), 0);
  }

  void FindStems() {
    if (stems_found_) return;
    stems_found_ = true;
    for (size_t k = 0; k < words().size(); ++k) {
      const uint64_t stems = StemsOf(words()[k]);
      if (k < kKeptWordStems) word_stems_[k] = stems;
      all_stems_ |= stems;
    }
  }

  // The stems of a note's first words are kept (no vector a note); a later word's are found again
  // when asked (KindFromContent asks word by word only of a note of eight words or fewer).
  static constexpr size_t kKeptWordStems = 16;

  NoteText& text_;
  const std::string_view lower_;
  const PhraseFinders& phrases_;
  const uint64_t at_start_or_whole_;
  bool anywhere_found_ = false;
  uint64_t anywhere_ = 0;
  bool stems_found_ = false;
  std::array<uint64_t, kKeptWordStems> word_stems_{};
  uint64_t all_stems_ = 0;
};

template <size_t N>
bool HasPhrase(NoteWords& note, const PhraseTable<N>& table) {
  return note.Has(table.group);
}

template <size_t N>
bool HasWordStem(NoteWords& note, const StemTable<N>& table) {
  return note.HasStem(table.group);
}

}  // namespace

bool IsBlankDatePart(std::string_view content) { return HasPhrase(Lower(TrimWhitespace(content)), kBlankDateParts.phrases); }

bool IsDescriptorNote(std::string_view content) {
  return content.find(':') == std::string_view::npos && CountWords(content) <= static_cast<int>(kLongestDescriptor);
}

namespace {

// KindFromContent of a note already read (trimmed, folded and split once for all the rules).
NoteKind KindOfContent(NoteText& text, bool in_record_of_speech) {
  const std::string_view content = text.content();
  NoteWords note(text);
  const std::string_view lower = note.lower();
  if (content.empty()) return NoteKind::kUnclassified;
  if (std::all_of(content.begin(), content.end(), [](char c) { return c == '.' || c == ' '; }) ||
      content == "\u2026") {
    return NoteKind::kOmission;
  }
  if (content.size() <= 3 && std::all_of(content.begin(), content.end(), IsDigit)) return NoteKind::kFootnoteRef;
  if (content == "?" || content == "??") return NoteKind::kUncertain;
  if (HasPhrase(note, kSicNotes) || StartsWithSicWord(lower)) return NoteKind::kSic;
  if (HasPhrase(note, kTranslatorLabels)) return NoteKind::kTranslator;
  // [crossed out by hand: "..."]: a deletion made by hand is a handwritten intervention; other
  // deletions are remarks about the original.
  if (HasPhrase(note, kDeletionMarks) && note.Has(Phrases::kByHand)) return NoteKind::kHandwritten;
  if (HasPhrase(note, kEditorLabels) || HasPhrase(note, kDeletionMarks)) return NoteKind::kEditorial;
  const std::span<const std::string_view> words = note.words();
  const bool without_colon = content.find(':') == std::string_view::npos;
  // [handwritten signature], [autograph signature], [sd/-]: a short note that names a signature marks
  // one, whatever hand wrote it.
  const bool names_signing = HasWordStem(note, kSignatureWord) ||
                             (HasWordStem(note, kSignatureStems) && !HasPhrase(note, kUnreadablePhrases));
  if ((without_colon && words.size() <= kLongestSignatureNote && names_signing &&
       !HasWordStem(note, kNoSignatureStems) && !HasPhrase(note, kSourceRemarks)) ||
      IsSignedAbbreviation(content)) {
    return NoteKind::kSignature;
  }
  // [signed in ink], [signed in pencil], [signed by hand]: how it was signed, a short note without
  // a colon ([Signed: Kim Il Sung] is decided below).
  if (StartsWith(lower, "signed ") && without_colon && words.size() <= kLongestSignatureNote &&
      !HasPhrase(note, kSourceRemarks)) {
    return NoteKind::kSignature;
  }
  if (HasPhrase(note, kHandwritingLabels)) {
    // [handwriting, illegible, with a date]: what the hand wrote cannot be read.
    if (without_colon && note.Has(Phrases::kIllegible)) return NoteKind::kIllegible;
    return NoteKind::kHandwritten;
  }
  if (HasPhrase(note, kSignatureNotes)) return NoteKind::kSignature;
  // [two signatures], [signatures illegible], [Signed: Kim Il Sung], [sgd.], [initials of the
  // minister]: a short note about signing (not its absence: [unsigned], [no signature] are remarks).
  // (An illegible signature is a signature, README's [illegible signature]; illegible initials are
  // an illegible passage.)
  const bool names_signature = HasWordStem(note, kSignatureWord);
  if (words.size() <= kLongestSignatureNote && (HasWordStem(note, kSignatureStems) || StartsWith(lower, "signed:")) &&
      (names_signature || !HasPhrase(note, kUnreadablePhrases)) &&
      !HasWordStem(note, kNoSignatureStems) && !note.Has(Phrases::kNoSignature)) {
    return NoteKind::kSignature;
  }
  const size_t head = std::min(words.size(), kStampWordWithin);
  auto names_stamp = [](std::string_view word) {
    if (word.empty() || !kStampWordStarts[static_cast<unsigned char>(word.front())]) return false;
    return std::any_of(kStampWords.begin(), kStampWords.end(),
                       [&](std::string_view stem) { return StartsWith(word, stem); });
  };
  // Named among the first words, or as the last one: [Received by the 2nd Department on 29
  // November 1961; registry stamp.]
  if (std::any_of(words.begin(), words.begin() + head, names_stamp) ||
      (!words.empty() && names_stamp(TrimCharacters(words.back(), ".,;:")) && !HasPhrase(note, kSourceRemarks))) {
    return NoteKind::kStamp;
  }
  if (HasPhrase(note, kRedactionPhrases)) return NoteKind::kRedaction;
  if (words.size() <= kLongestShortRedaction && HasWordStem(note, kShortRedactionWords) &&
      !note.Has(Phrases::kOriginal) && !note.Has(Phrases::kAuthor) && !note.Has(Phrases::kByHand)) {
    return NoteKind::kRedaction;
  }
  if (HasPhrase(note, kRestOfTheSource)) return NoteKind::kEditorial;
  const bool indistinct = without_colon && words.size() <= kLongestIllegibleDescription &&
                          HasWordStem(note, kIndistinctStems);
  if (HasPhrase(note, kInaudiblePhrases) || (in_record_of_speech && indistinct)) return NoteKind::kInaudible;
  if (in_record_of_speech && words.size() <= kLongestIllegibleDescription &&
      note.Has(Phrases::kPerceptionFailure)) {
    return NoteKind::kInaudible;
  }
  // In writing, "[unclear]", "[two words unclear]" (only the word and what is unclear) cannot be read;
  // "[the meaning is unclear]" is a remark.
  // (Asked only of an indistinct note.)
  const auto only_unclear_words = [&] {
    for (size_t k = 0; k < words.size(); ++k) {
      const bool unclear = (note.StemsOfWord(k) & (Bit(Stems::kIndistinct) | Bit(Stems::kUnreadableUnit))) != 0 ||
                           std::all_of(words[k].begin(), words[k].end(), IsDigit) || IsNumberWord(words[k]);
      if (!unclear) return false;
    }
    return true;
  };
  if (indistinct && (!note.Has(Phrases::kUnclear) || only_unclear_words())) return NoteKind::kIllegible;
  const size_t subject = std::min<size_t>(words.size(), 3);
  const bool unreadable_subject = std::any_of(words.begin(), words.begin() + static_cast<long>(subject), [](std::string_view w) {
    const std::string_view bare = TrimCharacters(w, ".,;:");
    return bare == "illegible" || bare == "unreadable" || bare == "indecipherable" || bare == "undecipherable";
  });
  if (StartsWith(lower, "illegible") || unreadable_subject ||
      (without_colon && words.size() <= kLongestIllegibleDescription && HasPhrase(note, kUnreadablePhrases))) {
    return NoteKind::kIllegible;
  }
  // [The following sentence is in English in the original:], [in German in the original]: the
  // original itself changes language here (not a remark about a missing or damaged part).
  if (words.size() <= kLongestLanguageChange + 4 && (note.Has(Phrases::kInTheOriginal) || note.Has(Phrases::kInOriginal)) &&
      NamesLanguageSpoken(words) && !HasWordStem(note, kSourceEventStems)) {
    return NoteKind::kLanguageChange;
  }
  if (words.size() <= kLongestLanguageChange && !note.Has(Phrases::kOriginal)) {
    // (Most notes start with none of the starts: their group says so in one look.)
    for (std::string_view start : kLanguageChangeStarts) {
      if (!note.Has(Phrases::kLanguageChangeStart)) break;
      if (!StartsWith(lower, start)) continue;
      // The language is the word after the start: [in English], [in German, smiling].
      const std::string_view rest = std::string_view(lower).substr(start.size());
      const std::string_view language = rest.substr(0, rest.find_first_of(" ,;.:)"));
      if (!LanguageCode(std::string(language)).empty()) return NoteKind::kLanguageChange;
    }
    // Anywhere in a short note, a language named after "in"/"into"/"to" or a verb of speaking:
    // [the following in German], [text in English], [speaking German], [the rest in English].
    if (NamesLanguageSpoken(words)) return NoteKind::kLanguageChange;
  }
  if (words.size() <= kLongestSourceEvent && HasWordStem(note, kSourcePartStems) &&
      HasWordStem(note, kSourceEventStems)) {
    return NoteKind::kEditorial;
  }
  // A name in capitals is no stage direction ([People's Movement for the Liberation of Angola]).
  // (Asked last: only a note with a stage word needs its original words.)
  const auto title_case = [&] {
    const std::span<const std::string_view> original_words = text.words();
    return original_words.size() >= 2 && std::all_of(original_words.begin(), original_words.end(), [](std::string_view w) {
      return IsEnglishFunctionWord(w) || IsUpper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80;
    });
  };
  if (words.size() <= kLongestStageDirection &&
      (HasWordStem(note, kStageStems) || HasPhrase(note, kStagePhrases)) && !title_case()) {
    return NoteKind::kStage;
  }
  if (HasPhrase(note, kHandwritingPhrases)) return NoteKind::kHandwritten;
  if (HasPhrase(note, kEditorialRemarks) || HasPhrase(note, kBlankDateParts) || HasPhrase(note, kSourceRemarks)) {
    return NoteKind::kEditorial;
  }
  return NoteKind::kUnclassified;
}

}  // namespace

NoteKind KindFromContent(std::string_view raw, bool in_record_of_speech) {
  NoteText text(TrimWhitespace(raw));
  return KindOfContent(text, in_record_of_speech);
}

namespace {

// Whether `content` reads as a name: one to six capitalized words (initials, hyphenated parts and
// particles such as "de" included), no sentence.
bool IsNameLike(std::string_view content, std::span<const std::string_view> words) {
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

bool IsNameLike(std::string_view content) {
  const std::vector<std::string_view> words = SplitWords(content);
  return IsNameLike(content, words);
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

// Whether a mixed-case abbreviation is spelled out chunk by chunk: each capital opens a chunk
// ("Arm", "S", "S", "R") that begins the next word of the expansion in order ("ArmSSR [Armenian
// Soviet Socialist Republic]", "GlavPU [Glavnoe Politicheskoe Upravlenie]").
bool CapitalChunksMatch(std::string_view abbreviation, std::string_view expansion) {
  std::vector<std::string> chunks;
  for (char c : abbreviation) {
    if (IsUpper(c)) chunks.emplace_back(1, static_cast<char>(c - 'A' + 'a'));
    else if (IsLower(c) && !chunks.empty()) chunks.back() += c;
    else return false;
  }
  const std::vector<std::string_view> words = SplitWords(expansion);
  const bool mixed = std::any_of(chunks.begin(), chunks.end(), [](const std::string& c) { return c.size() > 1; });
  if (chunks.size() < 3 || !mixed || words.size() != chunks.size()) return false;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (FoldCase(words[k]).rfind(chunks[k], 0) != 0) return false;
  }
  return true;
}

// Whether the capitals of `abbreviation` occur in order in `word`, the first at its start.
bool LettersInOrder(std::string_view abbreviation, std::string_view word) {
  std::string letters;
  for (char c : abbreviation) {
    if (IsUpper(c)) letters += static_cast<char>(c - 'A' + 'a');
  }
  if (letters.size() < 2 || word.empty()) return false;
  const std::string lower = FoldCase(word);
  if (lower[0] != letters[0]) return false;
  size_t at = 1;
  for (size_t k = 1; k < letters.size(); ++k) {
    at = lower.find(letters[k], at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
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
    // Read once (folded, split) for KindFromContent and every rule of Decide.
    NoteText text(content);
    const Inline* before = PrecedingText(inlines, index);
    // A view, not a copy of what may be a whole paragraph: a rule that moves the last words into
    // the note's base (Absorb) has decided, and nothing reads the text before it after that.
    const std::string_view before_text = before ? std::string_view(before->text) : std::string_view();
    note.glued = !before_text.empty() && IsLetterOrNonAscii(before_text.back());

    NoteKind kind = KindOfContent(text, context_.record_of_speech);
    // "[9] March [1953]": a day the editor supplied, not a footnote marker.
    if (kind == NoteKind::kFootnoteRef && content.size() <= 2 && std::stoi(content) >= 1 && std::stoi(content) <= 31 &&
        index + 1 < inlines.size() && inlines[index + 1].type == Inline::Type::kText &&
        StartsWith(inlines[index + 1].text, " ") && StartsWithMonth(inlines[index + 1].text)) {
      kind = NoteKind::kSuppliedDate;
    }
    // "17. VI. [19]64": the century supplied before a year's last digits.
    if (kind == NoteKind::kFootnoteRef && content.size() == 2 && (content == "19" || content == "20") &&
        index + 1 < inlines.size() && inlines[index + 1].type == Inline::Type::kText &&
        inlines[index + 1].text.size() >= 2 && IsDigit(inlines[index + 1].text[0]) &&
        IsDigit(inlines[index + 1].text[1]) &&
        (inlines[index + 1].text.size() == 2 || !IsDigit(inlines[index + 1].text[2]))) {
      kind = NoteKind::kSuppliedDate;
    }
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
    note.note_kind = Decide(inlines, index, text, content, before_text, whole_line);
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

  // What the rules of Decide look at: the note, the words around it, and what the authority knows.
  struct Situation {
    Inlines& inlines;
    size_t index;
    const std::string& content;
    std::string_view before_text;
    bool whole_line;
    const Authority* authority;
    bool glued;
    std::span<const std::string_view> words;        // the note's, split once (NoteText)
    std::span<const std::string_view> lower_words;  // the same, folded
    std::string_view lower;                         // the content folded
    FoldedWordsBefore previous;  // the words before the bracket, nearest first
    std::string last_word;
    bool after_role;
    std::optional<NameMatch> identified;  // the authority's entry for the note's words
    std::string_view expansion;           // the content without a translator's mark ("—trans.")
    bool by_translator;
    const EnglishLexicon& lexicon;
    std::optional<bool> name_like;  // IsNameLike(content), which many rules ask: see NameLike
    std::optional<RomanizedName> spelling;  // the content's, for the rules comparing spellings
  };

  // The note's letters and sound key, made once for the rules that compare it with the words before.
  static RomanizedName& ContentSpelling(Situation& s) {
    if (!s.spelling) s.spelling.emplace(s.content);
    return *s.spelling;
  }

  // Whether the note reads as a name, found once per note for the rules that ask.
  static bool NameLike(Situation& s) {
    if (!s.name_like) s.name_like = IsNameLike(s.content, s.words);
    return *s.name_like;
  }

  // A rule of Decide: the kind it decides, or kUnclassified when it does not apply (then the next
  // rule is tried). A rule that decides may move the words it explains into the note's base.
  using Rule = NoteKind (Classifier::*)(Situation&);
  struct DecisionRule {
    const char* name;  // what the rule recognizes, for the reader of the table
    Rule rule;
  };

  // Decides a note that its words alone (KindFromContent) do not classify, by the table of rules
  // below: the first rule that applies decides. The order matters: what the authority knows comes
  // before the shape of the words, a sentence before a role, a role before an abbreviation.
  NoteKind Decide(Inlines& inlines, size_t index, NoteText& text, const std::string& content,
                  std::string_view before_text, bool whole_line) {
    static constexpr DecisionRule kRules[] = {
        // G[eorge], V[ice]-Minister, D[epartment]: letters completing the word they are glued to.
        {"letters glued to a word", &Classifier::LettersCompletingWord},
        // "Mao [Zedong]": with the word before it, a name the authority knows.
        {"the rest of a known name", &Classifier::RestOfKnownName},
        // "FILIPPOV [Stalin]", "Pak Ung-geol [Pak Ung Gol]": the real name after a code name, or a
        // spelling of the same known name.
        {"a known name's pseudonym or spelling before it", &Classifier::KnownNameOfTheWordsBefore},
        // "PAVLOV [Pliyev]": a person's name after a code word in capitals that is not his name.
        {"a real name after a code name", &Classifier::RealNameAfterCodeName},
        // A statement by the editor: a sentence of four words or more.
        {"a sentence of the editor", &Classifier::EditorsSentence},
        // In a record of speech, a lower-case description at a turn's start, between sentences or at
        // the end: what happened ([raising his voice], [sound of papers], [the line crackles]).
        {"an action in a record of speech", &Classifier::ActionInSpeech},
        // "[Semyon Pavlovich Ivanov, head of the Chief Operations Directorate]", "[Kärntner
        // Heimatdienst, a nationalist association]": a name and, after a comma, who or what it is.
        {"a name with an apposition", &Classifier::NameWithApposition},
        // Words of another script are the original's: [Родопа], [עלילת הרופאים].
        {"words of another script", &Classifier::OtherScript},
        // "Comrade Li [Deputy Premier]", "[head of the Japan group]": an office that identifies.
        {"an office or role", &Classifier::OfficeOrRole},
        // VKP(b) [Central Committee, ...], MVT [Ministry of Foreign Trade—trans.], D.O.
        // [demi-official], DS [Durzhavna sigurnost—State Security]: an abbreviation spelled out.
        {"the abbreviation before it spelled out", &Classifier::AbbreviationSpelledOut},
        // [...—trans.] that expands nothing: the translator's remark.
        {"a translator's mark", &Classifier::TranslatorsMark},
        // "Ben Bella [Ahmed Ben Bella]", "Comrade Kang [Kang Sheng]": the fuller name of the one named.
        {"the fuller name of the one named", &Classifier::FullerName},
        // Çu En Lai [Zhou Enlai], "Mao [Zedong]", "to [Kanggye]", "the Chairman [Mao Zedong]": a
        // name the authority knows.
        {"a name the authority knows", &Classifier::KnownName},
        // [15 August], 2 [May], [circa 1948], [after 12 March 1949]: a date or a part of one.
        {"a date or a part of one", &Classifier::DateOrPart},
        // "Chairman Ho [Chi Minh]", "Premier Zhou [Enlai]": the rest of a name after a title.
        {"the rest of a name after a title", &Classifier::RestOfNameAfterTitle},
        // Pak Ung-geol [Pak Ung Gol], chuch’e [juche]: the same name in another romanization.
        {"another romanization of the words before", &Classifier::Romanization},
        // Chongryon [Chae Ilbon Chosonin Chongryonhaphoe], Komsomol [Kommunisticheskii Soyuz
        // Molodezhi]: a short name made of the beginnings of the words spelled out.
        {"a short name of word beginnings spelled out", &Classifier::ShortNameSpelledOut},
        // "Deputy Minister [Nikolai] Fedorenko": a first name supplied inside the name.
        {"a first name inside a name", &Classifier::FirstNameInside},
        // "the Ambassador [Puzanov]": a person after an office.
        {"a name after an office", &Classifier::NameAfterOffice},
        // A name the authority does not know: the original's name of an organization, or who.
        {"an unknown name", &Classifier::UnknownName},
        // English words: their place in the sentence decides (DecideEnglish).
        {"English words", &Classifier::EnglishWords},
        // [rassmotrena], [cán bộ], [Kadomtsev] after an office: original-language words or a name.
        {"foreign words", &Classifier::ForeignWords},
        // "[the \"Polish October\"]": a quoted name after "the" says what was meant.
        {"a quoted name", &Classifier::QuotedName},
    };
    const Authority* authority = context_.authority;
    const bool glued = inlines[index].glued;
    Situation situation{inlines, index, content, before_text, whole_line, authority, glued, text.words(),
                        text.lower_words(), text.lower(), FoldedWordsBefore(before_text, 6), "", false, std::nullopt, content, false,
                        context_.lexicon ? *context_.lexicon : EnglishLexicon::System(), std::nullopt,
                        std::nullopt};
    situation.last_word = situation.previous.empty() ? "" : situation.previous.front();
    situation.after_role = !situation.previous.empty() && IsRoleWord(situation.last_word);
    if (authority && !glued) situation.identified = authority->Lookup(content);
    for (std::string_view mark : kTranslatorMarks) {
      if (EndsWith(situation.expansion, mark)) {
        situation.expansion.remove_suffix(mark.size());
        situation.by_translator = true;
        break;
      }
    }
    for (const DecisionRule& row : kRules) {
      const NoteKind kind = (this->*row.rule)(situation);
      if (kind != NoteKind::kUnclassified) return kind;
    }
    return NoteKind::kUnclassified;
  }

  // ---- the rules of Decide, in the table's order ----

  NoteKind LettersCompletingWord(Situation& s) {
    return s.glued && StartsLowerCase(s.content) && s.words.size() <= 2 ? NoteKind::kSuppliedInWord
                                                                        : NoteKind::kUnclassified;
  }

  NoteKind RestOfKnownName(Situation& s) {
    if (!s.authority || s.glued || s.words.size() > 3 || !IsCapitalized(s.content)) return NoteKind::kUnclassified;
    const auto last = LastTokens(s.before_text, 1);
    const bool completes = last && IsCapitalized(last->tokens) && s.authority->Lookup(std::string(last->tokens) + " " + s.content);
    return completes ? NoteKind::kSupplied : NoteKind::kUnclassified;
  }

  NoteKind KnownNameOfTheWordsBefore(Situation& s) {
    if (!s.identified) return NoteKind::kUnclassified;
    NoteKind decided = NoteKind::kUnclassified;
    AbsorbTokens(s.inlines, s.index, 3, [&](std::string_view tokens) {
      const auto known = s.authority->Lookup(tokens);
      if (!known || known->entry != s.identified->entry) return false;
      if (known->is_pseudonym) {
        decided = NoteKind::kPseudonym;
      } else if (AreRomanizationVariants(tokens, ContentSpelling(s))) {
        decided = NoteKind::kAltRomanization;
      } else {
        return false;  // Otpor [Zabaikalsk]: another name of the same place identifies it
      }
      s.inlines[s.index].base_ref = known->entry->id;
      s.inlines[s.index].base_kind = known->entry->kind;
      return true;
    });
    return decided;
  }

  NoteKind RealNameAfterCodeName(Situation& s) {
    if (s.glued || s.words.size() > 3 || !NameLike(s)) return NoteKind::kUnclassified;
    const auto last = LastTokens(s.before_text, 1);
    if (!last) return NoteKind::kUnclassified;
    const std::string code(TrimCharacters(last->tokens, "\"'\u201C\u201D"));
    // A code word: four or more capitals, a vowel among them, not an office ("MINISTER") nor the
    // abbreviation of the name that follows (KDJ [Kim Dae-jung]).
    // (Three capitals after a title: "Comrade HAI [Phạm Văn Đồng]".)
    // (The title is asked last: few words before a bracket are in capitals.)
    const bool capitals = code.size() >= 3 && std::all_of(code.begin(), code.end(), [](char c) { return IsUpper(c); }) &&
                          (code.size() >= 4 || (s.previous.size() >= 2 && IsPersonTitle(s.previous[1])));
    // A word in capitals inside a noun phrase is its name, no code: "the Ambassador of the USSR".
    if (s.previous.size() >= 2 && s.previous[1] == "the") return NoteKind::kUnclassified;
    if (!capitals || code.find_first_of("AEIOUY") == std::string::npos || IsRoleWord(code) ||
        IsOrganizationWord(code) || InitialsMatch(code, s.content)) {
      return NoteKind::kUnclassified;
    }
    // Not the same person's name: TRAN [Tran Van Giau], KIM [Kim Il Sung], PAK UNG-GEOL [Pak Ung Gol].
    if (ContainsBetweenSpaces(s.lower, FoldCase(code)) || AreRomanizationVariants(code, ContentSpelling(s))) {
      return NoteKind::kUnclassified;
    }
    // Inside running text that is not itself in capitals (a heading such as "NOTE [Notatka]" or an
    // all-capitals telegram prints ordinary words in capitals): a word before the code name, and
    // not one in capitals.
    // At a line's start the sentence must run on after the bracket in lower case: "RUDOLF [Karl
    // Hauser] reports:".
    const auto two = LastTokens(s.before_text, 2);
    if (two) {
      const std::string_view previous = std::string_view(two->tokens).substr(0, two->tokens.find(' '));
      const bool previous_capitals = std::none_of(previous.begin(), previous.end(), [](char c) { return IsLower(c); });
      if (previous_capitals) return NoteKind::kUnclassified;
    } else {
      if (TrimWhitespace(s.before_text) != code) return NoteKind::kUnclassified;
      const Inline* after = s.index + 1 < s.inlines.size() && s.inlines[s.index + 1].type == Inline::Type::kText
                                ? &s.inlines[s.index + 1]
                                : nullptr;
      const std::string_view next = after ? TrimWhitespace(after->text) : std::string_view();
      // Or the line is only the code name and the real one, as a signature is ("SERGEEV
      // [Shcherbakov]"), when the code word is no English word ("NOTE [Notatka]" is a heading).
      const bool signature_line = TrimCharacters(next, ".,;\"\u201D").empty() && s.index + 2 >= s.inlines.size() &&
                                  !s.lexicon.empty() && !s.lexicon.Contains(code);
      if (!signature_line && (next.empty() || !IsLower(next.front()))) return NoteKind::kUnclassified;
    }
    // The code name is what the real name explains: the choice's orig.
    AbsorbTokens(s.inlines, s.index, 1, [](std::string_view) { return true; });
    return Doubtful(s.inlines, s.index, NoteKind::kPseudonym, "a name after a code word in capitals");
  }

  NoteKind ActionInSpeech(Situation& s) {
    if (!context_.record_of_speech || s.glued || s.words.empty() || s.words.size() > 12 || !IsLower(s.content[0])) {
      return NoteKind::kUnclassified;
    }
    const std::string_view first = s.lower_words.front();
    if (IsPreposition(first) || (IsEnglishFunctionWord(first) && first != "the" && first != "a") ||
        IsSuppliedDateContent(s.content) || !IsEnglish(s.content, s.words, s.lexicon)) {
      return NoteKind::kUnclassified;
    }
    // Not words the sentence needs: nothing runs on after it in lower case.
    const Inline* after = s.index + 1 < s.inlines.size() && s.inlines[s.index + 1].type == Inline::Type::kText
                              ? &s.inlines[s.index + 1]
                              : nullptr;
    const std::string_view next = after ? TrimWhitespace(after->text) : std::string_view();
    const bool runs_on = !next.empty() && (IsLower(next.front()) || next.front() == ',');
    const std::string_view before = TrimWhitespace(s.before_text);
    const bool at_boundary = SentenceStartsAt(s.before_text) || EndsWith(before, "...") || EndsWith(before, "\u2026") ||
                             next.empty();
    if (runs_on || !at_boundary) return NoteKind::kUnclassified;
    return Doubtful(s.inlines, s.index, NoteKind::kStage, "a description in a record of speech: what happened");
  }

  NoteKind NameWithApposition(Situation& s) {
    const size_t comma = s.content.find(", ");
    if (comma == std::string::npos || EndsWith(s.content, ".")) return NoteKind::kUnclassified;
    const std::string name = s.content.substr(0, comma);
    const std::vector<std::string_view> rest = SplitWords(std::string_view(s.content).substr(comma + 2));
    if (!IsNameLike(name) || rest.empty()) return NoteKind::kUnclassified;
    // "[Arbetsmarknadsstyrelsen, AMS]", "[Mongol Ardyn Khuvsgalt Nam, MAKhN]": a name of no English
    // words and, after the comma, its abbreviation: the original's name of what was just named.
    const std::vector<std::string_view> name_words = SplitWords(name);
    if (rest.size() == 1 && LooksLikeAbbreviation(rest.front()) && !s.lexicon.empty() &&
        std::none_of(name_words.begin(), name_words.end(), [&](std::string_view w) { return s.lexicon.Contains(Lower(w)); })) {
      return OriginalTerm(s.inlines[s.index]);
    }
    const std::string head = Lower(TrimCharacters(rest.front(), "\"'"));
    const bool describes = head == "a" || head == "an" || head == "the" || IsRoleWord(head) ||
                           (rest.size() >= 2 && IsRoleWord(Lower(rest[1])));
    return describes ? NoteKind::kIdentification : NoteKind::kUnclassified;
  }

  NoteKind EditorsSentence(Situation& s) {
    const bool sentence = !s.by_translator && s.words.size() >= 4 && IsCapitalized(s.words.front()) &&
                          (EndsWith(s.content, ".") || EndsWith(s.content, ".\""));
    return sentence ? NoteKind::kEditorial : NoteKind::kUnclassified;
  }

  NoteKind OtherScript(Situation& s) {
    return HasNonLatinLetters(s.content) && !s.identified ? OriginalTerm(s.inlines[s.index]) : NoteKind::kUnclassified;
  }

  // A phrase an office heads, not one that merely mentions it ("[for a meeting with the Soviet
  // Ambassador]"); "HOANG TUNG [editor of Nhan Dan]".
  NoteKind OfficeOrRole(Situation& s) {
    if (s.by_translator || EndsWith(s.content, ".")) return NoteKind::kUnclassified;
    const size_t role_head = std::min<size_t>(s.words.size(), 3);
    const bool role_content = !s.words.empty() && !IsPreposition(s.words.front()) &&
                              !IsEnglishFunctionWord(s.words.front()) &&
                              std::any_of(s.words.begin(), s.words.begin() + static_cast<long>(role_head),
                                          [](std::string_view w) { return IsRoleWord(w); });
    if (!role_content) return NoteKind::kUnclassified;
    // "UNGA [United Nations General Assembly]": the initials of the abbreviation before it, spelled
    // out, whatever office words they hold.
    const auto last = LastTokens(s.before_text, 1);
    if (last && LooksLikeAbbreviation(last->tokens) && InitialsMatch(last->tokens, s.content)) {
      return NoteKind::kUnclassified;
    }
    return NoteKind::kIdentification;
  }

  NoteKind AbbreviationSpelledOut(Situation& s) {
    // Only a word with two capitals or more can be the abbreviation (LooksLikeAbbreviation;
    // CapitalChunksMatch wants three): most notes follow none, and need nothing below.
    const auto abbreviation = LastTokens(s.before_text, 1);
    if (!abbreviation || std::count_if(abbreviation->tokens.begin(), abbreviation->tokens.end(), IsUpper) < 2) {
      return NoteKind::kUnclassified;
    }
    // "[Durzhavna sigurnost—State Security]": the original's words and their translation.
    const std::string spelled(s.expansion.substr(0, s.expansion.find("\u2014")));
    if (s.glued || spelled.empty() || IsDateOrDatePart(spelled)) return NoteKind::kUnclassified;
    // "the operation to deploy forces to Cuba" describes (ANADYR is a code word); "Tran Van Giau"
    // after "TRAN" is the fuller name: neither spells an abbreviation out.
    // (Most notes spell out the whole content: its words are the note's, already split.)
    std::vector<std::string_view> split_words;
    std::span<const std::string_view> spelled_words = s.words;
    if (spelled.size() != s.content.size()) {
      split_words = SplitWords(spelled);
      spelled_words = split_words;
    }
    const std::string first_word = spelled_words.empty() ? "" : Lower(spelled_words.front());
    const bool describes = first_word == "the" || first_word == "a" || first_word == "an";
    // "the Ambassador of the USSR [Yuri Andropov]": a person's name after an office "of" a state
    // names the office's holder; it spells no abbreviation out.
    const size_t of = s.previous.size() >= 3 && s.previous[1] == "of" ? 1
                      : s.previous.size() >= 4 && s.previous[1] == "the" && s.previous[2] == "of" ? 2
                                                                                                    : 0;
    if (of > 0 && IsRoleWord(s.previous[of + 1]) && IsNameLike(spelled) && !InitialsMatch(s.previous[0], spelled)) {
      return NoteKind::kUnclassified;
    }
    const bool spelled_out = AbsorbTokens(s.inlines, s.index, 1, [&](std::string_view token) {
      if (CapitalChunksMatch(token, spelled)) return true;
      if (!LooksLikeAbbreviation(token)) return false;
      const std::string bare = Lower(TrimCharacters(token, ".,;:()"));
      if (ContainsBetweenSpaces(Lower(spelled), bare)) return false;
      if (InitialsMatch(token, spelled)) return true;
      // KMT [Kuomintang], HQ [headquarters]: one word holding the abbreviation's letters in order,
      // the first one first.
      if (spelled_words.size() == 1 && LettersInOrder(token, spelled)) return true;
      return spelled_words.size() >= 2 && !describes;
    });
    if (!spelled_out) return NoteKind::kUnclassified;
    s.inlines[s.index].by_translator = s.by_translator;
    if (s.by_translator) TrimChildrenSuffix(s.inlines[s.index].children, s.content.size() - s.expansion.size());
    return NoteKind::kExpansion;
  }

  NoteKind ShortNameSpelledOut(Situation& s) {
    if (s.glued || s.words.size() < 2 || !NameLike(s)) return NoteKind::kUnclassified;
    const auto last = LastTokens(s.before_text, 1);
    if (!last || !IsCapitalized(last->tokens)) return NoteKind::kUnclassified;
    const std::string short_name = LettersOnly(TrimCharacters(last->tokens, "\"'\u201C\u201D"));
    std::vector<std::string> full;
    for (std::string_view word : s.words) full.push_back(LettersOnly(word));
    // The fuller name of the one named repeats a word whole ("Kim [Kim Il Sung]").
    if (short_name.size() < 4 || short_name.size() > 24 || std::find(full.begin(), full.end(), short_name) != full.end()) {
      return NoteKind::kUnclassified;
    }
    // Chunks of the short name, in order, each the beginning (two letters or more) of a later word;
    // one chunk alone must cut its word short by three letters or more ("Shen" is no short name of
    // "Kang Sheng" but another spelling).
    std::function<bool(size_t, size_t, bool)> built = [&](size_t at, size_t word, bool strict) -> bool {
      if (at == short_name.size()) return strict;
      for (size_t w = word; w < full.size(); ++w) {
        for (size_t length = std::min(full[w].size(), short_name.size() - at); length >= 2; --length) {
          if (full[w].compare(0, length, short_name, at, length) != 0) continue;
          if (built(at + length, w + 1, strict || length + 3 <= full[w].size() || at > 0)) return true;
        }
      }
      return false;
    };
    if (!built(0, 0, false)) return NoteKind::kUnclassified;
    AbsorbTokens(s.inlines, s.index, 1, [](std::string_view) { return true; });
    return NoteKind::kExpansion;
  }

  NoteKind TranslatorsMark(Situation& s) { return s.by_translator ? NoteKind::kTranslator : NoteKind::kUnclassified; }

  NoteKind FullerName(Situation& s) {
    if (!NameLike(s) || s.previous.empty() || !IsCapitalizedWordBefore(s.before_text)) {
      return NoteKind::kUnclassified;
    }
    // Choe Chang-ik [Choi Chang-ik]: as many words, spelled otherwise, are another romanization.
    const auto same_length = LastTokens(s.before_text, s.words.size());
    // (Initials and titles that differ, "Mr. Raghavan [N. Raghavan]", make a fuller name.)
    const std::string_view before_tokens = same_length ? same_length->tokens : std::string_view();
    bool differ_in_initials = false;
    size_t k = 0;
    ForEachWord(before_tokens, [&](std::string_view before_word) {
      if (k < s.words.size() && before_word != s.words[k] && (EndsWith(before_word, ".") || EndsWith(s.words[k], "."))) {
        differ_in_initials = true;
      }
      ++k;
    });
    if (same_length && s.words.size() >= 2 && IsCapitalized(same_length->tokens) && !differ_in_initials &&
        LettersOnly(same_length->tokens) != LettersOnly(s.content) &&
        (AreRomanizationVariants(same_length->tokens, ContentSpelling(s)) || IsReorderedName(same_length->tokens, s.words))) {
      return NoteKind::kUnclassified;
    }
    return ContainsBetweenSpaces(s.lower, s.last_word) && s.lower != s.last_word ? NoteKind::kIdentification
                                                                                : NoteKind::kUnclassified;
  }

  NoteKind KnownName(Situation& s) {
    if (!s.identified) return NoteKind::kUnclassified;
    // Çu En Lai [Zhou Enlai]: a known name after its spelling in another romanization.
    const bool variant = AbsorbTokens(s.inlines, s.index, s.words.size() + 1, [&](std::string_view tokens) {
      return static_cast<size_t>(CountWords(tokens)) + 1 >= s.words.size() && IsCapitalized(tokens) &&
             AreRomanizationVariants(tokens, ContentSpelling(s));
    });
    if (variant) {
      s.inlines[s.index].base_ref = s.identified->entry->id;
      s.inlines[s.index].base_kind = s.identified->entry->kind;
      return NoteKind::kAltRomanization;
    }
    const auto last = LastTokens(s.before_text, 1);
    // "Mao [Zedong]": the bracket completes a name.
    if (last && s.authority->Lookup(std::string(last->tokens) + " " + s.content)) return NoteKind::kSupplied;
    // "to [Kanggye]": a name the sentence needs.
    if (last && !last->tokens.empty() && IsLower(last->tokens[0]) && !s.after_role) return NoteKind::kSupplied;
    return NoteKind::kIdentification;
  }

  NoteKind DateOrPart(Situation& s) {
    return IsSuppliedDateContent(s.content) ? NoteKind::kSuppliedDate : NoteKind::kUnclassified;
  }

  NoteKind RestOfNameAfterTitle(Situation& s) {
    if (s.glued || s.words.empty() || s.words.size() > 2 || !NameLike(s)) return NoteKind::kUnclassified;
    const auto two = LastTokens(s.before_text, 2);
    if (!two) return NoteKind::kUnclassified;
    // (Three at most: "two" words are exactly two when no third is found.)
    const LeadingWords<3> before(two->tokens);
    // (A title inside a noun phrase is none: "the Chief of the General Staff [...]".)
    const bool in_phrase = s.previous.size() >= 3 && s.previous[2] == "the";
    if (before.size() != 2 || !IsPersonTitle(before[0]) || !IsCapitalized(before[1]) || in_phrase ||
        LooksLikeAbbreviation(before[1]) || IsRoleWord(before[1]) || IsOrganizationWord(before[1])) {
      return NoteKind::kUnclassified;
    }
    // Not the same name again ("Comrade Kang [Kang Sheng]") nor English words.
    const std::string name = LettersOnly(before[1]);
    const bool repeats = std::any_of(s.words.begin(), s.words.end(), [&](std::string_view w) { return LettersOnly(w) == name; });
    if (repeats || IsEnglishContent(s) || AreRomanizationVariants(before[1], ContentSpelling(s))) return NoteKind::kUnclassified;
    return NoteKind::kSupplied;
  }

  // A lower-case word only after a word that is not English: "the militia [milicianos]" is a term.
  NoteKind Romanization(Situation& s) {
    const bool capitalized =
        std::all_of(s.words.begin(), s.words.end(), [](std::string_view w) { return IsCapitalized(w); });
    if (s.glued || s.words.size() > 4 || !(capitalized || s.words.size() == 1)) return NoteKind::kUnclassified;
    // "negdels [negdel]": the original's term, which the English pluralized; no second spelling.
    if (const auto last = LastTokens(s.before_text, 1); last && !IsCapitalized(last->tokens)) {
      const std::string plural = LettersOnly(last->tokens), singular = LettersOnly(s.content);
      if (plural == singular + "s" || plural == singular + "es") return NoteKind::kUnclassified;
    }
    const bool variant = AbsorbTokens(s.inlines, s.index, s.words.size() + 1, [&](std::string_view tokens) {
      if (!IsCapitalized(tokens) && !s.lexicon.empty() && s.lexicon.IsEnglishPhrase(tokens)) return false;
      // "INFORMATION [Informação]": an English word before the bracket; the original's word for it.
      if (s.words.size() == 1 && !s.lexicon.empty() && HasNonAsciiLetter(s.content) &&
          s.lexicon.IsEnglishPhrase(FoldCase(tokens))) {
        return false;
      }
      if (IsReorderedName(tokens, s.words)) return true;
      // (The distances last: they cost the most.)
      return static_cast<size_t>(CountWords(tokens)) + 1 >= s.words.size() &&
             IsCapitalized(tokens) == IsCapitalized(s.content) && AreRomanizationVariants(tokens, ContentSpelling(s));
    });
    return variant ? NoteKind::kAltRomanization : NoteKind::kUnclassified;
  }

  NoteKind FirstNameInside(Situation& s) {
    const Inline* after = s.index + 1 < s.inlines.size() && s.inlines[s.index + 1].type == Inline::Type::kText
                              ? &s.inlines[s.index + 1]
                              : nullptr;
    const bool inside = s.words.size() == 1 && NameLike(s) && after && after->text.size() > 1 &&
                        after->text[0] == ' ' && IsUpper(after->text[1]);
    if (!inside) return NoteKind::kUnclassified;
    // (After a title or an office it is inside a name, "Mr. [Robert] Kennedy"; elsewhere the word
    // after must be a name, not an English word: "Circular [Oběžník] No. 19" glosses the word before.)
    const bool after_title = !s.previous.empty() && (IsPersonTitle(s.last_word) || IsRoleWord(s.last_word) ||
                                                     IsPersonTitle(s.last_word + "."));
    const std::vector<std::string_view> next = SplitWords(after->text);
    const std::string next_word = next.empty() ? "" : Lower(TrimCharacters(next.front(), ".,;:"));
    if (!after_title && !s.lexicon.empty() && s.lexicon.Contains(next_word)) return NoteKind::kUnclassified;
    return NoteKind::kSupplied;
  }

  NoteKind NameAfterOffice(Situation& s) {
    return s.after_role && NameLike(s) ? NoteKind::kIdentification : NoteKind::kUnclassified;
  }

  bool IsEnglishContent(const Situation& s) const {
    // "[at Čierna nad Tisou]", "[in Lạng Sơn]": an English preposition before a name is English
    // words whatever the name's letters.
    if (s.words.size() >= 2 && IsPreposition(s.words.front()) && IsLower(s.words.front()[0]) &&
        IsCapitalized(s.words[1])) {
      return true;
    }
    return IsEnglish(s.content, s.words, s.lexicon) && !LooksLikeAbbreviation(s.content);
  }

  bool AfterOrganization(const Situation& s) const {
    const auto organization = std::find_if(s.previous.begin(), s.previous.end(),
                                           [](std::string_view w) { return IsOrganizationWord(w); });
    if (organization == s.previous.end()) return false;
    // "the second secretary of the embassy [Li Qingquan]", "Chief of the General Staff [Otakar
    // Rytíř]": an office "of" the organization heads the phrase; the name is its holder's.
    for (auto it = organization + 1; it != s.previous.end() && it + 1 != s.previous.end(); ++it) {
      if (*it == "of" && IsRoleWord(*(it + 1))) return false;
    }
    return true;
  }

  // "the Japanese Red Cross [Nihon Sekijūjisha]": a name of two to four capitalized English words
  // (no office, no title) after "the", which the bracket names in the original language ("State
  // Secretary for Foreign Affairs [Koča Popović]" names an office's field, not a body).
  bool AfterEnglishName(const Situation& s) const {
    if (s.lexicon.empty()) return false;
    size_t run = 0;
    for (size_t count = 2; count <= 4 && count < s.previous.size(); ++count) {
      const auto last = LastTokens(s.before_text, count);
      if (!last) break;
      const std::vector<std::string_view> name = SplitWords(last->tokens);
      const bool english_name = std::all_of(name.begin(), name.end(), [&](std::string_view w) {
        return IsCapitalized(w) && !LooksLikeAbbreviation(w) && !IsRoleWord(w) && !IsPersonTitle(w) &&
               !IsOrganizationWord(w) && s.lexicon.Contains(Lower(w));
      });
      if (!english_name) break;
      run = count;
    }
    return run >= 2 && s.previous[run] == "the";
  }

  // After an English organization's name, a foreign name is the original's name of it; otherwise it
  // identifies ("[Liaoning province]": a name with an English word in it identifies).
  NoteKind UnknownName(Situation& s) {
    if (!NameLike(s) || s.words.size() < 2) return NoteKind::kUnclassified;
    // (After an organization's name, a name with a word that is not English is its original name
    // even when other words happen to be English: "Lao Patriotic Front [Neo Lao Haksat]".)
    const bool foreign_word = !s.lexicon.empty() && std::any_of(s.lower_words.begin(), s.lower_words.end(),
                                                                [&](std::string_view w) { return !s.lexicon.Contains(w); });
    if (IsEnglishContent(s) && !(foreign_word && AfterOrganization(s))) return NoteKind::kUnclassified;
    const bool english_word = !s.lexicon.empty() && std::any_of(s.words.begin(), s.words.end(), [&](std::string_view w) {
      return IsLower(w[0]) && !IsEnglishFunctionWord(w) && s.lexicon.Contains(w);
    });
    const bool no_english = s.lexicon.empty() || std::none_of(s.lower_words.begin(), s.lower_words.end(),
                                                              [&](std::string_view w) { return s.lexicon.Contains(w); });
    if ((AfterOrganization(s) || (AfterEnglishName(s) && no_english)) && !english_word) {
      return Doubtful(s.inlines, s.index, OriginalTerm(s.inlines[s.index]),
                      "a foreign name after an organization's English name: its name in the original");
    }
    return Doubtful(s.inlines, s.index, NoteKind::kIdentification, "a name the authority does not know");
  }

  NoteKind EnglishWords(Situation& s) {
    if (!IsEnglishContent(s)) return NoteKind::kUnclassified;
    return DecideEnglish(s.inlines, s.index, s.words, s.before_text, s.previous, s.whole_line, s.lexicon);
  }

  // A single capitalized word after an office ("Colonel General of Aviation [Kadomtsev]") is a person.
  NoteKind ForeignWords(Situation& s) {
    if (!(IsLexicalTerm(s.content) || HasNonAsciiLetter(s.content) || Contains(s.content, "\u2014"))) {
      return NoteKind::kUnclassified;
    }
    const bool after_organization = AfterOrganization(s);
    const size_t near = std::min<size_t>(s.previous.size(), 4);
    const bool role_nearby = std::any_of(s.previous.begin(), s.previous.begin() + static_cast<long>(near),
                                         [](std::string_view w) { return IsRoleWord(w); });
    if (role_nearby && IsCapitalized(s.content) && !after_organization) return NoteKind::kIdentification;
    if (IsCapitalized(s.content) && s.words.size() == 1 && !after_organization && !s.previous.empty() &&
        !s.lexicon.empty() && !s.lexicon.Contains(s.last_word) && IsCapitalizedWordBefore(s.before_text)) {
      return Doubtful(s.inlines, s.index, NoteKind::kIdentification, "a name after another name");
    }
    return OriginalTerm(s.inlines[s.index]);
  }

  NoteKind QuotedName(Situation& s) {
    const bool quoted = s.words.size() >= 2 && s.lower_words.front() == "the" &&
                        (StartsWith(s.words[1], "\"") || StartsWith(s.words[1], "\u201C")) &&
                        IsCapitalized(TrimCharacters(s.words[1], "\"\u201C"));
    return quoted ? NoteKind::kIdentification : NoteKind::kUnclassified;
  }

  // English words: what they do in the sentence decides (the fallback is never blindly
  // "supplied"). At a sentence's start, prepositional phrases and function words after a common word
  // are words the sentence needs; after a name or a title, or as a noun phrase after a noun, they
  // say who or what was meant.
  // (`words` are the note's content's.)
  NoteKind DecideEnglish(Inlines& inlines, size_t index, std::span<const std::string_view> words,
                         std::string_view before_text, const FoldedWordsBefore& previous, bool whole_line,
                         const EnglishLexicon& lexicon) {
    const std::string first(Lower(TrimCharacters(words.front(), "\"'(\u201C")));
    const bool after_name = IsCapitalizedWordBefore(before_text) && !SentenceStartsAt(before_text);
    const std::string_view last_word = previous.empty() ? std::string_view() : previous.front();
    const bool after_function_word = !previous.empty() && IsEnglishFunctionWord(last_word);
    const bool capitalized = std::all_of(words.begin(), words.end(), [](std::string_view w) {
      return IsCapitalized(w) || IsEnglishFunctionWord(w);
    }) && IsCapitalized(words.front());

    if (whole_line) return Doubtful(inlines, index, NoteKind::kEditorial, "English words on a line of their own");
    // "[The ambassador] told me": the subject a sentence needs, when the sentence runs on after it in
    // lower case; before a new sentence ("[page break] The delegation") or nothing it is a remark.
    if (SentenceStartsAt(before_text)) {
      const Inline* after = index + 1 < inlines.size() && inlines[index + 1].type == Inline::Type::kText
                                ? &inlines[index + 1]
                                : nullptr;
      const std::string_view next = after ? TrimWhitespace(after->text) : std::string_view();
      if (!next.empty() && (IsLower(next.front()) || next.front() == ',')) return NoteKind::kSupplied;
      return Doubtful(inlines, index, NoteKind::kEditorial, "English words between sentences: a remark");
    }
    // aimags [provinces], sum [district]: a noun after a foreign (or any content) word glosses it.
    const auto last = LastTokens(before_text, 1);
    // (A quoted word, "the \"Heuriger\" [wine tavern]", is the word the bracket glosses.)
    const std::string last_token = last ? std::string(TrimCharacters(last->tokens, "\"'\u201C\u201D\u2018\u2019")) : "";
    const bool quoted_word = last && last_token.size() < last->tokens.size();
    const bool after_foreign_word = last && !last_token.empty() && IsLexicalTerm(last_token) &&
                                    !IsEnglish(last_token, lexicon) && !LooksLikeAbbreviation(last_token);
    const bool gloss_of_quoted = quoted_word && !IsPreposition(first) && !IsEnglishFunctionWord(first);
    if (after_foreign_word && (IsLower(last_token[0]) || capitalized || gloss_of_quoted)) return NoteKind::kIdentification;
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
    // "sum [district]", "quinine [quinine sulfate]": a noun phrase of content words (no function
    // word) after a noun glosses it.
    const bool content_words = std::none_of(words.begin(), words.end(), [](std::string_view w) {
      return IsEnglishFunctionWord(w) || IsPreposition(w);
    });
    if (words.size() <= 3 && content_words && !previous.empty() && !lexicon.empty() && lexicon.Contains(last_word) &&
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
    const std::string_view last = LastWord(before_text);
    return !last.empty() && IsCapitalized(TrimCharacters(last, "\"'(\u201C"));
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
