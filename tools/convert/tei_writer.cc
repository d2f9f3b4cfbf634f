#include "tei_writer.h"

#include <algorithm>

#include "bracket_parser.h"
#include "xml_writer.h"

namespace teipress {
namespace {

constexpr const char* kPublisher = "History and Public Policy Program Digital Archive, Wilson Center";

// Attributes are views (xml_writer.h): no allocation per element written.
AttributeViews DateAttributes(const DateValue& date) {
  AttributeViews attributes;
  if (!date.when.empty()) attributes.push_back("when", date.when);
  if (!date.not_before.empty()) attributes.push_back("notBefore", date.not_before);
  if (!date.not_after.empty()) attributes.push_back("notAfter", date.not_after);
  return attributes;
}

const char* NameElement(NameKind kind) {
  switch (kind) {
    case NameKind::kPerson: return "persName";
    case NameKind::kPlace: return "placeName";
    case NameKind::kOrganization: return "orgName";
  }
  return "name";
}

class TeiWriter {
 public:
  TeiWriter(const Document& document, const Publication& publication)
      : document_(document), publication_(publication) {}

  std::string Write() {
    const Envelope& e = document_.envelope;
    xml_.OpenBlock("TEI", {{"xmlns", "http://www.tei-c.org/ns/1.0"}, {"xml:id", "wcda-" + e.record_id}, {"xml:lang", "en"}});
    WriteHeader();
    xml_.OpenBlock("text");
    xml_.OpenBlock("body");
    for (const Node& node : document_.body) WriteNode(node, Context::kDivision);
    xml_.Close();
    xml_.Close();
    xml_.Close();
    return xml_.Finish();
  }

 private:
  enum class Context { kDivision, kOpener, kCloser, kList };

  void Element(const char* name, std::string_view text, std::initializer_list<AttributeView> attributes = {}) {
    xml_.OpenMixed(name, attributes);
    xml_.Text(text);
    xml_.Close();
  }
  void Element(const char* name, std::string_view text, const AttributeViews& attributes) {
    xml_.OpenMixed(name, attributes);
    xml_.Text(text);
    xml_.Close();
  }

  // "#id": a pointer to an authority entry, in a buffer reused for every attribute (one at a time).
  std::string_view Ref(const std::string& id) {
    ref_.assign("#");
    ref_ += id;
    return ref_;
  }

