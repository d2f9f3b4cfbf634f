#include "file_io.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

bool ReadFile(const fs::path& path, std::string& contents, std::string& error) {
  boost::system::error_code ec;
  if (fs::is_directory(path, ec)) {
    error = "cannot read " + path.string() + ": it is a directory";
    return false;
  }
  std::ifstream in(path.string(), std::ios::binary);
  if (!in) {
    error = "cannot open " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  contents = std::move(buffer).str();
  return true;
}

namespace {

// Temporary files are named ".<name>.tmp.<pid>.<counter>" beside their target.
constexpr const char* kTemporaryMarker = ".tmp.";

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
  // A per-process counter keeps concurrent writers (the build's worker threads) apart.
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

bool AtomicFileWriter::Commit() {
  if (fd_ < 0 || !error_.empty()) return false;
  // A rendered page lost to a crash is rebuilt by the next run; syncing each of thousands costs
  // more than rendering them.
  const bool synced = durability_ == Durability::kRegenerable || ::fsync(fd_) == 0;
  const bool closed = ::close(fd_) == 0;
  fd_ = -1;
  if (!synced || !closed) {
    error_ = "cannot flush " + temporary_.string() + ": " + std::strerror(errno);
    ::unlink(temporary_.c_str());
    return false;
  }
  if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
    error_ = "cannot replace " + path_.string() + ": " + std::strerror(errno);
    ::unlink(temporary_.c_str());
    return false;
  }
  return true;
}

bool WriteFileAtomically(const fs::path& path, std::string_view contents, std::string& error, Durability durability) {
  AtomicFileWriter writer(path, durability);
  if (writer.Append(contents) && writer.Commit()) return true;
  error = writer.error();
  return false;
}

int RemoveAbandonedTemporaries(const fs::path& directory) {
  int removed = 0;
  boost::system::error_code ec;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const size_t marker = name.rfind(kTemporaryMarker);
    if (name.empty() || name[0] != '.' || marker == std::string::npos) continue;
    // ".<name>.tmp.<pid>.<counter>": the pid must name no running process (kill(pid, 0) fails with ESRCH).
    const std::string rest = name.substr(marker + std::strlen(kTemporaryMarker));
    const size_t dot = rest.find('.');
    const std::string pid_text = rest.substr(0, dot);
    if (dot == std::string::npos || pid_text.empty() || pid_text.size() > 9 ||
        pid_text.find_first_not_of("0123456789") != std::string::npos ||
        rest.find_first_not_of("0123456789", dot + 1) != std::string::npos) {
      continue;
    }
    const pid_t pid = static_cast<pid_t>(std::stol(pid_text));
    if (pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
    if (fs::remove(it->path(), ec)) ++removed;
  }
  return removed;
}

}  // namespace teipress
