// Unit tests of the block reader: line classification, header columns, multi-line notes and
// the footnote texts at the end of the body.
#include "block_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "bracket_parser.h"

namespace teipress {
namespace {

const char* KindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kDateline: return "dateline";
    case BlockKind::kSeg: return "seg";
    case BlockKind::kAddressLine: return "address";
    case BlockKind::kSalute: return "salute";
    case BlockKind::kClosingSalute: return "closing-salute";
    case BlockKind::kSigned: return "signed";
    case BlockKind::kListItem: return "item";
    case BlockKind::kItemHeading: return "item-heading";
    case BlockKind::kSpeech: return "speech";
    case BlockKind::kPageBreak: return "page-break";
    case BlockKind::kSeparator: return "separator";
    case BlockKind::kNoteBlock: return "note";
    case BlockKind::kFormeWork: return "fw";
  }
  return "?";
}

struct LineCase {
  std::string text;
  std::string kind;
  std::string subtype = "";
  std::string label = "";
  std::string n = "";
};

TEST(BlockReaderTest, ClassifyLine) {
  const std::vector<LineCase> cases = {
      {"Please decide today.", "paragraph"},
      // Classification and precedence markings.
      {"TOP SECRET", "seg", "classification"},
      {"Top Secret", "seg", "classification"},
      {"Strictly secret!", "seg", "classification"},
      {"STRICTLY SECRET!", "seg", "classification"},
      {"Of special importance!", "seg", "classification"},
      {"CONFIDENTIAL", "seg", "classification"},
      {"SECRET", "seg", "classification"},
      {"For official use", "seg", "classification"},
      {"Making copies is prohibited", "seg", "classification"},
      {"Urgent", "seg", "classification"},
      {"Extremely Urgent", "seg", "classification"},
      {"TOP PRIORITY", "seg", "classification"},
      {"SPECIAL", "seg", "classification"},
      // Marks printed together may be longer than any one mark; a long line without " / " is none.
      {"STRICTLY SECRET! / Of special importance! / Copying prohibited", "seg", "classification"},
      {"  Top Secret / Eyes Only.  ", "seg", "classification"},
      {"Top secret matters were discussed at length", "paragraph"},
      {"Secret / Urgent / The delegation has arrived", "paragraph"},
      // Numbers.
      {"No. P83/280", "seg", "number"},
      {"Nº 131", "seg", "number"},
      {"Special no. 812", "seg", "number"},
      {"Issuing No. 4416", "seg", "number"},
      {"No. 141-NQ/TW", "seg", "number"},
      {"Number R045512", "seg", "number"},
      {"No. 4 was discussed at length by the committee.", "paragraph"},  // a sentence, not a number line
      // Copies.
      {"Copy Nº 1", "seg", "copy"},
      {"Made in 14 copies", "seg", "copy"},
      {"Printed in 3 copies", "seg", "copy"},
      {"6 copies", "seg", "copy"},
      {"The archive holds the draft of this telegram in six copies", "paragraph"},  // too many words
      {"Printed on the machine of the secretariat in 3 COPIES.", "paragraph"},
      // Routing.
      {"Received on 1:40 am, 27 November 1950", "seg", "routing"},
      {"Sent on 3:05 am, 27 November 1950", "seg", "routing"},
      {"Arrived 10:00 p.m.", "seg", "routing"},
      {"Deciphered at the Embassy of the USSR in Pyongyang at 10:00 P.M.", "seg", "routing"},
      {"Deciphered at the Embassy of the USSR in Pyongyang at 10:00.", "paragraph"},
      {"Deciphered by Ivanov", "seg", "routing"},
      {"Destination: PEKING", "seg", "routing"},
      {"To Whom: SovAmbassador", "seg", "routing"},
      {"From: Pyongyang", "seg", "routing"},
      {"Primary: Embassy", "seg", "routing"},
      {"Received the delegation and spoke with it.", "paragraph"},  // a sentence
      // Distribution.
      {"Copies: Malenkov, Molotov, Vyshinsky, Vasilevsky", "seg", "distribution"},
      {"Distribution list - 9 copies:", "seg", "distribution"},
      {"COPIES TO: Embassy Tokyo", "seg", "distribution"},
      {"CC: Embassy Tokyo", "seg", "distribution"},
      {"PRINTED IN 3 COPIES", "seg", "copy"},
      {"SUBJECT: Talks with Kim Il Sung", "seg", "subject"},
      {"@SUBJECT: Talks with Kim Il Sung", "paragraph"},  // '@' and '[' border the capitals
      {"[SUBJECT: Talks] with Kim Il Sung", "paragraph"},
      // Closing reference lines.
      {"Enclosure: 2-page letter.", "seg", "enclosure"},
      {"Typed by: Kh.", "seg", "typist"},
      {"FE:EA:ELCrane:mk", "seg", "drafter"},
      // Datelines.
      {"20 June 1958", "dateline"},
      {"Pyongyang, 12.X.1956", "dateline"},
      {"Hanoi, [day left blank] March 1966", "dateline"},
      {"Date: 09.08.1973", "dateline"},
      {"12.III.1951", "dateline"},
      {"Decision of 28 August 1951", "paragraph"},
      // Addresses.
      {"To: Comrade V[ice]-Minister Winiewicz", "address"},
      {"TO KRASOVSKY", "address"},
      {"For transmission to MAO ZEDONG", "address"},
      {"To adopt the attached draft answer of Comrade Filippov to Comrade Mao Zedong.", "paragraph"},
      // Salutations and closing formulas.
      {"Dear Comrade Minister,", "salute"},
      {"Comrade Premier,", "salute"},
      {"\u201CCde. Mao Zedong!", "salute"},
      {"DEEPLY RESPECTED Iosif Vissarionovich!", "salute"},
      {"With socialist greetings,", "closing-salute"},
      {"With deep respect and gratitude,", "closing-salute"},
      {"Report on the fulfillment [ob ispolnenii dolozhite].", "closing-salute"},
      {"TELEGRAPH THE FULFILLMENT OF THIS INSTRUCTION!", "closing-salute"},
      {"With greetings to all the comrades of the embassy and their families,", "paragraph"},  // nine words
      {"\"Respected Comrade Ambassador,", "salute"},
      {"Dear Comrade Minister, we have received your letter of 12 March and thank you,", "paragraph"},
      {"Respected Comrade Ambassador.", "paragraph"},
      // Signatures.
      {"Signed: Ion Trandafir", "signed"},
      // Lists.
      {"1. Comr. Stalin", "item", "numbered", "1.", "1"},
      {"280. To adopt the draft.", "item", "numbered", "280.", "280"},
      {"2.1. The trade representation ordered devices.", "item", "numbered", "2.1.", "2.1"},
      {"a) Priority is to be given to cadres.", "item", "lettered", "a)", "a"},
      {"IV. SITUATION", "item", "roman", "IV.", "IV"},
      {"- to inform the Ministry;", "item", "dash", "-", ""},
      {"(1) Vice Premier Li said so.", "item", "numbered", "(1)", "1"},
      {"1 - to Cde. Gromyko", "item", "distribution", "1 -", "1"},
      {"1951 was a hard year.", "paragraph"},
      // Page markers and separators.
      {"(p. 4)", "page-break", "", "(p. 4)", "4"},
      {"- 2 -", "page-break", "", "- 2 -", "2"},
      {"* * * * *", "separator", "", "* * * * *"},
      {"* * *", "separator", "", "* * *"},
      {"* *", "paragraph"},
      // A line that is a single note; descriptor lines.
      {"[…]", "note"},
      {"[The telegram was sent to Beijing on August 29, 1951.]", "note"},
      {"[a] and [b]", "paragraph"},
      {"[stamp and handwriting] Cabinet of the Minister CM No. 2906/56 - 29 X", "seg", "stamp"},
      {"[handwriting] No. 3117/tjn/56", "seg", "handwritten"},
      {"[handwriting, illegible, with a date] 2.11.56", "paragraph"},
      // Nothing but whitespace (a printed column of form feeds and tabs): no line end to look at.
      {"", "paragraph"},
      {"\f\f\t", "paragraph"},
      // Headings.
      {"Excerpt from protocol No. 83 of meeting of the Politburo CC VKP(b)", "heading", "excerpt"},
      // Every word of the tables asked by their first (or last) byte, in capitals too: the byte
      // is looked up in the lower-cased line.
      {"EXTRACT FROM the minutes of the session", "heading", "excerpt"},
      {"(signed) V. Molotov", "signed"},
      {"/S/ M. Pervukhin", "signed"},
      {"SIGNED: Ion Trandafir", "signed"},
      {"Sincerely yours,", "closing-salute"},
      {"RESPECTFULLY,", "closing-salute"},
      {"Yours faithfully,", "closing-salute"},
      {"Best regards.", "closing-salute"},
      {"Cordially,", "closing-salute"},
      {"Faithfully yours,", "closing-salute"},
      {"Comradely greetings!", "closing-salute"},
      {"Greetings,", "closing-salute"},
      {"Confirm receipt.", "closing-salute"},
      {"Mr. Ambassador,", "salute"},
      {"Esteemed Comrade Kim Il Sung,", "salute"},
      {"Cde. Rakosi,", "salute"},
      {"Made in 2 copies.", "seg", "copy"},
      {"1 COPY", "seg", "copy"},
      {"FE:EA:ELCrane/mk", "seg", "drafter"},
      {"FE:EA:ELCrane:mk.", "paragraph"},  // a code ends in a letter, a colon or a slash
      {"DATE: not given", "seg", "routing"},
      {"to whom: SovAmbassador", "seg", "routing"},
      {"FOR TRANSMISSION TO Comrade Kim", "address"},
      {"To Comrade P. F. Yudin, Ambassador of the USSR in the PRC, Beijing", "address"},
      {"Tomorrow, the delegation leaves for Beijing, and the ambassador with it.", "paragraph"},
      // The words are counted only as far as the tests ask (ten at most): at the limits.
      {"To the Ministry of Foreign Affairs of the Polish Republic", "address"},           // ten words
      {"To the Ministry of Foreign Affairs of the Polish People's Republic", "paragraph"},  // eleven
      {"With deep respect and gratitude to you all,", "closing-salute"},  // eight words
      {"With deep respect and gratitude to you and all,", "paragraph"},  // nine
      {"No. 12 of 4", "seg", "number"},                                  // four words
      {"No. 12 of the four", "paragraph"},                               // five
      {"Moscow city center, 12 March 1951", "dateline"},                 // a place of three words
      {"Moscow city center north, 12 March 1951", "paragraph"},          // of four: none
  };
  for (const LineCase& c : cases) {
    SCOPED_TRACE("'" + c.text + "'");
    const Block block = ClassifyLine(c.text);
    EXPECT_STREQ(KindName(block.kind), c.kind.c_str());
    EXPECT_EQ(BlockSubtypeName(block), c.subtype);
    EXPECT_EQ(block.label, c.label);
    EXPECT_EQ(block.n, c.n);
  }
}

