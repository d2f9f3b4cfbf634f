// Turns the body's lines into classified blocks (paragraphs, header lines, salutes, signatures,
// list items, dialogue turns, page markers, separators) and finds the footnote texts at the end.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "document_model.h"
#include "envelope_reader.h"

namespace teipress {

struct FootnoteText {
  std::string label;
  std::string text;
  Position position;
  FootnoteLabel style = FootnoteLabel::kBracket;
};

struct BlockReadResult {
  std::vector<Block> blocks;  // content still unparsed: each block's text is in content[0]
  std::vector<FootnoteText> footnotes;
  std::string footnote_heading;  // "Translator's Notes" when the notes had a heading
  Position footnote_heading_position;
  std::vector<ColumnLine> column_lines;  // the lines printed in columns, in source order
};

// Splits the body into raw blocks (one per line; a bracket left open at a line end joins the
// next lines) and classifies each by its own text.
BlockReadResult ReadBlocks(const std::vector<BodyLine>& body, const std::string& file_name,
                           std::vector<Diagnostic>& diagnostics);

// The classification of one line's text, with label/n/speaker filled in. Exposed for tests.
Block ClassifyLine(std::string_view text);

// "Ali Sastroamidjojo<spaces>Tjou En-lai": the columns of one line, separated by a run of whitespace
// holding a tab or at least three spaces (each column's whitespace collapsed); nothing for a line of
// one column or of several lines. Exposed for tests.
std::vector<std::string> PrintedColumns(std::string_view line);

// What a line holds that the block reader's tests look for, found in one look at the line: a run of
// two spaces, and a byte below 0x20 (a tab, a line break). A line with neither has no printed
// columns and no whitespace to collapse but at its ends. Exposed for tests.
struct LineLayout {
  bool has_double_space = false;
  bool has_control = false;
};
LineLayout ReadLineLayout(std::string_view line);

// The brackets left open at the end of `text`: '[' opens one, ']' closes one when one is open. A
// line that leaves one open is joined with the next lines. Exposed for tests.
int BracketBalance(std::string_view text);

// Whether the line is written in capitals ("TOP SECRET", "R A Z U V A E V", "SECRETARY CC").
bool IsCapitalsLine(std::string_view text);

}  // namespace teipress
