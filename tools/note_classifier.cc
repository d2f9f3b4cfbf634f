#include "note_classifier.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "date_recognizer.h"

namespace teipress {
namespace {

std::string Lower(std::string_view text) { return FoldCase(text); }

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return std::string(text);
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}
bool Contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    if (end > i) words.emplace_back(text.substr(i, end - i));
    i = end;
  }
  return words;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsLetter(char c) { return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80; }

bool HasNonAsciiLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Words that only an English phrase has; a bracket holding one is supplied English text, not a
// term in the original language.
bool IsEnglishFunctionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 64> kWords = {
      "a", "an", "the", "to", "of", "by", "in", "on", "for", "with", "from", "and", "or", "but", "him", "her",
      "me", "us", "them", "his", "its", "their", "our", "my", "your", "yourself", "himself", "themselves", "they",
      "we", "you", "he", "she", "it", "i", "had", "have", "has", "is", "was", "were", "be", "been", "are", "that",
      "this", "these", "those", "which", "who", "whom", "not", "as", "at", "during", "about", "following", "will",
      "would", "should", "there", "than", "then", "into"};
  const std::string folded = Lower(word);
  return std::find(kWords.begin(), kWords.end(), folded) != kWords.end();
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

std::string LettersOnly(std::string_view text) {
  std::string out;
  for (char c : Lower(text)) {
    if (IsLetter(c)) out += c;
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

// The last `count` whitespace-separated tokens of `text`, and where they start.
struct Tail {
  std::string tokens;
  size_t begin = 0;
};

std::optional<Tail> LastTokens(std::string_view text, size_t count) {
  // The text must end with exactly one space (the space before the bracket).
  if (text.empty() || text.back() != ' ') return std::nullopt;
  size_t end = text.size() - 1;
  if (end == 0 || text[end - 1] == ' ') return std::nullopt;
  size_t begin = end;
  size_t found = 0;
  while (found < count) {
    while (begin > 0 && text[begin - 1] != ' ' && text[begin - 1] != '\n') --begin;
    ++found;
    if (found == count) break;
    if (begin == 0 || text[begin - 1] != ' ') return std::nullopt;
    --begin;
    if (begin == 0 || text[begin - 1] == ' ') return std::nullopt;
  }
  return Tail{std::string(text.substr(begin, end - begin)), begin};
}

// The text run directly before note `index`, or null.
Inline* PrecedingText(Inlines& inlines, size_t index) {
  if (index == 0 || inlines[index - 1].type != Inline::Type::kText) return nullptr;
  return &inlines[index - 1];
}

void Absorb(Inlines& inlines, size_t index, const Tail& tail) {
  Inline& before = inlines[index - 1];
  inlines[index].base = tail.tokens;
  before.text.erase(tail.begin);
}

// Strips punctuation that belongs to the sentence, not to the token ("Vereshchagin." is not
// a name, but quotes around a name are part of the printed token and stay outside `base`).
bool TokenIsWordLike(std::string_view token) {
  return !token.empty() && IsLetter(token.back()) && IsLetter(token.front());
}

}  // namespace

NoteKind KindFromContent(const std::string& raw) {
  const std::string content = Trim(raw);
  const std::string lower = Lower(content);
  if (content.empty()) return NoteKind::kUnclassified;
  if (std::all_of(content.begin(), content.end(), [](char c) { return c == '.' || c == ' '; }) ||
      content == "\u2026" || content == "\u2026.") {
    return NoteKind::kOmission;
  }
  if (content.size() <= 3 && std::all_of(content.begin(), content.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return NoteKind::kFootnoteRef;
  }
  if (content == "?" || content == "??") return NoteKind::kUncertain;
  if (lower == "sic" || lower == "sic!" || StartsWith(lower, "sic:") || StartsWith(lower, "sic,") ||
      StartsWith(lower, "sic ") || StartsWith(lower, "orthographic mistake")) {
    return NoteKind::kSic;
  }
  if (StartsWith(lower, "translator's note") || StartsWith(lower, "translator\u2019s note") ||
      StartsWith(lower, "trans. note") || StartsWith(lower, "translator's comment") ||
      StartsWith(lower, "translator note")) {
    return NoteKind::kTranslator;
  }
  const std::vector<std::string> words = Words(lower);
  const size_t head = std::min<size_t>(words.size(), 4);
  auto head_has = [&](std::string_view stem) {
    for (size_t i = 0; i < head; ++i) {
      if (StartsWith(words[i], stem)) return true;
    }
    return false;
  };
  const bool descriptor = content.find(':') == std::string::npos;
  if (head_has("stamp")) return NoteKind::kStamp;
  if (StartsWith(lower, "handwrit") || StartsWith(lower, "note in another hand") ||
      StartsWith(lower, "in another hand") || StartsWith(lower, "marginal note") || StartsWith(lower, "resolution:")) {
    if (descriptor && Contains(lower, "illegible")) return NoteKind::kIllegible;
    return NoteKind::kHandwritten;
  }
  if (lower == "signature" || lower == "sign" || lower == "signed" || lower == "illegible signature" ||
      lower == "signature illegible" || lower == "signatures" || StartsWith(lower, "signature of") ||
      lower == "seal and signature") {
    return NoteKind::kSignature;
  }
  if (Contains(lower, "redacted") || Contains(lower, "blacked out") || Contains(lower, "withheld")) {
    return NoteKind::kRedaction;
  }
  if (StartsWith(lower, "illegible") || (descriptor && words.size() <= 8 && Contains(lower, "illegible"))) {
    return NoteKind::kIllegible;
  }
  static constexpr std::array<std::string_view, 14> kStage = {
      "laughter", "laughter.", "applause", "applause.", "laughs", "laughs.", "pause", "pause.", "silence",
      "silence.", "noise in the hall", "noise in the hall.", "animation", "animation."};
  if (std::find(kStage.begin(), kStage.end(), lower) != kStage.end()) return NoteKind::kStage;
  if (lower == "no date" || lower == "day left blank" || lower == "no name given" || lower == "date left blank" ||
      lower == "undated" || lower == "excerpts" || lower == "excerpt" || StartsWith(lower, "no date") ||
      Contains(lower, "not reproduced") || lower == "text missing" || lower == "page missing") {
    return NoteKind::kEditorial;
  }
  return NoteKind::kUnclassified;
}

namespace {

void ClassifyOne(Inlines& inlines, size_t index, const NoteContext& context, std::vector<Diagnostic>& diagnostics);

void ClassifyList(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics) {
  for (size_t i = 0; i < inlines.size(); ++i) {
    if (inlines[i].type == Inline::Type::kNote) ClassifyOne(inlines, i, context, diagnostics);
  }
}

// Tries to absorb the name or token before the note as the note's `base`. `max_tokens` bounds
// the name's length; `accept` decides whether a candidate fits.
template <typename Accept>
bool AbsorbBase(Inlines& inlines, size_t index, size_t max_tokens, Accept accept) {
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

void ClassifyOne(Inlines& inlines, size_t index, const NoteContext& context, std::vector<Diagnostic>& diagnostics) {
  Inline& note = inlines[index];
  ClassifyList(note.children, context, diagnostics);
  const std::string content = Trim(note.text);
  const Inline* before = PrecedingText(inlines, index);
  const std::string before_text = before ? before->text : "";
  note.glued = !before_text.empty() && IsLetter(before_text.back());
  const Authority* authority = context.authority;

  NoteKind kind = KindFromContent(note.text);
  if (kind == NoteKind::kOmission) note.printed = content;
  if (kind == NoteKind::kUncertain) {
    AbsorbBase(inlines, index, 1, [](const std::string& token) { return TokenIsWordLike(token); });
  }
  if (kind == NoteKind::kSic && (Lower(content) == "sic" || Lower(content) == "sic!")) {
    AbsorbBase(inlines, index, 1, [](const std::string& token) { return TokenIsWordLike(token) || !token.empty(); });
  }
  if (kind != NoteKind::kUnclassified) {
    inlines[index].note_kind = kind;
    return;
  }

  const std::vector<std::string> words = Words(content);
  const bool content_capitalized =
      !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
        return IsCapitalized(w) || w == "of" || w == "the" || w == "and";
      });

  // Names: a pseudonym identified, a name identified, or the same name in another romanization.
  if (authority && !note.glued) {
    const auto identified = authority->Lookup(content);
    if (identified) {
      bool decided = false;
      AbsorbBase(inlines, index, 3, [&](const std::string& tokens) {
        const auto known = authority->Lookup(tokens);
        if (!known || known->entry != identified->entry) return false;
        const bool abbreviation = known->entry->kind == NameKind::kOrganization && LooksLikeAbbreviation(tokens);
        inlines[index].note_kind = known->is_pseudonym ? NoteKind::kPseudonym
                                   : abbreviation      ? NoteKind::kExpansion
                                                       : NoteKind::kAltRomanization;
        inlines[index].base_ref = known->entry->id;
        inlines[index].base_kind = known->entry->kind;
        decided = true;
        return true;
      });
      if (decided) return;
      // "Mao [Zedong]": the bracket completes a name.
      if (before && !before_text.empty()) {
        const auto last = LastTokens(before_text, 1);
        if (last && authority->Lookup(last->tokens + " " + content)) {
          inlines[index].note_kind = NoteKind::kSupplied;
          return;
        }
      }
      inlines[index].note_kind = NoteKind::kIdentification;
      return;
    }
  }

  // Translator's expansion "MVT [Ministry of Foreign Trade—trans.]" and ordinary expansions.
  const bool translator_mark = EndsWith(content, "\u2014trans.") || EndsWith(content, "-trans.") ||
                               EndsWith(content, "\u2013trans.") || EndsWith(content, "\u2014trans");
  if (!note.glued && words.size() >= 2 &&
      AbsorbBase(inlines, index, 4, [&](const std::string& tokens) {
        const auto parts = Words(tokens);
        return std::all_of(parts.begin(), parts.end(), [](const std::string& p) { return LooksLikeAbbreviation(p); });
      })) {
    inlines[index].note_kind = NoteKind::kExpansion;
    return;
  }
  if (translator_mark) {
    inlines[index].note_kind = NoteKind::kTranslator;
    return;
  }

  // A bracket glued to a word completes it: G[eorge], V[ice]-Minister, D[epartment].
  if (note.glued && !content.empty() && IsLower(content[0]) && words.size() <= 2) {
    inlines[index].note_kind = NoteKind::kSuppliedInWord;
    return;
  }

  // Pak Ung-geol [Pak Ung Gol]: the same name romanized differently.
  if (content_capitalized && words.size() <= 4 && !note.glued) {
    const bool variant = AbsorbBase(inlines, index, words.size() + 1, [&](const std::string& tokens) {
      return Words(tokens).size() + 1 >= words.size() && AreRomanizationVariants(tokens, content) &&
             IsCapitalized(tokens);
    });
    if (variant) {
      inlines[index].note_kind = NoteKind::kAltRomanization;
      return;
    }
  }
  if (words.size() == 1 && !note.glued && !HasNonAsciiLetter(content) && IsLower(content[0])) {
    // chuch'e [juche]
    const bool variant = AbsorbBase(inlines, index, 1, [&](const std::string& token) {
      return AreRomanizationVariants(token, content) && LettersOnly(token) != LettersOnly(content);
    });
    if (variant) {
      inlines[index].note_kind = NoteKind::kAltRomanization;
      return;
    }
  }

  // A statement by the editor: a sentence.
  const bool sentence = words.size() >= 4 && IsCapitalized(words.front()) &&
                        (EndsWith(content, ".") || EndsWith(content, ".\"") || EndsWith(content, "!"));
  if (sentence) {
    inlines[index].note_kind = NoteKind::kEditorial;
    return;
  }

  // A date the editor supplied: [15 August].
  if (!FindDates(content, DateContext{1950, 1, 1}).empty() && words.size() <= 4) {
    inlines[index].note_kind = NoteKind::kSupplied;
    return;
  }

  const bool english = std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsEnglishFunctionWord(w); });
  if (english) {
    inlines[index].note_kind = NoteKind::kSupplied;
    return;
  }
  if (HasNonAsciiLetter(content) || (!words.empty() && words.size() <= 6)) {
    // A capitalized word after a capitalized name identifies it (Otpor [Zabaikalsk]).
    const auto last = before ? LastTokens(before_text, 1) : std::nullopt;
    if (content_capitalized && words.size() <= 2 && !HasNonAsciiLetter(content) && last &&
        IsCapitalized(last->tokens) && TokenIsWordLike(last->tokens) && !LooksLikeAbbreviation(content) &&
        !before_text.empty() && before_text.size() >= 2) {
      inlines[index].note_kind = NoteKind::kIdentification;
      return;
    }
    inlines[index].note_kind = NoteKind::kOriginalTerm;
    if (!context.language_code.empty()) {
      static constexpr std::array<std::string_view, 12> kNonLatinScripts = {"ru", "bg", "zh", "ja", "ko", "mn",
                                                                            "uk", "be", "sr", "mk", "el", "ka"};
      const bool transliterated =
          std::find(kNonLatinScripts.begin(), kNonLatinScripts.end(), context.language_code) != kNonLatinScripts.end() &&
          !HasNonAsciiLetter(content);
      inlines[index].language = context.language_code + (transliterated ? "-Latn" : "");
    }
    return;
  }
  inlines[index].note_kind = NoteKind::kUnclassified;
  diagnostics.push_back({context.file_name, note.position.line, note.position.column, Severity::kWarning,
                         "cannot tell what kind of editorial note '[" + content.substr(0, 60) +
                             "]' is; encoded as an unclassified editorial note. Check it and set note/@type by hand",
                         "convert.unclassified-note"});
}

}  // namespace

void ClassifyNotes(Inlines& inlines, const NoteContext& context, std::vector<Diagnostic>& diagnostics) {
  ClassifyList(inlines, context, diagnostics);
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
