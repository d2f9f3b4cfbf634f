// The one policy under which teipress reads XML, whoever wrote it: documents, schemas (RELAX NG
// and Schematron), stylesheets and what they import, authority files, XInclude targets and
// document() of a stylesheet. Every reader of XML in teipress goes through it, so every command
// gives the same verdict on the same input (tests/data/hostile/, tests/xml/hostile_input_test.cc).
//
// The policy has three parts:
//  1. Parser options (XmlInputParseOptions): no network; internal entities expanded (their text is
//     part of the document and must never be lost); no DTD loaded; CDATA merged into text;
//     libxml2's built-in guards left on (XML_PARSE_HUGE is never set).
//  2. Limits (XmlInputLimits, documented with their reasons in SECURITY.md), checked before
//     libxml2 sees the bytes where libxml2 has no guard of its own or its guard is slow
//     (ScanXmlInputLimits: input size, nesting depth, attributes per element), and by libxml2
//     where it has one (text node size, attribute value size, entity expansion), whose messages
//     are rewritten to name the limit (ExplainLibxmlLimitError).
//  3. The entity loader (installed by InstallXmlInputPolicy), the only door through which libxml2
//     and libxslt open anything: no network; nothing a document asks for while it is being parsed
//     (external DTDs, external entities, parameter entities) — refused and reported; documents
//     (XInclude targets, document(), xsl:import, RELAX NG includes) only as regular local files,
//     read by teipress itself under the same limits, and for XInclude only inside the including
//     document's directory tree, whatever the URL's spelling (file:/x, file://localhost/x, %2F).
//
// A new reader of XML (e.g. another validator) parses with ReadXmlFile / ReadXmlMemory
// (xml_reader.h), which apply all three; one that must drive libxml2 itself uses
// XmlInputParseOptions(), ReadXmlInputFile() (or MappedXmlInput) for the bytes and ScanXmlInputLimits() before
// parsing, and calls InitializeXmlLibraries() first so that the loader is in place.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "diagnostic.h"

struct _xmlError;

namespace teipress {

struct XmlInputLimits {
  // The whole file, checked before it is read: larger inputs are refused before any memory is
  // spent on them (a parsed tree takes 5-10 times the file's size).
  uint64_t max_input_bytes = 256ull << 20;
  // Elements nested in elements; also libxml2's own limit without XML_PARSE_HUGE.
  int max_depth = 256;
  // Attributes on one element: libxml2 checks duplicate attributes pairwise (quadratic time).
  int max_attributes = 256;
  // One text node or one attribute value (libxml2's XML_MAX_TEXT_LENGTH).
  size_t max_text_bytes = 10000000;
  // The text internal entities may add to a document: at most this or the document's own size,
  // whichever is larger, counted before parsing (billion laughs, quadratic blow-up; libxml2's own
  // guard, 10 MB and 10 times the input, would first copy gigabytes).
  size_t entity_expansion_floor_bytes = 1000000;
  int entity_expansion_factor = 10;  // libxml2's guard, behind ours
};

const XmlInputLimits& DefaultXmlInputLimits();

// The libxml2 parser options of the policy.
int XmlInputParseOptions();

// Installs the entity loader and libxslt's document loader (idempotent; InitializeXmlLibraries
// calls it). Before any thread parses.
void InstallXmlInputPolicy();

// Reads the file at `path` for parsing: only a regular file (a FIFO, device or directory is
// refused at once, without blocking), at most max_input_bytes. On failure returns false and
// appends an io.* diagnostic naming the path (and the limit).
bool ReadXmlInputFile(const boost::filesystem::path& path, std::string& bytes, std::vector<Diagnostic>& diagnostics,
                      const std::string& name = "");

// The same file mapped into memory instead of copied, for a reader that streams (memory then does
// not grow with the file: the pages are the page cache's). Null after appending the diagnostic.
class MappedXmlInput {
 public:
  static std::unique_ptr<MappedXmlInput> Open(const boost::filesystem::path& path, std::vector<Diagnostic>& diagnostics);
  ~MappedXmlInput();
  MappedXmlInput(const MappedXmlInput&) = delete;
  MappedXmlInput& operator=(const MappedXmlInput&) = delete;
  std::string_view bytes() const { return {data_ ? data_ : "", size_}; }

 private:
  MappedXmlInput() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Checks the limits libxml2 does not check (or checks slowly) in one linear pass over the bytes,
// before parsing: input size, nesting depth and attributes per element. Returns false and
// appends an error naming `name`, the line and column, and the limit. Markup that is not
// well-formed is left to the parser.
bool ScanXmlInputLimits(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& diagnostics);

// When `error` is libxml2 stopping at one of its guards, the policy's diagnostic for it (rule
// xml.limit-*, message naming the limit); else false.
bool ExplainLibxmlLimitError(const _xmlError& error, Diagnostic& diagnostic);

// The local file a URL or path names, as the policy opens it: a path, or a file: URL without a
// host or with host "localhost" (percent escapes decoded). False for any other scheme or host.
bool LocalPathOfUrl(const std::string& url, boost::filesystem::path& path);

// While alive on this thread, XInclude loads must stay inside `root` (a canonical directory);
// refused targets are appended to `refused`.
class XIncludeConfinement {
 public:
  XIncludeConfinement(const boost::filesystem::path& root, std::vector<std::string>& refused);
  ~XIncludeConfinement();
  XIncludeConfinement(const XIncludeConfinement&) = delete;
  XIncludeConfinement& operator=(const XIncludeConfinement&) = delete;
};

// Whether `path` is `root` or lies below it, component by component ("/doc-evil" is not in "/doc").
bool IsInsideDirectory(const boost::filesystem::path& path, const boost::filesystem::path& root);

// While alive on this thread, what the loader refuses or cannot read is reported here (the
// diagnostics name `file` unless the refusal knows better). XmlErrorCollector opens one.
class XmlInputReportScope {
 public:
  XmlInputReportScope(std::string file, std::vector<Diagnostic>& sink);
  ~XmlInputReportScope();
  XmlInputReportScope(const XmlInputReportScope&) = delete;
  XmlInputReportScope& operator=(const XmlInputReportScope&) = delete;

 private:
  XmlInputReportScope* previous_;
  std::string file_;
  std::vector<Diagnostic>& sink_;
  friend void ReportXmlInputProblem(Diagnostic diagnostic);
};

// Reports to the innermost XmlInputReportScope of this thread (dropped when there is none:
// the parse then fails on its own with libxml2's message).
void ReportXmlInputProblem(Diagnostic diagnostic);

}  // namespace teipress
