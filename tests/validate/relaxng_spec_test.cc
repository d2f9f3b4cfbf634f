// James Clark's RELAX NG test suite (tests/data/relaxng/spectest.xml): every incorrect schema
// refused, every correct one compiled, and every instance judged as the suite says, by teipress's
// own engine. Each case is written out as files (schema, resources it refers to, instances) as
// jing's test driver does, and the instances are streamed from their files.
#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "relaxng_engine.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

struct SpecCase {
  int number = 0;
  std::string section;
  xmlNodePtr node = nullptr;
};

std::vector<xmlNodePtr> ElementChildren(xmlNodePtr node, const char* name = nullptr) {
  std::vector<xmlNodePtr> out;
  for (xmlNodePtr child = node->children; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE && (!name || xmlStrEqual(child->name, AsXmlChars(name)))) out.push_back(child);
  }
  return out;
}

// Writes the first element child of `holder` as a document of its own (the suite declares the
// namespaces each one uses on it).
void WriteElement(xmlNodePtr holder, const fs::path& path) {
  std::vector<xmlNodePtr> children = ElementChildren(holder);
  ASSERT_EQ(children.size(), 1u) << "line " << xmlGetLineNo(holder);
  std::unique_ptr<xmlBuffer, CFree<xmlBuffer, xmlBufferFree>> buffer(xmlBufferCreate());
  ASSERT_GE(xmlNodeDump(buffer.get(), holder->doc, children[0], 0, 0), 0);
  const std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + std::string(AsChars(xmlBufferContent(buffer.get())));
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, xml, error, Durability::kRegenerable)) << error;
}

// resource and dir elements, as files and directories under `directory`.
void WriteResources(xmlNodePtr node, const fs::path& directory) {
  for (xmlNodePtr child : ElementChildren(node)) {
    const bool resource = xmlStrEqual(child->name, AsXmlChars("resource"));
    const bool dir = xmlStrEqual(child->name, AsXmlChars("dir"));
    if (!resource && !dir) continue;
    const std::string name = TakeString(XmlCharsPtr(xmlGetProp(child, AsXmlChars("name"))));
    const fs::path path = directory / name;
    if (dir) {
      fs::create_directories(path);
      WriteResources(child, path);
    } else if (!ElementChildren(child).empty()) {
      WriteElement(child, path);
    } else {
      std::string error;
      ASSERT_TRUE(WriteFileAtomically(path, TakeString(XmlCharsPtr(xmlNodeGetContent(child))), error, Durability::kRegenerable)) << error;
    }
  }
}

void CollectCases(xmlNodePtr suite, std::vector<SpecCase>& cases) {
  for (xmlNodePtr child : ElementChildren(suite)) {
    if (xmlStrEqual(child->name, AsXmlChars("testSuite"))) {
      CollectCases(child, cases);
    } else if (xmlStrEqual(child->name, AsXmlChars("testCase"))) {
      SpecCase c;
      c.number = static_cast<int>(cases.size()) + 1;
      auto sections = ElementChildren(child, "section");
      if (!sections.empty()) c.section = TakeString(XmlCharsPtr(xmlNodeGetContent(sections[0])));
      c.node = child;
      cases.push_back(c);
    }
  }
}

TEST(RelaxNgSpecTest, JudgesEveryCaseAsTheSuiteDoes) {
  const std::string suite_path = testing::SourceDir() + "/tests/data/relaxng/spectest.xml";
  // The suite relies on its internal DTD subset (entity dii): read it with entities expanded. It
  // is our own test data, not a document under validation.
  XmlDocPtr suite(xmlReadFile(suite_path.c_str(), nullptr, XML_PARSE_NOENT | XML_PARSE_NONET));
  ASSERT_TRUE(suite) << suite_path;
  std::vector<SpecCase> cases;
  CollectCases(xmlDocGetRootElement(suite.get()), cases);
  ASSERT_EQ(cases.size(), 385u);

  testing::TemporaryDirectory directory;
  int judgements = 0, right = 0;
  for (const SpecCase& c : cases) {
    const fs::path dir = directory.path() / std::to_string(c.number);
    fs::create_directories(dir);
    WriteResources(c.node, dir);
    const auto correct = ElementChildren(c.node, "correct");
    const auto incorrect = ElementChildren(c.node, "incorrect");
    const bool expect_correct = !correct.empty();
    const fs::path schema = dir / (expect_correct ? "c.rng" : "i.rng");
    WriteElement(expect_correct ? correct[0] : incorrect[0], schema);
    std::vector<Diagnostic> diagnostics;
    auto engine = RelaxNgEngine::Compile(schema.string(), diagnostics);
    ++judgements;
    if (static_cast<bool>(engine) == expect_correct) ++right;
    std::string why;
    for (const Diagnostic& d : diagnostics) why += FormatGnu(d) + "\n";
    EXPECT_EQ(static_cast<bool>(engine), expect_correct)
        << "case " << c.number << " (section " << c.section << ", line " << xmlGetLineNo(c.node) << "): the schema is "
        << (expect_correct ? "correct" : "incorrect") << "\n" << why;
    if (!engine) continue;
    int index = 0;
    for (xmlNodePtr instance : ElementChildren(c.node)) {
      const bool valid = xmlStrEqual(instance->name, AsXmlChars("valid"));
      if (!valid && !xmlStrEqual(instance->name, AsXmlChars("invalid"))) continue;
      const fs::path path = dir / (std::to_string(++index) + (valid ? ".v.xml" : ".i.xml"));
      WriteElement(instance, path);
      std::vector<Diagnostic> findings;
      const bool judged_valid = engine->ValidateFile(path.string(), findings);
      ++judgements;
      if (judged_valid == valid) ++right;
      std::string found;
      for (const Diagnostic& d : findings) found += FormatGnu(d) + "\n";
      EXPECT_EQ(judged_valid, valid) << "case " << c.number << " (section " << c.section << ", line "
                                     << xmlGetLineNo(instance) << "): " << path.filename().string() << "\n"
                                     << found;
    }
  }
  EXPECT_EQ(judgements, 965);
  EXPECT_EQ(right, judgements);
}

}  // namespace
}  // namespace teipress
