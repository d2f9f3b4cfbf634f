#include "relaxng_jing_alignment.h"

#include <string>
#include <vector>

namespace teipress {

namespace {

constexpr const char* kRelaxNgNs = "http://relaxng.org/ns/structure/1.0";
constexpr const char* kXsdLibrary = "http://www.w3.org/2001/XMLSchema-datatypes";

// jing's anyURI check (com.thaiopensource.util.Uri.isValid), as XSD regular expressions that
// must all match: percent escapes, at most one fragment, and a well-formed scheme when a ':'
// comes before any '/', '?' or '#'.
const std::vector<std::string> kUriPatterns = {
    "([^%]|%[0-9A-Fa-f]{2})*",
    "[^#]*(#[^#]*)?",
    "([a-zA-Z][a-zA-Z0-9+\\-.]*:.+)|([^:/?#]*([/?#].*)?)",
};
const std::string kDateTimeHour = ".*T([01][0-9]|2[0-3]).*";
const std::string kTimeHour = "\\s*([01][0-9]|2[0-3]).*";

bool IsRng(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kRelaxNgNs)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

// datatypeLibrary is inherited from the nearest ancestor that sets it.
std::string DatatypeLibrary(xmlNodePtr node) {
  for (; node && node->type == XML_ELEMENT_NODE; node = node->parent) {
    XmlCharsPtr library(xmlGetNoNsProp(node, AsXmlChars("datatypeLibrary")));
    if (library) return AsChars(library.get());
  }
  return "";
}

void AddPattern(xmlNodePtr data, const std::string& pattern) {
  // Parameters come before an <except>; putting the new one first keeps that order.
  xmlNodePtr param = xmlNewDocNode(data->doc, data->ns, AsXmlChars("param"), nullptr);
  xmlSetProp(param, AsXmlChars("name"), AsXmlChars("pattern"));
  xmlNodeAddContent(param, AsXmlChars(pattern.c_str()));
  if (data->children) xmlAddPrevSibling(data->children, param);
  else xmlAddChild(data, param);
}

int Rewrite(xmlNodePtr node) {
  int changed = 0;
  for (; node; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (IsRng(node, "data") && DatatypeLibrary(node) == kXsdLibrary) {
      const std::string type = TakeString(XmlCharsPtr(xmlGetNoNsProp(node, AsXmlChars("type"))));
      const std::vector<std::string> patterns = AlignedPatterns(type);
      if (!patterns.empty()) {
        xmlSetProp(node, AsXmlChars("type"), AsXmlChars(AlignedDatatype(type).c_str()));
        for (auto it = patterns.rbegin(); it != patterns.rend(); ++it) AddPattern(node, *it);
        ++changed;
      }
    }
    changed += Rewrite(node->children);
  }
  return changed;
}

}  // namespace

std::string AlignedDatatype(const std::string& xsd_type) { return xsd_type == "anyURI" ? "token" : xsd_type; }

std::vector<std::string> AlignedPatterns(const std::string& xsd_type) {
  if (xsd_type == "anyURI") return kUriPatterns;
  if (xsd_type == "dateTime") return {kDateTimeHour};
  if (xsd_type == "time") return {kTimeHour};
  return {};
}

int AlignDatatypesWithJing(xmlDocPtr schema) {
  return schema ? Rewrite(xmlDocGetRootElement(schema)) : 0;
}

}  // namespace teipress
