// SHA-256 against the FIPS 180-4 examples and lengths around the padding boundaries.
// The expected digests were computed independently with coreutils sha256sum.
#include "sha256.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace teipress {
namespace {

std::string Bytes0To(size_t n) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += static_cast<char>(i);
  return s;
}

TEST(Sha256Test, FipsVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, PaddingBoundaries) {
  // 55 bytes: padding fits one block; 56..63: the length spills into a second block; 64: a full
  // block plus a padding block; 119/120 and 128 repeat that with two blocks of data.
  const std::vector<std::pair<size_t, const char*>> repeated_a = {
      {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
      {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
      {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
      {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
      {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
      {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
      {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
      {128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
  };
  for (const auto& [length, digest] : repeated_a) {
    EXPECT_EQ(Sha256Hex(std::string(length, 'a')), digest) << length << " x 'a'";
  }
  // Bytes 0x00, 0x01, ...: every byte value below 0x41, including NUL, is hashed as data.
  const std::vector<std::pair<size_t, const char*>> counting = {
      {55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"},
      {56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"},
      {63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"},
      {64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"},
      {65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"},
  };
  for (const auto& [length, digest] : counting) {
    EXPECT_EQ(Sha256Hex(Bytes0To(length)), digest) << "bytes 0.." << length - 1;
  }
}

TEST(Sha256Test, HighBytesAreUnsigned) {
  // printf '\xff\xfe\x80' | sha256sum
  EXPECT_EQ(Sha256Hex("\xff\xfe\x80"), "b632bfa9c60bc17f7fd78dba311fd3f5dfa66cb8c017a4278e2bae28d668844d");
}

TEST(Sha256Test, DigestIsLowerCaseHex) {
  const std::string digest = Sha256Hex("teipress");
  ASSERT_EQ(digest.size(), 64u);
  for (char c : digest) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << digest;
  EXPECT_NE(Sha256Hex("teipress"), Sha256Hex("teipresS"));
}

TEST(Sha256FieldsTest, HashesFieldsWithTheirLengths) {
  // "3:abc" per field: the digest of the length-prefixed concatenation.
  EXPECT_EQ(Sha256Fields().Add("abc").Hex(), Sha256Hex("3:abc"));
  EXPECT_EQ(Sha256Fields().Add("ab").Add("c").Hex(), Sha256Hex("2:ab1:c"));
  EXPECT_NE(Sha256Fields().Add("ab").Add("c").Hex(), Sha256Fields().Add("a").Add("bc").Hex());
  EXPECT_EQ(Sha256Fields().Hex(), Sha256Hex(""));
}

TEST(Sha256FieldsTest, ManyAndLongFieldsHashAsTheirConcatenation) {
  // Short fields are gathered and hashed a buffer at a time, long ones directly: around and
  // across the buffer's size (16 kB), the digest is still that of "length:field" joined.
  for (const size_t long_field : {size_t{0}, size_t{1}, size_t{16370}, size_t{16384}, size_t{40000}}) {
    Sha256Fields fields;
    std::string joined;
    for (int i = 0; i < 3000; ++i) {
      const std::string field = "doc:" + std::to_string(600000 + i);
      fields.Add(field);
      joined += std::to_string(field.size()) + ":" + field;
      if (i == 1500) {
        const std::string long_one = Bytes0To(long_field);
        fields.Add(long_one);
        joined += std::to_string(long_one.size()) + ":" + long_one;
      }
    }
    EXPECT_EQ(fields.Hex(), Sha256Hex(joined)) << "with a field of " << long_field << " bytes";
  }
}

}  // namespace
}  // namespace teipress
