// Deciding what a build must make again, apart from making it: for every output, whether it is
// stale and why, in words a person can check (`teipress build --explain` prints them, as
// `ninja -d explain` does).
//
// An output is up to date when the build log (build_log.h) records that it was made from the
// same inputs as now, and the file is still what was written. Inputs are named parts of a
// signature: the document's path with its content hash, the stylesheets', schemas' and authority
// files' hashes, teipress's own, settings (paper, PDF profile, title), and for the pages that span
// the edition one part per document with the hash of its entry. Comparing the parts says which
// input changed. The planner only asks the file system and the log, so it is tested without a disk.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "build_filesystem.h"
#include "build_log.h"

namespace teipress {

// The inputs of an output, by name, in a fixed order.
class Signature {
 public:
  // Parts named "doc:<stem>" are documents (of a page that spans the edition).
  static constexpr const char* kDocumentPrefix = "doc:";

  Signature& Add(std::string name, std::string value) {
    parts_.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  const std::vector<std::pair<std::string, std::string>>& parts() const { return parts_; }
  // One hash over every part.
  std::string Digest() const;
  std::string Encode() const;
  static Signature Decode(const std::string& encoded);

 private:
  std::vector<std::pair<std::string, std::string>> parts_;
};

// One output and why it must be made; an empty reason means it is up to date.
struct PlannedOutput {
  std::string path;
  std::string reason;
  bool stale() const { return !reason.empty(); }
};

// What changed between the signature an output was made from and the one it would be made from
// now, in words ("tei/113009.xml changed; paper changed (a4 → letter)").
std::string DescribeChange(const Signature& before, const Signature& now);

class BuildPlanner {
 public:
  static constexpr const char* kMadeRecord = "made";

  BuildPlanner(BuildFileSystem& files, BuildLog& log) : files_(files), log_(log) {}

  // Whether `output` must be made from the inputs `signature`, and why. An output whose size or
  // time differ from what was written (copied from another machine, touched) is compared by
  // content before it is called changed (and its record then takes the new time). Thread-safe.
  PlannedOutput Plan(const std::string& output, const Signature& signature);
  // The same, with the output's Stat already taken (through a DirectoryHandle).
  PlannedOutput Plan(const std::string& output, const Signature& signature, const FileStat& stat);

  // Records that `output` was just written with `contents`, made from `signature`.
  bool RecordMade(const std::string& output, const Signature& signature, const std::string& contents,
                  std::string& error);
  // The same for an output written by someone else (FOP) or in pieces: its content is read back.
  bool RecordMadeFile(const std::string& output, const Signature& signature, std::string& error);

  // The content hash recorded for `output` (16 hex digits), or empty. Outputs made from outputs
  // (a PDF from its FO, a page from the documents' entries) name them by this hash.
  std::string MadeHash(const std::string& output) const;

 private:
  bool Record(const std::string& output, const Signature& signature, const std::string& content_hash,
              std::string& error);

  BuildFileSystem& files_;
  BuildLog& log_;
};

}  // namespace teipress
