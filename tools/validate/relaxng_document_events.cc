#include "relaxng_document_events.h"

#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cstring>
#include <memory>

#include "diagnostic_catalog.h"
#include "xml_input_policy.h"
#include "xml_reader.h"

namespace teipress {

namespace {

constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA;

std::string_view View(const xmlChar* text) { return text ? std::string_view(AsChars(text)) : std::string_view(); }

bool IsUtf8Lead(unsigned char c) { return (c & 0xC0) != 0x80; }

// The replacement text of an internal entity without markup; nullopt for other entities (their
// content counts as text whose value is not known).
std::optional<std::string> EntityText(xmlEntityPtr entity) {
  if (!entity || entity->etype != XML_INTERNAL_GENERAL_ENTITY || !entity->content) return std::nullopt;
  if (std::strchr(AsChars(entity->content), '<') || std::strchr(AsChars(entity->content), '&')) return std::nullopt;
  return std::string(AsChars(entity->content));
}

// ---- Streaming ----

class SaxDriver final : public NamespaceScope {
 public:
  SaxDriver(RelaxNgMatcher& matcher, xmlParserCtxtPtr context) : matcher_(matcher), context_(context) {}

  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix == "xml") return std::string(kXmlNs);
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->first == prefix) return it->second;
    }
    if (prefix.empty()) return std::string();
    return std::nullopt;
  }

  std::optional<std::string> PrefixFor(std::string_view ns) const override {
    for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
      if (it->second == ns && ResolvePrefix(it->first) == std::string(ns)) return it->first;
    }
    if (ns.empty() && ResolvePrefix("") == std::string()) return std::string();
    return std::nullopt;
  }

  // The line of the first xi:include, 0 if none: a streamed document is read without XInclude.
  int first_xinclude_line() const { return first_xinclude_line_; }

  // The parser hands each callback its context, whose _private is the driver. Events from any
  // other context (a parser libxml2 starts for an entity) are not the document's.
  static SaxDriver* Of(void* user) {
    auto* context = static_cast<xmlParserCtxtPtr>(user);
    auto* driver = context ? static_cast<SaxDriver*>(context->_private) : nullptr;
    return driver && driver->context_ == context ? driver : nullptr;
  }

  static void StartElement(void* user, const xmlChar* local, const xmlChar* prefix, const xmlChar* uri,
                           int namespace_count, const xmlChar** namespaces, int attribute_count, int,
                           const xmlChar** attributes) {
    if (SaxDriver* driver = Of(user)) {
      driver->OnStart(local, prefix, uri, namespace_count, namespaces, attribute_count, attributes);
    }
  }
  static void EndElement(void* user, const xmlChar*, const xmlChar*, const xmlChar*) {
    if (SaxDriver* driver = Of(user)) driver->OnEnd();
  }
  static void Characters(void* user, const xmlChar* text, int length) {
    if (SaxDriver* driver = Of(user)) driver->OnText(std::string_view(AsChars(text), static_cast<size_t>(length)));
  }
  static void Markup(void* user, const xmlChar*) {
    if (SaxDriver* driver = Of(user)) driver->MarkMarkupEnd();
  }
  static void Instruction(void* user, const xmlChar*, const xmlChar*) {
    if (SaxDriver* driver = Of(user)) driver->MarkMarkupEnd();
  }
  static void Reference(void* user, const xmlChar* name) {
    if (SaxDriver* driver = Of(user)) driver->OnReference(name);
  }
  // The entity as libxml2 finds it, marked as checked so that the parser does not replay its
  // content through these callbacks (entities are not expanded; see OnReference).
  static xmlEntityPtr GetEntity(void* user, const xmlChar* name) {
    xmlEntityPtr entity = xmlSAX2GetEntity(user, name);
    if (entity && entity->etype == XML_INTERNAL_GENERAL_ENTITY && entity->checked == 0) {
      entity->checked = 2 | (entity->content && std::strchr(AsChars(entity->content), '<') ? 1 : 0);
    }
    return entity;
  }

 private:
  // The line and column of the '<' that starts the tag the parser just read.
  EventPosition TagStart() const {
    EventPosition where;
    const xmlParserInputPtr input = context_->input;
    if (!input || !input->cur || !input->base) return where;
    const xmlChar* cur = input->cur;
    if (cur <= input->base) return where;
    const xmlChar* lt = cur - 1;  // '<' cannot occur inside a tag
    while (lt > input->base && *lt != '<') --lt;
    if (*lt != '<') {
      where.line = input->line;
      return where;
    }
    int newlines = 0;
    for (const xmlChar* p = lt; p < cur; ++p) newlines += *p == '\n';
    where.line = input->line - newlines;
    const xmlChar* line_start = lt;
    while (line_start > input->base && line_start[-1] != '\n') --line_start;
    // The buffer may have been shrunk: its start is the document's only when nothing was consumed.
    if (line_start > input->base || input->consumed == 0) {
      int column = 1;
      for (const xmlChar* p = line_start; p < lt; ++p) column += IsUtf8Lead(*p);
      where.column = column;
    } else if (newlines == 0) {
      int span = 0;
      for (const xmlChar* p = lt; p < cur; ++p) span += IsUtf8Lead(*p);
      if (input->col > span) where.column = input->col - span;
    }
    return where;
  }

  void MarkMarkupEnd() {
    if (!context_->input) return;
    line_ = context_->input->line;
    column_ = context_->input->col;
    in_text_ = false;
  }

  void OnStart(const xmlChar* local, const xmlChar* prefix, const xmlChar* uri, int namespace_count,
               const xmlChar** namespaces, int attribute_count, const xmlChar** attributes) {
    const EventPosition where = TagStart();
    if (first_xinclude_line_ == 0 && IsXIncludeElement(uri, local)) first_xinclude_line_ = where.line > 0 ? where.line : 1;
    for (int i = 0; i < namespace_count; ++i) {
      bindings_.emplace_back(std::string(View(namespaces[2 * i])), std::string(View(namespaces[2 * i + 1])));
    }
    binding_counts_.push_back(static_cast<size_t>(namespace_count));
    std::string qname = prefix ? std::string(AsChars(prefix)) + ":" + AsChars(local) : AsChars(local);
    attributes_.clear();
    attribute_names_.resize(static_cast<size_t>(attribute_count));
    decoded_values_.resize(static_cast<size_t>(attribute_count));
    for (int i = 0; i < attribute_count; ++i) {
      const xmlChar** a = attributes + 5 * i;
      std::string& name = attribute_names_[static_cast<size_t>(i)];
      name = a[1] ? std::string(AsChars(a[1])) + ":" + AsChars(a[0]) : AsChars(a[0]);
      attributes_.push_back({View(a[2]), View(a[0]), name, AttributeValue(a[3], a[4], static_cast<size_t>(i))});
    }
    matcher_.StartElement(View(uri), View(local), qname, attributes_, *this, where);
    MarkMarkupEnd();
    // The parser reports a start tag before it consumes the closing '>'.
    if (context_->input && context_->input->cur && *context_->input->cur == '>') ++column_;
  }

  // Without entity substitution libxml2 hands an attribute value over with its references
  // undecoded ("&amp;" as "&#38;", "&name;" as it was written), as xmlSAX2AttributeNs expects: decode
  // them as it does, or `a&amp;b` would reach the datatypes as `a&#38;b`.
  std::string_view AttributeValue(const xmlChar* value, const xmlChar* end, size_t index) {
    const auto length = static_cast<size_t>(end - value);
    if (!std::memchr(value, '&', length)) return std::string_view(AsChars(value), length);
    XmlCharsPtr decoded(xmlStringLenDecodeEntities(context_, value, static_cast<int>(length), XML_SUBSTITUTE_REF, 0, 0, 0));
    decoded_values_[index] = decoded ? std::string(AsChars(decoded.get())) : std::string(AsChars(value), length);
    return decoded_values_[index];
  }

  void OnEnd() {
    matcher_.EndElement(*this);
    const size_t count = binding_counts_.back();
    binding_counts_.pop_back();
    bindings_.resize(bindings_.size() - count);
    MarkMarkupEnd();
  }

  // Only the position of a run's first non-blank character is ever reported: the run is scanned
  // up to it, and no further.
  void OnText(std::string_view text) {
    if (!in_text_) {
      in_text_ = true;
      text_located_ = false;
      text_line_ = line_;
      text_column_ = column_;
    }
    EventPosition where;
    if (!text_located_) {
      for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          where.line = text_line_;
          where.column = text_column_;
          text_located_ = true;
          break;
        }
        if (c == '\n') {
          ++text_line_;
          text_column_ = 1;
        } else {
          ++text_column_;
        }
      }
    }
    matcher_.Characters(text, where);
  }

  void OnReference(const xmlChar* name) {
    xmlEntityPtr entity = xmlSAX2GetEntity(context_, name);
    if (auto text = EntityText(entity)) {
      OnText(*text);
    } else {
      const std::string unknown = "&" + std::string(AsChars(name)) + ";";
      OnText(unknown);
    }
  }

  RelaxNgMatcher& matcher_;
  xmlParserCtxtPtr context_;
  std::vector<std::pair<std::string, std::string>> bindings_;
  std::vector<size_t> binding_counts_;
  std::vector<AttributeEvent> attributes_;
  std::vector<std::string> attribute_names_;
  std::vector<std::string> decoded_values_;  // attribute values with references, decoded
  int line_ = 1, column_ = 1;
  bool in_text_ = false;
  bool text_located_ = false;
  int text_line_ = 1, text_column_ = 1;
  int first_xinclude_line_ = 0;
};

