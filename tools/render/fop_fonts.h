// The font files a FOP configuration names, checked before FOP runs. FOP reads a configured font
// file only when a document needs one of its glyphs, and then stops that document with an
// exception that names neither the configuration nor what to install (with some fonts a
// NullPointerException); a missing file is told once, at its line of the configuration, instead.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

// Appends a warning (fop.font-missing) at the line of `config_path` of each font file
// (font/@embed-url, font/@metrics-url: a path or a file: URL, relative ones from the
// configuration's directory) that is not a readable file. Returns how many are missing; 0 too
// when the configuration cannot be read (FOP says why when it runs).
int CheckFopFontFiles(const std::string& config_path, std::vector<Diagnostic>& diagnostics);

}  // namespace teipress
