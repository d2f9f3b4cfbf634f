// A note's content as the note classifier reads it: the text, its case folded, and its words in
// both, made once a note. KindFromContent and most of the position rules ask for the words, and
// each used to split the note (and fold it) again for itself (BENCHMARKS.md, "Conversion").
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {

class NoteText {
 public:
  // `content` must outlive the NoteText (its words are views into it).
  explicit NoteText(std::string_view content);
  // lower() and the words are views into the object itself.
  NoteText(const NoteText&) = delete;
  NoteText& operator=(const NoteText&) = delete;

  std::string_view content() const { return content_; }
  // FoldCase(content): folding keeps every byte length and leaves white space alone, so the
  // folded text's words are the same spans as the content's.
  std::string_view lower() const { return lower_; }

  // SplitWords(content()), views into content(); split when first asked.
  std::span<const std::string_view> words() {
    Split();
    return {views_.data(), word_count_};
  }
  // SplitWords(lower()), views into lower(): the same spans, folded.
  std::span<const std::string_view> lower_words() {
    Split();
    return {views_.data() + word_count_, word_count_};
  }

 private:
  void Split();

  std::string_view content_;
  // The folded content: in place for a short note (most notes), on the heap only when longer.
  static constexpr size_t kInPlaceBytes = 64;
  std::array<char, kInPlaceBytes> in_place_;
  std::string on_heap_;
  std::string_view lower_;
  bool split_ = false;
  size_t word_count_ = 0;
  // The content's words, then the folded text's: one allocation for both.
  std::vector<std::string_view> views_;
};

// The last `count` words of `text` (what stands before a note's bracket), nearest first, each folded
// (FoldCase) and without the signs around it (.,;:"'() and curly quotes; a word of signs only
// becomes empty). Read from the end: the text before a bracket may be a long paragraph, of which
// only the last few words matter. The signs are a byte table, not a loop over the set per byte.
// The words are views into one buffer of their own (a string a word and a vector were up to seven
// allocations a note), which is why this is neither copied nor moved.
class FoldedWordsBefore {
 public:
  static constexpr size_t kMaxCount = 8;

  FoldedWordsBefore(std::string_view text, size_t count);  // `count` at most kMaxCount
  FoldedWordsBefore(const FoldedWordsBefore&) = delete;
  FoldedWordsBefore& operator=(const FoldedWordsBefore&) = delete;

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::string_view operator[](size_t k) const { return words_[k]; }
  std::string_view front() const { return words_[0]; }
  const std::string_view* begin() const { return words_.data(); }
  const std::string_view* end() const { return words_.data() + size_; }

 private:
  std::array<std::string_view, kMaxCount> words_{};
  size_t size_ = 0;
  // The folded words' bytes: in place for the few short words before a bracket (most notes), on
  // the heap only past kInPlaceBytes.
  static constexpr size_t kInPlaceBytes = 64;
  std::array<char, kInPlaceBytes> in_place_;
  std::string on_heap_;
};

}  // namespace teipress
