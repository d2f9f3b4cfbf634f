#include "file_io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

bool ReadFile(const fs::path& path, std::string& contents, std::string& error) {
  // O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever; only regular files
  // are read at all.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    error = "cannot open " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    error = "cannot read " + path.string() + ": " +
            (S_ISDIR(info.st_mode) ? "it is a directory" : "it is not a regular file (a FIFO, socket or device)");
    return false;
  }
  std::string buffer;
  buffer.reserve(static_cast<size_t>(info.st_size));
  char chunk[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = "cannot read " + path.string() + ": " + std::strerror(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    buffer.append(chunk, static_cast<size_t>(n));
  }
  ::close(fd);
  contents = std::move(buffer);
  return true;
}

namespace {

// Temporary files are named ".<name>.tmp.<pid>.<counter>" beside their target; FOP's batch driver
// names its own ".<name>.tmp-<pid>" (tools/render/fop/BatchRender.java).
constexpr const char* kTemporaryMarker = ".tmp.";
constexpr const char* kFopTemporaryMarker = ".tmp-";

bool SameBytes(const fs::path& path, const std::string& expected) {
  std::string actual, ignored;
  return ReadFile(path, actual, ignored) && actual == expected;
}

// The identity of the file at `path` (not following a symbolic link), or {0, 0}.
std::pair<dev_t, ino_t> FileIdentity(const fs::path& path) {
  struct stat info;
  if (::lstat(path.c_str(), &info) != 0) return {0, 0};
  return {info.st_dev, info.st_ino};
}

}  // namespace

AtomicFileWriter::AtomicFileWriter(fs::path path, Durability durability)
    : path_(std::move(path)), durability_(durability) {
  boost::system::error_code ec;
  const fs::path parent = path_.has_parent_path() ? path_.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (ec) {
    error_ = "cannot create directory " + parent.string() + ": " + ec.message();
    return;
  }
  // A per-process counter keeps concurrent writers (the build's worker threads) apart; the pid
  // lets a later run remove what a killed one left (RemoveAbandonedTemporaries).
  static std::atomic<unsigned> counter{0};
  temporary_ = parent / ("." + path_.filename().string() + kTemporaryMarker + std::to_string(::getpid()) + "." +
                         std::to_string(counter.fetch_add(1)));
  fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) error_ = "cannot create " + temporary_.string() + ": " + std::strerror(errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temporary_.c_str());
  }
}

bool AtomicFileWriter::Append(std::string_view data) {
  if (fd_ < 0 || !error_.empty()) return false;
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd_, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = "cannot write " + temporary_.string() + ": " + std::strerror(errno);
      return false;
    }
    written += static_cast<size_t>(n);
  }
  return true;
}

bool AtomicFileWriter::Flush() {
  if (fd_ < 0 || !error_.empty()) return false;
  // A rendered page lost to a crash is rebuilt by the next run; syncing each of thousands costs
  // more than rendering them.
  const bool synced = durability_ == Durability::kRegenerable || ::fsync(fd_) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(fd_) == 0;
  fd_ = -1;
  if (!synced || !closed) {
    error_ = "cannot flush " + temporary_.string() + ": " + std::strerror(synced ? errno : sync_errno);
    ::unlink(temporary_.c_str());
    return false;
  }
  return true;
}

bool AtomicFileWriter::Commit() {
  if (!Flush()) return false;
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = "cannot replace " + path_.string() + ": " + std::strerror(errno);
    ::unlink(temporary_.c_str());
    return false;
  }
  return true;
}

