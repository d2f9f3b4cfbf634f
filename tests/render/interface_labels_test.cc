// The interface labels read once per run (tools/render/interface_labels.h): the table gives what
// the stylesheets' own look-up gives (lang() matching, English fallback), the stylesheets give the
// same labels through it as under plain xsltproc, and a profile's label-* parameter still wins.
#include "interface_labels.h"

#include <gtest/gtest.h>

#include <fstream>

#include <boost/filesystem/operations.hpp>

#include "process.h"
#include "test_support.h"
#include "xml_reader.h"
#include "xslt_stylesheet.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;

void WriteText(const fs::path& path, const std::string& text) {
  std::ofstream out(path.string(), std::ios::binary);
  out << text;
}

// A translations file with the cases lang() has: exact, other case, a sub-language, a language
// inherited from the entry, a key with no English, a key in two entries.
const char kTranslations[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<i18n xmlns="urn:teipress:i18n">
  <entry><key>notes</key><text xml:lang="en">Notes</text><text xml:lang="de">Anmerkungen</text></entry>
  <entry><key>colour</key><text xml:lang="en-GB">Colour</text><text xml:lang="en">Color</text><text xml:lang="DE">Farbe</text></entry>
  <entry xml:lang="fr"><key>inherited</key><text>hérité</text><text xml:lang="en">inherited</text></entry>
  <entry><key>no-english</key><text xml:lang="ru">без английского</text></entry>
  <entry><key>twice</key><text xml:lang="de">erst</text></entry>
  <entry><key>twice</key><text xml:lang="en">second</text><text xml:lang="de">zweit</text></entry>
  <entry><key>empty</key><text xml:lang="en"></text></entry>
</i18n>
)";

struct LookUp {
  const char* key;
  const char* language;
  const char* expected;  // null: no text
};

const LookUp kLookUps[] = {
    {"notes", "de", "Anmerkungen"},
    {"notes", "DE", "Anmerkungen"},         // lang() ignores case
    {"notes", "fr", "Notes"},               // English where the language lacks it
    {"notes", "de-AT", "Notes"},            // "de" is not a sub-language of "de-AT"
    {"notes", "", "Notes"},
    {"colour", "en", "Colour"},             // "en-GB" is a sub-language of "en"; first in order
    {"colour", "en-GB", "Colour"},
    {"colour", "de", "Farbe"},              // xml:lang="DE"
    {"colour", "e", "Colour"},              // "en-GB" is not a sub-language of "e": English, the first
    {"inherited", "fr", "hérité"},          // xml:lang of the entry
    {"no-english", "ru", "без английского"},
    {"no-english", "de", nullptr},
    {"twice", "de", "erst"},                // every entry with the key, in document order
    {"twice", "fr", "second"},
    {"empty", "de", ""},                    // an empty text is a text
    {"missing", "en", nullptr},
};

TEST(InterfaceLabels, FindsWhatTheStylesheetsLookUpFinds) {
  const testing::TemporaryDirectory dir;
  WriteText(dir.path() / "i18n.xml", kTranslations);
  std::vector<Diagnostic> diagnostics;
  const auto labels = InterfaceLabels::Read((dir.path() / "i18n.xml").string(), diagnostics);
  ASSERT_TRUE(labels) << diagnostics.size();
  for (const LookUp& look_up : kLookUps) {
    const std::string* text = labels->Find(look_up.key, look_up.language);
    if (!look_up.expected) {
      EXPECT_EQ(text, nullptr) << look_up.key << " in '" << look_up.language << "': " << *text;
    } else {
      ASSERT_NE(text, nullptr) << look_up.key << " in '" << look_up.language << "'";
      EXPECT_EQ(*text, look_up.expected) << look_up.key << " in '" << look_up.language << "'";
    }
  }
  EXPECT_TRUE(labels->Has("no-english"));
  EXPECT_TRUE(labels->Has("empty"));
  EXPECT_FALSE(labels->Has("missing"));
  EXPECT_FALSE(labels->Has("Notes"));
}

TEST(InterfaceLabels, AFileThatIsNotXmlIsNoTable) {
  const testing::TemporaryDirectory dir;
  WriteText(dir.path() / "i18n.xml", "<i18n><entry>");
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(InterfaceLabels::Read((dir.path() / "i18n.xml").string(), diagnostics));
  EXPECT_FALSE(diagnostics.empty());
}

std::string Xsltproc() {
  const std::string xsltproc = FindOnPath("xsltproc");
  if (xsltproc.empty() && testing::RequireAll()) ADD_FAILURE() << "xsltproc is needed";
  return xsltproc;
}

// The same stylesheet through teipress (the functions registered) and through xsltproc (its own
// look-up in i18n.xml): the same result.
struct TwoResults {
  std::string teipress;
  std::string xsltproc;
};

