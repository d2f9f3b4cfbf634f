// Reading whole files and writing them atomically: a reader never sees a half-written file and
// a failed write never destroys the previous version.
#pragma once

#include <optional>
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

enum class ReplaceOutcome { kReplaced, kChangedMeanwhile, kFailed };

// Replaces `path` with `contents` (flushed to disk) only if it still holds `expected` at the moment
// of the replacement — or, with no `expected`, only if there is no file at `path`. The check and
// the replacement are one step (renameat2 RENAME_EXCHANGE / RENAME_NOREPLACE): an editor's save
// that lands between reading the file and writing it is kept, and kChangedMeanwhile returned.
ReplaceOutcome ReplaceFileIfUnchanged(const boost::filesystem::path& path, std::string_view contents,
                                      const std::optional<std::string>& expected, std::string& error);

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
  // Commit() as ReplaceFileIfUnchanged does: only while `path` holds `expected` (or, with none,
  // while there is no file at `path`).
  ReplaceOutcome CommitIfUnchanged(const std::optional<std::string>& expected);
  const std::string& error() const { return error_; }

 private:
  bool Flush();

  boost::filesystem::path path_;
  boost::filesystem::path temporary_;
  Durability durability_;
  int fd_ = -1;
  std::string error_;
};

// The temporary files that writes of processes no longer running left in `directory` (not below
// it; a build killed between writing and renaming): removed, so that a killed build leaves nothing
// behind once the next one ran. Only teipress's own names (".<name>.tmp.<pid>.<n>", and
// ".<name>.tmp-<pid>[-<job>]" of FOP's batch driver), only regular files, only when process <pid> is gone.
// Returns how many were removed.
int RemoveAbandonedTemporaries(const boost::filesystem::path& directory);

}  // namespace teipress
