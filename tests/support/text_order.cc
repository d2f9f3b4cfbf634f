#include "text_order.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <utility>

namespace teipress::testing {
namespace {

// ---- folding ----

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

bool IsCombiningMark(char32_t c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

bool IsHyphen(char32_t c) { return c == '-' || c == 0xAD || c == 0x2010 || c == 0x2011; }

char32_t LowerCase(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177) || (c >= 0x1E00 && c <= 0x1EFF)) && c % 2 == 0) {
    return c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 0x20;
  if (c == 0x3C2) return 0x3C3;  // final sigma: upper-cased and back it is a plain sigma
  static const std::map<char32_t, char32_t> kGreekAccented = {{0x386, 0x3AC}, {0x388, 0x3AD}, {0x389, 0x3AE},
                                                               {0x38A, 0x3AF}, {0x38C, 0x3CC}, {0x38E, 0x3CD},
                                                               {0x38F, 0x3CE}};
  if (auto found = kGreekAccented.find(c); found != kGreekAccented.end()) return found->second;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c >= 0x490 && c <= 0x4FF && c % 2 == 0) return c + 1;
  return c;
}

// ---- finding ----

// The positions of `text` sorted by the `kGram` bytes that start there: how often (and where) a
// string of at least kGram bytes occurs, without scanning the whole text for each one.
class GramIndex {
 public:
  static constexpr size_t kGram = 12;
  explicit GramIndex(const std::string& text) : text_(text) {
    if (text.size() < kGram) return;
    positions_.resize(text.size() - kGram + 1);
    for (size_t i = 0; i < positions_.size(); ++i) positions_[i] = static_cast<uint32_t>(i);
    std::sort(positions_.begin(), positions_.end(), [&](uint32_t a, uint32_t b) {
      const int order = std::memcmp(text_.data() + a, text_.data() + b, kGram);
      return order < 0 || (order == 0 && a < b);
    });
  }

  // Where `needle` (at least kGram bytes) occurs, in increasing order, at most `limit` of them.
  std::vector<size_t> Occurrences(std::string_view needle, size_t limit) const {
    std::vector<size_t> found;
    if (needle.size() < kGram || positions_.empty()) return found;
    auto first = std::lower_bound(positions_.begin(), positions_.end(), needle, [&](uint32_t at, std::string_view key) {
      return std::memcmp(text_.data() + at, key.data(), kGram) < 0;
    });
    for (auto it = first; it != positions_.end() && std::memcmp(text_.data() + *it, needle.data(), kGram) == 0; ++it) {
      if (text_.compare(*it, needle.size(), needle) == 0) {
        found.push_back(*it);
        if (found.size() >= limit) break;
      }
    }
    return found;
  }

 private:
  const std::string& text_;
  std::vector<uint32_t> positions_;
};

bool FoundAnywhere(const std::string& needle, const std::string& text, const GramIndex& index) {
  if (needle.size() >= GramIndex::kGram) return !index.Occurrences(needle, 1).empty();
  return text.find(needle) != std::string::npos;
}

std::string Shortened(const std::string& text) {
  if (text.size() <= 60) return text;
  size_t cut = 60;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return text.substr(0, cut) + "…";
}

struct Node {
  std::string folded;
  std::vector<std::string> words;  // folded, for a node a page break splits
};

// How far a word of a split node may be from the previous one: a page break puts the running head,
// folio and the page's footnotes between them, but not pages of text.
constexpr size_t kWordJump = 8192;
// How far the next word of a node usually is (punctuation and markup between): further on, a
// split version of it may be the right one.
constexpr size_t kNear = 64;
// The shortest node that anchors the alignment.
constexpr size_t kAnchor = 24;
// What a page break puts between the two halves of a hyphenated word.
constexpr size_t kPageFurniture = 4096;

// Where `word` continues after a page break split it with a hyphen: its head at the end of one
// page, the running head, folio and footnotes of the next, then its tail. npos when it does not.
struct Span {
  size_t begin = std::string_view::npos, end = std::string_view::npos;
  bool found() const { return begin != std::string_view::npos; }
};

