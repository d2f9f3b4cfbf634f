// What the print edition shows away from its place in the text, as an XPath predicate on TEI
// elements (text_order.h: TeiText's `moved`), shared by the FO and the PDF corpus tests:
// footnotes (core.xsl's entity "foot"), the readings of an apparatus entry (the line-keyed
// apparatus at the foot of the page or after the text) but its base text (the lemma, else the first
// reading, which the text shows), and an abbreviation whose expansion
// marks the editor's letters (ex): Leiden prints its letters once, in the expansion, a(bc)
// (transcription.xsl).
#pragma once

namespace teipress::testing {

constexpr const char* kMovedInPrint =
    "self::tei:note[ancestor::tei:text][@place='foot' or @place='bottom' or @place='end' or @place='endnote' or "
    "not(@place='inline' or @rend='inline' or contains(' identification original-term editorial translator sic "
    "stamp handwritten signature stage gloss ', concat(' ', @type, ' ')))] or "
    "(parent::tei:app and not(self::tei:lem) and not(self::tei:rdg[not(../tei:lem)][not(preceding-sibling::tei:rdg)])) "
    "or self::tei:abbr[parent::tei:choice[count(*) = 2][tei:expan[.//tei:ex]]]";

}  // namespace teipress::testing
