#include "correspondence.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "ascii_case.h"
#include "bracket_parser.h"
#include "date_recognizer.h"
#include "first_marker.h"
#include "leading_words.h"
#include "name_words.h"
#include "text_util.h"
#include "title_parties.h"

namespace teipress {
namespace {



// The first person or organization named in the inlines (a pseudonym counts as its person).
bool FirstName(std::span<const Inline> inlines, Correspondent& party) {
  for (const Inline& run : inlines) {
    if (run.type == Inline::Type::kName && run.name_kind != NameKind::kPlace) {
      party = {PrintedText(run.children), run.ref, run.name_kind};
      return true;
    }
    if (run.type == Inline::Type::kNote && run.note_kind == NoteKind::kPseudonym && !run.base_ref.empty()) {
      party = {PrintedText(run.base), run.base_ref, run.base_kind};
      return true;
    }
    if ((run.type == Inline::Type::kNote || run.type == Inline::Type::kDate) && FirstName(run.children, party)) {
      return true;
    }
  }
  return false;
}

bool FirstDate(const Inlines& inlines, DateValue& date) {
  for (const Inline& run : inlines) {
    if (run.type == Inline::Type::kDate) {
      date = run.date;
      return true;
    }
    if (run.type == Inline::Type::kNote && FirstDate(run.children, date)) return true;
  }
  return false;
}

// The words of a line as read, without the editor's brackets but with the names they explain:
// "To Comrade Pak Seong-cheol [Pak Song Chol]" reads "To Comrade Pak Seong-cheol".
std::string PlainText(const Inlines& inlines) {
  std::string out;
  for (const Inline& run : inlines) {
    if (run.type == Inline::Type::kText) out += run.text;
    if (run.type == Inline::Type::kLineBreak) out += ' ';
    if (run.type == Inline::Type::kNote) out += PlainText(run.base);
    if (run.type != Inline::Type::kText && run.type != Inline::Type::kNote && run.type != Inline::Type::kLineBreak) {
      out += PlainText(run.children);
    }
  }
  return out;
}

// A party named on an address line as printed, the authority not knowing it: a body by its words
// ("Political Department, Ministry for Foreign Affairs"), else a person, by office or by name ("The
// Foreign Minister", "Comrade Pak Seong-cheol").
Correspondent AddressedParty(std::string_view name) {
  const std::vector<std::string_view> words = SplitWords(name);
  const bool organization = std::any_of(words.begin(), words.end(), IsOrganizationWord);
  // "Foreign Minister Subandrio": the person after the office's words is the party.
  static const Authority kNoAuthority;
  if (!organization) {
    if (auto named = PartyNamed(name, kNoAuthority); named && named->kind == NameKind::kPerson &&
                                                    !NamesOfficeOnly(*named) && named->name.size() < name.size()) {
      return *named;
    }
  }
  if (organization && (StartsWith(name, "the ") || StartsWith(name, "The "))) name.remove_prefix(4);
  return {std::string(name), "", organization ? NameKind::kOrganization : NameKind::kPerson};
}

struct Letter {
  Correspondent sender, recipient, intermediary, signer;
  std::vector<Correspondent> more_signers;  // a joint document's further signatures, one a line
  // "To the Central Committee of the CPSU" / "To Comrade L. I. Brezhnev": each "To" line an addressee.
  std::vector<Correspondent> more_addressees;
  bool addressed_with_to = false;
  bool has_sender = false, has_recipient = false, has_intermediary = false;
  bool has_signer = false;  // a signature whose name the authority does not know
};

// "(A. PUZANOV)", "Signed: Ion Trandafir", "[signature] S. Dutt", "R A Z U V A E V": the name on a
// signature line, as printed, without the brackets' notes, parentheses and labels around it.
std::optional<Correspondent> SignerNamed(std::span<const Inline> content) {
  std::string text;
  for (const Inline& run : content) {
    if (run.type == Inline::Type::kText) text += run.text;
    if (run.type == Inline::Type::kLineBreak) text += ' ';
    if (run.type == Inline::Type::kNote) text += ' ' + PlainText(run.base) + ' ';
    if (run.type == Inline::Type::kFootnote) text += ' ';
  }
  std::string_view name = TrimCharacters(TrimWhitespace(text), " ()[].,;:\"");
  // (Tables of views, not lists of C strings: each of those was measured (strlen) on every call.)
  static constexpr std::array<std::string_view, 8> kLabels = {"Signed:", "signed:", "(signed)", "Signed",
                                                              "signed",  "/s/",     "/S/",      "s/"};
  for (std::string_view label : kLabels) {
    if (StartsWith(name, label)) name = TrimCharacters(TrimWhitespace(name.substr(label.size())), " ()[].,;:\"");
  }
  // ("Dr. Subandrio": the form of address is no part of the name.)
  static constexpr std::array<std::string_view, 3> kFormsOfAddress = {"Dr. ", "Mr. ", "Mrs. "};
  for (std::string_view title : kFormsOfAddress) {
    if (StartsWith(name, title)) name = TrimWhitespace(name.substr(title.size()));
  }
  // (Six words say there are too many: a long line is not split further.)
  const LeadingWords<6> words(name);
  if (words.empty() || words.size() > 5) return std::nullopt;
  // Each word a name's: capitalized, an initial, or a letter of a letter-spaced name; a particle
  // inside it ("H. van Boetzelaer"). A month or a date is never a name ("January", "14 January").
  static constexpr std::array<std::string_view, 9> kParticles = {"van", "von", "de", "der", "den", "da", "du", "bin", "ter"};
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view word = words[k];
    const bool particle = k > 0 && k + 1 < words.size() &&
                          std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
    if (!particle && !(IsUpper(word[0]) || static_cast<unsigned char>(word[0]) >= 0xC0)) return std::nullopt;
    if (IsOfficeWord(word) || IsOrganizationWord(word)) return std::nullopt;
    if (IsDateOrDatePart(TrimCharacters(word, ".,;:"))) return std::nullopt;
  }
  return Correspondent{std::string(name), "", NameKind::kPerson};
}

// "Ali Sastroamidjojo" / "Tjou En-lai": a signature block of two or more lines, each a person's
// name (as the authority knows it, else as printed), signs for as many persons; nothing when a line
// is an office, a place or a label ("I. Yakubovsky" / "Marshal of the Soviet Union" is one signer).
std::vector<Correspondent> SignersByLine(const Inlines& content) {
  std::vector<Correspondent> signers;
  // (The lines are views of the content: most signature lines are one line, and none is copied.)
  if (std::none_of(content.begin(), content.end(),
                   [](const Inline& run) { return run.type == Inline::Type::kLineBreak; })) {
    return signers;
  }
  std::vector<std::span<const Inline>> lines;
  size_t line_start = 0;
  for (size_t k = 0; k <= content.size(); ++k) {
    if (k == content.size() || content[k].type == Inline::Type::kLineBreak) {
      lines.emplace_back(content.data() + line_start, k - line_start);
      line_start = k + 1;
    }
  }
  for (const std::span<const Inline> line : lines) {
    Correspondent known;
    const bool named = FirstName(line, known) && known.kind == NameKind::kPerson;
    const auto printed = SignerNamed(line);
    // (Each line a whole name of two words or more: a rank or a surname alone may belong to the
    // line before.)
    if (!printed || CountWords(printed->name) < 2) return {};
    signers.push_back(named ? known : *printed);
  }
  return signers;
}

// The columns of the line where `block` starts, when it was printed in columns.
const std::vector<std::string>* ColumnsOf(const Block& block, const std::vector<ColumnLine>& lines) {
  const auto before = [](const ColumnLine& line, const Position& at) {
    return line.position.line < at.line || (line.position.line == at.line && line.position.column < at.column);
  };
  const auto found = std::lower_bound(lines.begin(), lines.end(), block.position, before);
  if (found == lines.end() || found->position.line != block.position.line ||
      found->position.column != block.position.column) {
    return nullptr;
  }
  return &found->columns;
}

// "Ali Sastroamidjojo<spaces>Tjou En-lai": a signature line printed in columns signs for the person
// each column names (a whole name; as the authority knows it, else as printed); "Marshal of the
// Soviet Union<tabs>I. Konev": a column holding a rank or an office is the role of the name beside
// it, no signer. Nothing when a column is neither (a place, a date, "For the Government of X").
std::vector<Correspondent> ColumnSigners(const Block& block, const std::vector<ColumnLine>& lines) {
  std::vector<Correspondent> signers;
  const std::vector<std::string>* columns = ColumnsOf(block, lines);
  if (!columns) return signers;
  for (const std::string& column : *columns) {
    const auto printed = SignerNamed(Inlines{Inline::Text(column, block.position)});
    if (printed && CountWords(printed->name) >= 2) {
      Correspondent signer = *printed;
      for (const Inline& run : block.content) {
        if (run.type == Inline::Type::kName && run.name_kind == NameKind::kPerson &&
            Contains(" " + column + " ", " " + PrintedText(run.children) + " ")) {
          signer.ref = run.ref;  // (the name as printed, "J. Kádár", the fuller)
          break;
        }
      }
      signers.push_back(signer);
      continue;
    }
    const std::vector<std::string_view> words = SplitWords(column);
    if (std::none_of(words.begin(), words.end(), [](std::string_view w) { return IsOfficeWord(w); })) return {};
  }
  return signers;
}

// The signers of the column lines from `first` on, while each line names one ("Chairman of the
// Council of Ministers<tab>A. Zasyadko" / "Administrator of Affairs<tab>S. Smirnyukov"); `end` is
// where they stop.
std::vector<Correspondent> ColumnSignersFrom(const std::vector<Node>& lines, size_t first,
                                             const std::vector<ColumnLine>& column_lines, size_t* end) {
  std::vector<Correspondent> signers;
  size_t k = first;
  for (; k < lines.size() && lines[k].type == Node::Type::kBlock; ++k) {
    const std::vector<Correspondent> here = ColumnSigners(lines[k].block, column_lines);
    if (here.empty()) break;
    signers.insert(signers.end(), here.begin(), here.end());
  }
  *end = k;
  return signers;
}

// "His Excellency the Minister of Foreign Affairs, Mr. J. M. A. H. Luns, The Hague", "Comrade P. F.
// Yudin, Ambassador of the USSR in the PRC": an address that names the addressee by office and by
// name, parted by commas, is addressed to the person (without his honorific); the office and the
// place are his. Nothing unless one part names an office and another a person.
std::optional<Correspondent> PersonAmongAddressParts(std::string_view address) {
  std::optional<Correspondent> person;
  bool office = false;
  size_t parts = 0;
  for (size_t start = 0; start <= address.size(); ++parts) {
    const size_t comma = std::min(address.find(", ", start), address.size());
    std::string_view part = TrimWhitespace(address.substr(start, comma - start));
    start = comma + 2;
    // ("His Excellency", "Comrade", "Mr.": how he is addressed, not his name nor an office.)
    bool titled = false;
    for (std::vector<std::string_view> words = SplitWords(part); !words.empty(); words = SplitWords(part)) {
      const std::string_view first = words.front();
      const bool honorific = first == "His" || first == "Her" || first == "Excellency" || first == "H.E." ||
                             first == "Comrade" || first == "Cde." || first == "Comr." || first == "Mr." ||
                             first == "Mrs." || first == "Dr." || first == "Herr" || first == "Monsieur";
      if (!honorific) break;
      titled = titled || (first != "His" && first != "Her");
      part = TrimWhitespace(part.substr(static_cast<size_t>(first.data() - part.data()) + first.size()));
    }
    const std::vector<std::string_view> words = SplitWords(part);
    if (words.empty()) continue;
    const auto named = SignerNamed(Inlines{Inline::Text(std::string(part), {})});
    // (Two capitalized words may be a place, "The Hague": a name without an honorific has no article.)
    if (!person && named && (titled || (words.size() >= 2 && words.front() != "The"))) {
      person = named;
    } else if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return IsOfficeWord(w); })) {
      office = true;
    }
  }
  if (parts < 2 || !office) return std::nullopt;
  return person;
}

