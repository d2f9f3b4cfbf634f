// Unit tests of the envelope reader: date line, title, sections, URL and record id, Contents,
// languages, and the warnings for what is missing.
#include "envelope_reader.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace teipress {
namespace {

std::string Join(const std::vector<std::string>& lines, const std::string& end = "\n") {
  std::string out;
  for (const std::string& line : lines) out += line + end;
  return out;
}

struct Read {
  // The body's lines are views into the source: it is kept, and not moved, while they are read.
  std::shared_ptr<const SourceText> source;
  EnvelopeReadResult result;
  std::vector<Diagnostic> diagnostics;
};

Read ReadText(const std::string& text, const std::string& fallback = "fallback-id") {
  Read read;
  auto source = SourceText::Decode("doc.txt", text, read.diagnostics);
  EXPECT_TRUE(source.has_value());
  if (source) {
    read.source = std::make_shared<const SourceText>(std::move(*source));
    read.result = ReadEnvelope(*read.source, fallback, read.diagnostics);
  }
  return read;
}

std::vector<std::string> Rules(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> rules;
  for (const Diagnostic& d : diagnostics) rules.push_back(d.rule);
  return rules;
}

const std::vector<std::string> kFullExport = {
    "",                                                                       // 1
    "",                                                                       // 2
    "August 28, 1951",                                                        // 3
    "",                                                                       // 4
    "CC Politburo decision with approved message from Stalin to Mao Zedong",  // 5
    "",                                                                       // 6
    "Citation:",                                                              // 7
    "",                                                                       // 8
    "\u201CCC Politburo decision,\u201D August 28, 1951, History and Public Policy Program Digital Archive, APRF, "
    "Fond 3, Opis 65, Delo 829, Listy 4-5.",                                  // 9
    "<http://digitalarchive.wilsoncenter.org/document/113009>",               // 10
    "",                                                                       // 11
    "Summary:",                                                               // 12
    "",                                                                       // 13
    "The CC approves a message [to Mao].",                                    // 14
    "It is sent on August 29.",                                               // 15
    "",                                                                       // 16
    "Credits:",                                                               // 17
    "",                                                                       // 18
    "This document was made possible with support from the ROK Ministry of Unification.",  // 19
    "",                                                                       // 20
    "Keywords:",                                                              // 21
    "",                                                                       // 22
    "Korean War",                                                             // 23
    "",                                                                       // 24
    "Original Language:",                                                     // 25
    "",                                                                       // 26
    "Russian",                                                                // 27
    "",                                                                       // 28
    "Contents:",                                                              // 29
    "",                                                                       // 30
    "- English Translation",                                                  // 31
    "- Original Scan",                                                        // 32
    "",                                                                       // 33
    "All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE",              // 34
    "",                                                                       // 35
    "No. P83/280",                                                            // 36
};

TEST(EnvelopeReaderTest, ReadsEverySection) {
  const Read read = ReadText(Join(kFullExport));
  const Envelope& e = read.result.envelope;
  EXPECT_TRUE(read.diagnostics.empty()) << read.diagnostics.size() << " diagnostics, first " << read.diagnostics[0].rule;
  EXPECT_EQ(e.date_line, "August 28, 1951");
  EXPECT_EQ(e.date.when, "1951-08-28");
  EXPECT_EQ(e.date_position.line, 3);
  EXPECT_EQ(e.date_position.column, 1);
  EXPECT_EQ(e.title, "CC Politburo decision with approved message from Stalin to Mao Zedong");
  EXPECT_EQ(e.title_position.line, 5);
  EXPECT_EQ(e.citation, kFullExport[8]);  // as printed, without the URL line
  EXPECT_EQ(e.citation_position.line, 9);
  EXPECT_EQ(e.url, "http://digitalarchive.wilsoncenter.org/document/113009");
  EXPECT_EQ(e.record_id, "113009");
  EXPECT_EQ(e.summary, "The CC approves a message [to Mao]. It is sent on August 29.");  // brackets kept, lines joined
  EXPECT_EQ(e.credits, kFullExport[18]);
  ASSERT_TRUE(e.original_language.has_value());
  EXPECT_EQ(*e.original_language, "Russian");
  EXPECT_EQ(e.language_code, "ru");
  EXPECT_EQ(e.contents, (std::vector<std::string>{"English Translation", "Original Scan"}));
  ASSERT_EQ(e.other_sections.size(), 1u);
  EXPECT_EQ(e.other_sections[0].heading, "Keywords");
  EXPECT_EQ(e.other_sections[0].text, "Korean War");
  EXPECT_EQ(e.other_sections[0].position.line, 23);
  // The body: the lines after the Contents list, from the first non-empty one, empty lines
  // included, with their source line numbers.
  ASSERT_GE(read.result.body.size(), 3u);
  EXPECT_EQ(read.result.body[0].text, "All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE");
  EXPECT_EQ(read.result.body[0].line, 34);
  EXPECT_EQ(read.result.body[1].text, "");
  EXPECT_EQ(read.result.body[1].line, 35);
  EXPECT_EQ(read.result.body[2].text, "No. P83/280");
  EXPECT_EQ(read.result.body[2].line, 36);
  for (size_t i = 3; i < read.result.body.size(); ++i) EXPECT_EQ(read.result.body[i].text, "");
}

// A section printed twice keeps its first text in its field and the second verbatim among the
// other sections, each paragraph's lines joined by a space; every heading is in the order.
TEST(EnvelopeReaderTest, RepeatedSectionsAreKeptVerbatim) {
  std::vector<std::string> lines = kFullExport;
  const std::vector<std::string> repeated = {
      "Summary:", "", "  A second summary,", "over two lines.  ", "", "Citation:", "",
      "Another citation", "<http://digitalarchive.wilsoncenter.org/document/5>", "",
      "Associated People & Organizations:", "", "Mao Zedong", "Stalin", ""};
  lines.insert(lines.begin() + 28, repeated.begin(), repeated.end());
  const Read read = ReadText(Join(lines));
  const Envelope& e = read.result.envelope;
  EXPECT_EQ(e.summary, "The CC approves a message [to Mao]. It is sent on August 29.");
  EXPECT_EQ(e.citation, kFullExport[8]);
  EXPECT_EQ(e.url, "http://digitalarchive.wilsoncenter.org/document/113009");
  EXPECT_EQ(e.section_order,
            (std::vector<std::string>{"Citation", "Summary", "Credits", "Keywords", "Original Language", "Summary",
                                      "Citation", "Associated People & Organizations", "Contents"}));
  ASSERT_EQ(e.other_sections.size(), 4u);
  EXPECT_EQ(e.other_sections[1].heading, "Summary");
  EXPECT_EQ(e.other_sections[1].text, "A second summary, over two lines.");
  EXPECT_EQ(e.other_sections[1].position.line, 31);
  EXPECT_EQ(e.other_sections[1].position.column, 3);
  EXPECT_EQ(e.other_sections[2].heading, "Citation");
  EXPECT_EQ(e.other_sections[2].text, "Another citation <http://digitalarchive.wilsoncenter.org/document/5>");
  EXPECT_EQ(e.other_sections[3].heading, "Associated People & Organizations");
  EXPECT_EQ(e.other_sections[3].text, "Mao Zedong Stalin");
  EXPECT_EQ(e.contents, (std::vector<std::string>{"English Translation", "Original Scan"}));
}

TEST(EnvelopeReaderTest, CrlfInputReadsLikeLf) {
  const Read lf = ReadText(Join(kFullExport));
  const Read crlf = ReadText(Join(kFullExport, "\r\n"));
  const Envelope& a = lf.result.envelope;
  const Envelope& b = crlf.result.envelope;
  EXPECT_EQ(b.date_line, a.date_line);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.citation, a.citation);
  EXPECT_EQ(b.url, a.url);
  EXPECT_EQ(b.record_id, "113009");
  EXPECT_EQ(b.summary, a.summary);
  EXPECT_EQ(b.language_code, "ru");
  EXPECT_EQ(b.contents, a.contents);
  ASSERT_EQ(crlf.result.body.size(), lf.result.body.size());
  for (size_t i = 0; i < lf.result.body.size(); ++i) EXPECT_EQ(crlf.result.body[i].text, lf.result.body[i].text);
  EXPECT_TRUE(crlf.diagnostics.empty());
}

