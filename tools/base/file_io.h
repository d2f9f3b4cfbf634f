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

// The same for a file written in pieces (a volume assembled from thousands of fragments, never
// whole in memory): the pieces go to the temporary file, Commit() renames it into place, and a
// writer destroyed without a successful Commit() removes its temporary file.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(boost::filesystem::path path, Durability durability = Durability::kSynced);
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  // False (with error()) once anything failed; later calls do nothing.
  bool Append(std::string_view data);
  bool Commit();
  const std::string& error() const { return error_; }

 private:
  boost::filesystem::path path_;
  boost::filesystem::path temporary_;
  Durability durability_;
  int fd_ = -1;
  std::string error_;
};

// The temporary files that writes of processes no longer running left in `directory` (a build
// killed between writing and renaming): removed, so that a killed build leaves nothing behind once
// the next one ran. Returns how many were removed.
int RemoveAbandonedTemporaries(const boost::filesystem::path& directory);

}  // namespace teipress
