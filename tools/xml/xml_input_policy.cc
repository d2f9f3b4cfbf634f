#include "xml_input_policy.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxslt/documents.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <cctype>
#include <cstring>
#include <mutex>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "xml_ptr.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

thread_local XmlInputReportScope* report_scope = nullptr;
thread_local const fs::path* xinclude_root = nullptr;
thread_local std::vector<std::string>* xinclude_refused = nullptr;

std::string Megabytes(uint64_t bytes) {
  if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// 1-based column, in characters, of byte `at` of `bytes`.
int ColumnAt(std::string_view bytes, size_t at) {
  size_t start = bytes.rfind('\n', at == 0 ? 0 : at - 1);
  start = start == std::string_view::npos || (at == 0) ? 0 : start + 1;
  int column = 1;
  for (size_t i = start; i < at && i < bytes.size(); ++i) {
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool StartsWith(std::string_view text, size_t at, std::string_view prefix) {
  return text.size() >= at + prefix.size() && text.compare(at, prefix.size(), prefix) == 0;
}

// One linear pass over the markup: counts lines, nesting and attributes; skips comments,
// processing instructions, CDATA sections and the DOCTYPE (its internal subset included) so
// that nothing inside them is taken for an element.
class LimitScanner {
 public:
  LimitScanner(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& diagnostics)
      : bytes_(bytes), name_(name), diagnostics_(diagnostics), limits_(DefaultXmlInputLimits()) {}

  bool Run() {
    while (at_ < bytes_.size()) {
      size_t lt = bytes_.find('<', at_);
      if (lt == std::string_view::npos) lt = bytes_.size();
      if (lt - at_ > limits_.max_text_bytes) return TextTooLong(at_, line_);
      if (!CountReferences(at_, lt)) return false;
      Advance(lt);
      if (at_ >= bytes_.size()) break;
      if (StartsWith(bytes_, at_, "<!--")) {
        SkipPast("-->");
      } else if (StartsWith(bytes_, at_, "<![CDATA[")) {
        SkipPast("]]>");
      } else if (StartsWith(bytes_, at_, "<?")) {
        SkipPast("?>");
      } else if (StartsWith(bytes_, at_, "<!")) {
        if (!SkipDeclaration()) return false;
      } else if (StartsWith(bytes_, at_, "</")) {
        if (depth_ > 0) --depth_;
        SkipPast(">");
      } else if (!StartTag()) {
        return false;
      }
    }
    return true;
  }

 private:
  // Moves to byte `to`, counting line breaks on the way.
  void Advance(size_t to) {
    for (; at_ < to && at_ < bytes_.size(); ++at_) {
      if (bytes_[at_] == '\n') ++line_;
    }
  }

  void SkipPast(std::string_view end) {
    const size_t found = bytes_.find(end, at_ + 1);
    Advance(found == std::string_view::npos ? bytes_.size() : found + end.size());
  }

  // The size an internal entity expands to, references inside it included (loops: unbounded).
  uint64_t ExpandedSize(const std::string& name, int depth = 0) {
    if (const auto known = expanded_.find(name); known != expanded_.end()) return known->second;
    const auto entity = entities_.find(name);
    if (entity == entities_.end() || depth > 40) return depth > 40 ? UINT64_MAX / 4 : 0;
    const std::string& value = entity->second;
    uint64_t size = 0;
    for (size_t i = 0; i < value.size(); ++i) {
      const size_t semicolon = value[i] == '&' ? value.find(';', i) : std::string::npos;
      if (semicolon == std::string::npos || value[i + 1] == '#') {
        ++size;
        continue;
      }
      size = std::min<uint64_t>(UINT64_MAX / 4, size + ExpandedSize(value.substr(i + 1, semicolon - i - 1), depth + 1));
      i = semicolon;
    }
    expanded_[name] = size;
    return size;
  }

  // Adds the expansion of the entity references in bytes [from, to) to the document's total.
  bool CountReferences(size_t from, size_t to) {
    if (entities_.empty() && external_.empty()) return true;
    for (size_t amp = bytes_.find('&', from); amp < to; amp = bytes_.find('&', amp + 1)) {
      const size_t semicolon = bytes_.find(';', amp);
      if (semicolon >= to || semicolon - amp > 200 || bytes_[amp + 1] == '#') continue;
      const std::string name(bytes_.substr(amp + 1, semicolon - amp - 1));
      if (const auto external = external_.find(name); external != external_.end()) {
        Advance(amp);
        return RefuseExternal(amp, external->second);
      }
      expansion_ += ExpandedSize(name);
      const uint64_t limit = std::max<uint64_t>(limits_.entity_expansion_floor_bytes, bytes_.size());
      if (expansion_ > limit) {
        Advance(amp);
        return Refuse(amp, line_, rules::kXmlLimitEntityExpansion,
                      "entities expand to more than " + std::to_string(limit) +
                          " bytes of text; teipress expands at most 1 MB or the document's own size, whichever is "
                          "larger (billion laughs, quadratic blow-up)");
      }
    }
    return true;
  }

  // <!ENTITY name "value"> of the internal subset: internal general entities (their expansion is
  // counted), and the external ones, general or parameter (<!ENTITY name SYSTEM "uri">,
  // <!ENTITY % name PUBLIC "id" "uri">), whose use is refused where it stands. The first
  // declaration of a name binds, as in XML.
  void RecordEntity(size_t at) {
    size_t i = at + 8;  // after "<!ENTITY"
    while (i < bytes_.size() && IsXmlSpace(bytes_[i])) ++i;
    const bool parameter = i < bytes_.size() && bytes_[i] == '%';
    if (parameter) {
      ++i;
      while (i < bytes_.size() && IsXmlSpace(bytes_[i])) ++i;
    }
    const size_t name_start = i;
    while (i < bytes_.size() && !IsXmlSpace(bytes_[i]) && bytes_[i] != '"' && bytes_[i] != '\'') ++i;
    const std::string name(bytes_.substr(name_start, i - name_start));
    while (i < bytes_.size() && IsXmlSpace(bytes_[i])) ++i;
    if (name.empty() || i >= bytes_.size()) return;
    if (bytes_[i] == '"' || bytes_[i] == '\'') {
      const size_t close = bytes_.find(bytes_[i], i + 1);
      if (close == std::string_view::npos || parameter || external_.count(name)) return;
      entities_.emplace(name, std::string(bytes_.substr(i + 1, close - i - 1)));
      return;
    }
    // SYSTEM "uri" or PUBLIC "id" "uri"; unparsed entities (NDATA) are the parser's business.
    const bool system = StartsWith(bytes_, i, "SYSTEM"), public_id = StartsWith(bytes_, i, "PUBLIC");
    if (!system && !public_id) return;
    i += 6;
    std::string uri;
    for (int literal = 0; literal < (public_id ? 2 : 1); ++literal) {
      while (i < bytes_.size() && IsXmlSpace(bytes_[i])) ++i;
      if (i >= bytes_.size() || (bytes_[i] != '"' && bytes_[i] != '\'')) return;
      const size_t close = bytes_.find(bytes_[i], i + 1);
      if (close == std::string_view::npos) return;
      uri = std::string(bytes_.substr(i + 1, close - i - 1));
      i = close + 1;
    }
    const size_t end = bytes_.find('>', i);
    if (!parameter && bytes_.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i).find("NDATA") !=
                          std::string_view::npos) {
      return;
    }
    if (parameter) {
      external_parameters_.emplace(name, uri);
    } else if (!entities_.count(name)) {
      external_.emplace(name, uri);
    }
  }

  // %name; between the declarations of the internal subset.
  bool CheckParameterReference() {
    size_t end = at_ + 1;
    while (end < bytes_.size() && end - at_ < 200 && !IsXmlSpace(bytes_[end]) && bytes_[end] != ';' &&
           bytes_[end] != '%' && bytes_[end] != '<') {
      ++end;
    }
    if (end >= bytes_.size() || bytes_[end] != ';' || end == at_ + 1) return true;
    const auto external = external_parameters_.find(std::string(bytes_.substr(at_ + 1, end - at_ - 1)));
    return external == external_parameters_.end() || RefuseExternal(at_, external->second);
  }

  // As the entity loader words it (xml_input_policy.cc), here with the reference's position.
  bool RefuseExternal(size_t at, const std::string& uri) {
    return Refuse(at, line_, rules::kXmlExternalEntity,
                  "the document refers to the external entity or DTD '" + uri +
                      "'; teipress never loads external entities or DTDs, so its content would be missing: "
                      "replace the reference with the text itself (or an internal entity)",
                  false);
  }

  // <!DOCTYPE ... [ internal subset ] >, or any other <!...> (left to the parser).
  bool SkipDeclaration() {
    Advance(at_ + 2);
    char quote = 0;
    int brackets = 0;
    while (at_ < bytes_.size()) {
      const char c = bytes_[at_];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (brackets > 0 && StartsWith(bytes_, at_, "<!--")) {
        SkipPast("-->");
        continue;
      } else if (brackets > 0 && StartsWith(bytes_, at_, "<?")) {
        SkipPast("?>");
        continue;
      } else if (brackets > 0 && StartsWith(bytes_, at_, "<!ENTITY")) {
        RecordEntity(at_);
      } else if (brackets > 0 && c == '%' && !CheckParameterReference()) {
        return false;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        if (brackets > 0) --brackets;
      } else if (c == '>' && brackets == 0) {
        Advance(at_ + 1);
        return true;
      }
      Advance(at_ + 1);
    }
    return true;
  }

  bool StartTag() {
    const size_t tag_start = at_;
    const int tag_line = line_;
    Advance(at_ + 1);
    int attributes = 0;
    char quote = 0;
    bool self_closing = false;
    while (at_ < bytes_.size()) {
      const char c = bytes_[at_];
      if (quote) {
        if (c == quote) quote = 0;
        if (c == '&' && !CountReferences(at_, at_ + 1)) return false;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '=') {
        ++attributes;
        // The value starts at the next quote: its length is checked as a whole.
        size_t open = at_ + 1;
        while (open < bytes_.size() && IsXmlSpace(bytes_[open])) ++open;
        if (open < bytes_.size() && (bytes_[open] == '"' || bytes_[open] == '\'')) {
          const size_t close = bytes_.find(bytes_[open], open + 1);
          if ((close == std::string_view::npos ? bytes_.size() : close) - open > limits_.max_text_bytes) {
            return TextTooLong(open, line_);
          }
        }
      } else if (c == '<') {
        return true;  // not well-formed: the parser says where
      } else if (c == '>') {
        self_closing = at_ > tag_start && bytes_[at_ - 1] == '/';
        Advance(at_ + 1);
        break;
      }
      Advance(at_ + 1);
    }
    if (attributes > limits_.max_attributes) {
      return Refuse(tag_start, tag_line, rules::kXmlLimitAttributes,
                    "an element with " + std::to_string(attributes) + " attributes; teipress accepts at most " +
                        std::to_string(limits_.max_attributes) + " attributes on one element");
    }
    if (!self_closing && ++depth_ > limits_.max_depth) {
      return Refuse(tag_start, tag_line, rules::kXmlLimitDepth,
                    "elements nested more than " + std::to_string(limits_.max_depth) +
                        " levels deep; teipress accepts at most " + std::to_string(limits_.max_depth) + " levels");
    }
    return true;
  }

  bool TextTooLong(size_t at, int line) {
    return Refuse(at, line, rules::kXmlLimitText,
                  "a text or attribute value longer than " + std::to_string(limits_.max_text_bytes / 1000000) +
                      " MB; teipress accepts at most " + std::to_string(limits_.max_text_bytes) + " bytes in one");
  }

  bool Refuse(size_t at, int line, RuleId rule, const std::string& message, bool limit = true) {
    diagnostics_.push_back({name_, line, ColumnAt(bytes_, at), Severity::kError,
                            limit ? message + " (limit of untrusted XML, see SECURITY.md)" : message, rule});
    return false;
  }

  std::string_view bytes_;
  const std::string& name_;
  std::vector<Diagnostic>& diagnostics_;
  const XmlInputLimits& limits_;
  size_t at_ = 0;
  int line_ = 1;
  int depth_ = 0;
  std::map<std::string, std::string> entities_;  // internal general entities: name -> value
  std::map<std::string, std::string> external_;  // external general entities: name -> URI
  std::map<std::string, std::string> external_parameters_;  // external parameter entities: name -> URI
  std::map<std::string, uint64_t> expanded_;
  uint64_t expansion_ = 0;                         // text the document's references add
};

// The line the parser is at, and the file it is reading, for a refusal made mid-parse.
void PositionOf(xmlParserCtxtPtr context, std::string& file, int& line) {
  if (!context || !context->input) return;
  // The outermost input is the document; an entity's input has no file name of its own.
  for (int i = context->inputNr - 1; i >= 0; --i) {
    xmlParserInputPtr input = context->inputTab[i];
    if (input && input->filename) {
      file = input->filename;
      line = input->line;
      return;
    }
  }
  line = context->input->line;
}

xmlParserInputPtr InputFromBytes(const std::string& bytes, const char* url, xmlParserCtxtPtr context) {
  xmlParserInputBufferPtr buffer =
      xmlParserInputBufferCreateMem(bytes.data(), static_cast<int>(bytes.size()), XML_CHAR_ENCODING_NONE);
  if (!buffer) return nullptr;
  xmlParserInputPtr input = xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE);
  if (!input) {
    xmlFreeParserInputBuffer(buffer);
    return nullptr;
  }
  input->filename = reinterpret_cast<char*>(xmlStrdup(AsXmlChars(url)));
  return input;
}

// The only door through which libxml2 opens anything (see the header).
xmlParserInputPtr PolicyEntityLoader(const char* url, const char* /*id*/, xmlParserCtxtPtr context) {
  const std::string target = url ? url : "";
  // A parser that is reading a document has inputs open; one that libxml2 made to read an
  // external entity of a document is a sub-parser, numbered after its parent (input_id > 1).
  const bool from_inside_a_document =
      context && (context->inputNr > 0 || context->inSubset != 0 || context->input_id > 1);
  if (from_inside_a_document) {
    Diagnostic d{"", 0, 0, Severity::kError,
                 "the document refers to the external entity or DTD '" + target +
                     "'; teipress never loads external entities or DTDs, so its content would be missing: "
                     "replace the reference with the text itself (or an internal entity)",
                 rules::kXmlExternalEntity};
    PositionOf(context, d.file, d.line);
    ReportXmlInputProblem(std::move(d));
    return nullptr;
  }
  fs::path path;
  if (!LocalPathOfUrl(target, path)) {
    ReportXmlInputProblem({"", 0, 0, Severity::kError,
                           "'" + target + "' is not a local file; teipress never reads from the network",
                           rules::kXmlNetwork});
    return nullptr;
  }
  boost::system::error_code ec;
  const fs::path resolved = fs::weakly_canonical(fs::absolute(path), ec);
  if (xinclude_root && (ec || !IsInsideDirectory(resolved, *xinclude_root))) {
    if (xinclude_refused) xinclude_refused->push_back(target);
    return nullptr;
  }
  struct stat info;
  if (::stat(resolved.c_str(), &info) != 0) return nullptr;  // missing: the caller says so (or falls back)
  std::vector<Diagnostic> problems;
  std::string bytes;
  if (!ReadXmlInputFile(ec ? path : resolved, bytes, problems, target) || !ScanXmlInputLimits(bytes, target, problems)) {
    for (Diagnostic& d : problems) ReportXmlInputProblem(std::move(d));
    return nullptr;
  }
  return InputFromBytes(bytes, target.c_str(), context);
}

// libxslt's document loader (document(), xsl:import, xsl:include) with the policy's options in
// place of libxslt's (which would load DTDs); the file itself comes through PolicyEntityLoader.
xmlDocPtr PolicyDocumentLoader(const xmlChar* uri, xmlDictPtr dict, int /*options*/, void* /*context*/,
                               xsltLoadType /*type*/) {
  XmlParserCtxtPtr parser(xmlNewParserCtxt());
  if (!parser) return nullptr;
  if (dict) {
    if (parser->dict) xmlDictFree(parser->dict);
    parser->dict = dict;
    xmlDictReference(dict);
  }
  xmlCtxtUseOptions(parser.get(), XmlInputParseOptions());
  xmlParserInputPtr input = xmlLoadExternalEntity(AsChars(uri), nullptr, parser.get());
  if (!input) return nullptr;
  inputPush(parser.get(), input);
  if (!parser->directory) parser->directory = xmlParserGetDirectory(AsChars(uri));
  xmlParseDocument(parser.get());
  XmlDocPtr document(parser->myDoc);
  parser->myDoc = nullptr;
  if (!parser->wellFormed) return nullptr;
  return document.release();
}

}  // namespace