ReplaceOutcome AtomicFileWriter::CommitIfUnchanged(const std::optional<std::string>& expected) {
  const auto ours = FileIdentity(temporary_);
  if (!Flush()) return ReplaceOutcome::kFailed;
  if (!expected) {
    // Only where there is no file: an editor's new file is never replaced.
    if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, path_.c_str(), RENAME_NOREPLACE) == 0) {
      return ReplaceOutcome::kReplaced;
    }
    if (errno == EINVAL || errno == ENOSYS) {  // a file system without renameat2: link() refuses as well
      const bool linked = ::link(temporary_.c_str(), path_.c_str()) == 0;
      const int link_errno = errno;
      ::unlink(temporary_.c_str());
      if (linked) return ReplaceOutcome::kReplaced;
      errno = link_errno;
    } else {
      ::unlink(temporary_.c_str());
    }
    if (errno == EEXIST) return ReplaceOutcome::kChangedMeanwhile;
    error_ = "cannot create " + path_.string() + ": " + std::strerror(errno);
    return ReplaceOutcome::kFailed;
  }
  // Exchange the new file with the old one in one step, then look at what was taken out: if it
  // is not what the caller inspected (an editor saved meanwhile), exchange back.
  if (::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, path_.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) {
      const int exchange_errno = errno;
      error_ = "cannot replace " + path_.string() + ": " + std::strerror(exchange_errno);
      ::unlink(temporary_.c_str());
      return exchange_errno == ENOENT ? ReplaceOutcome::kChangedMeanwhile : ReplaceOutcome::kFailed;
    }
    // No exchange on this file system: compare, then rename (a window of a few microseconds).
    if (!SameBytes(path_, *expected)) {
      ::unlink(temporary_.c_str());
      return ReplaceOutcome::kChangedMeanwhile;
    }
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
      error_ = "cannot replace " + path_.string() + ": " + std::strerror(errno);
      ::unlink(temporary_.c_str());
      return ReplaceOutcome::kFailed;
    }
    return ReplaceOutcome::kReplaced;
  }
  if (SameBytes(temporary_, *expected)) {
    ::unlink(temporary_.c_str());
    return ReplaceOutcome::kReplaced;
  }
  ::renameat2(AT_FDCWD, temporary_.c_str(), AT_FDCWD, path_.c_str(), RENAME_EXCHANGE);
  // Whatever is now at the temporary name is removed only if it is ours; an editor's bytes never are.
  if (FileIdentity(temporary_) == ours) {
    ::unlink(temporary_.c_str());
  } else {
    const fs::path kept = path_.string() + ".teipress-conflict";
    ::rename(temporary_.c_str(), kept.c_str());
  }
  return ReplaceOutcome::kChangedMeanwhile;
}

bool WriteFileAtomically(const fs::path& path, std::string_view contents, std::string& error, Durability durability) {
  AtomicFileWriter writer(path, durability);
  if (writer.Append(contents) && writer.Commit()) return true;
  error = writer.error();
  return false;
}

ReplaceOutcome ReplaceFileIfUnchanged(const fs::path& path, std::string_view contents,
                                      const std::optional<std::string>& expected, std::string& error) {
  AtomicFileWriter writer(path, Durability::kSynced);
  const ReplaceOutcome outcome = writer.Append(contents) ? writer.CommitIfUnchanged(expected) : ReplaceOutcome::kFailed;
  if (outcome == ReplaceOutcome::kFailed) error = writer.error();
  return outcome;
}

namespace {

// The pid in a temporary name of ours, or 0 when `name` is not one: ".<name>.tmp.<pid>.<counter>"
// and ".<name>.tmp.<pid>.fop" (the PDF FOP writes for teipress), ".<name>.tmp-<pid>" (FOP's driver).
pid_t TemporaryOwner(const std::string& name) {
  if (name.size() < 8 || name[0] != '.') return 0;
  size_t marker = name.rfind(kTemporaryMarker);
  const bool fop_driver = marker == std::string::npos;
  if (fop_driver) marker = name.rfind(kFopTemporaryMarker);
  if (marker == std::string::npos || marker == 0) return 0;
  const size_t digits = marker + std::strlen(kTemporaryMarker);
  size_t end = digits;
  while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
  if (end == digits || end - digits > 9) return 0;
  const std::string rest = name.substr(end);
  const bool counter = rest.size() > 1 && rest[0] == '.' && rest.find_first_not_of("0123456789", 1) == std::string::npos;
  // FOP's batch driver names its temporaries ".<pdf>.tmp-<pid>-<job>" (a job number per thread).
  const bool job = rest.size() > 1 && rest[0] == '-' && rest.find_first_not_of("0123456789", 1) == std::string::npos;
  if (fop_driver ? !rest.empty() && !job : !counter && rest != ".fop") return 0;
  return static_cast<pid_t>(std::stol(name.substr(digits, end - digits)));
}

}  // namespace

int RemoveAbandonedTemporaries(const fs::path& directory) {
  int removed = 0;
  boost::system::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const pid_t owner = TemporaryOwner(it->path().filename().string());
    if (owner <= 0 || owner == ::getpid()) continue;
    if (::kill(owner, 0) == 0 || errno != ESRCH) continue;  // still running (or not ours to ask)
    if (fs::is_regular_file(it->symlink_status()) && ::unlink(it->path().c_str()) == 0) ++removed;
  }
  return removed;
}

}  // namespace teipress
