#include "interface_labels.h"

#include <libxml/uri.h>
#include <libxml/xpathInternals.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltutils.h>

#include <map>
#include <mutex>

#include "xml_ptr.h"
#include "xml_reader.h"

namespace teipress {
namespace {

bool IsI18nElement(xmlNodePtr node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, AsXmlChars(name)) && node->ns &&
         xmlStrEqual(node->ns->href, AsXmlChars(kI18nNamespace));
}

char AsciiUpper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// XPath 1.0's lang(): the node's language is `language` or a sub-language of it, ignoring case
// (the test libxml2's xmlXPathLangFunction makes).
bool LangMatches(std::string_view text_language, std::string_view language) {
  if (text_language.empty() || text_language.size() < language.size()) return false;  // no xml:lang: never
  for (size_t i = 0; i < language.size(); ++i) {
    if (AsciiUpper(text_language[i]) != AsciiUpper(language[i])) return false;
  }
  return text_language.size() == language.size() || text_language[language.size()] == '-';
}

// The process-wide tables, by the translations file's path. Never destroyed: transformations may
// run until exit.
struct Tables {
  std::mutex mutex;
  std::map<std::string, std::unique_ptr<const InterfaceLabels>> by_path;  // null: unreadable
};

Tables& TheTables() {
  static Tables* tables = new Tables();
  return *tables;
}

// The local path of the i18n.xml beside `base` (a stylesheet module's URI), or "".
std::string TranslationsPath(const xmlChar* base) {
  XmlCharsPtr uri(xmlBuildURI(AsXmlChars("i18n.xml"), base));
  if (!uri) return "";
  std::unique_ptr<xmlURI, CFree<xmlURI, xmlFreeURI>> parsed(xmlParseURI(AsChars(uri.get())));
  if (!parsed || !parsed->path || (parsed->scheme && std::string_view(parsed->scheme) != "file")) return "";
  return parsed->path;
}

// The table for the module whose instruction is running, read on first use; null if the file
// cannot be read.
const InterfaceLabels* TableFor(xmlXPathParserContextPtr ctxt) {
  xsltTransformContextPtr transform = xsltXPathGetTransformContext(ctxt);
  if (!transform) return nullptr;
  xmlNodePtr target = transform->inst;
  if (!target && transform->style && transform->style->doc) target = reinterpret_cast<xmlNodePtr>(transform->style->doc);
  if (!target || !target->doc) return nullptr;
  XmlCharsPtr base(xmlNodeGetBase(target->doc, target));
  if (!base) return nullptr;
  // A transformation asks for its labels from one or two modules: the last answer is kept per
  // thread, which spares building and parsing a URI, and the lock, in most calls.
  struct LastAnswer {
    std::string base;
    const InterfaceLabels* table = nullptr;
  };
  thread_local LastAnswer last;
  if (last.table && last.base == AsChars(base.get())) return last.table;
  const std::string path = TranslationsPath(base.get());
  if (path.empty()) return nullptr;
  Tables& tables = TheTables();
  std::lock_guard<std::mutex> lock(tables.mutex);
  auto found = tables.by_path.find(path);
  if (found == tables.by_path.end()) {
    std::vector<Diagnostic> ignored;  // the stylesheets' own look-up then reports the file
    found = tables.by_path.emplace(path, InterfaceLabels::Read(path, ignored)).first;
  }
  // Tables are never replaced or freed, so the pointer outlives the lock.
  if (found->second) last = {AsChars(base.get()), found->second.get()};
  return found->second.get();
}

void HasLabel(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string key = PopXPathString(ctxt);
  const InterfaceLabels* table = TableFor(ctxt);
  valuePush(ctxt, xmlXPathNewBoolean(table && table->Has(key)));
}

void LabelsRead(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 0) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  valuePush(ctxt, xmlXPathNewBoolean(TableFor(ctxt) != nullptr));
}

