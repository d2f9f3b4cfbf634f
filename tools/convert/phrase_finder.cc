#include "phrase_finder.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace teipress {
namespace {

uint64_t Load(const char* p, size_t count) {
  uint64_t x = 0;
  std::memcpy(&x, p, count);
  return x;
}

// The first min(8, left) bytes at `p` as a little-endian word, zero after them: overlapping loads
// of fixed size rather than a copy of variable size (`left` is a word's length, different at each
// question).
uint64_t FirstEightBytes(const char* p, size_t left) {
  if (left >= 8) return Load(p, 8);
  if (left >= 4) return Load(p, 4) | Load(p + left - 4, 4) << (8 * (left - 4));
  if (left >= 2) return Load(p, 2) | Load(p + left - 2, 2) << (8 * (left - 2));
  return left == 1 ? static_cast<unsigned char>(p[0]) : 0;
}

}  // namespace

PhraseFinder::PhraseFinder(const std::vector<std::pair<std::string_view, unsigned>>& phrases) {
  size_t buckets = 64;
  while (buckets < 4 * phrases.size() && buckets < 1024) buckets *= 2;
  bucket_mask_ = static_cast<unsigned>(buckets - 1);
  std::vector<uint32_t> counts(buckets + 1, 0);
  std::vector<std::pair<unsigned, std::pair<std::string_view, unsigned>>> indexed;
  const auto mark_pair_start = [&](unsigned char first, unsigned char second) {
    const unsigned slot = ShiftSlot(first, second);
    pair_starts_[slot >> 6] |= uint64_t{1} << (slot & 63);
  };
  for (const auto& [phrase, group] : phrases) {
    if (phrase.empty()) continue;
    if (phrase.size() == 1) {
      if (single_byte_groups_.empty()) single_byte_groups_.assign(256, 0);
      single_byte_groups_[static_cast<unsigned char>(phrase[0])] |= uint64_t{1} << group;
      single_byte_starts_[static_cast<unsigned char>(phrase[0])] = true;
      for (unsigned second = 0; second < 256; ++second) mark_pair_start(static_cast<unsigned char>(phrase[0]), static_cast<unsigned char>(second));
      continue;
    }
    if (phrase.size() > UINT16_MAX) throw std::length_error("PhraseFinder: a phrase of more than 65,535 bytes");
    mark_pair_start(static_cast<unsigned char>(phrase[0]), static_cast<unsigned char>(phrase[1]));
    indexed.push_back({Bucket(static_cast<unsigned char>(phrase[0]), static_cast<unsigned char>(phrase[1])), {phrase, group}});
  }
  if (indexed.size() > UINT16_MAX) throw std::length_error("PhraseFinder: more than 65,535 phrases");
  std::stable_sort(indexed.begin(), indexed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  // The phrases' bytes copied in the order they are asked, each bucket's beside each other.
  for (const auto& [bucket, phrase_and_group] : indexed) {
    const auto& [phrase, group] = phrase_and_group;
    ++counts[bucket + 1];
    entries_.push_back({FirstEightBytes(phrase.data(), phrase.size()), static_cast<uint32_t>(tails_.size()),
                        static_cast<uint16_t>(phrase.size()), static_cast<uint8_t>(group)});
    if (phrase.size() > 8) tails_.append(phrase.substr(8));
  }
  bucket_starts_.assign(buckets + 1, 0);
  for (size_t b = 0; b < buckets; ++b) {
    counts[b + 1] += counts[b];
    bucket_starts_[b + 1] = static_cast<uint16_t>(counts[b + 1]);
  }
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

bool PhraseFinder::StartsWith(const char* here, size_t left, uint64_t first_eight, const Entry& entry) const {
  if (entry.size > left) return false;
  // The text's bytes past the phrase's eighth are masked off (a shift by 64 is avoided).
  const uint64_t mask = entry.size >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * entry.size)) - 1;
  if ((first_eight & mask) != entry.prefix) return false;
  return entry.size <= 8 || std::memcmp(here + 8, tails_.data() + entry.tail, entry.size - 8u) == 0;
}

uint64_t PhraseFinder::GroupsAt(std::string_view text, size_t at, uint64_t found) const {
  if (at >= text.size()) return 0;
  const char* const here = text.data() + at;
  const size_t left = text.size() - at;
  uint64_t groups = single_byte_groups_.empty() ? 0 : single_byte_groups_[static_cast<unsigned char>(here[0])] & ~found;
  if (left < 2) return groups;
  const unsigned bucket = Bucket(static_cast<unsigned char>(here[0]), static_cast<unsigned char>(here[1]));
  const uint32_t begin = bucket_starts_[bucket], end = bucket_starts_[bucket + 1];
  if (begin == end) return groups;
  const uint64_t first_eight = FirstEightBytes(here, left);
  for (uint32_t k = begin; k < end; ++k) {
    const Entry& entry = entries_[k];
    const uint64_t bit = uint64_t{1} << entry.group;
    if (!(found & bit) && StartsWith(here, left, first_eight, entry)) groups |= bit;
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
  if (text.size() == 1) return single_byte_groups_.empty() ? 0 : single_byte_groups_[static_cast<unsigned char>(text[0])];
  // Only a phrase of the text's size that starts it is equal to it.
  const unsigned bucket = Bucket(static_cast<unsigned char>(text[0]), static_cast<unsigned char>(text[1]));
  const uint32_t begin = bucket_starts_[bucket], end = bucket_starts_[bucket + 1];
  if (begin == end) return 0;
  const uint64_t first_eight = FirstEightBytes(text.data(), text.size());
  uint64_t groups = 0;
  for (uint32_t k = begin; k < end; ++k) {
    const Entry& entry = entries_[k];
    if (entry.size == text.size() && StartsWith(text.data(), text.size(), first_eight, entry)) {
      groups |= uint64_t{1} << entry.group;
    }
  }
  return groups;
}

}  // namespace teipress
