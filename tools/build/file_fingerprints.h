// Content hashes of the build's inputs, known without reading a file whose size and modification
// time are the ones the build log recorded with its hash (as git's index does). A file modified
// within the clock's granularity of being hashed cannot be told apart from its hashed version by
// its time, so such a "racy" fingerprint is not kept and the file is hashed again next time.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "build_filesystem.h"
#include "build_log.h"

namespace teipress {

class FileFingerprints {
 public:
  // `now` gives the current time in nanoseconds (the clock file times come from).
  FileFingerprints(BuildFileSystem& files, BuildLog& log, std::function<int64_t()> now);

  // The SHA-256 (hex) of the file's content; empty when it cannot be read. Thread-safe.
  std::string Hash(const std::string& path);
  // One hash for several files, their names included (a folder of stylesheets).
  std::string HashAll(const std::vector<std::string>& paths);

  // Files hashed (read) and files known from the log, so far.
  int hashed() const { return hashed_; }

  // How close to the hashing time a modification time makes a fingerprint racy.
  static constexpr int64_t kRacyWindowNs = 100'000'000;

 private:
  BuildFileSystem& files_;
  BuildLog& log_;
  std::function<int64_t()> now_;
  std::atomic<int> hashed_{0};
};

// The wall clock in nanoseconds (what file modification times are measured against).
int64_t WallClockNs();

// A hash shortened for the log's signatures (64 bits are plenty to tell versions of a file apart).
inline std::string ShortHash(const std::string& hash) { return hash.substr(0, 16); }

}  // namespace teipress
