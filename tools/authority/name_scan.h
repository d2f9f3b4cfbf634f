// The two scans of the name search, sixteen bytes at a time: where a name may start (a capital or
// a digit at a word's start), and where a capitalized word's token has its next sign; and the
// date search's: where a number starts a word. Both run
// over every byte of every text a document has; deciding each byte by a branch was most of the
// search's instructions, and a branch the processor cannot learn when texts differ.
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

// The bytes that may start a name: an ASCII capital or digit, or the first byte of a Latin-1
// (0xC3), Latin Extended-A (0xC4, 0xC5) or basic Cyrillic (0xD0) capital; the caller tells the
// capitals among the latter by their second byte.
inline bool MayStartName(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || (u >= 0xC3 && u <= 0xC5) || u == 0xD0;
}

// The bytes that end a capitalized word's first key or look at it: every byte that is no word
// byte (IsWordByte), and 0xE2, the first byte of a typographic apostrophe ("Stalin’s").
inline bool IsTokenSign(char c) { return !IsWordByte(c) || c == '\xE2'; }

#if defined(__SSE2__)
namespace name_scan_detail {

inline __m128i InRange(__m128i x, char low, char high) {
  // Signed comparisons: bytes outside ASCII are negative and below any ASCII bound.
  return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(low - 1))),
                       _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(high + 1))));
}

// The word bytes (IsWordByte) among sixteen: ASCII letters and digits, and every byte outside ASCII.
inline __m128i WordBytes(__m128i x) {
  const __m128i letters = InRange(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
  return _mm_or_si128(_mm_or_si128(letters, InRange(x, '0', '9')), _mm_cmplt_epi8(x, _mm_setzero_si128()));
}

}  // namespace name_scan_detail
#endif

#if defined(__SSE2__)
namespace name_scan_detail {

// The sixteen bytes at `block` (of a text of sixteen bytes or more).
inline __m128i Load(std::string_view text, size_t block) {
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + block));
}

// The scans' last bytes, fewer than sixteen, are looked at in the sixteen that end the text, the
// bytes already looked at left out (their bits below `skip`), where a byte loop cost several
// instructions a byte on every text: the offset of that block and `skip`.
struct LastBlock {
  size_t block;
  unsigned skip;
};
inline LastBlock LastBlockFrom(std::string_view text, size_t at) {
  return {text.size() - 16, static_cast<unsigned>(at - (text.size() - 16))};
}

// Calls scan(block, skip) for each block of sixteen bytes of `text` in order, the last block the
// one that ends the text (LastBlockFrom); false, and no call, for a text shorter than a block,
// which the caller reads byte by byte.
template <typename Scan>
bool ForEachBlock(std::string_view text, const Scan& scan) {
  if (text.size() < 16) return false;
  size_t at = 0;
  for (; at + 16 <= text.size(); at += 16) scan(at, 0u);
  if (at < text.size()) {
    const LastBlock last = LastBlockFrom(text, at);
    scan(last.block, last.skip);
  }
  return true;
}

}  // namespace name_scan_detail
#endif

// Calls `visit(at)`, in order, for each `at` where MayStartName(text[at]) and no word byte
// (IsWordByte) stands before it.
template <typename Visit>
void ForEachNameStart(std::string_view text, const Visit& visit) {
  size_t at = 0;
#if defined(__SSE2__)
  using namespace name_scan_detail;
  unsigned after_word = 0;  // the last block's last byte was a word byte
  // `skip`: the block's first bytes were looked at (then the byte before each other one is in it).
  auto scan = [&](size_t block, unsigned skip) {
    const __m128i x = Load(text, block);
    const auto words = static_cast<unsigned>(_mm_movemask_epi8(WordBytes(x)));
    const __m128i ascii_starts = _mm_or_si128(InRange(x, 'A', 'Z'), InRange(x, '0', '9'));
    const __m128i other_starts = _mm_or_si128(InRange(x, '\xC3', '\xC5'), _mm_cmpeq_epi8(x, _mm_set1_epi8('\xD0')));
    const auto starts = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(ascii_starts, other_starts))) & (~0u << skip);
    for (unsigned mask = starts & ~((words << 1) | after_word); mask != 0; mask &= mask - 1) {
      visit(block + static_cast<size_t>(std::countr_zero(mask)));
    }
    after_word = words >> 15;
  };
  if (ForEachBlock(text, scan)) return;
#endif
  for (; at < text.size(); ++at) {
    if (MayStartName(text[at]) && (at == 0 || !IsWordByte(text[at - 1]))) visit(at);
  }
}

// Calls `visit(at)`, in order, for each `at` where text[at] is an ASCII digit and no word byte
// (IsWordByte) stands before it: where a number starts a word, the only places the date search
// looks at. Digits are rare in running text: a block of sixteen bytes without one is passed after
// one comparison.
template <typename Visit>
void ForEachNumberStart(std::string_view text, const Visit& visit) {
  size_t at = 0;
#if defined(__SSE2__)
  using namespace name_scan_detail;
  // `skip`: the block's first bytes were looked at (then the byte before each other one is in it).
  auto scan = [&](size_t block, unsigned skip) {
    const __m128i x = Load(text, block);
    const auto digits = static_cast<unsigned>(_mm_movemask_epi8(InRange(x, '0', '9'))) & (~0u << skip);
    if (digits == 0) return;
    const auto words = static_cast<unsigned>(_mm_movemask_epi8(WordBytes(x)));
    const unsigned after_word = (words << 1) | (block > 0 && IsWordByte(text[block - 1]) ? 1u : 0u);
    for (unsigned mask = digits & ~after_word; mask != 0; mask &= mask - 1) {
      visit(block + static_cast<size_t>(std::countr_zero(mask)));
    }
  };
  if (ForEachBlock(text, scan)) return;
#endif
  for (; at < text.size(); ++at) {
    if (IsDigit(text[at]) && (at == 0 || !IsWordByte(text[at - 1]))) visit(at);
  }
}

// The first offset at or after `from` whose byte IsTokenSign, or text.size() when there is none.
inline size_t NextTokenSign(std::string_view text, size_t from) {
#if defined(__SSE2__)
  using namespace name_scan_detail;
  auto signs = [&](size_t block) {
    const __m128i x = Load(text, block);
    const __m128i other = _mm_andnot_si128(WordBytes(x), _mm_set1_epi8(-1));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(other, _mm_cmpeq_epi8(x, _mm_set1_epi8('\xE2')))));
  };
  for (; from + 16 <= text.size(); from += 16) {
    if (const unsigned mask = signs(from); mask != 0) return from + static_cast<size_t>(std::countr_zero(mask));
  }
  if (from < text.size() && text.size() >= 16) {
    const LastBlock last = LastBlockFrom(text, from);
    const unsigned mask = signs(last.block) >> last.skip;
    return mask != 0 ? from + static_cast<size_t>(std::countr_zero(mask)) : text.size();
  }
#endif
  while (from < text.size() && !IsTokenSign(text[from])) ++from;
  return std::min(from, text.size());
}

}  // namespace teipress
