// The earliest of a fixed set of markers in a text, found in one pass. The title reader asks where
// the parties end and the subject begins (" on ", " regarding ", ", '" and seven more): a search
// per marker read each title ten times (BENCHMARKS.md, "Conversion").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace teipress {

class FirstMarkerFinder {
 public:
  // The markers must outlive the finder (they are the callers' constant tables); an empty marker is
  // ignored.
  FirstMarkerFinder(const std::string_view* begin, const std::string_view* end);
  template <size_t N>
  explicit FirstMarkerFinder(const std::array<std::string_view, N>& markers)
      : FirstMarkerFinder(markers.data(), markers.data() + N) {}

  // Where the earliest marker at or after `from` starts (npos when none does), and in `*length`
  // its size; of markers that start at one place, the first listed: what one `find` per marker
  // and the least offset would answer.
  size_t Find(std::string_view text, size_t from, size_t* length) const;

 private:
  // For each byte, the markers that start with it, in list order: a place of the text is compared
  // only with those, and only where the next byte is the second of one of them (a space starts
  // most subject markers, and most words after a space start none).
  struct Candidates {
    std::vector<std::string_view> markers;
    std::array<uint64_t, 4> second_bytes{};  // a bit per byte value; a one-byte marker sets all
  };
  std::array<uint16_t, 256> slot_of_first_byte_{};  // 0: no marker starts with the byte
  std::vector<Candidates> slots_;                     // slot k at index k - 1 (256 at the most)
};

}  // namespace teipress
