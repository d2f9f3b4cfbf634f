// The build log, as ninja keeps one: what each output was made from, so that the next build
// decides what is stale without reparsing anything that did not change. It lives in the output
// directory (OUT/.teipress/log) and holds records of a few kinds, each keyed by a name:
//
//   file       a file's size, modification time and content hash (inputs are hashed only when
//              their size or time changed)
//   made       an output, the signature of the inputs it was made from (a hash over the hashes of
//              the document, the stylesheets and parameters, the schemas, the authority files,
//              teipress itself) and its size and time when written
//   verdict    a document's validation result under given schemas, with its diagnostics
//   converted  a source's conversion: the TEI it gave, with the diagnostics and suggestions
//
// A record is appended as soon as its output is in place, one line per record, so a build that
// is killed keeps what it finished; a last line without its line break (killed while writing) is
// ignored. Later records replace earlier ones; Compact() rewrites the log when most lines are
// dead. The format is text, tab-separated, with backslash escapes.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "build_filesystem.h"
#include "diagnostic.h"

namespace teipress {

class BuildLog {
 public:
  using Fields = std::vector<std::string>;

  // Reads the log at `path`; a missing log is empty, a log of another format version is ignored
  // (everything is rebuilt). Appending goes to `path` from then on.
  void Load(const BuildFileSystem& files, const std::string& path);
  // Adds the records of another log (a shard's) that this one does not have.
  void Import(const BuildFileSystem& files, const std::string& path);

  // The fields of the record (kind, name), or null. A record read from the file is decoded on its
  // first look-up: a build that finds nothing to do decodes only the records it asks for.
  const Fields* Find(std::string_view kind, std::string_view name) const;

  // The fields of the record (kind, name) as the log file writes them, escaped (EscapeLogField),
  // without decoding them: a field that never needs an escape (a hash, a size, a time) is its
  // value. False when there is no such record. The views last until the record is written again
  // or this thread asks FindEncoded again. For the planner, which compares a few such fields of
  // every output and decodes the rest only when they differ.
  bool FindEncoded(std::string_view kind, std::string_view name, std::vector<std::string_view>& fields) const;

  // Marks the record as used by this build (Compact keeps it) without decoding it.
  void Keep(std::string_view kind, std::string_view name) const;

  // Keeps the record and appends it to the log file at once. Thread-safe.
  bool Record(const std::string& kind, const std::string& name, Fields fields, BuildFileSystem& files,
              std::string& error);

  // Rewrites the log atomically when it holds many more lines than records (or records that are
  // not in its file yet, imported from shards). With `forget_unused`, records this build neither
  // looked up nor wrote are dropped first: they are of documents and outputs that are gone.
  bool Compact(BuildFileSystem& files, std::string& error, bool forget_unused = false);

  size_t size() const { return records_.size(); }
  size_t lines() const { return lines_; }

 private:
  struct Entry {
    std::string_view encoded;              // the fields as the file has them, until decoded
    mutable std::optional<Fields> fields;  // decoded (or written by this build)
    mutable bool used = false;             // looked up or written by this build
  };
  bool ReadInto(const BuildFileSystem& files, const std::string& path, bool replace);
  // A key that outlives the text it was made from.
  std::string_view KeepKey(std::string key);
  std::unordered_map<std::string_view, Entry>::iterator Lookup(std::string_view kind, std::string_view name) const;

  std::string path_;
  // The texts the records point into: the files read (a log and the shards' logs), and the keys
  // that had to be unescaped or were written by this build. A deque never moves what it holds.
  std::deque<std::string> texts_;
  mutable std::unordered_map<std::string_view, Entry> records_;  // "kind\tname" -> entry
  size_t lines_ = 0;                                                 // records in the file, live or dead
  // Whether the file starts with this format's header, and whether it ends with a line break (a
  // build killed while appending leaves a partial last line, which the next append must not join).
  bool file_has_header_ = false;
  bool file_ends_line_ = true;
  size_t loaded_size_ = 0;  // of the loaded file, up to its last line break
  mutable std::mutex mutex_;
  std::unique_ptr<AppendFile> append_;
};

// Escaping for the log's fields (and lists inside a field): backslash and control characters as
// \xHH, so that tabs, line breaks and the list separators never occur in an escaped field.
std::string EscapeLogField(std::string_view field);
std::string UnescapeLogField(std::string_view field);

// Whether `field` is `number` in decimal, as std::to_string writes it (compared without making a
// string: asked for every file and output a build plans).
bool LogFieldIsNumber(std::string_view field, int64_t number);

// A list of strings in one field, and diagnostics in one field.
std::string JoinLogList(const std::vector<std::string>& items);
std::vector<std::string> SplitLogList(std::string_view field);
std::string EncodeDiagnostics(const std::vector<Diagnostic>& diagnostics);
std::vector<Diagnostic> DecodeDiagnostics(std::string_view field);

}  // namespace teipress
