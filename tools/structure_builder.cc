#include "structure_builder.h"

#include <algorithm>
#include <string_view>

#include "block_reader.h"
#include "bracket_parser.h"

namespace teipress {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string BlockText(const Block& block) { return PrintedText(block.content); }

bool StartsQuotation(const Block& block) {
  const std::string text = BlockText(block);
  return StartsWith(text, "\"") || StartsWith(text, "\u201C") || StartsWith(text, "\u201E");
}

Node Leaf(Block block) {
  Node node;
  node.type = Node::Type::kBlock;
  node.block = std::move(block);
  return node;
}

Node Container(Node::Type type, std::string division_type = "") {
  Node node;
  node.type = type;
  node.division_type = std::move(division_type);
  return node;
}

bool IsAttachmentMarker(const Block& block) {
  const std::string text = BlockText(block);
  return (StartsWith(text, "To p.") || StartsWith(text, "To item") || StartsWith(text, "Attachment") ||
          StartsWith(text, "Appendix") || StartsWith(text, "Annex") || StartsWith(text, "ANNEX") ||
          StartsWith(text, "Supplement") || StartsWith(text, "Attached")) &&
         text.size() < 80;
}

// Header lines: what may go into an opener.
bool IsOpenerBlock(const Block& block) {
  switch (block.kind) {
    case BlockKind::kSeg:
    case BlockKind::kDateline:
    case BlockKind::kAddressLine:
    case BlockKind::kSalute: return true;
    case BlockKind::kParagraph: {
      const std::string text = BlockText(block);
      // Short lines in capitals or without a full stop: issuer, place, addressee.
      const bool short_line = std::count(text.begin(), text.end(), ' ') <= 9 && text.size() <= 90;
      return short_line && (IsCapitalsLine(text) || (!EndsWith(text, ".") && !EndsWith(text, ":") &&
                                                     !EndsWith(text, ";") && !EndsWith(text, ",")));
    }
    default: return false;
  }
}

bool IsSignatureLike(const Block& block) {
  if (block.kind == BlockKind::kSigned) return true;
  const std::string text = BlockText(block);
  if (block.kind == BlockKind::kNoteBlock) {
    return text == "[signature]" || text == "[signed]" || text == "[sign]" || text == "[illegible signature]";
  }
  if (block.kind != BlockKind::kParagraph) return false;
  if (text.size() > 60) return false;
  // (A. PUZANOV), R A Z U V A E V, KIM IL SUNG, FILIPPOV [Stalin]."
  if (StartsWith(text, "(") && EndsWith(text, ")") && IsCapitalsLine(text)) return true;
  return IsCapitalsLine(text) && std::count(text.begin(), text.end(), ' ') <= 12;
}

bool IsCloserExtra(const Block& block) {
  if (block.kind == BlockKind::kDateline || block.kind == BlockKind::kClosingSalute) return true;
  if (block.kind == BlockKind::kSeg && block.subtype == "number") return true;
  if (block.kind == BlockKind::kParagraph) {
    const std::string text = BlockText(block);
    // A place under a signature: "Pyongyang", "Moscow, Kremlin."
    return std::count(text.begin(), text.end(), ' ') <= 2 && text.size() <= 30 && !text.empty() &&
           text.front() >= 'A' && text.front() <= 'Z' && !EndsWith(text, ":");
  }
  return false;
}

class Builder {
 public:
  explicit Builder(std::vector<Block>& blocks) : blocks_(blocks) {}

  // A division (or floatingText body) from blocks [begin, end).
  void FillDivision(Node& division, size_t begin, size_t end, bool allow_embedded) {
    size_t i = begin;
    // Opener: header lines up to and including a salute.
    Node opener = Container(Node::Type::kOpener);
    while (i < end && (IsOpenerBlock(blocks_[i]) || blocks_[i].kind == BlockKind::kHeading)) {
      if (blocks_[i].kind == BlockKind::kHeading) {
        FlushOpener(division, opener);
        division.children.push_back(Leaf(blocks_[i]));
        ++i;
        continue;
      }
      // A quoted salutation opens an embedded message, not this division's opener.
      if (allow_embedded && blocks_[i].kind == BlockKind::kSalute && StartsQuotation(blocks_[i])) break;
      const bool salute = blocks_[i].kind == BlockKind::kSalute;
      Block line = blocks_[i];
      if (line.kind == BlockKind::kParagraph) {
        const std::string text = BlockText(line);
        if (i == begin && allow_embedded) {
          line.subtype = "issuer";  // the first line of a document names who issued it
        } else if (text.find(' ') == std::string::npos && IsCapitalsLine(text)) {
          line.kind = BlockKind::kAddressLine;  // a destination: BEIJING, MOSCOW
        }
      }
      opener.children.push_back(Leaf(std::move(line)));
      ++i;
      if (salute) break;
    }
    FlushOpener(division, opener);

    // Closer: around the last signature, when nothing but closing matter follows it.
    size_t closer_begin = end, closer_end = end;
    for (size_t k = end; k > i; --k) {
      if (IsSignatureLike(blocks_[k - 1])) {
        closer_end = k;
        closer_begin = k - 1;
        while (closer_begin > i && (IsCloserExtra(blocks_[closer_begin - 1]) || IsSignatureLike(blocks_[closer_begin - 1]))) {
          --closer_begin;
        }
        while (closer_end < end && (IsCloserExtra(blocks_[closer_end]) || IsSignatureLike(blocks_[closer_end]))) {
          ++closer_end;
        }
        break;
      }
      // Only notes, page breaks and short routing lines may follow a closer.
      const Block& b = blocks_[k - 1];
      const bool trailing = b.kind == BlockKind::kNoteBlock || b.kind == BlockKind::kPageBreak ||
                            b.kind == BlockKind::kSeg || b.kind == BlockKind::kDateline ||
                            b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem;
      if (!trailing || end - k > 40) break;
    }
    if (closer_begin == closer_end) closer_begin = closer_end = end;

    FillContent(division, i, closer_begin, allow_embedded);
    if (closer_begin < closer_end) {
      Node closer = Container(Node::Type::kCloser);
      for (size_t k = closer_begin; k < closer_end; ++k) {
        Block block = blocks_[k];
        if (IsSignatureLike(block)) block.kind = BlockKind::kSigned;
        closer.children.push_back(Leaf(std::move(block)));
      }
      division.children.push_back(std::move(closer));
    }
    if (closer_end < end) {
      // After a closer TEI allows notes and milestones directly, other matter in a postscript.
      const bool only_notes = std::all_of(blocks_.begin() + closer_end, blocks_.begin() + end, [](const Block& b) {
        return b.kind == BlockKind::kNoteBlock || b.kind == BlockKind::kPageBreak;
      });
      if (only_notes) {
        for (size_t k = closer_end; k < end; ++k) division.children.push_back(Leaf(blocks_[k]));
      } else {
        Node postscript = Container(Node::Type::kPostscript);
        FillContent(postscript, closer_end, end, false);
        division.children.push_back(std::move(postscript));
      }
    }
  }

