#include "file_io.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
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

// Writes `contents` to a new temporary file beside `path` (see Durability) and names it in
// `temporary`. On failure nothing is left behind.
bool WriteTemporary(const fs::path& path, std::string_view contents, Durability durability, fs::path& temporary,
                    std::string& error) {
  boost::system::error_code ec;
  const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (ec) {
    error = "cannot create directory " + parent.string() + ": " + ec.message();
    return false;
  }
  // A per-process counter keeps concurrent writers (the build's worker threads) apart; the pid
  // lets a later run remove what a killed one left (RemoveStaleTemporaries).
  static std::atomic<unsigned> counter{0};
  temporary = parent / ("." + path.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
                        std::to_string(counter.fetch_add(1)));
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = "cannot create " + temporary.string() + ": " + std::strerror(errno);
    return false;
  }
  size_t written = 0;
  while (written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = "cannot write " + temporary.string() + ": " + std::strerror(errno);
      ::close(fd);
      ::unlink(temporary.c_str());
      return false;
    }
    written += static_cast<size_t>(n);
  }
  // A rendered page lost to a crash is rebuilt by the next run; syncing each of thousands costs
  // more than rendering them.
  const bool synced = durability == Durability::kRegenerable || ::fsync(fd) == 0;
  const int sync_errno = errno;
  const bool closed = ::close(fd) == 0;
  if (!synced || !closed) {
    error = "cannot flush " + temporary.string() + ": " + std::strerror(synced ? errno : sync_errno);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

bool SameBytes(const fs::path& path, const std::string& expected) {
  std::string actual, ignored;
  return ReadFile(path, actual, ignored) && actual == expected;
}

}  // namespace

bool WriteFileAtomically(const fs::path& path, std::string_view contents, std::string& error, Durability durability) {
  fs::path temporary;
  if (!WriteTemporary(path, contents, durability, temporary, error)) return false;
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    error = "cannot replace " + path.string() + ": " + std::strerror(errno);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

ReplaceOutcome ReplaceFileIfUnchanged(const fs::path& path, std::string_view contents,
                                      const std::optional<std::string>& expected, std::string& error) {
  fs::path temporary;
  if (!WriteTemporary(path, contents, Durability::kSynced, temporary, error)) return ReplaceOutcome::kFailed;
  if (!expected) {
    // Only where there is no file: an editor's new file is never replaced.
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
      return ReplaceOutcome::kReplaced;
    }
    if (errno == EINVAL || errno == ENOSYS) {  // a file system without renameat2: link() refuses as well
      const bool linked = ::link(temporary.c_str(), path.c_str()) == 0;
      const int link_errno = errno;
      ::unlink(temporary.c_str());
      if (linked) return ReplaceOutcome::kReplaced;
      errno = link_errno;
    } else {
      ::unlink(temporary.c_str());
    }
    if (errno == EEXIST) return ReplaceOutcome::kChangedMeanwhile;
    error = "cannot create " + path.string() + ": " + std::strerror(errno);
    return ReplaceOutcome::kFailed;
  }
  // Exchange the new file with the old one in one step, then look at what was taken out: if it
  // is not what the caller inspected (an editor saved meanwhile), exchange back.
  if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE) != 0) {
    if (errno != EINVAL && errno != ENOSYS) {
      error = "cannot replace " + path.string() + ": " + std::strerror(errno);
      ::unlink(temporary.c_str());
      return errno == ENOENT ? ReplaceOutcome::kChangedMeanwhile : ReplaceOutcome::kFailed;
    }
    // No exchange on this file system: compare, then rename (a window of a few microseconds).
    if (!SameBytes(path, *expected)) {
      ::unlink(temporary.c_str());
      return ReplaceOutcome::kChangedMeanwhile;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
      error = "cannot replace " + path.string() + ": " + std::strerror(errno);
      ::unlink(temporary.c_str());
      return ReplaceOutcome::kFailed;
    }
    return ReplaceOutcome::kReplaced;
  }
  if (SameBytes(temporary, *expected)) {
    ::unlink(temporary.c_str());
    return ReplaceOutcome::kReplaced;
  }
  ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_EXCHANGE);
  // Whatever is now at `temporary` is removed only if it is ours; an editor's bytes never are.
  if (SameBytes(temporary, std::string(contents))) {
    ::unlink(temporary.c_str());
  } else {
    const fs::path kept = path.string() + ".teipress-conflict";
    ::rename(temporary.c_str(), kept.c_str());
  }
  return ReplaceOutcome::kChangedMeanwhile;
}

namespace {

// The pid in a temporary name of ours, or 0 when `name` is not one.
pid_t TemporaryOwner(const std::string& name) {
  if (name.size() < 8 || name[0] != '.') return 0;
  size_t marker = name.rfind(".tmp.");
  size_t digits = marker == std::string::npos ? std::string::npos : marker + 5;
  if (marker == std::string::npos) {
    marker = name.rfind(".tmp-");
    digits = marker == std::string::npos ? std::string::npos : marker + 5;
  }
  if (marker == std::string::npos || marker == 0) return 0;
  size_t end = digits;
  while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
  if (end == digits || end - digits > 9) return 0;
  // What may follow the pid: nothing, or ".<counter>" / ".fop".
  const std::string rest = name.substr(end);
  const bool counter = rest.size() > 1 && rest[0] == '.' && rest.find_first_not_of("0123456789", 1) == std::string::npos;
  if (!rest.empty() && !counter && rest != ".fop") return 0;
  return static_cast<pid_t>(std::stol(name.substr(digits, end - digits)));
}

}  // namespace

int RemoveStaleTemporaries(const fs::path& directory) {
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

DirectoryLock::DirectoryLock(const fs::path& directory, const std::function<void()>& on_wait) {
  boost::system::error_code ec;
  fs::create_directories(directory, ec);
  const fs::path path = directory / ".teipress.lock";
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    error_ = "cannot create the lock " + path.string() + ": " + std::strerror(errno);
    return;
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  if (errno == EWOULDBLOCK && on_wait) on_wait();
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    error_ = "cannot lock " + path.string() + ": " + std::strerror(errno);
    ::close(fd_);
    fd_ = -1;
    return;
  }
}

DirectoryLock::~DirectoryLock() {
  if (fd_ >= 0) ::close(fd_);
}

}  // namespace teipress
