#include "json.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace teipress {
namespace {

TEST(JsonTest, EscapeTable) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"\"q\"", "\\\"q\\\""},
      {"back\\slash", "back\\\\slash"},
      {"a\nb\rc\td", "a\\nb\\rc\\td"},
      {std::string("nul\0x", 5), "nul\\u0000x"},
      {"\x01\x1f", "\\u0001\\u001f"},
      {"\xD0\x94 /", "\xD0\x94 /"},
  };
  for (const auto& [input, expected] : cases) EXPECT_EQ(JsonEscape(input), expected) << input;
}

}  // namespace
}  // namespace teipress
