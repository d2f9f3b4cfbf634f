// Reading whole files and writing them atomically: a reader never sees a half-written file and
// a failed write never destroys the previous version.
#pragma once

#include <string>
#include <string_view>

#include <boost/filesystem/path.hpp>

namespace teipress {

// Reads the whole file; returns false and sets `error` (with the system's reason) on failure.
bool ReadFile(const boost::filesystem::path& path, std::string& contents, std::string& error);

// Writes `contents` to a temporary file beside `path`, flushes it, and renames it over `path`.
// Creates missing parent directories. Returns false and sets `error` on failure, leaving any
// existing file at `path` untouched.
bool WriteFileAtomically(const boost::filesystem::path& path, std::string_view contents, std::string& error);

}  // namespace teipress
