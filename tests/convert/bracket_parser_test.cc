// Unit tests of the bracket parser: notes and nesting, positions in characters across
// multi-byte UTF-8 and line breaks, unbalanced-bracket warnings, hostile nesting, PrintedText.
#include "bracket_parser.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace teipress {
namespace {

using Type = Inline::Type;

std::string Describe(const Inlines& inlines) {
  // A compact structural rendering: T(text) N[children] B for line breaks, S(bracket>correction)
  // for a bracket printed in error.
  std::string out;
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Type::kText: out += "T(" + run.text + ")"; break;
      case Type::kLineBreak: out += "B"; break;
      case Type::kNote: out += "N[" + Describe(run.children) + "]"; break;
      case Type::kStrayBracket: out += "S(" + run.text + ">" + run.label.get() + ")"; break;
      default: out += "?"; break;
    }
  }
  return out;
}

struct StructureCase {
  std::string input;
  std::string structure;
};

TEST(BracketParserTest, SplitsTextAndNotesWithNesting) {
  const std::vector<StructureCase> cases = {
      {"Please decide today.", "T(Please decide today.)"},
      {"FILIPPOV [Stalin].\"", "T(FILIPPOV )N[T(Stalin)]T(.\")"},
      {"[…]", "N[T(…)]"},
      {"G[eorge] Macovescu", "T(G)N[T(eorge)]T( Macovescu)"},
      {"as [an indication] that [he] will", "T(as )N[T(an indication)]T( that )N[T(he)]T( will)"},
      {"[handwriting: \"Familiarize [yourself]. [illegible signature] 3.VII.58\"]",
       "N[T(handwriting: \"Familiarize )N[T(yourself)]T(. )N[T(illegible signature)]T( 3.VII.58\")]"},
      {"[[two names illegible]]", "N[N[T(two names illegible)]]"},
      {"[]", "N[]"},
      {"a [b [c [d]]] e", "T(a )N[T(b )N[T(c )N[T(d)]]]T( e)"},
      {"[faded stamp:\n07391-gs\n1 July 1958]", "N[T(faded stamp:)BT(07391-gs)BT(1 July 1958)]"},
      // Parentheses are text.
      {"(Laughter.) VKP(b)", "T((Laughter.) VKP(b))"},
  };
  for (const StructureCase& c : cases) {
    SCOPED_TRACE(c.input);
    std::vector<Diagnostic> diagnostics;
    const Inlines inlines = ParseBrackets(c.input, {1, 1}, "f.txt", diagnostics);
    EXPECT_EQ(Describe(inlines), c.structure);
    EXPECT_TRUE(diagnostics.empty());
  }
}

TEST(BracketParserTest, NoteTextIsTheRawContent) {
  std::vector<Diagnostic> diagnostics;
  const Inlines inlines = ParseBrackets("x [to [the] CC] y", {1, 1}, "f.txt", diagnostics);
  ASSERT_EQ(inlines.size(), 3u);
  EXPECT_EQ(inlines[1].text, "to [the] CC");
  ASSERT_EQ(inlines[1].children.size(), 3u);
  EXPECT_EQ(inlines[1].children[1].text, "the");
}

struct PositionCase {
  std::string label;
  std::string input;
  Position start;
  std::vector<Position> notes;  // positions of the notes, in document order (nested included)
};

void CollectNotePositions(const Inlines& inlines, std::vector<Position>& out) {
  for (const Inline& run : inlines) {
    if (run.type == Type::kNote) {
      out.push_back(run.position);
      CollectNotePositions(run.children, out);
    }
  }
}

