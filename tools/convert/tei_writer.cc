#include "tei_writer.h"

#include <algorithm>

#include "bracket_parser.h"
#include "xml_writer.h"

namespace teipress {
namespace {

constexpr const char* kPublisher = "History and Public Policy Program Digital Archive, Wilson Center";

Attributes DateAttributes(const DateValue& date) {
  Attributes attributes;
  if (!date.when.empty()) attributes.push_back({"when", date.when});
  if (!date.not_before.empty()) attributes.push_back({"notBefore", date.not_before});
  if (!date.not_after.empty()) attributes.push_back({"notAfter", date.not_after});
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

std::string Ref(const std::string& id) { return "#" + id; }

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

  void Element(const char* name, const std::string& text, const Attributes& attributes = {}) {
    xml_.OpenMixed(name, attributes);
    xml_.Text(text);
    xml_.Close();
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
    if (!e.citation.empty()) {
      Element("bibl", e.citation, {{"type", "citation"}});
    } else {
      Element("p", "No citation was given in the source export.");
    }
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
    // Without an Original Language section nothing says the text was translated.
    Element("language", e.original_language ? "English (translation)" : "English", {{"ident", "en"}});
    // The original language as printed; "und" (undetermined) when its name is not known.
    if (e.original_language) {
      Element("language", *e.original_language + " (original language)",
              {{"ident", e.language_code.empty() ? "und" : e.language_code}});
    }
    xml_.Close();
    if (!e.summary.empty()) {
      xml_.OpenBlock("abstract");
      Element("p", e.summary);
      xml_.Close();
    }
    WriteCorrespDesc(document_.correspondence, {});
    WriteCorrespDesc(document_.cover_correspondence, {{"type", "cover"}});
    xml_.Close();  // profileDesc
    xml_.Close();  // teiHeader
  }

  void WriteCorrespDesc(const std::vector<CorrespondenceAction>& actions, const Attributes& attributes) {
    if (actions.empty()) return;
    xml_.OpenBlock("correspDesc", attributes);
    for (const CorrespondenceAction& action : actions) {
      xml_.OpenBlock("correspAction", {{"type", action.type}});
      for (const Correspondent& party : action.parties) {
        Attributes name_attributes;
        if (!party.ref.empty()) name_attributes.push_back({"ref", Ref(party.ref)});
        Element(NameElement(party.kind), party.name, name_attributes);
      }
      if (!action.place_name.empty()) {
        Attributes place_attributes;
        if (!action.place_ref.empty()) place_attributes.push_back({"ref", Ref(action.place_ref)});
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
      Attributes attributes;
      if (!source.repository_ref.empty()) attributes.push_back({"ref", Ref(source.repository_ref)});
      Element("repository", source.repository_name, attributes);
    }
    for (const auto& [type, value] : source.identifiers) {
      if (type == "collection") {
        Element("collection", value);  // TEI's own element for a named collection (M-KS)
      } else {
        Element("idno", value, {{"type", type}});
      }
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
        Attributes attributes = {{"type", node.division_type}};
        if (!node.n.empty()) attributes.push_back({"n", node.n});
        xml_.OpenBlock("div", attributes);
        for (const Node& child : node.children) WriteNode(child, Context::kDivision);
        xml_.Close();
        return;
      }
      case Node::Type::kFloatingText: {
        xml_.OpenBlock("floatingText", {{"type", FloatingTextType(node)}});
        xml_.OpenBlock("body");
        for (const Node& child : node.children) WriteNode(child, Context::kDivision);
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
        xml_.OpenBlock("list", {{"type", node.division_type}});
        for (const Node& child : node.children) WriteNode(child, Context::kList);
        xml_.Close();
        return;
      }
      case Node::Type::kBlock: WriteBlock(node.block, context); return;
    }
  }

  // The spec's rule: a telegram has classification or routing lines in its opener; a letter has a
  // closing formula; with neither, address lines still make a telegram; anything else is a document.
  static std::string FloatingTextType(const Node& node) {
    bool telegram = false, letter = false, addressed = false;
    for (const Node& child : node.children) {
      if (child.type == Node::Type::kOpener) {
        for (const Node& line : child.children) {
          const Block& b = line.block;
          telegram = telegram || (b.kind == BlockKind::kSeg && (b.subtype == "classification" || b.subtype == "routing"));
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
      case BlockKind::kPageBreak:
        // "(p. 4)" is the usual form; "- 2 -" is recorded as rend="dash".
        xml_.Empty("pb", block.label.rfind("(", 0) == 0 ? Attributes{{"n", block.n}}
                                                        : Attributes{{"n", block.n}, {"rend", "dash"}});
        return;
      case BlockKind::kSeparator: xml_.Empty("milestone", {{"unit", "section"}, {"rend", block.label}}); return;
      case BlockKind::kNoteBlock:
        if (context == Context::kList) break;
        // A note standing alone on its line: the note element itself.
        WriteInlines(block.content);
        return;
      case BlockKind::kFormeWork: WrapMixed("fw", {{"type", "header"}}, block.content); return;
      default: break;
    }
    if (context == Context::kList) {
      Attributes attributes;
      if (!block.n.empty()) attributes.push_back({"n", block.n});
      xml_.OpenMixed("item", attributes);
      WriteLabelled(block);
      xml_.Close();
      return;
    }
    if (context == Context::kOpener) {
      switch (block.kind) {
        case BlockKind::kDateline: WrapMixed("dateline", {}, block.content); return;
        case BlockKind::kSalute: WrapMixed("salute", {}, block.content); return;
        case BlockKind::kSeg: WrapMixed("seg", {{"type", block.subtype}}, block.content); return;
        default: WrapMixed("seg", {{"type", block.subtype.empty() ? "heading" : block.subtype}}, block.content); return;
      }
    }
    if (context == Context::kCloser) {
      switch (block.kind) {
        case BlockKind::kDateline: WrapMixed("dateline", {}, block.content); return;
        case BlockKind::kClosingSalute: WrapMixed("salute", {}, block.content); return;
        case BlockKind::kSigned: WrapMixed("signed", {}, block.content); return;
        case BlockKind::kParagraph: WrapMixed("seg", {{"type", "place"}}, block.content); return;
        default: WrapMixed("seg", {{"type", block.subtype.empty() ? "closing" : block.subtype}}, block.content); return;
      }
    }
    switch (block.kind) {
      case BlockKind::kHeading: WrapMixed("head", block.subtype.empty() ? Attributes{} : Attributes{{"type", block.subtype}}, block.content); return;
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
        // A lone list item outside a list (after a decision item started): keep the label.
        xml_.OpenMixed("p");
        WriteLabelled(block);
        xml_.Close();
        return;
      default: WrapMixed("p", {}, block.content); return;
    }
  }

  void WrapMixed(const char* name, const Attributes& attributes, const Inlines& content) {
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
      case Inline::Type::kLineBreak: xml_.Empty("lb"); return;
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
        // @rend: the marker's form, "glued", and "listed-K" where the source listed its notes
        // out of numeric order (totext lists them again as printed).
        Attributes attributes = {{"place", "foot"}, {"n", run.label},
                                 {"rend", run.marker_style + (run.glued ? " glued" : "") +
                                              (run.printed.empty() ? "" : " " + run.printed)}};
        if (run.by_translator) attributes.push_back({"resp", "#translator"});
        xml_.OpenInline("note", attributes);
        WriteInlines(run.children);
        xml_.Close();
        return;
      }
      case Inline::Type::kNote: WriteNote(run); return;
    }
  }

  void WriteBase(const Inline& note, const char* element) {
    xml_.OpenInline(element);
    WriteInlines(note.base);
    xml_.Close();
  }

  // @rend tokens: how the bracket was printed, where the round trip needs it.
  static Attributes Rend(const Inline& note, std::string tokens = "") {
    if (note.printed == "double") tokens += tokens.empty() ? "double" : " double";
    if (note.glued) tokens += tokens.empty() ? "glued" : " glued";
    return tokens.empty() ? Attributes{} : Attributes{{"rend", tokens}};
  }

  void WriteNote(const Inline& note) {
    // type, optional subtype, resp, rend, in the order the spec writes them.
    auto note_element = [&](const std::string& type, bool by_editor, const std::string& subtype = "") {
      Attributes attributes = {{"type", type}};
      if (!subtype.empty()) attributes.push_back({"subtype", subtype});
      if (by_editor) attributes.push_back({"resp", "#editor"});
      for (auto& rend : Rend(note)) attributes.push_back(rend);
      xml_.OpenInline("note", attributes);
      WriteInlines(note.children);
      xml_.Close();
    };
    switch (note.note_kind) {
      case NoteKind::kPseudonym:
      case NoteKind::kAltRomanization: {
        const bool named = !note.base_ref.empty();
        if (named) xml_.OpenInline(NameElement(note.base_kind), {{"ref", Ref(note.base_ref)}});
        xml_.OpenInline("choice");
        WriteBase(note, "orig");
        xml_.OpenInline("reg", {{"type", note.note_kind == NoteKind::kPseudonym ? "identity" : "romanization"}});
        WriteInlines(note.children);
        xml_.Close();
        xml_.Close();
        if (named) xml_.Close();
        return;
      }
      case NoteKind::kExpansion: {
        xml_.OpenInline("choice");
        WriteBase(note, "abbr");
        xml_.OpenInline("expan", note.by_translator ? Attributes{{"resp", "#translator"}} : Attributes{});
        WriteInlines(note.children);
        xml_.Close();
        xml_.Close();
        return;
      }
      case NoteKind::kSupplied:
      case NoteKind::kSuppliedInWord: {
        xml_.OpenInline("supplied", {{"reason", note.note_kind == NoteKind::kSuppliedInWord ? "abbreviated-in-original"
                                                                                            : "omitted-in-original"}});
        WriteInlines(note.children);
        xml_.Close();
        return;
      }
      case NoteKind::kOriginalTerm: {
        Attributes attributes = {{"type", "original-term"}};
        for (auto& rend : Rend(note)) attributes.push_back(rend);
        xml_.OpenInline("note", attributes);
        // "tajne—secret": the term, then the translator's gloss after the dash.
        Inlines term = note.children;
        Inlines gloss;
        if (term.size() == 1 && term[0].type == Inline::Type::kText) {
          const size_t dash = term[0].text.find("\u2014");
          if (dash != std::string::npos && dash > 0) {
            gloss.push_back(Inline::Text(term[0].text.substr(dash)));
            term[0].text.resize(dash);
          }
        }
        xml_.OpenInline("foreign", note.language.empty() ? Attributes{} : Attributes{{"xml:lang", note.language}});
        WriteInlines(term);
        xml_.Close();
        WriteInlines(gloss);
        xml_.Close();
        return;
      }
      case NoteKind::kIdentification: note_element("identification", true); return;
      case NoteKind::kEditorial: note_element("editorial", true); return;
      case NoteKind::kTranslator: {
        Attributes attributes = {{"type", "translator"}, {"resp", "#translator"}};
        for (auto& rend : Rend(note)) attributes.push_back(rend);
        xml_.OpenInline("note", attributes);
        WriteInlines(note.children);
        xml_.Close();
        return;
      }
      case NoteKind::kHandwritten: note_element("handwritten", true, note.descriptor ? "descriptor" : ""); return;
      case NoteKind::kSignature: note_element("signature", false); return;
      case NoteKind::kUnclassified: note_element("editorial", true, "unclassified"); return;
      case NoteKind::kFootnoteRef: note_element("editorial", true, "unresolved-footnote"); return;
      case NoteKind::kStage:
        if (in_speech_) {
          xml_.OpenInline("incident", Rend(note));
          xml_.OpenInline("desc");
          WriteInlines(note.children);
          xml_.Close();
          xml_.Close();
          return;
        }
        note_element("stage", false);
        return;
      case NoteKind::kStamp: {
        if (note.descriptor) {
          note_element("stamp", false, "descriptor");
          return;
        }
        Attributes attributes = {{"type", "stamp"}};
        for (auto& rend : Rend(note)) attributes.push_back(rend);
        xml_.OpenInline("note", attributes);
        xml_.OpenInline("stamp");
        WriteInlines(note.children);
        xml_.Close();
        xml_.Close();
        return;
      }
      case NoteKind::kOmission: {
        Attributes attributes = {{"reason", "omitted"}};
        for (auto& rend : Rend(note, note.printed)) attributes.push_back(rend);
        xml_.Empty("gap", attributes);
        return;
      }
      case NoteKind::kIllegible:
      case NoteKind::kRedaction: {
        Attributes attributes = {{"reason", note.note_kind == NoteKind::kIllegible ? "illegible" : "redacted"}};
        Inline marks = note;
        if (note.printed == "paren") marks.printed.clear();  // "paren" is not a doubled bracket
        for (auto& rend : Rend(marks, note.printed == "paren" ? "paren" : "")) attributes.push_back(rend);
        xml_.OpenInline("gap", attributes);
        xml_.OpenInline("desc");
        WriteInlines(note.children);
        xml_.Close();
        xml_.Close();
        return;
      }
      case NoteKind::kSic: {
        const bool plain = note.text == "sic" || note.text == "sic!";
        if (!note.base.empty()) {
          xml_.OpenInline("sic", note.text == "sic!" ? Attributes{{"rend", "sic!"}} : Attributes{});
          WriteInlines(note.base);
          xml_.Close();
        }
        if (!plain) note_element("sic", true);
        // "[Jong Jun Gi] [sic]" after a note: an empty sic, attached like a note.
        if (plain && note.base.empty()) xml_.Empty("sic", Rend(note, note.text == "sic!" ? "sic!" : ""));
        return;
      }
      case NoteKind::kUncertain: {
        xml_.OpenInline("unclear", {{"cert", "low"}, {"reason", "uncertain"}});
        WriteInlines(note.base);
        xml_.Close();
        return;
      }
    }
  }

  bool in_speech_ = false;
  const Document& document_;
  const Publication& publication_;
  XmlWriter xml_;
};

}  // namespace

std::string WriteTei(const Document& document, const Publication& publication) {
  return TeiWriter(document, publication).Write();
}

}  // namespace teipress
