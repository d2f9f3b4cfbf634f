#include "build_log.h"

#include <algorithm>
#include <cstdio>

namespace teipress {

namespace {

constexpr std::string_view kHeader = "# teipress build log 1";
constexpr char kListSeparator = '\x1e';
constexpr char kItemSeparator = '\x1f';

std::string Key(std::string_view kind, std::string_view name) {
  std::string key(kind);
  key += '\t';
  key += name;
  return key;
}

void SplitInto(std::string_view text, char separator, std::vector<std::string_view>& parts) {
  size_t start = 0;
  while (true) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return;
    start = end + 1;
  }
}

std::vector<std::string_view> SplitOn(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  SplitInto(text, separator, parts);
  return parts;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string EscapeLogField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (char c : field) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || byte < 0x20 || byte == 0x7f) {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\x%02x", byte);
      out += escape;
    } else {
      out += c;
    }
  }
  return out;
}

std::string UnescapeLogField(std::string_view field) {
  // Most fields (hashes, sizes, paths) have no escape: copied as they are.
  if (field.find('\\') == std::string_view::npos) return std::string(field);
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 3 < field.size() && field[i + 1] == 'x' && HexValue(field[i + 2]) >= 0 &&
        HexValue(field[i + 3]) >= 0) {
      out += static_cast<char>(HexValue(field[i + 2]) * 16 + HexValue(field[i + 3]));
      i += 3;
    } else {
      out += field[i];
    }
  }
  return out;
}

std::string JoinLogList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += kListSeparator;
    out += EscapeLogField(items[i]);
  }
  return out;
}

std::vector<std::string> SplitLogList(std::string_view field) {
  std::vector<std::string> items;
  if (field.empty()) return items;
  for (std::string_view item : SplitOn(field, kListSeparator)) items.push_back(UnescapeLogField(item));
  return items;
}

std::string EncodeDiagnostics(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> items;
  for (const Diagnostic& d : diagnostics) {
    std::string item;
    bool first = true;
    for (const std::string& part : {d.file, std::to_string(d.line), std::to_string(d.column),
                                    std::string(SeverityName(d.severity)), d.message, d.rule}) {
      if (!first) item += kItemSeparator;
      first = false;
      item += EscapeLogField(part);
    }
    items.push_back(item);
  }
  return JoinLogList(items);
}

std::vector<Diagnostic> DecodeDiagnostics(std::string_view field) {
  std::vector<Diagnostic> diagnostics;
  for (const std::string& item : SplitLogList(field)) {
    const std::vector<std::string_view> parts = SplitOn(item, kItemSeparator);
    if (parts.size() != 6) continue;
    Diagnostic d;
    d.file = UnescapeLogField(parts[0]);
    d.line = std::atoi(std::string(parts[1]).c_str());
    d.column = std::atoi(std::string(parts[2]).c_str());
    const std::string severity = UnescapeLogField(parts[3]);
    d.severity = severity == SeverityName(Severity::kWarning) ? Severity::kWarning
                 : severity == SeverityName(Severity::kNote)  ? Severity::kNote
                                                              : Severity::kError;
    d.message = UnescapeLogField(parts[4]);
    d.rule = UnescapeLogField(parts[5]);
    diagnostics.push_back(std::move(d));
  }
  return diagnostics;
}

bool BuildLog::ReadInto(const BuildFileSystem& files, const std::string& path, bool replace) {
  std::string contents, error;
  if (!files.Read(path, contents, error)) return false;
  std::string_view text = contents;
  std::vector<std::string_view> parts;
  // About one record per 200 bytes: no rehashing while the log is read.
  records_.reserve(records_.size() + contents.size() / 200);
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, header_end) != kHeader) return false;
  size_t start = header_end + 1;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) break;  // killed while this line was written
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    parts.clear();
    SplitInto(line, '\t', parts);
    if (parts.size() < 2) continue;
    std::string key = Key(UnescapeLogField(parts[0]), UnescapeLogField(parts[1]));
    if (!replace && records_.count(key)) continue;
    Fields fields;
    fields.reserve(parts.size() - 2);
    for (size_t i = 2; i < parts.size(); ++i) fields.push_back(UnescapeLogField(parts[i]));
    records_.insert_or_assign(std::move(key), Entry{std::move(fields)});
    if (replace) ++lines_;
  }
  return true;
}

void BuildLog::Load(const BuildFileSystem& files, const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  path_ = path;
  records_.clear();
  lines_ = 0;
  append_.reset();
  ReadInto(files, path, true);
}

void BuildLog::Import(const BuildFileSystem& files, const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  // Imported records are not in this log's file yet: the next Compact() writes them.
  if (ReadInto(files, path, false)) lines_ = 0;
}

const BuildLog::Fields* BuildLog::Find(std::string_view kind, std::string_view name) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = records_.find(Key(kind, name));
  if (found == records_.end()) return nullptr;
  found->second.used = true;
  return &found->second.fields;
}

bool BuildLog::Record(const std::string& kind, const std::string& name, Fields fields, BuildFileSystem& files,
                      std::string& error) {
  std::string line = EscapeLogField(kind) + '\t' + EscapeLogField(name);
  for (const std::string& field : fields) line += '\t' + EscapeLogField(field);
  std::lock_guard<std::mutex> lock(mutex_);
  records_[Key(kind, name)] = Entry{std::move(fields), true};
  if (!append_) {
    // A new or unreadable log starts with its header.
    std::string existing, read_error;
    const bool has_header = files.Read(path_, existing, read_error) && existing.compare(0, kHeader.size(), kHeader) == 0 &&
                            existing.size() > kHeader.size() && existing[kHeader.size()] == '\n';
    if (!has_header && !files.Write(path_, std::string(kHeader) + "\n", Durability::kRegenerable, error)) return false;
    if (!has_header) lines_ = 0;
    append_ = files.OpenForAppend(path_, error);
    if (!append_) return false;
  }
  ++lines_;
  return append_->AppendLine(line, error);
}

bool BuildLog::Compact(BuildFileSystem& files, std::string& error, bool forget_unused) {
  std::lock_guard<std::mutex> lock(mutex_);
  const size_t forgotten =
      forget_unused ? std::erase_if(records_, [](const auto& record) { return !record.second.used; }) : 0;
  if (forgotten == 0 && lines_ >= records_.size() && lines_ <= 2 * records_.size() + 1000) return true;
  // In key order, so that a log's file does not depend on the table's hashing.
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  sorted.reserve(records_.size());
  for (const auto& record : records_) sorted.push_back(&record);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string contents(kHeader);
  contents += '\n';
  for (const auto* sorted_record : sorted) {
    const std::string& key = sorted_record->first;
    const Fields& fields = sorted_record->second.fields;
    const size_t tab = key.find('\t');
    contents += EscapeLogField(std::string_view(key).substr(0, tab)) + '\t' +
                EscapeLogField(std::string_view(key).substr(tab + 1));
    for (const std::string& field : fields) contents += '\t' + EscapeLogField(field);
    contents += '\n';
  }
  append_.reset();
  if (!files.Write(path_, contents, Durability::kRegenerable, error)) return false;
  lines_ = records_.size();
  return true;
}

}  // namespace teipress
