// SourceText: what the converter accepts as text, and where it says the input went wrong.
#include "source_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace teipress {
namespace {

using namespace std::string_literals;

std::string JoinLines(const std::vector<std::string_view>& lines) {
  std::string joined;
  for (size_t i = 0; i < lines.size(); ++i) joined.append(i ? "\n" : "").append(lines[i]);
  return joined;
}

struct NormalizationCase {
  const char* label;
  std::string bytes;
  std::string text;                 // expected text(): LF only, no BOM
  std::vector<std::string> prefix;  // the first Lines()
};

void PrintTo(const NormalizationCase& c, std::ostream* os) { *os << c.label; }

class SourceTextNormalizationTest : public ::testing::TestWithParam<NormalizationCase> {};

TEST_P(SourceTextNormalizationTest, NormalizesLineEndsAndBom) {
  const NormalizationCase& c = GetParam();
  std::vector<Diagnostic> diagnostics;
  const auto source = SourceText::Decode("in.txt", c.bytes, diagnostics);
  ASSERT_TRUE(source.has_value()) << c.label;
  EXPECT_TRUE(diagnostics.empty()) << c.label;
  EXPECT_EQ(source->file_name(), "in.txt");
  EXPECT_EQ(source->text(), c.text) << c.label;
  EXPECT_EQ(source->text().find('\r'), std::string::npos) << c.label;
  // The lines are the text split at LF, nothing more and nothing less.
  const std::vector<std::string_view> lines = source->Lines();
  EXPECT_EQ(JoinLines(lines), source->text()) << c.label;
  ASSERT_GE(lines.size(), c.prefix.size()) << c.label;
  for (size_t i = 0; i < c.prefix.size(); ++i) EXPECT_EQ(lines[i], c.prefix[i]) << c.label << " line " << i + 1;
  // Views into the text, not copies: each line starts where the one before it ended, after its LF.
  ASSERT_FALSE(lines.empty()) << c.label;
  EXPECT_EQ(lines.front().data(), source->text().data()) << c.label;
  for (size_t i = 1; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i].data(), lines[i - 1].data() + lines[i - 1].size() + 1) << c.label << " line " << i + 1;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, SourceTextNormalizationTest,
    ::testing::Values(NormalizationCase{"plain", "abc", "abc", {"abc"}},
                      NormalizationCase{"bom stripped", "\xEF\xBB\xBF" "abc\n", "abc\n", {"abc", ""}},
                      NormalizationCase{"crlf", "a\r\nb\r\nc", "a\nb\nc", {"a", "b", "c"}},
                      NormalizationCase{"lone cr", "a\rb\rc", "a\nb\nc", {"a", "b", "c"}},
                      NormalizationCase{"cr then crlf", "a\r\r\nb", "a\n\nb", {"a", "", "b"}},
                      NormalizationCase{"lf cr is two line ends", "a\n\rb", "a\n\nb", {"a", "", "b"}},
                      NormalizationCase{"bom and crlf", "\xEF\xBB\xBF" "x\r\ny", "x\ny", {"x", "y"}},
                      NormalizationCase{"trailing cr", "x\r", "x\n", {"x", ""}},
                      // XML has no form feed: it becomes the white space it stands for.
                      NormalizationCase{"tab is text, form feed a space", "a\tb\fc", "a\tb c", {"a\tb c"}},
                      // A BOM anywhere but at the start is a character (U+FEFF) and stays.
                      NormalizationCase{"inner bom kept", "a\xEF\xBB\xBF" "b", "a\xEF\xBB\xBF" "b", {}},
                      NormalizationCase{"multibyte", "\xD0\x94\xD0\xB0\n\xE6\x97\xA5", "\xD0\x94\xD0\xB0\n\xE6\x97\xA5",
                                        {"\xD0\x94\xD0\xB0", "\xE6\x97\xA5"}}),
    [](const ::testing::TestParamInfo<NormalizationCase>& info) { return testing::TestNameFromLabel(info.param.label); });

struct RejectCase {
  const char* label;
  std::string bytes;
  int line;
  int column;  // in characters (code points), 1-based
  const char* rule;
};

void PrintTo(const RejectCase& c, std::ostream* os) { *os << c.label; }

class SourceTextRejectTest : public ::testing::TestWithParam<RejectCase> {};