  void WriteHeader() {
    const Envelope& e = document_.envelope;
    xml_.OpenBlock("teiHeader");
    xml_.OpenBlock("fileDesc");
    xml_.OpenBlock("titleStmt");
    Element("title", e.title, {{"type", "main"}});
    WriteResp("editor", "Editorial notes in square brackets", kPublisher, "orgName");
    WriteResp("translator", "English translation", kPublisher, "orgName");
    WriteResp("encoder", "TEI encoding", "teipress " TEIPRESS_VERSION, "name");
    if (!e.credits.empty()) Element("funder", e.credits);
    xml_.Close();
    xml_.OpenBlock("publicationStmt");
    Element("publisher", publication_.publisher.empty() ? kPublisher : publication_.publisher);
    Element("idno", e.record_id, {{"type", "record"}});
    if (!e.url.empty()) Element("idno", e.url, {{"type", "URI"}});
    if (!publication_.licence.empty()) {
      xml_.OpenBlock("availability");
      Element("p", publication_.licence);
      xml_.Close();
    }
    xml_.Close();
    // The header's sections in the order printed, when totext could not infer it from the
    // fields alone (an unknown or repeated section, an empty one, an unusual order).
    std::vector<std::string> usual;
    if (!e.citation.empty() || !e.url.empty()) usual.push_back("Citation");
    if (!e.summary.empty()) usual.push_back("Summary");
    if (!e.credits.empty()) usual.push_back("Credits");
    if (e.original_language) usual.push_back("Original Language");
    if (!e.contents.empty()) usual.push_back("Contents");
    // An empty order means the document was built without reading an export: the usual order.
    const bool record_order = !e.section_order.empty() && e.section_order != usual;
    if (!e.other_sections.empty() || record_order) {
      xml_.OpenBlock("notesStmt");
      for (const Section& section : e.other_sections) Element("note", section.text, {{"type", "section"}, {"n", section.heading}});
      if (record_order) {
        std::string order;
        for (const std::string& name : e.section_order) order += (order.empty() ? "" : "; ") + name;
        Element("note", order, {{"type", "sections"}});
      }
      xml_.Close();
    }
    xml_.OpenBlock("sourceDesc");
    // Without a Citation section the citation is empty (totext then prints no section).
    Element("bibl", e.citation, {{"type", "citation"}});
    if (!e.sources.empty()) {
      xml_.OpenBlock("listBibl", {{"type", "archival"}});
      for (const SourceReference& source : e.sources) WriteSource(source);
      xml_.Close();
    }
    if (!e.contents.empty()) {
      xml_.OpenBlock("list", {{"type", "contents"}});
      for (const std::string& item : e.contents) Element("item", item);
      xml_.Close();
    }
    xml_.Close();  // sourceDesc
    xml_.Close();  // fileDesc

    xml_.OpenBlock("encodingDesc");
    xml_.OpenBlock("editorialDecl");
    Element("p",
            "Converted from the archive's plain-text export. Square-bracket interventions of editors and translators "
            "are encoded as markup by kind; the printed brackets are regenerated when rendering.");
    xml_.Close();
    xml_.OpenBlock("appInfo");
    xml_.OpenBlock("application", {{"ident", "teipress"}, {"version", TEIPRESS_VERSION}});
    Element("label", "teipress");
    xml_.Close();
    xml_.Close();
    xml_.Close();

    xml_.OpenBlock("profileDesc");
    if (!e.date.empty()) {
      xml_.OpenBlock("creation");
      Element("date", e.date_line, DateAttributes(e.date));
      xml_.Close();
    }
    xml_.OpenBlock("langUsage");
    // Without an Original Language section (or a citation that names it) nothing says the text
    // was translated.
    const bool translated = e.original_language || !e.original_languages.empty();
    Element("language", translated ? "English (translation)" : "English", {{"ident", "en"}});
    // The original language as printed; "und" (undetermined) when its name is not known. A second
    // language the section names, or the one the citation names, gets its own element, worded so
    // that it is not taken for the section's text.
    if (e.original_language) {
      Element("language", *e.original_language + " (original language)",
              {{"ident", e.language_code.empty() ? "und" : e.language_code}});
    }
    for (size_t k = e.original_language ? 1 : 0; k < e.original_languages.size(); ++k) {
      const auto& [name, code] = e.original_languages[k];
      Element("language", name + (e.original_language ? " (also an original language)" : " (original language, named in the citation)"),
              {{"ident", code}});
    }
    xml_.Close();
    // The edition requires an abstract: an empty one when the export has no Summary.
    xml_.OpenBlock("abstract");
    Element("p", e.summary);
    xml_.Close();
    WriteCorrespDesc(document_.correspondence, {});
    WriteCorrespDesc(document_.cover_correspondence, {{"type", "cover"}});
    xml_.Close();  // profileDesc
    xml_.Close();  // teiHeader
  }

  void WriteCorrespDesc(const std::vector<CorrespondenceAction>& actions, std::initializer_list<AttributeView> attributes) {
    if (actions.empty()) return;
    xml_.OpenBlock("correspDesc", attributes);
    for (const CorrespondenceAction& action : actions) {
      xml_.OpenBlock("correspAction", {{"type", CorrespondenceActionName(action.type)}});
      for (const Correspondent& party : action.parties) {
        AttributeViews name_attributes;
        if (!party.ref.empty()) name_attributes.push_back("ref", Ref(party.ref));
        Element(NameElement(party.kind), party.name, name_attributes);
      }
      if (!action.place_name.empty()) {
        AttributeViews place_attributes;
        if (!action.place_ref.empty()) place_attributes.push_back("ref", Ref(action.place_ref));
        Element("placeName", action.place_name, place_attributes);
      }
      if (!action.date.empty()) xml_.Empty("date", DateAttributes(action.date));
      xml_.Close();
    }
    xml_.Close();
  }

