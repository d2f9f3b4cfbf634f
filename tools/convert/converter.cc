#include "converter.h"

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
#include "source_text.h"
#include "structure_builder.h"
#include "tei_writer.h"
#include "text_util.h"

namespace teipress {
namespace {


// What kind of document the body is: a decision (protocol, resolution) numbers its items as
// divisions; a record of conversation holds turns.
std::string MainDivisionType(const Envelope& envelope, const std::vector<Block>& blocks) {
  const std::string title = AsciiLower(envelope.title);
  if (title.find("decision") != std::string::npos || title.find("resolution") != std::string::npos ||
      title.find("protocol") != std::string::npos) {
    return "decision";
  }
  for (const Block& block : blocks) {
    const std::string line = AsciiLower(block.content.empty() ? "" : block.content.front().text);
    if (line.rfind("excerpt from protocol", 0) == 0 || line.rfind("decides:", 0) == 0) {
      return "decision";
    }
  }
  if (title.find("conversation") != std::string::npos || title.find("minutes") != std::string::npos ||
      title.find("memorandum of conversation") != std::string::npos) {
    return "conversation";
  }
  return "document";
}

void ProcessInlines(Node& node, const NoteContext& notes, const AnnotationContext& annotation, FootnoteLinker& footnotes,
                    const std::string& file_name, std::vector<Diagnostic>& diagnostics) {
  if (node.type == Node::Type::kBlock) {
    Block& block = node.block;
    std::string text = block.content.empty() ? "" : block.content.front().text;
    block.content = ParseBrackets(text, block.position, file_name, diagnostics);
    ClassifyNotes(block.content, notes, diagnostics);
    footnotes.Link(block.content);
    AnnotateInlines(block.content, annotation);
    if (block.kind == BlockKind::kSpeech) {
      block.speaker_content = {Inline::Text(block.speaker, block.position)};
      AnnotateInlines(block.speaker_content, annotation);
    }
    return;
  }
  for (Node& child : node.children) ProcessInlines(child, notes, annotation, footnotes, file_name, diagnostics);
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

  NoteContext notes{&authority, document.envelope.language_code, file_name, nullptr};
  AnnotationContext annotation{&authority, DateContext::FromIso(document.envelope.date.when), true};
  FootnoteLinker footnotes;
  for (const FootnoteText& note : blocks.footnotes) {
    Inlines text = ParseBrackets(note.text, note.position, file_name, diagnostics);
    ClassifyNotes(text, notes, diagnostics);
    AnnotateInlines(text, annotation);
    footnotes.AddText(note.label, std::move(text), note.position);
    footnotes.by_translator = !blocks.footnote_heading.empty() &&
                              blocks.footnote_heading.find("ranslator") != std::string::npos;
  }
  const std::string main_type = MainDivisionType(document.envelope, blocks.blocks);
  document.body = BuildStructure(std::move(blocks.blocks), main_type, &authority);
  for (Node& node : document.body) ProcessInlines(node, notes, annotation, footnotes, file_name, diagnostics);
  Node* notes_division = nullptr;
  auto footnotes_division = [&]() -> Node& {
    if (!notes_division) {
      Node division;
      division.type = Node::Type::kDivision;
      division.division_type = "footnotes";
      if (!blocks.footnote_heading.empty()) {
        Node heading;
        heading.block.kind = BlockKind::kHeading;
        heading.block.content.push_back(Inline::Text(blocks.footnote_heading));
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
    footnote.marker_style = "orphan";
    footnote.children = std::move(listed->text);
    if (listed_out_of_order) footnote.printed = "listed-" + std::to_string(listed->listed_at + 1);
    block.content.push_back(std::move(footnote));
    Node leaf;
    leaf.block = std::move(block);
    footnotes_division().children.push_back(std::move(leaf));
  }
  // The heading over the notes ("Translator's Notes") is part of the text too.
  if (!blocks.footnote_heading.empty()) footnotes_division();
  document.correspondence = FindCorrespondence(document, authority);
  document.cover_correspondence = FindCoverCorrespondence(document, authority);
  return true;
}

ConversionResult Convert(std::string_view bytes, const std::string& file_name, const Authority& authority,
                         std::vector<Diagnostic>& diagnostics, const Publication& publication) {
  ConversionResult result;
  Document document;
  if (!ReadDocument(bytes, file_name, authority, document, diagnostics)) return result;
  result.record_id = document.envelope.record_id;
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
