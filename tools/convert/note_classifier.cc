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

std::string Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return std::string(text);
}


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

bool IsLetter(char c) { return IsUpper(c) || IsLower(c) || static_cast<unsigned char>(c) >= 0x80; }

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
  const auto words = Words(phrase);
  if (std::any_of(words.begin(), words.end(), [](const std::string& w) { return IsEnglishFunctionWord(w); })) {
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
    if (IsLetter(c)) out += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
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
    if (IsLetter(c) || c == ' ' || c == ',' || c == '-' || c == '\'' || c == '.') continue;
    return false;
  }
  return !content.empty();
}

}  // namespace

NoteKind KindFromContent(const std::string& raw) {
  const std::string content = Trim(raw);
  const std::string lower = Lower(content);
  if (content.empty()) return NoteKind::kUnclassified;
  if (std::all_of(content.begin(), content.end(), [](char c) { return c == '.' || c == ' '; }) ||
      content == "\u2026") {
    return NoteKind::kOmission;
  }
  if (content.size() <= 3 && std::all_of(content.begin(), content.end(), IsDigit)) return NoteKind::kFootnoteRef;
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
  if (StartsWith(lower, "handwrit") || StartsWith(lower, "note in another hand") ||
      StartsWith(lower, "in another hand") || StartsWith(lower, "marginal note") || StartsWith(lower, "resolution:")) {
    if (descriptor && Contains(lower, "illegible")) return NoteKind::kIllegible;
    return NoteKind::kHandwritten;
  }
  if (head_has("stamp")) return NoteKind::kStamp;
  if (lower == "signature" || lower == "sign" || lower == "signed" || lower == "illegible signature" ||
      lower == "signature illegible" || lower == "signatures" || StartsWith(lower, "signature of") ||
      lower == "seal and signature") {
    return NoteKind::kSignature;
  }
  if (Contains(lower, "redacted") || Contains(lower, "blacked out") || Contains(lower, "withheld")) {
    return NoteKind::kRedaction;
  }
  const bool unreadable = Contains(lower, "illegible") || Contains(lower, "cannot be read") ||
                          Contains(lower, "unreadable") || Contains(lower, "not legible");
  if (StartsWith(lower, "illegible") || (descriptor && words.size() <= 8 && unreadable)) {
    return NoteKind::kIllegible;
  }
  static constexpr std::array<std::string_view, 16> kStage = {
      "laughter", "laughter.", "applause", "applause.", "laughs", "laughs.", "pause", "pause.", "silence",
      "silence.", "noise in the hall", "noise in the hall.", "animation", "animation.", "stormy applause.",
      "prolonged applause."};
  if (std::find(kStage.begin(), kStage.end(), lower) != kStage.end()) return NoteKind::kStage;
  if (lower == "no date" || lower == "day left blank" || lower == "no name given" || lower == "date left blank" ||
      lower == "undated" || lower == "excerpts" || lower == "excerpt" || StartsWith(lower, "no date") ||
      Contains(lower, "not reproduced") || lower == "text missing" || lower == "page missing") {
    return NoteKind::kEditorial;
  }
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
      note.printed = "double";
    }
    ClassifyList(note.children);
    const std::string content = Trim(note.text);
    const Inline* before = PrecedingText(inlines, index);
    const std::string before_text = before ? before->text : "";
    note.glued = !before_text.empty() && IsLetter(before_text.back());

    NoteKind kind = KindFromContent(note.text);
    if (kind == NoteKind::kOmission && note.printed.empty()) note.printed = content;
    if ((kind == NoteKind::kStamp || kind == NoteKind::kHandwritten) && content.find(':') == std::string::npos &&
        Words(content).size() <= 6) {
      note.descriptor = true;
    }
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
    const std::vector<std::string> words = Words(content);

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
    for (std::string_view mark : {"\u2014trans.", "\u2013trans.", "-trans.", "\u2014trans"}) {
      if (EndsWith(expansion, mark)) {
        expansion.resize(expansion.size() - mark.size());
        by_translator = true;
        break;
      }
    }
    if (!glued && Words(expansion).size() >= 2 && IsCapitalized(expansion) &&
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
    const bool capitalized = std::all_of(words.begin(), words.end(), [](const std::string& w) { return IsCapitalized(w); });
    if (!glued && words.size() <= 4 && (capitalized || words.size() == 1)) {
      const bool variant = AbsorbTokens(inlines, index, words.size() + 1, [&](const std::string& tokens) {
        return Words(tokens).size() + 1 >= words.size() && AreRomanizationVariants(tokens, content) &&
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
