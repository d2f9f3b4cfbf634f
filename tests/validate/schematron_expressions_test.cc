// What the Schematron compiler reads out of expressions without evaluating them.
#include "schematron_expressions.h"

#include <gtest/gtest.h>

namespace teipress {
namespace {

using Strings = std::vector<std::string>;

TEST(SchematronExpressions, PrefixesAreThoseOfNamesNotOfAxesVariablesOrLiterals) {
  const struct {
    const char* expression;
    std::set<std::string> prefixes;
  } cases[] = {
      {"tei:p/@xml:id", {"tei", "xml"}},
      {"child::tei:p | ancestor-or-self::*", {"tei"}},
      {"f:g(.) and $v:w", {"f"}},
      {"'a:b' = \"c:d\" and e:f", {"e"}},
      {"x:*", {"x"}},
      {"1.5 div 2", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(PrefixesUsed(c.expression), c.prefixes) << c.expression;
}

TEST(SchematronExpressions, VariablesAreFoundOnceInOrderOutsideLiterals) {
  const struct {
    const char* expression;
    Strings variables;
  } cases[] = {
      {"$a + $b-c * $a", {"a", "b-c"}},
      {"'$not' = \"$either\" or $yes", {"yes"}},
      {"$p:name = 1", {"p:name"}},
      {"@when", {}},
      {"concat($x,'$y')", {"x"}},
  };
  for (const auto& c : cases) EXPECT_EQ(VariablesUsed(c.expression), c.variables) << c.expression;
}

TEST(SchematronExpressions, FunctionCallsAreNamesBeforeParenthesesThatAreNotOperatorsOrNodeTests) {
  const struct {
    const char* expression;
    Strings functions;
  } cases[] = {
      {"count(tei:p) and not(@n)", {"count", "not"}},
      {"a and (b or c)", {}},
      {"$x div (2) mod (3)", {}},
      {"text() | node() | comment() | processing-instruction('x')", {}},
      {"str:tokenize(., ' ') [1]", {"str:tokenize"}},
      {"'f(x)' = \"g(y)\"", {}},
      {"child::p[last()] * count (x)", {"last", "count"}},
      {"* and true()", {"true"}},
      {"ancestor :: div", {}},
      {"1.5 = number(.)", {"number"}},
      {"..[name()]", {"name"}},
  };
  for (const auto& c : cases) EXPECT_EQ(FunctionsCalled(c.expression), c.functions) << c.expression;
  EXPECT_TRUE(IsCoreFunction("generate-id"));
  EXPECT_FALSE(IsCoreFunction("matches"));
}

TEST(SchematronExpressions, ParametersAreSubstitutedAsTextWholeNamesOnly) {
  const std::map<std::string, std::string> parameters = {{"a", "@x"}, {"name", "'v'"}, {"ctx", "tei:p"}};
  const struct {
    const char* text;
    const char* substituted;
  } cases[] = {
      {"$ctx[$a = 1]", "tei:p[@x = 1]"},
      {"$ab + $a", "$ab + @x"},             // $ab is another variable
      {"'$name'", "''v''"},                 // inside literals too, as ISO's textual substitution
      {"$a-b", "$a-b"},                     // a-b is one name
      {"$other", "$other"},
      {"no variables", "no variables"},
  };
  for (const auto& c : cases) EXPECT_EQ(SubstituteParameters(c.text, parameters), c.substituted) << c.text;
}

TEST(SchematronExpressions, PredicatesWithVariablesAreEvaluatedByTheEngine) {
  const struct {
    const char* pattern;
    const char* rewritten;
  } cases[] = {
      {"tei:p[@n]", "tei:p[@n]"},
      {"*[local-name() = $name]", "*[ev('local-name() = $name')]"},
      {"a[$n]/b[@x]", "a[ev('$n')]/b[@x]"},
      {"a[b[$x]] | c", "a[ev('b[$x]')] | c"},
      {"a[@t = \"]\" and $v]", "a[ev('@t = \"]\" and $v')]"},
      {"a[. = \"it's\" or $v]", "a[ev(concat('. = \"it', \"'\", 's\" or $v'))]"},
  };
  for (const auto& c : cases) EXPECT_EQ(WithVariablePredicatesEvaluated(c.pattern, "ev"), c.rewritten) << c.pattern;
}

}  // namespace
}  // namespace teipress
