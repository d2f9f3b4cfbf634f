// The facts the samples README states for each document (sources/wilson/README.md,
// "The files" and "Per-file facts"), checked in the converted TEI.
#include <gtest/gtest.h>

#include "converter.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

using testing::XPathCount;
using testing::XPathString;

struct SampleFacts {
  const char* id;
  const char* date;       // creation/date/@when; "" when undated
  int archival_sources;   // entries of listBibl[@type='archival']
  int footnotes;          // note[@place='foot']
  const char* language;   // the original language's code; "" when the section is missing
};

// From the README's table of files (date, sources, footnotes, language), not from any output.
constexpr SampleFacts kSamples[] = {
    {"110431", "1950-11-27", 2, 0, "ru"}, {"111872", "1958-06-11", 1, 0, "ru"}, {"113310", "1963-03-12", 1, 3, "hu"},
    {"114507", "1973-09-08", 1, 0, "ro"}, {"115961", "1985-11-14", 1, 3, "de"}, {"116204", "1959-05-21", 1, 1, "zh"},
    {"117023", "1957-02-14", 1, 6, "ru"}, {"118655", "1951-03-14", 2, 0, "ru"}, {"119377", "1974-09-12", 1, 0, "ja"},
    {"120846", "1956-10-12", 1, 0, "pl"}, {"121530", "1966-03", 1, 0, "vi"},    {"122418", "1962-07-14", 1, 0, ""},
    {"123109", "", 1, 0, "ko"},           {"124002", "1966-08-30", 1, 0, "bg"},  {"113009", "1951-08-28", 3, 0, "ru"},
};

class SampleFactsTest : public ::testing::TestWithParam<SampleFacts> {};

TEST_P(SampleFactsTest, HasTheFactsTheReadmeStates) {
  const SampleFacts& facts = GetParam();
  const std::string path = testing::SourceDir() + "/sources/wilson/" + facts.id + ".txt";
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(testing::ReadText(path), path, testing::EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  XmlDocPtr document = ReadXmlMemory(result.tei, path, diagnostics);
  ASSERT_TRUE(document);
  xmlDocPtr tei = document.get();
  EXPECT_EQ(XPathString(tei, "//tei:profileDesc/tei:creation/tei:date/@when"), facts.date);
  if (*facts.date == '\0') {
    EXPECT_EQ(XPathCount(tei, "//tei:profileDesc/tei:creation"), 0);
  }
  EXPECT_EQ(XPathCount(tei, "//tei:sourceDesc/tei:listBibl[@type='archival']/*"), facts.archival_sources);
  EXPECT_EQ(XPathCount(tei, "//tei:text//tei:note[@place='foot']"), facts.footnotes);
  EXPECT_EQ(XPathCount(tei, "//tei:langUsage/tei:language[@ident='en']"), 1);
  if (*facts.language) {
    EXPECT_EQ(XPathCount(tei, std::string("//tei:langUsage/tei:language[@ident='") + facts.language + "']"), 1);
  } else {
    EXPECT_EQ(XPathCount(tei, "//tei:langUsage/tei:language"), 1);  // only English: nothing is claimed
    const bool warned = std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
      return d.rule == "convert.missing-original-language";
    });
    EXPECT_TRUE(warned);
  }
  // Warnings only where a human would hesitate: no unclassified notes in the samples.
  for (const Diagnostic& d : diagnostics) {
    EXPECT_NE(d.rule, "convert.unclassified-note") << FormatGnu(d);
    EXPECT_NE(d.severity, Severity::kError) << FormatGnu(d);
  }
}

INSTANTIATE_TEST_SUITE_P(Wilson, SampleFactsTest, ::testing::ValuesIn(kSamples),
                         [](const auto& info) { return std::string("record_") + info.param.id; });

}  // namespace
}  // namespace teipress

namespace teipress {
namespace {

struct Correspondents {
  const char* id;
  const char* sender;     // text of correspAction[@type='sent']
  const char* recipient;  // text of correspAction[@type='received']
};

// "Sender" and "Recipient" of the README's per-file facts.
constexpr Correspondents kCorrespondents[] = {
    {"110431", "Filippov", "Mao Zedong"},
    {"114507", "Ion Trandafir", "Vasile Gliga"},
    {"118655", "KIM IL SUNG", "Iosif Vissarionovich"},  // the transmitted letter, to I. V. Stalin
    {"119377", "Ogawa", "The Foreign Minister"},
    {"123109", "Pak Heon-yeong", "Kim Il Sung"},
};

class CorrespondentsTest : public ::testing::TestWithParam<Correspondents> {};

TEST_P(CorrespondentsTest, NameSenderAndRecipient) {
  const Correspondents& facts = GetParam();
  const std::string path = testing::SourceDir() + "/sources/wilson/" + facts.id + ".txt";
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(testing::ReadText(path), path, testing::EditionAuthority(), diagnostics);
  XmlDocPtr document = ReadXmlMemory(result.tei, path, diagnostics);
  ASSERT_TRUE(document);
  EXPECT_EQ(XPathString(document.get(), "normalize-space(//tei:correspAction[@type='sent'])"), facts.sender);
  EXPECT_EQ(XPathString(document.get(), "normalize-space(//tei:correspAction[@type='received'])"), facts.recipient);
}

INSTANTIATE_TEST_SUITE_P(Wilson, CorrespondentsTest, ::testing::ValuesIn(kCorrespondents),
                         [](const auto& info) { return std::string("record_") + info.param.id; });

// 118655 is the cipher telegram that carries Kim Il Sung's letter: the telegram itself went from
// Razuvaev to Gromyko (its title says so), and that is its cover correspondence.
TEST(CoverCorrespondence, TelegramTransmittingALetter) {
  const std::string path = testing::SourceDir() + "/sources/wilson/118655.txt";
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(testing::ReadText(path), path, testing::EditionAuthority(), diagnostics);
  XmlDocPtr document = ReadXmlMemory(result.tei, path, diagnostics);
  ASSERT_TRUE(document);
  EXPECT_EQ(XPathString(document.get(), "string(//tei:correspDesc[@type='cover']/tei:correspAction[@type='sent']/tei:persName/@ref)"),
            "#razuvaev");
  EXPECT_EQ(XPathString(document.get(), "string(//tei:correspDesc[@type='cover']/tei:correspAction[@type='received']/tei:persName/@ref)"),
            "#gromyko");
  EXPECT_EQ(XPathString(document.get(), "count(//tei:correspDesc[@type='cover'])"), "1");
}

}  // namespace
}  // namespace teipress
