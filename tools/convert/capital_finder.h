// The capitals A to Z of a text, found sixteen or eight bytes at a time: the unknown-name scanner
// looks for titles ("Comrade", "Minister") at the capitals of every text of a document, and most
// bytes are no capital.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text_util.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace teipress {

// Calls `visit(at)`, in order, for each `at` where text[at] is a capital A to Z. A byte outside
// ASCII (a letter's lead or continuation byte) is never one.
template <typename Visit>
void ForEachAsciiCapital(std::string_view text, const Visit& visit) {
  static_assert(std::endian::native == std::endian::little, "the text's first byte is the block's lowest");
  size_t at = 0;
#if defined(__SSE2__)
  // As signed bytes, those outside ASCII are negative and fall below 'A'.
  const __m128i below_a = _mm_set1_epi8('A' - 1), above_z = _mm_set1_epi8('Z' + 1);
  for (; at + 16 <= text.size(); at += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    const __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(x, below_a), _mm_cmplt_epi8(x, above_z));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(capitals)); mask != 0; mask &= mask - 1) {
      visit(at + static_cast<size_t>(std::countr_zero(mask)));
    }
  }
#endif
  for (; at + 8 <= text.size(); at += 8) {
    const uint64_t block = LoadEightBytes(text.data() + at);
    // The bytes outside ASCII are read without their high bit, then dropped.
    const uint64_t capitals = AsciiBytesIn(block & ~kEachHighBit, 'A', 'Z') & ~block;
    for (uint64_t mask = capitals; mask != 0; mask &= mask - 1) {
      visit(at + static_cast<size_t>(std::countr_zero(mask)) / 8);
    }
  }
  for (; at < text.size(); ++at) {
    if (text[at] >= 'A' && text[at] <= 'Z') visit(at);
  }
}

}  // namespace teipress
