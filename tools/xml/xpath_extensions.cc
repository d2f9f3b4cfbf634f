#include "xpath_extensions.h"

#include <libxml/uri.h>
#include <libxslt/documents.h>
#include <libxslt/extensions.h>
#include <libxslt/xsltutils.h>
#include <regex.h>

#include <cmath>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "xml_ptr.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

using NodeSetPtr = std::unique_ptr<xmlNodeSet, CFree<xmlNodeSet, xmlXPathFreeNodeSet>>;

bool IsDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsLeapYear(long year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(long year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
long DaysFromCivil(long year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const long era = (year >= 0 ? year : year - 399) / 400;
  const long year_of_era = year - era * 400;
  const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// "hh:mm:ss[.f][Z|±hh:mm]" with real ranges (24:00:00 is not accepted).
bool IsTimeOfDay(std::string_view text) {
  if (text.size() < 8 || text[2] != ':' || text[5] != ':') return false;
  const std::string_view hh = text.substr(0, 2), mm = text.substr(3, 2), ss = text.substr(6, 2);
  if (!IsDigits(hh) || !IsDigits(mm) || !IsDigits(ss) || ToInt(hh) > 23 || ToInt(mm) > 59 || ToInt(ss) > 59) {
    return false;
  }
  std::string_view rest = text.substr(8);
  if (!rest.empty() && rest[0] == '.') {
    size_t digits = 1;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
    if (digits == 1) return false;
    rest = rest.substr(digits);
  }
  if (rest.empty() || rest == "Z") return true;
  if (rest.size() != 6 || (rest[0] != '+' && rest[0] != '-') || rest[3] != ':') return false;
  const std::string_view zh = rest.substr(1, 2), zm = rest.substr(4, 2);
  return IsDigits(zh) && IsDigits(zm) && ToInt(zh) <= 14 && ToInt(zm) <= 59;
}

// The first node of the optional node-set argument, else the context node; null on a type error.
bool PopNodeOrContext(xmlXPathParserContextPtr ctxt, int nargs, xmlNodePtr& node) {
  if (nargs > 1) {
    xmlXPathSetArityError(ctxt);
    return false;
  }
  if (nargs == 0) {
    node = ctxt->context->node;
    return true;
  }
  if (!ctxt->value || (ctxt->value->type != XPATH_NODESET && ctxt->value->type != XPATH_XSLT_TREE)) {
    xmlXPathSetTypeError(ctxt);
    return false;
  }
  NodeSetPtr nodes(xmlXPathPopNodeSet(ctxt));
  node = nodes && nodes->nodeNr > 0 ? nodes->nodeTab[0] : nullptr;
  return true;
}

void ReturnString(xmlXPathParserContextPtr ctxt, const std::string& value) {
  valuePush(ctxt, xmlXPathNewString(AsXmlChars(value.c_str())));
}

struct PosixRegexFree {
  void operator()(regex_t* regex) const noexcept {
    regfree(regex);
    delete regex;
  }
};
using PosixRegexPtr = std::unique_ptr<regex_t, PosixRegexFree>;

// POSIX extended regular expressions (regcomp), compiled once per thread and pattern: rules
// apply the same few patterns to thousands of nodes. (Not std::regex: GCC 12 warns inside
// <regex> under the sanitizers, and CI treats warnings as errors.)
const regex_t* CompiledRegex(const std::string& pattern, std::string& error) {
  thread_local std::unordered_map<std::string, PosixRegexPtr> cache;
  auto found = cache.find(pattern);
  if (found != cache.end()) return found->second.get();
  auto regex = std::make_unique<regex_t>();
  const int status = regcomp(regex.get(), pattern.c_str(), REG_EXTENDED | REG_NOSUB);
  if (status != 0) {
    char message[256];
    regerror(status, regex.get(), message, sizeof message);
    error = message;
    return nullptr;  // regcomp frees what it allocated when it fails
  }
  PosixRegexPtr owned(regex.release());
  return cache.emplace(pattern, std::move(owned)).first->second.get();
}

void Matches(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 2) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string pattern = PopXPathString(ctxt);
  const std::string text = PopXPathString(ctxt);
  std::string error;
  const regex_t* regex = CompiledRegex(pattern, error);
  if (!regex) {
    xsltTransformError(xsltXPathGetTransformContext(ctxt), nullptr, nullptr,
                       "teipress:matches(): invalid regular expression '%s' (%s); write a POSIX extended regex\n",
                       pattern.c_str(), error.c_str());
    ctxt->error = XPATH_EXPR_ERROR;
    return;
  }
  xmlXPathReturnBoolean(ctxt, regexec(regex, text.c_str(), 0, nullptr, 0) == 0 ? 1 : 0);
}

void IsDate(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  xmlXPathReturnBoolean(ctxt, ParseCalendarDate(PopXPathString(ctxt)) ? 1 : 0);
}

void DayNumber(xmlXPathParserContextPtr ctxt, int nargs, bool last) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const auto range = ParseCalendarDate(PopXPathString(ctxt));
  xmlXPathReturnNumber(ctxt, range ? static_cast<double>(last ? range->last : range->first) : std::nan(""));
}

void FirstDayNumber(xmlXPathParserContextPtr ctxt, int nargs) { DayNumber(ctxt, nargs, false); }
void LastDayNumber(xmlXPathParserContextPtr ctxt, int nargs) { DayNumber(ctxt, nargs, true); }

void Line(xmlXPathParserContextPtr ctxt, int nargs) {
  xmlNodePtr node = nullptr;
  if (!PopNodeOrContext(ctxt, nargs, node)) return;
  if (node && node->type == XML_ATTRIBUTE_NODE) node = node->parent;
  if (node && node->type == XML_NAMESPACE_DECL) node = nullptr;
  const long line = node && node->type != XML_DOCUMENT_NODE ? xmlGetLineNo(node) : 0;
  xmlXPathReturnNumber(ctxt, line > 0 ? static_cast<double>(line) : 0.0);
}

// The prefix the calling expression binds to `uri` (the stylesheet's namespaces, i.e. the
// Schematron's <ns> declarations), so that locations read like the rules that found them.
std::string PrefixFor(xmlXPathContextPtr context, const xmlChar* uri) {
  for (int i = 0; context->namespaces && i < context->nsNr; ++i) {
    const xmlNs* ns = context->namespaces[i];
    if (ns && ns->prefix && xmlStrEqual(ns->href, uri)) return AsChars(ns->prefix);
  }
  return "";
}

std::string NameStep(xmlXPathContextPtr context, xmlNodePtr node) {
  const std::string local = AsChars(node->name);
  if (!node->ns || !node->ns->href) return local;
  if (xmlStrEqual(node->ns->href, XML_XML_NAMESPACE)) return "xml:" + local;
  const std::string prefix = PrefixFor(context, node->ns->href);
  if (!prefix.empty()) return prefix + ":" + local;
  return "*[local-name()='" + local + "' and namespace-uri()='" + AsChars(node->ns->href) + "']";
}

bool SameKind(xmlNodePtr a, xmlNodePtr b) {
  if (a->type != b->type) return false;
  if (a->type == XML_TEXT_NODE || a->type == XML_CDATA_SECTION_NODE || a->type == XML_COMMENT_NODE) return true;
  if (!xmlStrEqual(a->name, b->name)) return false;
  const xmlChar* ua = a->ns ? a->ns->href : nullptr;
  const xmlChar* ub = b->ns ? b->ns->href : nullptr;
  return xmlStrEqual(ua, ub) || (!ua && !ub);
}

std::string Step(xmlXPathContextPtr context, xmlNodePtr node) {
  if (node->type == XML_ATTRIBUTE_NODE) return "@" + NameStep(context, node);
  int position = 1;
  for (xmlNodePtr sibling = node->prev; sibling; sibling = sibling->prev) position += SameKind(sibling, node) ? 1 : 0;
  std::string test;
  switch (node->type) {
    case XML_ELEMENT_NODE: test = NameStep(context, node); break;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: test = "text()"; break;
    case XML_COMMENT_NODE: test = "comment()"; break;
    case XML_PI_NODE: test = "processing-instruction('" + std::string(AsChars(node->name)) + "')"; break;
    default: test = "node()";
  }
  return test + "[" + std::to_string(position) + "]";
}

void Path(xmlXPathParserContextPtr ctxt, int nargs) {
  xmlNodePtr node = nullptr;
  if (!PopNodeOrContext(ctxt, nargs, node)) return;
  std::vector<std::string> steps;
  for (; node && node->type != XML_DOCUMENT_NODE && node->type != XML_HTML_DOCUMENT_NODE; node = node->parent) {
    if (node->type == XML_NAMESPACE_DECL) break;
    steps.push_back(Step(ctxt->context, node));
  }
  std::string path;
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) path += "/" + *it;
  ReturnString(ctxt, path.empty() ? "/" : path);
}

