#include "search_index.h"

#include <set>

#include "json.h"
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

std::string SearchRecordJson(const SearchRecord& r) {
  return "{\"id\": \"" + ScriptSafeJson(r.id) + "\", \"title\": \"" + ScriptSafeJson(r.title) + "\", \"date\": \"" +
         ScriptSafeJson(r.date) + "\", \"href\": \"" + ScriptSafeJson(r.href) + "\", \"text\": \"" +
         ScriptSafeJson(CollapseWhitespace(r.text)) + "\", \"names\": \"" + ScriptSafeJson(r.names) + "\"}";
}

std::string JoinSearchIndexScript(const std::vector<std::string>& records_json) {
  size_t size = 64;
  for (const std::string& record : records_json) size += record.size() + 2;
  std::string out;
  out.reserve(size);
  out += "window.teipressSearchIndex = [\n";
  for (size_t i = 0; i < records_json.size(); ++i) {
    out += records_json[i];
    out += i + 1 < records_json.size() ? ",\n" : "\n";
  }
  out += "];\n";  // appended, not `out + …`: that copy was a third 55 MB at 10,000 documents
  return out;
}

std::string WriteSearchIndexScript(const std::vector<SearchRecord>& records) {
  std::vector<std::string> json;
  json.reserve(records.size());
  for (const SearchRecord& record : records) json.push_back(SearchRecordJson(record));
  return JoinSearchIndexScript(json);
}

std::string LinkedAuthorityNames(xmlDocPtr document, const Authority& authority) {
  XPathContextPtr context(xmlXPathNewContext(document));
  if (!context) return "";
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  XPathObjectPtr refs(xmlXPathEvalExpression(
      AsXmlChars("//tei:text//tei:persName/@ref | //tei:text//tei:placeName/@ref | //tei:text//tei:orgName/@ref"),
      context.get()));
  if (!refs || !refs->nodesetval) return "";
  std::set<std::string> ids;
  for (int i = 0; i < refs->nodesetval->nodeNr; ++i) {
    const std::string ref = TakeString(XmlCharsPtr(xmlNodeGetContent(refs->nodesetval->nodeTab[i])));
    if (ref.size() > 1 && ref[0] == '#') ids.insert(ref.substr(1));
  }
  std::string names;
  for (const std::string& id : ids) {
    const AuthorityEntry* entry = authority.ById(id);
    if (!entry) continue;
    names += (names.empty() ? "" : "; ") + entry->main_name;
    for (const std::string& variant : entry->variants) {
      if (variant != entry->main_name) names += ", " + variant;
    }
  }
  return names;
}

}  // namespace teipress
