// The converter on every shipped document: it converts, the TEI is valid against the edition
// schema and TEI All, the round trip gives back the source's words, and the output is
// deterministic. The seed is checked against every point of the encoding contract.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "converter.h"
#include "relaxng_validator.h"
#include "test_support.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::EditionAuthority;
using testing::ReadText;
using testing::Tokens;
using testing::XPathCount;
using testing::XPathString;

struct Converted {
  ConversionResult result;
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document;
};

Converted ConvertFile(const fs::path& path) {
  Converted converted;
  converted.result = Convert(ReadText(path), path.string(), EditionAuthority(), converted.diagnostics);
  if (converted.result.ok) converted.document = ReadXmlMemory(converted.result.tei, path.string(), converted.diagnostics);
  return converted;
}

std::string Warnings(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

class ShippedSourceTest : public ::testing::TestWithParam<fs::path> {};

TEST_P(ShippedSourceTest, ConvertsValidAndRoundTrips) {
  const fs::path source = GetParam();
  Converted converted = ConvertFile(source);
  ASSERT_TRUE(converted.result.ok) << Warnings(converted.diagnostics);
  ASSERT_TRUE(converted.document) << Warnings(converted.diagnostics);
  EXPECT_FALSE(HasErrors(converted.diagnostics)) << Warnings(converted.diagnostics);
  EXPECT_EQ(converted.result.record_id, source.stem().string());

  // Lossless: the regenerated text has the source's words, in order.
  EXPECT_EQ(Tokens(TeiToText(converted.document.get())), Tokens(ReadText(source)));

  // Deterministic: the same input gives the same bytes.
  std::vector<Diagnostic> again;
  EXPECT_EQ(Convert(ReadText(source), source.string(), EditionAuthority(), again).tei, converted.result.tei);

  // Valid against the edition schema.
  std::vector<Diagnostic> schema_diagnostics;
  auto schema = RelaxNgSchema::Compile(testing::SourceDir() + "/schemas/edition.rng", schema_diagnostics);
  ASSERT_TRUE(schema) << Warnings(schema_diagnostics);
  std::vector<Diagnostic> validity;
  EXPECT_TRUE(schema->Validate(converted.document.get(), source.string(), validity)) << Warnings(validity);

  // No bracket of an editorial note is left in the text: they are all markup.
  EXPECT_EQ(XPathCount(converted.document.get(),
                       "//tei:text//text()[contains(., '[') or contains(., ']')]"),
            0);
}

INSTANTIATE_TEST_SUITE_P(Wilson, ShippedSourceTest, ::testing::ValuesIn(testing::ShippedSources()),
                         [](const auto& info) { return info.param.stem().string(); });

// TEI All takes seconds to compile, so every document is checked in one test.
TEST(ShippedSources, AreValidAgainstTeiAll) {
  std::vector<Diagnostic> diagnostics;
  auto tei_all = RelaxNgSchema::Compile(testing::ReferenceDir() + "/tei/tei_all.rng", diagnostics);
  ASSERT_TRUE(tei_all) << Warnings(diagnostics);
  for (const fs::path& source : testing::ShippedSources()) {
    Converted converted = ConvertFile(source);
    ASSERT_TRUE(converted.document) << source;
    std::vector<Diagnostic> validity;
    EXPECT_TRUE(tei_all->Validate(converted.document.get(), source.string(), validity))
        << source << "\n" << Warnings(validity);
  }
}

// The encoding contract, point by point, on the seed.
class SeedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    seed_ = new Converted(ConvertFile(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt"));
  }
  static void TearDownTestSuite() { delete seed_; }
  std::string S(const std::string& xpath) { return XPathString(seed_->document.get(), xpath); }
  int N(const std::string& xpath) { return XPathCount(seed_->document.get(), xpath); }
  static Converted* seed_;
};
Converted* SeedTest::seed_ = nullptr;

TEST_F(SeedTest, HasNoWarnings) { EXPECT_EQ(Warnings(seed_->diagnostics), ""); }

TEST_F(SeedTest, IdentifiesTheRecord) {
  EXPECT_EQ(S("/tei:TEI/@xml:id"), "wcda-113009");
  EXPECT_EQ(S("//tei:publicationStmt/tei:idno[@type='record']"), "113009");
  EXPECT_EQ(S("//tei:publicationStmt/tei:idno[@type='URI']"), "http://digitalarchive.wilsoncenter.org/document/113009");
  EXPECT_EQ(S("//tei:titleStmt/tei:title[@type='main']"),
            "CC Politburo decision with approved message from Stalin to Mao Zedong");
}

TEST_F(SeedTest, DatesTheDocument) {
  EXPECT_EQ(S("//tei:profileDesc/tei:creation/tei:date/@when"), "1951-08-28");
}

TEST_F(SeedTest, ListsTheThreeArchivalSourcesInOrder) {
  EXPECT_EQ(N("//tei:sourceDesc/tei:listBibl[@type='archival']/tei:msDesc"), 3);
  const std::string first = "//tei:listBibl[@type='archival']/tei:msDesc[1]/tei:msIdentifier";
  EXPECT_EQ(S(first + "/tei:repository/@ref"), "#APRF");
  EXPECT_EQ(S(first + "/tei:repository"), "Archive of the President of the Russian Federation");
  EXPECT_EQ(S(first + "/tei:idno[@type='fond']"), "3");
  EXPECT_EQ(S(first + "/tei:idno[@type='opis']"), "65");
  EXPECT_EQ(S(first + "/tei:idno[@type='delo']"), "829");
  EXPECT_EQ(S(first + "/tei:idno[@type='listy']"), "4-5");
  const std::string second = "//tei:listBibl[@type='archival']/tei:msDesc[2]/tei:msIdentifier";
  EXPECT_EQ(S(second + "/tei:repository/@ref"), "#AVPRF");
  EXPECT_EQ(S(second + "/tei:idno[@type='papka']"), "11");
  EXPECT_EQ(S("//tei:listBibl[@type='archival']/tei:msDesc[3]//tei:idno[@type='list']"), "89");
  EXPECT_NE(S("//tei:sourceDesc/tei:bibl[@type='citation']").find("Listy 4-5 and AVPRF"), std::string::npos);
}

TEST_F(SeedTest, RecordsSummaryLanguagesAndContents) {
  EXPECT_NE(S("//tei:profileDesc/tei:abstract/tei:p").find("Stalin agrees with Mao"), std::string::npos);
  EXPECT_EQ(N("//tei:langUsage/tei:language[@ident='en']"), 1);
  EXPECT_EQ(N("//tei:langUsage/tei:language[@ident='ru']"), 1);
  EXPECT_EQ(S("//tei:sourceDesc/tei:list[@type='contents']/tei:item"), "English Translation");
}

TEST_F(SeedTest, NamesSenderRecipientIntermediaryAndDispatchDate) {
  EXPECT_EQ(S("//tei:correspAction[@type='sent']/tei:persName/@ref"), "#stalin");
  EXPECT_EQ(S("//tei:correspAction[@type='sent']/tei:date/@when"), "1951-08-29");
  EXPECT_EQ(S("//tei:correspAction[@type='received']/tei:persName/@ref"), "#mao-zedong");
  EXPECT_EQ(S("//tei:correspAction[@type='transmitted']/tei:persName/@ref"), "#krasovsky");
}

TEST_F(SeedTest, EncodesTheProtocolStructure) {
  EXPECT_EQ(S("//tei:body/tei:div[1]/@type"), "decision");
  EXPECT_EQ(S("//tei:opener/tei:seg[@type='issuer']"), "All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE");
  EXPECT_EQ(S("//tei:opener/tei:seg[@type='number']"), "No. P83/280");
  EXPECT_EQ(S("//tei:opener/tei:dateline/tei:date/@when"), "1951-08-28");
  EXPECT_EQ(N("//tei:opener/tei:seg[@type='distribution']/tei:persName"), 4);
  EXPECT_EQ(N("//tei:head[@type='excerpt']"), 1);
  EXPECT_EQ(N("//tei:div[@type='item'][@n='280']/tei:head"), 1);
  EXPECT_EQ(S("//tei:body/tei:div[1]/tei:closer/tei:signed"), "SECRETARY CC");
}

TEST_F(SeedTest, EncodesTheAttachedTelegram) {
  const std::string telegram = "//tei:div[@type='attachment']/tei:floatingText[@type='telegram']/tei:body";
  EXPECT_EQ(N(telegram), 1);
  EXPECT_EQ(S(telegram + "/tei:opener/tei:seg[@type='classification']"), "TOP SECRET");
  EXPECT_EQ(N(telegram + "/tei:opener/tei:address/tei:addrLine"), 3);
  EXPECT_NE(S(telegram + "/tei:opener/tei:salute").find("Mao Zedong!"), std::string::npos);
  EXPECT_EQ(N(telegram + "/tei:p"), 3);
  EXPECT_EQ(S(telegram + "/tei:closer/tei:signed/tei:persName/@ref"), "#stalin");
  EXPECT_EQ(S(telegram + "/tei:closer/tei:signed//tei:orig"), "FILIPPOV");
  EXPECT_EQ(S(telegram + "/tei:closer/tei:signed//tei:reg[@type='identity']"), "Stalin");
  // The dispatch note after the telegram, with its date.
  EXPECT_EQ(S("//tei:div[@type='attachment']/tei:note[@type='editorial']/tei:date/@when"), "1951-08-29");
}

TEST_F(SeedTest, EncodesEveryBracketNote) {
  EXPECT_EQ(S("//tei:supplied[@reason='omitted-in-original']"), "an indication");
  EXPECT_EQ(S("//tei:choice[tei:abbr='VKP(b)']/tei:expan"), "Central Committee, All-Union Communist Party (bol'shevik)");
  EXPECT_EQ(N("//tei:choice[tei:orig='FILIPPOV']/tei:reg[@type='identity']"), 1);
  EXPECT_EQ(N("//tei:note[@type='editorial'][@resp='#editor']"), 1);
}

TEST_F(SeedTest, LinksNamesAndDatesInTheText) {
  EXPECT_GE(N("//tei:text//tei:persName[@ref='#mao-zedong']"), 3);
  EXPECT_EQ(N("//tei:text//tei:placeName[@ref='#kaesong']"), 1);
  EXPECT_EQ(S("//tei:div[@type='item']/tei:head/tei:date/@when"), "1951-08-27");  // "27 August": the year inferred
}

// Bad input: a clear error with the position, or a warning with the text kept.
TEST(BadInput, InvalidUtf8IsAnErrorAtItsPosition) {
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert("\n\nTitle\n\nab\xff", "bad.txt", EditionAuthority(), diagnostics);
  EXPECT_FALSE(result.ok);
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics[0].line, 5);
  EXPECT_EQ(diagnostics[0].column, 3);
  EXPECT_EQ(diagnostics[0].rule, "input.encoding");
}

