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

// The script in parts: one record as the script holds it (a JSON object on one line), and the
// script around records given that way (so that a build keeps each document's record and joins
// them without making them again).
std::string SearchRecordJson(const SearchRecord& record);
std::string JoinSearchIndexScript(const std::vector<std::string>& records_json);

// The main names and variants of the authority entries that the document's persName, placeName
// and orgName elements point to (@ref="#id"), each entry once: "Kaesong, Kaeseong; Mao Zedong, Mao".
std::string LinkedAuthorityNames(xmlDocPtr document, const Authority& authority);

}  // namespace teipress
