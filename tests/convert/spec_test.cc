// Runs every example of tests/spec/spec.md (cmark style): the input converts to the expected TEI.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "converter.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

using testing::EditionAuthority;
using testing::SerializeNode;

struct SpecExample {
  std::string section;
  int line = 0;  // line of the opening fence in spec.md
  std::string xpath;
  std::string input;
  std::string expected;
};

const std::string kFence(32, '`');

std::vector<SpecExample> LoadSpec() {
  std::ifstream in(testing::SourceDir() + "/tests/spec/spec.md");
  std::vector<SpecExample> examples;
  std::string line, section;
  int number = 0;
  enum { kProse, kInput, kExpected } state = kProse;
  SpecExample current;
  while (std::getline(in, line)) {
    ++number;
    if (state == kProse) {
      if (line.rfind("## ", 0) == 0) section = line.substr(3);
      if (line.rfind(kFence + " example", 0) == 0) {
        current = SpecExample{section, number, "", "", ""};
        const std::string rest = line.substr(kFence.size() + 8);
        current.xpath = rest.empty() ? "" : rest.substr(1);
        state = kInput;
      }
    } else if (state == kInput) {
      if (line == ".") {
        state = kExpected;
      } else {
        current.input += line + "\n";
      }
    } else {
      if (line == kFence) {
        examples.push_back(current);
        state = kProse;
      } else {
        current.expected += line + "\n";
      }
    }
  }
  return examples;
}

// Line breaks and the indentation after them are layout, not content.
std::string RemoveLayout(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string StripNamespace(std::string text) {
  const std::string declaration = " xmlns=\"http://www.tei-c.org/ns/1.0\"";
  for (size_t at = text.find(declaration); at != std::string::npos; at = text.find(declaration)) {
    text.erase(at, declaration.size());
  }
  return text;
}

std::string Wrap(const std::string& snippet) {
  return "\n\nSpec example\n\nCitation:\n\n\u201CSpec example,\u201D History and Public Policy Program Digital Archive, "
         "Spec Archive.\n<http://digitalarchive.wilsoncenter.org/document/900001>\n\nSummary:\n\nSpec.\n\n"
         "Original Language:\n\nRussian\n\nContents:\n\n- English Translation\n\n" +
         snippet;
}

std::string Actual(const SpecExample& example) {
  const bool whole_file = example.input.find("\nCitation:\n") != std::string::npos ||
                          example.input.rfind("Citation:\n", 0) == 0;
  std::vector<Diagnostic> diagnostics;
  const ConversionResult result =
      Convert(whole_file ? example.input : Wrap(example.input), "spec.txt", EditionAuthority(), diagnostics);
  if (!result.ok) return "(conversion failed)";
  XmlDocPtr document = ReadXmlMemory(result.tei, "spec.xml", diagnostics);
  if (!document) return "(not well-formed)";
  XPathContextPtr context(xmlXPathNewContext(document.get()));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  const std::string xpath = example.xpath.empty() ? "/tei:TEI/tei:text/tei:body/node()" : example.xpath;
  XPathObjectPtr nodes(xmlXPathEvalExpression(AsXmlChars(xpath.c_str()), context.get()));
  if (!nodes || !nodes->nodesetval) return "(no nodes)";
  std::vector<xmlNodePtr> selected;
  for (int i = 0; i < nodes->nodesetval->nodeNr; ++i) {
    xmlNodePtr node = nodes->nodesetval->nodeTab[i];
    if (node->type == XML_TEXT_NODE && std::string(AsChars(node->content)).find_first_not_of(" \n") == std::string::npos) {
      continue;
    }
    selected.push_back(node);
  }
  // One wrapping <div type="document"> around a body snippet is not part of the example (a final
  // footnotes division after it stays).
  auto div_type = [](xmlNodePtr node) {
    if (!xmlStrEqual(node->name, AsXmlChars("div"))) return std::string();
    XmlCharsPtr type(xmlGetProp(node, AsXmlChars("type")));
    return type ? std::string(AsChars(type.get())) : std::string();
  };
  const bool footnotes_after = selected.size() == 2 && div_type(selected[1]) == "footnotes";
  if (example.xpath.empty() && (selected.size() == 1 || footnotes_after) && div_type(selected[0]) == "document") {
    std::vector<xmlNodePtr> children;
    for (xmlNodePtr child = selected[0]->children; child; child = child->next) children.push_back(child);
    if (footnotes_after) children.push_back(selected[1]);
    selected = children;
  }
  std::string out;
  for (xmlNodePtr node : selected) out += SerializeNode(node);
  return RemoveLayout(StripNamespace(out));
}

void PrintTo(const SpecExample& example, std::ostream* out) { *out << "spec.md:" << example.line; }

class SpecTest : public ::testing::TestWithParam<SpecExample> {};

TEST_P(SpecTest, ConvertsToExpectedTei) {
  const SpecExample& example = GetParam();
  EXPECT_EQ(Actual(example), RemoveLayout(example.expected))
      << "spec.md line " << example.line << " (" << example.section << ")\ninput:\n" << example.input;
}

std::string Name(const ::testing::TestParamInfo<SpecExample>& info) {
  std::string name;
  for (char c : info.param.section) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name + "_line" + std::to_string(info.param.line);
}

INSTANTIATE_TEST_SUITE_P(Spec, SpecTest, ::testing::ValuesIn(LoadSpec()), Name);

TEST(SpecFile, HasExamplesForEveryNotation) {
  // The spec documents each bracket kind of the encoding contract; losing a section loses a test.
  const std::vector<SpecExample> examples = LoadSpec();
  EXPECT_GE(examples.size(), 100u);
  for (const char* section : {"Pseudonyms", "Supplied words", "Expansions", "Original-language terms",
                              "Editorial remarks", "Translator's notes", "Omissions", "Illegible passages", "Sic",
                              "Uncertain readings", "Stamps", "Handwritten notes", "Signatures", "Redactions",
                              "Stage directions", "Footnotes"}) {
    const bool present = std::any_of(examples.begin(), examples.end(),
                                     [&](const SpecExample& e) { return e.section == section; });
    EXPECT_TRUE(present) << section;
  }
}

}  // namespace
}  // namespace teipress
