#include "note_classifier.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "date_recognizer.h"
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
  static constexpr std::array<std::string_view, 62> kWords = {
      "a", "an", "the", "to", "of", "by", "in", "on", "for", "with", "from", "and", "or", "but", "him", "her",
      "me", "us", "them", "his", "its", "their", "our", "my", "your", "yourself", "himself", "themselves", "they",
      "we", "you", "he", "she", "it", "i", "had", "have", "has", "is", "was", "were", "be", "been", "are", "that",
      "this", "these", "those", "which", "who", "whom", "not", "as", "at", "during", "about", "following", "will",
      "would", "should", "there", "than"};
  return std::find(kWords.begin(), kWords.end(), Lower(word)) != kWords.end();
}

bool IsLexicalTerm(std::string_view content);

bool IsEnglish(std::string_view phrase, const EnglishLexicon& lexicon) {
  const auto words = SplitWords(phrase);
  if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsEnglishFunctionWord(w); })) {
    return true;
  }
  return IsLexicalTerm(phrase) && !lexicon.empty() && lexicon.IsEnglishPhrase(phrase);
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

constexpr std::array<Phrase, 6> kSicNotes = {{
    {Occurs::kWhole, "sic"}, {Occurs::kWhole, "sic!"}, {Occurs::kAtStart, "sic:"}, {Occurs::kAtStart, "sic,"},
    {Occurs::kAtStart, "sic "}, {Occurs::kAtStart, "orthographic mistake"},
}};

constexpr std::array<Phrase, 5> kTranslatorLabels = {{
    {Occurs::kAtStart, "translator's note"}, {Occurs::kAtStart, "translator\u2019s note"},
    {Occurs::kAtStart, "trans. note"}, {Occurs::kAtStart, "translator's comment"},
    {Occurs::kAtStart, "translator note"},
}};

constexpr std::array<Phrase, 5> kHandwritingLabels = {{
    {Occurs::kAtStart, "handwrit"}, {Occurs::kAtStart, "note in another hand"}, {Occurs::kAtStart, "in another hand"},
    {Occurs::kAtStart, "marginal note"}, {Occurs::kAtStart, "resolution:"},
}};

// A stamp is named among the first words: [stamp: ...], [faded stamp: ...], [MFA Far East Department stamp: ...].
constexpr std::string_view kStampWord = "stamp";
constexpr size_t kStampWordWithin = 4;

constexpr std::array<Phrase, 8> kSignatureNotes = {{
    {Occurs::kWhole, "signature"}, {Occurs::kWhole, "sign"}, {Occurs::kWhole, "signed"},
    {Occurs::kWhole, "illegible signature"}, {Occurs::kWhole, "signature illegible"}, {Occurs::kWhole, "signatures"},
    {Occurs::kAtStart, "signature of"}, {Occurs::kWhole, "seal and signature"},
}};

constexpr std::array<Phrase, 3> kRedactionPhrases = {{
    {Occurs::kAnywhere, "redacted"}, {Occurs::kAnywhere, "blacked out"}, {Occurs::kAnywhere, "withheld"},
}};

constexpr std::array<Phrase, 4> kUnreadablePhrases = {{
    {Occurs::kAnywhere, "illegible"}, {Occurs::kAnywhere, "cannot be read"}, {Occurs::kAnywhere, "unreadable"},
    {Occurs::kAnywhere, "not legible"},
}};
// A short description without a colon that says the text cannot be read is an illegible passage.
constexpr size_t kLongestIllegibleDescription = 8;

constexpr std::array<Phrase, 16> kStageDirections = {{
    {Occurs::kWhole, "laughter"}, {Occurs::kWhole, "laughter."}, {Occurs::kWhole, "applause"},
    {Occurs::kWhole, "applause."}, {Occurs::kWhole, "laughs"}, {Occurs::kWhole, "laughs."},
    {Occurs::kWhole, "pause"}, {Occurs::kWhole, "pause."}, {Occurs::kWhole, "silence"},
    {Occurs::kWhole, "silence."}, {Occurs::kWhole, "noise in the hall"}, {Occurs::kWhole, "noise in the hall."},
    {Occurs::kWhole, "animation"}, {Occurs::kWhole, "animation."}, {Occurs::kWhole, "stormy applause."},
    {Occurs::kWhole, "prolonged applause."},
}};

