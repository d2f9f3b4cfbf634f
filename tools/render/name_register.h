// The person, place and organization indexes of an edition that has no authority files for some
// or all of its names: built from the documents themselves. Each persName, placeName and orgName
// of the text, standOff and profileDesc (correspondents, creation, participants) is one mention;
// the fileDesc names the edition's own makers and is left out. A mention is filed under what
// identifies it:
//   - an @ref token naming an authority entry ("#stalin"): left to the authority pages;
//   - "#id" naming an entry of the document's own listPerson/listPlace/listOrg (header or
//     standOff): that entry, by its id, named by its main name, linked to its first URL idno;
//   - a URL (GND, VIAF, GeoNames, Wikidata …): that URL, shown as a link;
//   - any other token ("pmb2121"): the token;
//   - no @ref: the name's normalized text.
// Entries of the documents' lists that are never mentioned are listed too.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "authority.h"
#include "xml_ptr.h"

namespace teipress {

enum class RegisterKind { kPersons, kPlaces, kOrgs };

struct NamedEntity {
  RegisterKind kind = RegisterKind::kPersons;
  std::string key;    // what identifies it across documents
  std::string label;  // the name as shown
  std::string url;    // an external identifier to link to, or ""
};

// The named entities of one TEI document (each once), in document order.
std::vector<NamedEntity> CollectNamedEntities(xmlDocPtr document, const Authority& authority);

class NameRegister {
 public:
  // Files the entities of the document that is the catalog entry `stem`.
  void Add(const std::string& stem, const std::vector<NamedEntity>& entities);

  size_t size() const { return names_.size(); }

  // Appends <register kind="persons|places|orgs"><name key label url><in stem/>…</name>…</register>
  // in the catalog's namespace to `catalog_root`, names sorted by label.
  void AppendTo(xmlNodePtr catalog_root) const;

 private:
  struct Name {
    std::string label;
    std::string url;
    std::set<std::string> stems;
  };
  std::map<std::pair<RegisterKind, std::string>, Name> names_;
};

}  // namespace teipress
