#include "search_index.h"

#include "validation_report.h"
#include "text_util.h"

namespace teipress {
namespace {

// JSON inside a script: also keep "</script>" and U+2028/2029 from ending the script early.
std::string ScriptSafeJson(const std::string& text) {
  std::string escaped = JsonEscape(text);
  std::string out;
  out.reserve(escaped.size());
  for (size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '<') {
      out += "\\u003c";
    } else if (escaped.compare(i, 3, "\u2028") == 0) {
      out += "\\u2028";
      i += 2;
    } else if (escaped.compare(i, 3, "\u2029") == 0) {
      out += "\\u2029";
      i += 2;
    } else {
      out += escaped[i];
    }
  }
  return out;
}


}  // namespace

std::string WriteSearchIndexScript(const std::vector<SearchRecord>& records) {
  std::string out = "window.teipressSearchIndex = [\n";
  for (size_t i = 0; i < records.size(); ++i) {
    const SearchRecord& r = records[i];
    out += "{\"id\": \"" + ScriptSafeJson(r.id) + "\", \"title\": \"" + ScriptSafeJson(r.title) + "\", \"date\": \"" +
           ScriptSafeJson(r.date) + "\", \"href\": \"" + ScriptSafeJson(r.href) + "\", \"text\": \"" +
           ScriptSafeJson(CollapseWhitespace(r.text)) + "\"}";
    out += i + 1 < records.size() ? ",\n" : "\n";
  }
  return out + "];\n";
}

}  // namespace teipress