// A line that is only a signature mark: "[signature]", "[paraph]", "[signed]".
bool IsSignatureMark(const Inlines& content) {
  int notes = 0;
  for (const Inline& run : content) {
    if (run.type == Inline::Type::kNote && run.note_kind == NoteKind::kSignature) {
      ++notes;
    } else if (!(run.type == Inline::Type::kText && TrimWhitespace(run.text).empty())) {
      return false;
    }
  }
  return notes == 1;
}

// Whether two names of a party are the same party: the same authority entry, or one name contains
// the other ("KIM IL SUNG" and "Kim Il Sung", "Cabell" and "C. P. Cabell").
// " name ", case-folded in place (one string, not a folded copy and two concatenations): the spaces
// make containment a match of whole words.
std::string PaddedFolded(std::string_view name) {
  std::string padded;
  padded.reserve(name.size() + 2);
  padded += ' ';
  padded += name;
  padded += ' ';
  FoldCaseInPlace(padded.data(), padded.size());
  return padded;
}

bool SameParty(const Correspondent& a, const Correspondent& b) {
  if (!a.ref.empty() && a.ref == b.ref) return true;
  const std::string x = PaddedFolded(a.name), y = PaddedFolded(b.name);
  return Contains(x, y) || Contains(y, x);
}

// The party the title names; as the body names it where the body names the same party at least as
// fully (the address and signature lines name parties as printed: "The Foreign Minister", "KIM IL
// SUNG"); the body's alone where the title names none.
std::optional<Correspondent> Choose(const std::optional<Correspondent>& from_title, bool body_has,
                                    const Correspondent& from_body) {
  if (from_title) {
    // Of two names of one party, the fuller ("Nikita Khrushchev", not "Khrushchev").
    if (body_has && SameParty(from_body, *from_title)) {
      return CountWords(from_body.name) >= CountWords(from_title->name) ? from_body : *from_title;
    }
    return from_title;
  }
  if (body_has) return from_body;
  return std::nullopt;
}