TwoResults TransformBothWays(const std::vector<std::string>& stylesheets, const std::string& input,
                             const std::map<std::string, std::string>& parameters, const fs::path& work) {
  TwoResults results;
  RegisterInterfaceLabelFunctions();
  std::vector<Diagnostic> diagnostics;
  auto stylesheet = stylesheets.size() == 1 ? XsltStylesheet::Load(stylesheets[0], diagnostics)
                                            : XsltStylesheet::LoadImporting(stylesheets, diagnostics);
  EXPECT_TRUE(stylesheet);
  XmlDocPtr document = ReadXmlFile(input, diagnostics);
  EXPECT_TRUE(document);
  if (!stylesheet || !document) return results;
  EXPECT_TRUE(stylesheet->Apply(document.get(), input, parameters, results.teipress, diagnostics));

  const std::string xsltproc = Xsltproc();
  if (xsltproc.empty()) return results;
  std::string main = stylesheets[0];
  if (stylesheets.size() > 1) {  // as LoadImporting composes them
    main = (work / "both.xsl").string();
    std::string text = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">";
    for (const std::string& path : stylesheets) text += "<xsl:import href=\"" + path + "\"/>";
    WriteText(main, text + "</xsl:stylesheet>");
  }
  std::vector<std::string> command = {xsltproc, "--nonet", "--output", (work / "xsltproc.out").string()};
  for (const auto& [name, value] : parameters) command.insert(command.end(), {"--stringparam", name, value});
  command.insert(command.end(), {main, input});
  const auto run = RunProcess(command);
  EXPECT_EQ(run.exit_code, 0) << run.output;
  results.xsltproc = ReadText(work / "xsltproc.out");
  return results;
}

TEST(InterfaceLabels, TheLookUpTemplateGivesTheSameThroughTeipressAndXsltproc) {
  const testing::TemporaryDirectory dir;
  fs::copy_file(testing::SourceDir() + "/xslt/common/i18n.xsl", dir.path() / "i18n.xsl");
  WriteText(dir.path() / "i18n.xml", kTranslations);
  std::string calls;
  for (const LookUp& look_up : kLookUps) {
    calls += std::string("<x>") + "<xsl:call-template name=\"tp-i18n\"><xsl:with-param name=\"key\" select=\"'" +
             look_up.key + "'\"/><xsl:with-param name=\"lang\" select=\"'" + look_up.language +
             "'\"/></xsl:call-template></x>";
  }
  WriteText(dir.path() / "test.xsl",
            "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
            "<xsl:import href=\"i18n.xsl\"/><xsl:param name=\"language\" select=\"'de'\"/>"
            "<xsl:template match=\"/\"><out native=\"{function-available('i18n:label')}\" "
            "xmlns:i18n=\"urn:teipress:i18n\">" +
                calls +
                "<language-known><xsl:call-template name=\"tp-i18n-has\"><xsl:with-param name=\"key\" "
                "select=\"'no-english'\"/></xsl:call-template></language-known>"
                "<language-unknown><xsl:call-template name=\"tp-i18n-has\"><xsl:with-param name=\"key\" "
                "select=\"'missing'\"/></xsl:call-template></language-unknown>"
                "<default><xsl:call-template name=\"tp-i18n\"><xsl:with-param name=\"key\" "
                "select=\"'notes'\"/></xsl:call-template></default></out></xsl:template></xsl:stylesheet>");
  WriteText(dir.path() / "in.xml", "<in/>");
  const auto results =
      TransformBothWays({(dir.path() / "test.xsl").string()}, (dir.path() / "in.xml").string(), {}, dir.path());
  std::string expected;
  for (const LookUp& look_up : kLookUps) {
    // No text in the language nor in English: the key itself (and a message).
    const std::string text = look_up.expected ? look_up.expected : look_up.key;
    expected += text.empty() ? "<x/>" : "<x>" + text + "</x>";
  }
  expected += "<language-known>true</language-known><language-unknown>false</language-unknown>"
              "<default>Anmerkungen</default></out>";
  EXPECT_NE(results.teipress.find("native=\"true\""), std::string::npos) << results.teipress;
  EXPECT_NE(results.teipress.find(expected), std::string::npos) << results.teipress;
  if (results.xsltproc.empty()) return;
  EXPECT_NE(results.xsltproc.find("native=\"false\""), std::string::npos) << results.xsltproc;
  EXPECT_NE(results.xsltproc.find(expected), std::string::npos) << results.xsltproc;
}

// The edition's own stylesheets in German with a profile that renames a label of each edition:
// the profile's label wins, the other labels are German, and xsltproc makes the same page and FO.
TEST(InterfaceLabels, AProfilesLabelWinsThroughTeipressAndXsltproc) {
  const testing::TemporaryDirectory dir;
  const std::string letter = testing::ReferenceDir() + "/tei-corpora/soldatenbriefe/letter-116.xml";
  const fs::path profile = dir.path() / "profile.xsl";
  WriteText(profile,
            "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">"
            "<xsl:param name=\"label-view-reading\">Leseausgabe des Verlags</xsl:param>"
            "<xsl:param name=\"label-siglum-illegible\">kaum lesbar (Verlag)</xsl:param></xsl:stylesheet>");
  struct Case {
    const char* format;
    const char* overridden;  // the profile's label, which the page shows
    const char* german;      // the label it replaces
    const char* kept;        // a label the profile leaves alone, in German
  };
  for (const Case& c : {Case{"html", ">Leseausgabe des Verlags<", ">Lesefassung<", ">Zum Inhalt springen<"},
                        Case{"print", "kaum lesbar (Verlag)", "unleserliche Buchstaben", ">Brief<"}}) {
    SCOPED_TRACE(c.format);
    const auto results = TransformBothWays(
        {testing::SourceDir() + "/xslt/" + c.format + "/document.xsl", profile.string()}, letter,
        {{"language", "de"}}, dir.path());
    EXPECT_NE(results.teipress.find(c.overridden), std::string::npos);
    EXPECT_EQ(results.teipress.find(c.german), std::string::npos);
    EXPECT_NE(results.teipress.find(c.kept), std::string::npos);
    if (results.xsltproc.empty()) continue;
    EXPECT_EQ(results.teipress, results.xsltproc);
  }
}

}  // namespace
}  // namespace teipress