Span FindSplitWord(std::string_view text, const std::string& word, size_t cursor) {
  // The head nearest the cursor: a longer head found further on is the word elsewhere.
  Span best;
  for (size_t head = word.size() >= 4 ? word.size() - 2 : 0; head >= 2; --head) {
    if ((static_cast<unsigned char>(word[head]) & 0xC0) == 0x80) continue;  // not inside a character
    const size_t at = text.find(std::string_view(word).substr(0, head), cursor);
    if (at == std::string_view::npos || at - cursor >= kWordJump || at >= best.begin) continue;
    const size_t tail = text.find(std::string_view(word).substr(head), at + head);
    if (tail != std::string_view::npos && tail - (at + head) < kPageFurniture) best = {at, tail + word.size() - head};
  }
  return best;
}

// A node found word by word from `cursor`: a page break (running head, folio, the page's
// footnotes) may stand inside it, or split one of its words with a hyphen.
struct WordMatch {
  size_t found_in_order = 0, split_words = 0;
  size_t big_gaps = 0;  // words far from the one before (a page break between), or split

  size_t first = std::string_view::npos, end = std::string_view::npos;
  std::vector<std::string> lost;
  // Most of the node's words found in order, close together (a page's furniture between them):
  // the node, a page break inside it. Else they are other nodes' words.
  bool Holds(const Node& node) const {
    return found_in_order * 2 >= node.folded.size() && first != std::string_view::npos &&
           end - first <= 2 * node.folded.size() + kPageFurniture;
  }
  // Found as a passage is when page breaks interrupt it: a sentence at least, its words close
  // together but where a page (about every 2,000 characters) may end. Short words are found
  // anywhere; scattered, they are other nodes' words.
  bool Compact(const Node& node) const {
    return node.words.size() >= 3 && big_gaps <= 1 + node.folded.size() / 2000;
  }
  // The node, complete, as a page break leaves it: a compact passage, or one long word (a URL)
  // in its two halves.
  bool Passage(const Node& node) const {
    return Holds(node) && lost.empty() &&
           (Compact(node) || (node.words.size() == 1 && split_words == 1 && node.folded.size() >= kAnchor));
  }
};

WordMatch MatchWords(const Node& node, std::string_view segment, size_t cursor) {
  WordMatch match;
  const size_t to = segment.size();
  size_t word_cursor = cursor;
  for (const std::string& word : node.words) {
    Span whole;
    if (word_cursor <= to) whole.begin = segment.find(word, word_cursor);
    if (whole.found() && whole.begin - word_cursor >= kWordJump) whole = Span();
    if (whole.found()) whole.end = whole.begin + word.size();
    // The word split by a page break, when that is nearer than the whole word further on.
    Span split;
    if (word_cursor <= to && (!whole.found() || whole.begin - word_cursor > kNear)) {
      split = FindSplitWord(segment, word, word_cursor);
    }
    const bool use_split = split.found() && (!whole.found() || split.begin < whole.begin);
    const Span& used = use_split ? split : whole;
    if (used.found()) {
      match.found_in_order += word.size();
      if (use_split || (match.first != std::string_view::npos && used.begin - word_cursor > kNear)) ++match.big_gaps;
      if (match.first == std::string_view::npos) match.first = used.begin;
      word_cursor = used.end;
      if (use_split) ++match.split_words;
    } else {
      match.lost.push_back(Shortened(word));
    }
  }
  match.end = word_cursor;
  return match;
}

// Looks for the nodes [begin, end) in order inside rendered[from, to).
void MatchSegment(const std::vector<Node>& nodes, size_t begin, size_t end, const std::string& rendered, size_t from,
                  size_t to, const GramIndex& index, OrderReport& report) {
  size_t cursor = from;
  const std::string_view segment = std::string_view(rendered).substr(0, to);
  for (size_t i = begin; i < end; ++i) {
    const Node& node = nodes[i];
    if (node.folded.empty()) continue;
    const size_t at = cursor <= to ? segment.find(node.folded, cursor) : std::string_view::npos;
    if (at != std::string_view::npos && at - cursor <= kNear) {
      report.in_order += node.folded.size();
      cursor = at + node.folded.size();
      continue;
    }
    if (at != std::string_view::npos) {
      // Further on: word by word from here first. A text may repeat a paragraph that a page
      // break splits here and not further on: a passage of it here, complete, is the node.
      const WordMatch words = MatchWords(node, segment, cursor);
      if (words.Passage(node) && words.first < at) {
        report.in_order += words.found_in_order;
        report.split_words += words.split_words;
        cursor = words.end;
      } else {
        report.in_order += node.folded.size();
        cursor = at + node.folded.size();
      }
      continue;
    }
    // Not whole after the cursor: split by a page break here (a passage of it, complete and
    // close together, is the node even when a copy of it stands before), else before the cursor
    // (out of order), else its words here, most of them (the rest missing).
    const WordMatch words = MatchWords(node, segment, cursor);
    const bool passage = words.Passage(node);
    if (!passage && FoundAnywhere(node.folded, rendered, index)) {
      report.elsewhere += node.folded.size();
      report.displaced.push_back(Shortened(node.folded));
    } else if (passage || words.Holds(node)) {
      report.in_order += words.found_in_order;
      report.split_words += words.split_words;
      report.missing.insert(report.missing.end(), words.lost.begin(), words.lost.end());
      cursor = words.end;
    } else {
      report.missing.push_back(Shortened(node.folded));
    }
  }
}

}  // namespace

