// The edition's full-text search index, written at build time as a script that defines
// `window.teipressSearchIndex`: a script (unlike fetched JSON) also loads from file://.
#pragma once

#include <string>
#include <vector>

namespace teipress {

struct SearchRecord {
  std::string id;
  std::string title;
  std::string date;
  std::string href;
  std::string text;
};

std::string WriteSearchIndexScript(const std::vector<SearchRecord>& records);

}  // namespace teipress
