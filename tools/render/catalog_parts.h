// The parts of the pages spanning the edition that are made once per document and put into the
// pages by teipress rather than by the stylesheets: each document's list item on index.html and
// its items on the register pages (persons, places, organizations), as HTML; each document's page
// sequences in the volume. The catalog stylesheets leave a marker where a part goes,
//
//   <?teipress-item N?>           the N-th entry's list item (index.xsl)
//   <?teipress-mentions N?>       every entry's item for the N-th referenced name (authority.xsl)
//   <?teipress-volume-entry N?>   the N-th volume entry's page sequences (volume.xsl)
//
// so that the stylesheets order and group small catalogs, and the bulk of a page is copied, never
// held as a tree: the pages cost no more than the documents, in time and in memory.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace teipress {

// The HTML of one document's entry, as the HTML serializer writes it inside a page.
struct EntryHtml {
  std::string when;  // the document's date (creation/date/@when): register items are ordered by it
  std::string item;  // its list item on index.html
  std::vector<std::pair<std::string, std::string>> mentions;  // referenced name -> its register item
};

std::string EncodeEntryHtml(const EntryHtml& html);
bool DecodeEntryHtml(std::string_view encoded, EntryHtml& html);

// A page cut at its markers: the text before each marker and the marker's number (-1 after the last).
struct MarkedPart {
  std::string_view text;
  long number = -1;
};
std::vector<MarkedPart> SplitAtMarkers(std::string_view page, std::string_view marker);

}  // namespace teipress