// An editor's note after a letter that says when it was dispatched: "[The telegram was sent to
// Beijing on August 29.]"
constexpr std::array<std::string_view, 2> kDispatchWords = {"sent", "transmitted"};

void ReadParts(const Node& node, const std::vector<ColumnLine>& column_lines, Letter& letter) {
  for (const Node& child : node.children) {
    if (child.type == Node::Type::kOpener) {
      for (const Node& line : child.children) {
        const Block& block = line.block;
        Correspondent party;
        if (!FirstName(line.block.content, party)) {
          // "From: Political Department, Ministry for Foreign Affairs": a sender the authority does
          // not know, named as printed.
          if (block.field == HeaderField::kFrom && !letter.has_sender) {
            const std::string plain = PlainText(block.content);
            const size_t colon = plain.find(':');
            const std::string name(TrimCharacters(
                TrimWhitespace(std::string_view(plain).substr(colon == std::string::npos ? 0 : colon + 1)), " ,."));
            // ("From: Pyongyang": a place the telegram came from, no party.)
            std::string unplaced = name;
            for (const Inline& run : block.content) {
              if (run.type != Inline::Type::kName || run.name_kind != NameKind::kPlace) continue;
              const std::string place = PrintedText(run.children);
              if (const size_t at = unplaced.find(place); at != std::string::npos) unplaced.erase(at, place.size());
            }
            if (!TrimCharacters(TrimWhitespace(unplaced), " ,.;:").empty() && CountWords(name) <= 12) {
              letter.sender = AddressedParty(name);
              letter.has_sender = true;
            }
            continue;
          }
          // "To Comrade Pak Seong-cheol [Pak Song Chol]": an address line naming its addressee
          // without a colon; the honorific is no part of the name.
          if (block.kind == BlockKind::kAddressLine && block.field != HeaderField::kTo && !letter.has_recipient) {
            const std::string plain = PlainText(block.content);
            std::string_view rest = TrimWhitespace(plain);
            if (!StartsWith(rest, "To ")) continue;
            rest = TrimWhitespace(rest.substr(3));
            if (auto person = PersonAmongAddressParts(rest)) {
              letter.recipient = *person;
              letter.has_recipient = true;
              continue;
            }
            static constexpr std::array<std::string_view, 3> kHonorifics = {"Comrade ", "Cde. ", "Comr. "};
            for (std::string_view honorific : kHonorifics) {
              if (StartsWith(rest, honorific)) rest = TrimWhitespace(rest.substr(honorific.size()));
            }
            rest = TrimCharacters(rest, " ,.!");
            const std::vector<std::string_view> words = SplitWords(rest);
            // ("To the Central Committee": a body after "the".)
            const std::string_view head = StartsWith(rest, "the ") ? rest.substr(4) : rest;
            if (!words.empty() && words.size() <= 12 && !head.empty() &&
                (IsUpper(head[0]) || static_cast<unsigned char>(head[0]) >= 0xC0)) {
              letter.recipient = AddressedParty(rest);
              letter.has_recipient = true;
            }
            continue;
          }
          // "To: The Foreign Minister": an addressee the authority does not know is still named,
          // without a reference.
          const bool to_field = block.field == HeaderField::kTo && block.kind == BlockKind::kAddressLine;
          if (!to_field || letter.has_recipient) continue;
          const std::string printed = PrintedText(block.content);
          const std::string name(TrimCharacters(TrimWhitespace(std::string_view(printed).substr(3)), " ,."));
          if (name.empty() || name.find('[') != std::string::npos) continue;
          // "To: the regional and district committees of the CPS": a body by its words.
          // A person by office keeps the address as printed ("The Foreign Minister").
          std::string_view addressee = name;
          const std::vector<std::string_view> words = SplitWords(addressee);
          const bool organization = std::any_of(words.begin(), words.end(), IsOrganizationWord);
          if (organization && (StartsWith(addressee, "the ") || StartsWith(addressee, "The "))) addressee.remove_prefix(4);
          letter.recipient = {std::string(addressee), "", organization ? NameKind::kOrganization : NameKind::kPerson};
          letter.has_recipient = true;
          continue;
        }
        if (block.field == HeaderField::kFrom) {
          if (!letter.has_sender) {
            letter.sender = party;
            letter.has_sender = true;
          }
        } else if (block.field == HeaderField::kForTransmissionTo || block.kind == BlockKind::kSalute) {
          if (!letter.has_recipient) {
            letter.recipient = party;
            letter.has_recipient = true;
          }
        } else if (block.kind == BlockKind::kAddressLine || block.field == HeaderField::kToWhom ||
                   block.field == HeaderField::kAddressee) {
          const bool to_line = StartsWith(TrimWhitespace(PlainText(block.content)), "To ");
          if (!letter.has_intermediary) {
            letter.intermediary = party;
            letter.has_intermediary = true;
            letter.addressed_with_to = to_line;
          } else if (to_line && letter.addressed_with_to && !SameParty(party, letter.intermediary)) {
            letter.more_addressees.push_back(party);
          }
        }
      }
    }
    if (child.type == Node::Type::kCloser) {
      // Two signers: one signature line holding two names, or consecutive signature lines that
      // are each a whole name.
      for (size_t k = 0; k < child.children.size() && !letter.has_sender; ++k) {
        if (child.children[k].block.kind != BlockKind::kSigned) continue;
        size_t columns_end = k;
        std::vector<Correspondent> signers = ColumnSignersFrom(child.children, k, column_lines, &columns_end);
        if (signers.size() == 1 && !letter.has_signer) {
          letter.signer = signers.front();  // (the other column his rank)
          letter.has_signer = true;
        }
        if (signers.empty()) signers = SignersByLine(child.children[k].block.content);
        const bool one_line = !signers.empty();
        for (size_t next = k; !one_line && next < child.children.size() &&
                              child.children[next].block.kind == BlockKind::kSigned;
             ++next) {
          const Inlines& content = child.children[next].block.content;
          Correspondent known;
          const auto printed = SignerNamed(content);
          if (!printed || CountWords(printed->name) < 2) break;
          const bool named = FirstName(content, known) && known.kind == NameKind::kPerson;
          signers.push_back(named ? known : *printed);
        }
        if (signers.size() < 2) continue;
        letter.sender = signers.front();
        letter.has_sender = true;
        letter.more_signers.assign(signers.begin() + 1, signers.end());
      }
      for (const Node& line : child.children) {
        Correspondent party;
        if (!letter.has_sender && !letter.has_signer && FirstName(line.block.content, party) &&
            (line.block.kind == BlockKind::kSigned || line.block.kind == BlockKind::kParagraph)) {
          letter.sender = party;
          letter.has_sender = true;
        }
      }
      // A signer the authority does not know: the name on a signature line.
      for (const Node& line : child.children) {
        if (letter.has_sender || letter.has_signer || line.block.kind != BlockKind::kSigned) continue;
        if (auto signer = SignerNamed(line.block.content)) {
          letter.signer = *signer;
          letter.has_signer = true;
        }
      }
    }
  }
  // A signature block the reader did not take for a closer, among the last lines: a name after a
  // closing formula ("Respectfully," / "/s/ Ji Pengfei" / an office line), after a signature mark
  // on a line of its own ("[signature]" / "Adenauer"), or with a signing label of its own.
  if (!letter.has_sender && !letter.has_signer) {
    constexpr size_t kSignatureBlockWithin = 6;
    const size_t count = node.children.size();
    for (size_t k = count > kSignatureBlockWithin ? count - kSignatureBlockWithin : 0; k < count; ++k) {
      const Node& line = node.children[k];
      if (line.type != Node::Type::kBlock) continue;
      const std::string plain_text = PlainText(line.block.content);
      const std::string_view plain = TrimWhitespace(plain_text);
      bool signed_here = false;
      static constexpr std::array<std::string_view, 6> kSigningLabels = {"/s/", "/S/", "s/", "(signed)", "Signed:",
                                                                         "signed:"};
      for (std::string_view label : kSigningLabels) {
        signed_here = signed_here || StartsWith(plain, label);
      }
      bool after_closing = false;
      if (k > 0 && node.children[k - 1].type == Node::Type::kBlock) {
        const Block& previous = node.children[k - 1].block;
        const std::string printed_before = PrintedText(previous.content);
        const std::string_view before = TrimWhitespace(printed_before);
        // (Six words at most, counted only that far: the line before may be a long paragraph.)
        const bool closing_formula = EndsWith(before, ",") && LeadingWords<7>(before).size() <= 6 &&
                                     previous.kind != BlockKind::kSalute && !StartsWith(before, "Dear ");
        after_closing = closing_formula || previous.kind == BlockKind::kClosingSalute || IsSignatureMark(previous.content);
      }
      size_t columns_end = k;
      std::vector<Correspondent> signers = ColumnSignersFrom(node.children, k, column_lines, &columns_end);
      if (signers.size() == 1 && (signed_here || after_closing || columns_end == count)) {
        letter.signer = signers.front();
        letter.has_signer = true;
        break;
      }
      if (signers.size() < 2) signers = SignersByLine(line.block.content);
      if (signers.size() >= 2) {
        letter.signer = signers.front();
        letter.has_signer = true;
        letter.more_signers.assign(signers.begin() + 1, signers.end());
        break;
      }
      if (!signed_here && !after_closing) continue;
      if (auto signer = SignerNamed(line.block.content)) {
        letter.signer = *signer;
        letter.has_signer = true;
        break;
      }
    }
  }
  // "To: Ministry of Foreign Affairs, Department V" and "From: ..." among the first lines of the body
  // but after a line the reader did not take for a header ("CIPHERED CABLE No. 6117"): still the
  // address lines.
  constexpr size_t kAddressLinesWithin = 4;
  size_t seen = 0;
  for (const Node& child : node.children) {
    if (seen++ >= kAddressLinesWithin || (letter.has_sender && letter.has_recipient)) break;
    if (child.type != Node::Type::kBlock) continue;
    const std::string printed = PrintedText(child.block.content);
    // (The address comes before the text: a sentence ends the search, and what follows it in a short
    // document is the text or its signatures, "For the Government of Finland<tab>For the ...".)
    if (child.block.kind == BlockKind::kParagraph && EndsWith(printed, ".") && LeadingWords<6>(printed).size() == 6) {
      break;  // (six words or more, counted only that far)
    }
    if (ColumnsOf(child.block, column_lines)) continue;
    // "For the Chief of the General Staff of the Hungarian People's Army", "To the Presidium of the
    // CC": an address line without a colon, when it names an office or a body and is no sentence.
    if (!letter.has_recipient && (StartsWith(printed, "For the ") || StartsWith(printed, "To the "))) {
      const std::string_view rest = TrimCharacters(std::string_view(printed).substr(printed.find(' ') + 1), " ,:");
      const std::vector<std::string_view> words = SplitWords(rest);
      const bool names_office = std::any_of(words.begin(), words.end(), [](std::string_view w) {
        return IsOfficeWord(w) || IsOrganizationWord(w);
      });
      if (names_office && words.size() <= 14 && !EndsWith(rest, ".") && rest.find('[') == std::string_view::npos) {
        static const Authority kNoAuthority;  // named as printed; the lines above resolve known names
        if (auto party = PartyNamed(rest, kNoAuthority)) {
          letter.recipient = *party;
          letter.has_recipient = true;
          continue;
        }
      }
    }
    const std::string lower = AsciiLower(printed.substr(0, 5));
    const bool to = StartsWith(lower, "to: "), from = StartsWith(lower, "from:");
    if ((!to || letter.has_recipient) && (!from || letter.has_sender)) continue;
    const std::string name(TrimCharacters(TrimWhitespace(std::string_view(printed).substr(to ? 3 : 5)), " ,."));
    if (name.empty() || name.find('[') != std::string::npos || CountWords(name) > 12) continue;
    std::string_view party = name;
    const std::vector<std::string_view> words = SplitWords(party);
    const bool organization = std::any_of(words.begin(), words.end(), IsOrganizationWord);
    if (StartsWith(party, "the ") || StartsWith(party, "The ")) party.remove_prefix(4);
    Correspondent found{std::string(party), "", organization ? NameKind::kOrganization : NameKind::kPerson};
    if (to) {
      letter.recipient = found;
      letter.has_recipient = true;
    } else {
      letter.sender = found;
      letter.has_sender = true;
    }
  }
  // An addressee without a "for transmission" line is the recipient, not an intermediary.
  if (letter.has_intermediary && !letter.has_recipient) {
    letter.recipient = letter.intermediary;
    letter.has_recipient = true;
    letter.has_intermediary = false;
  } else {
    letter.more_addressees.clear();  // (the "To" lines name who transmits, not further addressees)
  }
}

