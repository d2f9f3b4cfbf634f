#include "file_fingerprints.h"

#include <time.h>

#include "sha256.h"

namespace teipress {

namespace {
constexpr const char* kFileRecord = "file";
}  // namespace

int64_t WallClockNs() {
  struct timespec now;
  ::clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

FileFingerprints::FileFingerprints(BuildFileSystem& files, BuildLog& log, std::function<int64_t()> now)
    : files_(files), log_(log), now_(std::move(now)) {}

std::string FileFingerprints::Hash(const std::string& path) {
  const FileStat stat = files_.Stat(path);
  if (!stat.exists || stat.is_directory) return "";
  if (const BuildLog::Fields* known = log_.Find(kFileRecord, path); known && known->size() == 3 &&
                                                                     LogFieldIsNumber((*known)[0], stat.size) &&
                                                                     LogFieldIsNumber((*known)[1], stat.modified_ns)) {
    return (*known)[2];
  }
  const std::string size = std::to_string(stat.size);
  const std::string modified = std::to_string(stat.modified_ns);
  std::string contents, error;
  if (!files_.Read(path, contents, error)) return "";
  ++hashed_;
  const std::string hash = Sha256Hex(contents);
  // Racy: modified so shortly before now that a later change could keep the same time.
  const bool racy = now_() - stat.modified_ns < kRacyWindowNs;
  std::string ignored;
  log_.Record(kFileRecord, path, {size, racy ? "racy" : modified, hash}, files_, ignored);
  return hash;
}

std::string FileFingerprints::HashAll(const std::vector<std::string>& paths) {
  Sha256Fields all;
  for (const std::string& path : paths) all.Add(path).Add(Hash(path));
  return all.Hex();
}

}  // namespace teipress