TEST(BlockReaderTest, IsCapitalsLine) {
  struct Case {
    std::string text;
    bool capitals;
  };
  for (const Case& c : std::vector<Case>{{"TOP SECRET", true},
                                         {"R A Z U V A E V", true},
                                         {"SECRETARY CC", true},
                                         {"USSR AMBASSADOR IN THE DPRK", true},
                                         {"Comrade Premier", false},
                                         {"FILIPPOV [Stalin]", true},  // editor's brackets do not count
                                         {"I", false},
                                         {"", false},
                                         {"123", false}}) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(IsCapitalsLine(c.text), c.capitals);
  }
}

// Lines of prose are decided before their end: the same answer as counting every letter, on
// random lines of capitals, small letters, spaces and brackets.
TEST(BlockReaderTest, IsCapitalsLineAsCountedToTheEnd) {
  const auto counted = [](const std::string& text) {
    int upper = 0, lower = 0, depth = 0;
    for (const char c : text) {
      if (c == '[') ++depth;
      if (c == ']' && depth > 0) --depth;
      if (depth > 0) continue;
      if (c >= 'A' && c <= 'Z') ++upper;
      if (c >= 'a' && c <= 'z') ++lower;
    }
    return upper >= 2 && lower * 4 <= upper;
  };
  std::mt19937 random(20261211);
  for (int trial = 0; trial < 5000; ++trial) {
    std::string text(static_cast<size_t>(trial % 120), ' ');
    // From all capitals to all small letters, with a share of brackets and spaces.
    const unsigned small_share = static_cast<unsigned>(trial % 7);
    for (char& c : text) {
      const unsigned roll = random() % 20;
      c = roll == 0 ? "[]"[random() % 2] : roll < 3 ? ' ' : random() % 6 < small_share ? 'a' : 'Q';
    }
    SCOPED_TRACE(text);
    EXPECT_EQ(IsCapitalsLine(text), counted(text));
  }
}

