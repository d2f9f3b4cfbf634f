#include "name_register.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace teipress {

namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";
constexpr const char* kCatalogNamespace = "urn:teipress:catalog";
constexpr const char* kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

bool IsTei(xmlNodePtr node) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTeiNamespace));
}

bool Named(xmlNodePtr node, const char* name) { return xmlStrEqual(node->name, AsXmlChars(name)); }

// The kind of a name element (persName, placeName, orgName), or nothing.
std::optional<RegisterKind> MentionKind(xmlNodePtr node) {
  if (!IsTei(node)) return std::nullopt;
  if (Named(node, "persName")) return RegisterKind::kPersons;
  if (Named(node, "placeName")) return RegisterKind::kPlaces;
  if (Named(node, "orgName")) return RegisterKind::kOrgs;
  return std::nullopt;
}

// The kind of a register entry (person, personGrp, place, org), or nothing.
std::optional<RegisterKind> EntryKind(xmlNodePtr node) {
  if (!IsTei(node)) return std::nullopt;
  if (Named(node, "person") || Named(node, "personGrp")) return RegisterKind::kPersons;
  if (Named(node, "place")) return RegisterKind::kPlaces;
  if (Named(node, "org")) return RegisterKind::kOrgs;
  return std::nullopt;
}

std::string Attribute(xmlNodePtr node, const char* name, const char* ns = nullptr) {
  XmlCharsPtr value(ns ? xmlGetNsProp(node, AsXmlChars(name), AsXmlChars(ns)) : xmlGetNoNsProp(node, AsXmlChars(name)));
  return value ? AsChars(value.get()) : "";
}

std::string NormalizedText(xmlNodePtr node) {
  XmlCharsPtr content(xmlNodeGetContent(node));
  std::string text;
  bool space = false;
  for (const char* c = content ? AsChars(content.get()) : ""; *c; ++c) {
    const bool blank = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r';
    if (blank) {
      space = !text.empty();
      continue;
    }
    if (space) text += ' ';
    space = false;
    text += *c;
  }
  return text;
}

bool IsUrl(const std::string& token) { return token.rfind("http://", 0) == 0 || token.rfind("https://", 0) == 0; }

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  size_t start = 0;
  while (start < text.size()) {
    const size_t begin = text.find_first_not_of(" \t\r\n", start);
    if (begin == std::string::npos) break;
    const size_t end = text.find_first_of(" \t\r\n", begin);
    tokens.push_back(text.substr(begin, end == std::string::npos ? std::string::npos : end - begin));
    start = end == std::string::npos ? text.size() : end;
  }
  return tokens;
}

// The next element after `node` in document order, within `root`; `descend` false skips
// `node`'s children.
xmlNodePtr NextElement(xmlNodePtr node, xmlNodePtr root, bool descend) {
  if (descend) {
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) return child;
    }
  }
  for (xmlNodePtr current = node; current && current != root; current = current->parent) {
    for (xmlNodePtr sibling = current->next; sibling; sibling = sibling->next) {
      if (sibling->type == XML_ELEMENT_NODE) return sibling;
    }
  }
  return nullptr;
}

bool InsideNameOfKind(xmlNodePtr node, RegisterKind kind) {
  for (xmlNodePtr parent = node->parent; parent && parent->type == XML_ELEMENT_NODE; parent = parent->parent) {
    if (MentionKind(parent) == kind) return true;
  }
  return false;
}

bool IsFileDescription(xmlNodePtr node) {
  if (!IsTei(node) || !node->parent || !IsTei(node->parent) || !Named(node->parent, "teiHeader")) return false;
  return Named(node, "fileDesc") || Named(node, "encodingDesc") || Named(node, "revisionDesc");
}

struct LocalEntry {
  RegisterKind kind;
  std::string label;
  std::string url;
};

// A register entry's main name and its first URL identifier.
LocalEntry DescribeEntry(xmlNodePtr entry, RegisterKind kind) {
  LocalEntry described{kind, "", ""};
  for (xmlNodePtr child = entry->children; child; child = child->next) {
    if (!IsTei(child)) continue;
    if (described.label.empty() && (MentionKind(child) || Named(child, "name"))) described.label = NormalizedText(child);
    if (described.url.empty() && Named(child, "idno")) {
      const std::string text = NormalizedText(child);
      if (IsUrl(text) && text.find(' ') == std::string::npos) described.url = text;
    }
  }
  if (described.url.empty()) {
    for (const std::string& token : Tokens(Attribute(entry, "sameAs") + " " + Attribute(entry, "ref"))) {
      if (IsUrl(token)) {
        described.url = token;
        break;
      }
    }
  }
  return described;
}

}  // namespace