// Export lines with one section removed or replaced.
std::vector<std::string> Without(std::vector<std::string> lines, size_t first_line, size_t count) {
  lines.erase(lines.begin() + static_cast<long>(first_line - 1), lines.begin() + static_cast<long>(first_line - 1 + count));
  return lines;
}

TEST(EnvelopeReaderTest, UndatedDocumentHasTitleFirst) {
  const Read read = ReadText(Join(Without(kFullExport, 3, 2)));  // no date line
  const Envelope& e = read.result.envelope;
  EXPECT_TRUE(e.date_line.empty());
  EXPECT_TRUE(e.date.empty());
  EXPECT_EQ(e.title, "CC Politburo decision with approved message from Stalin to Mao Zedong");
  EXPECT_EQ(e.title_position.line, 3);
  EXPECT_TRUE(read.diagnostics.empty());
}

TEST(EnvelopeReaderTest, DateLineForms) {
  struct Case {
    std::string line, when;
  };
  for (const Case& c : std::vector<Case>{{"September 08, 1973", "1973-09-08"},
                                         {"March 1966", "1966-03"},
                                         {"April, 1950", "1950-04"},
                                         {"1948", "1948"}}) {
    SCOPED_TRACE(c.line);
    std::vector<std::string> lines = kFullExport;
    lines[2] = c.line;
    const Read read = ReadText(Join(lines));
    EXPECT_EQ(read.result.envelope.date_line, c.line);
    EXPECT_EQ(read.result.envelope.date.when, c.when);
    EXPECT_EQ(read.result.envelope.title, kFullExport[4]);
  }
}

