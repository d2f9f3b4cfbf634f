#include "generation_mark.h"

#include "sha256.h"

namespace teipress {
namespace {

constexpr std::string_view kMarkStart = "<?teipress-generated sha256=\"";
constexpr std::string_view kMarkEnd = "\"?>\n";

}  // namespace

std::string AddGenerationMark(std::string_view tei) {
  // After the XML declaration (and its line end), which must stay first in the file.
  size_t insert_at = 0;
  if (tei.substr(0, 5) == "<?xml") {
    const size_t declaration_end = tei.find("?>");
    if (declaration_end != std::string_view::npos) {
      insert_at = declaration_end + 2;
      if (tei.substr(insert_at, 2) == "\r\n") insert_at += 2;
      else if (tei.substr(insert_at, 1) == "\n") insert_at += 1;
    }
  }
  const std::string hash = Sha256Hex(tei);
  std::string out;
  out.reserve(tei.size() + 100);
  out.append(tei.substr(0, insert_at));
  out.append(kMarkStart);
  out.append(hash);
  out.append(kMarkEnd);
  out.append(tei.substr(insert_at));
  return out;
}

FileState InspectGeneratedFile(std::string_view contents) {
  const size_t start = contents.find(kMarkStart);
  if (start == std::string_view::npos || start > 200) return FileState::kNotGenerated;
  const size_t hash_start = start + kMarkStart.size();
  const size_t hash_end = contents.find(kMarkEnd, hash_start);
  if (hash_end == std::string_view::npos || hash_end - hash_start != 64) return FileState::kNotGenerated;
  const std::string_view recorded = contents.substr(hash_start, 64);
  std::string without_mark(contents.substr(0, start));
  without_mark.append(contents.substr(hash_end + kMarkEnd.size()));
  return Sha256Hex(without_mark) == recorded ? FileState::kGeneratedUnchanged : FileState::kEdited;
}

}  // namespace teipress