constexpr std::array<Phrase, 8> kEditorialRemarks = {{
    {Occurs::kAtStart, "no date"}, {Occurs::kWhole, "no name given"}, {Occurs::kWhole, "undated"},
    {Occurs::kWhole, "excerpts"}, {Occurs::kWhole, "excerpt"}, {Occurs::kAnywhere, "not reproduced"},
    {Occurs::kWhole, "text missing"}, {Occurs::kWhole, "page missing"},
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

}  // namespace

bool IsBlankDatePart(std::string_view content) { return HasPhrase(Lower(TrimWhitespace(content)), kBlankDateParts); }

bool IsDescriptorNote(std::string_view content) {
  return content.find(':') == std::string_view::npos && CountWords(content) <= static_cast<int>(kLongestDescriptor);
}

NoteKind KindFromContent(std::string_view raw) {
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
  const size_t head = std::min(words.size(), kStampWordWithin);
  if (std::any_of(words.begin(), words.begin() + head, [](std::string_view w) { return StartsWith(w, kStampWord); })) {
    return NoteKind::kStamp;
  }
  if (HasPhrase(lower, kSignatureNotes)) return NoteKind::kSignature;
  if (HasPhrase(lower, kRedactionPhrases)) return NoteKind::kRedaction;
  if (StartsWith(lower, "illegible") ||
      (without_colon && words.size() <= kLongestIllegibleDescription && HasPhrase(lower, kUnreadablePhrases))) {
    return NoteKind::kIllegible;
  }
  if (HasPhrase(lower, kStageDirections)) return NoteKind::kStage;
  if (HasPhrase(lower, kEditorialRemarks) || HasPhrase(lower, kBlankDateParts)) return NoteKind::kEditorial;
  return NoteKind::kUnclassified;
}

namespace {

class Classifier {
 public:
  Classifier(const NoteContext& context, std::vector<Diagnostic>& diagnostics)
      : context_(context), diagnostics_(diagnostics) {}

  void ClassifyList(Inlines& inlines) {
    for (size_t i = 0; i < inlines.size(); ++i) {
      if (inlines[i].type == Inline::Type::kNote) ClassifyOne(inlines, i);
    }
  }

 private:
  void ClassifyOne(Inlines& inlines, size_t index) {
    Inline& note = inlines[index];
    // [[two names illegible]]: doubled brackets are one note printed twice over.
    if (note.children.size() == 1 && note.children[0].type == Inline::Type::kNote) {
      Inline inner = std::move(note.children[0]);
      note.children = std::move(inner.children);
      note.text = inner.text;
      note.doubled = true;
    }
    ClassifyList(note.children);
    const std::string content(TrimWhitespace(note.text));
    const Inline* before = PrecedingText(inlines, index);
    const std::string before_text = before ? before->text : "";
    note.glued = !before_text.empty() && IsLetterOrNonAscii(before_text.back());

    NoteKind kind = KindFromContent(note.text);
    if (kind == NoteKind::kOmission || kind == NoteKind::kUncertain) {
      note.printed = content;
      note.padded_start = !note.text.empty() && IsAsciiWhitespace(note.text.front());
      note.padded_end = !note.text.empty() && IsAsciiWhitespace(note.text.back());
    }
    if ((kind == NoteKind::kStamp || kind == NoteKind::kHandwritten) && IsDescriptorNote(content)) note.descriptor = true;
    if (kind != NoteKind::kUnclassified) {
      inlines[index].note_kind = kind;
      return;
    }
    inlines[index].note_kind = Decide(inlines, index, content, before_text);
    if (inlines[index].note_kind == NoteKind::kUnclassified) {
      diagnostics_.push_back({context_.file_name, note.position.line, note.position.column, Severity::kWarning,
                              "cannot tell what kind of editorial note '[" + content.substr(0, 60) +
                                  "]' is; encoded as an unclassified editorial note. Check it and set note/@type",
                              rules::kConvertUnclassifiedNote});
    }
  }

  NoteKind Decide(Inlines& inlines, size_t index, const std::string& content, const std::string& before_text) {
    const Authority* authority = context_.authority;
    const bool glued = inlines[index].glued;
    const std::vector<std::string_view> words = SplitWords(content);

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

    // VKP(b) [Central Committee, ...], MVT [Ministry of Foreign Trade—trans.]: the abbreviation
    // right before the bracket, spelled out.
    std::string expansion = content;
    bool by_translator = false;
    for (std::string_view mark : kTranslatorMarks) {
      if (EndsWith(expansion, mark)) {
        expansion.resize(expansion.size() - mark.size());
        by_translator = true;
        break;
      }
    }
    if (!glued && SplitWords(expansion).size() >= 2 && IsCapitalized(expansion) &&
        AbsorbTokens(inlines, index, 1, [](const std::string& token) { return LooksLikeAbbreviation(token); })) {
      inlines[index].by_translator = by_translator;
      if (by_translator) TrimChildrenSuffix(inlines[index].children, content.size() - expansion.size());
      return NoteKind::kExpansion;
    }
    if (by_translator) return NoteKind::kTranslator;

    if (identified) {
      const auto last = LastTokens(before_text, 1);
      // "Mao [Zedong]": the bracket completes a name.
      if (last && authority->Lookup(last->tokens + " " + content)) return NoteKind::kSupplied;
      // "to [Kanggye]": a name the sentence needs.
      if (last && !last->tokens.empty() && IsLower(last->tokens[0])) return NoteKind::kSupplied;
      return NoteKind::kIdentification;
    }

    // Pak Ung-geol [Pak Ung Gol], chuch’e [juche]: the same name in another romanization.
    const bool capitalized = std::all_of(words.begin(), words.end(), [](std::string_view w) { return IsCapitalized(w); });
    if (!glued && words.size() <= 4 && (capitalized || words.size() == 1)) {
      const bool variant = AbsorbTokens(inlines, index, words.size() + 1, [&](const std::string& tokens) {
        return SplitWords(tokens).size() + 1 >= words.size() && AreRomanizationVariants(tokens, content) &&
               IsCapitalized(tokens) == IsCapitalized(content);
      });
      if (variant) return NoteKind::kAltRomanization;
    }

    // A statement by the editor: a sentence.
    if (words.size() >= 4 && IsCapitalized(words.front()) && (EndsWith(content, ".") || EndsWith(content, ".\""))) {
      return NoteKind::kEditorial;
    }
    // [15 August]: a date the editor supplied.
    if (words.size() <= 4 && !FindDates(content, DateContext{1950, 1, 1}).empty()) return NoteKind::kSupplied;
    // [the "Polish October"]: what the preceding words refer to.
    if (StartsWith(content, "the \"") || StartsWith(content, "the \u201C") ||
        (words.size() >= 2 && words[0] == "the" && IsCapitalized(words[1]))) {
      return NoteKind::kIdentification;
    }
    const EnglishLexicon& lexicon = context_.lexicon ? *context_.lexicon : EnglishLexicon::System();
    if (IsEnglish(content, lexicon) && !LooksLikeAbbreviation(content)) {
      // aimags [provinces]: English after a foreign word glosses it; otherwise the words are
      // supplied for the English sense.
      const auto last = LastTokens(before_text, 1);
      const bool after_foreign_word = last && IsLower(last->tokens[0]) && IsLexicalTerm(last->tokens) &&
                                      !IsEnglish(last->tokens, lexicon);
      return after_foreign_word ? NoteKind::kIdentification : NoteKind::kSupplied;
    }
    if (IsLexicalTerm(content) || HasNonAsciiLetter(content) || Contains(content, "\u2014")) {
      Inline& note = inlines[index];
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
    return NoteKind::kUnclassified;
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
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

void ClassifyNotes(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics) {
  Classifier(context, diagnostics).ClassifyList(inlines);
}

const char* NoteKindName(NoteKind kind) {
  switch (kind) {
    case NoteKind::kPseudonym: return "pseudonym";
    case NoteKind::kIdentification: return "identification";
    case NoteKind::kAltRomanization: return "alt-romanization";
    case NoteKind::kSupplied: return "supplied";
    case NoteKind::kSuppliedInWord: return "supplied-in-word";
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
