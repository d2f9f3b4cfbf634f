#include "edition_config.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

struct Accepted {
  const char* toml;
  const char* key;
  const char* expected;  // Text(key), or the list joined by '|'
};

std::string Joined(const std::vector<std::string>& values) {
  std::string joined;
  for (const std::string& value : values) joined += (joined.empty() ? "" : "|") + value;
  return joined;
}

TEST(EditionConfigTest, ReadsEveryKindOfValue) {
  const Accepted table[] = {
      {"title = \"Briefe\"", "title", "Briefe"},
      {"title = 'literal \\n'", "title", "literal \\n"},
      {"subtitle = \"\"\"two\nlines\"\"\"", "subtitle", "two\nlines"},
      {"editors = [\"Ada Lovelace\", \"Charles Babbage\"]", "editors", "Ada Lovelace|Charles Babbage"},
      {"editors = \"Ada Lovelace\"", "editors", "Ada Lovelace"},
      {"language = \"ru\"", "language", "ru"},
      {"paper = \"letter\"", "paper", "letter"},
      {"pdfa = true", "pdfa", "true"},
      {"base-url = \"https://example.org/edition/\"", "base-url", "https://example.org/edition/"},
      {"phase = \"#ALL\"  # a comment after the value", "phase", "#ALL"},
      {"\"licence\" = \"CC BY 4.0\"", "licence", "CC BY 4.0"},
  };
  for (const Accepted& row : table) {
    EditionConfig config;
    std::vector<Diagnostic> diagnostics;
    EXPECT_TRUE(config.Parse(row.toml, "/ed/teipress.toml", diagnostics)) << row.toml;
    EXPECT_TRUE(diagnostics.empty()) << row.toml << ": " << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
    EXPECT_EQ(Joined(config.List(row.key)), row.expected) << row.toml;
  }
}

struct Refused {
  const char* toml;
  int line;
  const char* rule;
  const char* message;  // a fragment of the message
};

TEST(EditionConfigTest, RefusesUnknownKeysAndBadValuesNamingFileAndLine) {
  const Refused table[] = {
      {"title = \"A\"\ntitel = \"B\"", 2, "config.unknown-key", "unknown setting 'titel'"},
      {"[html]\ntitle = \"x\"", 1, "config.unknown-key", "unknown setting 'html'"},
      {"\n\nlanguage = \"es\"", 3, "config.bad-value", "language must be \"en\", \"de\", \"fr\" or \"ru\", not 'es'"},
      {"paper = \"a5\"", 1, "config.bad-value", "paper must be \"a4\" or \"letter\", not 'a5'"},
      {"pdfa = \"yes\"", 1, "config.bad-value", "pdfa must be true or false"},
      {"title = 3", 1, "config.bad-value", "title must be a string"},
      {"editors = [\"A\", 2]", 1, "config.bad-value", "editors must be a list of strings"},
      {"base-url = \"example.org\"", 1, "config.bad-value", "base-url must be an http or https URL"},
      {"base-url = \"https://exa mple.org\"", 1, "config.bad-value", "not 'https://exa mple.org'"},
      {"tei = \"\"", 1, "config.bad-value", "tei must be a path (a string), not an empty path"},
      {"title = \"unclosed", 1, "config.syntax", "not valid TOML"},
      {"title \"no equals\"", 1, "config.syntax", "not valid TOML"},
      {"title = \"A\"\ntitle = \"B\"", 2, "config.syntax", "not valid TOML"},
  };
  for (const Refused& row : table) {
    EditionConfig config;
    std::vector<Diagnostic> diagnostics;
    EXPECT_FALSE(config.Parse(row.toml, "/ed/teipress.toml", diagnostics)) << row.toml;
    ASSERT_EQ(diagnostics.size(), 1u) << row.toml;
    EXPECT_EQ(diagnostics[0].file, "/ed/teipress.toml");
    EXPECT_EQ(diagnostics[0].line, row.line) << row.toml;
    EXPECT_GT(diagnostics[0].column, 0) << row.toml;
    EXPECT_EQ(diagnostics[0].rule, row.rule) << row.toml;
    EXPECT_NE(diagnostics[0].message.find(row.message), std::string::npos) << diagnostics[0].message;
  }
}

TEST(EditionConfigTest, KeepsTheGoodKeysOfAFileWithABadOne) {
  EditionConfig config;
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(config.Parse("title = \"Good\"\nlanguage = \"xx\"\n", "teipress.toml", diagnostics));
  EXPECT_EQ(config.Text("title"), "Good");
  EXPECT_FALSE(config.Has("language"));
}

