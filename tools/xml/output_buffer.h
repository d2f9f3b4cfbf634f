// The bytes an XmlWriter has written: a growable buffer whose short appends are copied inline.
//
// Writing a document is tens of thousands of appends of a few bytes (a tag name, "</", an
// attribute's value). std::string::append hands each to memcpy, whose dispatch on the length is one
// branch shared by every caller in the program and mispredicted whenever the lengths vary, as they
// do from tag to tag. Here a piece of up to sixteen bytes is copied by two overlapping loads and
// stores at the call site, the branch on its length class local to that site.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace teipress {

class OutputBuffer {
 public:
  explicit OutputBuffer(size_t initial_capacity = 0) { Reserve(initial_capacity); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const char* data() const { return bytes_.get(); }
  char back() const { return bytes_[size_ - 1]; }
  std::string_view view() const { return {bytes_.get(), size_}; }

  void push_back(char c) {
    MakeRoom(1);
    bytes_[size_++] = c;
  }
  OutputBuffer& operator+=(char c) {
    push_back(c);
    return *this;
  }
  OutputBuffer& operator+=(std::string_view piece) {
    append(piece.data(), piece.size());
    return *this;
  }
  void append(std::string_view piece) { append(piece.data(), piece.size()); }
  void append(size_t count, char c) {
    MakeRoom(count);
    std::memset(bytes_.get() + size_, c, count);
    size_ += count;
  }
  void append(const char* piece, size_t length) {
    MakeRoom(length);
    Put(piece, length);
  }
  // Appends `length` bytes of what this buffer already holds, from `offset` (a closing tag repeats
  // its start tag's name): safe when the buffer grows, unlike append(data() + offset, length). The
  // bytes copied lie before the end, where they are copied to: the two never overlap.
  void AppendOwn(size_t offset, size_t length) {
    MakeRoom(length);
    Put(bytes_.get() + offset, length);
  }

  std::string ToString() const { return std::string(view()); }

 private:
  // At most sixteen bytes, by overlapping copies of the first and last bytes of the piece: no
  // read outside it and no call.
  static void CopyShort(char* to, const char* from, size_t length) {
    if (length >= 8) {
      uint64_t head, tail;
      std::memcpy(&head, from, 8);
      std::memcpy(&tail, from + length - 8, 8);
      std::memcpy(to, &head, 8);
      std::memcpy(to + length - 8, &tail, 8);
    } else if (length >= 4) {
      uint32_t head, tail;
      std::memcpy(&head, from, 4);
      std::memcpy(&tail, from + length - 4, 4);
      std::memcpy(to, &head, 4);
      std::memcpy(to + length - 4, &tail, 4);
    } else if (length > 0) {
      to[0] = from[0];
      to[length / 2] = from[length / 2];
      to[length - 1] = from[length - 1];
    }
  }

  // Copies after the end; the room is made.
  void Put(const char* from, size_t length) {
    char* to = bytes_.get() + size_;
    if (length <= 16) {
      CopyShort(to, from, length);
    } else {
      std::memcpy(to, from, length);
    }
    size_ += length;
  }
  void MakeRoom(size_t length) {
    if (capacity_ - size_ < length) Grow(length);
  }
  void Grow(size_t length) {
    size_t capacity = capacity_ < 256 ? 256 : capacity_;
    while (capacity - size_ < length) capacity *= 2;
    Reserve(capacity);
  }
  void Reserve(size_t capacity) {
    if (capacity <= capacity_) return;
    std::unique_ptr<char[]> bytes(new char[capacity]);
    if (size_ > 0) std::memcpy(bytes.get(), bytes_.get(), size_);
    bytes_ = std::move(bytes);
    capacity_ = capacity;
  }

  std::unique_ptr<char[]> bytes_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

}  // namespace teipress