std::string Fold(std::string_view text, Folding folding) {
  std::string out;
  out.reserve(text.size());
  static const std::map<char32_t, const char*> kLigatures = {{0xFB00, "ff"}, {0xFB01, "fi"},  {0xFB02, "fl"},
                                                             {0xFB03, "ffi"}, {0xFB04, "ffl"}, {0xFB05, "st"},
                                                             {0xFB06, "st"}};
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t c = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (size_t k = 1; k < length && i + k < text.size(); ++k) c = (c << 6) | (text[i + k] & 0x3F);
    const std::string_view original = text.substr(i, length);
    i += length;
    if (folding == Folding::kWhitespace) {
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += original;
      continue;
    }
    if (folding == Folding::kPrintedWords && IsSpace(c)) {
      // zero-width break hints join the word; line breaks and form feeds stay, other spaces are ' '
      if (c == 0x200B || c == 0x2060 || c == 0xFEFF) continue;
      out += (c == '\n' || c == '\f' || c == '\r') ? static_cast<char>(c) : ' ';
      continue;
    }
    if (folding == Folding::kPrintedWords && IsHyphen(c)) {
      out += original;
      continue;
    }
    if (IsSpace(c) || IsCombiningMark(c) || IsHyphen(c)) continue;
    if (auto ligature = kLigatures.find(c); ligature != kLigatures.end()) {
      out += ligature->second;
      continue;
    }
    AppendUtf8(out, LowerCase(c));
  }
  return out;
}

std::string OrderReport::Describe(size_t examples) const {
  auto percent = [](double share) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f%%", share * 100);
    return std::string(buffer);
  };
  std::string out = percent(InOrderShare()) + " in order, " + percent(FoundShare()) + " found (" +
                    std::to_string(characters) + " characters)";
  auto list = [&](const char* label, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += std::string("; ") + label + " (" + std::to_string(items.size()) + "):";
    for (size_t i = 0; i < items.size() && i < examples; ++i) out += " '" + items[i] + "'";
  };
  if (split_words) out += "; " + std::to_string(split_words) + " words hyphenated across a page break";
  list("missing", missing);
  list("out of order", displaced);
  return out;
}