  void WriteResp(const char* id, const char* resp, const std::string& who, const char* element) {
    xml_.OpenBlock("respStmt", {{"xml:id", id}});
    Element("resp", resp);
    Element(element, who);
    xml_.Close();
  }

  void WriteSource(const SourceReference& source) {
    if (source.kind == SourceReference::Kind::kPublished) {
      Element("bibl", source.printed);
      return;
    }
    xml_.OpenBlock("msDesc");
    xml_.OpenBlock("msIdentifier");
    if (!source.repository_name.empty()) {
      AttributeViews attributes;
      if (!source.repository_ref.empty()) attributes.push_back("ref", Ref(source.repository_ref));
      Element("repository", source.repository_name, attributes);
    }
    // TEI's own element for a named collection (M-KS) comes before every idno, whatever the order
    // the citation printed them in.
    for (const auto& [type, value] : source.identifiers) {
      if (type == "collection") Element("collection", value);
    }
    for (const auto& [type, value] : source.identifiers) {
      if (type != "collection") Element("idno", value, {{"type", type}});
    }
    xml_.OpenBlock("altIdentifier", {{"type", "printed"}});
    Element("idno", source.printed, {{"type", "shelfmark"}});
    xml_.Close();
    xml_.Close();
    xml_.Close();
  }

  // ---- body ----

  void WriteNode(const Node& node, Context context) {
    switch (node.type) {
      case Node::Type::kDivision: {
        AttributeViews attributes;
        attributes.push_back("type", DivisionTypeName(node.division));
        if (!node.n.empty()) attributes.push_back("n", node.n);
        xml_.OpenBlock("div", attributes);
        for (const Node& child : node.children) WriteNode(child, Context::kDivision);
        xml_.Close();
        return;
      }
      case Node::Type::kFloatingText: {
        xml_.OpenBlock("floatingText", {{"type", FloatingTextType(node)}});
        xml_.OpenBlock("body");
        // An embedded part without a block of text (an annex's "LIST" and subtitle, the list itself
        // not in the export; a header and a page break): TEI's body needs one, a div does not.
        const bool without_text = std::none_of(node.children.begin(), node.children.end(), IsTextBlockInDivision);
        if (without_text) xml_.OpenBlock("div", {{"type", "document"}});
        for (const Node& child : node.children) WriteNode(child, Context::kDivision);
        if (without_text) xml_.Close();
        xml_.Close();
        xml_.Close();
        return;
      }
      case Node::Type::kOpener:
      case Node::Type::kCloser: {
        const bool opener = node.type == Node::Type::kOpener;
        xml_.OpenBlock(opener ? "opener" : "closer");
        for (size_t i = 0; i < node.children.size(); ++i) {
          // Consecutive address lines form one address block.
          if (opener && node.children[i].block.kind == BlockKind::kAddressLine) {
            xml_.OpenBlock("address");
            for (; i < node.children.size() && node.children[i].block.kind == BlockKind::kAddressLine; ++i) {
              WrapMixed("addrLine", {}, node.children[i].block.content);
            }
            xml_.Close();
            --i;
            continue;
          }
          WriteNode(node.children[i], opener ? Context::kOpener : Context::kCloser);
        }
        xml_.Close();
        return;
      }
      case Node::Type::kPostscript: {
        xml_.OpenBlock("postscript");
        for (const Node& child : node.children) WriteNode(child, Context::kDivision);
        xml_.Close();
        return;
      }
      case Node::Type::kList: {
        xml_.OpenBlock("list", {{"type", ListTypeName(node.list_type)}});
        for (const Node& child : node.children) WriteNode(child, Context::kList);
        xml_.Close();
        return;
      }
      case Node::Type::kBlock: WriteBlock(node.block, context); return;
    }
  }

