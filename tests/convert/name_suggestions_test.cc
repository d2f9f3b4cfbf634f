// Unit tests of FindUnknownNames: the capitalized names after a title that the conversion report
// suggests adding to the authority files, each once: run by run, in the order of the titles, then of the text.
#include "name_suggestions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

}  // namespace
}  // namespace teipress