 private:
  void FlushOpener(Node& division, Node& opener) {
    if (opener.children.empty()) return;
    division.children.push_back(std::move(opener));
    opener = Container(Node::Type::kOpener);
  }

  // Paragraph-level content: lists, turns, embedded messages and numbered decision items.
  void FillContent(Node& parent, size_t begin, size_t end, bool allow_embedded) {
    size_t i = begin;
    Node* items_parent = nullptr;  // set once a decision item starts: content then goes into items
    while (i < end) {
      Node& target = items_parent ? *items_parent : parent;
      const Block& block = blocks_[i];
      if (allow_embedded && block.kind == BlockKind::kSalute && StartsQuotation(block)) {
        size_t close = i;
        while (close < end && !EndsQuotation(blocks_[close])) ++close;
        if (close < end) {
          Node embedded = Container(Node::Type::kFloatingText, "message");
          FillDivision(embedded, i, close + 1, false);
          target.children.push_back(std::move(embedded));
          i = close + 1;
          continue;
        }
      }
      if (block.kind == BlockKind::kListItem && IsDecisionItem(i, begin, end)) {
        Node item = Container(Node::Type::kDivision, "item");
        item.n = block.n;
        Block head = block;
        head.kind = BlockKind::kItemHeading;
        item.children.push_back(Leaf(head));
        parent.children.push_back(std::move(item));
        items_parent = &parent.children.back();
        ++i;
        continue;
      }
      if (block.kind == BlockKind::kListItem) {
        Node list = Container(Node::Type::kList, block.subtype);
        while (i < end && blocks_[i].kind == BlockKind::kListItem && blocks_[i].subtype == list.division_type &&
               !IsDecisionItem(i, begin, end)) {
          list.children.push_back(Leaf(blocks_[i]));
          ++i;
        }
        target.children.push_back(std::move(list));
        continue;
      }
      target.children.push_back(Leaf(block));
      ++i;
    }
  }

  // A numbered line that stands alone with a large number is an item of a protocol ("280.").
  bool IsDecisionItem(size_t i, size_t begin, size_t end) const {
    const Block& block = blocks_[i];
    if (block.subtype != "numbered" || block.n.empty()) return false;
    const int n = std::atoi(block.n.c_str());
    if (n < 10) return false;
    const bool neighbour_before = i > begin && blocks_[i - 1].kind == BlockKind::kListItem;
    const bool neighbour_after = i + 1 < end && blocks_[i + 1].kind == BlockKind::kListItem;
    return !neighbour_before && !neighbour_after;
  }

  std::vector<Block>& blocks_;
};

}  // namespace

bool EndsQuotation(const Block& block) {
  const std::string text = PrintedText(block.content);
  return EndsWith(text, "\"") || EndsWith(text, "\u201D") || EndsWith(text, "\".") || EndsWith(text, "\u201D.");
}

std::vector<Node> BuildStructure(std::vector<Block> blocks, const std::string& main_type) {
  // Parts: the document itself, then attachments (after "To p.280 ..." or a "* * *" separator).
  std::vector<std::pair<size_t, size_t>> parts;
  size_t start = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > start && (IsAttachmentMarker(blocks[i]) || blocks[i].kind == BlockKind::kSeparator)) {
      parts.push_back({start, i});
      start = i;
    }
  }
  parts.push_back({start, blocks.size()});

  Builder builder(blocks);
  std::vector<Node> body;
  for (size_t p = 0; p < parts.size(); ++p) {
    auto [begin, end] = parts[p];
    if (p == 0) {
      Node division = Container(Node::Type::kDivision, main_type);
      builder.FillDivision(division, begin, end, true);
      body.push_back(std::move(division));
      continue;
    }
    Node attachment = Container(Node::Type::kDivision, "attachment");
    // The marker or separator stays at the top of the attachment; the rest is the embedded text.
    attachment.children.push_back(Leaf(blocks[begin]));
    size_t content_end = end;
    while (content_end > begin + 1 && blocks[content_end - 1].kind == BlockKind::kNoteBlock) --content_end;
    if (content_end > begin + 1) {
      Node embedded = Container(Node::Type::kFloatingText, "document");
      builder.FillDivision(embedded, begin + 1, content_end, false);
      attachment.children.push_back(std::move(embedded));
    }
    for (size_t k = content_end; k < end; ++k) attachment.children.push_back(Leaf(blocks[k]));
    body.push_back(std::move(attachment));
  }
  return body;
}

}  // namespace teipress