TEST_P(SourceTextRejectTest, RejectsWithPositionAndRule) {
  const RejectCase& c = GetParam();
  std::vector<Diagnostic> diagnostics = {{"earlier.txt", 1, 1, Severity::kWarning, "kept", "x"}};
  const auto source = SourceText::Decode("dir/in.txt", c.bytes, diagnostics);
  EXPECT_FALSE(source.has_value()) << c.label;
  ASSERT_EQ(diagnostics.size(), 2u) << c.label;
  EXPECT_EQ(diagnostics[0].message, "kept");  // appended, not replaced
  const Diagnostic& d = diagnostics[1];
  EXPECT_EQ(d.file, "dir/in.txt") << c.label;
  EXPECT_EQ(d.severity, Severity::kError) << c.label;
  EXPECT_EQ(d.rule, c.rule) << c.label;
  EXPECT_EQ(d.line, c.line) << c.label;
  EXPECT_EQ(d.column, c.column) << c.label;
  EXPECT_FALSE(d.message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Encoding, SourceTextRejectTest,
    ::testing::Values(
        RejectCase{"latin1 byte", "ab\xFF" "c", 1, 3, "input.encoding"},
        RejectCase{"windows-1252 e acute on line 2", "caf\xC3\xA9\nd\xE9j\xE0", 2, 2, "input.encoding"},
        // Columns count characters: three two-byte Greek letters are three columns.
        RejectCase{"after multibyte", "line1\n\xCE\xB1\xCE\xB2\xCE\xB3\x80", 2, 4, "input.encoding"},
        RejectCase{"after four-byte emoji", "\xF0\x9F\x98\x80\xFF", 1, 2, "input.encoding"},
        RejectCase{"combining mark is its own code point", "e\xCC\x81\xFF", 1, 3, "input.encoding"},
        // The BOM is not a column and CRLF is one line end.
        RejectCase{"after bom", "\xEF\xBB\xBF" "ab\xFF", 1, 3, "input.encoding"},
        RejectCase{"after crlf lines", "a\r\n\r\nbc\xFF", 3, 3, "input.encoding"},
        RejectCase{"after lone cr lines", "a\rb\rc\xFF", 3, 2, "input.encoding"},
        RejectCase{"lone continuation byte", "\x80", 1, 1, "input.encoding"},
        RejectCase{"truncated at end", "ab\xE2\x82", 1, 3, "input.encoding"},
        RejectCase{"bad continuation", "\xE2\x82x", 1, 1, "input.encoding"},
        RejectCase{"overlong slash C0 AF", "x\r\ny\xC0\xAF", 2, 2, "input.encoding"},
        RejectCase{"overlong C1 BF", "\xC1\xBF", 1, 1, "input.encoding"},
        RejectCase{"overlong three-byte", "\xE0\x80\xAF", 1, 1, "input.encoding"},
        RejectCase{"overlong three-byte U+07FF", "\xE0\x9F\xBF", 1, 1, "input.encoding"},
        RejectCase{"overlong four-byte", "\xF0\x80\x80\xAF", 1, 1, "input.encoding"},
        RejectCase{"overlong four-byte U+FFFF", "\xF0\x8F\xBF\xBF", 1, 1, "input.encoding"},
        RejectCase{"high surrogate", "ok \xED\xA0\x80", 1, 4, "input.encoding"},
        RejectCase{"low surrogate", "\xED\xBF\xBF", 1, 1, "input.encoding"},
        RejectCase{"noncharacter U+FFFF", "ab\xEF\xBF\xBF", 1, 3, "input.encoding"},
        RejectCase{"noncharacter U+FFFE", "\xEF\xBF\xBE", 1, 1, "input.encoding"},
        RejectCase{"beyond U+10FFFF", "\xF4\x90\x80\x80", 1, 1, "input.encoding"},
        RejectCase{"F5 lead", "\xF5\x80\x80\x80", 1, 1, "input.encoding"},
        RejectCase{"five-byte form", "\xF8\x88\x80\x80\x80", 1, 1, "input.encoding"},
        RejectCase{"UTF-16LE text", "\xFF\xFE" "a\0"s, 1, 1, "input.encoding"}),
    [](const ::testing::TestParamInfo<RejectCase>& info) { return testing::TestNameFromLabel(info.param.label); });

INSTANTIATE_TEST_SUITE_P(
    BinaryAndEmpty, SourceTextRejectTest,
    ::testing::Values(RejectCase{"NUL", "ab\0c"s, 1, 3, "input.binary"},
                      RejectCase{"NUL on line 2", "x\n\0"s, 2, 1, "input.binary"},
                      RejectCase{"NUL after multibyte", "\xC3\xA9\xC3\xA9\0"s, 1, 3, "input.binary"},
                      RejectCase{"other C0 control", "ab\x01", 1, 3, "input.binary"},
                      RejectCase{"escape control", "\n\n\x1B[0m", 3, 1, "input.binary"},
                      RejectCase{"empty", "", 0, 0, "input.empty"},
                      RejectCase{"bom only", "\xEF\xBB\xBF", 0, 0, "input.empty"},
                      RejectCase{"spaces and line ends", " \t\n\r\n  \r", 0, 0, "input.empty"},
                      RejectCase{"form feed only", "\f\n", 0, 0, "input.empty"}),
    [](const ::testing::TestParamInfo<RejectCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(SourceTextTest, AcceptsEveryBoundaryCodePoint) {
  // The smallest and largest code points of each sequence length, and the neighbours of the
  // surrogate block, are all valid UTF-8 (U+FFFD stands in for the three-byte maximum: U+FFFE and
  // U+FFFF are noncharacters that XML cannot carry, rejected below).
  const std::vector<std::string> boundaries = {"\xC2\x80", "\xDF\xBF",
                                               "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                                               "\xEF\xBF\xBD", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"};
  for (const std::string& sequence : boundaries) {
    std::vector<Diagnostic> diagnostics;
    const std::string bytes = "x" + sequence + "y";
    const auto source = SourceText::Decode("in.txt", bytes, diagnostics);
    ASSERT_TRUE(source.has_value()) << ::testing::PrintToString(sequence);
    EXPECT_EQ(source->text(), bytes);
    EXPECT_TRUE(diagnostics.empty());
  }
}

TEST(SourceTextTest, WhitespaceAroundContentIsNotEmpty) {
  std::vector<Diagnostic> diagnostics;
  const auto source = SourceText::Decode("in.txt", "\n\n   .\n\n", diagnostics);
  ASSERT_TRUE(source.has_value());
  EXPECT_TRUE(diagnostics.empty());
  const std::vector<std::string_view> lines = source->Lines();
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[2], "   .");
}

// Plain ASCII is copied sixteen and eight bytes at a time: on random texts of every length, each
// line end, form feed, tab and letter outside ASCII anywhere among the chunks, the text is the
// byte-by-byte reading's, and a byte that is no text is found wherever it stands.
TEST(SourceTextTest, RandomTextsDecodeAsByteByByte) {
  const std::vector<std::string> pieces = {"a", "b", " ", ".", "~", "\n", "\r", "\r\n", "\t", "\f",
                                           "\xC3\xA1", "\xE2\x80\x9C"};
  std::mt19937 random(20261209);
  for (int trial = 0; trial < 3000; ++trial) {
    std::string bytes = "x";  // never empty of content
    std::vector<size_t> boundaries = {0, 1};  // between pieces: not inside a letter's bytes
    const int length = trial % 90;
    for (int k = 0; k < length; ++k) {
      // Mostly letters: the runs of plain text are long enough for the chunks.
      const std::string& piece = random() % 4 != 0 ? pieces[random() % 2] : pieces[random() % pieces.size()];
      bytes += piece;
      boundaries.push_back(bytes.size());
    }
    // Byte by byte: CRLF and a lone CR are a line feed, a form feed a space.
    std::string expected;
    for (size_t k = 0; k < bytes.size(); ++k) {
      if (bytes[k] == '\r') {
        expected += '\n';
        if (k + 1 < bytes.size() && bytes[k + 1] == '\n') ++k;
      } else {
        expected += bytes[k] == '\f' ? ' ' : bytes[k];
      }
    }
    SCOPED_TRACE(::testing::PrintToString(bytes));
    std::vector<Diagnostic> diagnostics;
    const auto source = SourceText::Decode("in.txt", bytes, diagnostics);
    ASSERT_TRUE(source.has_value());
    EXPECT_EQ(source->text(), expected);
    EXPECT_TRUE(diagnostics.empty());
    // A control byte or a byte that starts no UTF-8 sequence, put anywhere, is refused.
    const size_t at = boundaries[random() % boundaries.size()];
    const bool control = random() % 2 == 0;
    std::string broken = bytes;
    broken.insert(at, 1, control ? '\x01' : '\xFF');
    const auto refused = SourceText::Decode("in.txt", broken, diagnostics);
    EXPECT_FALSE(refused.has_value());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].rule, control ? "input.binary" : "input.encoding");
  }
}