std::vector<NamedEntity> CollectNamedEntities(xmlDocPtr document, const Authority& authority) {
  std::vector<NamedEntity> entities;
  const xmlNodePtr root = document ? xmlDocGetRootElement(document) : nullptr;
  if (!root) return entities;
  // The document's own register entries, by xml:id, in document order.
  std::unordered_map<std::string, LocalEntry> local;
  std::vector<std::string> local_order;
  for (xmlNodePtr node = root; node; node = NextElement(node, root, true)) {
    const auto kind = EntryKind(node);
    if (!kind) continue;
    const std::string id = Attribute(node, "id", kXmlNamespace);
    if (id.empty() || local.count(id)) continue;
    local.emplace(id, DescribeEntry(node, *kind));
    local_order.push_back(id);
  }
  std::unordered_set<std::string> seen;
  auto add = [&](NamedEntity entity) {
    if (entity.label.empty()) entity.label = entity.key;
    const std::string unique = std::to_string(static_cast<int>(entity.kind)) + '|' + entity.key;
    if (entity.key.empty() || !seen.insert(unique).second) return;
    entities.push_back(std::move(entity));
  };
  for (xmlNodePtr node = root; node;) {
    // A register entry's names (and its birthplace's) describe it; they are not mentions. The
    // file's own description (fileDesc: its editors, publisher and printed sources; encodingDesc;
    // revisionDesc) names the people who made the edition, not those of the document.
    if (EntryKind(node) || IsFileDescription(node)) {
      node = NextElement(node, root, false);
      continue;
    }
    const auto kind = MentionKind(node);
    if (!kind || InsideNameOfKind(node, *kind)) {
      node = NextElement(node, root, true);
      continue;
    }
    const std::string text = NormalizedText(node);
    const std::vector<std::string> refs = Tokens(Attribute(node, "ref") + " " + Attribute(node, "key"));
    for (const std::string& ref : refs) {
      if (ref[0] == '#') {
        const std::string id = ref.substr(1);
        if (id.empty() || authority.ById(id)) continue;  // the authority pages list it
        const auto found = local.find(id);
        if (found != local.end()) {
          add({found->second.kind, ref, found->second.label.empty() ? text : found->second.label, found->second.url});
        } else {
          add({*kind, ref, text, ""});
        }
      } else if (IsUrl(ref)) {
        add({*kind, ref, text, ref});
      } else {
        add({*kind, ref, text, ""});
      }
    }
    if (refs.empty() && !text.empty()) add({*kind, "name:" + text, text, ""});
    // Names inside the name are other entities (a Roman tribe's orgName inside a persName),
    // unless they are of its own kind (a persName in a persName is part of the same name).
    node = NextElement(node, root, true);
  }
  for (const std::string& id : local_order) {
    const LocalEntry& entry = local.at(id);
    add({entry.kind, "#" + id, entry.label, entry.url});
  }
  return entities;
}

void NameRegister::Add(const std::string& stem, const std::vector<NamedEntity>& entities) {
  for (const NamedEntity& entity : entities) {
    Name& name = names_[{entity.kind, entity.key}];
    if (name.label.empty()) name.label = entity.label;
    if (name.url.empty()) name.url = entity.url;
    name.stems.insert(stem);
  }
}

void NameRegister::AppendTo(xmlNodePtr catalog_root) const {
  xmlNsPtr ns = xmlSearchNsByHref(catalog_root->doc, catalog_root, AsXmlChars(kCatalogNamespace));
  const std::pair<RegisterKind, const char*> kinds[] = {
      {RegisterKind::kPersons, "persons"}, {RegisterKind::kPlaces, "places"}, {RegisterKind::kOrgs, "orgs"}};
  for (const auto& [kind, kind_name] : kinds) {
    std::vector<std::pair<std::string, const std::pair<const std::pair<RegisterKind, std::string>, Name>*>> sorted;
    for (const auto& item : names_) {
      if (item.first.first == kind) sorted.push_back({item.second.label, &item});
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : a.second->first.second < b.second->first.second;
    });
    xmlNodePtr section = xmlNewChild(catalog_root, ns, AsXmlChars("register"), nullptr);
    xmlNewProp(section, AsXmlChars("kind"), AsXmlChars(kind_name));
    for (const auto& [label, item] : sorted) {
      xmlNodePtr name = xmlNewChild(section, ns, AsXmlChars("name"), nullptr);
      xmlNewProp(name, AsXmlChars("key"), AsXmlChars(item->first.second.c_str()));
      xmlNewProp(name, AsXmlChars("label"), AsXmlChars(label.c_str()));
      if (!item->second.url.empty()) xmlNewProp(name, AsXmlChars("url"), AsXmlChars(item->second.url.c_str()));
      for (const std::string& stem : item->second.stems) {
        xmlNodePtr in = xmlNewChild(name, ns, AsXmlChars("in"), nullptr);
        xmlNewProp(in, AsXmlChars("stem"), AsXmlChars(stem.c_str()));
      }
    }
  }
}

}  // namespace teipress
