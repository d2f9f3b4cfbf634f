// The build's view of the disk: the questions the planner asks about files (does it exist, how big,
// how recent, what is in it) and the writes the build makes, behind one small interface, so that
// deciding what is stale can be tested on an in-memory file system.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "file_io.h"

namespace teipress {

struct FileStat {
  bool exists = false;
  bool is_directory = false;
  int64_t size = 0;
  // Nanoseconds: seconds are too coarse for a build that converts and renders a file within the
  // same second.
  int64_t modified_ns = 0;
};

struct DirectoryEntry {
  std::string path;
  bool is_directory = false;
};

// A file being written: in pieces, renamed into place by Commit() (see AtomicFileWriter).
class OutputFile {
 public:
  virtual ~OutputFile() = default;
  virtual bool Append(std::string_view data) = 0;
  virtual bool Commit() = 0;
  virtual const std::string& error() const = 0;
};

// A file that grows by whole lines and keeps them as soon as they are written (the build log).
class AppendFile {
 public:
  virtual ~AppendFile() = default;
  virtual bool AppendLine(std::string_view line, std::string& error) = 0;
};

// A folder held open while many files in it are examined: each question names the file only, so
// the whole path is not walked again for each (the planner asks about every output of every
// document). Valid while the folder is not replaced.
class DirectoryHandle {
 public:
  virtual ~DirectoryHandle() = default;
  // The Stat of `name` in the folder.
  virtual FileStat Stat(const std::string& name) const = 0;
};

class BuildFileSystem {
 public:
  virtual ~BuildFileSystem() = default;

  // A path that does not exist (or cannot be examined) has exists == false.
  virtual FileStat Stat(const std::string& path) const = 0;
  // The folder `directory` (which need not exist: its files then do not either); this default
  // asks Stat with the whole path.
  virtual std::unique_ptr<DirectoryHandle> OpenDirectory(const std::string& directory) const;
  // The regular files and directories below `directory`, sorted by path; all levels when
  // `recursive`. Empty when `directory` is not a directory.
  virtual std::vector<DirectoryEntry> List(const std::string& directory, bool recursive) const = 0;
  virtual bool Read(const std::string& path, std::string& contents, std::string& error) const = 0;
  // Atomic: a temporary file renamed into place (see WriteFileAtomically).
  virtual bool Write(const std::string& path, std::string_view contents, Durability durability,
                     std::string& error) = 0;
  virtual std::unique_ptr<OutputFile> Create(const std::string& path, Durability durability) = 0;
  // Opens (creating) a file to append lines to; null and `error` when it cannot.
  virtual std::unique_ptr<AppendFile> OpenForAppend(const std::string& path, std::string& error) = 0;
  // Removes a file; a file that does not exist is no error.
  virtual bool Remove(const std::string& path, std::string& error) = 0;
};

// The regular files below `directory` whose names end in `extension` ("" for every file), sorted.
std::vector<std::string> FilesWithExtension(const BuildFileSystem& files, const std::string& directory,
                                            const std::string& extension, bool recursive);

// The newest modification time of `directory` and everything below it; 0 when it does not exist.
int64_t NewestModification(const BuildFileSystem& files, const std::string& directory);

// `a < b` as boost::filesystem::path orders them (name by name), without taking them apart.
bool PathLess(std::string_view a, std::string_view b);

// The real disk.
class DiskFileSystem final : public BuildFileSystem {
 public:
  FileStat Stat(const std::string& path) const override;
  std::unique_ptr<DirectoryHandle> OpenDirectory(const std::string& directory) const override;
  std::vector<DirectoryEntry> List(const std::string& directory, bool recursive) const override;
  bool Read(const std::string& path, std::string& contents, std::string& error) const override;
  bool Write(const std::string& path, std::string_view contents, Durability durability,
             std::string& error) override;
  std::unique_ptr<OutputFile> Create(const std::string& path, Durability durability) override;
  std::unique_ptr<AppendFile> OpenForAppend(const std::string& path, std::string& error) override;
  bool Remove(const std::string& path, std::string& error) override;
};

}  // namespace teipress
