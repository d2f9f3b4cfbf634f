// The generated corpus is deterministic, varied like the samples, and converts to TEI that the
// edition's schema and rules accept (nearly always: some telegrams name no sender, as real ones do).
#include "corpus_generator.h"

#include <gtest/gtest.h>

#include <set>

#include "converter.h"
#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress::testing {
namespace {

TEST(CorpusGenerator, IsTheSameForTheSameSeedAndIndex) {
  EXPECT_EQ(GenerateDocument(7, 12).text, GenerateDocument(7, 12).text);
  EXPECT_NE(GenerateDocument(7, 12).text, GenerateDocument(8, 12).text);
  EXPECT_NE(GenerateDocument(7, 12).text, GenerateDocument(7, 13).text);
  EXPECT_EQ(GenerateDocument(7, 12).record_id, "600012");
}

TEST(CorpusGenerator, HasTheVarietyOfTheSamples) {
  std::set<std::string> kinds, date_lines, languages;
  size_t shortest = std::string::npos, longest = 0;
  int footnotes = 0, notes = 0, undated = 0;
  for (uint64_t i = 0; i < 400; ++i) {
    const std::string text = GenerateDocument(1, i).text;
    shortest = std::min(shortest, text.size());
    longest = std::max(longest, text.size());
    for (const char* kind : {"CC Politburo decision", "Ciphered Telegram", "Record of Conversation", "Letter from",
                             "Journal of Soviet Ambassador", "Report on", "Protocol No.", "Cable from"}) {
      if (text.find(kind) != std::string::npos) kinds.insert(kind);
    }
    // The line after the two leading empty lines: a date in one of three forms, or the title.
    const std::string first = text.substr(2, text.find('\n', 2) - 2);
    if (first.find(',') != std::string::npos && std::isdigit(static_cast<unsigned char>(first.back()))) {
      date_lines.insert("day");
    } else if (first.size() == 4) {
      date_lines.insert("year");
    } else if (first.find(' ') != std::string::npos && std::isdigit(static_cast<unsigned char>(first.back()))) {
      date_lines.insert("month");
    } else {
      ++undated;
    }
    const size_t language = text.find("Original Language:\n\n");
    languages.insert(language == std::string::npos ? "(none)" : text.substr(language + 20, text.find('\n', language + 20) - language - 20));
    if (text.find("\n\nNotes\n\n[1] ") != std::string::npos) ++footnotes;
    if (text.find(" [illegible]") != std::string::npos || text.find(" [sic]") != std::string::npos) ++notes;
  }
  EXPECT_EQ(kinds.size(), 8u);
  EXPECT_EQ(date_lines, (std::set<std::string>{"day", "month", "year"}));
  EXPECT_GT(undated, 5);
  EXPECT_GE(languages.size(), 12u);
  EXPECT_TRUE(languages.count("(none)"));
  EXPECT_GT(footnotes, 10);
  EXPECT_GT(notes, 10);
  EXPECT_LT(shortest, 1500u);
  EXPECT_GT(longest, 12000u);
}

TEST(CorpusGenerator, ConvertsToValidTei) {
  std::vector<Diagnostic> setup;
  auto schema = RelaxNgSchema::Compile(SourceDir() + "/schemas/edition.rng", setup);
  SchematronOptions options;
  options.parameters["authority-dir"] = SourceDir() + "/tei/authority/";
  auto rules = SchematronSchema::Compile(SourceDir() + "/schemas/edition.sch", options, setup);
  ASSERT_TRUE(schema && rules);
  int valid = 0;
  const int count = 60;
  for (int i = 0; i < count; ++i) {
    const GeneratedDocument generated = GenerateDocument(1, static_cast<uint64_t>(i));
    std::vector<Diagnostic> diagnostics;
    const ConversionResult result = Convert(generated.text, generated.record_id + ".txt", EditionAuthority(), diagnostics);
    ASSERT_TRUE(result.ok) << generated.record_id;
    EXPECT_EQ(result.record_id, generated.record_id);
    XmlDocPtr document = ReadXmlMemory(result.tei, generated.record_id + ".xml", diagnostics);
    ASSERT_TRUE(document);
    if (schema->Validate(document.get(), generated.record_id + ".xml", diagnostics) &&
        rules->Validate(document.get(), generated.record_id + ".xml", diagnostics)) {
      ++valid;
    }
  }
  EXPECT_GE(valid, count * 9 / 10);
}

}  // namespace
}  // namespace teipress::testing