// ---- Walking a tree ----

class TreeScope final : public NamespaceScope {
 public:
  explicit TreeScope(xmlDocPtr document) : document_(document) {}
  void At(xmlNodePtr node) { node_ = node; }

  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix == "xml") return std::string(kXmlNs);
    const std::string p(prefix);
    xmlNsPtr ns = xmlSearchNs(document_, node_, prefix.empty() ? nullptr : AsXmlChars(p.c_str()));
    if (ns) return std::string(AsChars(ns->href));
    if (prefix.empty()) return std::string();
    return std::nullopt;
  }

  std::optional<std::string> PrefixFor(std::string_view ns) const override {
    if (ns.empty()) return ResolvePrefix("") == std::string() ? std::optional<std::string>(std::string()) : std::nullopt;
    const std::string href(ns);
    xmlNsPtr found = xmlSearchNsByHref(document_, node_, AsXmlChars(href.c_str()));
    if (!found) return std::nullopt;
    return found->prefix ? std::string(AsChars(found->prefix)) : std::string();
  }

 private:
  xmlDocPtr document_;
  xmlNodePtr node_ = nullptr;
};

std::string QualifiedName(xmlNodePtr node) {
  std::string name = AsChars(node->name);
  if (node->ns && node->ns->prefix) name = std::string(AsChars(node->ns->prefix)) + ":" + name;
  return name;
}

