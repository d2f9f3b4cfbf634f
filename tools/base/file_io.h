// Reading whole files and writing them atomically: a reader never sees a half-written file and
// a failed write never destroys the previous version.
#pragma once

#include <string>
#include <string_view>

#include <boost/filesystem/path.hpp>

namespace teipress {

// Reads the whole file; returns false and sets `error` (with the system's reason) on failure.
bool ReadFile(const boost::filesystem::path& path, std::string& contents, std::string& error);

// How hard a write insists that its bytes reach the disk before the file is renamed into place.
enum class Durability {
  kSynced,       // fsync first: TEI and everything an editor may have touched
  kRegenerable,  // no fsync: pages and FO that the next build regenerates (still never half-written)
};

// Writes `contents` to a temporary file beside `path`, flushes it (see Durability), and renames it
// over `path`. Creates missing parent directories. Returns false and sets `error` on failure,
// leaving any existing file at `path` untouched.
bool WriteFileAtomically(const boost::filesystem::path& path, std::string_view contents, std::string& error,
                         Durability durability = Durability::kSynced);

}  // namespace teipress
