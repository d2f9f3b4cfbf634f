#include "totext.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "text_util.h"

namespace teipress {
namespace {

constexpr const char* kTei = "http://www.tei-c.org/ns/1.0";

bool Is(xmlNodePtr node, const char* name) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTei)) &&
         xmlStrEqual(node->name, AsXmlChars(name));
}

std::string Attr(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetProp(node, AsXmlChars(name)));
  return value ? AsChars(value.get()) : "";
}

xmlNodePtr Child(xmlNodePtr node, const char* name, const char* type = nullptr) {
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
    if (Is(child, name) && (!type || Attr(child, "type") == type)) return child;
  }
  return nullptr;
}

xmlNodePtr FirstElement(xmlNodePtr node) {
  for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) return child;
  }
  return nullptr;
}

std::string Content(xmlNodePtr node) {
  XmlCharsPtr value(xmlNodeGetContent(node));
  return value ? AsChars(value.get()) : "";
}

// Elements printed as blocks of their own (separated by an empty line).
bool IsBlock(xmlNodePtr node) {
  static constexpr const char* kBlocks[] = {"p", "head", "dateline", "salute", "signed", "addrLine", "item", "ab",
                                            "seg", "trailer", "byline", "l", "speaker"};
  for (const char* name : kBlocks) {
    if (Is(node, name)) return true;
  }
  return false;
}

class TextWriter {
 public:
  std::string Print(xmlNodePtr element) {
    std::string out;
    Append(element, out);
    return out;
  }

  std::string Run(xmlDocPtr document) {
    xmlNodePtr tei = xmlDocGetRootElement(document);
    xmlNodePtr header = Child(tei, "teiHeader");
    WriteHeader(header);
    xmlNodePtr text = Child(tei, "text");
    Walk(Child(text, "body"), false);
    // Notes are listed as the export listed them: by number, or by their recorded listing position.
    std::stable_sort(footnotes_.begin(), footnotes_.end(), [](const Footnote& a, const Footnote& b) {
      if (a.listed != b.listed) return a.listed < b.listed;
      return std::atoi(a.n.c_str()) < std::atoi(b.n.c_str());
    });
    if (!footnotes_.empty() || !footnote_heading_.empty()) {
      if (!footnote_heading_.empty()) Block(footnote_heading_);
      for (const Footnote& note : footnotes_) {
        // As @rend says the list labelled it, else as its marker implies: "[1] text" for "[1]",
        // "1 text" for "(1)".
        std::string label = note.listed_as;
        if (label.empty()) {
          const bool bare = note.style == "paren" || (note.style == "orphan" && !footnote_heading_.empty());
          label = bare ? "bare" : "bracket";
        }
        if (label == "bare") Block(note.n + " " + note.text);
        else if (label == "dotted") Block(note.n + ". " + note.text);
        else if (label == "paren") Block("(" + note.n + ") " + note.text);
        else if (label == "bracket-glued") Block("[" + note.n + "]" + note.text);
        else Block("[" + note.n + "] " + note.text);
      }
    }
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    return out_;
  }

 private:
  void Block(const std::string& text) {
    out_ += text;
    out_ += "\n\n";
  }