void FileName(xmlXPathParserContextPtr ctxt, int nargs) {
  xmlNodePtr node = nullptr;
  if (!PopNodeOrContext(ctxt, nargs, node)) return;
  const std::string url = node && node->doc && node->doc->URL ? AsChars(node->doc->URL) : "";
  const size_t slash = url.find_last_of('/');
  ReturnString(ctxt, slash == std::string::npos ? url : url.substr(slash + 1));
}

void DocumentUri(xmlXPathParserContextPtr ctxt, int nargs) {
  xmlNodePtr node = nullptr;
  if (!PopNodeOrContext(ctxt, nargs, node)) return;
  ReturnString(ctxt, node && node->doc && node->doc->URL ? AsChars(node->doc->URL) : "");
}

using CompiledXPathPtr = std::unique_ptr<xmlXPathCompExpr, CFree<xmlXPathCompExpr, xmlXPathFreeCompExpr>>;

// Compiled once per thread and expression: a rule context applies the same predicate to every
// node of a document. Prefixes are resolved when evaluated, so one compilation serves them all.
xmlXPathCompExprPtr CompiledExpression(const std::string& expression) {
  thread_local std::unordered_map<std::string, CompiledXPathPtr> cache;
  auto found = cache.find(expression);
  if (found != cache.end()) return found->second.get();
  CompiledXPathPtr compiled(xmlXPathCompile(AsXmlChars(expression.c_str())));
  if (!compiled) return nullptr;
  return cache.emplace(expression, std::move(compiled)).first->second.get();
}

