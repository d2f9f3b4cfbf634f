// The mutation generator: deterministic, one change per variant, every kind of change used, and
// every variant well-formed (so that jing, which stops at the first malformed file, checks all).
#include "xml_mutator.h"

#include <gtest/gtest.h>

#include <set>

#include "xml_reader.h"

namespace teipress {
namespace {

constexpr const char* kDocument =
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"t\"><teiHeader><fileDesc><titleStmt><title type=\"main\">T"
    "</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>"
    "</teiHeader><text><body><p n=\"1\">One <hi rend=\"i\">two</hi></p><p>Three</p></body></text></TEI>";

XmlDocPtr Parse(const std::string& xml) {
  std::vector<Diagnostic> diagnostics;
  return ReadXmlMemory(xml, "m.xml", diagnostics);
}

TEST(XmlMutator, IsDeterministic) {
  XmlDocPtr document = Parse(kDocument);
  ASSERT_TRUE(document);
  const auto first = MutateXml(document.get(), 40, 7);
  const auto second = MutateXml(document.get(), 40, 7);
  ASSERT_EQ(first.size(), 40u);
  ASSERT_EQ(second.size(), first.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].label, second[i].label);
    EXPECT_EQ(first[i].xml, second[i].xml);
  }
  const auto other_seed = MutateXml(document.get(), 40, 8);
  size_t same = 0;
  for (size_t i = 0; i < first.size(); ++i) same += first[i].xml == other_seed[i].xml;
  EXPECT_LT(same, first.size());
}

TEST(XmlMutator, EveryVariantIsWellFormedAndChanged) {
  XmlDocPtr document = Parse(kDocument);
  ASSERT_TRUE(document);
  xmlChar* dumped = nullptr;
  int size = 0;
  xmlDocDumpMemoryEnc(document.get(), &dumped, &size, "UTF-8");
  XmlCharsPtr owned(dumped);
  const std::string original = TakeString(std::move(owned));
  std::set<std::string> kinds;
  for (const XmlMutant& mutant : MutateXml(document.get(), 64, 3)) {
    std::vector<Diagnostic> diagnostics;
    EXPECT_TRUE(ReadXmlMemory(mutant.xml, "variant.xml", diagnostics)) << mutant.label << "\n" << mutant.xml;
    EXPECT_EQ(mutant.xml.find("<?xml"), 0u);
    kinds.insert(mutant.label.substr(0, mutant.label.find(' ')));
    EXPECT_NE(mutant.xml, original) << mutant.label;
  }
  // remove, unknown (element and attribute), value, move, duplicate, text
  EXPECT_EQ(kinds, (std::set<std::string>{"remove", "unknown", "value", "move", "duplicate", "text"}));
}

TEST(XmlMutator, EmptyInputGivesNoVariants) { EXPECT_TRUE(MutateXml(nullptr, 5, 1).empty()); }

}  // namespace
}  // namespace teipress