// The first embedded letter or telegram in `node`, searching its divisions breadth first.
const Node* FindLetterIn(const Node& node, const Node** parent, size_t* index) {
  for (size_t i = 0; i < node.children.size(); ++i) {
    if (node.children[i].type == Node::Type::kFloatingText) {
      *parent = &node;
      *index = i;
      return &node.children[i];
    }
  }
  for (const Node& child : node.children) {
    if (child.type != Node::Type::kDivision) continue;
    if (const Node* found = FindLetterIn(child, parent, index)) return found;
  }
  return nullptr;
}

// The embedded letter or telegram if there is one (null: the document's own division is it).
const Node* FindLetter(const std::vector<Node>& nodes, const Node** parent, size_t* index) {
  for (const Node& node : nodes) {
    if (const Node* found = FindLetterIn(node, parent, index)) return found;
  }
  return nullptr;
}


// What stands between the two parties of a title ("Filippov [Stalin] to Mao Zedong").
constexpr std::array<std::string_view, 4> kTitlePartyJoiners = {"to", "to Comrade", "to Cde.", "to the"};

// "Handwritten Note from Pak Heon-yeong to Kim Il Sung", "Filippov [Stalin] to Mao Zedong": a title
// naming two known parties joined by "to".
void ReadTitle(std::string_view title, const Authority& authority, Letter& letter) {
  // The identification in "Filippov [Stalin] to Mao Zedong" is not a party: blank it out
  // (same length, so the offsets still index the title).
  std::string searched(title);
  int depth = 0;
  for (char& c : searched) {
    if (c == '[') ++depth;
    const bool inside = depth > 0;
    if (c == ']' && depth > 0) --depth;
    if (inside) c = ' ';
  }
  const std::vector<NameMatch> names = authority.FindNames(searched);
  for (size_t k = 0; k + 1 < names.size(); ++k) {
    const std::string between =
        CollapseWhitespace(std::string_view(searched).substr(names[k].end, names[k + 1].begin - names[k].end));
    const bool joined = std::find(kTitlePartyJoiners.begin(), kTitlePartyJoiners.end(), between) != kTitlePartyJoiners.end();
    if (!joined || names[k].entry->kind == NameKind::kPlace || names[k + 1].entry->kind == NameKind::kPlace) continue;
    if (!letter.has_sender) {
      letter.sender = {std::string(title.substr(names[k].begin, names[k].end - names[k].begin)), names[k].entry->id,
                       names[k].entry->kind};
      letter.has_sender = true;
    }
    if (!letter.has_recipient) {
      const NameMatch& to = names[k + 1];
      letter.recipient = {std::string(title.substr(to.begin, to.end - to.begin)), to.entry->id, to.entry->kind};
      letter.has_recipient = true;
    }
    return;
  }
}

