#include "note_text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "authority.h"
#include "text_util.h"

namespace teipress {
namespace {

std::vector<std::string> Strings(std::span<const std::string_view> views) { return {views.begin(), views.end()}; }
std::vector<std::string> Strings(const std::vector<std::string_view>& views) { return {views.begin(), views.end()}; }

// NoteText's words against their definition: SplitWords of the content and of FoldCase(content).
void ExpectAsDefined(const std::string& content) {
  NoteText note(content);
  EXPECT_EQ(note.content(), content);
  EXPECT_EQ(note.lower(), FoldCase(content));
  const std::string folded = FoldCase(content);
  EXPECT_EQ(Strings(note.words()), Strings(SplitWords(content))) << content;
  EXPECT_EQ(Strings(note.lower_words()), Strings(SplitWords(folded))) << content;
  // The words are views into the content and the folded text, not copies.
  for (std::string_view word : note.words()) {
    EXPECT_GE(word.data(), content.data());
    EXPECT_LE(word.data() + word.size(), content.data() + content.size());
  }
  for (std::string_view word : note.lower_words()) {
    EXPECT_GE(word.data(), note.lower().data());
    EXPECT_LE(word.data() + word.size(), note.lower().data() + note.lower().size());
  }
}

TEST(NoteTextTest, WordsAndFoldedWordsAsSplitWordsFindsThem) {
  const std::vector<std::string> cases = {
      "",
      " ",
      "sic",
      "Two Words",
      "  padded\tby\ttabs \r\n and LINES  ",
      "Handwritten in the margin: \"NOT 38 \u2014 41!\"",
      "\u00C9TAT Major \u0412\u0410\u0421\u0418\u041B\u0418\u0419 \u0401lka",  // Latin-1 and Cyrillic capitals fold
      "trans. note\u2014laodage, \u8001\u5927\u54E5",
  };
  for (const std::string& content : cases) ExpectAsDefined(content);
}

TEST(NoteTextTest, RandomTextsAsDefined) {
  // Letters of both cases, white space of every kind, punctuation and two-byte capitals.
  const std::vector<std::string> pieces = {"a", "Z", "q", " ", "  ", "\t", "\n", "\r", ".", ",", "\"",
                                           "\u00C0", "\u00E9", "\u0416", "\u0436", "\u0130", "\u2014"};
  std::mt19937 random(11);
  int longer_than_kept_in_place = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string content;
    // Up to some 150 bytes: past the 64 of a note folded in the object itself.
    const int length = static_cast<int>(random() % 80);
    for (int k = 0; k < length; ++k) content += pieces[random() % pieces.size()];
    ExpectAsDefined(content);
    longer_than_kept_in_place += content.size() > 64 ? 1 : 0;
  }
  EXPECT_GT(longer_than_kept_in_place, 500);
}

TEST(NoteTextTest, SplitsOnlyWhenAsked) {
  const std::string content = "Imre Nagy";
  NoteText note(content);
  EXPECT_EQ(note.lower(), "imre nagy");
  EXPECT_EQ(note.words().size(), 2u);
  EXPECT_EQ(note.lower_words()[1], "nagy");
  EXPECT_EQ(note.words()[0], "Imre");  // asked again: the same split
}

// FoldedWordsBefore's definition: the classifier's word-by-word reading before it (LastWord,
// TrimCharacters with the signs, FoldCase).
std::vector<std::string> WordsBeforeByDefinition(std::string_view text, size_t count) {
  std::vector<std::string> words;
  for (std::string_view word = LastWord(text); !word.empty() && words.size() < count;
       word = LastWord(text.substr(0, static_cast<size_t>(word.data() - text.data())))) {
    words.push_back(FoldCase(TrimCharacters(word, ".,;:\"'()\u201C\u201D\u2019")));
  }
  return words;
}

std::vector<std::string> Strings(const FoldedWordsBefore& words) { return {words.begin(), words.end()}; }

TEST(NoteTextTest, FoldedWordsBefore) {
  EXPECT_EQ(Strings(FoldedWordsBefore("the Ambassador of the USSR ", 6)),
            (std::vector<std::string>{"ussr", "the", "of", "ambassador", "the"}));
  EXPECT_EQ(Strings(FoldedWordsBefore("said \u201CComrade\u201D (KIM), ", 2)), (std::vector<std::string>{"kim", "comrade"}));
  EXPECT_EQ(Strings(FoldedWordsBefore("a b c d e f g h", 3)), (std::vector<std::string>{"h", "g", "f"}));
  EXPECT_EQ(Strings(FoldedWordsBefore("end of sentence. \"... ", 6)),
            (std::vector<std::string>{"", "sentence", "of", "end"}));  // signs only: an empty word
  EXPECT_TRUE(Strings(FoldedWordsBefore("", 6)).empty());
  EXPECT_TRUE(Strings(FoldedWordsBefore(" \t\n ", 6)).empty());
  EXPECT_TRUE(Strings(FoldedWordsBefore("words", 0)).empty());
}

TEST(NoteTextTest, FoldedWordsBeforeAsDefinedOnRandomTexts) {
  const std::vector<std::string> pieces = {"a", "Z", "q", " ", "  ", "\t", "\n", "\r", ".", ",", ";", ":", "\"",
                                           "'", "(", ")", "-", "\u201C", "\u201D", "\u2019", "\u2018", "\u00C9",
                                           "\u0416", "\u2014", "\xE2", "\x80",
                                           // Capitals whose second byte is a curly quote's last (trimmed,
                                           // leaving a cut character), and a lone first byte.
                                           "\u0100", "\u011C", "\xC4",
                                           // Long words: the folded words past the bytes kept in place.
                                           "Abcdefghijklmnopqrstuvwxyz", "\u0416\u0416\u0416\u0416\u0416\u0416\u0416\u0416\u0416\u0416"};
  std::mt19937 random(12);
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 30);
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    const size_t count = random() % 8;
    EXPECT_EQ(Strings(FoldedWordsBefore(text, count)), WordsBeforeByDefinition(text, count)) << text << " " << count;
  }
}

}  // namespace
}  // namespace teipress
