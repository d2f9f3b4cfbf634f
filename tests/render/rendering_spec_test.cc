// Runs every example of tests/render/rendering_spec.md (cmark style): the TEI renders to HTML and
// XSL-FO holding the expected fragments, and not holding the ones it must not.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "edition_renderer.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

struct RenderingExample {
  std::string section;
  int line = 0;  // of the opening fence in the spec
  std::map<std::string, std::string> parameters;
  std::string input;
  std::vector<std::pair<std::string, std::string>> expectations;  // ("html" | "html-not" | "fo" | "fo-not", fragment)
};

const std::string kFence(32, '`');

std::string Trim(const std::string& s) {
  const size_t first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// Runs of white space as one space: fragments are written on one line, outputs keep the TEI's breaks.
std::string Collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::vector<RenderingExample> LoadSpec() {
  std::ifstream in(testing::SourceDir() + "/tests/render/rendering_spec.md");
  std::vector<RenderingExample> examples;
  std::string line, section;
  int number = 0;
  enum { kProse, kInput, kExpected } state = kProse;
  RenderingExample current;
  while (std::getline(in, line)) {
    ++number;
    if (state == kProse) {
      if (line.rfind("## ", 0) == 0) section = line.substr(3);
      if (line.rfind(kFence + " example", 0) == 0) {
        current = RenderingExample{section, number, {}, "", {}};
        std::istringstream parameters(line.substr(kFence.size() + 8));
        std::string parameter;
        while (parameters >> parameter) {
          const size_t equals = parameter.find('=');
          current.parameters[parameter.substr(0, equals)] = equals == std::string::npos ? "" : parameter.substr(equals + 1);
        }
        state = kInput;
      }
    } else if (state == kInput) {
      if (line == ".") {
        state = kExpected;
      } else {
        current.input += line + "\n";
      }
    } else if (line == kFence) {
      examples.push_back(current);
      state = kProse;
    } else if (!Trim(line).empty()) {
      const size_t colon = line.find(':');
      current.expectations.emplace_back(line.substr(0, colon), Trim(line.substr(colon + 1)));
    }
  }
  return examples;
}

// A snippet is the content of tei:body; a whole document starts with <TEI.
std::string Document(const std::string& input) {
  if (Trim(input).rfind("<TEI", 0) == 0) return input;
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>Spec example</title>"
         "</titleStmt><publicationStmt><p>spec</p></publicationStmt><sourceDesc><p>spec</p></sourceDesc></fileDesc>"
         "</teiHeader><text><body>" +
         input + "</body></text></TEI>";
}

void PrintTo(const RenderingExample& example, std::ostream* out) {
  *out << "rendering_spec.md:" << example.line << " (" << example.section << ")";
}

class RenderingSpec : public ::testing::TestWithParam<RenderingExample> {};

TEST_P(RenderingSpec, RendersTheExpectedFragments) {
  const RenderingExample& example = GetParam();
  InitializeXmlLibraries();
  std::vector<Diagnostic> diagnostics;
  EditionRenderer renderer(testing::SourceDir(), {}, diagnostics);
  ASSERT_TRUE(renderer.ok());
  for (const auto& [name, value] : example.parameters) {
    renderer.SetHtmlParameter(name, value);
    renderer.SetPrintParameter(name, value);
  }
  XmlDocPtr document = ReadXmlMemory(Document(example.input), "rendering_spec.md", diagnostics);
  ASSERT_TRUE(document) << example.input;
  std::string html, fo;
  ASSERT_TRUE(renderer.RenderHtml(document.get(), "spec.xml", html, diagnostics));
  ASSERT_TRUE(renderer.RenderFo(document.get(), "spec.xml", fo, diagnostics));
  html = Collapse(html);
  fo = Collapse(fo);
  ASSERT_FALSE(example.expectations.empty());
  for (const auto& [kind, fragment] : example.expectations) {
    const std::string& output = kind.rfind("html", 0) == 0 ? html : fo;
    const bool found = output.find(Collapse(fragment)) != std::string::npos;
    if (kind == "html" || kind == "fo") {
      EXPECT_TRUE(found) << kind << " lacks: " << fragment << "\n\n" << output;
    } else if (kind == "html-not" || kind == "fo-not") {
      EXPECT_FALSE(found) << kind << " has: " << fragment;
    } else {
      ADD_FAILURE() << "unknown expectation '" << kind << "' (html, html-not, fo, fo-not)";
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Spec, RenderingSpec, ::testing::ValuesIn(LoadSpec()),
                         [](const ::testing::TestParamInfo<RenderingExample>& info) {
                           return testing::TestNameFromLabel(info.param.section) + "_line" +
                                  std::to_string(info.param.line);
                         });

TEST(RenderingSpec, HasExamplesForEveryFeature) {
  std::set<std::string> sections;
  for (const RenderingExample& example : LoadSpec()) sections.insert(example.section);
  for (const char* section : {"Drama", "Verse", "Critical apparatus", "Diplomatic transcription", "Registers and lists",
                              "Tables", "Print metadata"}) {
    EXPECT_TRUE(sections.count(section)) << section;
  }
}

}  // namespace
}  // namespace teipress
