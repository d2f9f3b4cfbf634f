// A file system in memory for the build's unit tests: files with contents and a modification
// time the test sets, so that staleness can be decided without a disk or a clock.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "build_filesystem.h"

namespace teipress::testing {

class InMemoryFileSystem final : public BuildFileSystem {
 public:
  // Adds or replaces a file; its parent directories exist from then on.
  void Put(const std::string& path, const std::string& contents, int64_t modified_ns) {
    files_[path] = {contents, modified_ns};
  }
  void Touch(const std::string& path, int64_t modified_ns) { files_.at(path).modified_ns = modified_ns; }
  void Remove(const std::string& path) { files_.erase(path); }
  bool Has(const std::string& path) const { return files_.count(path) > 0; }
  const std::string& Contents(const std::string& path) const { return files_.at(path).contents; }
  // Writes made by the code under test get this time, and the clock moves on by one.
  void SetClock(int64_t now_ns) { now_ns_ = now_ns; }

  FileStat Stat(const std::string& path) const override {
    FileStat stat;
    if (auto found = files_.find(path); found != files_.end()) {
      stat.exists = true;
      stat.size = static_cast<int64_t>(found->second.contents.size());
      stat.modified_ns = found->second.modified_ns;
    } else if (IsDirectory(path)) {
      stat.exists = true;
      stat.is_directory = true;
    }
    return stat;
  }

  std::vector<DirectoryEntry> List(const std::string& directory, bool recursive) const override {
    const std::string prefix = directory + "/";
    std::map<std::string, bool> entries;  // path -> is directory
    for (const auto& [path, file] : files_) {
      if (path.compare(0, prefix.size(), prefix) != 0) continue;
      // Every directory between `directory` and the file is an entry too.
      size_t slash = path.find('/', prefix.size());
      while (slash != std::string::npos) {
        entries[path.substr(0, slash)] = true;
        if (!recursive) break;
        slash = path.find('/', slash + 1);
      }
      if (recursive || path.find('/', prefix.size()) == std::string::npos) entries[path] = false;
    }
    std::vector<DirectoryEntry> listed;
    for (const auto& [path, is_directory] : entries) listed.push_back({path, is_directory});
    return listed;
  }

  bool Read(const std::string& path, std::string& contents, std::string& error) const override {
    auto found = files_.find(path);
    if (found == files_.end()) {
      error = "cannot open " + path + ": No such file or directory";
      return false;
    }
    contents = found->second.contents;
    return true;
  }

  bool Write(const std::string& path, std::string_view contents, Durability, std::string& error) override {
    if (read_only_) {
      error = "cannot create " + path + ": Read-only file system";
      return false;
    }
    files_[path] = {std::string(contents), now_ns_++};
    return true;
  }
  void SetReadOnly(bool read_only) { read_only_ = read_only; }

  std::unique_ptr<OutputFile> Create(const std::string& path, Durability durability) override {
    return std::make_unique<MemoryOutputFile>(*this, path, durability);
  }

  std::unique_ptr<AppendFile> OpenForAppend(const std::string& path, std::string& error) override {
    if (read_only_) {
      error = "cannot open " + path + ": Read-only file system";
      return nullptr;
    }
    if (!Has(path)) files_[path] = {"", now_ns_++};
    return std::make_unique<MemoryAppendFile>(*this, path);
  }

  bool Remove(const std::string& path, std::string& error) override {
    if (read_only_) {
      error = "cannot remove " + path + ": Read-only file system";
      return false;
    }
    files_.erase(path);
    return true;
  }

 private:
  class MemoryOutputFile final : public OutputFile {
   public:
    MemoryOutputFile(InMemoryFileSystem& files, std::string path, Durability durability)
        : files_(files), path_(std::move(path)), durability_(durability) {}
    bool Append(std::string_view data) override {
      contents_ += data;
      return true;
    }
    bool Commit() override { return files_.Write(path_, contents_, durability_, error_); }
    const std::string& error() const override { return error_; }

   private:
    InMemoryFileSystem& files_;
    std::string path_;
    Durability durability_;
    std::string contents_;
    std::string error_;
  };
  class MemoryAppendFile final : public AppendFile {
   public:
    MemoryAppendFile(InMemoryFileSystem& files, std::string path) : files_(files), path_(std::move(path)) {}
    bool AppendLine(std::string_view line, std::string& error) override {
      if (files_.read_only_) {
        error = "cannot write " + path_ + ": Read-only file system";
        return false;
      }
      File& file = files_.files_[path_];
      file.contents += std::string(line) + "\n";
      file.modified_ns = files_.now_ns_++;
      return true;
    }

   private:
    InMemoryFileSystem& files_;
    std::string path_;
  };

  struct File {
    std::string contents;
    int64_t modified_ns = 0;
  };
  bool IsDirectory(const std::string& path) const {
    const std::string prefix = path + "/";
    auto after = files_.lower_bound(prefix);
    return after != files_.end() && after->first.compare(0, prefix.size(), prefix) == 0;
  }

  std::map<std::string, File> files_;
  int64_t now_ns_ = 1;
  bool read_only_ = false;
};

}  // namespace teipress::testing
