// Splits text into runs and square-bracket notes, nested notes included. Classifying the notes
// is the note classifier's job; this unit only finds them, in linear time.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "document_model.h"

namespace teipress {

// Parses `text` (which may contain '\n' when a note spans lines), starting at `start` in the
// source. Unbalanced brackets stay as literal text and are reported as warnings: the text is
// never lost. Each note's `text` holds its raw content and `children` its parsed content.
Inlines ParseBrackets(std::string_view text, Position start, const std::string& file_name,
                      std::vector<Diagnostic>& diagnostics);

// The same, for a text the caller gives up: a text without brackets and line breaks (most lines)
// becomes its one run without a copy.
Inlines ParseBracketsOfOwnedText(std::string text, Position start, const std::string& file_name,
                                 std::vector<Diagnostic>& diagnostics);
// The same into `out`, whose storage a text without brackets and line breaks reuses for its one
// run: a block's text comes in a list of one run, which the parse would otherwise free and
// allocate again.
void ParseBracketsOfOwnedTextInto(std::string text, Position start, const std::string& file_name,
                                  std::vector<Diagnostic>& diagnostics, Inlines& out);

// Advances `at` over `text` (columns in characters, lines at '\n').
Position Advance(Position at, std::string_view text);

// The text of `inlines` with every note printed in square brackets again, as the source had it.
std::string PrintedText(const Inlines& inlines);

}  // namespace teipress
