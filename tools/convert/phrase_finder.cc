#include "phrase_finder.h"

#include <algorithm>

namespace teipress {

PhraseFinder::PhraseFinder(const std::vector<std::pair<std::string_view, unsigned>>& phrases)
    : bucket_starts_(kBuckets + 1, 0) {
  std::vector<std::pair<unsigned, Entry>> indexed;
  for (const auto& [phrase, group] : phrases) {
    if (phrase.empty()) continue;
    const Entry entry{phrase.data(), static_cast<uint32_t>(phrase.size()), uint64_t{1} << group};
    if (phrase.size() == 1) {
      single_bytes_.push_back(entry);
      single_byte_starts_[static_cast<unsigned char>(phrase[0])] = true;
      for (unsigned second = 0; second < 256; ++second) {
        const unsigned pair = static_cast<unsigned char>(phrase[0]) << 8 | second;
        pair_starts_[pair >> 6] |= uint64_t{1} << (pair & 63);
      }
      continue;
    }
    const unsigned pair = static_cast<unsigned char>(phrase[0]) << 8 | static_cast<unsigned char>(phrase[1]);
    pair_starts_[pair >> 6] |= uint64_t{1} << (pair & 63);
    indexed.push_back({Bucket(static_cast<unsigned char>(phrase[0]), static_cast<unsigned char>(phrase[1])), entry});
  }
  std::stable_sort(indexed.begin(), indexed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [bucket, entry] : indexed) {
    ++bucket_starts_[bucket + 1];
    entries_.push_back(entry);
  }
  for (unsigned b = 0; b < kBuckets; ++b) bucket_starts_[b + 1] += bucket_starts_[b];
  for (const auto& [phrase, group] : phrases) {
    if (!phrase.empty() && (shortest_ == 0 || phrase.size() < shortest_)) shortest_ = phrase.size();
  }
  // (A shift is below shortest_ and fits a byte only for phrases of 256 bytes or fewer.)
  if (shortest_ >= 3 && shortest_ <= 256) {
    shifts_.assign(kShiftSlots, static_cast<uint8_t>(shortest_ - 1));
    for (const auto& [phrase, group] : phrases) {
      if (phrase.empty()) continue;
      for (size_t j = 0; j + 2 <= shortest_; ++j) {
        uint8_t& shift = shifts_[ShiftSlot(static_cast<unsigned char>(phrase[j]), static_cast<unsigned char>(phrase[j + 1]))];
        shift = std::min(shift, static_cast<uint8_t>(shortest_ - 2 - j));
      }
    }
  }
}

uint64_t PhraseFinder::GroupsAt(std::string_view text, size_t at, uint64_t found) const {
  uint64_t groups = 0;
  if (at >= text.size()) return groups;
  const char* const here = text.data() + at;
  const size_t left = text.size() - at;
  for (const Entry& entry : single_bytes_) {
    if (!(found & entry.group) && here[0] == entry.bytes[0]) groups |= entry.group;
  }
  if (left < 2) return groups;
  const unsigned bucket = Bucket(static_cast<unsigned char>(here[0]), static_cast<unsigned char>(here[1]));
  for (uint32_t k = bucket_starts_[bucket]; k < bucket_starts_[bucket + 1]; ++k) {
    const Entry& entry = entries_[k];
    if ((found & entry.group) || entry.size > left) continue;
    uint32_t i = 0;
    while (i < entry.size && here[i] == entry.bytes[i]) ++i;
    if (i == entry.size) groups |= entry.group;
  }
  return groups;
}

uint64_t PhraseFinder::GroupsIn(std::string_view text) const {
  uint64_t found = 0;
  if (!shifts_.empty()) {
    // No phrase starts before `at + shift` (see shifts_), nor closer than shortest_ bytes to the end.
    const auto* const bytes = reinterpret_cast<const unsigned char*>(text.data());
    for (size_t at = 0; at + shortest_ <= text.size();) {
      const size_t last = at + shortest_ - 1;
      const uint8_t shift = shifts_[ShiftSlot(bytes[last - 1], bytes[last])];
      if (shift > 0) {
        at += shift;
        continue;
      }
      if (MayStartAt(text, at)) found |= GroupsAt(text, at, found);
      ++at;
    }
    return found;
  }
  for (size_t at = 0; at < text.size(); ++at) {
    if (MayStartAt(text, at)) found |= GroupsAt(text, at, found);
  }
  return found;
}

uint64_t PhraseFinder::GroupsEqualTo(std::string_view text) const {
  if (text.empty()) return 0;
  uint64_t groups = 0;
  const uint64_t starting = GroupsAt(text, 0);
  // Only the groups of phrases that start the text can be equal to it; few do.
  if (starting == 0) return groups;
  const auto equal = [&](const Entry& entry) {
    return entry.size == text.size() && std::string_view(entry.bytes, entry.size) == text;
  };
  if (text.size() == 1) {
    for (const Entry& entry : single_bytes_) {
      if (equal(entry)) groups |= entry.group;
    }
    return groups;
  }
  const unsigned bucket = Bucket(static_cast<unsigned char>(text[0]), static_cast<unsigned char>(text[1]));
  for (uint32_t k = bucket_starts_[bucket]; k < bucket_starts_[bucket + 1]; ++k) {
    if (equal(entries_[k])) groups |= entries_[k].group;
  }
  return groups;
}

}  // namespace teipress
