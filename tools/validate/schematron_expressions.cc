#include "schematron_expressions.h"

#include <algorithm>

#include "xslt_stylesheet.h"

namespace teipress {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

bool IsNameStart(char c) { return IsNameChar(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.'; }

bool IsQuote(char c) { return c == '"' || c == '\''; }

// The end of the string literal that starts at `start` (one past its closing quote).
size_t LiteralEnd(std::string_view text, size_t start) {
  const size_t close = text.find(text[start], start + 1);
  return close == std::string_view::npos ? text.size() : close + 1;
}

// The end of the QName that starts at `start` ("p:name" or "name"; "p::axis" is not one).
size_t QNameEnd(std::string_view text, size_t start) {
  size_t end = start;
  while (end < text.size() && IsNameChar(text[end])) ++end;
  if (end + 1 < text.size() && text[end] == ':' && IsNameStart(text[end + 1])) {
    ++end;
    while (end < text.size() && IsNameChar(text[end])) ++end;
  }
  return end;
}

}  // namespace

std::set<std::string> PrefixesUsed(std::string_view expression) {
  std::set<std::string> prefixes;
  for (size_t i = 0; i < expression.size();) {
    const char c = expression[i];
    if (IsQuote(c)) {
      i = LiteralEnd(expression, i);
    } else if (IsNameStart(c)) {
      size_t end = i;
      while (end < expression.size() && IsNameChar(expression[end])) ++end;
      const bool variable = i > 0 && expression[i - 1] == '$';
      if (!variable && end + 1 < expression.size() && expression[end] == ':' && expression[end + 1] != ':') {
        prefixes.insert(std::string(expression.substr(i, end - i)));
      }
      i = end + (end < expression.size() && expression[end] == ':' ? 1 : 0);
    } else {
      ++i;
    }
  }
  return prefixes;
}

std::vector<std::string> VariablesUsed(std::string_view expression) {
  std::vector<std::string> variables;
  for (size_t i = 0; i < expression.size();) {
    const char c = expression[i];
    if (IsQuote(c)) {
      i = LiteralEnd(expression, i);
    } else if (c == '$' && i + 1 < expression.size() && IsNameStart(expression[i + 1])) {
      const size_t end = QNameEnd(expression, i + 1);
      std::string name(expression.substr(i + 1, end - i - 1));
      if (std::find(variables.begin(), variables.end(), name) == variables.end()) variables.push_back(std::move(name));
      i = end;
    } else {
      ++i;
    }
  }
  return variables;
}

std::vector<std::string> FunctionsCalled(std::string_view expression) {
  std::vector<std::string> functions;
  // XPath 1.0, 3.7: after a token that can end an operand, a name is an operator ("and", "or",
  // "div", "mod") and "*" a multiplication; elsewhere a name followed by "(" is a call or node test.
  bool after_operand = false;
  for (size_t i = 0; i < expression.size();) {
    const char c = expression[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (IsQuote(c)) {
      i = LiteralEnd(expression, i);
      after_operand = true;
    } else if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < expression.size() && expression[i + 1] >= '0' &&
                                          expression[i + 1] <= '9')) {
      while (i < expression.size() && ((expression[i] >= '0' && expression[i] <= '9') || expression[i] == '.')) ++i;
      after_operand = true;
    } else if (c == '$' && i + 1 < expression.size() && IsNameStart(expression[i + 1])) {
      i = QNameEnd(expression, i + 1);
      after_operand = true;
    } else if (IsNameStart(c)) {
      const size_t end = QNameEnd(expression, i);
      const std::string name(expression.substr(i, end - i));
      i = end;
      if (after_operand) {  // an operator name
        after_operand = false;
        continue;
      }
      size_t next = i;
      while (next < expression.size() && (expression[next] == ' ' || expression[next] == '\t' ||
                                          expression[next] == '\n' || expression[next] == '\r')) {
        ++next;
      }
      if (next + 1 < expression.size() && expression[next] == ':' && expression[next + 1] == ':') {
        i = next + 2;  // an axis
        after_operand = false;
        continue;
      }
      if (next < expression.size() && expression[next] == '(') {
        const bool node_test =
            name == "node" || name == "text" || name == "comment" || name == "processing-instruction";
        if (!node_test && std::find(functions.begin(), functions.end(), name) == functions.end()) {
          functions.push_back(name);
        }
        after_operand = false;  // the "(" follows
        continue;
      }
      after_operand = true;  // a name test
    } else if (c == ')' || c == ']' || c == '.' || c == '*') {
      // "*" after an operand multiplies; elsewhere it is a name test, which ends an operand.
      after_operand = !(c == '*' && after_operand);
      i += (c == '.' && i + 1 < expression.size() && expression[i + 1] == '.') ? 2 : 1;
    } else {
      after_operand = false;  // ( [ , @ :: / // | + - = != < <= > >=
      ++i;
    }
  }
  return functions;
}

bool IsCoreFunction(std::string_view name) {
  static const std::set<std::string_view> kCore = {
      // XPath 1.0
      "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
      "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
      "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
      // XSLT 1.0
      "document", "key", "format-number", "current", "unparsed-entity-uri", "generate-id", "system-property",
      "element-available", "function-available"};
  return kCore.count(name) > 0;
}

std::string SubstituteParameters(std::string_view text, const std::map<std::string, std::string>& parameters) {
  if (parameters.empty()) return std::string(text);
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (text[i] == '$' && i + 1 < text.size() && IsNameStart(text[i + 1])) {
      const size_t end = QNameEnd(text, i + 1);
      auto found = parameters.find(std::string(text.substr(i + 1, end - i - 1)));
      out += found != parameters.end() ? found->second : std::string(text.substr(i, end - i));
      i = end;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string WithVariablePredicatesEvaluated(std::string_view pattern, std::string_view evaluate) {
  if (VariablesUsed(pattern).empty()) return std::string(pattern);
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (IsQuote(c)) {
      const size_t end = LiteralEnd(pattern, i);
      out += pattern.substr(i, end - i);
      i = end;
      continue;
    }
    if (c != '[') {
      out += c;
      ++i;
      continue;
    }
    // The matching ']' of this outermost predicate, over nested predicates and literals.
    size_t end = i + 1;
    for (int depth = 1; end < pattern.size(); ) {
      if (IsQuote(pattern[end])) {
        end = LiteralEnd(pattern, end);
        continue;
      }
      if (pattern[end] == '[') ++depth;
      if (pattern[end] == ']' && --depth == 0) break;
      ++end;
    }
    const std::string_view predicate = pattern.substr(i + 1, std::min(end, pattern.size()) - i - 1);
    if (VariablesUsed(predicate).empty()) {
      out += pattern.substr(i, std::min(end + 1, pattern.size()) - i);
    } else {
      out += "[" + std::string(evaluate) + "(" + QuoteForXPath(std::string(predicate)) + ")]";
    }
    i = end + 1;
  }
  return out;
}

}  // namespace teipress
