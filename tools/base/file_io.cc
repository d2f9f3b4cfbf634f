#include "file_io.h"

#include <fcntl.h>
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

bool WriteFileAtomically(const fs::path& path, std::string_view contents, std::string& error, Durability durability) {
  boost::system::error_code ec;
  const fs::path parent = path.has_parent_path() ? path.parent_path() : fs::path(".");
  fs::create_directories(parent, ec);
  if (ec) {
    error = "cannot create directory " + parent.string() + ": " + ec.message();
    return false;
  }
  // A per-process counter keeps concurrent writers (the build's worker threads) apart.
  static std::atomic<unsigned> counter{0};
  const fs::path temporary =
      parent / ("." + path.filename().string() + ".tmp." + std::to_string(::getpid()) + "." +
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
  const bool closed = ::close(fd) == 0;
  if (!synced || !closed) {
    error = "cannot flush " + temporary.string() + ": " + std::strerror(errno);
    ::unlink(temporary.c_str());
    return false;
  }
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    error = "cannot replace " + path.string() + ": " + std::strerror(errno);
    ::unlink(temporary.c_str());
    return false;
  }
  return true;
}

}  // namespace teipress