  // Whether the node, written in a division, is a block of text or a division (TEI's model.common
  // or model.divLike) rather than a heading, an opener or closer, or a milestone or note that
  // stands between blocks: TEI's body needs one of those.
  static bool IsTextBlockInDivision(const Node& node) {
    switch (node.type) {
      case Node::Type::kDivision:
      case Node::Type::kFloatingText:
      case Node::Type::kList: return true;
      case Node::Type::kOpener:
      case Node::Type::kCloser:
      case Node::Type::kPostscript: return false;
      case Node::Type::kBlock: break;
    }
    switch (node.block.kind) {
      case BlockKind::kHeading:
      case BlockKind::kItemHeading:
      case BlockKind::kPageBreak:
      case BlockKind::kSeparator:
      case BlockKind::kFormeWork: return false;
      case BlockKind::kNoteBlock:
        return !std::all_of(node.block.content.begin(), node.block.content.end(), StandsBetweenBlocks);
      default: return true;
    }
  }

  // The spec's rule: a telegram has classification or routing lines in its opener; a letter has a
  // closing formula; with neither, address lines still make a telegram; anything else is a document.
  static const char* FloatingTextType(const Node& node) {
    bool telegram = false, letter = false, addressed = false;
    for (const Node& child : node.children) {
      if (child.type == Node::Type::kOpener) {
        for (const Node& line : child.children) {
          const Block& b = line.block;
          telegram = telegram || (b.kind == BlockKind::kSeg && (b.seg_type == SegType::kClassification ||
                                                                   b.seg_type == SegType::kRouting));
          addressed = addressed || b.kind == BlockKind::kAddressLine;
        }
      }
      if (child.type == Node::Type::kCloser) {
        for (const Node& line : child.children) letter = letter || line.block.kind == BlockKind::kClosingSalute;
      }
    }
    return telegram ? "telegram" : letter ? "letter" : addressed ? "telegram" : "document";
  }



  void WriteBlock(const Block& block, Context context) {
    switch (block.kind) {
      case BlockKind::kPageBreak: {
        // "(p. 4)" is the usual form; "- 2 -" is recorded as rend="dash".
        AttributeViews attributes;
        attributes.push_back("n", block.n);
        if (block.label.rfind("(", 0) != 0) attributes.push_back("rend", "dash");
        xml_.Empty("pb", attributes);
        return;
      }
      case BlockKind::kSeparator: xml_.Empty("milestone", {{"unit", "section"}, {"rend", block.label}}); return;
      case BlockKind::kNoteBlock:
        if (context == Context::kList) break;
        // A note standing alone on its line: the note element itself, where TEI lets it stand
        // between blocks; words the editor supplied, a reading and the like need a block.
        if (std::all_of(block.content.begin(), block.content.end(), StandsBetweenBlocks)) {
          WriteInlines(block.content);
          return;
        }
        if (context == Context::kCloser) {
          WrapMixed("seg", {{"type", "closing"}}, block.content);
          return;
        }
        break;
      case BlockKind::kFormeWork: WrapMixed("fw", {{"type", "header"}}, block.content); return;
      default: break;
    }
    if (context == Context::kList) {
      AttributeViews attributes;
      if (!block.n.empty()) attributes.push_back("n", block.n);
      xml_.OpenMixed("item", attributes);
      WriteLabelled(block);
      xml_.Close();
      return;
    }
    if (context == Context::kOpener) {
      switch (block.kind) {
        case BlockKind::kDateline: WrapMixed("dateline", {}, block.content); return;
        case BlockKind::kSalute: WrapMixed("salute", {}, block.content); return;
        default: WrapMixed("seg", {{"type", SegTypeOr(block, "heading")}}, block.content); return;
      }
    }
    if (context == Context::kCloser) {
      switch (block.kind) {
        case BlockKind::kDateline: WrapMixed("dateline", {}, block.content); return;
        case BlockKind::kClosingSalute: WrapMixed("salute", {}, block.content); return;
        case BlockKind::kSigned: WrapMixed("signed", {}, block.content); return;
        case BlockKind::kParagraph: WrapMixed("seg", {{"type", "place"}}, block.content); return;
        default: WrapMixed("seg", {{"type", SegTypeOr(block, "closing")}}, block.content); return;
      }
    }
    switch (block.kind) {
      case BlockKind::kHeading: {
        const std::string_view type = HeadingTypeName(block.heading_type);
        AttributeViews attributes;
        if (!type.empty()) attributes.push_back("type", type);
        WrapMixed("head", attributes, block.content);
        return;
      }
      case BlockKind::kItemHeading:
        xml_.OpenMixed("head");
        WriteLabelled(block);
        xml_.Close();
        return;
      case BlockKind::kSpeech: {
        xml_.OpenBlock("sp");
        WrapMixed("speaker", {}, block.speaker_content);
        in_speech_ = true;
        WrapMixed("p", {}, block.content);
        in_speech_ = false;
        xml_.Close();
        return;
      }
      case BlockKind::kListItem:
        // A lone list item outside a list ("1 - to Cde. Gromyko" outside a closer): a paragraph
        // that starts with its label as printed (TEI has no label in p).
        xml_.OpenMixed("p");
        xml_.Text(block.label + " ");
        WriteInlines(block.content);
        xml_.Close();
        return;
      default: WrapMixed("p", {}, block.content); return;
    }
  }

