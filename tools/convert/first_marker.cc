#include "first_marker.h"

#include <cstring>

namespace teipress {

FirstMarkerFinder::FirstMarkerFinder(const std::string_view* begin, const std::string_view* end) {
  for (const std::string_view* marker = begin; marker != end; ++marker) {
    if (!marker->empty()) by_first_byte_[static_cast<unsigned char>(marker->front())].push_back(*marker);
  }
}

size_t FirstMarkerFinder::Find(std::string_view text, size_t from, size_t* length) const {
  for (size_t at = from; at < text.size(); ++at) {
    const std::vector<std::string_view>& candidates = by_first_byte_[static_cast<unsigned char>(text[at])];
    if (candidates.empty()) continue;
    const size_t left = text.size() - at;
    for (const std::string_view marker : candidates) {
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
