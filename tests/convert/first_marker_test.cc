// Unit tests of FirstMarkerFinder: the place and length it finds in one pass are those of the least
// offset over one search per marker (the title reader's former FindAny), ties going to the marker
// listed first, for markers that share first bytes, overlap, nest or run past the text's end.
#include "first_marker.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {
namespace {

// The definition it replaces: one `find` per marker, the least offset, the first listed on a tie.
template <size_t N>
size_t SearchEachMarker(const std::array<std::string_view, N>& markers, std::string_view text, size_t from,
                        size_t* length) {
  size_t best = std::string_view::npos;
  for (const std::string_view marker : markers) {
    if (marker.empty()) continue;
    const size_t at = text.find(marker, from);
    if (at < best) {
      best = at;
      *length = marker.size();
    }
  }
  return best;
}

constexpr std::array<std::string_view, 10> kSubjectStarts = {" on ",  " regarding ", " concerning ", " about ",
                                                             " re: ", ", '",         ", \u2018",     ", \"",
                                                             " at a ", " at the "};

struct Row {
  std::string_view text;
  size_t from;
  size_t at;      // npos: none
  size_t length;  // when found
};

TEST(FirstMarkerFinderTest, FindsTheEarliestSubjectStart) {
  const FirstMarkerFinder finder(kSubjectStarts);
  constexpr size_t kNone = std::string_view::npos;
  const Row rows[] = {
      {"", 0, kNone, 0},
      {"Letter from A to B", 0, kNone, 0},
      {"Report by A on the Trial", 0, 11, 4},
      {"Report by A regarding B on C", 0, 11, 11},           // the earlier of two markers
      {"Report by A at the Embassy", 0, 11, 8},              // " at the ", not " at a "
      {"Talk at a dinner", 0, 4, 6},
      {"Talk at an inn", 0, kNone, 0},                       // " at a" without its space
      {"Note, 'Relations'", 0, 4, 3},
      {"Note, \u2018Relations\u2019", 0, 4, 5},              // a marker of several UTF-8 bytes
      {"Letter on A on B", 7, 11, 4},                         // from a later place
      {"Letter on A", 7, kNone, 0},
      {"Letter on", 0, kNone, 0},                             // cut short by the text's end
      {" on ", 0, 0, 4},                                      // the whole text
      {"x re: y", 0, 1, 5},
  };
  for (const Row& row : rows) {
    size_t length = 0;
    EXPECT_EQ(finder.Find(row.text, row.from, &length), row.at) << row.text;
    if (row.at != kNone) {
      EXPECT_EQ(length, row.length) << row.text;
    }
  }
}

TEST(FirstMarkerFinderTest, OfMarkersStartingAtOnePlaceTheFirstListedWins) {
  constexpr std::array<std::string_view, 3> kMarkers = {" by", " by the ", " b"};
  const FirstMarkerFinder finder(kMarkers);
  size_t length = 0;
  EXPECT_EQ(finder.Find("sent by the agent", 0, &length), 4u);
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(finder.Find("sent be", 0, &length), 4u);
  EXPECT_EQ(length, 2u);
}

// Random texts over a small alphabet make markers overlap, repeat and share first bytes far more
// often than titles do; every answer must still be the searches' answer.
TEST(FirstMarkerFinderTest, AgreesWithOneSearchPerMarkerOnRandomTexts) {
  constexpr std::array<std::string_view, 12> kMarkers = {"ab", "abab", " b", "bab", "aab", "a b",
                                                         "b",  "",     "ca", "c c", "aaaa", ", a"};
  const FirstMarkerFinder finder(kMarkers);
  std::mt19937 random(20261207);
  const std::string alphabet = "abc ,";
  for (int round = 0; round < 3000; ++round) {
    std::string text(random() % 14, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    for (size_t from = 0; from <= text.size() + 1; ++from) {
      size_t expected_length = 0, length = 0;
      const size_t expected = SearchEachMarker(kMarkers, text, from, &expected_length);
      ASSERT_EQ(finder.Find(text, from, &length), expected) << '"' << text << "\" from " << from;
      if (expected != std::string_view::npos) {
        ASSERT_EQ(length, expected_length) << '"' << text << '"';
      }
    }
  }
}

// Markers with every one of the 256 first bytes: each byte has a slot of its own (a slot number of
// one byte would have given the 256th byte "none").
TEST(FirstMarkerFinderTest, MarkersMayStartWithEveryByte) {
  std::vector<std::string> owned;
  for (int byte = 0; byte < 256; ++byte) owned.push_back(std::string(1, static_cast<char>(byte)) + "x");
  const std::vector<std::string_view> markers(owned.begin(), owned.end());
  const FirstMarkerFinder finder(markers.data(), markers.data() + markers.size());
  for (int byte = 0; byte < 256; ++byte) {
    const std::string text = "\x01" + owned[static_cast<size_t>(byte)];
    size_t length = 0;
    ASSERT_EQ(finder.Find(text, 1, &length), 1u) << "byte " << byte;
    EXPECT_EQ(length, 2u);
  }
}

}  // namespace
}  // namespace teipress