  static const char* FootnoteMarkerName(FootnoteMarker marker) {
    switch (marker) {
      case FootnoteMarker::kBracket: return "bracket";
      case FootnoteMarker::kParen: return "paren";
      case FootnoteMarker::kNone: return "orphan";
    }
    return "bracket";
  }

  static const char* FootnoteLabelName(FootnoteLabel label) {
    switch (label) {
      case FootnoteLabel::kBracket: return "bracket";
      case FootnoteLabel::kBracketGlued: return "bracket-glued";
      case FootnoteLabel::kParen: return "paren";
      case FootnoteLabel::kBare: return "bare";
      case FootnoteLabel::kDotted: return "dotted";
    }
    return "bracket";
  }

  // The list at the end labels a "[1]" marker's text "[1] text", a "(1)" marker's "1 text".
  static FootnoteLabel UsualLabel(FootnoteMarker marker) {
    return marker == FootnoteMarker::kParen ? FootnoteLabel::kBare : FootnoteLabel::kBracket;
  }

  // Whether the inline is written as an element TEI allows between blocks (note, gap): a bracket
  // note other than a choice, supplied words, sic or an uncertain reading.
  static bool StandsBetweenBlocks(const Inline& run) {
    if (run.type == Inline::Type::kFootnote) return true;
    if (run.type != Inline::Type::kNote) return false;
    switch (run.note_kind) {
      case NoteKind::kPseudonym:
      case NoteKind::kAltRomanization:
      case NoteKind::kExpansion:
      case NoteKind::kSupplied:
      case NoteKind::kSuppliedDate:
      case NoteKind::kSuppliedInWord:
      case NoteKind::kUncertain: return false;
      case NoteKind::kSic: return run.base.empty() && run.text != "sic" && run.text != "sic!";
      default: return true;
    }
  }

  // seg/@type of a header or trailer line; a line of no known type is named by its place.
  static std::string_view SegTypeOr(const Block& block, const char* by_place) {
    const std::string_view type = SegTypeName(block.seg_type);
    return type.empty() ? by_place : type;
  }

  void WrapMixed(const char* name, std::initializer_list<AttributeView> attributes, const Inlines& content) {
    xml_.OpenMixed(name, attributes);
    WriteInlines(content);
    xml_.Close();
  }
  void WrapMixed(const char* name, const AttributeViews& attributes, const Inlines& content) {
    xml_.OpenMixed(name, attributes);
    WriteInlines(content);
    xml_.Close();
  }

  // The content of a list item or item heading: the printed label, then the text.
  void WriteLabelled(const Block& block) {
    if (!block.label.empty()) {
      xml_.OpenInline("label");
      xml_.Text(block.label);
      xml_.Close();
      xml_.Text(" ");
    }
    WriteInlines(block.content);
  }

  void WriteInlines(const Inlines& inlines) {
    for (const Inline& run : inlines) WriteInline(run);
  }

