// The parts teipress puts into the pages spanning the edition: the entries' HTML kept in a file,
// and the markers the stylesheets leave for them.
#include "catalog_parts.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

TEST(EntryHtml, RoundTripsAnyText) {
  EntryHtml html;
  html.when = "1951-08-28";
  html.item = "<li>a\nb: 12:34</li>";
  html.mentions = {{"#stalin", "<li>x</li>"}, {"", ""}, {"#a:b", std::string("nul\0in", 6)}};
  EntryHtml decoded;
  ASSERT_TRUE(DecodeEntryHtml(EncodeEntryHtml(html), decoded));
  EXPECT_EQ(decoded.when, html.when);
  EXPECT_EQ(decoded.item, html.item);
  EXPECT_EQ(decoded.mentions, html.mentions);
}

TEST(EntryHtml, ADamagedFileIsRefused) {
  EntryHtml html;
  html.item = "<li/>";
  html.mentions = {{"#a", "<li>a</li>"}};
  const std::string encoded = EncodeEntryHtml(html);
  EntryHtml decoded;
  EXPECT_FALSE(DecodeEntryHtml(encoded.substr(0, encoded.size() - 3), decoded));
  EXPECT_FALSE(DecodeEntryHtml(encoded + "x", decoded));
  EXPECT_FALSE(DecodeEntryHtml("", decoded));
  EXPECT_FALSE(DecodeEntryHtml("99999999:x", decoded));
}

TEST(SplitAtMarkers, CutsAtEachMarkerOfItsNameInXmlAndHtml) {
  const std::string page = "<ul><?teipress-item 2?><?teipress-item 10><?other 3?><?teipress-item x?>end</ul>";
  const std::vector<MarkedPart> parts = SplitAtMarkers(page, "teipress-item");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].text, "<ul>");
  EXPECT_EQ(parts[0].number, 2);
  EXPECT_EQ(parts[1].text, "");
  EXPECT_EQ(parts[1].number, 10);
  EXPECT_EQ(parts[2].text, "<?other 3?><?teipress-item x?>end</ul>") << "not a marker of ours: kept as text";
  EXPECT_EQ(parts[2].number, -1);
  EXPECT_EQ(SplitAtMarkers("no markers", "teipress-item").size(), 1u);
}

}  // namespace
}  // namespace teipress