void Evaluate(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  const std::string expression = PopXPathString(ctxt);
  xmlXPathCompExprPtr compiled = CompiledExpression(expression);
  xmlXPathContextPtr context = ctxt->context;
  // The evaluation moves the shared context; the calling expression continues where it was.
  xmlNodePtr node = context->node;
  xmlDocPtr doc = context->doc;
  const int position = context->proximityPosition, size = context->contextSize;
  xmlXPathObjectPtr value = compiled ? xmlXPathCompiledEval(compiled, context) : nullptr;
  context->node = node;
  context->doc = doc;
  context->proximityPosition = position;
  context->contextSize = size;
  if (!value) {
    xsltTransformError(xsltXPathGetTransformContext(ctxt), nullptr, nullptr,
                       "teipress:evaluate(): the expression '%s' could not be evaluated\n", expression.c_str());
    ctxt->error = XPATH_EXPR_ERROR;
    return;
  }
  valuePush(ctxt, value);
}

// Fails the calling transformation with `message`.
void Fail(xmlXPathParserContextPtr ctxt, const std::string& message) {
  xsltTransformError(xsltXPathGetTransformContext(ctxt), nullptr, nullptr, "%s\n", message.c_str());
  ctxt->error = XPATH_EXPR_ERROR;
}

void Documents(xmlXPathParserContextPtr ctxt, int nargs) {
  if (nargs != 1) {
    xmlXPathSetArityError(ctxt);
    return;
  }
  std::vector<std::string> references;
  if (ctxt->value && (ctxt->value->type == XPATH_NODESET || ctxt->value->type == XPATH_XSLT_TREE)) {
    NodeSetPtr nodes(xmlXPathPopNodeSet(ctxt));
    for (int i = 0; nodes && i < nodes->nodeNr; ++i) {
      XmlCharsPtr value(xmlXPathCastNodeToString(nodes->nodeTab[i]));
      references.push_back(value ? AsChars(value.get()) : "");
    }
  } else {
    references.push_back(PopXPathString(ctxt));
  }
  xsltTransformContextPtr transform = xsltXPathGetTransformContext(ctxt);
  xmlNodePtr node = ctxt->context->node;
  const std::string base = node && node->doc && node->doc->URL ? AsChars(node->doc->URL) : "";
  boost::system::error_code ec;
  const std::string root = fs::weakly_canonical(fs::absolute(fs::path(base)).parent_path(), ec).string();
  xmlNodeSetPtr result = xmlXPathNodeSetCreate(nullptr);
  for (const std::string& reference : references) {
    XmlCharsPtr url(xmlBuildURI(AsXmlChars(reference.c_str()), AsXmlChars(base.c_str())));
    const std::string local = url && !ec ? LocalFileInside(AsChars(url.get()), root) : "";
    if (local.empty()) {
      xmlXPathFreeNodeSet(result);
      Fail(ctxt, "teipress:documents(): '" + reference + "', named by " + base +
                     ", lies outside that document's directory tree or on the network, and is not read");
      return;
    }
    xsltDocumentPtr document = transform ? xsltLoadDocument(transform, AsXmlChars(local.c_str())) : nullptr;
    if (!document) {
      xmlXPathFreeNodeSet(result);
      Fail(ctxt, "teipress:documents(): '" + reference + "', named by " + base + ", cannot be read as XML");
      return;
    }
    xmlXPathNodeSetAdd(result, reinterpret_cast<xmlNodePtr>(document->doc));
  }
  valuePush(ctxt, xmlXPathWrapNodeSet(result));
}

}  // namespace