  void WriteInline(const Inline& run) {
    switch (run.type) {
      case Inline::Type::kText: xml_.Text(run.text); return;
      case Inline::Type::kLineBreak:
        if (in_desc_) {
          xml_.Text("\n");
        } else {
          xml_.Empty("lb");
        }
        return;
      case Inline::Type::kDate:
        xml_.OpenInline("date", DateAttributes(run.date));
        WriteInlines(run.children);
        xml_.Close();
        return;
      case Inline::Type::kName: {
        xml_.OpenInline(NameElement(run.name_kind), {{"ref", Ref(run.ref)}});
        WriteInlines(run.children);
        xml_.Close();
        return;
      }
      case Inline::Type::kFootnote: {
        // @rend: the marker's form, "glued", how the text was labelled in the list at the end
        // when its marker does not say so, and "listed-K" where the source listed its notes out
        // of numeric order (totext lists them again as printed).
        std::string rend = FootnoteMarkerName(run.marker);
        if (run.glued) rend += " glued";
        if (run.marker == FootnoteMarker::kNone || run.listed_as != UsualLabel(run.marker)) {
          rend += std::string(" list-") + FootnoteLabelName(run.listed_as);
        }
        if (!run.printed.empty()) rend += " " + run.printed.get();
        AttributeViews attributes;
        attributes.push_back("place", "foot");
        attributes.push_back("n", run.label);
        attributes.push_back("rend", rend);
        if (run.by_translator) attributes.push_back("resp", "#translator");
        xml_.OpenInline("note", attributes);
        WriteInlines(run.children);
        xml_.Close();
        return;
      }
      case Inline::Type::kNote: WriteNote(run); return;
      case Inline::Type::kStrayBracket:
        // Printed in error: kept as printed, with the likely correction (empty: left out).
        xml_.OpenInline("choice");
        xml_.OpenInline("sic");
        xml_.Text(run.text);
        xml_.Close();
        xml_.OpenInline("corr");
        xml_.Text(run.label);
        xml_.Close();
        xml_.Close();
        return;
    }
  }

  void WriteBase(const Inline& note, const char* element) {
    xml_.OpenInline(element);
    WriteInlines(note.base);
    xml_.Close();
  }

  // @rend tokens: how the bracket was printed, where the round trip needs it. The value is kept
  // in a buffer reused for every element (one at a time).
  void AddRend(AttributeViews& attributes, const Inline& note, std::string_view first = "") {
    std::string& tokens = rend_;
    tokens.assign(first);
    if (note.padded_start) tokens += tokens.empty() ? "pad-start" : " pad-start";
    if (note.padded_end) tokens += tokens.empty() ? "pad-end" : " pad-end";
    if (note.doubled) tokens += tokens.empty() ? "double" : " double";
    if (note.glued) tokens += tokens.empty() ? "glued" : " glued";
    if (!tokens.empty()) attributes.push_back("rend", tokens);
  }

  // A note element: type, optional subtype, resp, rend, in the order the spec writes them; its
  // content is the bracket's, or `inner` wraps it (stamp).
  void WriteNoteElement(const Inline& note, const char* type, const char* resp, std::string_view subtype = "",
                        const char* inner = nullptr) {
    AttributeViews attributes;
    attributes.push_back("type", type);
    if (!subtype.empty()) attributes.push_back("subtype", subtype);
    if (resp) attributes.push_back("resp", resp);
    AddRend(attributes, note);
    xml_.OpenInline("note", attributes);
    if (inner) xml_.OpenInline(inner);
    WriteInlines(note.children);
    if (inner) xml_.Close();
    xml_.Close();
  }

