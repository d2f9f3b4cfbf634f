#include "output_buffer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace teipress {
namespace {

// Every length a short copy distinguishes (0, 1–3, 4–7, 8–16) and past it, from every offset of a
// source, appended to a buffer that starts too small and must grow: the bytes equal std::string's.
TEST(OutputBufferTest, AppendsAsStdStringDoesAtEveryLengthAndOffset) {
  std::string source;
  for (int k = 0; k < 64; ++k) source += static_cast<char>('A' + k % 58);
  OutputBuffer buffer;
  std::string expected;
  for (size_t length = 0; length <= 40; ++length) {
    for (size_t offset = 0; offset + length <= source.size(); offset += 7) {
      // (A copy of the piece alone, so that a read past its end would be an error ASan reports.)
      const std::string piece = source.substr(offset, length);
      buffer.append(piece.data(), piece.size());
      expected.append(piece);
    }
  }
  EXPECT_EQ(buffer.view(), expected);
  EXPECT_EQ(buffer.size(), expected.size());
  EXPECT_EQ(buffer.ToString(), expected);
}

TEST(OutputBufferTest, CharactersRepeatsAndStringViews) {
  OutputBuffer buffer(4);
  EXPECT_TRUE(buffer.empty());
  buffer += '<';
  buffer += std::string_view("div");
  buffer.append(3, ' ');
  buffer.push_back('>');
  buffer.append(std::string_view("text that is longer than sixteen bytes"));
  EXPECT_EQ(buffer.view(), "<div   >text that is longer than sixteen bytes");
  EXPECT_EQ(buffer.back(), 's');
  EXPECT_FALSE(buffer.empty());
}

// A closing tag copies its name from the start tag in the same buffer: right even when that append
// makes the buffer grow and move.
TEST(OutputBufferTest, AppendOwnCopiesFromItselfAcrossGrowth) {
  for (size_t capacity : {0, 1, 8, 11, 12, 13, 64}) {
    OutputBuffer buffer(capacity);
    buffer += std::string_view("<persName>");
    buffer.append("</", 2);
    buffer.AppendOwn(1, 8);
    buffer += '>';
    EXPECT_EQ(buffer.view(), "<persName></persName>") << capacity;
  }
}

// Random pieces and random growth, against std::string.
TEST(OutputBufferTest, RandomAppendsMatchStdString) {
  std::mt19937 random(29);
  for (int round = 0; round < 200; ++round) {
    OutputBuffer buffer(random() % 32);
    std::string expected;
    for (int step = 0; step < 50; ++step) {
      switch (random() % 4) {
        case 0: {
          std::string piece(random() % 40, 'x');
          for (char& c : piece) c = static_cast<char>('a' + random() % 26);
          buffer.append(piece.data(), piece.size());
          expected += piece;
          break;
        }
        case 1: {
          const char c = static_cast<char>('0' + random() % 10);
          buffer += c;
          expected += c;
          break;
        }
        case 2: {
          const size_t count = random() % 20;
          buffer.append(count, ' ');
          expected.append(count, ' ');
          break;
        }
        default: {
          if (expected.empty()) break;
          const size_t offset = random() % expected.size();
          const size_t length = random() % (expected.size() - offset + 1);
          buffer.AppendOwn(offset, length);
          expected += expected.substr(offset, length);
          break;
        }
      }
    }
    ASSERT_EQ(buffer.view(), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace teipress