TEST(BracketParserTest, NotePositionsInCharacters) {
  const std::vector<PositionCase> cases = {
      {"ascii", "FILIPPOV [Stalin]", {5, 1}, {{5, 10}}},
      {"start column", "ab [c]", {4, 7}, {{4, 10}}},
      {"two-byte letters count once", "Apró és Kádár [x]", {3, 1}, {{3, 15}}},
      {"three-byte letters count once", "老大哥 [y]", {2, 1}, {{2, 5}}},
      {"curly quotes", "\u201CCde. Mao\u201D [z]", {1, 1}, {{1, 12}}},
      {"nested", "a [b [c]]", {1, 1}, {{1, 3}, {1, 6}}},
      {"across line breaks", "[faded\nstamp] x [y]\nz [w]", {10, 1}, {{10, 1}, {11, 10}, {12, 3}}},
      {"multi-byte on a continuation line", "[a\nÁé [b]]", {7, 3}, {{7, 3}, {8, 4}}},
  };
  for (const PositionCase& c : cases) {
    SCOPED_TRACE(c.label);
    std::vector<Diagnostic> diagnostics;
    std::vector<Position> found;
    CollectNotePositions(ParseBrackets(c.input, c.start, "f.txt", diagnostics), found);
    ASSERT_EQ(found.size(), c.notes.size());
    for (size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].line, c.notes[i].line) << "note " << i;
      EXPECT_EQ(found[i].column, c.notes[i].column) << "note " << i;
    }
  }
}

TEST(BracketParserTest, TextRunsCarryTheirStartPosition) {
  std::vector<Diagnostic> diagnostics;
  const Inlines inlines = ParseBrackets("Apró [x] said", {2, 5}, "f.txt", diagnostics);
  ASSERT_EQ(inlines.size(), 3u);
  EXPECT_EQ(inlines[0].position.column, 5);
  EXPECT_EQ(inlines[2].position.line, 2);
  EXPECT_EQ(inlines[2].position.column, 13);  // after "Apró [x]" (8 characters) starting at 5
}

struct WarningCase {
  std::string label;
  std::string input;
  Position start;
  std::vector<std::pair<Position, std::string>> warnings;  // position, rule
  std::string structure;
};

// Each stray bracket's correction is the parenthesis nearest to it on its line, however many
// strays the line holds (the look for it goes on from one stray to the next).
TEST(BracketParserTest, EveryStrayOfALineGetsItsOwnCorrection) {
  std::vector<Diagnostic> diagnostics;
  const std::string line = "(p. 4] and 5] (q) r] then [see 6) or [x (y) z";
  const Inlines inlines = ParseBrackets(line, {1, 1}, "doc.txt", diagnostics);
  EXPECT_EQ(Describe(inlines),
            "T((p. 4)S(]>))T( and 5)S(]>))T( (q) r)S(]>)T( then )S([>()T(see 6) or )S([>)T(x (y) z)");
  EXPECT_EQ(PrintedText(inlines), line);
  EXPECT_EQ(diagnostics.size(), 5u);
}

// An unbalanced bracket is a printing error: kept as printed (a stray bracket, with the sign it
// most likely stands for: "(see p. 4]" closes the parenthesis) and reported.
TEST(BracketParserTest, UnbalancedBracketsAreKeptAsPrintingErrorsAndReported) {
  const std::vector<WarningCase> cases = {
      {"unclosed", "The figures [are in table", {2, 1}, {{{2, 13}, "convert.unclosed-bracket"}},
       "T(The figures )S([>)T(are in table)"},
      {"stray", "the end] of it", {3, 1}, {{{3, 8}, "convert.stray-bracket"}}, "T(the end)S(]>)T( of it)"},
      {"both", "a] b [c", {1, 1}, {{{1, 2}, "convert.stray-bracket"}, {{1, 6}, "convert.unclosed-bracket"}},
       "T(a)S(]>)T( b )S([>)T(c)"},
      {"unclosed outer, closed inner", "[a [b] c", {1, 1}, {{{1, 1}, "convert.unclosed-bracket"}},
       "S([>)T(a )N[T(b)]T( c)"},
      {"after multi-byte text", "Kádár [x", {4, 3}, {{{4, 9}, "convert.unclosed-bracket"}}, "T(Kádár )S([>)T(x)"},
      {"on a later line", "[ok]\nnext ] line", {5, 1}, {{{6, 6}, "convert.stray-bracket"}}, "N[T(ok)]BT(next )S(]>)T( line)"},
      {"parenthesis closed by a bracket", "(see p. 4] and (5)", {1, 1}, {{{1, 10}, "convert.stray-bracket"}},
       "T((see p. 4)S(]>))T( and (5))"},
      {"bracket closed by a parenthesis", "[see p. 4) and", {1, 1}, {{{1, 1}, "convert.unclosed-bracket"}},
       "S([>()T(see p. 4) and)"},
  };
  for (const WarningCase& c : cases) {
    SCOPED_TRACE(c.label);
    std::vector<Diagnostic> diagnostics;
    const Inlines inlines = ParseBrackets(c.input, c.start, "doc.txt", diagnostics);
    EXPECT_EQ(Describe(inlines), c.structure);
    EXPECT_EQ(PrintedText(inlines), c.input);  // the text is never lost
    ASSERT_EQ(diagnostics.size(), c.warnings.size());
    for (size_t i = 0; i < diagnostics.size(); ++i) {
      EXPECT_EQ(diagnostics[i].file, "doc.txt");
      EXPECT_EQ(diagnostics[i].severity, Severity::kWarning);
      EXPECT_EQ(diagnostics[i].line, c.warnings[i].first.line);
      EXPECT_EQ(diagnostics[i].column, c.warnings[i].first.column);
      EXPECT_EQ(diagnostics[i].rule, c.warnings[i].second);
      EXPECT_FALSE(diagnostics[i].message.empty());
    }
  }
}