const XmlInputLimits& DefaultXmlInputLimits() {
  static const XmlInputLimits limits;
  return limits;
}

// NOENT expands internal entities into the tree (external ones go to the loader, which refuses
// them); without it their text would be a reference node that XSLT and totext skip.
int XmlInputParseOptions() { return XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_NOXINCNODE | XML_PARSE_NOENT; }

void InstallXmlInputPolicy() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlSetExternalEntityLoader(PolicyEntityLoader);
    xsltSetLoaderFunc(PolicyDocumentLoader);
    // Defaults for every parser libxml2 or libxslt creates without options of ours.
    xmlLoadExtDtdDefaultValue = 0;
  });
}

namespace {

// Opens `path` for reading as the policy allows: a regular file (a FIFO, device or directory is
// refused at once, without blocking) of at most max_input_bytes. Returns the descriptor and its
// size, or -1 after appending an io.* or xml.limit-input-size diagnostic naming `shown`.
int OpenXmlInputFile(const fs::path& path, const std::string& shown, uint64_t& size,
                     std::vector<Diagnostic>& diagnostics) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    diagnostics.push_back({shown, 0, 0, Severity::kError,
                           std::string("cannot open the file: ") + std::strerror(errno), rules::kIoRead});
    return -1;
  }
  struct stat info;
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    diagnostics.push_back({shown, 0, 0, Severity::kError,
                           S_ISDIR(info.st_mode) ? "is a directory, not an XML file"
                                                 : "is not a regular file (a FIFO, socket or device); teipress reads "
                                                   "XML only from regular files",
                           rules::kIoNotAFile});
    return -1;
  }
  const uint64_t limit = DefaultXmlInputLimits().max_input_bytes;
  if (static_cast<uint64_t>(info.st_size) > limit) {
    ::close(fd);
    diagnostics.push_back({shown, 0, 0, Severity::kError,
                           "the file has " + std::to_string(info.st_size) + " bytes; teipress reads XML files of at most " +
                               Megabytes(limit) + " (limit of untrusted XML, see SECURITY.md)",
                           rules::kXmlLimitInputSize});
    return -1;
  }
  size = static_cast<uint64_t>(info.st_size);
  return fd;
}

}  // namespace