std::vector<BodyLine> Body(const std::vector<std::string>& lines, int first_line = 30) {
  std::vector<BodyLine> body;
  for (const std::string& line : lines) body.push_back({line, first_line++});
  return body;
}

BlockReadResult ReadLines(const std::vector<std::string>& lines, int first_line = 30) {
  std::vector<Diagnostic> diagnostics;
  BlockReadResult result = ReadBlocks(Body(lines, first_line), "doc.txt", diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  return result;
}

std::string Text(const Block& block) { return PrintedText(block.content); }

TEST(BlockReaderTest, OneBlockPerNonEmptyLine) {
  const BlockReadResult result = ReadLines({"", "Please decide today.", "The trucks   have not come.", "", "", "End."});
  ASSERT_EQ(result.blocks.size(), 3u);
  EXPECT_EQ(Text(result.blocks[0]), "Please decide today.");
  EXPECT_EQ(result.blocks[0].position.line, 31);
  EXPECT_EQ(result.blocks[0].position.column, 1);
  EXPECT_TRUE(result.blocks[0].after_blank_line);
  EXPECT_EQ(Text(result.blocks[1]), "The trucks have not come.");  // runs of spaces collapse
  EXPECT_FALSE(result.blocks[1].after_blank_line);
  EXPECT_TRUE(result.blocks[2].after_blank_line);
  EXPECT_TRUE(result.footnotes.empty());
}

TEST(BlockReaderTest, IndentedLinePositionIsItsFirstCharacter) {
  const BlockReadResult result = ReadLines({"   Kádár said so."});
  ASSERT_EQ(result.blocks.size(), 1u);
  EXPECT_EQ(result.blocks[0].position.column, 4);
  EXPECT_EQ(Text(result.blocks[0]), "Kádár said so.");
}

TEST(BlockReaderTest, ListItemContentStartsAfterTheLabel) {
  const BlockReadResult result = ReadLines({"280. To adopt the draft."});
  ASSERT_EQ(result.blocks.size(), 1u);
  EXPECT_EQ(result.blocks[0].label, "280.");
  EXPECT_EQ(Text(result.blocks[0]), "To adopt the draft.");
  EXPECT_EQ(result.blocks[0].position.column, 6);
}

TEST(BlockReaderTest, HeaderColumnsSplitAtTwoOrMoreSpaces) {
  const BlockReadResult result =
      ReadLines({"Tenth Department                Top Secret", "Destination: PEKING  To Whom: SovAmbassador",
                 "Comrade Kádár said:  we agree."});
  ASSERT_EQ(result.blocks.size(), 5u);
  EXPECT_EQ(Text(result.blocks[0]), "Tenth Department");
  EXPECT_EQ(result.blocks[0].position.column, 1);
  EXPECT_EQ(Text(result.blocks[1]), "Top Secret");
  EXPECT_EQ(result.blocks[1].kind, BlockKind::kSeg);
  EXPECT_EQ(BlockSubtypeName(result.blocks[1]), std::string()+"classification");
  EXPECT_EQ(result.blocks[1].position.line, 30);
  EXPECT_EQ(result.blocks[1].position.column, 33);
  EXPECT_FALSE(result.blocks[1].after_blank_line);
  EXPECT_EQ(Text(result.blocks[2]), "Destination: PEKING");
  EXPECT_EQ(Text(result.blocks[3]), "To Whom: SovAmbassador");
  EXPECT_EQ(BlockSubtypeName(result.blocks[3]), std::string()+"routing");
  // Running text with a double space is not split: no column reads as a header field.
  EXPECT_EQ(Text(result.blocks[4]), "Comrade Kádár said: we agree.");
}

TEST(BlockReaderTest, FlattenedDateAndFieldAreSplit) {
  const BlockReadResult result = ReadLines({"28 August 1951 Copies: Malenkov, Molotov, Vyshinsky, Vasilevsky"});
  ASSERT_EQ(result.blocks.size(), 2u);
  EXPECT_EQ(result.blocks[0].kind, BlockKind::kDateline);
  EXPECT_EQ(Text(result.blocks[0]), "28 August 1951");
  EXPECT_EQ(BlockSubtypeName(result.blocks[1]), std::string()+"distribution");
  EXPECT_EQ(Text(result.blocks[1]), "Copies: Malenkov, Molotov, Vyshinsky, Vasilevsky");
  EXPECT_EQ(result.blocks[1].position.column, 16);
}

// The block reader classifies each line as ClassifyLine does, whether its text is the line as read,
// collapsed from wider spacing, or a date field; it finds the date a line starts with once for both
// the split above and the dateline test.
TEST(BlockReaderTest, LinesReadAsClassifyLineClassifiesThem) {
  const std::vector<std::string> lines = {
      "20 June 1958", "   20 June 1958  ", "Pyongyang, 12.X.1956", "Date: 09.08.1973", "DATE: 20 June 1958",
      "Decision of 28 August 1951", "28 August 1951 was a Tuesday.", "12.III.1951", "Hanoi, [day left blank] March 1966",
      "TOP SECRET", "Dear Comrade Minister,", "1. Comr. Stalin"};
  std::vector<std::string> body;
  for (const std::string& line : lines) {
    body.push_back(line);
    body.push_back("");
  }
  const BlockReadResult result = ReadLines(body);
  ASSERT_EQ(result.blocks.size(), lines.size());
  for (size_t k = 0; k < lines.size(); ++k) {
    SCOPED_TRACE(lines[k]);
    const Block expected = ClassifyLine(lines[k]);
    EXPECT_STREQ(KindName(result.blocks[k].kind), KindName(expected.kind));
    EXPECT_EQ(BlockSubtypeName(result.blocks[k]), BlockSubtypeName(expected));
  }
  EXPECT_STREQ(KindName(result.blocks[0].kind), "dateline");
  EXPECT_STREQ(KindName(result.blocks[1].kind), "dateline");
  EXPECT_EQ(Text(result.blocks[1]), "20 June 1958");
  EXPECT_STREQ(KindName(result.blocks[3].kind), "dateline");
  EXPECT_STREQ(KindName(result.blocks[4].kind), "dateline");
  EXPECT_STREQ(KindName(result.blocks[5].kind), "paragraph");
  EXPECT_STREQ(KindName(result.blocks[6].kind), "paragraph");
}

TEST(BlockReaderTest, NoteOpenAtLineEndJoinsTheNextLines) {
  const BlockReadResult result = ReadLines({"[faded stamp:", "07391-gs", "1 July 1958]", "Next line."});
  ASSERT_EQ(result.blocks.size(), 2u);
  EXPECT_EQ(result.blocks[0].kind, BlockKind::kNoteBlock);
  EXPECT_EQ(Text(result.blocks[0]), "[faded stamp:\n07391-gs\n1 July 1958]");
  EXPECT_EQ(result.blocks[0].position.line, 30);
  EXPECT_EQ(Text(result.blocks[1]), "Next line.");
  EXPECT_EQ(result.blocks[1].position.line, 33);
}

TEST(BlockReaderTest, BracketNeverClosedDoesNotSwallowTheBody) {
  const BlockReadResult result = ReadLines({"The figures [are in table", "Second line.", "Third line."});
  ASSERT_EQ(result.blocks.size(), 3u);
  EXPECT_EQ(Text(result.blocks[0]), "The figures [are in table");
}

TEST(BlockReaderTest, BracketedFootnoteTextsAtTheEnd) {
  const BlockReadResult result = ReadLines({"They have been loyal to us. [1] If we tell them.", "",
                                            "Tsedenbal said so. [2]", "", "[1] A reference to the dispute.", "",
                                            "[2] Quotation marks as in the original.", ""});
  ASSERT_EQ(result.blocks.size(), 2u);
  ASSERT_EQ(result.footnotes.size(), 2u);
  EXPECT_EQ(result.footnotes[0].label, "1");
  EXPECT_EQ(result.footnotes[0].text, "A reference to the dispute.");
  EXPECT_EQ(result.footnotes[0].position.line, 34);
  EXPECT_EQ(result.footnotes[0].position.column, 5);
  EXPECT_EQ(result.footnotes[1].label, "2");
  EXPECT_EQ(result.footnotes[1].text, "Quotation marks as in the original.");
  EXPECT_TRUE(result.footnote_heading.empty());
}

TEST(BlockReaderTest, BareNumberedNotesUnderANotesHeading) {
  const BlockReadResult result =
      ReadLines({"Cde. Molotov: otherwise the others will ask the same.(4)", "", "Cde. Khrushchev: Announce it.(5)", "",
                 "Translator's Notes", "", "4 The phrase \"the others\" refers to the democracies.", "",
                 "5 A communique appeared later."});
  ASSERT_EQ(result.blocks.size(), 2u);  // the heading is not a body block
  EXPECT_EQ(result.footnote_heading, "Translator's Notes");
  ASSERT_EQ(result.footnotes.size(), 2u);
  EXPECT_EQ(result.footnotes[0].label, "4");
  EXPECT_EQ(result.footnotes[0].text, "The phrase \"the others\" refers to the democracies.");
  EXPECT_EQ(result.footnotes[0].position.line, 36);
  EXPECT_EQ(result.footnotes[0].position.column, 3);
  EXPECT_EQ(result.footnotes[1].label, "5");
}

TEST(BlockReaderTest, BareNumberedLinesWithoutHeadingAreBody) {
  const BlockReadResult result = ReadLines({"The results:", "", "4 tanks were delivered.", "", "5 trucks arrived."});
  EXPECT_TRUE(result.footnotes.empty());
  EXPECT_TRUE(result.footnote_heading.empty());
  ASSERT_EQ(result.blocks.size(), 3u);
  EXPECT_EQ(Text(result.blocks[2]), "5 trucks arrived.");
}

// Without a heading, numbered lines at the end are notes when the body has a marker for each:
// "[5]", or "(4)" glued to a word or sign (not after a space), anywhere in a line.
TEST(BlockReaderTest, MarkersInTheBodyMakeNumberedLinesNotes) {
  const BlockReadResult marked =
      ReadLines({"The tanks came.(4) Then [5] trucks.", "", "4 First note.", "", "5 Second note."});
  ASSERT_EQ(marked.footnotes.size(), 2u);
  EXPECT_EQ(marked.footnotes[0].label, "4");
  EXPECT_EQ(marked.footnotes[1].label, "5");
  const BlockReadResult unmarked =
      ReadLines({"The tanks came. (4) Then [5] trucks.", "", "4 First note.", "", "5 Second note."});
  EXPECT_TRUE(unmarked.footnotes.empty());
  EXPECT_EQ(unmarked.blocks.size(), 3u);
}

TEST(BlockReaderTest, OnlyTheTailIsFootnotes) {
  // A "[1] ..." line followed by ordinary text is body text.
  const BlockReadResult result = ReadLines({"[1] is the first marker.", "Then the text goes on."});
  EXPECT_TRUE(result.footnotes.empty());
  EXPECT_EQ(result.blocks.size(), 2u);
}

// A tab or three spaces or more part the columns of a line; one or two spaces part words.
TEST(BlockReaderTest, PrintedColumns) {
  EXPECT_EQ(PrintedColumns("Ali Sastroamidjojo          Tjou En-lai"),
            (std::vector<std::string>{"Ali Sastroamidjojo", "Tjou En-lai"}));
  EXPECT_EQ(PrintedColumns("Marshal of the Soviet Union\t\tI. Konev"),
            (std::vector<std::string>{"Marshal of the Soviet Union", "I. Konev"}));
  EXPECT_EQ(PrintedColumns("  L. Longo \t W. Gomu\u0142ka   J. K\u00e1d\u00e1r  "),
            (std::vector<std::string>{"L. Longo", "W. Gomu\u0142ka", "J. K\u00e1d\u00e1r"}));
  EXPECT_EQ(PrintedColumns("Chairman of the  Council\tA. Zasyadko"),
            (std::vector<std::string>{"Chairman of the Council", "A. Zasyadko"}));
  EXPECT_TRUE(PrintedColumns("An ordinary line of text").empty());
  EXPECT_TRUE(PrintedColumns("Two  spaces  part  words").empty());
  EXPECT_TRUE(PrintedColumns("   indented only").empty());
  EXPECT_TRUE(PrintedColumns("a stamp   over\ntwo lines").empty());
  // The least whitespace that parts columns: one tab, or three spaces; two spaces and a trailing
  // run (trimmed away) do not.
  EXPECT_EQ(PrintedColumns("A\tB"), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(PrintedColumns("A B\t C"), (std::vector<std::string>{"A B", "C"}));
  EXPECT_EQ(PrintedColumns("A   B"), (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(PrintedColumns("A  B  C   D"), (std::vector<std::string>{"A B C", "D"}));
  EXPECT_TRUE(PrintedColumns("A  B").empty());
  EXPECT_TRUE(PrintedColumns("A B   \t").empty());
  EXPECT_TRUE(PrintedColumns("\t\tA B").empty());
}

// A line's open brackets are counted sixteen bytes at a time, a step per bracket: the same count
// as byte by byte, wherever the brackets stand.
TEST(BlockReaderTest, BracketBalance) {
  struct Case {
    std::string text;
    int balance;
  };
  for (const Case& c : std::vector<Case>{
           {"", 0},
           {"No brackets at all in this line of text.", 0},
           {"] a stray closing bracket before [one open", 1},
           {"[stamp] and [handwriting, illegible", 1},
           {"[[nested] and still open at the end of the line of sixteen", 1},
           {"]]]] [[ ] ] ] [ ", 1},
           {"A note [closed] and then [another one] closed again: all closed here.", 0},
       }) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(BracketBalance(c.text), c.balance);
  }
  const auto byte_by_byte = [](std::string_view text) {
    int balance = 0;
    for (char c : text) {
      if (c == '[') ++balance;
      if (c == ']' && balance > 0) --balance;
    }
    return balance;
  };
  const std::string bytes = "ab c.d\xc3\xa1";
  std::mt19937 random(20261208);
  for (int trial = 0; trial < 5000; ++trial) {
    std::string text(static_cast<size_t>(trial % 70), ' ');
    // Brackets from rare to most bytes.
    const unsigned bracket_share = 1 + static_cast<unsigned>(trial % 5);
    for (char& c : text) {
      c = random() % 10 < bracket_share ? "[]"[random() % 2] : bytes[random() % bytes.size()];
    }
    SCOPED_TRACE(text);
    EXPECT_EQ(BracketBalance(text), byte_by_byte(text));
  }
}

// A line's layout is read eight bytes at a time: a run of two spaces or a byte below 0x20 is found
// wherever it is, across the eight-byte boundaries and in the bytes after the last whole eight.
TEST(BlockReaderTest, ReadLineLayout) {
  struct Case {
    std::string line;
    bool double_space;
    bool control;
  };
  for (const Case& c : std::vector<Case>{
           {"", false, false},
           {"An ordinary line of text, one space between words.", false, false},
           {"Seven.   ", true, false},                  // in the bytes after the last eight
           {"Seventh  eighth", true, false},            // bytes 7 and 8: across the boundary
           {"Fifteen bytes.  two", true, false},        // bytes 14 and 15, inside the second eight
           {"Sixteen bytes!!  ", true, false},          // bytes 15 and 16
           {"Marshal of the Soviet Union\tI. Konev", false, true},
           {"a stamp over\ntwo lines of text", false, true},
           {"Gomu\u0142ka K\u00e1d\u00e1r \u201Cquoted\u201D words", false, false},  // UTF-8 is no control byte
           {"nineteen bytes....\x1f", false, true},
           {"A\x7f" " B ~ !", false, false},  // DEL and the bytes from 0x20 up are none
       }) {
    SCOPED_TRACE(c.line);
    const LineLayout layout = ReadLineLayout(c.line);
    EXPECT_EQ(layout.has_double_space, c.double_space);
    EXPECT_EQ(layout.has_control, c.control);
  }
  // Against the definitions, on lines of every length up to 40 made of the bytes that matter.
  const std::string bytes = std::string(" a\t\n\x1f\x20!~\x7f") + "\xc3\xa1";
  std::mt19937 random(20261207);
  for (int trial = 0; trial < 4000; ++trial) {
    std::string line(static_cast<size_t>(trial % 41), ' ');
    for (char& c : line) c = bytes[random() % bytes.size()];
    SCOPED_TRACE(::testing::PrintToString(line));
    const LineLayout layout = ReadLineLayout(line);
    EXPECT_EQ(layout.has_double_space, line.find("  ") != std::string::npos);
    EXPECT_EQ(layout.has_control, std::any_of(line.begin(), line.end(),
                                              [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
  }
  // Lines of words with rare double spaces and controls, up to 80 bytes: sixteen bytes at a time,
  // a pair of spaces across a boundary of sixteen, eight or the bytes after them is found.
  for (int trial = 0; trial < 4000; ++trial) {
    std::string line(static_cast<size_t>(trial % 81), 'w');
    for (char& c : line) {
      const unsigned roll = random() % 100;
      c = roll < 15 ? ' ' : roll == 15 ? "\t\n\x01\x1f"[random() % 4] : roll == 16 ? '\x80' : "aZ.~"[random() % 4];
    }
    SCOPED_TRACE(::testing::PrintToString(line));
    const LineLayout layout = ReadLineLayout(line);
    EXPECT_EQ(layout.has_double_space, line.find("  ") != std::string::npos);
    EXPECT_EQ(layout.has_control, std::any_of(line.begin(), line.end(),
                                              [](char c) { return static_cast<unsigned char>(c) < 0x20; }));
  }
}

// The lines printed in columns are listed beside the blocks, by the position of their block.
TEST(BlockReaderTest, ColumnLinesBesideTheBlocks) {
  std::vector<Diagnostic> diagnostics;
  const std::vector<BodyLine> body = {{"The two prime ministers agreed.", 20}, {"", 21},
                                      {"Ali Sastroamidjojo          Tjou En-lai", 22}};
  const BlockReadResult result = ReadBlocks(body, "test.txt", diagnostics);
  ASSERT_EQ(result.blocks.size(), 2u);
  EXPECT_EQ(result.blocks[1].content[0].text, "Ali Sastroamidjojo Tjou En-lai");
  ASSERT_EQ(result.column_lines.size(), 1u);
  EXPECT_EQ(result.column_lines[0].position.line, 22);
  EXPECT_EQ(result.column_lines[0].position.column, result.blocks[1].position.column);
  EXPECT_EQ(result.column_lines[0].columns, (std::vector<std::string>{"Ali Sastroamidjojo", "Tjou En-lai"}));
}

// "To" + an honorific or an office, then the name and the place parted by commas: an address line
// however long; a sentence or a heading that opens with "To" is not.
TEST(BlockReaderTest, LongAddressLines) {
  EXPECT_EQ(ClassifyLine("To His Excellency the Minister of Foreign Affairs, Mr. J. M. A. H. Luns, The Hague").kind,
            BlockKind::kAddressLine);
  EXPECT_EQ(ClassifyLine("To Comrade P. F. Yudin, Ambassador of the USSR in the People's Republic of China").kind,
            BlockKind::kAddressLine);
  EXPECT_EQ(ClassifyLine("To the Minister of Foreign Affairs of the Republic of Indonesia, Dr. Subandrio, Djakarta").kind,
            BlockKind::kAddressLine);
  EXPECT_NE(ClassifyLine("To Comrade Kim, the Premier said, the question of the border was a matter for the party.").kind,
            BlockKind::kAddressLine);
  EXPECT_NE(ClassifyLine("To the question of the border, the economic relations and the exchange of delegations").kind,
            BlockKind::kAddressLine);
}

}  // namespace
}  // namespace teipress
