#include "relaxng_schema_reader.h"

#include <libxml/uri.h>

#include <algorithm>
#include <set>

#include "diagnostic_catalog.h"
#include "relaxng_datatypes.h"
#include "xml_reader.h"

namespace teipress {

const char* RngKindName(RngKind kind) {
  switch (kind) {
    case RngKind::kElement: return "element";
    case RngKind::kAttribute: return "attribute";
    case RngKind::kGroup: return "group";
    case RngKind::kInterleave: return "interleave";
    case RngKind::kChoice: return "choice";
    case RngKind::kOptional: return "optional";
    case RngKind::kZeroOrMore: return "zeroOrMore";
    case RngKind::kOneOrMore: return "oneOrMore";
    case RngKind::kList: return "list";
    case RngKind::kMixed: return "mixed";
    case RngKind::kRef: return "ref";
    case RngKind::kParentRef: return "parentRef";
    case RngKind::kEmpty: return "empty";
    case RngKind::kText: return "text";
    case RngKind::kValue: return "value";
    case RngKind::kData: return "data";
    case RngKind::kNotAllowed: return "notAllowed";
    case RngKind::kGrammar: return "grammar";
    case RngKind::kStart: return "start";
    case RngKind::kDefine: return "define";
    case RngKind::kDiv: return "div";
    case RngKind::kName: return "name";
    case RngKind::kAnyName: return "anyName";
    case RngKind::kNsName: return "nsName";
    case RngKind::kNameChoice: return "choice";
    case RngKind::kExcept: return "except";
    case RngKind::kParam: return "param";
  }
  return "";
}

namespace {

constexpr const char* kRelaxNgNs = "http://relaxng.org/ns/structure/1.0";
constexpr const char* kXmlNs = "http://www.w3.org/XML/1998/namespace";

struct SchemaError {
  std::string message;
  RngLocation where;
  // A schema file the XML input policy refused keeps the policy's rule (xml.limit-depth, ...):
  // the same verdict as for any other reader of XML. Empty: schema.compile.
  std::string rule = {};
};

bool IsRng(xmlNodePtr node) {
  return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kRelaxNgNs));
}