  // FILIPPOV [Stalin], Pak Ung-geol [Pak Ung Gol], VKP(b) [...]: the printed form and the bracket's.
  void WriteChoice(const Inline& note) {
    const bool expansion = note.note_kind == NoteKind::kExpansion;
    // A pseudonym names a person even when the authority does not know him (PAVLOV [Pliyev]).
    const bool unknown_person = note.note_kind == NoteKind::kPseudonym && note.base_ref.empty();
    const bool named = !expansion && (!note.base_ref.empty() || unknown_person);
    if (unknown_person) {
      xml_.OpenInline("persName");
    } else if (named) {
      xml_.OpenInline(NameElement(note.base_kind), {{"ref", Ref(note.base_ref)}});
    }
    AttributeViews choice_attributes;
    if (note.doubled) choice_attributes.push_back("rend", "double");
    xml_.OpenInline("choice", choice_attributes);
    WriteBase(note, expansion ? "abbr" : "orig");
    if (expansion) {
      AttributeViews expan_attributes;
      if (note.by_translator) expan_attributes.push_back("resp", "#translator");
      xml_.OpenInline("expan", expan_attributes);
    } else {
      xml_.OpenInline("reg", {{"type", note.note_kind == NoteKind::kPseudonym ? "identity" : "romanization"}});
    }
    WriteInlines(note.children);
    xml_.Close();
    xml_.Close();
    if (named) xml_.Close();
  }

  // "tajne—secret": the term in `foreign`, then the translator's gloss after the dash.
  void WriteOriginalTerm(const Inline& note) {
    AttributeViews attributes;
    attributes.push_back("type", "original-term");
    AddRend(attributes, note);
    xml_.OpenInline("note", attributes);
    const Inlines& term = note.children;
    size_t dash = std::string::npos;
    if (term.size() == 1 && term[0].type == Inline::Type::kText) dash = term[0].text.find("\u2014");
    const bool glossed = dash != std::string::npos && dash > 0;
    // "und" (undetermined) when the export names no original language or an unknown one.
    xml_.OpenInline("foreign", {{"xml:lang", note.language.empty() ? std::string_view("und") : std::string_view(note.language)}});
    if (glossed) {
      xml_.Text(std::string_view(term[0].text).substr(0, dash));
    } else {
      WriteInlines(term);
    }
    xml_.Close();
    if (glossed) xml_.Text(std::string_view(term[0].text).substr(dash));
    xml_.Close();
  }

  // [...] (the printed dots in @rend), [illegible ...], [NAME REDACTED] and (redacted).
  void WriteGap(const Inline& note) {
    if (note.note_kind == NoteKind::kOmission) {
      AttributeViews attributes;
      attributes.push_back("reason", "omitted");
      AddRend(attributes, note, note.printed);
      xml_.Empty("gap", attributes);
      return;
    }
    // A description that holds notes of its own ([illegible [?] signature]) cannot be a desc
    // (TEI allows no note there): the bracket is a note of the same kind.
    if (!DescCanHold(note.children)) {
      const char* type = note.note_kind == NoteKind::kIllegible   ? "illegible"
                         : note.note_kind == NoteKind::kInaudible ? "inaudible"
                                                                  : "redaction";
      WriteNoteElement(note, type, "#editor");
      return;
    }
    const char* reason = note.note_kind == NoteKind::kIllegible   ? "illegible"
                         : note.note_kind == NoteKind::kInaudible ? "inaudible"
                                                                  : "redacted";
    AttributeViews attributes;
    attributes.push_back("reason", reason);
    AddRend(attributes, note, note.printed == "paren" ? "paren" : "");
    xml_.OpenInline("gap", attributes);
    WriteDesc(note.children);
    xml_.Close();
  }

  // What a desc may hold: text, names and dates; a line break is written as the line feed itself.
  static bool DescCanHold(const Inlines& inlines) {
    return std::all_of(inlines.begin(), inlines.end(), [](const Inline& run) {
      switch (run.type) {
        case Inline::Type::kText:
        case Inline::Type::kLineBreak: return true;
        case Inline::Type::kName:
        case Inline::Type::kDate: return DescCanHold(run.children);
        default: return false;
      }
    });
  }

  void WriteDesc(const Inlines& content) {
    xml_.OpenInline("desc");
    in_desc_ = true;
    WriteInlines(content);
    in_desc_ = false;
    xml_.Close();
  }

