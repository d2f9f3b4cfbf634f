// The converter's document model (pandoc-style): readers fill it from the plain-text export,
// the TEI writer turns it into TEI. It knows nothing of either syntax.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "boxed.h"
#include "name_kind.h"

namespace teipress {

struct Position {
  int line = 0;    // 1-based line of the source file
  int column = 0;  // 1-based column, in characters
};

// A calendar date as far as the source states it: `when` for a day, month or year
// ("1951-08-28", "1966-03", "1948"), or a range for approximate dates.
struct DateValue {
  std::string when;
  std::string not_before;
  std::string not_after;
  bool empty() const { return when.empty() && not_before.empty() && not_after.empty(); }
  bool operator==(const DateValue&) const = default;
};

// What a square-bracket note says, decided by its content and its position.
enum class NoteKind {
  kPseudonym,         // FILIPPOV [Stalin]
  kIdentification,    // Otpor [Zabaikalsk], V. M." [Molotov]
  kAltRomanization,   // Pak Ung-geol [Pak Ung Gol]
  kSupplied,          // [an indication]
  kSuppliedInWord,    // G[eorge]
  kSuppliedDate,      // 2 [May], 12 October [1958], [15 August]
  kExpansion,         // VKP(b) [Central Committee, ...]
  kOriginalTerm,      // [rassmotrena]
  kEditorial,         // [The telegram was sent to Beijing on August 29.]
  kTranslator,        // [Translator's note: ...]
  kOmission,          // [...] [...]
  kIllegible,         // [illegible]
  kSic,               // 15 percent [sic], [sic: ...]
  kUncertain,         // Vereshchagin [?]
  kStamp,             // [stamp: ...]
  kHandwritten,       // [handwritten: "..."]
  kSignature,         // [signature]
  kRedaction,         // [NAME REDACTED]
  kStage,             // [Laughter.]
  kFootnoteRef,       // [1]
  kInaudible,         // [inaudible], [unintelligible] in a record of speech
  kLanguageChange,    // [in English]: the speaker changes language
  kUnclassified,      // a note the converter could not classify (warned)
};

const char* NoteKindName(NoteKind kind);

struct Inline;
using Inlines = std::vector<Inline>;

// How a footnote's marker was printed in the text.
enum class FootnoteMarker : uint8_t {
  kBracket,  // [1], WPK[1]
  kParen,    // (1) glued to a word
  kNone,     // a note text at the end that no marker points to
};

// How a footnote's text was labelled in the list at the end.
enum class FootnoteLabel : uint8_t {
  kBracket,  // [1] text
  kBracketGlued,  // [1]text (the text right after the label, as some exports have it)
  kParen,    // (1) text
  kBare,     // 1 text (under a "Notes" heading)
  kDotted,   // 1. text (under a "Notes" heading)
};

struct Inline {
  enum class Type {
    kText,       // `text`
    kNote,       // a square-bracket note: `note_kind`, `children` = its parsed content
    kLineBreak,  // a line break inside a note that spans lines
    kDate,       // `date`, `children` = the date as printed
    kName,       // `name_kind`, `ref`, `children` = the name as printed
    kFootnote,   // `label` = marker number, `marker_style`, `children` = the note text
    kStrayBracket,  // a bracket that opens or closes no note: `text` as printed, `label` its correction
  };

  Type type = Type::kText;
  std::string text;
  Inlines children;
  Position position;

  // kNote
  NoteKind note_kind = NoteKind::kUnclassified;
  // What the note qualifies, taken from before the bracket: the pseudonym of FILIPPOV [Stalin],
  // the abbreviation of VKP(b) [...], the reading of "15 percent [sic]".
  Inlines base;
  Boxed<std::string> base_ref;   // authority reference of `base`, when it is a known name
  NameKind base_kind = NameKind::kPerson;
  bool glued = false;     // no space between the preceding text and the bracket
  bool descriptor = false;  // [stamp and handwriting] labels the text after it
  bool by_translator = false;  // an expansion marked "—trans."
  // Why the classifier chose the kind from the note's shape or place alone (the conversion report
  // lists such notes for an editor to review); null when its words settled it.
  const char* doubt = nullptr;
  Boxed<std::string> language;   // original-term: BCP 47 tag of the term
  Boxed<std::string> printed;    // omission: the dots as printed; uncertain: the mark ("??"); "paren": (redacted)
  bool doubled = false;   // [[two names illegible]]: printed in doubled brackets
  // Omission and uncertain marks are written again from `printed`: a space printed inside the
  // bracket before or after the mark ("[ … ]") is recorded.
  bool padded_start = false;
  bool padded_end = false;

