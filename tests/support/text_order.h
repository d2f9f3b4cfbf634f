// Whether the text of a TEI document reaches a rendering of it (HTML, XSL-FO or a PDF's text), and
// in the document's order: the check the HTML, FO and PDF corpus tests share.
//
// The rendered text is aligned with the TEI's text nodes as `diff --patience` aligns files: the
// nodes that occur once in each are anchors, the longest run of anchors in the same order fixes
// the alignment, and the nodes between two anchors are looked for, in order, between the places
// those anchors were found. So furniture a rendering adds (running heads, line numbers, labels,
// brackets) costs nothing, a block the rendering moves (a footnote printed at the foot of the
// page) counts as found but not in order, and a node a page break splits in a PDF is found word by
// word. What is counted is characters of the folded text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "xml_ptr.h"

namespace teipress::testing {

enum class Folding {
  // Whitespace removed, nothing else: the HTML keeps every character as the TEI has it.
  kWhitespace,
  // Also the differences print makes on purpose or pdftotext makes: letters in lower case (small
  // capitals print upper-cased), combining marks dropped (pdftotext leaves them out), ligatures
  // spelled out, hyphens, soft hyphens and zero-width spaces dropped (hyphenation, break hints).
  kPrinted,
  // As kPrinted, but words kept apart, for comparing words: every white space character an ASCII
  // space (line breaks and form feeds kept, they end lines and pages), hyphens kept (a word
  // hyphenated at a line's end is joined by the caller).
  kPrintedWords,
};

std::string Fold(std::string_view text, Folding folding);

struct OrderReport {
  size_t characters = 0;  // of the expected text, folded
  size_t in_order = 0;    // characters found in the order of the document
  size_t elsewhere = 0;   // characters found, but not in order
  size_t split_words = 0; // words found in order in two halves: hyphenated where a page ends
  std::vector<std::string> missing;    // expected text (folded, shortened) found nowhere
  std::vector<std::string> displaced;  // expected text found only out of order

  double InOrderShare() const { return characters ? static_cast<double>(in_order) / characters : 1.0; }
  double FoundShare() const { return characters ? static_cast<double>(in_order + elsewhere) / characters : 1.0; }
  // "99.87% in order, 100% found; missing: …; out of order: …" with the first `examples` of each.
  std::string Describe(size_t examples = 5) const;
};

// Aligns `expected` (text nodes, raw) with `rendered` (raw) after folding both.
OrderReport CompareInOrder(const std::vector<std::string>& expected, const std::string& rendered, Folding folding);

// The text nodes of a TEI document in the three sequences a rendering keeps in order each:
// `main`, the text (tei:text, outermost; the whole root for a fragment without one) except what
// `moved` selects, which a rendering shows elsewhere (footnotes after the text or at the foot of
// the page, apparatus readings below the text); and `outside`, everything outside tei:text
// (the teiHeader, standOff), which renderings show in their own order (metadata first).
struct TeiTextNodes {
  std::vector<std::string> main, moved, outside;
};
// `moved` is an XPath predicate on elements (prefix tei:), e.g. "self::tei:note[@place='foot']";
// a text node is moved when any ancestor matches it.
TeiTextNodes TeiText(xmlDocPtr document, const std::string& moved);

// The text an XSL-FO document prints in its flows, in order: static content (running heads),
// markers, bookmarks and declarations left out.
std::string FoFlowText(xmlDocPtr fo);

}  // namespace teipress::testing
