#include "converter.h"

#include <algorithm>
#include <array>
#include <string_view>

#include <boost/filesystem/path.hpp>

#include "block_reader.h"
#include "bracket_parser.h"
#include "citation_parser.h"
#include "correspondence.h"
#include "date_recognizer.h"
#include "diagnostic_catalog.h"
#include "envelope_reader.h"
#include "generation_mark.h"
#include "inline_annotator.h"
#include "name_suggestions.h"
#include "note_classifier.h"
#include "phrase_finder.h"
#include "source_text.h"
#include "structure_builder.h"
#include "tei_writer.h"
#include "text_util.h"

namespace teipress {
namespace {


// What kind of document the body is: a decision (protocol, resolution) numbers its items as
// divisions; a record of conversation holds turns. The title's words decide, then the body's.
constexpr std::array<std::string_view, 3> kDecisionTitleWords = {"decision", "resolution", "protocol"};
constexpr std::array<std::string_view, 2> kDecisionLineStarts = {"excerpt from protocol", "decides:"};
constexpr std::array<std::string_view, 2> kConversationTitleWords = {"conversation", "minutes"};

// Groups of TitleWords().
constexpr unsigned kDecisionTitle = 0, kConversationTitle = 1, kRecordOfSpeechTitle = 2;

// The words of the title's lists above (and of kRecordOfSpeechTitleWords below), found in one pass
// over the title: a search for each word read it a score of times.
const PhraseFinder& TitleWords();

DivisionType MainDivisionType(const std::vector<Block>& blocks, uint64_t title_groups) {
  if (title_groups & (uint64_t{1} << kDecisionTitle)) return DivisionType::kDecision;
  // Only a line's first bytes can hold a start: lower-casing the whole of every line cost more than
  // the rest of the decision.
  constexpr size_t kLongestStart =
      std::max_element(kDecisionLineStarts.begin(), kDecisionLineStarts.end(),
                       [](std::string_view a, std::string_view b) { return a.size() < b.size(); })->size();
  // (Lowered into a buffer on the stack: a string of the longest start is too long to be kept
  // without an allocation, one per block.)
  std::array<char, kLongestStart> lowered{};
  for (const Block& block : blocks) {
    if (block.content.empty()) continue;
    const std::string_view head = std::string_view(block.content.front().text).substr(0, kLongestStart);
    std::transform(head.begin(), head.end(), lowered.begin(),
                   [](char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; });
    const std::string_view line(lowered.data(), head.size());
    if (std::any_of(kDecisionLineStarts.begin(), kDecisionLineStarts.end(),
                    [&](std::string_view start) { return StartsWith(line, start); })) {
      return DivisionType::kDecision;
    }
  }
  if (title_groups & (uint64_t{1} << kConversationTitle)) return DivisionType::kConversation;
  return DivisionType::kDocument;
}

void ProcessInlines(Node& node, const NoteContext& notes, const AnnotationContext& annotation, FootnoteLinker& footnotes,
                    const std::string& file_name, std::vector<Diagnostic>& diagnostics, bool in_closer = false) {
  if (node.type == Node::Type::kBlock) {
    Block& block = node.block;
    const NotePlace place = block.kind == BlockKind::kNoteBlock ? NotePlace::kWholeLine
                            : in_closer                          ? NotePlace::kCloser
                                                                 : NotePlace::kRunningText;
    auto parse = [&](std::string text, Position at, Inlines& content) {
      ParseBracketsOfOwnedTextInto(std::move(text), at, file_name, diagnostics, content);
      ClassifyNotes(content, notes, diagnostics, place);
      footnotes.Link(content);
      AnnotateInlines(content, annotation);
    };
    if (block.kind == BlockKind::kSpeech) parse(block.speaker, block.speaker_position, block.speaker_content);
    std::string text = block.content.empty() ? "" : std::move(block.content.front().text);
    parse(std::move(text), block.position, block.content);
    return;
  }
  for (Node& child : node.children) {
    ProcessInlines(child, notes, annotation, footnotes, file_name, diagnostics,
                   in_closer || node.type == Node::Type::kCloser);
  }
}

// A transcript, minutes or a record of conversation: "[words unclear]" there is speech.
constexpr std::array<std::string_view, 14> kRecordOfSpeechTitleWords = {
    "transcript", "stenographic", "conversation", "minutes", "record of", "talks", "interview", "interrogation",
    "meeting", "speech", "press conference", "telephone", "tape", "recording"};

const PhraseFinder& TitleWords() {
  static const PhraseFinder finder = [] {
    std::vector<std::pair<std::string_view, unsigned>> words;
    for (std::string_view word : kDecisionTitleWords) words.push_back({word, kDecisionTitle});
    for (std::string_view word : kConversationTitleWords) words.push_back({word, kConversationTitle});
    for (std::string_view word : kRecordOfSpeechTitleWords) words.push_back({word, kRecordOfSpeechTitle});
    return PhraseFinder(words);
  }();
  return finder;
}

bool HasTurns(const std::vector<Node>& nodes) {
  return std::any_of(nodes.begin(), nodes.end(), [](const Node& node) {
    return (node.type == Node::Type::kBlock && node.block.kind == BlockKind::kSpeech) || HasTurns(node.children);
  });
}

bool IsRecordOfSpeech(uint64_t title_groups, const std::vector<Node>& body) {
  return (title_groups & (uint64_t{1} << kRecordOfSpeechTitle)) != 0 || HasTurns(body);
}

}  // namespace

bool ReadDocument(std::string_view bytes, const std::string& file_name, const Authority& authority, Document& document,
                  std::vector<Diagnostic>& diagnostics) {
  auto source = SourceText::Decode(file_name, bytes, diagnostics);
  if (!source) return false;
  const std::string stem = boost::filesystem::path(file_name).stem().string();
  EnvelopeReadResult envelope = ReadEnvelope(*source, stem.empty() ? "document" : stem, diagnostics);
  document.envelope = std::move(envelope.envelope);
  document.source_name = file_name;
  document.envelope.sources = ParseCitationSources(document.envelope.citation, authority);

  BlockReadResult blocks = ReadBlocks(envelope.body, file_name, diagnostics);
  if (blocks.blocks.empty()) {
    diagnostics.push_back({file_name, 0, 0, Severity::kWarning, "the document has no body text", rules::kConvertEmptyBody});
  }

  NoteContext notes{&authority, document.envelope.language_code, file_name, nullptr, false};
  AnnotationContext annotation{&authority, DateContext::FromIso(document.envelope.date.when), true};
  FootnoteLinker footnotes;
  for (const FootnoteText& note : blocks.footnotes) {
    // Annotated once, where it ends up: inside its marker's paragraph (with it) or at the end as an
    // orphan. Twice, the space before a note (dropped by the first pass) made the note glued.
    Inlines text = ParseBrackets(note.text, note.position, file_name, diagnostics);
    ClassifyNotes(text, notes, diagnostics);
    footnotes.AddText(note.label, std::move(text), note.position, note.style);
    footnotes.by_translator = !blocks.footnote_heading.empty() &&
                              blocks.footnote_heading.find("ranslator") != std::string::npos;
  }
  const uint64_t title_groups = TitleWords().GroupsIn(AsciiLower(document.envelope.title));
  const DivisionType main_type = MainDivisionType(blocks.blocks, title_groups);
  document.body = BuildStructure(std::move(blocks.blocks), main_type, &authority);
  notes.record_of_speech = IsRecordOfSpeech(title_groups, document.body);
  for (Node& node : document.body) ProcessInlines(node, notes, annotation, footnotes, file_name, diagnostics);
  Node* notes_division = nullptr;
  auto footnotes_division = [&]() -> Node& {
    if (!notes_division) {
      Node division;
      division.type = Node::Type::kDivision;
      division.division = DivisionType::kFootnotes;
      if (!blocks.footnote_heading.empty()) {
        Node heading;
        heading.block.kind = BlockKind::kHeading;
        heading.block.content = ParseBrackets(blocks.footnote_heading, blocks.footnote_heading_position, file_name,
                                              diagnostics);
        ClassifyNotes(heading.block.content, notes, diagnostics);
        AnnotateInlines(heading.block.content, annotation);
        division.children.push_back(std::move(heading));
      }
      document.body.push_back(std::move(division));
      notes_division = &document.body.back();
    }
    return *notes_division;
  };
  const bool listed_out_of_order = footnotes.ListedOutOfOrder();
  for (FootnoteLinker::ListedNote* listed : footnotes.Unused()) {
    const Position at = listed->position;
    diagnostics.push_back({file_name, at.line, at.column, Severity::kWarning,
                           "footnote " + listed->label + " has no marker in the text; it is kept at the end of the document",
                           rules::kConvertOrphanFootnote});
    // Keep the text: an orphan note becomes a final paragraph rather than being dropped.
    Block block;
    block.kind = BlockKind::kParagraph;
    block.position = at;
    Inline footnote;
    footnote.type = Inline::Type::kFootnote;
    footnote.label = listed->label;
    footnote.marker = FootnoteMarker::kNone;
    footnote.listed_as = listed->style;
    footnote.children = std::move(listed->text);
    if (listed_out_of_order) footnote.printed = "listed-" + std::to_string(listed->listed_at + 1);
    block.content.push_back(std::move(footnote));
    AnnotateInlines(block.content, annotation);
    Node leaf;
    leaf.block = std::move(block);
    footnotes_division().children.push_back(std::move(leaf));
  }
  // The heading over the notes ("Translator's Notes") is part of the text too.
  if (!blocks.footnote_heading.empty()) footnotes_division();
  document.column_lines = std::move(blocks.column_lines);
  document.correspondence = FindCorrespondence(document, authority);
  document.cover_correspondence = FindCoverCorrespondence(document, authority);
  return true;
}

ConversionResult Convert(std::string_view bytes, const std::string& file_name, const Authority& authority,
                         std::vector<Diagnostic>& diagnostics, const Publication& publication) {
  ConversionResult result;
  Document document;
  if (!ReadDocument(bytes, file_name, authority, document, diagnostics)) return result;
  // The edition names every document by its record number (TEI/@xml:id, the file name): without
  // one the TEI could not be valid, so nothing is written.
  const std::string& record_id = document.envelope.record_id;
  if (record_id.empty() || !std::all_of(record_id.begin(), record_id.end(), IsDigit)) {
    diagnostics.push_back({file_name, document.envelope.citation_position.line, 0, Severity::kError,
                           "no record number: the citation ends in no archive URL with the record's number and the "
                           "file name '" + record_id + "' is not a number either; name the file <record number>.txt "
                           "or add the URL line after the citation",
                           rules::kConvertNoRecordId});
    return result;
  }
  result.record_id = record_id;
  for (const NameSuggestion& name : FindUnknownNames(document.body)) {
    result.suggestions.push_back(name.name);
    diagnostics.push_back({file_name, name.position.line, name.position.column, Severity::kNote,
                           "'" + name.name + "' is not in the authority files; if it is a person, add it to "
                           "tei/authority/persons.xml so that it is linked",
                           rules::kConvertUnknownName});
  }
  result.tei = AddGenerationMark(WriteTei(document, publication));
  result.ok = true;
  return result;
}

}  // namespace teipress