  // kDate
  Boxed<DateValue> date;

  // kName
  NameKind name_kind = NameKind::kPerson;
  Boxed<std::string> ref;

  // kFootnote
  Boxed<std::string> label;
  FootnoteMarker marker = FootnoteMarker::kBracket;
  FootnoteLabel listed_as = FootnoteLabel::kBracket;

  static Inline Text(std::string value, Position at = {}) {
    Inline run;
    run.type = Type::kText;
    run.text = std::move(value);
    run.position = at;
    return run;
  }
};

enum class BlockKind {
  kParagraph,
  kHeading,        // `heading_type`
  kDateline,
  kSeg,            // a header or trailer line of a document; `seg_type`
  kAddressLine,
  kSalute,         // salutation opening a letter or telegram
  kClosingSalute,  // "With deep respect and gratitude,"
  kSigned,         // a signature line
  kListItem,       // `label` as printed ("1.", "a)", "-"), `n`, `list_type`
  kItemHeading,    // a numbered decision item's heading; `label` "280.", `n` "280"
  kSpeech,         // a dialogue turn; `speaker` as printed ("Zhou:")
  kPageBreak,      // (p. 4): `n`
  kSeparator,      // * * * * *: `label` = as printed
  kNoteBlock,      // a line that is only a bracket note ([The telegram was sent ...])
  kFormeWork,      // a running head repeated on a new page ("CONFIDENTIAL" after "- 2 -")
};

// What a header line (opener) or trailer line (closer) is: seg/@type.
enum class SegType : uint8_t {
  kNone,            // the writer names it by its place (heading, closing)
  kIssuer,          // All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE
  kNumber,          // No. P83/280, Special no. 812
  kClassification,  // TOP SECRET, Extremely Urgent
  kRouting,         // Received ..., Destination: ..., From: ...
  kDistribution,    // Copies: ..., 1. Comr. Stalin (in a closer)
  kCopy,            // Copy Nº 1, Made in 14 copies
  kSubject,         // SUBJECT: ...
  kEnclosure,       // Enclosure: ... (a trailer line)
  kTypist,          // Typed by: ... (a trailer line)
  kDrafter,         // FE:EA:ELCrane:mk (a trailer line)
  kStamp,           // a line labelled by a [stamp ...] descriptor
  kHandwritten,     // a line labelled by a [handwriting] descriptor
};

// Reference lines that follow a signature rather than open a document.
inline bool IsTrailerSeg(SegType type) {
  return type == SegType::kEnclosure || type == SegType::kTypist || type == SegType::kDrafter;
}

enum class HeadingType : uint8_t {
  kPlain,
  kExcerpt,  // Excerpt from protocol No. 83 ...
  kSub,      // a lower-case line continuing a capitals heading
};

enum class ListType : uint8_t {
  kNone,
  kNumbered,      // 1. 280. 2.1. (1)
  kLettered,      // a)
  kRoman,         // IV.
  kDash,          // - to inform ...
  kDistribution,  // 1 - to Cde. Gromyko
};

// The field a header line's label names, as the block reader read it: who sent and who
// receives a document are read from these.
enum class HeaderField : uint8_t {
  kNone,
  kTo,                 // To: ...
  kToWhom,             // To Whom: ...
  kAddressee,          // TO KRASOVSKY, To the Central Committee
  kFrom,               // From: ...
  kForTransmissionTo,  // For transmission to MAO ZEDONG
  kDate,               // Date: ...
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  SegType seg_type = SegType::kNone;
  HeadingType heading_type = HeadingType::kPlain;
  ListType list_type = ListType::kNone;
  HeaderField field = HeaderField::kNone;
  std::string label;
  std::string n;
  Boxed<std::string> speaker;  // as printed, colon included
  Position speaker_position;
  Inlines speaker_content;   // the same, parsed (notes and names)
  Inlines content;
  Position position;
  bool after_blank_line = true;  // the source had an empty line before this block
};

// A body line printed in columns, separated by a tab or a wide run of spaces (the signers of a joint
// communiqué side by side, a rank beside a name): where its block starts and each column's text.
// Kept beside the blocks, not in each of them: few lines have columns.
struct ColumnLine {
  Position position;
  std::vector<std::string> columns;  // whitespace collapsed, as printed otherwise
};

// div/@type.
enum class DivisionType : uint8_t {
  kDocument,      // the main text when nothing more specific is known
  kDecision,      // a protocol, decision or resolution
  kItem,          // a numbered decision item (`n`)
  kAttachment,    // what follows "To p.280 ..." or a separator after the closer
  kEntry,         // a journal entry
  kSection,       // a heading or numbered heading after content
  kConversation,  // a record of conversation
  kFootnotes,     // the footnote heading and orphaned footnote texts
};

// A node of the body's structure tree.
struct Node {
  enum class Type {
    kBlock,
    kDivision,      // div: `division`, `n`
    kFloatingText,  // an embedded document (its type is read from its opener and closer)
    kOpener,
    kCloser,
    kList,          // `list_type`
    kPostscript,
  };
  Type type = Type::kBlock;
  DivisionType division = DivisionType::kDocument;
  ListType list_type = ListType::kNone;
  Boxed<std::string> n;
  Block block;
  std::vector<Node> children;
};

const char* SegTypeName(SegType type);          // "" for kNone
const char* HeadingTypeName(HeadingType type);  // "" for kPlain
const char* ListTypeName(ListType type);        // "" for kNone
const char* DivisionTypeName(DivisionType type);
// The subtype the block's kind has: seg_type of a seg, heading_type of a heading, list_type of a
// list item; "" otherwise.
const char* BlockSubtypeName(const Block& block);

// One archival or published source named in the citation.
struct SourceReference {
  enum class Kind { kArchival, kPublished };
  Kind kind = Kind::kArchival;
  std::string printed;          // exactly as in the citation
  std::string repository_ref;   // authority id of the archive, when known
  std::string repository_name;  // expanded name (authority) or as printed
  std::vector<std::pair<std::string, std::string>> identifiers;  // (type, value), in order
};

struct Section {
  std::string heading;  // as printed, without the colon
  std::string text;
  Position position;
};

// The metadata header of the export ("envelope").
struct Envelope {
  std::string date_line;  // as printed; empty when the document is undated
  DateValue date;
  Position date_position;
  std::string title;
  Position title_position;
  std::string citation;
  Position citation_position;
  std::string url;
  std::string record_id;
  std::string summary;
  std::string credits;
  std::optional<std::string> original_language;  // the section's text; nullopt when absent
  std::string language_code;                     // ISO 639-1, when the language is known
  // Every language the export names as the original's, in order, as {name as printed, ISO 639-1}:
  // the section may name several ("Russian and Mongolian", "Polish (with passages in Russian)");
  // without a section the citation may ("Translated from the Spanish by ..."). The first one's
  // code is language_code.
  std::vector<std::pair<std::string, std::string>> original_languages;
  std::vector<std::string> contents;
  std::vector<Section> other_sections;  // unknown or repeated "Heading:" sections, kept verbatim
  std::vector<std::string> section_order;  // every section heading as printed, in order
  std::vector<SourceReference> sources;
};

struct Correspondent {
  std::string name;  // as printed
  std::string ref;   // authority id, when known
  NameKind kind = NameKind::kPerson;
};

struct CorrespondenceAction {
  enum class Type : uint8_t { kSent, kReceived, kTransmitted };
  Type type = Type::kSent;
  std::vector<Correspondent> parties;
  DateValue date;
  std::string place_ref;
  std::string place_name;
};

struct Document {
  Envelope envelope;
  std::vector<Node> body;
  std::vector<CorrespondenceAction> correspondence;
  // The message that transmits the letter of `correspondence`: "Ciphered Telegram No. 601127,
  // Razuvaev to Cde. Gromyko, transmitting Letter from Kim Il Sung to I.V. Stalin".
  std::vector<CorrespondenceAction> cover_correspondence;
  std::vector<ColumnLine> column_lines;  // in source order
  std::string source_name;  // file name the document was read from
};

const char* CorrespondenceActionName(CorrespondenceAction::Type type);  // correspAction/@type

}  // namespace teipress
