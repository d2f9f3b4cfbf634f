// XML Schema datatypes with their facets: every case was run through jing (20220510) as
// <data type="T"> with the parameters after ';', in an attribute, and the expected verdict is
// jing's. (IDREFS "a b" is refused by jing's ID check, not by the datatype: it is valid here.)
#include "relaxng_datatypes.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace teipress {
namespace {

struct Context : ValueContext {
  std::optional<std::string> ResolvePrefix(std::string_view prefix) const override {
    if (prefix.empty()) return std::string();
    if (prefix == "xml") return std::string("http://www.w3.org/XML/1998/namespace");
    return std::nullopt;
  }
};

struct Case {
  const char* type;  // "T;param=value;..."
  const char* value;
  bool valid;
};

const Case kCases[] = {
    {"dateTime", "2000-01-01T00:00:00+14:00", true},
    {"dateTime", "2000-01-01T00:00:00-14:00", false},
    {"dateTime", "2000-01-01T00:00:00+15:00", false},
    {"dateTime", "2000-01-01T00:00:00-13:00", true},
    {"dateTime", "2000-01-01T00:00:00+14:01", false},
    {"dateTime", "2000-01-01T00:00:00-18:00", false},
    {"dateTime", "2000-01-01T00:00:00+99:00", false},
    {"dateTime", "2000-01-01T23:59:60", true},
    {"dateTime", "2000-01-01T24:00:00", false},
    {"dateTime", "2000-01-01T12:00:00.", true},
    {"dateTime", "2000-01-01T12:00:00.123456", true},
    {"dateTime", "0000-01-01T00:00:00", false},
    {"dateTime", "-0001-01-01T00:00:00", true},
    {"dateTime", "10000-01-01T00:00:00", true},
    {"dateTime", "01000-01-01T00:00:00", false},
    {"dateTime", "2000-02-30T00:00:00", false},
    {"dateTime", " 2000-01-01T00:00:00Z ", true},
    {"dateTime", "2000-01-01T00:60:00", false},
    {"date", "2000-02-29", true},
    {"date", "1900-02-29", false},
    {"date", "2004-02-29", true},
    {"date", "-0004-02-29", false},
    {"date", "-0001-02-29", true},
    {"date", "-0005-02-29", true},
    {"date", "2000-13-01", false},
    {"date", "2000-00-10", false},
    {"date", "2000-1-01", false},
    {"date", "2147483647-01-01", false},
    {"date", "2147483648-01-01", false},
    {"date", "1951-02-30", false},
    {"time", "24:00:00", false},
    {"time", "00:00:00", true},
    {"time", "23:59:60", true},
    {"time", "12:00", false},
    {"time", "12:00:00Z", true},
    {"time", "12:00:00+01:00", true},
    {"gYear", "2000", true},
    {"gYear", "0000", false},
    {"gYear", "-2000", true},
    {"gYear", "99", false},
    {"gYear", "20000", true},
    {"gYearMonth", "2000-02", true},
    {"gYearMonth", "2000-13", false},
    {"gMonthDay", "--02-29", true},
    {"gMonthDay", "--02-30", false},
    {"gMonthDay", "--04-31", false},
    {"gMonthDay", "--13-01", false},
    {"gDay", "---31", true},
    {"gDay", "---32", false},
    {"gDay", "---00", false},
    {"gMonth", "--12", true},
    {"gMonth", "--13", false},
    {"gMonth", "--12--", false},
    {"duration", "P1Y", true},
    {"duration", "P", false},
    {"duration", "PT", false},
    {"duration", "P1Y2M3DT4H5M6.7S", true},
    {"duration", "-P1D", true},
    {"duration", "P1.5Y", false},
    {"duration", "PT1.S", true},
    {"duration", "PT.5S", true},
    {"duration", "P1DT", false},
    {"duration", "PT0S", true},
    {"duration", "P-1D", false},
    {"decimal", "1", true},
    {"decimal", "+1", true},
    {"decimal", "-1.", true},
    {"decimal", ".5", true},
    {"decimal", "1.2.3", false},
    {"decimal", "+", false},
    {"decimal", "-.5", true},
    {"decimal", "1e5", false},
    {"decimal", " 1 ", true},
    {"decimal", "0001.000", true},
    {"integer", "1", true},
    {"integer", "1.", false},
    {"integer", "1.0", false},
    {"integer", "+0", true},
    {"integer", "-0", true},
    {"integer", "a", false},
    {"integer", "1.5", false},
    {"nonNegativeInteger", "0", true},
    {"nonNegativeInteger", "-0", true},
    {"nonNegativeInteger", "-1", false},
    {"nonNegativeInteger", "+5", true},
    {"positiveInteger", "0", false},
    {"positiveInteger", "1", true},
    {"byte", "127", true},
    {"byte", "128", false},
    {"byte", "-128", true},
    {"byte", "-129", false},
    {"unsignedLong", "18446744073709551615", true},
    {"unsignedLong", "18446744073709551616", false},
    {"double", "1", true},
    {"double", "1e5", true},
    {"double", "1E-5", true},
    {"double", "INF", true},
    {"double", "-INF", true},
    {"double", "+INF", false},
    {"double", "NaN", true},
    {"double", "nan", false},
    {"double", ".5", true},
    {"double", "1.", true},
    {"double", "e5", false},
    {"double", "1e", false},
    {"double", "1.5e+3", true},
    {"double", "-1e-3", true},
    {"double", "1e400", true},
    {"double", "0x10", false},
    {"float", "1.5", true},
    {"float", "INF", true},
    {"float", "1e40", true},
    {"boolean", "true", true},
    {"boolean", "false", true},
    {"boolean", "1", true},
    {"boolean", "0", true},
    {"boolean", "TRUE", false},
    {"boolean", "yes", false},
    {"Name", "a", true},
    {"Name", "a:b", true},
    {"Name", "1a", false},
    {"Name", ":a", true},
    {"Name", "a-b", true},
    {"Name", "é", true},
    {"Name", "a b", false},
    {"NCName", "a", true},
    {"NCName", "a:b", false},
    {"NCName", "_a", true},
    {"NCName", "-a", false},
    {"NMTOKEN", "1a", true},
    {"NMTOKEN", "a:b", true},
    {"NMTOKEN", "-", true},
    {"NMTOKEN", "a b", false},
    {"NMTOKENS", "a b", true},
    {"NMTOKENS", "a", true},
    {"NMTOKENS", " ", false},
    {"NMTOKENS", "1 2 3", true},
    {"QName", "a", true},
    {"QName", "a:b", false},
    {"QName", "xml:a", true},
    {"QName", "b:c", false},
    {"QName", ":a", false},
    {"QName", "a:", false},
    {"QName", "a:b:c", false},
    {"language", "en", true},
    {"language", "en-US", true},
    {"language", "x-klingon", true},
    {"language", "english-and-more", true},
    {"language", "en_US", false},
    {"language", "123", false},
    {"language", "a-123456789", false},
    {"language", "", false},
    {"anyURI", "http://example.org:port/page", true},
    {"anyURI", "http://www.http://www.eagle-network.eu/x", true},
    {"anyURI", "#d1", true},
    {"anyURI", "a b", true},
    {"anyURI", "", true},
    {"anyURI", "a#b#c", false},
    {"anyURI", "100%", false},
    {"anyURI", "%zz", false},
    {"anyURI", ":x", false},
    {"anyURI", "1a:x", false},
    {"anyURI", "mailto:", false},
    {"anyURI", "http://", false},
    {"anyURI", "http://[::1]/x", true},
    {"anyURI", "http://[::1/x", false},
    {"anyURI", "http://a@b:c:d/", true},
    {"anyURI", "file:///x", true},
    {"anyURI", "a:b c", true},
    {"anyURI", "urn:a", true},
    {"anyURI", "x:/y", true},
    {"anyURI", "//a", true},
    {"anyURI", "?a", true},
    {"anyURI", "a%2", false},
    {"anyURI", "é", true},
    {"anyURI", "http://é.org/", true},
    {"anyURI", "http://a.b/%", false},
    {"anyURI", "a{b}", true},
    {"anyURI", "http://a/b?c#d", true},
    {"anyURI", "http://a b/", true},
    {"anyURI", "a|b", true},
    {"anyURI", "[a]", false},
    {"anyURI", "http://[zz]/", false},
    {"anyURI", "http://a:80/", true},
    {"anyURI", "http://a:b@c/", true},
    {"anyURI", "mailto:a@b", true},
    {"anyURI", "../a:b", true},
    {"hexBinary", "0F", true},
    {"hexBinary", "0f1", false},
    {"hexBinary", " 0F", true},
    {"hexBinary", "0G", false},
    {"hexBinary", "", true},
    {"base64Binary", "AAAA", true},
    {"base64Binary", "AAA=", true},
    {"base64Binary", "AA==", true},
    {"base64Binary", "A===", false},
    {"base64Binary", "AAAAA", false},
    {"base64Binary", "AB==", false},
    {"base64Binary", "A A A A", true},
    {"base64Binary", "", true},
    {"ID", "a", true},
    {"ID", "a:b", false},
    {"ID", "1", false},
    {"IDREFS", "a b", true},
    {"IDREFS", " ", false},
    {"ENTITY", "a", false},
    {"string;length=3", "abc", true},
    {"string;length=3", "ab", false},
    {"string;length=3", "ééé", true},
    {"string;minLength=2;maxLength=3", "a", false},
    {"string;minLength=2;maxLength=3", "ab", true},
    {"string;minLength=2;maxLength=3", "abcd", false},
    {"token;length=2", " ab ", true},
    {"token;length=2", "a b", false},
    {"decimal;totalDigits=3", "123", true},
    {"decimal;totalDigits=3", "1234", false},
    {"decimal;totalDigits=3", "12.3", true},
    {"decimal;totalDigits=3", "0.123", true},
    {"decimal;totalDigits=3", "1.50", true},
    {"decimal;totalDigits=3", "000123", true},
    {"decimal;fractionDigits=1", "1.5", true},
    {"decimal;fractionDigits=1", "1.50", false},
    {"decimal;fractionDigits=1", "1.55", false},
    {"decimal;fractionDigits=1", "1", true},
    {"decimal;fractionDigits=1", "1.", true},
    {"integer;minInclusive=5;maxExclusive=10", "4", false},
    {"integer;minInclusive=5;maxExclusive=10", "5", true},
    {"integer;minInclusive=5;maxExclusive=10", "9", true},
    {"integer;minInclusive=5;maxExclusive=10", "10", false},
    {"date;minInclusive=2000-01-01", "1999-12-31", false},
    {"date;minInclusive=2000-01-01", "2000-01-01", true},
    {"date;minInclusive=2000-01-01", "2000-01-01Z", false},
    {"date;minInclusive=2000-01-01", "1999-12-31+14:00", false},
    {"hexBinary;length=2", "0F0F", true},
    {"hexBinary;length=2", "0F", false},
    {"NMTOKENS;length=2", "a b", true},
    {"NMTOKENS;length=2", "a", false},
    {"date;length=10", "2000-01-01", true},
    {"string;pattern=a;pattern=.*b", "a", false},
    {"string;pattern=a;pattern=.*b", "ab", false},
    {"string;pattern=a;pattern=.*b", "b", false},
};

std::shared_ptr<const Datatype> Make(const std::string& spec, std::string& error) {
  std::vector<std::pair<std::string, std::string>> params;
  size_t semicolon = spec.find(';');
  const std::string type = spec.substr(0, semicolon);
  while (semicolon != std::string::npos) {
    const size_t next = spec.find(';', semicolon + 1);
    const std::string param = spec.substr(semicolon + 1, next - semicolon - 1);
    params.emplace_back(param.substr(0, param.find('=')), param.substr(param.find('=') + 1));
    semicolon = next;
  }
  return MakeDatatype(kXsdDatatypeLibrary, type, params, Context(), error);
}

class XsdDatatypesTest : public ::testing::TestWithParam<Case> {};

TEST_P(XsdDatatypesTest, JudgesAsJingDoes) {
  const Case& c = GetParam();
  std::string error;
  auto datatype = Make(c.type, error);
  ASSERT_TRUE(datatype) << c.type << ": " << error;
  std::string why;
  EXPECT_EQ(datatype->IsValid(c.value, Context(), &why), c.valid) << c.type << " '" << c.value << "' " << why;
  EXPECT_EQ(datatype->ValueOf(c.value, Context()).has_value(), c.valid);
  if (!c.valid) {
    EXPECT_FALSE(why.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(Jing, XsdDatatypesTest, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

// Parameters jing refuses (the schema is incorrect).
const char* const kRefused[] = {
    "string;minInclusive=a",
    "integer;length=2",
    "string;enumeration=a",
    "string;whiteSpace=collapse",
    "string;foo=1",
    "string;length=-1",
    "string;length=1.0",
    "integer;minInclusive=a",
    "integer;minInclusive=5;maxInclusive=3",
    "QName;length=2",
    "double;fractionDigits=1",
    "decimal;totalDigits=0",
    "nosuchtype",
};

TEST(XsdDatatypes, RefusesWhatJingRefuses) {
  for (const char* spec : kRefused) {
    std::string error;
    EXPECT_FALSE(Make(spec, error)) << spec;
    EXPECT_FALSE(error.empty()) << spec;
  }
}

struct Equality {
  const char* type;
  const char* a;
  const char* b;
  bool same;
};

// <value> compares values, not strings.
const Equality kEqualities[] = {
    {"integer", "01", "1", true},     {"decimal", "1.0", "1", true},       {"decimal", "-0", "0", true},
    {"double", "1e0", "1", true},     {"double", "NaN", "NaN", true},      {"boolean", "1", "true", true},
    {"token", " a  b ", "a b", true}, {"string", " a", "a", false},        {"QName", "xml:a", "a", false},
    {"date", "2000-01-01", "2000-01-01Z", false}, {"dateTime", "2000-01-01T12:00:00Z", "2000-01-01T13:00:00+01:00", true},
    {"hexBinary", "0f", "0F", true},  {"NMTOKENS", "a  b", "a b", true},   {"duration", "P1Y", "P12M", false},
};

TEST(XsdDatatypes, ComparesValues) {
  for (const Equality& e : kEqualities) {
    std::string error;
    auto datatype = Make(e.type, error);
    ASSERT_TRUE(datatype) << error;
    auto a = datatype->ValueOf(e.a, Context());
    auto b = datatype->ValueOf(e.b, Context());
    ASSERT_TRUE(a && b) << e.type << " " << e.a << " " << e.b;
    EXPECT_EQ(datatype->SameValue(*a, *b), e.same) << e.type << " '" << e.a << "' '" << e.b << "'";
  }
}

TEST(XsdDatatypes, KnowsIdTypesAndTheOtherLibraries) {
  std::string error;
  EXPECT_EQ(Make("ID", error)->id_type(), IdType::kId);
  EXPECT_EQ(Make("IDREF", error)->id_type(), IdType::kIdref);
  EXPECT_EQ(Make("IDREFS", error)->id_type(), IdType::kIdrefs);
  EXPECT_EQ(Make("NCName", error)->id_type(), IdType::kNone);
  EXPECT_TRUE(MakeDatatype("", "token", {}, Context(), error)->AcceptsAnyString());
  EXPECT_FALSE(MakeDatatype("", "integer", {}, Context(), error));
  EXPECT_FALSE(MakeDatatype("", "string", {{"length", "1"}}, Context(), error));
  EXPECT_EQ(MakeDatatype(kCompatibilityDatatypeLibrary, "ID", {}, Context(), error)->id_type(), IdType::kId);
  EXPECT_FALSE(MakeDatatype(kCompatibilityDatatypeLibrary, "NCName", {}, Context(), error));
  EXPECT_FALSE(MakeDatatype("http://example.org/none", "x", {}, Context(), error));
  EXPECT_EQ(Make("string;pattern=[a-z]+;pattern=.*q", error)->patterns(), (std::vector<std::string>{"[a-z]+", ".*q"}));
}

TEST(XsdDatatypes, CollapsesWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  a \t\n b  "), "a b");
  EXPECT_EQ(CollapseWhitespace(""), "");
  EXPECT_EQ(CollapseWhitespace(" \r\n"), "");
}

}  // namespace
}  // namespace teipress
