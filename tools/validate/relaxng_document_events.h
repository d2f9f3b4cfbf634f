// Feeds a document to a RelaxNgMatcher as events, in one of two ways: streamed from its file by
// libxml2's SAX2 parser (the hardened options of xml_reader.h: no network, no external entities
// or DTDs, no entity expansion), so that memory does not grow with the document and every
// position is exact (the '<' of a start tag, the first non-blank character of text); or walked
// from a tree already parsed (when the caller needs the tree anyway: Schematron, rendering,
// XInclude), with lines from the tree.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"
#include "relaxng_matcher.h"
#include "xml_ptr.h"

namespace teipress {

// Streams `path` into `matcher`; well-formedness errors go to `diagnostics` (rule
// "xml.well-formed"). Returns false when the file cannot be read or is not well-formed.
bool StreamXmlFile(const std::string& path, RelaxNgMatcher& matcher, std::vector<Diagnostic>& diagnostics);

// Walks `document` into `matcher` (events carry the nodes, lines from the tree).
void WalkXmlTree(xmlDocPtr document, RelaxNgMatcher& matcher);

}  // namespace teipress
