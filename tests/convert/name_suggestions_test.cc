// Unit tests of FindUnknownNames: the capitalized names after a title that the conversion report
// suggests adding to the authority files, each once: run by run, in the order of the titles, then of the text.
#include "name_suggestions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "bracket_parser.h"
#include "name_words.h"
#include "text_util.h"

namespace teipress {
namespace {

std::vector<Node> Body(const std::vector<std::string>& paragraphs) {
  std::vector<Node> body;
  for (const std::string& text : paragraphs) {
    Node node;
    node.type = Node::Type::kBlock;
    node.block.content.push_back(Inline::Text(text, Position{1, 1}));
    body.push_back(std::move(node));
  }
  return body;
}

std::vector<std::string> Names(const std::vector<Node>& body) {
  std::vector<std::string> names;
  for (const NameSuggestion& suggestion : FindUnknownNames(body)) names.push_back(suggestion.name);
  return names;
}

TEST(NameSuggestionsTest, NamesAfterTitles) {
  EXPECT_EQ(Names(Body({"we met Comrade Kurdyukov and Minister Pak Ung-geol today."})),
            (std::vector<std::string>{"Kurdyukov", "Pak Ung-geol"}));
  EXPECT_EQ(Names(Body({"as Comrade A. N. Vereshchagin said"})), (std::vector<std::string>{"A. N. Vereshchagin"}));
  // A sentence's full stop is not part of the name.
  EXPECT_EQ(Names(Body({"we saw Ambassador Puzanov."})), (std::vector<std::string>{"Puzanov"}));
}

TEST(NameSuggestionsTest, NotANameAfterTheTitle) {
  EXPECT_TRUE(Names(Body({"the minister spoke; no title here at all."})).empty());
  EXPECT_TRUE(Names(Body({"Minister From: the ministry"})).empty());  // a field label
  EXPECT_TRUE(Names(Body({"Minister CM No. 7"})).empty());            // an office code
  EXPECT_TRUE(Names(Body({"Comrade Minister spoke"})).empty());       // a second title
  EXPECT_TRUE(Names(Body({"Comrade kurdyukov"})).empty());            // not capitalized
  EXPECT_TRUE(Names(Body({"XComrade Kurdyukov"})).empty());           // not a word's start
}

TEST(NameSuggestionsTest, EachNameOnceInTheOrderOfTheTitles) {
  EXPECT_EQ(Names(Body({"Minister Pak met Comrade Kim.", "Later Comrade Kim and Comrade Li came."})),
            (std::vector<std::string>{"Kim", "Pak", "Li"}));
}

// The scanner skips eight bytes at a time where none is a capital: a title at every place of a
// long run, after plain ASCII or after letters outside ASCII, is still found.
TEST(NameSuggestionsTest, TitleAtEveryPlaceOfALongRun) {
  for (const std::string filler : {"a", "\u00e9", " ", "A"}) {
    for (size_t before = 0; before < 24; ++before) {
      std::string text;
      while (text.size() < before) text += filler;
      text += " Comrade Kurdyukov spoke in a long sentence of lower-case words.";
      ASSERT_EQ(Names(Body({text})), (std::vector<std::string>{"Kurdyukov"})) << text;
    }
  }
}

// Eight ASCII bytes are read by their capitals alone: several capitals in one block, titles after
// a parenthesis or a quotation mark, and a capital that starts no title beside one that does are
// each found wherever the block boundaries fall.
TEST(NameSuggestionsTest, TitlesCloseTogetherAtEveryPlace) {
  for (const std::string filler : {"a", "\u00e9", "Q"}) {
    for (size_t before = 0; before < 16; ++before) {
      std::string text;
      while (text.size() < before) text += filler;
      text += " X(Comrade Kim)(\"Comrade Li) Comrade Zhou) AComrade Wu, Comrade Kim.";
      ASSERT_EQ(Names(Body({text})), (std::vector<std::string>{"Kim", "Li", "Zhou"})) << text;
    }
  }
}

// Every run is read on its own, a note's words between the runs around it: what one run found
// never shows in the next.
TEST(NameSuggestionsTest, RunsAndNotesEachOnTheirOwn) {
  Node paragraph;
  paragraph.type = Node::Type::kBlock;
  paragraph.block.content.push_back(Inline::Text("Comrade Kim and Minister Pak met, ", Position{1, 1}));
  Inline note;
  note.type = Inline::Type::kNote;
  note.children.push_back(Inline::Text("Ambassador Li", Position{1, 36}));
  paragraph.block.content.push_back(std::move(note));
  paragraph.block.content.push_back(Inline::Text(" then Comrade Zhou left.", Position{1, 50}));
  std::vector<Node> body;
  body.push_back(std::move(paragraph));
  EXPECT_EQ(Names(body), (std::vector<std::string>{"Kim", "Pak", "Li", "Zhou"}));
}

// The plain definition the scanner must agree with: each title searched for in each run, title
// by title, and the name after it read byte by byte.
std::string_view PlainCapitalizedRun(std::string_view text, size_t at) {
  size_t end = at;
  size_t words = 0;
  while (end < text.size() && IsUpper(text[end]) && words < 4) {
    size_t word_end = text.find_first_of(" ,;:)(", end);
    if (word_end == std::string_view::npos) word_end = text.size();
    const std::string_view word = text.substr(end, word_end - end);
    ++words;
    if (word.size() > 2 && word.back() == '.') {
      end = word_end - 1;
      break;
    }
    end = word_end;
    if (end + 1 < text.size() && text[end] == ' ' && IsUpper(text[end + 1])) {
      ++end;
      continue;
    }
    break;
  }
  std::string_view run = text.substr(at, end - at);
  while (!run.empty() && std::string_view(" .'!?").find(run.back()) != std::string_view::npos) run.remove_suffix(1);
  return run;
}

std::vector<NameSuggestion> PlainUnknownNames(const std::vector<std::string>& runs) {
  std::vector<NameSuggestion> found;
  std::set<std::string> seen;
  for (const std::string& text : runs) {
    for (const PersonTitle& title : kPersonTitles) {
      if (!title.names_follow) continue;
      for (size_t at = text.find(title.text); at != std::string::npos; at = text.find(title.text, at + 1)) {
        if (at > 0 && text[at - 1] != ' ' && text[at - 1] != '(' && text[at - 1] != '"') continue;
        const size_t name_at = at + title.text.size() + 1;
        if (name_at >= text.size() || text[name_at - 1] != ' ') continue;
        const std::string_view name = PlainCapitalizedRun(text, name_at);
        if (name.size() < 2 || !IsUpper(name[0])) continue;
        if (name_at + name.size() < text.size() && text[name_at + name.size()] == ':') continue;
        const std::string_view first_word = name.substr(0, name.find(' '));
        if (first_word.size() <= 3 && std::all_of(first_word.begin(), first_word.end(), IsUpper)) continue;
        if (IsPersonTitle(first_word)) continue;
        if (!seen.insert(std::string(name)).second) continue;
        found.push_back({std::string(name), Advance(Position{1, 1}, std::string_view(text).substr(0, name_at))});
      }
    }
  }
  return found;
}

// Texts of titles, words like titles ("Comradeship", "MR.", "Cde"), names, initials, codes and
// the signs around them, cut at every length: the scanner's sixteen-byte blocks, the last block
// read again and texts shorter than a block must each find what the plain definition finds.
TEST(NameSuggestionsTest, AgreesWithThePlainDefinitionOnRandomTexts) {
  const std::vector<std::string> pieces = {
      "Comrade", "Comrades", "Cde.", "Cdes.", "Comr.", "Mr.", "Mrs.", "Dr.", "Minister", "Ambassador", "Lieutenant",
      "Counsellor", "Counselor", "Chancellor", "Deputy", "Vice", "Prime", "MR.", "comrade", "Comradeship", "Cde", "Mr",
      "Ministers", "A.", "N.", "Zhou.", "CM", "USSR", "From:", "No.", "\u00c9mile", "x", "the", "(", "\"", ",", ":",
      ".", "!", "'", "\u00e9", "\n"};
  const std::vector<std::string> separators = {" ", " ", " ", " ", "", "(", "\"", ", ", "  ", ") "};
  std::mt19937 random(20261207);
  size_t suggestions = 0;
  for (int round = 0; round < 10000; ++round) {
    std::vector<std::string> runs(1 + random() % 3);
    for (std::string& text : runs) {
      const size_t count = random() % 20;
      for (size_t k = 0; k < count; ++k) {
        if (random() % 3 == 0) {
          // A name: a capital and a few letters, some of them repeated from text to text.
          text += static_cast<char>('A' + random() % 26);
          for (size_t letters = random() % 4; letters > 0; --letters) text += "abe"[random() % 3];
        } else {
          text += pieces[random() % pieces.size()];
        }
        text += separators[random() % separators.size()];
      }
    }
    const std::vector<NameSuggestion> expected = PlainUnknownNames(runs);
    const std::vector<NameSuggestion> found = FindUnknownNames(Body(runs));
    suggestions += found.size();
    ASSERT_EQ(found.size(), expected.size()) << runs[0];
    for (size_t k = 0; k < found.size(); ++k) {
      ASSERT_EQ(found[k].name, expected[k].name) << runs[0];
      ASSERT_EQ(found[k].position.line, expected[k].position.line) << runs[0];
      ASSERT_EQ(found[k].position.column, expected[k].position.column) << runs[0];
    }
  }
  EXPECT_GT(suggestions, 5000u);  // texts that hold names, not only texts that hold none
}

}  // namespace
}  // namespace teipress