// "Razuvaev to Cde. Gromyko, transmitting Letter from Kim Il Sung to I.V. Stalin": the title's
// part about the cover, and the part about the letter it transmits (the whole title when the
// title names no cover). Views of the title.
struct TitleParts {
  std::string_view cover, letter;
};

constexpr std::array<std::string_view, 4> kTransmittalVerbs = {", transmitting ", " transmitting ", ", forwarding ",
                                                               " forwarding "};

TitleParts SplitAtTransmittal(std::string_view title) {
  // (Most titles name no cover: one pass over the title says so, where a search per verb stopped
  // at every space.)
  static const FirstMarkerFinder any_verb(kTransmittalVerbs);
  size_t length = 0;
  // (Each verb ends in "ing ": a title without those bytes, most titles, is not searched for each.)
  static_assert(std::all_of(kTransmittalVerbs.begin(), kTransmittalVerbs.end(),
                            [](std::string_view verb) { return verb.ends_with("ing "); }));
  if (title.find("ing ") == std::string_view::npos || any_verb.Find(title, 0, &length) == std::string_view::npos) {
    return {"", title};
  }
  // The first verb of the list the title holds, wherever it is.
  for (std::string_view verb : kTransmittalVerbs) {
    const size_t at = title.find(verb);
    if (at != std::string::npos) return {title.substr(0, at), title.substr(at + verb.size())};
  }
  return {"", title};
}

}  // namespace

