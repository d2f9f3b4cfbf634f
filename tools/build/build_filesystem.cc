#include "build_filesystem.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

std::vector<std::string> FilesWithExtension(const BuildFileSystem& files, const std::string& directory,
                                            const std::string& extension, bool recursive) {
  std::vector<std::string> found;
  for (const DirectoryEntry& entry : files.List(directory, recursive)) {
    if (entry.is_directory) continue;
    if (fs::path(entry.path).extension().string() == extension || extension.empty()) found.push_back(entry.path);
  }
  return found;
}

int64_t NewestModification(const BuildFileSystem& files, const std::string& directory) {
  int64_t newest = 0;
  for (const DirectoryEntry& entry : files.List(directory, true)) {
    newest = std::max(newest, files.Stat(entry.path).modified_ns);
  }
  return newest;
}

FileStat DiskFileSystem::Stat(const std::string& path) const {
  FileStat stat;
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return stat;
  stat.exists = true;
  stat.is_directory = S_ISDIR(info.st_mode);
  stat.size = static_cast<int64_t>(info.st_size);
  stat.modified_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return stat;
}

std::vector<DirectoryEntry> DiskFileSystem::List(const std::string& directory, bool recursive) const {
  std::vector<DirectoryEntry> entries;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) return entries;
  auto add = [&](const fs::path& path) {
    boost::system::error_code status_ec;
    const fs::file_status status = fs::status(path, status_ec);
    // Dangling links are neither sources nor outputs. A FIFO, socket or device is listed as a
    // file: reading it is refused at once (io.not-a-file), so that it is reported, never waited on
    // and never silently skipped.
    if (status_ec || !fs::exists(status)) return;
    entries.push_back({path.string(), fs::is_directory(status)});
  };
  if (recursive) {
    for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) add(it->path());
  } else {
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) add(it->path());
  }
  std::sort(entries.begin(), entries.end(),
            [](const DirectoryEntry& a, const DirectoryEntry& b) { return fs::path(a.path) < fs::path(b.path); });
  return entries;
}

bool DiskFileSystem::Read(const std::string& path, std::string& contents, std::string& error) const {
  return ReadFile(path, contents, error);
}

bool DiskFileSystem::Write(const std::string& path, std::string_view contents, Durability durability,
                           std::string& error) {
  return WriteFileAtomically(path, contents, error, durability);
}

namespace {

class DiskOutputFile final : public OutputFile {
 public:
  DiskOutputFile(const std::string& path, Durability durability) : writer_(path, durability) {}
  bool Append(std::string_view data) override { return writer_.Append(data); }
  bool Commit() override { return writer_.Commit(); }
  const std::string& error() const override { return writer_.error(); }

 private:
  AtomicFileWriter writer_;
};

class DiskAppendFile final : public AppendFile {
 public:
  DiskAppendFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  ~DiskAppendFile() override { ::close(fd_); }
  // One write() per line with O_APPEND: a process killed meanwhile leaves whole lines, or a last
  // partial one that the reader recognises by its missing line break.
  bool AppendLine(std::string_view line, std::string& error) override {
    std::string buffer(line);
    buffer += '\n';
    size_t written = 0;
    while (written < buffer.size()) {
      const ssize_t n = ::write(fd_, buffer.data() + written, buffer.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        error = "cannot write " + path_ + ": " + std::strerror(errno);
        return false;
      }
      written += static_cast<size_t>(n);
    }
    return true;
  }

 private:
  int fd_;
  std::string path_;
};

}  // namespace

std::unique_ptr<OutputFile> DiskFileSystem::Create(const std::string& path, Durability durability) {
  return std::make_unique<DiskOutputFile>(path, durability);
}

std::unique_ptr<AppendFile> DiskFileSystem::OpenForAppend(const std::string& path, std::string& error) {
  boost::system::error_code ec;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) {
    error = "cannot open " + path + ": " + std::strerror(errno);
    return nullptr;
  }
  return std::make_unique<DiskAppendFile>(fd, path);
}

bool DiskFileSystem::Remove(const std::string& path, std::string& error) {
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return true;
  error = "cannot remove " + path + ": " + std::strerror(errno);
  return false;
}

}  // namespace teipress