std::optional<DayRange> ParseCalendarDate(std::string_view text) {
  // Only years of four digits (and no sign): the edition's documents lie between 1000 and 9999.
  if (text.size() < 4 || !IsDigits(text.substr(0, 4))) return std::nullopt;
  const long year = ToInt(text.substr(0, 4));
  if (text.size() == 4) return DayRange{DaysFromCivil(year, 1, 1), DaysFromCivil(year, 12, 31)};
  if (text.size() < 7 || text[4] != '-' || !IsDigits(text.substr(5, 2))) return std::nullopt;
  const int month = ToInt(text.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (text.size() == 7) return DayRange{DaysFromCivil(year, month, 1), DaysFromCivil(year, month, DaysInMonth(year, month))};
  if (text.size() < 10 || text[7] != '-' || !IsDigits(text.substr(8, 2))) return std::nullopt;
  const int day = ToInt(text.substr(8, 2));
  if (day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  if (text.size() > 10 && (text[10] != 'T' || !IsTimeOfDay(text.substr(11)))) return std::nullopt;
  const long number = DaysFromCivil(year, month, day);
  return DayRange{number, number};
}

void RegisterXPathExtensions() {
  static std::once_flag once;
  std::call_once(once, [] {
    const xmlChar* uri = AsXmlChars(kXPathExtensionsNamespace);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kMatches), uri, Matches);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kIsDate), uri, IsDate);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kDayNumber), uri, FirstDayNumber);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kLastDayNumber), uri, LastDayNumber);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kLine), uri, Line);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kPath), uri, Path);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kFileName), uri, FileName);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kDocumentUri), uri, DocumentUri);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kEvaluate), uri, Evaluate);
    xsltRegisterExtModuleFunction(AsXmlChars(xpath_function::kDocuments), uri, Documents);
  });
}

}  // namespace teipress