  // "15 percent [sic]" wraps the reading; "[sic: ...]" adds the explanation as a note.
  void WriteSic(const Inline& note) {
    const bool plain = note.text == "sic" || note.text == "sic!";
    if (!note.base.empty()) {
      // "Zedong[sic]": glued (and padded) as any bracket, so that the text form prints it back so.
      AttributeViews attributes;
      AddRend(attributes, note, note.text == "sic!" ? "sic!" : "");
      xml_.OpenInline("sic", attributes);
      WriteInlines(note.base);
      xml_.Close();
    }
    if (!plain) WriteNoteElement(note, "sic", "#editor");
    // "[Jong Jun Gi] [sic]" after a note: an empty sic, attached like a note.
    if (plain && note.base.empty()) {
      AttributeViews attributes;
      AddRend(attributes, note, note.text == "sic!" ? "sic!" : "");
      xml_.Empty("sic", attributes);
    }
  }

  void WriteNote(const Inline& note) {
    switch (note.note_kind) {
      case NoteKind::kPseudonym:
      case NoteKind::kAltRomanization:
      case NoteKind::kExpansion: WriteChoice(note); return;
      case NoteKind::kSupplied:
      case NoteKind::kSuppliedDate:
      case NoteKind::kSuppliedInWord:
      {
        AttributeViews attributes;
        attributes.push_back("reason", note.note_kind == NoteKind::kSuppliedInWord ? "abbreviated-in-original"
                                                                                  : "omitted-in-original");
        // Only the doubling: a supplied part's padding is in its text, and it sits where it was printed.
        if (note.doubled) attributes.push_back("rend", "double");
        xml_.OpenInline("supplied", attributes);
        WriteInlines(note.children);
        xml_.Close();
        return;
      }
      case NoteKind::kOriginalTerm: WriteOriginalTerm(note); return;
      case NoteKind::kIdentification: WriteNoteElement(note, "identification", "#editor"); return;
      case NoteKind::kEditorial: WriteNoteElement(note, "editorial", "#editor"); return;
      case NoteKind::kTranslator: WriteNoteElement(note, "translator", "#translator"); return;
      case NoteKind::kLanguageChange: WriteNoteElement(note, "language", "#editor"); return;
      case NoteKind::kHandwritten:
        WriteNoteElement(note, "handwritten", "#editor", note.descriptor ? "descriptor" : "");
        return;
      case NoteKind::kSignature: WriteNoteElement(note, "signature", nullptr); return;
      case NoteKind::kUnclassified: WriteNoteElement(note, "editorial", "#editor", "unclassified"); return;
      case NoteKind::kFootnoteRef: WriteNoteElement(note, "editorial", "#editor", "unresolved-footnote"); return;
      case NoteKind::kStage:
        if (in_speech_ && DescCanHold(note.children)) {
          AttributeViews attributes;
          AddRend(attributes, note);
          xml_.OpenInline("incident", attributes);
          WriteDesc(note.children);
          xml_.Close();
          return;
        }
        WriteNoteElement(note, "stage", nullptr);
        return;
      case NoteKind::kStamp:
        if (note.descriptor) {
          WriteNoteElement(note, "stamp", nullptr, "descriptor");
        } else {
          WriteNoteElement(note, "stamp", nullptr, "", "stamp");
        }
        return;
      case NoteKind::kOmission:
      case NoteKind::kIllegible:
      case NoteKind::kInaudible:
      case NoteKind::kRedaction: WriteGap(note); return;
      case NoteKind::kSic: WriteSic(note); return;
      case NoteKind::kUncertain: {
        // The mark is "?" unless @rend says how it was printed ("??").
        AttributeViews attributes;
        attributes.push_back("cert", "low");
        attributes.push_back("reason", "uncertain");
        AddRend(attributes, note, note.printed == "?" ? std::string_view() : std::string_view(note.printed));
        xml_.OpenInline("unclear", attributes);
        WriteInlines(note.base);
        xml_.Close();
        return;
      }
    }
  }

  std::string ref_;   // Ref's buffer
  std::string rend_;  // AddRend's buffer
  bool in_speech_ = false;
  bool in_desc_ = false;  // desc allows no lb
  const Document& document_;
  const Publication& publication_;
  XmlWriter xml_;
};

}  // namespace

std::string WriteTei(const Document& document, const Publication& publication) {
  return TeiWriter(document, publication).Write();
}

}  // namespace teipress