int NoteDepth(const Inlines& inlines) {
  int deepest = 0;
  for (const Inline& run : inlines) {
    if (run.type == Type::kNote) deepest = std::max(deepest, 1 + NoteDepth(run.children));
  }
  return deepest;
}

TEST(BracketParserTest, HostileNestingIsBoundedAndLosesNothing) {
  const std::string balanced = std::string(20000, '[') + "x" + std::string(20000, ']');
  std::vector<Diagnostic> diagnostics;
  const Inlines inlines = ParseBrackets(balanced, {1, 1}, "f.txt", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_GE(NoteDepth(inlines), 1);
  EXPECT_LE(NoteDepth(inlines), 64);
  EXPECT_EQ(PrintedText(inlines), balanced);

  const std::string unclosed(20000, '[');
  diagnostics.clear();
  const Inlines open = ParseBrackets(unclosed, {1, 1}, "f.txt", diagnostics);
  EXPECT_EQ(PrintedText(open), unclosed);
  ASSERT_EQ(diagnostics.size(), 20000u);
  EXPECT_EQ(diagnostics.back().column, 20000);
}

// A text given up to the parser: a plain line becomes its one run as it is; anything else is parsed
// as ParseBrackets parses it.
TEST(BracketParserTest, OwnedTextParsesAsAView) {
  const std::vector<std::string> texts = {"", "plain line", "K\u00e1d\u00e1r wrote", "with [a note]", "a] stray",
                                          "two\nlines", "[", "\n"};
  for (const std::string& text : texts) {
    std::vector<Diagnostic> expected_diagnostics, diagnostics;
    const Inlines expected = ParseBrackets(text, {7, 3}, "o.txt", expected_diagnostics);
    const Inlines owned = ParseBracketsOfOwnedText(text, {7, 3}, "o.txt", diagnostics);
    EXPECT_EQ(Describe(owned), Describe(expected)) << text;
    ASSERT_EQ(owned.size(), expected.size()) << text;
    for (size_t k = 0; k < owned.size(); ++k) {
      EXPECT_EQ(owned[k].position.line, expected[k].position.line) << text;
      EXPECT_EQ(owned[k].position.column, expected[k].position.column) << text;
    }
    EXPECT_EQ(diagnostics.size(), expected_diagnostics.size()) << text;
  }
  std::vector<Diagnostic> diagnostics;
  const Inlines plain = ParseBracketsOfOwnedText("plain line", {7, 3}, "o.txt", diagnostics);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].type, Type::kText);
  EXPECT_EQ(plain[0].text, "plain line");
  EXPECT_EQ(plain[0].position.line, 7);
  EXPECT_EQ(plain[0].position.column, 3);
}

// The definition the parser's bracket list replaced: for every byte the offset of its ']' (a '[') or
// whether it closes nothing (a ']'), and a look at every byte of a range. Positions are counted from
// the text's start, with Advance; the corrections of strays are left out (their own test is above).
struct ByteTables {
  std::vector<size_t> closing_of;
  std::vector<bool> stray_closing;
};
constexpr size_t kNoPartner = static_cast<size_t>(-1);