TEST(Utf8SequenceLengthTest, Table) {
  struct Case {
    std::string bytes;
    size_t index;
    int length;
  };
  const std::vector<Case> cases = {
      {"a", 0, 1},
      {"\xC3\xA9", 0, 2},
      {"\xC3\xA9", 1, 0},  // a continuation byte does not start a sequence
      {"x\xE2\x82\xAC", 1, 3},
      {"\xF0\x9F\x98\x80", 0, 4},
      {"\xF4\x8F\xBF\xBF", 0, 4},
      {"\xF4\x90\x80\x80", 0, 0},
      {"\xED\xA0\x80", 0, 0},
      {"\xC0\x80", 0, 0},
      {"\xE0\x80\x80", 0, 0},
      {"\xF0\x80\x80\x80", 0, 0},
      {"\xE2\x82", 0, 0},  // truncated
      {"\xFF", 0, 0},
      {"\xFE", 0, 0},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Utf8SequenceLength(c.bytes, c.index), c.length) << ::testing::PrintToString(c.bytes) << " at " << c.index;
  }
}

TEST(CountCodePointsTest, Table) {
  const std::vector<std::pair<std::string, int>> cases = {
      {"", 0},
      {"abc", 3},
      {"\xC3\xA9", 1},                                      // é
      {"\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 3},          // 日本語
      {"\xF0\x9F\x98\x80", 1},                              // 😀
      {"a\xC3\xA9\xF0\x9F\x98\x80 ", 4},
      {"e\xCC\x81", 2},                                     // e + combining acute: two code points
      {"\xEF\xBB\xBF", 1},                                  // U+FEFF
  };
  for (const auto& [text, count] : cases) EXPECT_EQ(CountCodePoints(text), count) << ::testing::PrintToString(text);
}

}  // namespace
}  // namespace teipress