TEST(EditionConfigTest, SetWinsOverTheFileAndChecksItsValue) {
  EditionConfig config;
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(config.Parse("title = \"From the file\"\nlanguage = \"de\"\n", "/ed/teipress.toml", diagnostics));
  EXPECT_TRUE(config.Set("title=From the command line", diagnostics));
  EXPECT_TRUE(config.Set("editors = Ada Lovelace; Charles Babbage ;", diagnostics));
  EXPECT_TRUE(config.Set("pdfa=true", diagnostics));
  EXPECT_EQ(config.Text("title"), "From the command line");
  EXPECT_EQ(config.Text("language"), "de");
  EXPECT_EQ(Joined(config.List("editors")), "Ada Lovelace|Charles Babbage");
  EXPECT_TRUE(config.Boolean("pdfa"));
  EXPECT_TRUE(diagnostics.empty());

  EXPECT_FALSE(config.Set("language=xx", diagnostics));
  EXPECT_FALSE(config.Set("colour=red", diagnostics));
  EXPECT_FALSE(config.Set("title", diagnostics));
  ASSERT_EQ(diagnostics.size(), 3u);
  EXPECT_EQ(diagnostics[0].rule, "config.bad-value");
  EXPECT_EQ(diagnostics[0].file, "--set language=xx");
  EXPECT_EQ(diagnostics[1].rule, "config.unknown-key");
  EXPECT_EQ(diagnostics[2].rule, "config.bad-value");
  EXPECT_EQ(config.Text("language"), "de");
}

TEST(EditionConfigTest, PathsResolveAgainstTheFilesDirectoryAndSetPathsAgainstTheCurrentOne) {
  EditionConfig config;
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(config.Parse("tei = \"data/tei\"\nout = \"/srv/site\"\n", "/ed/teipress.toml", diagnostics));
  EXPECT_EQ(config.root(), "/ed");
  EXPECT_EQ(config.Path("tei"), "/ed/data/tei");
  EXPECT_EQ(config.Path("out"), "/srv/site");
  EXPECT_EQ(config.Path("sources", "sources"), "/ed/sources");
  EXPECT_EQ(config.Path("schema"), "");
  ASSERT_TRUE(config.Set("tei=other", diagnostics));
  EXPECT_EQ(config.Path("tei"), (fs::current_path() / "other").string());
  ASSERT_TRUE(config.Set("schema=none", diagnostics));
  EXPECT_EQ(config.Text("schema"), "none");
}

TEST(EditionConfigTest, IsFoundInTheNearestDirectoryAbove) {
  const testing::TemporaryDirectory dir;
  const fs::path root = dir.path() / "edition";
  fs::create_directories(root / "tei" / "letters");
  EXPECT_EQ(FindEditionConfig((root / "tei" / "letters").string()), std::nullopt);
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(root / "teipress.toml", "title = \"T\"\n", error));
  EXPECT_EQ(FindEditionConfig((root / "tei" / "letters").string()), (root / "teipress.toml").string());
  EXPECT_EQ(FindEditionConfig(root.string()), (root / "teipress.toml").string());
}

TEST(EditionConfigTest, TheTemplateHasEveryKeyCommentedAndReadsBack) {
  const std::string text = EditionConfigTemplate("Die \"Briefe\"");
  for (const ConfigKey& key : ConfigKeys()) {
    if (key.name == "title") continue;
    EXPECT_NE(text.find("\n# " + std::string(key.name) + " = "), std::string::npos) << key.name;
  }
  EditionConfig config;
  std::vector<Diagnostic> diagnostics;
  ASSERT_TRUE(config.Parse(text, "teipress.toml", diagnostics));
  EXPECT_EQ(config.Text("title"), "Die \"Briefe\"");
  // Uncommented, every example value is valid.
  std::string uncommented;
  for (const ConfigKey& key : ConfigKeys()) uncommented += std::string(key.name) + " = " + std::string(key.example) + "\n";
  EditionConfig full;
  EXPECT_TRUE(full.Parse(uncommented, "teipress.toml", diagnostics));
  EXPECT_TRUE(diagnostics.empty()) << (diagnostics.empty() ? "" : FormatGnu(diagnostics[0]));
}

TEST(EditionConfigTest, LoadNamesAMissingFile) {
  EditionConfig config;
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(config.Load("/nonexistent/teipress.toml", diagnostics));
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "io.read");
}

}  // namespace
}  // namespace teipress
