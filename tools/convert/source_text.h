// Plain-text input as the converter sees it: validated UTF-8, no BOM, LF line ends, split into
// numbered lines, with positions reported in characters as editors count them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace teipress {

class SourceText {
 public:
  // Decodes `bytes` read from `file_name`. Returns nothing and appends an error naming the
  // line and column when the input is empty, binary or not UTF-8: such input is never guessed at.
  static std::optional<SourceText> Decode(std::string file_name, std::string_view bytes,
                                          std::vector<Diagnostic>& diagnostics);

  const std::string& file_name() const { return file_name_; }
  // The text's lines, views into text(): valid while this SourceText lives and is not moved.
  std::vector<std::string_view> Lines() const;
  // The whole text, LF-separated, without BOM.
  const std::string& text() const { return text_; }

 private:
  std::string file_name_;
  std::string text_;
};

// Number of code points in a UTF-8 string (the column unit of diagnostics).
int CountCodePoints(std::string_view utf8);

// Length of the valid UTF-8 sequence starting at `s[i]`, or 0 when it is invalid.
int Utf8SequenceLength(std::string_view s, size_t i);

}  // namespace teipress
