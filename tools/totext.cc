#include "totext.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

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
  std::string Run(xmlDocPtr document) {
    xmlNodePtr tei = xmlDocGetRootElement(document);
    xmlNodePtr header = Child(tei, "teiHeader");
    WriteHeader(header);
    xmlNodePtr text = Child(tei, "text");
    Walk(Child(text, "body"), false);
    // Notes are listed by number, as the export lists them.
    std::stable_sort(footnotes_.begin(), footnotes_.end(),
                     [](const Footnote& a, const Footnote& b) { return std::atoi(a.n.c_str()) < std::atoi(b.n.c_str()); });
    if (!footnotes_.empty() || !footnote_heading_.empty()) {
      if (!footnote_heading_.empty()) Block(footnote_heading_);
      for (const Footnote& note : footnotes_) {
        // Under a "Notes" heading the export numbers notes bare ("1 text"), else "[1] text".
        const bool bare = note.style == "paren" || (note.style == "orphan" && !footnote_heading_.empty());
        Block((bare ? note.n + " " : "[" + note.n + "] ") + note.text);
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
    xmlNodePtr source = Child(file, "sourceDesc");
    if (xmlNodePtr citation = Child(source, "bibl", "citation")) {
      Block("Citation:");
      std::string text = Content(citation);
      const std::string url = Content(Child(Child(file, "publicationStmt"), "idno", "URI"));
      if (!url.empty()) text += "\n<" + url + ">";
      Block(text);
    }
    if (xmlNodePtr summary = Child(profile, "abstract")) {
      Block("Summary:");
      Block(Content(Child(summary, "p")));
    }
    if (xmlNodePtr funder = Child(Child(file, "titleStmt"), "funder")) {
      Block("Credits:");
      Block(Content(funder));
    }
    for (xmlNodePtr language = Child(Child(profile, "langUsage"), "language"); language; language = language->next) {
      if (!Is(language, "language") || Attr(language, "ident") == "en") continue;
      std::string name = Content(language);
      const std::string suffix = " (original language)";
      if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        name.resize(name.size() - suffix.size());
      }
      Block("Original Language:");
      Block(name);
    }
    if (xmlNodePtr contents = Child(source, "list", "contents")) {
      Block("Contents:");
      std::string items;
      for (xmlNodePtr item = contents->children; item; item = item->next) {
        if (Is(item, "item")) items += "- " + Content(item) + "\n";
      }
      if (!items.empty()) items.pop_back();
      Block(items);
    }
  }

  // Walks block structure; text of a block is gathered with Inline().
  void Walk(xmlNodePtr node, bool) {
    for (xmlNodePtr child = node ? node->children : nullptr; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      if (Is(child, "div") && Attr(child, "type") == "footnotes") {
        // Footnotes print at the end, under their heading; only their markers stay in the text.
        for (xmlNodePtr part = child->children; part; part = part->next) {
          if (Is(part, "head")) footnote_heading_ = Content(part);
          else if (part->type == XML_ELEMENT_NODE) Inline(part);
        }
        continue;
      }
      if (Is(child, "sp")) {
        std::string line;
        for (xmlNodePtr part = child->children; part; part = part->next) {
          if (Is(part, "speaker")) line += Content(part) + " ";
          if (Is(part, "p")) line += Inline(part);
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
      const std::string text = InlineOne(child);
      if (!text.empty()) Block(text);
    }
  }

  std::string Inline(xmlNodePtr node) {
    std::string text;
    for (xmlNodePtr child = node->children; child; child = child->next) text += InlineOne(child);
    return text;
  }

  std::string InlineOne(xmlNodePtr node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) return AsChars(node->content);
    if (node->type != XML_ELEMENT_NODE) return "";
    if (Is(node, "lb")) return "\n";
    if (Is(node, "pb")) return Attr(node, "rend").empty() ? "(p. " + Attr(node, "n") + ")" : Attr(node, "rend");
    if (Is(node, "milestone")) return Attr(node, "rend");
    if (Is(node, "choice")) {
      std::string first, second;
      for (xmlNodePtr part = node->children; part; part = part->next) {
        if (part->type != XML_ELEMENT_NODE) continue;
        (first.empty() ? first : second) = Inline(part);
      }
      return first + " [" + second + "]";
    }
    if (Is(node, "supplied")) return "[" + Inline(node) + "]";
    if (Is(node, "gap")) {
      if (xmlNodePtr desc = Child(node, "desc")) return "[" + Inline(desc) + "]";
      return "[" + (Attr(node, "rend").empty() ? std::string("...") : Attr(node, "rend")) + "]";
    }
    if (Is(node, "sic")) {
      const std::string inner = Inline(node);
      const std::string mark = Attr(node, "rend") == "sic!" ? "[sic!]" : "[sic]";
      return inner.empty() ? mark : inner + " " + mark;
    }
    if (Is(node, "unclear") && Attr(node, "reason") == "uncertain") {
      const std::string inner = Inline(node);
      return inner.empty() ? "[?]" : inner + " [?]";
    }
    if (Is(node, "note")) {
      if (Attr(node, "place") == "foot") {
        const std::string n = Attr(node, "n");
        const std::string style = Attr(node, "rend");
        const std::string marker = style == "paren" ? "(" + n + ")" : "[" + n + "]";
        footnotes_.push_back({n, style, Inline(node)});
        return style == "orphan" ? "" : marker;
      }
      return "[" + Inline(node) + "]";
    }
    return Inline(node);
  }

  std::string out_;
  struct Footnote {
    std::string n, style, text;
  };
  std::vector<Footnote> footnotes_;
  std::string footnote_heading_;
};

}  // namespace

std::string TeiToText(xmlDocPtr document) { return TextWriter().Run(document); }

}  // namespace teipress