ByteTables PairEveryByte(std::string_view text) {
  ByteTables tables{std::vector<size_t>(text.size(), kNoPartner), std::vector<bool>(text.size(), false)};
  std::vector<size_t> open;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[') {
      open.push_back(i);
    } else if (text[i] == ']') {
      if (open.empty()) {
        tables.stray_closing[i] = true;
      } else {
        tables.closing_of[open.back()] = i;
        open.pop_back();
      }
    }
  }
  return tables;
}

std::string At(std::string_view text, Position start, size_t offset) {
  const Position at = Advance(start, text.substr(0, offset));
  return "@" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

// Text runs split at line breaks, as the parser writes them (an empty piece is no run).
void DescribeText(std::string_view text, Position start, size_t begin, size_t end, std::string& out) {
  while (begin <= end) {
    size_t piece_end = text.substr(0, end).find('\n', begin);
    if (piece_end == std::string_view::npos) piece_end = end;
    if (piece_end > begin) out += "T(" + std::string(text.substr(begin, piece_end - begin)) + ")" + At(text, start, begin);
    if (piece_end == end) break;
    out += "B" + At(text, start, piece_end);
    begin = piece_end + 1;
  }
}

std::string DescribeByTables(std::string_view text, Position start, size_t begin, size_t end, const ByteTables& tables,
                             int depth) {
  std::string out;
  size_t text_start = begin;
  for (size_t i = begin; i < end; ++i) {
    if (text[i] != '[' && text[i] != ']') continue;
    const bool note = text[i] == '[' && tables.closing_of[i] != kNoPartner && tables.closing_of[i] < end;
    if (note && depth < 32) {
      DescribeText(text, start, text_start, i, out);
      const size_t close = tables.closing_of[i];
      out += "N" + At(text, start, i) + "[" + DescribeByTables(text, start, i + 1, close, tables, depth + 1) + "]";
      i = close;
      text_start = close + 1;
      continue;
    }
    if (note || text[i] == ']' || tables.closing_of[i] == kNoPartner) {
      DescribeText(text, start, text_start, i, out);
      out += "S(" + std::string(1, text[i]) + ")" + At(text, start, i);
      text_start = i + 1;
    }
  }
  DescribeText(text, start, text_start, end, out);
  return out;
}

std::string DescribeWithPositions(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    const std::string at = "@" + std::to_string(run.position.line) + ":" + std::to_string(run.position.column);
    switch (run.type) {
      case Type::kText: out += "T(" + run.text + ")" + at; break;
      case Type::kLineBreak: out += "B" + at; break;
      case Type::kNote: out += "N" + at + "[" + DescribeWithPositions(run.children) + "]"; break;
      case Type::kStrayBracket: out += "S(" + run.text + ")" + at; break;
      default: out += "?"; break;
    }
  }
  return out;
}

// Each list of inlines is reserved once, for the most it can hold: exactly its size when the text
// has no line break (an empty piece between two breaks makes no run, so a text with breaks may
// reserve more), and never more than twice its size and one.
void ExpectReservedOnce(const Inlines& inlines, bool text_has_line_breaks, const std::string& text) {
  if (text_has_line_breaks) {
    ASSERT_LE(inlines.capacity(), 2 * inlines.size() + 1) << text;
  } else {
    ASSERT_EQ(inlines.capacity(), inlines.size()) << text;
  }
  for (const Inline& run : inlines) ExpectReservedOnce(run.children, text_has_line_breaks, text);
}

// The parse's warnings must be the byte tables': one for each '[' without a partner and each stray
// ']', in order, at its position.
void AssertWarningsOfTheByteTables(const std::string& text, Position start, const ByteTables& tables,
                                   const std::vector<Diagnostic>& diagnostics) {
  std::string expected_warnings, warnings;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '[' && tables.closing_of[i] == kNoPartner) || tables.stray_closing[i]) {
      expected_warnings += std::string(1, text[i]) + At(text, start, i) + " ";
    }
  }
  for (const Diagnostic& d : diagnostics) {
    const char sign = d.rule == "convert.unclosed-bracket" ? '[' : d.rule == "convert.stray-bracket" ? ']' : '?';
    warnings += std::string(1, sign) + "@" + std::to_string(d.line) + ":" + std::to_string(d.column) + " ";
  }
  ASSERT_EQ(warnings, expected_warnings) << text;
}

