// The edition's full-text search index, written at build time as a script that defines
// `window.teipressSearchIndex`: a script (unlike fetched JSON) also loads from file://.
#pragma once

#include <string>
#include <vector>

#include "authority.h"
#include "xml_ptr.h"

namespace teipress {

struct SearchRecord {
  std::string id;
  std::string title;
  std::string date;
  std::string href;
  std::string text;
  // Every form the authority files give for the persons, places and organizations the document
  // links to, so that a reader who types "Kaesong" finds a document that spells it "Kaeseong".
  std::string names;
};

std::string WriteSearchIndexScript(const std::vector<SearchRecord>& records);

// The main names and variants of the authority entries that the document's persName, placeName
// and orgName elements point to (@ref="#id"), each entry once: "Kaesong, Kaeseong; Mao Zedong, Mao".
std::string LinkedAuthorityNames(xmlDocPtr document, const Authority& authority);

}  // namespace teipress