bool HasName(xmlNodePtr node, const char* name) { return xmlStrEqual(node->name, AsXmlChars(name)); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string Trim(const std::string& text) {
  size_t begin = 0, end = text.size();
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::optional<std::string> Attribute(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetNoNsProp(node, AsXmlChars(name)));
  if (!value) return std::nullopt;
  return std::string(AsChars(value.get()));
}

const std::set<std::string, std::less<>> kPatternNames = {"element", "attribute", "group", "interleave", "choice", "optional",
                                             "zeroOrMore", "oneOrMore", "list", "mixed", "ref", "parentRef",
                                             "empty", "text", "value", "data", "notAllowed", "externalRef", "grammar"};
const std::set<std::string, std::less<>> kNameClassNames = {"name", "anyName", "nsName", "choice"};

bool IsPattern(xmlNodePtr node) { return IsRng(node) && kPatternNames.count(std::string_view(AsChars(node->name))); }

class SchemaReader {
 public:
  SchemaReader(RngArena& arena) : arena_(arena) {}

  RngNode* ReadTop(const std::string& path) {
    const std::string url = AbsoluteUrl(path);
    xmlNodePtr root = Load(url, {});
    Scope scope;
    if (!IsPattern(root)) Fail(root, "the schema's root element must be a RELAX NG pattern");
    opening_.push_back(url);
    RngNode* pattern = Pattern(root, scope);
    opening_.pop_back();
    return pattern;
  }

 private:
  struct Scope {
    std::string ns;
    std::string library;
  };

  [[noreturn]] void Fail(xmlNodePtr node, const std::string& message) {
    throw SchemaError{message, Where(node)};
  }

  RngLocation Where(xmlNodePtr node) {
    RngLocation where;
    if (!node) return where;
    if (node->doc != last_document_) {
      const std::string file = node->doc && node->doc->URL ? AsChars(node->doc->URL) : "";
      auto known = files_.find(file);
      if (known == files_.end()) known = files_.emplace(file, arena_.File(file)).first;
      last_document_ = node->doc;
      last_file_ = known->second;
    }
    where.file = last_file_;
    where.line = static_cast<int>(xmlGetLineNo(node));
    return where;
  }

  static std::string AbsoluteUrl(const std::string& path) {
    XmlCharsPtr url(xmlPathToURI(AsXmlChars(path.c_str())));
    return url ? AsChars(url.get()) : path;
  }

  // Parses the schema document at `url` (a local file) and keeps it for the rest of the reading.
  xmlNodePtr Load(const std::string& url, xmlNodePtr from) {
    std::string path = url;
    if (path.rfind("file://", 0) == 0) path = path.substr(7);
    if (path.find("://") != std::string::npos) {
      Fail(from, "'" + url + "' is not a local file; teipress reads schemas only from the file system");
    }
    XmlCharsPtr unescaped(reinterpret_cast<xmlChar*>(xmlURIUnescapeString(path.c_str(), 0, nullptr)));
    if (unescaped) path = AsChars(unescaped.get());
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile(path, diagnostics);
    if (!document) {
      auto error = std::find_if(diagnostics.begin(), diagnostics.end(),
                                [](const Diagnostic& d) { return d.severity == Severity::kError; });
      if (error == diagnostics.end()) error = diagnostics.begin();
      const std::string why = error == diagnostics.end() ? "cannot read it" : error->message;
      // The XML input policy's verdicts (xml.well-formed, xml.limit-*, xml.external-entity,
      // io.not-a-file) keep their rule, as for any reader of XML; a missing file is the schema's
      // own fault (schema.compile).
      const bool policy = error != diagnostics.end() &&
                          (error->rule.rfind("xml.", 0) == 0 || error->rule == rules::kIoNotAFile);
      const std::string rule = policy ? error->rule : "";
      if (!from) throw SchemaError{why, {arena_.File(path), error == diagnostics.end() ? 0 : error->line}, rule};
      throw SchemaError{"cannot read '" + path + "': " + why, Where(from), rule};
    }
    xmlNodePtr root = xmlDocGetRootElement(document.get());
    documents_.push_back(std::move(document));
    return root;
  }

  // The URL an href names, resolved against the base URI of its element (xml:base included).
  std::string ResolveHref(xmlNodePtr node) {
    auto href = Attribute(node, "href");
    if (!href) Fail(node, std::string("<") + AsChars(node->name) + "> needs an 'href' attribute");
    const std::string value = Trim(*href);
    if (!IsUriReference(value)) Fail(node, "'" + value + "' is not a URI reference");
    if (value.find('#') != std::string::npos) Fail(node, "the href '" + value + "' must not have a fragment identifier");
    XmlCharsPtr base(xmlNodeGetBase(node->doc, node));
    XmlCharsPtr escaped(xmlURIEscapeStr(AsXmlChars(value.c_str()), AsXmlChars(":/?#[]@!$&'()*+,;=%")));
    XmlCharsPtr resolved(xmlBuildURI(escaped ? escaped.get() : AsXmlChars(value.c_str()), base.get()));
    if (!resolved) Fail(node, "cannot resolve the href '" + value + "'");
    return AsChars(resolved.get());
  }

  // Checks the attributes of a RELAX NG element: only `allowed` (besides ns and datatypeLibrary)
  // in no namespace, none in the RELAX NG namespace; foreign ones are annotations.
  void CheckAttributes(xmlNodePtr node, std::initializer_list<const char*> allowed) {
    for (xmlAttrPtr a = node->properties; a; a = a->next) {
      if (a->ns) {
        if (xmlStrEqual(a->ns->href, AsXmlChars(kRelaxNgNs))) {
          Fail(node, std::string("attribute '") + AsChars(a->name) + "' in the RELAX NG namespace is not allowed");
        }
        continue;
      }
      const std::string name = AsChars(a->name);
      if (name == "ns" || name == "datatypeLibrary") continue;
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* n) { return name == n; })) {
        Fail(node, "attribute '" + name + "' is not allowed on <" + AsChars(node->name) + ">");
      }
    }
  }

  // The scope inside `node`: its own ns and datatypeLibrary, else the inherited ones.
  Scope Inside(xmlNodePtr node, const Scope& outer) {
    Scope scope = outer;
    if (auto ns = Attribute(node, "ns")) scope.ns = *ns;
    if (auto library = Attribute(node, "datatypeLibrary")) {
      const std::string value = *library;
      if (!value.empty()) {
        if (!IsUriReference(value)) Fail(node, "datatypeLibrary '" + value + "' is not a URI");
        const size_t colon = value.find(':');
        const bool absolute = colon != std::string::npos && colon > 0 &&
                              value.find_first_of("/?#") > colon;
        if (!absolute) Fail(node, "datatypeLibrary '" + value + "' must be an absolute URI");
        if (value.find('#') != std::string::npos) {
          Fail(node, "datatypeLibrary '" + value + "' must not have a fragment identifier");
        }
      }
      scope.library = value;
    }
    return scope;
  }

  // The RELAX NG element children of `node`; text other than whitespace is an error; foreign
  // elements are skipped.
  std::vector<xmlNodePtr> Children(xmlNodePtr node) {
    std::vector<xmlNodePtr> out;
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        for (const xmlChar* c = child->content; c && *c; ++c) {
          if (!IsSpace(static_cast<char>(*c))) {
            Fail(node, std::string("text is not allowed in <") + AsChars(node->name) + ">");
          }
        }
      } else if (child->type == XML_ENTITY_REF_NODE) {
        XmlCharsPtr text(xmlNodeGetContent(child));
        if (text && !Trim(AsChars(text.get())).empty()) {
          Fail(node, std::string("text is not allowed in <") + AsChars(node->name) + ">");
        }
      } else if (child->type == XML_ELEMENT_NODE && IsRng(child)) {
        out.push_back(child);
      }
    }
    return out;
  }

  // The text content of value, param and name, which have no element children, not even foreign ones.
  std::string TextContent(xmlNodePtr node) {
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) {
        Fail(node, std::string("<") + AsChars(node->name) + "> may contain only text");
      }
    }
    XmlCharsPtr text(xmlNodeGetContent(node));
    return text ? AsChars(text.get()) : "";
  }

  RngNode* Make(RngKind kind, xmlNodePtr node) { return arena_.Make(kind, Where(node)); }

  // A name written as a QName, resolved: prefixed names with the namespaces in scope at `node`,
  // others to `default_ns`.
  void ResolveQName(xmlNodePtr node, const std::string& written, const std::string& default_ns, RngNode* name) {
    const std::string qname = Trim(written);
    const size_t colon = qname.find(':');
    if (colon == std::string::npos) {
      if (!IsNcName(qname)) Fail(node, "'" + qname + "' is not a name");
      name->name = qname;
      name->ns = default_ns;
      return;
    }
    const std::string prefix = qname.substr(0, colon);
    const std::string local = qname.substr(colon + 1);
    if (!IsNcName(prefix) || !IsNcName(local)) Fail(node, "'" + qname + "' is not a qualified name");
    if (prefix == "xml") {
      name->ns = kXmlNs;
    } else {
      xmlNsPtr ns = xmlSearchNs(node->doc, node, AsXmlChars(prefix.c_str()));
      if (!ns) Fail(node, "the prefix '" + prefix + "' of '" + qname + "' is not declared");
      name->ns = AsChars(ns->href);
    }
    name->name = local;
  }

  RngNode* Pattern(xmlNodePtr node, const Scope& outer) {
    if (!IsPattern(node)) {
      Fail(node, std::string("<") + AsChars(node->name) + "> is not allowed here: a pattern is expected");
    }
    const std::string kind = AsChars(node->name);
    const Scope scope = Inside(node, outer);
    if (kind == "element" || kind == "attribute") return Named(node, scope, kind == "attribute");
    if (kind == "ref" || kind == "parentRef") {
      CheckAttributes(node, {"name"});
      RngNode* ref = Make(kind == "ref" ? RngKind::kRef : RngKind::kParentRef, node);
      ref->name = NcNameAttribute(node, "name");
      if (!Children(node).empty()) Fail(node, "<" + kind + "> must be empty");
      return ref;
    }
    if (kind == "empty" || kind == "text" || kind == "notAllowed") {
      CheckAttributes(node, {});
      if (!Children(node).empty()) Fail(node, "<" + kind + "> must be empty");
      return Make(kind == "empty" ? RngKind::kEmpty : kind == "text" ? RngKind::kText : RngKind::kNotAllowed, node);
    }
    if (kind == "value") return Value(node, scope);
    if (kind == "data") return Data(node, scope);
    if (kind == "externalRef") return ExternalRef(node, scope);
    if (kind == "grammar") return Grammar(node, scope);
    static const std::map<std::string, RngKind> kContainers = {
        {"group", RngKind::kGroup},         {"interleave", RngKind::kInterleave}, {"choice", RngKind::kChoice},
        {"optional", RngKind::kOptional},   {"zeroOrMore", RngKind::kZeroOrMore}, {"oneOrMore", RngKind::kOneOrMore},
        {"list", RngKind::kList},           {"mixed", RngKind::kMixed}};
    CheckAttributes(node, {});
    RngNode* container = Make(kContainers.at(kind), node);
    for (xmlNodePtr child : Children(node)) container->children.push_back(Pattern(child, scope));
    if (container->children.empty()) Fail(node, "<" + kind + "> needs at least one pattern");
    return container;
  }

  std::string NcNameAttribute(xmlNodePtr node, const char* attribute) {
    auto value = Attribute(node, attribute);
    if (!value) Fail(node, std::string("<") + AsChars(node->name) + "> needs a '" + attribute + "' attribute");
    const std::string name = Trim(*value);
    if (!IsNcName(name)) Fail(node, "'" + name + "' is not a name");
    return name;
  }

  // <element> and <attribute>: a name (attribute or name class), then patterns.
  RngNode* Named(xmlNodePtr node, const Scope& scope, bool attribute) {
    CheckAttributes(node, {"name"});
    RngNode* out = Make(attribute ? RngKind::kAttribute : RngKind::kElement, node);
    std::vector<xmlNodePtr> children = Children(node);
    size_t next = 0;
    if (auto written = Attribute(node, "name")) {
      RngNode* name = Make(RngKind::kName, node);
      // An attribute's unprefixed name is in no namespace unless the attribute element says otherwise.
      std::string default_ns = scope.ns;
      if (attribute) default_ns = Attribute(node, "ns").value_or("");
      ResolveQName(node, *written, default_ns, name);
      out->children.push_back(name);
    } else {
      if (children.empty()) Fail(node, std::string("<") + AsChars(node->name) + "> needs a name");
      out->children.push_back(NameClass(children[next++], scope));
    }
    for (; next < children.size(); ++next) out->children.push_back(Pattern(children[next], scope));
    if (!attribute && out->children.size() < 2) Fail(node, "<element> needs at least one pattern");
    if (attribute && out->children.size() > 2) Fail(node, "<attribute> takes at most one pattern");
    return out;
  }

  RngNode* NameClass(xmlNodePtr node, const Scope& outer) {
    const std::string kind = AsChars(node->name);
    if (!kNameClassNames.count(kind)) Fail(node, "<" + kind + "> is not allowed here: a name class is expected");
    const Scope scope = Inside(node, outer);
    CheckAttributes(node, {});
    if (kind == "name") {
      RngNode* name = Make(RngKind::kName, node);
      ResolveQName(node, TextContent(node), scope.ns, name);
      return name;
    }
    if (kind == "choice") {
      RngNode* choice = Make(RngKind::kNameChoice, node);
      for (xmlNodePtr child : Children(node)) choice->children.push_back(NameClass(child, scope));
      if (choice->children.empty()) Fail(node, "<choice> needs at least one name class");
      return choice;
    }
    RngNode* any = Make(kind == "anyName" ? RngKind::kAnyName : RngKind::kNsName, node);
    any->ns = scope.ns;
    std::vector<xmlNodePtr> children = Children(node);
    if (children.size() > 1) Fail(node, "<" + kind + "> takes at most one <except>");
    if (children.size() == 1) {
      xmlNodePtr except = children[0];
      if (!HasName(except, "except")) Fail(except, "<" + kind + "> may contain only <except>");
      CheckAttributes(except, {});
      const Scope except_scope = Inside(except, scope);
      RngNode* out = Make(RngKind::kExcept, except);
      for (xmlNodePtr child : Children(except)) out->children.push_back(NameClass(child, except_scope));
      if (out->children.empty()) Fail(except, "<except> needs at least one name class");
      any->children.push_back(out);
    }
    return any;
  }

  RngNode* Value(xmlNodePtr node, const Scope& scope) {
    CheckAttributes(node, {"type"});
    RngNode* value = Make(RngKind::kValue, node);
    if (auto type = Attribute(node, "type")) {
      value->name = Trim(*type);
      if (!IsNcName(value->name)) Fail(node, "'" + value->name + "' is not a datatype name");
      value->library = scope.library;
    } else {
      value->name = "token";  // 4.4
    }
    value->ns = scope.ns;
    value->text = TextContent(node);
    auto namespaces = std::make_shared<RngNamespaces>();
    xmlNsPtr* list = xmlGetNsList(node->doc, node);
    for (xmlNsPtr* ns = list; ns && *ns; ++ns) {
      const std::string prefix = (*ns)->prefix ? AsChars((*ns)->prefix) : "";
      if (!prefix.empty()) namespaces->emplace(prefix, AsChars((*ns)->href));
    }
    xmlFree(list);
    value->namespaces = std::move(namespaces);
    return value;
  }

  RngNode* Data(xmlNodePtr node, const Scope& scope) {
    CheckAttributes(node, {"type"});
    RngNode* data = Make(RngKind::kData, node);
    auto type = Attribute(node, "type");
    if (!type) Fail(node, "<data> needs a 'type' attribute");
    data->name = Trim(*type);
    if (!IsNcName(data->name)) Fail(node, "'" + data->name + "' is not a datatype name");
    data->library = scope.library;
    bool excepted = false;
    for (xmlNodePtr child : Children(node)) {
      if (excepted) Fail(child, "nothing may follow <except> in <data>");
      if (HasName(child, "param")) {
        CheckAttributes(child, {"name"});
        Inside(child, scope);
        RngNode* param = Make(RngKind::kParam, child);
        param->name = NcNameAttribute(child, "name");
        param->text = TextContent(child);
        data->children.push_back(param);
      } else if (HasName(child, "except")) {
        CheckAttributes(child, {});
        const Scope except_scope = Inside(child, scope);
        RngNode* except = Make(RngKind::kExcept, child);
        for (xmlNodePtr pattern : Children(child)) except->children.push_back(Pattern(pattern, except_scope));
        if (except->children.empty()) Fail(child, "<except> needs at least one pattern");
        data->children.push_back(except);
        excepted = true;
      } else {
        Fail(child, std::string("<") + AsChars(child->name) + "> is not allowed in <data>");
      }
    }
    return data;
  }

  RngNode* ExternalRef(xmlNodePtr node, const Scope& scope) {
    CheckAttributes(node, {"href"});
    if (!Children(node).empty()) Fail(node, "<externalRef> must be empty");
    const std::string url = ResolveHref(node);
    if (std::find(opening_.begin(), opening_.end(), url) != opening_.end()) {
      Fail(node, "'" + url + "' refers to itself through externalRef or include");
    }
    xmlNodePtr root = Load(url, node);
    if (!IsPattern(root)) Fail(root, "the root of a schema read by externalRef must be a RELAX NG pattern");
    // The referenced schema keeps its own ns, else takes the one in scope here; datatypeLibrary
    // is not inherited across files.
    Scope external;
    external.ns = scope.ns;
    opening_.push_back(url);
    RngNode* pattern = Pattern(root, external);
    opening_.pop_back();
    return pattern;
  }

  RngNode* Grammar(xmlNodePtr node, const Scope& scope) {
    CheckAttributes(node, {});
    RngNode* grammar = Make(RngKind::kGrammar, node);
    GrammarContent(node, scope, grammar, false);
    return grammar;
  }

  // The start, define, div and include children of `node` into `into` (include becomes a div).
  void GrammarContent(xmlNodePtr node, const Scope& scope, RngNode* into, bool in_include) {
    for (xmlNodePtr child : Children(node)) {
      const std::string kind = AsChars(child->name);
      const Scope inner = Inside(child, scope);
      if (kind == "start" || kind == "define") {
        CheckAttributes(child, kind == "start" ? std::initializer_list<const char*>{"combine"}
                                               : std::initializer_list<const char*>{"name", "combine"});
        RngNode* component = Make(kind == "start" ? RngKind::kStart : RngKind::kDefine, child);
        if (kind == "define") component->name = NcNameAttribute(child, "name");
        if (auto combine = Attribute(child, "combine")) {
          component->combine = Trim(*combine);
          if (component->combine != "choice" && component->combine != "interleave") {
            Fail(child, "combine must be 'choice' or 'interleave', not '" + component->combine + "'");
          }
        }
        for (xmlNodePtr pattern : Children(child)) component->children.push_back(Pattern(pattern, inner));
        if (component->children.empty()) Fail(child, "<" + kind + "> needs a pattern");
        if (kind == "start" && component->children.size() > 1) Fail(child, "<start> takes exactly one pattern");
        into->children.push_back(component);
      } else if (kind == "div") {
        CheckAttributes(child, {});
        RngNode* div = Make(RngKind::kDiv, child);
        GrammarContent(child, inner, div, in_include);
        into->children.push_back(div);
      } else if (kind == "include" && !in_include) {
        into->children.push_back(Include(child, scope));
      } else {
        Fail(child, "<" + kind + "> is not allowed in <" + AsChars(node->name) + ">");
      }
    }
  }

  // The start and define components of `node`, looking into divs.
  static void Components(RngNode* node, std::vector<RngNode*>& out) {
    for (RngNode* child : node->children) {
      if (child->kind == RngKind::kDiv) Components(child, out);
      else out.push_back(child);
    }
  }

  // Removes the components of `node` (through divs) that `remove` says to.
  template <typename Predicate>
  static void RemoveComponents(RngNode* node, Predicate remove) {
    auto& children = node->children;
    children.erase(std::remove_if(children.begin(), children.end(), remove), children.end());
    for (RngNode* child : children) {
      if (child->kind == RngKind::kDiv) RemoveComponents(child, remove);
    }
  }

  // 4.7: an include becomes a div holding the included grammar (less what the include redefines)
  // and the include's own content.
  RngNode* Include(xmlNodePtr node, const Scope& scope) {
    CheckAttributes(node, {"href"});
    const Scope inner = Inside(node, scope);
    const std::string url = ResolveHref(node);
    if (std::find(opening_.begin(), opening_.end(), url) != opening_.end()) {
      Fail(node, "'" + url + "' refers to itself through externalRef or include");
    }
    xmlNodePtr root = Load(url, node);
    if (!IsRng(root) || !HasName(root, "grammar")) Fail(root, "the root of an included schema must be <grammar>");
    Scope external;
    external.ns = inner.ns;
    opening_.push_back(url);
    RngNode* grammar = Grammar(root, Inside(root, external));
    opening_.pop_back();

    RngNode* div = Make(RngKind::kDiv, node);
    RngNode* own = Make(RngKind::kDiv, node);
    GrammarContent(node, inner, own, true);
    std::vector<RngNode*> overrides, included;
    Components(own, overrides);
    Components(grammar, included);
    const bool overrides_start =
        std::any_of(overrides.begin(), overrides.end(), [](RngNode* c) { return c->kind == RngKind::kStart; });
    std::set<std::string> redefined;
    for (RngNode* c : overrides) {
      if (c->kind == RngKind::kDefine) redefined.insert(c->name);
    }
    if (overrides_start &&
        std::none_of(included.begin(), included.end(), [](RngNode* c) { return c->kind == RngKind::kStart; })) {
      Fail(node, "the include redefines start, but '" + url + "' has no start");
    }
    for (const std::string& name : redefined) {
      if (std::none_of(included.begin(), included.end(),
                       [&](RngNode* c) { return c->kind == RngKind::kDefine && c->name == name; })) {
        Fail(node, "the include redefines '" + name + "', which '" + url + "' does not define");
      }
    }
    RemoveComponents(grammar, [&](RngNode* c) {
      return (c->kind == RngKind::kStart && overrides_start) || (c->kind == RngKind::kDefine && redefined.count(c->name));
    });
    grammar->kind = RngKind::kDiv;
    div->children.push_back(grammar);
    div->children.push_back(own);
    return div;
  }

  RngArena& arena_;
  std::vector<XmlDocPtr> documents_;
  std::vector<std::string> opening_;  // the files being read, outermost first
  std::map<std::string, const std::string*> files_;
  xmlDocPtr last_document_ = nullptr;
  const std::string* last_file_ = nullptr;

};

}  // namespace

RngNode* ReadRelaxNgSchema(const std::string& path, RngArena& arena, std::vector<Diagnostic>& errors) {
  SchemaReader reader(arena);
  try {
    return reader.ReadTop(path);
  } catch (const SchemaError& error) {
    Diagnostic d{error.where.file ? *error.where.file : path, error.where.line, 0, Severity::kError, error.message,
                 error.rule};
    if (error.rule.empty()) d.rule = rules::kSchemaCompile;
    errors.push_back(std::move(d));
    return nullptr;
  }
}

}  // namespace teipress
