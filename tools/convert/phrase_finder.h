// Which of a fixed set of phrases occur in a text, found in one pass over it. The note
// classifier asks every note about some ninety phrases and a hundred word stems; a search per
// phrase read each note ninety times (BENCHMARKS.md, "Conversion").
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress {

class PhraseFinder {
 public:
  // Each phrase belongs to a group, a bit of the answers (0 to 63); several phrases may share one.
  // The finder keeps its own copy of the phrases' bytes; an empty phrase is ignored. At most
  // 65,535 phrases of up to 65,535 bytes (else std::length_error).
  explicit PhraseFinder(const std::vector<std::pair<std::string_view, unsigned>>& phrases);

  // The groups (bit `1 << group`) with a phrase that starts at byte `at` of `text`.
  uint64_t GroupsAt(std::string_view text, size_t at) const { return GroupsAt(text, at, 0); }

  // The groups with a phrase anywhere in `text`: what a search for each phrase would find.
  uint64_t GroupsIn(std::string_view text) const;

  // The groups with a phrase that is the whole of `text`.
  uint64_t GroupsEqualTo(std::string_view text) const;

 private:
  // A phrase of two bytes or more, in 16 bytes (four to a cache line): its first eight bytes (zero
  // after its end) decide most places without a look at the rest, which lies in tails_. The note
  // classifier asks of every word of every note between other work: the phrases' bytes scattered
  // over its tables missed the cache at nearly every question.
  struct Entry {
    uint64_t prefix;
    uint32_t tail;  // offset in tails_ of the bytes after the first eight
    uint16_t size;
    uint8_t group;  // 0 to 63
  };
  static_assert(sizeof(Entry) == 16);

  // Phrases are indexed by a hash of their first two bytes: a place of the text is compared
  // only with the few phrases that could start there. There are about four buckets a phrase (a
  // power of two, 64 to 1024): the fewer the cache lines of the table, the fewer miss when it is
  // asked once a note between other work.
  unsigned Bucket(unsigned char first, unsigned char second) const { return (first * 31u + second) & bucket_mask_; }

  // As above, skipping the phrases of the groups in `found`.
  uint64_t GroupsAt(std::string_view text, size_t at, uint64_t found) const;

  // Whether `entry` is the `left` bytes at `here` or starts them; `first_eight` holds those bytes'
  // first eight (zero after the text's end).
  bool StartsWith(const char* here, size_t left, uint64_t first_eight, const Entry& entry) const;

  // Whether a place of the text can start a phrase: GroupsIn asks these bits of each place's first
  // two bytes (or first byte) before it looks in a bucket, and most places start none.
  // (A one-byte phrase sets the bits of every pair it starts, so that one test serves each place
  // but the last.)
  bool MayStartAt(std::string_view text, size_t at) const {
    const auto first = static_cast<unsigned char>(text[at]);
    if (at + 1 >= text.size()) return single_byte_starts_[first];
    const unsigned slot = ShiftSlot(first, static_cast<unsigned char>(text[at + 1]));
    return (pair_starts_[slot >> 6] >> (slot & 63)) & 1;
  }

  // Skipping places (GroupsIn, when every phrase has three bytes or more): `shortest_` bytes from
  // a place, the two last bytes of that window say how far the next phrase can start at the
  // earliest. A pair's shift is the least, over the phrases whose first `shortest_` bytes hold it
  // at offset j, of shortest_ - 2 - j (shortest_ - 1 where none does). Pairs share a slot of a
  // small table (kShiftSlots): a shared slot keeps the least shift, which only skips less.
  static constexpr unsigned kShiftSlots = 4096;
  static unsigned ShiftSlot(unsigned char first, unsigned char second) {
    return ((first << 6) ^ second) & (kShiftSlots - 1);
  }
  size_t shortest_ = 0;                   // the shortest phrase's length (0: no phrase)
  std::vector<uint8_t> shifts_;           // kShiftSlots when shortest_ >= 3, else empty

  // A bit per slot of two first bytes (ShiftSlot: pairs share a slot, whose bit is set when any of
  // them starts a phrase): 512 bytes, not the 8 KB of a bit per pair.
  std::array<uint64_t, kShiftSlots / 64> pair_starts_{};
  std::array<bool, 256> single_byte_starts_{};
  std::vector<uint64_t> single_byte_groups_;  // by byte: 256 when a one-byte phrase exists, else empty
  unsigned bucket_mask_ = 0;                // the number of buckets - 1
  std::vector<uint16_t> bucket_starts_;     // a bucket's first entry, and a last one for the end
  std::vector<Entry> entries_;              // phrases of two bytes or more, by bucket
  std::string tails_;                       // their bytes after the first eight, in the order of entries_
};

}  // namespace teipress
