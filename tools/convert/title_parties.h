// Who a document's title says sent it to whom: "Telegram from the Hungarian Embassy in Hanoi to
// the Foreign Ministry", "Report by A for B on ...", "Cable from Cuban Ambassador to the USSR Carlos
// Olivares to Foreign Minister Raúl Roa", "Note from A to B, transmitting Letter from C to D".
// Parties the authority does not know are named all the same: an organization (orgName) when the
// phrase is headed by an organization's word, else a person (persName), by name after the titles of
// an office, or by the office itself ("the Soviet Minister of Defence").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "authority.h"
#include "document_model.h"

namespace teipress {

struct TitleParties {
  std::optional<Correspondent> sender, recipient;
  // A joint document's further parties: "Letter from A and B to C", "Joint Message of the Polish and
  // Czechoslovak Governments to ...".
  std::vector<Correspondent> more_senders, more_recipients;
};

struct TitleCorrespondence {
  TitleParties letter;  // the document itself, or the letter a cover transmits
  TitleParties cover;   // "A to B, transmitting ...": A and B
  // A record of speech or a meeting ("Record of Conversation between A and B", "Minutes of ...",
  // "Transcript ..."): nobody sent it to anybody.
  bool is_record = false;
};

TitleCorrespondence ReadTitleParties(std::string_view title, const Authority& authority);

// One party named by a phrase ("the Hungarian Embassy in Hanoi", "Foreign Minister Raúl Roa",
// "Shmuel Eliashiv, Israeli Minister in Moscow"); nothing when the phrase names none. Exposed for
// the body's address and signature lines and for tests.
std::optional<Correspondent> PartyNamed(std::string_view phrase, const Authority& authority);

// Whether a person is named only by an office ("Danish Chargé d'Affaires in Hanoi", "the Ambassador
// of the GDR in Peking"): the document's signature, where it names someone, names the holder.
bool NamesOfficeOnly(const Correspondent& party);

}  // namespace teipress