  void WriteHeader(xmlNodePtr header) {
    xmlNodePtr file = Child(header, "fileDesc");
    xmlNodePtr profile = Child(header, "profileDesc");
    out_ = "\n\n";
    if (xmlNodePtr date = Child(Child(profile, "creation"), "date")) Block(Content(date));
    Block(Content(Child(Child(file, "titleStmt"), "title", "main")));

    xmlNodePtr notes = Child(file, "notesStmt");
    std::vector<std::string> order;
    if (xmlNodePtr recorded = Child(notes, "note", "sections")) {
      const std::string text = Content(recorded);
      size_t start = 0;
      while (start <= text.size()) {
        const size_t end = text.find("; ", start);
        order.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 2;
      }
    } else {
      order = {"Citation", "Summary", "Credits", "Original Language", "Contents"};
    }
    std::vector<xmlNodePtr> other_sections;
    for (xmlNodePtr note = notes ? notes->children : nullptr; note; note = note->next) {
      if (Is(note, "note") && Attr(note, "type") == "section") other_sections.push_back(note);
    }
    size_t next_other = 0;
    const bool recorded_order = Child(notes, "note", "sections") != nullptr;
    xmlNodePtr source = Child(file, "sourceDesc");
    std::vector<std::string> printed;
    for (const std::string& name : order) {
      // Each known section prints from its TEI field (its first occurrence only: a repeated one
      // was kept verbatim as another section); with a recorded order even when empty.
      std::string text;
      bool present = recorded_order;
      const bool repeated = std::find(printed.begin(), printed.end(), name) != printed.end();
      printed.push_back(name);
      if (repeated) {
        while (next_other < other_sections.size() && Attr(other_sections[next_other], "n") != name) ++next_other;
        if (next_other < other_sections.size()) text = Content(other_sections[next_other++]);
      } else if (name == "Citation") {
        xmlNodePtr citation = Child(source, "bibl", "citation");
        const std::string url = Content(Child(Child(file, "publicationStmt"), "idno", "URI"));
        present = present || (citation && !TrimWhitespace(Content(citation)).empty()) || !url.empty();
        text = citation ? Content(citation) : "";
        if (!url.empty()) text += (text.empty() ? "<" : "\n<") + url + ">";
      } else if (name == "Summary") {
        xmlNodePtr summary = Child(profile, "abstract");
        present = present || (summary && !TrimWhitespace(Content(summary)).empty());
        text = summary ? Content(Child(summary, "p")) : "";
      } else if (name == "Credits") {
        xmlNodePtr funder = Child(Child(file, "titleStmt"), "funder");
        present = present || funder;
        text = funder ? Content(funder) : "";
      } else if (name == "Original Language" || name == "Original Languages" || name == "Original language" ||
                 name == "Language" || name == "Languages") {
        for (xmlNodePtr language = Child(Child(profile, "langUsage"), "language"); language; language = language->next) {
          if (!Is(language, "language")) continue;
          std::string value = Content(language);
          const std::string suffix = " (original language)";
          if (value.size() < suffix.size() || value.compare(value.size() - suffix.size(), suffix.size(), suffix) != 0) {
            continue;  // the English of the translation
          }
          if (value.size() > suffix.size() && value.compare(value.size() - suffix.size(), suffix.size(), suffix) == 0) {
            value.resize(value.size() - suffix.size());
          }
          text = value;
          present = true;
        }
      } else if (name == "Contents") {
        xmlNodePtr contents = Child(source, "list", "contents");
        present = present || contents;
        for (xmlNodePtr item = contents ? contents->children : nullptr; item; item = item->next) {
          if (Is(item, "item")) text += (text.empty() ? "- " : "\n- ") + Content(item);
        }
      } else {
        while (next_other < other_sections.size() && Attr(other_sections[next_other], "n") != name) ++next_other;
        if (next_other < other_sections.size()) text = Content(other_sections[next_other++]);
      }
      if (!present) continue;
      Block(name + ":");
      if (!text.empty()) Block(text);
    }
  }