std::vector<CorrespondenceAction> FindCoverCorrespondence(const Document& document, const Authority& authority) {
  std::vector<CorrespondenceAction> actions;
  const TitleParts parts = SplitAtTransmittal(document.envelope.title);
  if (parts.cover.empty()) return actions;
  const TitleCorrespondence title = ReadTitleParties(document.envelope.title, authority);
  Letter cover;
  ReadTitle(parts.cover, authority, cover);
  const auto sender = Choose(title.cover.sender, cover.has_sender, cover.sender);
  const auto recipient = Choose(title.cover.recipient, cover.has_recipient, cover.recipient);
  if (sender) actions.push_back({CorrespondenceAction::Type::kSent, {*sender}, {}, "", ""});
  if (recipient) actions.push_back({CorrespondenceAction::Type::kReceived, {*recipient}, {}, "", ""});
  return actions;
}

std::vector<CorrespondenceAction> FindCorrespondence(const Document& document, const Authority& authority) {
  std::vector<CorrespondenceAction> actions;
  if (document.body.empty()) return actions;
  // A record of a conversation or a meeting was sent by nobody to nobody: its signatures are the
  // recorders'.
  const TitleCorrespondence title = ReadTitleParties(document.envelope.title, authority);
  if (title.is_record) return actions;
  const Node* parent = nullptr;
  size_t index = 0;
  const Node* letter_node = FindLetter(document.body, &parent, &index);
  Letter letter;
  ReadParts(letter_node ? *letter_node : document.body.front(), document.column_lines, letter);
  // Names the title gives as "A to B" without "from" ("Filippov [Stalin] to Mao Zedong").
  std::optional<Correspondent> title_sender = title.letter.sender, title_recipient = title.letter.recipient;
  // (Asked only when the title's reading left a party out: the authority's search of the title is
  // the costly part.)
  Letter titled;
  if (!title_sender || !title_recipient) {
    ReadTitle(SplitAtTransmittal(document.envelope.title).letter, authority, titled);
  }
  if (!title_sender && titled.has_sender) title_sender = titled.sender;
  if (!title_recipient && titled.has_recipient) title_recipient = titled.recipient;
  // A title that names the sender only by office ("Telegram from the Danish Chargé d'Affaires in
  // Hanoi"): the person who signed is the sender, the office his role; a name alone on the body's
  // last line signs it ("Wandel").
  // (Asked twice below, of the same party: read once.)
  const bool sender_by_office_only = title_sender && NamesOfficeOnly(*title_sender);
  if (sender_by_office_only && !letter.has_sender && !letter.has_signer) {
    const Node& body = letter_node ? *letter_node : document.body.front();
    const Node* last = body.children.empty() ? nullptr : &body.children.back();
    if (last && last->type == Node::Type::kBlock) {
      const Inlines& content = last->block.content;
      const bool names_place = std::any_of(content.begin(), content.end(), [](const Inline& run) {
        return run.type == Inline::Type::kName && run.name_kind == NameKind::kPlace;
      });
      const auto signer = SignerNamed(content);
      if (signer && !names_place && CountWords(signer->name) <= 3) {
        letter.signer = *signer;
        letter.has_signer = true;
      }
    }
  }
  if (sender_by_office_only &&
      ((letter.has_sender && letter.sender.kind == NameKind::kPerson) || letter.has_signer)) {
    title_sender.reset();
    // ("FROM: Ambassador Óscar Oramas, Luanda": the holder's name, without office and place.)
    if (letter.has_sender && letter.sender.ref.empty()) {
      const auto named = PartyNamed(letter.sender.name, authority);
      if (named && named->kind == NameKind::kPerson && !NamesOfficeOnly(*named)) letter.sender = *named;
    }
  }
  // Likewise a recipient named only by office ("to the Foreign Minister") and by name in the address
  // lines ("To Foreign Minister Bruno Kreisky"): the person.
  if (title_recipient && NamesOfficeOnly(*title_recipient) && letter.has_recipient &&
      letter.recipient.kind == NameKind::kPerson && !NamesOfficeOnly(letter.recipient)) {
    title_recipient.reset();
  }
  // A signature the authority does not know names the sender where nothing better does.
  if (!letter.has_sender && letter.has_signer && !title_sender) {
    letter.sender = letter.signer;
    letter.has_sender = true;
  }
  auto sender = Choose(title_sender, letter.has_sender, letter.sender);
  auto recipient = Choose(title_recipient, letter.has_recipient, letter.recipient);
  if (!sender && !recipient) return actions;

  DateValue sent_on;
  if (parent) {
    // An editor's note after the letter: "[The telegram was sent to Beijing on August 29.]"
    for (size_t k = index + 1; k < parent->children.size(); ++k) {
      const Node& next = parent->children[k];
      if (next.type != Node::Type::kBlock) continue;
      const std::string text = PrintedText(next.block.content);
      if (std::any_of(kDispatchWords.begin(), kDispatchWords.end(), [&](std::string_view word) {
            return FindIgnoringAsciiCase(text, word) != std::string_view::npos;
          })) {
        FirstDate(next.block.content, sent_on);
      }
    }
  }
  // A joint document's further parties, as the title names them.
  // (Each list built in place and moved into its action: the chosen party is not copied again.)
  if (sender) {
    std::vector<Correspondent> senders;
    senders.push_back(std::move(*sender));
    if (title.letter.sender) senders.insert(senders.end(), title.letter.more_senders.begin(), title.letter.more_senders.end());
    // Further signers of a joint document the title does not name one by one.
    if (senders.size() == 1 && letter.has_sender && SameParty(senders.front(), letter.sender)) {
      senders.insert(senders.end(), letter.more_signers.begin(), letter.more_signers.end());
    }
    actions.push_back({CorrespondenceAction::Type::kSent, std::move(senders), sent_on, "", ""});
  }
  if (recipient) {
    std::vector<Correspondent> recipients;
    recipients.push_back(std::move(*recipient));
    if (title.letter.recipient) {
      recipients.insert(recipients.end(), title.letter.more_recipients.begin(), title.letter.more_recipients.end());
    }
    if (recipients.size() == 1 && letter.has_recipient && SameParty(recipients.front(), letter.recipient)) {
      recipients.insert(recipients.end(), letter.more_addressees.begin(), letter.more_addressees.end());
    }
    actions.push_back({CorrespondenceAction::Type::kReceived, std::move(recipients), {}, "", ""});
  }
  if (letter.has_intermediary) {
    std::vector<Correspondent> intermediary;
    intermediary.push_back(std::move(letter.intermediary));
    actions.push_back({CorrespondenceAction::Type::kTransmitted, std::move(intermediary), {}, "", ""});
  }
  return actions;
}

}  // namespace teipress
