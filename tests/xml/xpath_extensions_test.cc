// The teipress XPath extension functions, called from real libxslt stylesheets.
#include <gtest/gtest.h>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"
#include "xpath_extensions.h"
#include "xslt_stylesheet.h"

namespace teipress {
namespace {

using testing::TemporaryDirectory;

TEST(ParseCalendarDate, AcceptsOnlyRealDates) {
  struct Case {
    const char* text;
    bool valid;
  };
  const Case cases[] = {
      {"1951", true},          {"1951-02", true},           {"1951-02-28", true},       {"1952-02-29", true},
      {"2000-02-29", true},    {"1951-12-31T23:59:59", true}, {"1951-08-28T10:00:00Z", true},
      {"1951-08-28T10:00:00.5+03:00", true},
      {"1951-02-29", false},   {"1900-02-29", false},       {"1951-13", false},         {"1951-00-10", false},
      {"1951-04-31", false},   {"1951-4-3", false},         {"51", false},              {"", false},
      {"1951-08-28T24:00:00", false},                       {"1951-08-28x", false},     {"195a", false},
  };
  for (const Case& c : cases) EXPECT_EQ(ParseCalendarDate(c.text).has_value(), c.valid) << c.text;
}

TEST(ParseCalendarDate, CountsDaysAndCoversWholeMonthsAndYears) {
  EXPECT_EQ(ParseCalendarDate("1970-01-01")->first, 0);
  EXPECT_EQ(ParseCalendarDate("1969-12-31")->first, -1);
  EXPECT_EQ(ParseCalendarDate("1951-08-29")->first - ParseCalendarDate("1951-08-28")->first, 1);
  const DayRange february = *ParseCalendarDate("1952-02");
  EXPECT_EQ(february.last - february.first, 28);  // a leap year: 29 days
  const DayRange year = *ParseCalendarDate("1951");
  EXPECT_EQ(year.last - year.first, 364);
}

// Evaluates `expression` with libxslt against `document` (read as /data/113009.xml).
std::string Evaluate(const std::string& expression, const std::string& document) {
  RegisterXPathExtensions();
  TemporaryDirectory directory;
  const auto path = directory.path() / "probe.xsl";
  std::string error;
  WriteFileAtomically(path,
                      "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform' "
                      "xmlns:teipress='urn:teipress:xpath' xmlns:t='urn:test'><xsl:output method='text'/>"
                      "<xsl:template match='/'><xsl:value-of select=\"" + expression +
                          "\"/></xsl:template></xsl:stylesheet>",
                      error);
  std::vector<Diagnostic> diagnostics;
  auto stylesheet = XsltStylesheet::Load(path.string(), diagnostics);
  if (!stylesheet) return "<no stylesheet>";
  XmlDocPtr input = ReadXmlMemory(document, "/data/113009.xml", diagnostics);
  std::string output;
  if (!stylesheet->Apply(input.get(), "113009.xml", {}, output, diagnostics)) return "<failed>";
  return output;
}

TEST(XPathExtensions, AnswerFromStylesheets) {
  const std::string document =
      "<r xmlns:t='urn:test'>\n<a n='1'>x</a>\n<a n='2'>y<t:b/></a>\n<!-- c -->\n</r>";
  struct Case {
    const char* expression;
    const char* expected;
  };
  const Case cases[] = {
      {"teipress:matches('No. P83/280', '^No\\. P[0-9]+/[0-9]+$')", "true"},
      {"teipress:matches('No. 83', '^P')", "false"},
      {"teipress:matches(//a[2], 'y')", "true"},
      {"teipress:is-date('1951-02-29')", "false"},
      {"teipress:is-date('1952-02-29')", "true"},
      {"teipress:day-number('1970-01-02')", "1"},
      {"teipress:last-day-number('1970-01') - teipress:day-number('1970-01')", "30"},
      {"teipress:day-number('no date')", "NaN"},
      {"teipress:day-number('1951-08-27') &lt; teipress:day-number('1951-08-28')", "true"},
      {"teipress:line(//a[2])", "3"},
      {"teipress:line(//a[2]/@n)", "3"},
      {"teipress:line(/r)", "1"},
      {"teipress:line(//nothing)", "0"},
      {"teipress:path(//a[2])", "/r[1]/a[2]"},
      {"teipress:path(//a[2]/@n)", "/r[1]/a[2]/@n"},
      {"teipress:path(//a[2]/text())", "/r[1]/a[2]/text()[1]"},
      {"teipress:path(//t:b)", "/r[1]/a[2]/t:b[1]"},
      {"teipress:path(//comment())", "/r[1]/comment()[1]"},
      {"teipress:path(/)", "/"},
      {"teipress:file-name()", "113009.xml"},
      {"teipress:document-uri()", "/data/113009.xml"},
      {"teipress:document-uri(//a[1])", "/data/113009.xml"},
      {"teipress:evaluate('count(//a)')", "2"},
      {"teipress:evaluate(concat('//a[', '2', ']/@n'))", "2"},
      {"count(//a[teipress:evaluate('@n = 2')])", "1"},
      {"count(//a[teipress:evaluate('1')])", "1"},               // a number keeps its positional meaning
      {"//a[teipress:evaluate('last()')]/@n", "2"},              // evaluated at the caller's position and size
      {"name(//a[2]/*[teipress:evaluate('self::t:b')])", "t:b"},  // and with its namespaces
  };
  for (const Case& c : cases) EXPECT_EQ(Evaluate(c.expression, document), c.expected) << c.expression;
}

TEST(XPathExtensions, InvalidRegularExpressionFailsTheTransformation) {
  EXPECT_EQ(Evaluate("teipress:matches('a', '(')", "<r/>"), "<failed>");
}

TEST(XPathExtensions, DocumentsAreReadOnlyInsideTheCallingDocumentsTree) {
  RegisterXPathExtensions();
  TemporaryDirectory directory;
  std::string error;
  const auto tree = directory.path() / "tree";
  WriteFileAtomically(tree / "sub" / "a.xml", "<a>A</a>", error);
  WriteFileAtomically(tree / "b.xml", "<b>B</b>", error);
  WriteFileAtomically(directory.path() / "outside.xml", "<o>SECRET</o>", error);
  WriteFileAtomically(directory.path() / "probe.xsl",
                      "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform' "
                      "xmlns:teipress='urn:teipress:xpath'><xsl:output method='text'/><xsl:template match='/'>"
                      "<xsl:for-each select='teipress:documents(//ref)'><xsl:value-of select='.'/></xsl:for-each>"
                      "</xsl:template></xsl:stylesheet>",
                      error);
  std::vector<Diagnostic> diagnostics;
  auto stylesheet = XsltStylesheet::Load((directory.path() / "probe.xsl").string(), diagnostics);
  ASSERT_TRUE(stylesheet);
  auto run = [&](const std::string& refs) {
    XmlDocPtr input = ReadXmlMemory("<r>" + refs + "</r>", (tree / "main.xml").string(), diagnostics);
    std::string output;
    return stylesheet->Apply(input.get(), "main.xml", {}, output, diagnostics) ? output : "<failed>";
  };
  EXPECT_EQ(run("<ref>sub/a.xml</ref><ref>b.xml</ref>"), "AB");
  EXPECT_EQ(run("<ref>../outside.xml</ref>"), "<failed>");
  EXPECT_EQ(run("<ref>" + (directory.path() / "outside.xml").string() + "</ref>"), "<failed>");
  EXPECT_EQ(run("<ref>missing.xml</ref>"), "<failed>");
}

TEST(XPathExtensions, AnExpressionThatCannotBeEvaluatedFailsTheTransformation) {
  EXPECT_EQ(Evaluate("teipress:evaluate('count(')", "<r/>"), "<failed>");
  EXPECT_EQ(Evaluate("teipress:evaluate('$undefined')", "<r/>"), "<failed>");
}

TEST(XPathExtensions, WrongArgumentCountFailsTheTransformation) {
  EXPECT_EQ(Evaluate("teipress:evaluate()", "<r/>"), "<failed>");
  EXPECT_EQ(Evaluate("teipress:is-date()", "<r/>"), "<failed>");
  EXPECT_EQ(Evaluate("teipress:matches('a')", "<r/>"), "<failed>");
}

}  // namespace
}  // namespace teipress
