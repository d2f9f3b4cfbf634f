// XPath extension functions for the things XPath 1.0 cannot say (regular expressions, real
// calendar dates, where a node is), registered with libxslt under kXPathExtensionsNamespace.
// Schematron rules call them as teipress:matches(...) after <ns prefix="teipress" uri="..."/>.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace teipress {

inline constexpr const char* kXPathExtensionsNamespace = "urn:teipress:xpath";

// The functions' local names, shared by their registration and by code that writes calls to them
// (the Schematron compiler), so that the two cannot drift apart.
namespace xpath_function {
inline constexpr const char* kMatches = "matches";
inline constexpr const char* kIsDate = "is-date";
inline constexpr const char* kDayNumber = "day-number";
inline constexpr const char* kLastDayNumber = "last-day-number";
inline constexpr const char* kLine = "line";
inline constexpr const char* kPath = "path";
inline constexpr const char* kFileName = "file-name";
inline constexpr const char* kDocumentUri = "document-uri";
inline constexpr const char* kEvaluate = "evaluate";
inline constexpr const char* kDocuments = "documents";
}  // namespace xpath_function

// Registers the functions process-wide (once; safe to call from any thread):
//   teipress:matches(string, regex)      POSIX extended regular expression search (regcomp/regexec)
//   teipress:is-date(string)              a real proleptic Gregorian date: YYYY, YYYY-MM, YYYY-MM-DD or
//                                         YYYY-MM-DDThh:mm:ss[.f][Z|±hh:mm]
//   teipress:day-number(string)           the first day the date covers, as days since 1970-01-01; NaN if no date
//   teipress:last-day-number(string)      the last day it covers (1951-02 -> 28 February 1951)
//   teipress:line([node-set])             source line of the first node (attributes: their element's line)
//   teipress:path([node-set])             an XPath 1.0 location of the first node, e.g. /tei:TEI[1]/tei:text[1]
//   teipress:file-name([node-set])        the last segment of the node's document URI ("113009.xml")
//   teipress:document-uri([node-set])     the node's document URI, as the document was read
//   teipress:evaluate(string)              the value of the string as an XPath 1.0 expression, evaluated
//                                         where the call is (context node, position, size, variables,
//                                         namespaces); lets a predicate of an XSLT 1.0 match pattern use
//                                         variables, which the pattern itself may not
//   teipress:documents(object)            the documents the object names (a string, or each node's string
//                                         value), relative to the context node's document, like document();
//                                         but only files inside that document's directory tree, never the
//                                         network, and a file that cannot be read fails the transformation
// Without an argument, line/path/file-name/document-uri use the context node.
void RegisterXPathExtensions();

// The calendar logic behind is-date/day-number, exposed for tests and C++ callers.
struct DayRange {
  long first = 0;  // days since 1970-01-01
  long last = 0;
};
std::optional<DayRange> ParseCalendarDate(std::string_view text);

}  // namespace teipress