  // Walks block structure; text of a block is gathered with Inline().
  void Walk(xmlNodePtr node, bool) {
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      if (Is(child, "div") && Attr(child, "type") == "footnotes") {
        // Footnotes print at the end, under their heading; only their markers stay in the text.
        for (xmlNodePtr part = child->children; part; part = part->next) {
          if (Is(part, "head")) footnote_heading_ = Inline(part);  // its notes printed again, as in any block
          else if (part->type == XML_ELEMENT_NODE) Inline(part);  // collects the notes it holds
        }
        continue;
      }
      if (Is(child, "sp")) {
        std::string line;
        for (xmlNodePtr part = child->children; part; part = part->next) {
          if (Is(part, "speaker")) line += Inline(part) + " ";
          if (Is(part, "p")) AppendChildren(part, line);
        }
        Block(line);
        continue;
      }
      if (Is(child, "list") || Is(child, "opener") || Is(child, "closer") || Is(child, "div") ||
          Is(child, "floatingText") || Is(child, "body") || Is(child, "postscript") || Is(child, "address")) {
        Walk(child, false);
        continue;
      }
      if (IsBlock(child)) {
        Block(Inline(child));
        continue;
      }
      // Notes, gaps, page breaks and milestones standing between blocks.
      std::string text;
      Append(child, text);
      if (!text.empty()) Block(text);
    }
  }

  std::string Inline(xmlNodePtr node) {
    std::string text;
    AppendChildren(node, text);
    return text;
  }

  void AppendChildren(xmlNodePtr node, std::string& out) {
    for (xmlNodePtr child = node->children; child; child = child->next) Append(child, out);
  }

  static bool HasRendToken(xmlNodePtr node, std::string_view token) {
    const std::string rend = " " + Attr(node, "rend") + " ";
    return rend.find(" " + std::string(token) + " ") != std::string::npos;
  }

  // A bracket that teipress attached to the text before it: print the space the source had.
  static void BracketSpace(xmlNodePtr node, std::string& out) {
    if (!out.empty() && out.back() != ' ' && out.back() != '\n' && !HasRendToken(node, "glued")) out += ' ';
  }

  static void Bracketed(const std::string& inner, xmlNodePtr node, std::string& out) {
    const bool doubled = HasRendToken(node, "double");
    out += doubled ? "[[" : "[";
    if (HasRendToken(node, "pad-start")) out += ' ';
    out += inner;
    if (HasRendToken(node, "pad-end")) out += ' ';
    out += doubled ? "]]" : "]";
  }

  // The printed mark among the @rend tokens (the dots of an omission, "??"): what is not a token
  // of how the bracket sat.
  static std::string PrintedMark(xmlNodePtr node, const std::string& otherwise) {
    static constexpr std::string_view kLayoutTokens[] = {"glued", "double", "pad-start", "pad-end", "paren"};
    std::string mark;
    const std::string rend = Attr(node, "rend");
    for (std::string_view token : SplitWords(rend)) {
      if (std::find(std::begin(kLayoutTokens), std::end(kLayoutTokens), token) != std::end(kLayoutTokens)) continue;
      if (!mark.empty()) mark += ' ';
      mark += token;
    }
    return mark.empty() ? otherwise : mark;
  }

  void Append(xmlNodePtr node, std::string& out) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      out += AsChars(node->content);
      return;
    }
    if (node->type != XML_ELEMENT_NODE) return;
    if (Is(node, "lb")) {
      out += "\n";
    } else if (Is(node, "pb")) {
      const std::string rend = Attr(node, "rend");
      out += rend == "dash" ? "- " + Attr(node, "n") + " -" : "(p. " + Attr(node, "n") + ")";
    } else if (Is(node, "milestone")) {
      out += Attr(node, "rend");
    } else if (Is(node, "choice") && Is(FirstElement(node), "sic")) {
      out += Inline(FirstElement(node));  // printed in error, as the source printed it
    } else if (Is(node, "choice")) {
      std::string first, second;
      xmlNodePtr second_node = nullptr;
      for (xmlNodePtr part = node->children; part; part = part->next) {
        if (part->type != XML_ELEMENT_NODE) continue;
        if (first.empty()) {
          first = Inline(part);
        } else {
          second = Inline(part);
          second_node = part;
        }
      }
      const bool by_translator = second_node && Is(second_node, "expan") && Attr(second_node, "resp") == "#translator";
      const bool doubled = HasRendToken(node, "double");
      out += first + (doubled ? " [[" : " [") + second + (by_translator ? "\u2014trans." : "") + (doubled ? "]]" : "]");
    } else if (Is(node, "supplied")) {
      const bool doubled = HasRendToken(node, "double");
      out += (doubled ? "[[" : "[") + Inline(node) + (doubled ? "]]" : "]");
    } else if (Is(node, "gap")) {
      BracketSpace(node, out);
      if (HasRendToken(node, "paren")) {
        out += "(" + Inline(Child(node, "desc")) + ")";
      } else if (xmlNodePtr desc = Child(node, "desc")) {
        Bracketed(Inline(desc), node, out);
      } else {
        Bracketed(PrintedMark(node, "..."), node, out);
      }
    } else if (Is(node, "sic")) {
      const std::string inner = Inline(node);
      const std::string word = HasRendToken(node, "sic!") ? "sic!" : "sic";
      // "help [orthographic mistake ...]": the explanation note that follows prints the bracket.
      xmlNodePtr next = node->next;
      const bool explained = next && Is(next, "note") && Attr(next, "type") == "sic";
      out += inner;
      if (inner.empty() || !explained) {
        BracketSpace(node, out);
        Bracketed(word, node, out);
      }
    } else if (Is(node, "unclear") && Attr(node, "reason") == "uncertain") {
      const std::string inner = Inline(node);
      if (!inner.empty()) {
        out += inner;
        BracketSpace(node, out);  // "America[?]": none when glued
      }
      Bracketed(PrintedMark(node, "?"), node, out);
    } else if (Is(node, "incident")) {
      BracketSpace(node, out);
      Bracketed(Inline(Child(node, "desc")), node, out);
    } else if (Is(node, "note") && Attr(node, "place") == "foot") {
      const std::string n = Attr(node, "n");
      const bool paren = HasRendToken(node, "paren");
      const bool orphan = HasRendToken(node, "orphan");
      if (!orphan) {
        if (!paren) BracketSpace(node, out);
        out += paren ? "(" + n + ")" : "[" + n + "]";
      }
      int listed = 0;
      const std::string rend = Attr(node, "rend");
      const size_t listed_at = rend.find("listed-");
      if (listed_at != std::string::npos) listed = std::atoi(rend.c_str() + listed_at + 7);
      std::string listed_as;
      for (std::string_view token : SplitWords(rend)) {
        if (StartsWith(token, "list-")) listed_as = std::string(token.substr(5));
      }
      footnotes_.push_back({n, paren ? "paren" : orphan ? "orphan" : "bracket", Inline(node), listed, listed_as});
    } else if (Is(node, "note")) {
      BracketSpace(node, out);
      Bracketed(Inline(node), node, out);
    } else {
      AppendChildren(node, out);
    }
  }

  std::string out_;
  struct Footnote {
    std::string n, style, text;
    int listed = 0;  // the "listed-K" position, 0 when the notes were listed by number
    std::string listed_as;  // "bracket", "bracket-glued", "paren", "bare", "dotted" (the list-* token of @rend)
  };
  std::vector<Footnote> footnotes_;
  std::string footnote_heading_;
};

}  // namespace

std::string TeiToText(xmlDocPtr document) { return TextWriter().Run(document); }

std::string PrintedForm(xmlNodePtr element) { return TextWriter().Print(element); }

}  // namespace teipress