bool ReadXmlInputFile(const fs::path& path, std::string& bytes, std::vector<Diagnostic>& diagnostics,
                      const std::string& name) {
  const std::string shown = name.empty() ? path.string() : name;
  uint64_t size = 0;
  const int fd = OpenXmlInputFile(path, shown, size, diagnostics);
  if (fd < 0) return false;
  const uint64_t limit = DefaultXmlInputLimits().max_input_bytes;
  bytes.clear();
  bytes.reserve(static_cast<size_t>(size));
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      diagnostics.push_back({shown, 0, 0, Severity::kError, std::string("cannot read the file: ") + std::strerror(errno),
                             rules::kIoRead});
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<size_t>(n));
    if (bytes.size() > limit) {  // grew while being read
      ::close(fd);
      diagnostics.push_back({shown, 0, 0, Severity::kError,
                             "the file grew past " + Megabytes(limit) + " while being read (limit of untrusted XML)",
                             rules::kXmlLimitInputSize});
      return false;
    }
  }
  ::close(fd);
  return true;
}

std::unique_ptr<MappedXmlInput> MappedXmlInput::Open(const fs::path& path, std::vector<Diagnostic>& diagnostics) {
  uint64_t size = 0;
  const int fd = OpenXmlInputFile(path, path.string(), size, diagnostics);
  if (fd < 0) return nullptr;
  std::unique_ptr<MappedXmlInput> input(new MappedXmlInput());
  if (size > 0) {
    void* data = ::mmap(nullptr, static_cast<size_t>(size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) {
      diagnostics.push_back({path.string(), 0, 0, Severity::kError,
                             std::string("cannot read the file: ") + std::strerror(errno), rules::kIoRead});
      ::close(fd);
      return nullptr;
    }
    ::madvise(data, static_cast<size_t>(size), MADV_SEQUENTIAL);
    input->data_ = static_cast<const char*>(data);
    input->size_ = static_cast<size_t>(size);
  }
  ::close(fd);
  return input;
}

MappedXmlInput::~MappedXmlInput() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

bool ScanXmlInputLimits(std::string_view bytes, const std::string& name, std::vector<Diagnostic>& diagnostics) {
  const uint64_t limit = DefaultXmlInputLimits().max_input_bytes;
  if (bytes.size() > limit) {
    diagnostics.push_back({name, 0, 0, Severity::kError,
                           "the input has " + std::to_string(bytes.size()) + " bytes; teipress reads XML of at most " +
                               Megabytes(limit) + " (limit of untrusted XML, see SECURITY.md)",
                           rules::kXmlLimitInputSize});
    return false;
  }
  return LimitScanner(bytes, name, diagnostics).Run();
}

bool ExplainLibxmlLimitError(const xmlError& error, Diagnostic& diagnostic) {
  const std::string message = error.message ? error.message : "";
  const XmlInputLimits& limits = DefaultXmlInputLimits();
  auto set = [&](RuleId rule, const std::string& text) {
    diagnostic.rule = rule;
    diagnostic.message = text + " (limit of untrusted XML, see SECURITY.md)";
    return true;
  };
  if (error.code == XML_ERR_ENTITY_LOOP) {
    return set(rules::kXmlLimitEntityExpansion,
               std::string("entities expand too much: a reference loop, or more than 10 MB of text that is also "
                           "more than ") +
                   std::to_string(limits.entity_expansion_factor) + " times the document (billion laughs, quadratic "
                   "blow-up)");
  }
  if (message.find("Excessive depth") != std::string::npos) {
    return set(rules::kXmlLimitDepth, "elements nested more than " + std::to_string(limits.max_depth) + " levels deep");
  }
  if (message.find("huge text node") != std::string::npos || message.find("AttValue length too long") != std::string::npos ||
      message.find("too big found") != std::string::npos) {
    return set(rules::kXmlLimitText, "a text, attribute value, comment or CDATA section longer than " +
                                     std::to_string(limits.max_text_bytes / 1000000) + " MB");
  }
  if (message.find("Name too long") != std::string::npos) {
    return set(rules::kXmlLimitText, "an element or attribute name longer than 50000 bytes");
  }
  return false;
}

bool LocalPathOfUrl(const std::string& url, fs::path& path) {
  // A scheme is letters, digits, + - . after a letter, then ':' (RFC 3986).
  size_t colon = 0;
  while (colon < url.size() && (std::isalnum(static_cast<unsigned char>(url[colon])) || url[colon] == '+' ||
                                url[colon] == '-' || url[colon] == '.')) {
    ++colon;
  }
  const bool has_scheme = colon > 0 && colon < url.size() && url[colon] == ':' && std::isalpha(static_cast<unsigned char>(url[0]));
  if (!has_scheme) {
    path = url;
    return !url.empty();
  }
  std::string scheme = url.substr(0, colon);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "file") return false;
  std::string rest = url.substr(colon + 1);
  if (rest.rfind("//", 0) == 0) {
    const size_t slash = rest.find('/', 2);
    std::string host = rest.substr(2, slash == std::string::npos ? std::string::npos : slash - 2);
    for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!host.empty() && host != "localhost") return false;
    rest = slash == std::string::npos ? "/" : rest.substr(slash);
  }
  const size_t query = rest.find_first_of("?#");
  if (query != std::string::npos) rest.resize(query);
  XmlCharsPtr unescaped(reinterpret_cast<xmlChar*>(xmlURIUnescapeString(rest.c_str(), 0, nullptr)));
  path = unescaped ? std::string(AsChars(unescaped.get())) : rest;
  return !path.empty();
}

bool IsInsideDirectory(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

XIncludeConfinement::XIncludeConfinement(const fs::path& root, std::vector<std::string>& refused) {
  xinclude_root = &root;
  xinclude_refused = &refused;
}

XIncludeConfinement::~XIncludeConfinement() {
  xinclude_root = nullptr;
  xinclude_refused = nullptr;
}

XmlInputReportScope::XmlInputReportScope(std::string file, std::vector<Diagnostic>& sink)
    : previous_(report_scope), file_(std::move(file)), sink_(sink) {
  report_scope = this;
}

XmlInputReportScope::~XmlInputReportScope() { report_scope = previous_; }

void ReportXmlInputProblem(Diagnostic diagnostic) {
  if (!report_scope) return;
  if (diagnostic.file.empty()) diagnostic.file = report_scope->file_;
  report_scope->sink_.push_back(std::move(diagnostic));
}

}  // namespace teipress