void Walk(xmlNodePtr node, RelaxNgMatcher& matcher, TreeScope& scope) {
  std::vector<std::string> values, names;
  std::vector<AttributeEvent> attributes;
  for (xmlAttrPtr a = node->properties; a; a = a->next) {
    values.push_back(TakeString(XmlCharsPtr(xmlNodeListGetString(node->doc, a->children, 1))));
    names.push_back(QualifiedName(reinterpret_cast<xmlNodePtr>(a)));
  }
  size_t i = 0;
  for (xmlAttrPtr a = node->properties; a; a = a->next, ++i) {
    attributes.push_back({a->ns ? View(a->ns->href) : std::string_view(), View(a->name), names[i], values[i]});
  }
  scope.At(node);
  const std::string qname = QualifiedName(node);
  matcher.StartElement(node->ns ? View(node->ns->href) : std::string_view(), View(node->name), qname, attributes, scope,
                       {static_cast<int>(xmlGetLineNo(node)), 0, node});
  for (xmlNodePtr child = node->children; child; child = child->next) {
    switch (child->type) {
      case XML_ELEMENT_NODE:
        Walk(child, matcher, scope);
        scope.At(node);
        break;
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE:
        matcher.Characters(View(child->content), {static_cast<int>(xmlGetLineNo(child)), 0, child});
        break;
      case XML_ENTITY_REF_NODE: {
        auto text = EntityText(xmlGetDocEntity(node->doc, child->name));
        const std::string content = text ? *text : "&" + std::string(AsChars(child->name)) + ";";
        matcher.Characters(content, {static_cast<int>(xmlGetLineNo(node)), 0, node});
        break;
      }
      default:
        break;
    }
  }
  matcher.EndElement(scope);
}