TEST(EnvelopeReaderTest, MissingOriginalLanguageWarns) {
  const Read read = ReadText(Join(Without(kFullExport, 25, 4)));
  const Envelope& e = read.result.envelope;
  EXPECT_FALSE(e.original_language.has_value());
  EXPECT_TRUE(e.language_code.empty());
  ASSERT_EQ(Rules(read.diagnostics), (std::vector<std::string>{"convert.missing-original-language"}));
  EXPECT_EQ(read.diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(read.diagnostics[0].file, "doc.txt");
  EXPECT_EQ(e.contents.size(), 2u);  // the sections after it are still read
}

TEST(EnvelopeReaderTest, MissingUrlTakesRecordIdFromFileName) {
  const Read read = ReadText(Join(Without(kFullExport, 10, 1)), "110431");
  const Envelope& e = read.result.envelope;
  EXPECT_TRUE(e.url.empty());
  EXPECT_EQ(e.record_id, "110431");
  EXPECT_EQ(e.citation, kFullExport[8]);
  ASSERT_EQ(Rules(read.diagnostics), (std::vector<std::string>{"convert.missing-url"}));
  EXPECT_EQ(read.diagnostics[0].line, 9);  // the citation it should follow
  EXPECT_NE(read.diagnostics[0].message.find("110431"), std::string::npos);
}

TEST(EnvelopeReaderTest, RecordIdFromUrl) {
  struct Case {
    std::string url_line, record_id;
  };
  for (const Case& c : std::vector<Case>{
           {"<http://digitalarchive.wilsoncenter.org/document/110431>", "110431"},
           {"<https://digitalarchive.wilsoncenter.org/document/110431>", "110431"},
           // Not the archive's address of a record (its number ends it): text of the citation.
           {"<https://digitalarchive.wilsoncenter.org/document/kim-il-sung_letter>", "fallback-id"},
           {"<http://digitalarchive.wilsoncenter.org/document/113009.pdf>", "fallback-id"},
           {"<http://digitalarchive.wilsoncenter.org/document/>", "fallback-id"},
           {"<digitalarchive.wilsoncenter.org/document/110431>", "fallback-id"},
           {"<http://digitalarchive.wilsoncenter.org/document/ 110431>", "fallback-id"},
       }) {
    SCOPED_TRACE(c.url_line);
    std::vector<std::string> lines = kFullExport;
    lines[9] = c.url_line;
    EXPECT_EQ(ReadText(Join(lines)).result.envelope.record_id, c.record_id);
  }
}

TEST(EnvelopeReaderTest, MissingCitationWarns) {
  const Read read = ReadText(Join(Without(kFullExport, 7, 5)));
  const Envelope& e = read.result.envelope;
  EXPECT_TRUE(e.citation.empty());
  EXPECT_EQ(e.record_id, "fallback-id");
  const auto rules = Rules(read.diagnostics);
  EXPECT_NE(std::find(rules.begin(), rules.end(), "convert.missing-citation"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "convert.missing-url"), rules.end());
  EXPECT_EQ(e.summary, "The CC approves a message [to Mao]. It is sent on August 29.");
}

TEST(EnvelopeReaderTest, UnknownLanguageWarnsAtItsLine) {
  std::vector<std::string> lines = kFullExport;
  lines[26] = "  Klingon";
  const Read read = ReadText(Join(lines));
  const Envelope& e = read.result.envelope;
  ASSERT_TRUE(e.original_language.has_value());
  EXPECT_EQ(*e.original_language, "Klingon");
  EXPECT_TRUE(e.language_code.empty());
  ASSERT_EQ(Rules(read.diagnostics), (std::vector<std::string>{"convert.unknown-language"}));
  EXPECT_EQ(read.diagnostics[0].line, 27);
  EXPECT_EQ(read.diagnostics[0].column, 3);
  EXPECT_NE(read.diagnostics[0].message.find("Klingon"), std::string::npos);
}

TEST(EnvelopeReaderTest, ContentsWithoutEntriesWarns) {
  std::vector<std::string> lines = Without(kFullExport, 31, 2);  // "Contents:" directly followed by the body
  const Read read = ReadText(Join(lines));
  EXPECT_TRUE(read.result.envelope.contents.empty());
  ASSERT_EQ(Rules(read.diagnostics), (std::vector<std::string>{"convert.empty-contents"}));
  EXPECT_EQ(read.diagnostics[0].line, 29);
  // The body still starts after the heading.
  ASSERT_FALSE(read.result.body.empty());
  EXPECT_EQ(read.result.body.front().text, "All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE");
}

TEST(EnvelopeReaderTest, OneContentsEntry) {
  std::vector<std::string> lines = Without(kFullExport, 31, 1);
  const Read read = ReadText(Join(lines));
  EXPECT_EQ(read.result.envelope.contents, (std::vector<std::string>{"Original Scan"}));
}

TEST(EnvelopeReaderTest, LanguageCode) {
  struct Case {
    std::string name, code;
  };
  for (const Case& c : std::vector<Case>{{"Russian", "ru"},
                                         {"russian", "ru"},
                                         {"  Korean ", "ko"},
                                         {"VIETNAMESE", "vi"},
                                         {"Chinese", "zh"},
                                         {"Japanese", "ja"},
                                         {"Polish", "pl"},
                                         {"Romanian", "ro"},
                                         {"Hungarian", "hu"},
                                         {"Bulgarian", "bg"},
                                         {"German", "de"},
                                         {"Mongolian", "mn"},
                                         {"English", "en"},
                                         {"Serbo-Croatian", "sh"},
                                         {"Klingon", ""},
                                         {"", ""}}) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(LanguageCode(c.name), c.code);
  }
}

}  // namespace
}  // namespace teipress