TEST(BadInput, EmptyAndBinaryInputAreErrors) {
  for (const std::string& bytes : {std::string(""), std::string("  \n\n "), std::string("abc\0def", 7)}) {
    std::vector<Diagnostic> diagnostics;
    EXPECT_FALSE(Convert(bytes, "x.txt", EditionAuthority(), diagnostics).ok);
    EXPECT_TRUE(HasErrors(diagnostics));
  }
}

TEST(BadInput, CrlfAndBomConvertLikeTheUnixFile) {
  const std::string lf = ReadText(fs::path(testing::SourceDir()) / "sources/wilson/113009.txt");
  std::string crlf = "\xEF\xBB\xBF";
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::vector<Diagnostic> a, b;
  EXPECT_EQ(Convert(crlf, "113009.txt", EditionAuthority(), a).tei, Convert(lf, "113009.txt", EditionAuthority(), b).tei);
}

// The edition names every document by its record number: with neither an archive URL nor a
// numeric file name there is none, and nothing is written.
TEST(BadInput, NoRecordNumberIsAnErrorAndWritesNothing) {
  const std::string source =
      "\n\nTitle\n\nCitation:\n\n\u201CTitle,\u201D History and Public Policy Program Digital Archive, X.\n\n"
      "We agree.\n";
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(source, "notes.txt", EditionAuthority(), diagnostics);
  EXPECT_FALSE(result.ok);
  EXPECT_TRUE(result.tei.empty());
  const auto error = std::find_if(diagnostics.begin(), diagnostics.end(),
                                  [](const Diagnostic& d) { return d.rule == "convert.no-record-id"; });
  ASSERT_NE(error, diagnostics.end());
  EXPECT_EQ(error->severity, Severity::kError);
  EXPECT_EQ(error->line, 7);  // the citation, which the URL line should follow
  EXPECT_NE(error->message.find("'notes'"), std::string::npos);
  // With a numeric file name the same text converts.
  diagnostics.clear();
  EXPECT_TRUE(Convert(source, "900018.txt", EditionAuthority(), diagnostics).ok);
}

