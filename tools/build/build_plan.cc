#include "build_plan.h"

#include <algorithm>
#include <map>
#include <string_view>

#include "file_fingerprints.h"
#include "sha256.h"

namespace teipress {

namespace {

// Made records: digest, size, time, content hash, the signature's parts.
enum MadeField { kDigest, kSize, kModified, kContentHash, kParts, kMadeFieldCount };

// A digest, or digests joined by '/' (the stylesheets' and the edition settings' together).
bool LooksLikeHash(const std::string& value) {
  size_t start = 0;
  do {
    const size_t end = std::min(value.find('/', start), value.size());
    const std::string part = value.substr(start, end - start);
    if (part.size() < 16 || part.find_first_not_of("0123456789abcdef") != std::string::npos) return false;
    start = end + 1;
  } while (start <= value.size());
  return true;
}

std::string Names(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < 3; ++i) out += (i ? ", " : "") + names[i];
  if (names.size() > 3) out += ", …";
  return out;
}

std::string Documents(size_t count) { return count == 1 ? "1 document" : std::to_string(count) + " documents"; }

}  // namespace

std::string Signature::Digest() const {
  Sha256Fields digest;
  for (const auto& [name, value] : parts_) digest.Add(name).Add(value);
  return ShortHash(digest.Hex());
}

std::string Signature::Encode() const {
  std::vector<std::string> items;
  items.reserve(parts_.size() * 2);
  for (const auto& [name, value] : parts_) {
    items.push_back(name);
    items.push_back(value);
  }
  return JoinLogList(items);
}

Signature Signature::Decode(const std::string& encoded) {
  Signature signature;
  const std::vector<std::string> items = SplitLogList(encoded);
  for (size_t i = 0; i + 1 < items.size(); i += 2) signature.Add(items[i], items[i + 1]);
  return signature;
}

std::string DescribeChange(const Signature& before, const Signature& now) {
  std::map<std::string, std::string> old_parts(before.parts().begin(), before.parts().end());
  std::vector<std::string> reasons;
  std::vector<std::string> changed_documents, added_documents, removed_documents;
  const std::string prefix = Signature::kDocumentPrefix;
  for (const auto& [name, value] : now.parts()) {
    const bool document = name.compare(0, prefix.size(), prefix) == 0;
    auto found = old_parts.find(name);
    if (found == old_parts.end()) {
      if (document) added_documents.push_back(name.substr(prefix.size()));
      else reasons.push_back(name + " is a new input");
    } else if (found->second != value) {
      if (document) changed_documents.push_back(name.substr(prefix.size()));
      else if (LooksLikeHash(value) || LooksLikeHash(found->second)) reasons.push_back(name + " changed");
      else reasons.push_back(name + " changed (" + found->second + " → " + value + ")");
    }
    if (found != old_parts.end()) old_parts.erase(found);
  }
  for (const auto& [name, value] : old_parts) {
    if (name.compare(0, prefix.size(), prefix) == 0) removed_documents.push_back(name.substr(prefix.size()));
    else reasons.push_back(name + " is no longer an input");
  }
  if (!changed_documents.empty()) {
    reasons.push_back("the entries of " + Documents(changed_documents.size()) + " changed (" + Names(changed_documents) + ")");
  }
  if (!added_documents.empty()) {
    reasons.push_back(Documents(added_documents.size()) + " added (" + Names(added_documents) + ")");
  }
  if (!removed_documents.empty()) {
    reasons.push_back(Documents(removed_documents.size()) + " removed (" + Names(removed_documents) + ")");
  }
  // Same parts in another order (documents reordered by a new date).
  if (reasons.empty()) return "its inputs are in another order";
  std::string out;
  for (size_t i = 0; i < reasons.size(); ++i) out += (i ? "; " : "") + reasons[i];
  return out;
}

PlannedOutput BuildPlanner::Plan(const std::string& output, const Signature& signature) {
  return Plan(output, signature, files_.Stat(output));
}

PlannedOutput BuildPlanner::Plan(const std::string& output, const Signature& signature, const FileStat& stat) {
  PlannedOutput plan{output, ""};
  // The record's fields as the log has them: its digest, size, time and hash never need an
  // escape, and its signature's parts are decoded only to say what changed.
  thread_local std::vector<std::string_view> made;
  const bool recorded = log_.FindEncoded(kMadeRecord, output, made);
  if (!stat.exists) {
    plan.reason = "it does not exist";
    return plan;
  }
  if (!recorded || made.size() != kMadeFieldCount) {
    plan.reason = "the build log has no record of it";
    return plan;
  }
  const std::string digest = signature.Digest();
  if (made[kDigest] != digest) {
    plan.reason = DescribeChange(Signature::Decode(UnescapeLogField(made[kParts])), signature);
    return plan;
  }
  if (LogFieldIsNumber(made[kSize], stat.size) && LogFieldIsNumber(made[kModified], stat.modified_ns)) return plan;
  // Another time or size: copied from another machine (a shard's artifact) or touched, or edited.
  const std::string content_hash(made[kContentHash]);
  std::string contents, error;
  if (!files_.Read(output, contents, error) || ShortHash(Sha256Hex(contents)) != content_hash) {
    plan.reason = "it was changed after it was made";
  } else {
    Record(output, signature, content_hash, error);  // the same content: remember its new time
  }
  return plan;
}

bool BuildPlanner::Record(const std::string& output, const Signature& signature, const std::string& content_hash,
                          std::string& error) {
  const FileStat stat = files_.Stat(output);
  return log_.Record(kMadeRecord, output,
                     {signature.Digest(), std::to_string(stat.size), std::to_string(stat.modified_ns), content_hash,
                      signature.Encode()},
                     files_, error);
}

bool BuildPlanner::RecordMade(const std::string& output, const Signature& signature, const std::string& contents,
                              std::string& error) {
  return Record(output, signature, ShortHash(Sha256Hex(contents)), error);
}

bool BuildPlanner::RecordMadeFile(const std::string& output, const Signature& signature, std::string& error) {
  std::string contents;
  if (!files_.Read(output, contents, error)) return false;
  return RecordMade(output, signature, contents, error);
}

std::string BuildPlanner::MadeHash(const std::string& output) const {
  thread_local std::vector<std::string_view> made;
  return log_.FindEncoded(kMadeRecord, output, made) && made.size() == kMadeFieldCount ? std::string(made[kContentHash])
                                                                                        : "";
}

}  // namespace teipress
