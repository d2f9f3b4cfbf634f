// What the Schematron compiler needs to know about the XPath 1.0 expressions and XSLT patterns of
// a schema without evaluating them: the prefixes and variables they use; abstract-pattern
// parameters put in; predicates with variables made legal in XSLT 1.0 match patterns.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace teipress {

// The namespace prefixes of names in `expression`: "p:name", "p:*", "p:f(", not axes ("child::"),
// not variables and nothing inside string literals.
std::set<std::string> PrefixesUsed(std::string_view expression);

// The variables `expression` refers to ("$name", "$p:name"), outside string literals, each once,
// in order of first use.
std::vector<std::string> VariablesUsed(std::string_view expression);

// The functions `expression` calls ("count", "str:tokenize"), each once, in order of first call:
// names followed by "(" that are neither node tests (node(), text(), comment(),
// processing-instruction()) nor operators (the "and" of "a and (b)"), by XPath 1.0's lexical rules.
std::vector<std::string> FunctionsCalled(std::string_view expression);

// Whether `name` is a function of XPath 1.0 or XSLT 1.0, which need no prefix.
bool IsCoreFunction(std::string_view name);

// ISO Schematron's instantiation of an abstract pattern: every "$name" whose name is a parameter
// is replaced by the parameter's value, as text (inside string literals too, as the standard's
// textual substitution does). Longer names are not cut: with a parameter "a", "$ab" stays.
std::string SubstituteParameters(std::string_view text, const std::map<std::string, std::string>& parameters);

// XSLT 1.0 forbids variable references in match patterns, but Schematron rule contexts may use
// the schema's variables. Every outermost predicate of `pattern` that refers to a variable is
// rewritten as a call of `evaluate` (a function evaluating its string argument as XPath where the
// predicate is, see xpath_extensions.h): a[$x = 1] -> a[evaluate('$x = 1')]. The predicate keeps
// its meaning, a number included (a[$n] still selects by position). Patterns without variables
// are returned unchanged.
std::string WithVariablePredicatesEvaluated(std::string_view pattern, std::string_view evaluate);

}  // namespace teipress
