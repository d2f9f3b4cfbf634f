#include "first_marker.h"

#include <cstring>

namespace teipress {

FirstMarkerFinder::FirstMarkerFinder(const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* marker = begin; marker != end; ++marker) {
    if (marker->empty()) continue;
    uint16_t& slot = slot_of_first_byte_[static_cast<unsigned char>(marker->front())];
    if (slot == 0) {
      slots_.emplace_back();
      slot = static_cast<uint16_t>(slots_.size());  // 1 to 256: 0 is none
    }
    Candidates& candidates = slots_[slot - 1];
    candidates.markers.push_back(*marker);
    if (marker->size() == 1) {
      candidates.second_bytes.fill(~uint64_t{0});
    } else {
      const unsigned char second = static_cast<unsigned char>((*marker)[1]);
      candidates.second_bytes[second / 64] |= uint64_t{1} << (second % 64);
    }
  }
}

size_t FirstMarkerFinder::Find(std::string_view text, size_t from, size_t* length) const {
  for (size_t at = from; at < text.size(); ++at) {
    const uint16_t slot = slot_of_first_byte_[static_cast<unsigned char>(text[at])];
    if (slot == 0) continue;
    const Candidates& candidates = slots_[slot - 1];
    const size_t left = text.size() - at;
    if (left > 1) {
      const unsigned char second = static_cast<unsigned char>(text[at + 1]);
      if ((candidates.second_bytes[second / 64] >> (second % 64) & 1) == 0) continue;
    }
    for (const std::string_view marker : candidates.markers) {
      // (The second byte first: it rejects most places without a call.)
      if (marker.size() > left || (marker.size() > 1 && marker[1] != text[at + 1])) continue;
      if (std::memcmp(marker.data(), text.data() + at, marker.size()) == 0) {
        *length = marker.size();
        return at;
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace teipress
