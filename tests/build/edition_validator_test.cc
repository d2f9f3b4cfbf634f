#include "edition_validator.h"

#include <gtest/gtest.h>

#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

TEST(EditionValidatorTest, ChoosesTheSchemaByTheDocumentsKindUnlessTheConfigurationNamesOne) {
  ValidationSettings settings;
  settings.data_dir = "/data";
  EditionValidator by_kind(settings);
  EXPECT_EQ(by_kind.SchemaFor(true), "/data/schemas/edition.rng");
  EXPECT_EQ(by_kind.SchematronFor(true), "/data/schemas/edition.sch");
  EXPECT_EQ(by_kind.SchemaFor(false), "/data/schemas/tei_all.rng");
  EXPECT_EQ(by_kind.SchematronFor(false), "");
  settings.schema = "none";
  settings.schematron = "/project/rules.sch";
  EditionValidator configured(settings);
  EXPECT_EQ(configured.SchemaFor(true), "");
  EXPECT_EQ(configured.SchematronFor(false), "/project/rules.sch");
  settings.schema = "edition";
  EXPECT_EQ(EditionValidator(settings).SchemaFor(false), "/data/schemas/edition.rng");
  settings.schema = "/project/odd.rng";
  EXPECT_EQ(EditionValidator(settings).SchemaFor(true), "/project/odd.rng");
}

TEST(EditionValidatorTest, WithoutAuthorityEntriesNamesAreNotCheckedAgainstThem) {
  // One of teipress's own conversions whose names link to entries no authority file has.
  // Converted here: the checkout's tei/ holds a build's output, not a fixture.
  const testing::TemporaryDirectory converted;
  const auto convert = testing::RunTeipress(
      {"convert", "-o", converted.path().string(), testing::SourceDir() + "/sources/wilson/113009.txt"},
      converted.path().string());
  ASSERT_EQ(convert.exit_code, 0) << convert.output;
  const std::string tei = testing::ReadText(converted.path() / "113009.xml");
  ASSERT_FALSE(tei.empty());
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(tei, "113009.xml", diagnostics);
  ASSERT_TRUE(document);
  const testing::TemporaryDirectory empty;
  ValidationSettings settings;
  settings.data_dir = testing::SourceDir();
  settings.authority_dir = empty.path().string();
  settings.authority_found = true;  // as if there were entries: every name is unknown
  std::vector<Diagnostic> with;
  EXPECT_FALSE(EditionValidator(settings).Validate(document.get(), "113009.xml", true, with));
  settings.authority_found = false;
  std::vector<Diagnostic> without;
  EXPECT_TRUE(EditionValidator(settings).Validate(document.get(), "113009.xml", true, without)) << without.size();
}

}  // namespace
}  // namespace teipress