// Random texts over brackets, line breaks, a parenthesis and a two-byte letter nest, cross and
// leave brackets open far more than notes do (and past the depth limit): the parse and the
// warnings must be the definition's.
TEST(BracketParserTest, AgreesWithTheByteTablesOnRandomTexts) {
  std::mt19937 random(20261207);
  const std::vector<std::string> pieces = {"[", "]", "a", "b c", "\n", "(", "\u00e1"};
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t length = random() % 24;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    if (round % 100 == 0) text = std::string(40, '[') + text + std::string(40, ']');  // past the depth limit
    const Position start{3, 5};
    std::vector<Diagnostic> diagnostics;
    const Inlines inlines = ParseBrackets(text, start, "r.txt", diagnostics);
    const ByteTables tables = PairEveryByte(text);
    ASSERT_EQ(DescribeWithPositions(inlines), DescribeByTables(text, start, 0, text.size(), tables, 0)) << text;
    ExpectReservedOnce(inlines, text.find('\n') != std::string::npos, text);
    std::vector<Diagnostic> owned_diagnostics;
    const Inlines owned = ParseBracketsOfOwnedText(text, start, "r.txt", owned_diagnostics);
    ASSERT_EQ(Describe(owned), Describe(inlines)) << text;
    ASSERT_EQ(DescribeWithPositions(owned), DescribeWithPositions(inlines)) << text;
    ASSERT_EQ(owned_diagnostics.size(), diagnostics.size()) << text;
    ASSERT_NO_FATAL_FAILURE(AssertWarningsOfTheByteTables(text, start, tables, diagnostics));
  }
}

// Parsed into a list that already holds runs (a block's one run, or a note with its fields set),
// the result is ParseBrackets' all the same, nothing of the old runs left; a text without brackets
// and line breaks reuses the list's storage.
TEST(BracketParserTest, OwnedTextIntoAListReplacesItsRuns) {
  std::mt19937 random(20261214);
  const std::vector<std::string> pieces = {"[", "]", "a", "b c", "\n", "\u00e1", "plain words "};
  int reused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t length = random() % 12;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    Inlines out(1 + random() % 3);
    out.front().type = Type::kNote;
    out.front().text = "old run";
    out.front().note_kind = NoteKind::kSic;
    out.front().children.push_back(Inline::Text("old child"));
    const Inline* storage = out.data();
    const Position start{4, 2};
    std::vector<Diagnostic> expected_diagnostics, diagnostics;
    const Inlines expected = ParseBrackets(text, start, "i.txt", expected_diagnostics);
    ParseBracketsOfOwnedTextInto(text, start, "i.txt", diagnostics, out);
    ASSERT_EQ(DescribeWithPositions(out), DescribeWithPositions(expected)) << text;
    ASSERT_EQ(diagnostics.size(), expected_diagnostics.size()) << text;
    for (const Inline& run : out) ASSERT_EQ(run.note_kind, NoteKind::kUnclassified) << text;
    if (!text.empty() && text.find_first_of("[]\n") == std::string::npos) {
      ASSERT_EQ(out.data(), storage) << text;
      ++reused;
    }
  }
  EXPECT_GT(reused, 300);
}

