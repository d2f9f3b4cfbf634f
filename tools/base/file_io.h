// Reading whole files and writing them atomically: a reader never sees a half-written file and
// a failed write never destroys the previous version.
#pragma once

#include <functional>
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

// An exclusive lock on a directory (the file .teipress.lock in it, created if missing), held
// while the object lives and released by the kernel however the process ends. When another
// process holds it, `on_wait` is called once and the constructor waits.
class DirectoryLock {
 public:
  DirectoryLock(const boost::filesystem::path& directory, const std::function<void()>& on_wait);
  ~DirectoryLock();
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;
  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  std::string error_;
};

// Removes the temporary files that writers killed mid-write left in `directory` (not below it):
// only teipress's own names (".<name>.tmp.<pid>.<n>", ".<name>.tmp-<pid>" of FOP's batch driver)
// and only when process <pid> no longer exists. Returns how many were removed.
int RemoveStaleTemporaries(const boost::filesystem::path& directory);

}  // namespace teipress