TEST(BadInput, UnclosedBracketWarnsAndKeepsTheText) {
  const std::string source =
      "\n\nTitle\n\nCitation:\n\n\u201CTitle,\u201D History and Public Policy Program Digital Archive, X.\n\n"
      "Original Language:\n\nRussian\n\nContents:\n\n- English Translation\n\nThe talks [were broken off.\n\n"
      "Literal < and & stay text.\n";
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(source, "900017.txt", EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  const auto warning = std::find_if(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.rule == "convert.unclosed-bracket"; });
  ASSERT_NE(warning, diagnostics.end());
  EXPECT_EQ(warning->line, 17);
  EXPECT_EQ(warning->column, 11);
  std::vector<Diagnostic> ignored;
  XmlDocPtr document = ReadXmlMemory(result.tei, "open.xml", ignored);
  ASSERT_TRUE(document);
  EXPECT_EQ(Tokens(TeiToText(document.get())), Tokens(source));
  // Kept as printed, on purpose: the sic of a choice whose correction leaves it out.
  EXPECT_EQ(XPathCount(document.get(), "//tei:body//tei:choice[tei:sic = '['][tei:corr = '']"), 1);
}

// An export that lacks a part of its envelope still converts, with a warning that says which part.
struct EnvelopeCase {
  const char* label;
  std::string source;
  std::vector<std::string> expected;  // FormatGnu lines, in order
};

TEST(BadInput, IncompleteEnvelopesAreWarned) {
  const std::string sections =
      "Citation:\n\n\u201CTitle,\u201D APRF, Fond 3.\n<http://digitalarchive.wilsoncenter.org/document/999001>\n\n"
      "Summary:\n\nA summary.\n\nOriginal Language:\n\nRussian\n\nContents:\n\n- English Translation\n\n";
  const EnvelopeCase cases[] = {
      {"no title", "\n\n" + sections + "Text.\n",
       {"doc.txt:3:1: warning: no title line before the first section; the document gets an empty title "
        "[convert.missing-title]"}},
      {"no body", "\n\nTitle\n\n" + sections,
       {"doc.txt: warning: the document has no body text [convert.empty-body]"}},
  };
  for (const EnvelopeCase& c : cases) {
    std::vector<Diagnostic> diagnostics;
    EXPECT_TRUE(Convert(c.source, "doc.txt", EditionAuthority(), diagnostics).ok) << c.label;
    SortDiagnostics(diagnostics);
    std::vector<std::string> lines;
    for (const Diagnostic& d : diagnostics) lines.push_back(FormatGnu(d));
    EXPECT_EQ(lines, c.expected) << c.label;
  }
}

}  // namespace
}  // namespace teipress