// A text given up whose first run (before its first bracket or line break) is long keeps that run
// in its own string, cut short, not in a copy; the parse is ParseBrackets' all the same, on random
// texts after first runs of every length around the string's own 15 bytes and around half the text.
TEST(BracketParserTest, OwnedTextKeepsItsLongFirstRun) {
  std::mt19937 random(20261212);
  const std::vector<std::string> pieces = {"[", "]", "a", "b c", "\n", "(", "\u00e1", ")"};
  int kept_runs = 0;
  for (int trial = 0; trial < 4000; ++trial) {
    std::string text(random() % 40, 'x');
    const size_t length = random() % 30;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    text.shrink_to_fit();
    const size_t first_run = std::min(text.find_first_of("[]\n"), text.size());
    const bool kept = first_run < text.size() && first_run > 15 && text.capacity() - first_run <= first_run;
    const Position start{2, 4};
    std::vector<Diagnostic> expected_diagnostics, diagnostics;
    const Inlines expected = ParseBrackets(text, start, "o.txt", expected_diagnostics);
    std::string given = text;
    given.shrink_to_fit();
    const char* given_bytes = given.data();
    const Inlines owned = ParseBracketsOfOwnedText(std::move(given), start, "o.txt", diagnostics);
    ASSERT_EQ(DescribeWithPositions(owned), DescribeWithPositions(expected)) << text;
    ASSERT_EQ(diagnostics.size(), expected_diagnostics.size()) << text;
    for (size_t k = 0; k < diagnostics.size(); ++k) {
      ASSERT_EQ(diagnostics[k].line, expected_diagnostics[k].line) << text;
      ASSERT_EQ(diagnostics[k].column, expected_diagnostics[k].column) << text;
      ASSERT_EQ(diagnostics[k].message, expected_diagnostics[k].message) << text;
    }
    if (kept) {
      ASSERT_EQ(owned.front().text.data(), given_bytes) << text;
      ++kept_runs;
    }
  }
  EXPECT_GT(kept_runs, 400);
}

// Texts without line breaks have their positions counted in characters alone: on random texts of
// long runs of one- to four-byte letters between brackets, the positions are Advance's.
TEST(BracketParserTest, PositionsOfLongLinesAgreeWithAdvance) {
  std::mt19937 random(20261213);
  const std::vector<std::string> pieces = {"[", "]", "plain words ", "\u00e1", "\u8001\u5927", "\U0001F600",
                                           "Vyshinsky, Molotov and K\u00e1d\u00e1r "};
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t length = random() % 16;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    const Position start{3, 5};
    std::vector<Diagnostic> diagnostics;
    const Inlines inlines = ParseBrackets(text, start, "r.txt", diagnostics);
    ASSERT_EQ(DescribeWithPositions(inlines), DescribeByTables(text, start, 0, text.size(), PairEveryByte(text), 0))
        << text;
    std::vector<Diagnostic> owned_diagnostics;
    ASSERT_EQ(DescribeWithPositions(ParseBracketsOfOwnedText(text, start, "r.txt", owned_diagnostics)),
              DescribeWithPositions(inlines))
        << text;
    ASSERT_EQ(owned_diagnostics.size(), diagnostics.size()) << text;
    const ByteTables tables = PairEveryByte(text);
    ASSERT_NO_FATAL_FAILURE(AssertWarningsOfTheByteTables(text, start, tables, diagnostics));
  }
}

TEST(BracketParserTest, PrintedTextRoundTrip) {
  const std::vector<std::string> inputs = {
      "",
      "plain",
      "FILIPPOV [Stalin].\"",
      "[[two names illegible]]",
      "[handwritten: \"To Cde. Vyshinsky. V. M.\" [Molotov]]",
      "[faded stamp:\n07391-gs\n1 July 1958]",
      "unbalanced ] and [ kept",
      "老大哥 [trans. note—laodage, 老大哥]",
  };
  for (const std::string& input : inputs) {
    SCOPED_TRACE(input);
    std::vector<Diagnostic> diagnostics;
    EXPECT_EQ(PrintedText(ParseBrackets(input, {1, 1}, "f.txt", diagnostics)), input);
  }
}

TEST(BracketParserTest, PrintedTextOfAnnotatedRuns) {
  // Dates and names print their children; notes their brackets around the children.
  Inline date;
  date.type = Type::kDate;
  date.children = {Inline::Text("August 29")};
  Inline note;
  note.type = Type::kNote;
  note.children = {Inline::Text("sent on "), date};
  EXPECT_EQ(PrintedText({Inline::Text("Telegram "), note}), "Telegram [sent on August 29]");
}

