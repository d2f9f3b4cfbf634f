// Columns for tree nodes, found again in the source line: a start tag's '<', the first non-blank
// character for text; nothing when the tag does not start on that line.
#include "source_columns.h"

#include <gtest/gtest.h>

#include "file_io.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

TEST(SourceColumns, FindsStartTagsOnTheirLine) {
  testing::TemporaryDirectory directory;
  const std::string path = (directory.path() / "d.xml").string();
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, "<doc>\r\n  <é/><p\n x='1'/>\n\ttext\n</doc>\n", error, Durability::kRegenerable));
  const std::vector<std::string> lines = ReadSourceLines(path);
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0], "<doc>");  // the CR is not part of the line
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(path, diagnostics);
  ASSERT_TRUE(document);
  xmlNodePtr root = xmlDocGetRootElement(document.get());
  xmlNodePtr accented = xmlFirstElementChild(root);
  xmlNodePtr p = xmlNextElementSibling(accented);
  EXPECT_EQ(ColumnOf(root, 1, lines), 1);
  EXPECT_EQ(ColumnOf(accented, 2, lines), 3);
  EXPECT_EQ(ColumnOf(p, 2, lines), 7);  // characters, not bytes: é is one
  EXPECT_EQ(ColumnOf(p, 3, lines), 0);  // the tag does not start on line 3
  EXPECT_EQ(ColumnOf(p->next, 4, lines), 2);  // text: its first non-blank character
  EXPECT_EQ(ColumnOf(root, 9, lines), 0);
  EXPECT_TRUE(ReadSourceLines((directory.path() / "missing.xml").string()).empty());
}

}  // namespace
}  // namespace teipress
