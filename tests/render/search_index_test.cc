// The search index script: valid JavaScript defining valid JSON, safe inside <script>, with the
// records' text whitespace-collapsed.
#include "search_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "file_io.h"
#include "process.h"
#include "test_support.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

const std::string kPrefix = "window.teipressSearchIndex = ";

// Runs the script the way a browser would (in a context with `window`), also parses the part
// after the prefix as strict JSON, and prints every record's keys and fields NUL-separated.
std::vector<std::string> EvaluateWithNode(const std::string& script, std::string& output) {
  TemporaryDirectory dir;
  const fs::path file = dir.path() / "search-index.js";
  std::string error;
  EXPECT_TRUE(WriteFileAtomically(file, script, error)) << error;
  const std::string program = R"JS(
    const fs = require('fs'), vm = require('vm');
    const src = fs.readFileSync(process.argv[1], 'utf8');
    const prefix = 'window.teipressSearchIndex = ';
    if (!src.startsWith(prefix) || !src.endsWith(';\n')) throw new Error('bad frame');
    const json = JSON.parse(src.slice(prefix.length, src.length - 2));
    const sandbox = {window: {}};
    vm.runInNewContext(src, sandbox);
    const index = sandbox.window.teipressSearchIndex;
    if (!Array.isArray(index) || !Array.isArray(json)) throw new Error('not an array');
    if (JSON.stringify(index) !== JSON.stringify(json)) throw new Error('script and JSON differ');
    let out = '';
    for (const r of index) {
      out += Object.keys(r).join(',') + '\0';
      for (const k of ['id', 'title', 'date', 'href', 'text', 'names']) out += r[k] + '\0';
    }
    process.stdout.write(out);
  )JS";
  const ProcessResult result = RunProcess({FindOnPath("node"), "-e", program, file.string()});
  output = result.output;
  std::vector<std::string> fields;
  if (!result.started || result.exit_code != 0) return fields;
  size_t start = 0;
  for (size_t end; (end = output.find('\0', start)) != std::string::npos; start = end + 1) {
    fields.push_back(output.substr(start, end - start));
  }
  return fields;
}

const std::vector<SearchRecord> kRecords = {
    {"113009", "Telegram \"FILIPPOV\" [Stalin] to Mao", "1950-01-02", "113009.html",
     "  Line one\n\n  line\ttwo \r\n </script><script>alert(1)</script> back\\slash <!-- x --> ", "Kaesong, Kaeseong; Mao Zedong, Mao"},
    {"x-2", "Separators \xE2\x80\xA8 and \xE2\x80\xA9", "", "x-2.html",
     "a\xE2\x80\xA8" "b \xD0\x94\xD0\xB0 control\x01 tab\tend", ""},
};

TEST(SearchIndexTest, ScriptDefinesTheRecords) {
  if (FindOnPath("node").empty()) GTEST_SKIP() << "node is not installed";
  const std::string script = WriteSearchIndexScript(kRecords);
  std::string output;
  const std::vector<std::string> fields = EvaluateWithNode(script, output);
  const std::vector<std::string> expected = {
      "id,title,date,href,text,names",
      "113009",
      "Telegram \"FILIPPOV\" [Stalin] to Mao",
      "1950-01-02",
      "113009.html",
      // Runs of spaces, tabs and line ends become one space; none at either end.
      "Line one line two </script><script>alert(1)</script> back\\slash <!-- x -->",
      "Kaesong, Kaeseong; Mao Zedong, Mao",
      "id,title,date,href,text,names",
      "x-2",
      "Separators \xE2\x80\xA8 and \xE2\x80\xA9",
      "",
      "x-2.html",
      "a\xE2\x80\xA8" "b \xD0\x94\xD0\xB0 control\x01 tab end",
      "",
  };
  EXPECT_EQ(fields, expected) << "node said: " << output << "\nscript:\n" << script;
}

TEST(SearchIndexTest, EmptyIndexIsAnEmptyArray) {
  if (FindOnPath("node").empty()) GTEST_SKIP() << "node is not installed";
  std::string output;
  const std::vector<std::string> fields = EvaluateWithNode(WriteSearchIndexScript({}), output);
  EXPECT_TRUE(fields.empty());
  EXPECT_EQ(output, "");  // node ran without complaint and printed no records
}

TEST(SearchIndexTest, ScriptTextIsSafeInsideAScriptElement) {
  const std::string script = WriteSearchIndexScript(kRecords);
  ASSERT_EQ(script.rfind(kPrefix, 0), 0u) << script;
  ASSERT_GE(script.size(), 2u);
  EXPECT_EQ(script.substr(script.size() - 2), ";\n");
  // No "<" at all in the data, so no "</script>" nor "<!--" can end or confuse the element.
  EXPECT_EQ(script.find('<'), std::string::npos) << script;
  EXPECT_NE(script.find("\\u003c/script>"), std::string::npos) << script;
  // U+2028 and U+2029 end a line in older JavaScript: they are written as escapes.
  EXPECT_EQ(script.find("\xE2\x80\xA8"), std::string::npos) << script;
  EXPECT_EQ(script.find("\xE2\x80\xA9"), std::string::npos) << script;
  EXPECT_NE(script.find("\\u2028"), std::string::npos) << script;
  EXPECT_NE(script.find("\\u2029"), std::string::npos) << script;
  // Control characters are escaped, and no raw line break is inside a string.
  EXPECT_EQ(script.find('\x01'), std::string::npos);
  EXPECT_NE(script.find("\\u0001"), std::string::npos) << script;
  EXPECT_EQ(script.find('\t'), std::string::npos);
}

TEST(SearchIndexTest, NamesAreTheAuthorityFormsOfTheLinkedEntriesEachOnce) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><placeName ref='#zabaikalsk'>Otpor</placeName></teiHeader>"
      "<text><body><p>talks in <placeName ref='#kaesong'>Kaeseong</placeName>, again in "
      "<placeName ref='#kaesong'>Kaesŏng</placeName>; <persName ref='#nobody-known'>X</persName></p></body></text></TEI>",
      "names.xml", diagnostics);
  ASSERT_TRUE(document);
  Authority authority;
  authority.Add(testing::Entry("kaesong", NameKind::kPlace, "Kaesong", {"Kaeseong", "Gaeseong"}));
  authority.Add(testing::Entry("zabaikalsk", NameKind::kPlace, "Zabaikalsk", {"Otpor"}));
  // The header's names are not the document's text; an id the authority lacks adds nothing.
  EXPECT_EQ(LinkedAuthorityNames(document.get(), authority), "Kaesong, Kaeseong, Gaeseong");
}

TEST(SearchIndexTest, OutputIsDeterministic) {
  EXPECT_EQ(WriteSearchIndexScript(kRecords), WriteSearchIndexScript(kRecords));
}

}  // namespace
}  // namespace teipress