// PrintedText as first written: the runs' texts, each note's children in brackets, and the children
// of any other run as they are.
std::string PrintedByDefinition(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    switch (run.type) {
      case Type::kText: out += run.text; break;
      case Type::kLineBreak: out += '\n'; break;
      case Type::kNote: out += "[" + PrintedByDefinition(run.children) + "]"; break;
      case Type::kStrayBracket: out += run.text; break;
      default: out += PrintedByDefinition(run.children); break;
    }
  }
  return out;
}

Inlines RandomInlines(std::mt19937& random, int depth) {
  static const std::vector<std::string> texts = {"", "a", "Molotov", "\u00e1 b", std::string(40, 'x')};
  static const std::vector<Type> types = {Type::kText, Type::kText, Type::kNote,      Type::kLineBreak,
                                          Type::kDate, Type::kName, Type::kFootnote, Type::kStrayBracket};
  Inlines out(random() % 5);
  for (Inline& run : out) {
    run.type = types[random() % types.size()];
    if (run.type == Type::kText) run.text = texts[random() % texts.size()];
    if (run.type == Type::kStrayBracket) run.text = random() % 2 != 0 ? "[" : "]";
    if (depth < 4 && run.type != Type::kText && run.type != Type::kLineBreak && run.type != Type::kStrayBracket) {
      run.children = RandomInlines(random, depth + 1);
    }
  }
  return out;
}

// On random trees of runs, notes, line breaks, dates, names, footnotes and strays, nested, PrintedText
// is its definition's; and every parsed text prints as it was.
TEST(BracketParserTest, PrintedTextAgreesWithItsDefinition) {
  std::mt19937 random(20261211);
  for (int trial = 0; trial < 4000; ++trial) {
    const Inlines inlines = RandomInlines(random, 0);
    ASSERT_EQ(PrintedText(inlines), PrintedByDefinition(inlines)) << trial;
  }
  const std::vector<std::string> pieces = {"[", "]", "a", "b c", "\n", "(", "\u00e1", "Molotov and Vyshinsky"};
  for (int trial = 0; trial < 4000; ++trial) {
    std::string text;
    const size_t length = random() % 24;
    for (size_t k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    if (trial % 100 == 0) text = std::string(40, '[') + text + std::string(40, ']');  // past the depth limit
    std::vector<Diagnostic> diagnostics;
    ASSERT_EQ(PrintedText(ParseBrackets(text, {1, 1}, "p.txt", diagnostics)), text);
  }
}

struct AdvanceCase {
  Position from;
  std::string text;
  Position to;
};

TEST(BracketParserTest, Advance) {
  const std::vector<AdvanceCase> cases = {
      {{1, 1}, "", {1, 1}},       {{1, 1}, "abc", {1, 4}},   {{2, 5}, "é", {2, 6}},
      {{1, 1}, "老大哥", {1, 4}},  {{1, 1}, "a\nbc", {2, 3}}, {{3, 9}, "\n", {4, 1}},
      {{1, 1}, "x\n\n", {3, 1}},  {{1, 1}, "😀", {1, 2}},
  };
  for (const AdvanceCase& c : cases) {
    SCOPED_TRACE("'" + c.text + "'");
    const Position at = Advance(c.from, c.text);
    EXPECT_EQ(at.line, c.to.line);
    EXPECT_EQ(at.column, c.to.column);
  }
  // Sixteen bytes at a time: on random texts of every length up to 100, line breaks and letters
  // of two to four bytes anywhere, the position is the byte-by-byte count's.
  const std::vector<std::string> pieces = {"a", " ", "\n", "\xC3\xA9", "\xE8\x80\x81", "\xF0\x9F\x98\x80"};
  std::mt19937 random(20261210);
  for (int trial = 0; trial < 4000; ++trial) {
    std::string text;
    while (text.size() < static_cast<size_t>(trial % 101)) {
      text += random() % 3 != 0 ? pieces[random() % 2] : pieces[random() % pieces.size()];
    }
    Position expected{3, 7};
    for (const char c : text) {
      if (c == '\n') {
        ++expected.line;
        expected.column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++expected.column;
      }
    }
    SCOPED_TRACE(::testing::PrintToString(text));
    const Position at = Advance({3, 7}, text);
    EXPECT_EQ(at.line, expected.line);
    EXPECT_EQ(at.column, expected.column);
  }
}

}  // namespace
}  // namespace teipress
