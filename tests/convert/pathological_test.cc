// Inputs built to trigger quadratic time or unbounded recursion (cmark's pathological tests).
// Each must convert in linear time: a quadratic algorithm would take many minutes on these
// sizes (10^4 to 10^5 elements), which the tests' CTest timeout turns into a failure. A quadratic
// scan with a small constant passes unseen (each stray bracket looked back to its line's start:
// 7 s for 10^5 strays, found by timing these shapes at two sizes): time them so after changing
// the converter. Each must also lose no text; and the same shapes, smaller, must convert to TEI
// valid against both schemas and edition.sch (the converter's invariant: valid TEI or an error
// and nothing written).
#include <gtest/gtest.h>

#include <functional>

#include "converter.h"
#include "tei_validity.h"
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
  std::function<std::string(size_t)> body;  // the input with `times` repetitions
  size_t times;
};

std::vector<Pathological> Cases() {
  auto repeated = [](std::string piece, std::string tail = "") {
    return [piece, tail](size_t times) { return Repeat(piece, times) + tail; };
  };
  return {
      {"many_unclosed_brackets", repeated("["), 100000},
      {"many_stray_closing_brackets", repeated("a] "), 100000},
      {"deeply_nested_brackets", [](size_t times) { return Repeat("[", times) + "x" + Repeat("]", times); }, 50000},
      {"many_notes_in_one_paragraph", repeated("word [an indication] "), 20000},
      {"many_sic_marks_in_one_paragraph", repeated("15 percent [sic] "), 20000},
      {"many_uncertain_names", repeated("Vereshchagin [?] and "), 30000},
      {"many_names_and_dates", repeated("Comrade Mao Zedong met Filippov on 28 August 1951 in Beijing. "), 20000},
      {"many_lines", repeated("A line of text.\n"), 40000},
      {"many_list_items", repeated("1. item\n"), 20000},
      {"many_dated_entries", repeated("2 June 1958\nText of the entry.\n"), 10000},
      {"many_unclosed_quotations", repeated("\"Comrade Mao Zedong!\nText.\n"), 10000},
      {"many_separators", repeated("Text.\n* * *\n"), 20000},
      {"multi_line_notes_never_closed", repeated("[stamp:\nline\n"), 30000},
      {"many_footnotes", repeated("Text [1]\n", "\n[1] The note.\n"), 20000},
      {"one_huge_paragraph", repeated("The delegation discussed the negotiations at length. "), 40000},
  };
}

class PathologicalTest : public ::testing::TestWithParam<Pathological> {};

TEST_P(PathologicalTest, ConvertsInLinearTimeAndLosesNothing) {
  const std::string source = Document(GetParam().body(GetParam().times));
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(source, "pathological.txt", testing::EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  std::vector<Diagnostic> parse;
  XmlDocPtr document = ReadXmlMemory(result.tei, "pathological.xml", parse);
  ASSERT_TRUE(document) << (parse.empty() ? "" : FormatGnu(parse.front()));
  EXPECT_EQ(testing::Tokens(TeiToText(document.get())), testing::Tokens(source));
}

// The same shapes, a hundred times smaller, are valid TEI: the validators (TEI All's RELAX NG and
// the Schematron rules through XSLT) are not what these tests time.
TEST_P(PathologicalTest, ShapesConvertToValidTei) {
  const std::string source = Document(GetParam().body(GetParam().times / 100));
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result = Convert(source, "pathological.txt", testing::EditionAuthority(), diagnostics);
  ASSERT_TRUE(result.ok);
  const TeiValidity& validity = TeiValidity::ForCheckout(testing::SourceDir());
  ASSERT_TRUE(validity.setup_problems().empty()) << FormatGnu(validity.setup_problems().front());
  for (const Diagnostic& finding : validity.Check(result.tei, result.record_id)) ADD_FAILURE() << FormatGnu(finding);
}

INSTANTIATE_TEST_SUITE_P(Inputs, PathologicalTest, ::testing::ValuesIn(Cases()),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace teipress
