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

namespace {

FileStat FromStat(const struct stat& info) {
  FileStat stat;
  stat.exists = true;
  stat.is_directory = S_ISDIR(info.st_mode);
  stat.size = static_cast<int64_t>(info.st_size);
  stat.modified_ns = static_cast<int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  return stat;
}

class PathDirectoryHandle final : public DirectoryHandle {
 public:
  PathDirectoryHandle(const BuildFileSystem& files, std::string directory)
      : files_(files), directory_(std::move(directory)) {}
  FileStat Stat(const std::string& name) const override { return files_.Stat((fs::path(directory_) / name).string()); }

 private:
  const BuildFileSystem& files_;
  std::string directory_;
};

// fstatat() relative to the open folder (the whole path where the folder could not be opened).
class OpenDirectoryHandle final : public DirectoryHandle {
 public:
  OpenDirectoryHandle(const DiskFileSystem& files, std::string directory)
      : files_(files), directory_(std::move(directory)), fd_(::open(directory_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC)) {}
  ~OpenDirectoryHandle() override {
    if (fd_ >= 0) ::close(fd_);
  }
  FileStat Stat(const std::string& name) const override {
    if (fd_ < 0 || name.empty() || name.find('/') != std::string::npos) {
      return files_.Stat((fs::path(directory_) / name).string());
    }
    struct stat info;
    if (::fstatat(fd_, name.c_str(), &info, 0) != 0) return {};
    return FromStat(info);
  }

 private:
  const DiskFileSystem& files_;
  std::string directory_;
  int fd_;
};

}  // namespace

std::unique_ptr<DirectoryHandle> BuildFileSystem::OpenDirectory(const std::string& directory) const {
  return std::make_unique<PathDirectoryHandle>(*this, directory);
}

FileStat DiskFileSystem::Stat(const std::string& path) const {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0) return {};
  return FromStat(info);
}

std::unique_ptr<DirectoryHandle> DiskFileSystem::OpenDirectory(const std::string& directory) const {
  return std::make_unique<OpenDirectoryHandle>(*this, directory);
}

bool PathLess(std::string_view a, std::string_view b) {
  // As boost::filesystem::path compares, name by name, without splitting: the separator sorts
  // before every other character of a name.
  const auto [at_a, at_b] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  if (at_b == b.end()) return false;
  if (at_a == a.end()) return true;
  const auto rank = [](char c) { return c == '/' ? 0 : static_cast<int>(static_cast<unsigned char>(c)) + 1; };
  return rank(*at_a) < rank(*at_b);
}

std::vector<DirectoryEntry> DiskFileSystem::List(const std::string& directory, bool recursive) const {
  std::vector<DirectoryEntry> entries;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) return entries;
  auto add = [&](const fs::directory_entry& entry) {
    boost::system::error_code status_ec;
    // The directory listing's file type where it has one (no stat for a plain file or folder).
    const fs::file_status status = entry.status(status_ec);
    // Dangling links are neither sources nor outputs. A FIFO, socket or device is listed as a
    // file: reading it is refused at once (io.not-a-file), so that it is reported, never waited on
    // and never silently skipped.
    if (status_ec || !fs::exists(status)) return;
    entries.push_back({entry.path().string(), fs::is_directory(status)});
  };
  if (recursive) {
    for (fs::recursive_directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) add(*it);
  } else {
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) add(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const DirectoryEntry& a, const DirectoryEntry& b) { return PathLess(a.path, b.path); });
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
