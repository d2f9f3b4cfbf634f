// Inputs built to trigger quadratic time or unbounded recursion (cmark's pathological tests).
// Each must convert in linear time: a quadratic algorithm would take many minutes on these
// sizes (10^4 to 10^5 elements), which the tests' CTest timeout turns into a failure. Each must
// also lose no text.
#include <gtest/gtest.h>

#include "converter.h"
#include "test_support.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {
namespace {

std::string Document(const std::string& body) {
  return "\n\nAugust 28, 1951\n\nPathological input\n\nCitation:\n\n\u201CPathological input,\u201D August 28, 1951, History "
         "and Public Policy Program Digital Archive, APRF, Fond 3, Opis 65, Delo 829, Listy 4-5.\n"
         "<http://digitalarchive.wilsoncenter.org/document/999999>\n\nSummary:\n\nS.\n\nOriginal Language:\n\nRussian\n\n"
         "Contents:\n\n- English Translation\n\n" +
         body;
}

std::string Repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

struct Pathological {
  const char* name;
  std::string body;
};

std::vector<Pathological> Cases() {
  return {
      {"many_unclosed_brackets", Repeat("[", 100000)},
      {"many_stray_closing_brackets", Repeat("a] ", 100000)},
      {"deeply_nested_brackets", Repeat("[", 50000) + "x" + Repeat("]", 50000)},
      {"many_notes_in_one_paragraph", Repeat("word [an indication] ", 20000)},
      {"many_sic_marks_in_one_paragraph", Repeat("15 percent [sic] ", 20000)},
      {"many_uncertain_names", Repeat("Vereshchagin [?] and ", 30000)},
      {"many_names_and_dates", Repeat("Comrade Mao Zedong met Filippov on 28 August 1951 in Beijing. ", 20000)},
      {"many_lines", Repeat("A line of text.\n", 40000)},
      {"many_list_items", Repeat("1. item\n", 20000)},
      {"many_dated_entries", Repeat("2 June 1958\nText of the entry.\n", 10000)},
      {"many_unclosed_quotations", Repeat("\"Comrade Mao Zedong!\nText.\n", 10000)},
      {"many_separators", Repeat("Text.\n* * *\n", 20000)},
      {"multi_line_notes_never_closed", Repeat("[stamp:\nline\n", 30000)},
      {"many_footnotes", Repeat("Text [1]\n", 20000) + "\n[1] The note.\n"},
      {"one_huge_paragraph", Repeat("The delegation discussed the negotiations at length. ", 40000)},
  };
}

class PathologicalTest : public ::testing::TestWithParam<Pathological> {};

TEST_P(PathologicalTest, ConvertsInLinearTimeAndLosesNothing) {
  const std::string source = Document(GetParam().body);
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(source, "pathological.txt", testing::EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  std::vector<Diagnostic> parse;
  XmlDocPtr document = ReadXmlMemory(result.tei, "pathological.xml", parse);
  ASSERT_TRUE(document) << (parse.empty() ? "" : FormatGnu(parse.front()));
  EXPECT_EQ(testing::Tokens(TeiToText(document.get())), testing::Tokens(source));
}

INSTANTIATE_TEST_SUITE_P(Inputs, PathologicalTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace teipress
