#include "build_log.h"

#include <algorithm>
#include <charconv>

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
  static constexpr char kHex[] = "0123456789abcdef";
  for (char c : field) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || byte < 0x20 || byte == 0x7f) {
      // "\xHH", written by hand: a signature over ten thousand documents has twice as many
      // separators to escape, and a formatted print cost more than the rest of the field.
      const char escape[4] = {'\\', 'x', kHex[byte >> 4], kHex[byte & 0xF]};
      out.append(escape, sizeof escape);
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

bool LogFieldIsNumber(std::string_view field, int64_t number) {
  char digits[24];
  const auto [end, error] = std::to_chars(digits, digits + sizeof digits, number);
  return error == std::errc() && std::string_view(digits, static_cast<size_t>(end - digits)) == field;
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
  const size_t header_end = contents.find('\n');
  if (header_end == std::string::npos || std::string_view(contents).substr(0, header_end) != kHeader) return false;
  if (replace) {
    file_has_header_ = true;
    file_ends_line_ = contents.back() == '\n';
    loaded_size_ = contents.rfind('\n') + 1;
  }
  // The records point into the text: it is kept, and a record is decoded when it is looked up.
  texts_.push_back(std::move(contents));
  const std::string_view text = texts_.back();
  // About one record per 200 bytes: no rehashing while the log is read.
  records_.reserve(records_.size() + text.size() / 200);
  size_t start = header_end + 1;
  while (start < text.size()) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) break;  // killed while this line was written
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    const size_t kind_end = line.find('\t');
    if (kind_end == std::string_view::npos) continue;
    const size_t name_end = std::min(line.find('\t', kind_end + 1), line.size());
    // "kind<tab>name" is the key as the line has it unless one of them has an escape.
    const std::string_view written_key = line.substr(0, name_end);
    std::string_view key = written_key;
    if (written_key.find('\\') != std::string_view::npos) {
      key = KeepKey(Key(UnescapeLogField(line.substr(0, kind_end)),
                        UnescapeLogField(line.substr(kind_end + 1, name_end - kind_end - 1))));
    }
    if (!replace && records_.count(key)) continue;
    // The fields with the tab before each ("" when there is none, "\t" for one empty field).
    records_.insert_or_assign(key, Entry{line.substr(name_end), std::nullopt});
    if (replace) ++lines_;
  }
  return true;
}

std::string_view BuildLog::KeepKey(std::string key) {
  texts_.push_back(std::move(key));
  return texts_.back();
}

std::unordered_map<std::string_view, BuildLog::Entry>::iterator BuildLog::Lookup(std::string_view kind,
                                                                                 std::string_view name) const {
  thread_local std::string key;
  key.assign(kind);
  key += '\t';
  key += name;
  return records_.find(key);
}

void BuildLog::Load(const BuildFileSystem& files, const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  path_ = path;
  records_.clear();
  texts_.clear();
  lines_ = 0;
  file_has_header_ = false;
  file_ends_line_ = true;
  loaded_size_ = 0;
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
  auto found = Lookup(kind, name);
  if (found == records_.end()) return nullptr;
  Entry& entry = found->second;
  entry.used = true;
  if (!entry.fields) {
    Fields fields;
    if (!entry.encoded.empty()) {
      std::vector<std::string_view> parts;
      SplitInto(entry.encoded.substr(1), '\t', parts);
      fields.reserve(parts.size());
      for (std::string_view part : parts) fields.push_back(UnescapeLogField(part));
    }
    entry.fields = std::move(fields);
  }
  return &*entry.fields;
}

bool BuildLog::FindEncoded(std::string_view kind, std::string_view name, std::vector<std::string_view>& fields) const {
  fields.clear();
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = Lookup(kind, name);
  if (found == records_.end()) return false;
  Entry& entry = found->second;
  entry.used = true;
  if (!entry.fields) {
    // As read: the text after the key, each field with the tab before it.
    if (!entry.encoded.empty()) SplitInto(entry.encoded.substr(1), '\t', fields);
    return true;
  }
  // Written (or decoded) by this build: escaped again, into this thread's scratch.
  thread_local std::vector<std::string> escaped;
  escaped.clear();
  for (const std::string& field : *entry.fields) escaped.push_back(EscapeLogField(field));
  fields.assign(escaped.begin(), escaped.end());
  return true;
}

void BuildLog::Keep(std::string_view kind, std::string_view name) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto found = Lookup(kind, name); found != records_.end()) found->second.used = true;
}

bool BuildLog::Record(const std::string& kind, const std::string& name, Fields fields, BuildFileSystem& files,
                      std::string& error) {
  std::string line = EscapeLogField(kind) + '\t' + EscapeLogField(name);
  for (const std::string& field : fields) line += '\t' + EscapeLogField(field);
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto found = Lookup(kind, name); found != records_.end()) {
    found->second.encoded = {};
    found->second.fields = std::move(fields);
    found->second.used = true;
  } else {
    records_.emplace(KeepKey(Key(kind, name)), Entry{{}, std::move(fields), true});
  }
  if (!append_) {
    if (!file_has_header_) {
      // A new or unreadable log starts with its header.
      if (!files.Write(path_, std::string(kHeader) + "\n", Durability::kRegenerable, error)) return false;
      lines_ = 0;
    } else if (!file_ends_line_) {
      // A build killed while appending left a partial last line: without it, so that the next
      // line is not joined to it.
      if (!files.Write(path_, std::string_view(texts_.front()).substr(0, loaded_size_), Durability::kRegenerable,
                       error)) {
        return false;
      }
    }
    file_has_header_ = true;
    file_ends_line_ = true;
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
  std::vector<const std::pair<const std::string_view, Entry>*> sorted;
  sorted.reserve(records_.size());
  for (const auto& record : records_) sorted.push_back(&record);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string contents(kHeader);
  contents += '\n';
  for (const auto* sorted_record : sorted) {
    const std::string_view key = sorted_record->first;
    const Entry& entry = sorted_record->second;
    const size_t tab = key.find('\t');
    contents += EscapeLogField(key.substr(0, tab));
    contents += '\t';
    contents += EscapeLogField(key.substr(tab + 1));
    if (entry.fields) {
      for (const std::string& field : *entry.fields) {
        contents += '\t';
        contents += EscapeLogField(field);
      }
    } else {
      contents += entry.encoded;  // as read: already escaped
    }
    contents += '\n';
  }
  append_.reset();
  if (!files.Write(path_, contents, Durability::kRegenerable, error)) return false;
  file_has_header_ = true;
  file_ends_line_ = true;
  lines_ = records_.size();
  return true;
}

}  // namespace teipress
