// jing is the reference RELAX NG validator; libxml2's XSD datatypes differ from it in two
// places that real TEI meets. These rewrites of a schema document (before libxml2 compiles it)
// make libxml2 accept and reject the same values as jing:
//   - anyURI: libxml2 parses the value as an RFC 3986 URI and rejects e.g. a non-numeric port
//     ("http://example.org:port/"); jing only checks that percent escapes are well formed, that
//     there is at most one '#', and that a scheme, if any, is well formed. Each
//     <data type="anyURI"> becomes <data type="token"> with those three checks as patterns.
//   - dateTime and time: libxml2 accepts the hour 24 ("T24:00:00", allowed by XSD 1.0 2nd
//     edition); jing does not. A pattern restricting the hour to 00-23 is added.
#pragma once

#include <string>
#include <vector>

#include "xml_ptr.h"

namespace teipress {

// Rewrites `schema` in place; returns the number of <data> patterns changed.
int AlignDatatypesWithJing(xmlDocPtr schema);

// For an XSD datatype name: the datatype libxml2 checks after the rewrite ("token" for "anyURI",
// else the same) and the patterns the rewrite adds (empty for datatypes left alone).
std::string AlignedDatatype(const std::string& xsd_type);
std::vector<std::string> AlignedPatterns(const std::string& xsd_type);

}  // namespace teipress