// As xsl:message reports (libxslt's xsltMessage): the transformation's error function, else the
// generic one, the text and a line end.
void Message(xmlXPathParserContextPtr ctxt, const std::string& text) {
  xsltTransformContextPtr transform = xsltXPathGetTransformContext(ctxt);
  xmlGenericErrorFunc report = xsltGenericError;
  void* context = xsltGenericErrorContext;
  if (transform && transform->error) {
    report = transform->error;
    context = transform->errctx;
  }
  report(context, "%s", text.c_str());
  report(context, "\n");
}

void Label(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 2) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string language = PopXPathString(ctxt);
  const std::string key = PopXPathString(ctxt);
  const InterfaceLabels* table = TableFor(ctxt);
  const std::string* text = table ? table->Find(key, language) : nullptr;
  if (!text) Message(ctxt, "teipress: the label '" + key + "' is not in xslt/common/i18n.xml");
  valuePush(ctxt, xmlXPathNewString(AsXmlChars(text ? text->c_str() : key.c_str())));
}

}  // namespace

std::unique_ptr<const InterfaceLabels> InterfaceLabels::Read(const std::string& path,
                                                             std::vector<Diagnostic>& diagnostics) {
  XmlDocPtr document = ReadXmlFile(path, diagnostics);
  if (!document) return nullptr;
  auto labels = std::unique_ptr<InterfaceLabels>(new InterfaceLabels());
  xmlNodePtr root = xmlDocGetRootElement(document.get());
  // As the stylesheets' key (match="i18n:entry" use="i18n:key"): entries anywhere, each under
  // every key it has.
  std::vector<xmlNodePtr> pending = {root};
  std::vector<xmlNodePtr> entries;
  while (!pending.empty()) {  // document order: depth first, children left to right
    xmlNodePtr node = pending.back();
    pending.pop_back();
    if (!node) continue;
    if (IsI18nElement(node, "entry")) entries.push_back(node);
    std::vector<xmlNodePtr> children;
    for (xmlNodePtr child = node->children; child; child = child->next) {
      if (child->type == XML_ELEMENT_NODE) children.push_back(child);
    }
    pending.insert(pending.end(), children.rbegin(), children.rend());
  }
  for (xmlNodePtr entry : entries) {
    std::vector<Text> texts;
    std::vector<std::string> keys;
    for (xmlNodePtr child = entry->children; child; child = child->next) {
      if (IsI18nElement(child, "key")) keys.push_back(TakeString(XmlCharsPtr(xmlNodeGetContent(child))));
      if (IsI18nElement(child, "text")) {
        texts.push_back({TakeString(XmlCharsPtr(xmlNodeGetLang(child))), TakeString(XmlCharsPtr(xmlNodeGetContent(child)))});
      }
    }
    for (const std::string& key : keys) {
      auto& all = labels->texts_[key];
      all.insert(all.end(), texts.begin(), texts.end());
    }
  }
  return labels;
}

bool InterfaceLabels::Has(std::string_view key) const { return texts_.count(std::string(key)) > 0; }

const std::string* InterfaceLabels::Find(std::string_view key, std::string_view language) const {
  auto found = texts_.find(std::string(key));
  if (found == texts_.end()) return nullptr;
  for (const Text& text : found->second) {
    if (LangMatches(text.language, language)) return &text.value;
  }
  for (const Text& text : found->second) {
    if (LangMatches(text.language, "en")) return &text.value;
  }
  return nullptr;
}

void RegisterInterfaceLabelFunctions() {
  static std::once_flag once;
  std::call_once(once, [] {
    const xmlChar* uri = AsXmlChars(kI18nNamespace);
    xsltRegisterExtModuleFunction(AsXmlChars("has-label"), uri, HasLabel);
    xsltRegisterExtModuleFunction(AsXmlChars("label"), uri, Label);
    xsltRegisterExtModuleFunction(AsXmlChars("labels-read"), uri, LabelsRead);
  });
}

}  // namespace teipress