OrderReport CompareInOrder(const std::vector<std::string>& expected, const std::string& rendered_raw, Folding folding) {
  OrderReport report;
  const std::string rendered = Fold(rendered_raw, folding);
  std::vector<Node> nodes;
  nodes.reserve(expected.size());
  std::map<std::string, int> frequency;  // of the folded nodes long enough to anchor
  for (const std::string& raw : expected) {
    Node node;
    node.folded = Fold(raw, folding);
    if (node.folded.empty()) continue;
    size_t start = raw.find_first_not_of(" \t\r\n");
    while (start != std::string::npos) {
      const size_t stop = raw.find_first_of(" \t\r\n", start);
      std::string word = Fold(raw.substr(start, stop == std::string::npos ? std::string::npos : stop - start), folding);
      if (!word.empty()) node.words.push_back(std::move(word));
      start = stop == std::string::npos ? stop : raw.find_first_not_of(" \t\r\n", stop);
    }
    if (node.words.empty()) node.words.push_back(node.folded);
    report.characters += node.folded.size();
    if (node.folded.size() >= GramIndex::kGram) ++frequency[node.folded];
    nodes.push_back(std::move(node));
  }
  const GramIndex index(rendered);

  // Anchors: nodes that occur once among the expected ones and once in the rendering, long enough
  // not to occur by chance inside another node's text.
  struct Anchor {
    size_t node;
    size_t at;
  };
  std::vector<Anchor> candidates;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].folded.size() < kAnchor || frequency[nodes[i].folded] != 1) continue;
    const std::vector<size_t> at = index.Occurrences(nodes[i].folded, 2);
    if (at.size() == 1) candidates.push_back({i, at.front()});
  }
  // The longest run of anchors in increasing position (patience sorting).
  std::vector<size_t> tails, previous(candidates.size(), SIZE_MAX);
  for (size_t i = 0; i < candidates.size(); ++i) {
    auto slot = std::lower_bound(tails.begin(), tails.end(), candidates[i].at,
                                 [&](size_t tail, size_t at) { return candidates[tail].at < at; });
    if (slot != tails.begin()) previous[i] = *(slot - 1);
    if (slot == tails.end()) {
      tails.push_back(i);
    } else {
      *slot = i;
    }
  }
  std::vector<Anchor> anchors;
  for (size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = previous[i]) anchors.push_back(candidates[i]);
  std::reverse(anchors.begin(), anchors.end());
  // Overlapping anchors (one node's text inside another's) cannot both be right: keep the first.
  std::vector<Anchor> kept;
  for (const Anchor& anchor : anchors) {
    if (kept.empty() || anchor.at >= kept.back().at + nodes[kept.back().node].folded.size()) kept.push_back(anchor);
  }

  size_t next_node = 0, from = 0;
  for (const Anchor& anchor : kept) {
    MatchSegment(nodes, next_node, anchor.node, rendered, from, anchor.at, index, report);
    report.in_order += nodes[anchor.node].folded.size();
    next_node = anchor.node + 1;
    from = anchor.at + nodes[anchor.node].folded.size();
  }
  MatchSegment(nodes, next_node, nodes.size(), rendered, from, rendered.size(), index, report);
  return report;
}

namespace {

bool InScope(xmlNodePtr element, const char* name) {
  for (xmlNodePtr n = element; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
    if (std::strcmp(AsChars(n->name), name) == 0 && n->ns &&
        std::strcmp(AsChars(n->ns->href), "http://www.tei-c.org/ns/1.0") == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

TeiTextNodes TeiText(xmlDocPtr document, const std::string& moved) {
  TeiTextNodes result;
  XPathContextPtr context(xmlXPathNewContext(document));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  const std::string expression = "//text()[normalize-space()]";
  XPathObjectPtr all(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
  const std::string moved_expression = "//text()[normalize-space()][ancestor::*[" + moved + "]]";
  XPathObjectPtr moved_nodes(xmlXPathEvalExpression(AsXmlChars(moved_expression.c_str()), context.get()));
  XPathObjectPtr has_text(xmlXPathEvalExpression(AsXmlChars("boolean(//tei:text)"), context.get()));
  const bool fragment = !has_text || !has_text->boolval;
  std::vector<xmlNodePtr> moved_list;
  if (moved_nodes && moved_nodes->nodesetval) {
    moved_list.assign(moved_nodes->nodesetval->nodeTab, moved_nodes->nodesetval->nodeTab + moved_nodes->nodesetval->nodeNr);
    std::sort(moved_list.begin(), moved_list.end());
  }
  if (!all || !all->nodesetval) return result;
  for (int i = 0; i < all->nodesetval->nodeNr; ++i) {
    const xmlNodePtr node = all->nodesetval->nodeTab[i];
    const std::string text = node->content ? AsChars(node->content) : "";
    if (!fragment && !InScope(node->parent, "text")) {
      result.outside.push_back(text);
    } else if (std::binary_search(moved_list.begin(), moved_list.end(), node)) {
      result.moved.push_back(text);
    } else {
      result.main.push_back(text);
    }
  }
  return result;
}

namespace {

void CollectFoText(xmlNodePtr node, std::string& out) {
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content) out += AsChars(child->content);
    } else if (child->type == XML_ELEMENT_NODE) {
      const std::string name = AsChars(child->name);
      if (name == "declarations" || name == "layout-master-set" || name == "static-content" || name == "marker" ||
          name == "bookmark-tree") {
        continue;
      }
      CollectFoText(child->children, out);
    }
  }
}

}  // namespace

std::string FoFlowText(xmlDocPtr fo) {
  std::string out;
  if (fo) CollectFoText(xmlDocGetRootElement(fo), out);
  return out;
}

}  // namespace teipress::testing