// The parser reads the mapped file through this, as it would read the file itself.
struct MappedReader {
  std::string_view bytes;
  size_t at = 0;

  static int Read(void* context, char* buffer, int length) {
    auto* reader = static_cast<MappedReader*>(context);
    const size_t n = std::min(static_cast<size_t>(length), reader->bytes.size() - reader->at);
    std::memcpy(buffer, reader->bytes.data() + reader->at, n);
    reader->at += n;
    return static_cast<int>(n);
  }
  static int Close(void*) { return 0; }
};

}  // namespace

bool StreamXmlFile(const std::string& path, RelaxNgMatcher& matcher, std::vector<Diagnostic>& diagnostics) {
  InitializeXmlLibraries();
  // The input policy (xml_input_policy.h), as for every reader of XML: a regular file within the
  // size limit, mapped rather than copied so that memory does not grow with it, and the limits
  // libxml2 does not check, scanned before parsing.
  const std::unique_ptr<MappedXmlInput> input = MappedXmlInput::Open(path, diagnostics);
  if (!input || !ScanXmlInputLimits(input->bytes(), path, diagnostics)) return false;
  MappedReader reader{input->bytes()};
  std::vector<Diagnostic> errors;
  bool well_formed = false;
  {
    XmlErrorCollector collector(path, errors, rules::kXmlWellFormed);
    XmlParserCtxtPtr context(xmlCreateIOParserCtxt(nullptr, nullptr, MappedReader::Read, MappedReader::Close, &reader,
                                                   XML_CHAR_ENCODING_NONE));
    if (!context) {
      diagnostics.push_back({path, 0, 0, Severity::kError, "out of memory creating an XML parser",
                             rules::kXmlOutOfMemory});
      return false;
    }
    if (context->input && !context->input->filename) {
      context->input->filename = reinterpret_cast<char*>(xmlStrdup(AsXmlChars(path.c_str())));
    }
    SaxDriver driver(matcher, context.get());
    xmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    xmlSAXVersion(&handler, 2);
    handler.startElementNs = SaxDriver::StartElement;
    handler.endElementNs = SaxDriver::EndElement;
    handler.characters = SaxDriver::Characters;
    handler.ignorableWhitespace = SaxDriver::Characters;
    handler.cdataBlock = SaxDriver::Characters;
    handler.comment = SaxDriver::Markup;
    handler.processingInstruction = SaxDriver::Instruction;
    handler.reference = SaxDriver::Reference;
    handler.getEntity = SaxDriver::GetEntity;
    handler.initialized = XML_SAX2_MAGIC;
    std::memcpy(context->sax, &handler, sizeof handler);
    context->_private = &driver;
    xmlCtxtUseOptions(context.get(), kSafeParseOptions);
    xmlParseDocument(context.get());
    well_formed = context->wellFormed != 0;
    if (context->myDoc) {
      if (well_formed && context->myDoc->intSubset && context->myDoc->intSubset->SystemID) {
        diagnostics.push_back({path, 1, 0, Severity::kWarning,
                               "the document declares an external DTD; it was not loaded (teipress never fetches "
                               "external DTDs or entities)",
                               rules::kXmlExternalDtd});
      }
      xmlFreeDoc(context->myDoc);
      context->myDoc = nullptr;
    }
    if (well_formed && driver.first_xinclude_line()) {
      diagnostics.push_back(XIncludeNotProcessed(path, driver.first_xinclude_line()));
    }
  }
  for (Diagnostic& d : errors) {
    if (d.severity == Severity::kError) well_formed = false;
    diagnostics.push_back(std::move(d));
  }
  if (well_formed) matcher.EndDocument();
  return well_formed;
}

void WalkXmlTree(xmlDocPtr document, RelaxNgMatcher& matcher) {
  xmlNodePtr root = xmlDocGetRootElement(document);
  if (!root) return;
  TreeScope scope(document);
  Walk(root, matcher, scope);
  matcher.EndDocument();
}

}  // namespace teipress
