// ReadXmlFile / ReadXmlMemory with hostile input: nothing outside the document gets in, nothing
// explodes, and every failure is a positioned diagnostic.
#include "xml_reader.h"

#include <gtest/gtest.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

void Put(const fs::path& path, const std::string& contents) {
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(path, contents, error)) << error;
}

// Everything the document makes visible: text through entity references included.
std::string AllContent(xmlDocPtr document) {
  if (!document) return "";
  std::string text = TakeString(XmlCharsPtr(xmlNodeGetContent(xmlDocGetRootElement(document))));
  xmlChar* dumped = nullptr;
  int size = 0;
  xmlDocDumpMemory(document, &dumped, &size);
  XmlCharsPtr owned(dumped);
  return text + "\n" + TakeString(std::move(owned));
}

bool HasRule(const std::vector<Diagnostic>& diagnostics, const std::string& rule, Severity severity) {
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == rule && d.severity == severity) return true;
  }
  return false;
}

std::string Dump(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

// Runs `check` in a child process bounded in time; the child reports through its exit status
// (0 = good). A hang or crash is a failure, and the test process survives it.
void ExpectBoundedInChild(const std::function<int()>& check, int seconds, const std::string& label) {
  std::cout.flush();
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) ::_exit(check());
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (::waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      ADD_FAILURE() << label << ": did not finish within " << seconds << " s";
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_TRUE(WIFEXITED(status)) << label << ": crashed with signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0) << label << ": child reported failure code " << WEXITSTATUS(status);
}

long MaxRssKilobytes() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// ---------------------------------------------------------------------------------------------
// Entities and DTDs

TEST(XmlReaderTest, ExternalEntityIsNotExpanded) {
  const std::string xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(xml, "xxe.xml", diagnostics);
  EXPECT_EQ(AllContent(document.get()).find("root:"), std::string::npos) << AllContent(document.get());
}

TEST(XmlReaderTest, ExternalEntityFromFileIsNotExpanded) {
  TemporaryDirectory dir;
  Put(dir.path() / "secret.txt", "LOCAL-SECRET");
  Put(dir.path() / "a.xml",
      "<!DOCTYPE x [<!ENTITY e SYSTEM \"secret.txt\"><!ENTITY p SYSTEM \"/etc/passwd\">]><x>&e;&p;</x>");
  for (bool xinclude : {false, true}) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlFile((dir.path() / "a.xml").string(), diagnostics, {xinclude, ""});
    const std::string content = AllContent(document.get());
    EXPECT_EQ(content.find("LOCAL-SECRET"), std::string::npos) << content;
    EXPECT_EQ(content.find("root:"), std::string::npos) << content;
  }
}

TEST(XmlReaderTest, ExternalParameterEntityIsNotLoaded) {
  TemporaryDirectory dir;
  Put(dir.path() / "evil.ent", "<!ENTITY leak \"LEAKED-THROUGH-PE\">");
  Put(dir.path() / "a.xml", "<!DOCTYPE x [<!ENTITY % p SYSTEM \"evil.ent\"> %p;]><x>&leak;</x>");
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile((dir.path() / "a.xml").string(), diagnostics);
  EXPECT_EQ(AllContent(document.get()).find("LEAKED"), std::string::npos) << AllContent(document.get());
}

TEST(XmlReaderTest, ExternalDtdIsNotLoadedAndWarns) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(
      "<!DOCTYPE TEI SYSTEM \"http://example.org/x.dtd\">\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>",
      "dtd.xml", diagnostics);
  ASSERT_TRUE(document) << Dump(diagnostics);
  EXPECT_TRUE(HasRule(diagnostics, "xml.external-dtd", Severity::kWarning)) << Dump(diagnostics);
  EXPECT_FALSE(HasErrors(diagnostics)) << Dump(diagnostics);
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == "xml.external-dtd") {
      EXPECT_EQ(d.file, "dtd.xml");
    }
  }
}

TEST(XmlReaderTest, LocalExternalDtdIsNotLoaded) {
  // If the DTD were read, its attribute default and entity would show up in the document.
  TemporaryDirectory dir;
  Put(dir.path() / "local.dtd", "<!ATTLIST x injected CDATA \"FROM-DTD\"><!ENTITY e \"FROM-DTD-ENTITY\">");
  Put(dir.path() / "a.xml", "<!DOCTYPE x SYSTEM \"local.dtd\">\n<x/>\n");
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile((dir.path() / "a.xml").string(), diagnostics);
  ASSERT_TRUE(document) << Dump(diagnostics);
  EXPECT_EQ(AllContent(document.get()).find("FROM-DTD"), std::string::npos) << AllContent(document.get());
  EXPECT_TRUE(HasRule(diagnostics, "xml.external-dtd", Severity::kWarning)) << Dump(diagnostics);
}

// A listener on a free local port: if libxml2 fetched anything over the network, it would connect.
TEST(XmlReaderTest, NothingIsFetchedOverTheNetwork) {
  const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  ASSERT_GE(listener, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(listener, 8), 0);
  socklen_t length = sizeof address;
  ASSERT_EQ(::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
  const std::string url = "http://127.0.0.1:" + std::to_string(ntohs(address.sin_port));
  const std::string xml = "<!DOCTYPE x SYSTEM \"" + url + "/x.dtd\" [<!ENTITY e SYSTEM \"" + url +
                          "/e.xml\"> <!ENTITY % p SYSTEM \"" + url + "/p.ent\"> %p;]>\n<x>&e;</x>";
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory(xml, "net.xml", diagnostics);
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const int connection = ::accept(listener, nullptr, nullptr);
  EXPECT_LT(connection, 0) << "libxml2 connected to " << url;
  if (connection >= 0) ::close(connection);
  ::close(listener);
  // Refused, and said why: the external parts would be missing from the document.
  EXPECT_FALSE(document);
  EXPECT_TRUE(HasRule(diagnostics, "xml.external-entity", Severity::kError)) << Dump(diagnostics);
  for (const Diagnostic& d : diagnostics) EXPECT_GT(d.line, 0) << Dump(diagnostics);
}

TEST(XmlReaderTest, DocumentWithoutDoctypeHasNoWarnings) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlMemory("<?xml version=\"1.0\"?>\n<TEI><p>x</p></TEI>\n", "plain.xml", diagnostics);
  ASSERT_TRUE(document);
  EXPECT_TRUE(diagnostics.empty()) << Dump(diagnostics);
}

std::string BillionLaughs() {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i <= 9; ++i) {
    const std::string previous = i == 1 ? "lol" : "lol" + std::to_string(i - 1);
    xml += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) xml += "&" + previous + ";";
    xml += "\">\n";
  }
  return xml + "]>\n<lolz>&lol9;</lolz>\n";
}

TEST(XmlReaderTest, BillionLaughsFailsCleanlyOrStaysUnexpanded) {
  ExpectBoundedInChild(
      [] {
        const long before = MaxRssKilobytes();
        std::vector<Diagnostic> diagnostics;
        XmlDocPtr document = ReadXmlMemory(BillionLaughs(), "bomb.xml", diagnostics);
        const long grown = MaxRssKilobytes() - before;
        if (grown > 256 * 1024) return 2;  // more than 256 MB for a 1 KB document
        if (!document) return HasErrors(diagnostics) ? 0 : 3;  // failed, and said why
        xmlChar* dumped = nullptr;
        int size = 0;
        xmlDocDumpMemory(document.get(), &dumped, &size);
        xmlFree(dumped);
        return size < 100000 ? 0 : 4;  // the serialized tree still holds the references
      },
      60, "billion laughs");
}

TEST(XmlReaderTest, DeepNestingFailsCleanly) {
  ExpectBoundedInChild(
      [] {
        constexpr int kDepth = 100000;
        std::string xml;
        xml.reserve(kDepth * 8);
        for (int i = 0; i < kDepth; ++i) xml += "<a>";
        for (int i = 0; i < kDepth; ++i) xml += "</a>";
        std::vector<Diagnostic> diagnostics;
        XmlDocPtr document = ReadXmlMemory(xml, "deep.xml", diagnostics);
        if (document) return 1;
        if (!HasErrors(diagnostics)) return 2;
        for (const Diagnostic& d : diagnostics) {
          if (d.severity == Severity::kError && (d.file != "deep.xml" || d.line != 1 || d.column <= 0)) return 3;
        }
        return 0;
      },
      60, "deep nesting");
}

// libxml2 limits nesting to 256 levels unless XML_PARSE_HUGE is set; teipress never sets it, so
// 300 levels already fail, with the position of the element that went too deep.
TEST(XmlReaderTest, NestingLimitIsLibxml2sDefaultNotTheHugeOne) {
  std::string xml;
  for (int i = 0; i < 300; ++i) xml += "<a>\n";
  for (int i = 0; i < 300; ++i) xml += "</a>";
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(ReadXmlMemory(xml, "deep.xml", diagnostics));
  ASSERT_TRUE(HasErrors(diagnostics));
  EXPECT_EQ(diagnostics.front().file, "deep.xml");
  EXPECT_GT(diagnostics.front().line, 256) << Dump(diagnostics);
  EXPECT_LE(diagnostics.front().line, 258) << Dump(diagnostics);
  EXPECT_NE(diagnostics.front().message.find("256"), std::string::npos) << Dump(diagnostics);
}

// One large entity used many times (the "quadratic blowup"): references stay references.
TEST(XmlReaderTest, QuadraticBlowupStaysBounded) {
  ExpectBoundedInChild(
      [] {
        std::string xml = "<!DOCTYPE x [<!ENTITY big \"" + std::string(50000, 'a') + "\">]><x>";
        for (int i = 0; i < 20000; ++i) xml += "&big;";
        xml += "</x>";
        const long before = MaxRssKilobytes();
        std::vector<Diagnostic> diagnostics;
        XmlDocPtr document = ReadXmlMemory(xml, "quadratic.xml", diagnostics);
        if (MaxRssKilobytes() - before > 256 * 1024) return 2;  // 1 GB if expanded
        return document || HasErrors(diagnostics) ? 0 : 3;
      },
      60, "quadratic blowup");
}

// ---------------------------------------------------------------------------------------------
// Well-formedness errors: line and column (in characters) of the offending character

struct PositionCase {
  const char* label;
  std::string xml;
  int line;
  int column;
};

void PrintTo(const PositionCase& c, std::ostream* os) { *os << c.label; }

class XmlReaderPositionTest : public ::testing::TestWithParam<PositionCase> {};

TEST_P(XmlReaderPositionTest, ReportsLineAndColumn) {
  const PositionCase& c = GetParam();
  TemporaryDirectory dir;
  const std::string path = (dir.path() / "broken.xml").string();
  Put(path, c.xml);
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(path, diagnostics);
  EXPECT_FALSE(document) << c.label;
  ASSERT_FALSE(diagnostics.empty()) << c.label;
  const Diagnostic& first = diagnostics.front();
  EXPECT_EQ(first.file, path) << c.label;
  EXPECT_EQ(first.severity, Severity::kError) << c.label;
  EXPECT_EQ(first.rule, "xml.well-formed") << c.label;
  EXPECT_EQ(first.line, c.line) << c.label << "\n" << Dump(diagnostics);
  EXPECT_EQ(first.column, c.column) << c.label << "\n" << Dump(diagnostics);

  // The same text from memory gives the same position under the given name.
  std::vector<Diagnostic> from_memory;
  EXPECT_FALSE(ReadXmlMemory(c.xml, "mem.xml", from_memory));
  ASSERT_FALSE(from_memory.empty());
  EXPECT_EQ(from_memory.front().file, "mem.xml");
  EXPECT_EQ(from_memory.front().line, c.line) << c.label;
  EXPECT_EQ(from_memory.front().column, c.column) << c.label;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, XmlReaderPositionTest,
    ::testing::Values(
        // U+0001 is not an XML character: "  <b>" is five characters, so it is column 6.
        PositionCase{"control character", "<a>\n  <b>\x01</b>\n</a>\n", 2, 6},
        // Columns count characters, not bytes: three two-byte letters, then the bad one.
        PositionCase{"after two-byte letters", "<a>\n\xC3\xA9\xC3\xA9\xC3\xA9\x01</a>\n", 2, 4},
        PositionCase{"after a four-byte letter", "<a>\xF0\x9F\x98\x80\x01</a>", 1, 5},
        PositionCase{"CRLF line ends", "<a>\r\n\r\n  <b>\x01</b></a>", 3, 6},
        // The unquoted attribute value starts at column 11 of "  <b attr=x/>".
        PositionCase{"unquoted attribute", "<a>\n  <b attr=x/>\n</a>", 2, 11},
        PositionCase{"second root element", "<a>\n</a>\n<b/>", 3, 1}),
    [](const ::testing::TestParamInfo<PositionCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(XmlReaderTest, MismatchedTagIsReportedOnItsLine) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(ReadXmlMemory("<a>\n<b>\n</c>\n</a>\n", "m.xml", diagnostics));
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_EQ(diagnostics.front().line, 3) << Dump(diagnostics);
  EXPECT_GT(diagnostics.front().column, 0);
}

TEST(XmlReaderTest, MissingFileIsAnError) {
  TemporaryDirectory dir;
  const std::string path = (dir.path() / "missing.xml").string();
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(ReadXmlFile(path, diagnostics));
  ASSERT_FALSE(diagnostics.empty());
  EXPECT_TRUE(HasErrors(diagnostics));
  EXPECT_EQ(diagnostics.front().file, path) << Dump(diagnostics);
}

// ---------------------------------------------------------------------------------------------
// XInclude, confined to the including document's directory tree

class XIncludeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = dir_.path() / "doc";
    Put(root_ / "sibling.xml", "<part>SIBLING-CONTENT</part>");
    Put(root_ / "sub" / "inner.xml", "<part>INNER-CONTENT</part>");
    Put(dir_.path() / "outside.xml", "<part>OUTSIDE-SECRET</part>");
    // A directory whose name merely starts with the document directory's name.
    Put(dir_.path() / "doc-evil" / "x.xml", "<part>OUTSIDE-SECRET</part>");
    // An included file that itself reaches outside.
    Put(root_ / "nested.xml",
        "<part xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"../outside.xml\"/></part>");
  }

  // Parses main.xml whose root holds `body`, with XInclude processing on.
  XmlDocPtr ReadWith(const std::string& body, std::vector<Diagnostic>& diagnostics, bool xinclude = true) {
    const fs::path main = root_ / "main.xml";
    Put(main, "<?xml version=\"1.0\"?>\n<TEI xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n" + body + "\n</TEI>\n");
    return ReadXmlFile(main.string(), diagnostics, {xinclude, ""});
  }

  TemporaryDirectory dir_;
  fs::path root_;
};

TEST_F(XIncludeTest, SiblingAndSubdirectoryFilesAreIncluded) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document =
      ReadWith("<xi:include href=\"sibling.xml\"/><xi:include href=\"sub/inner.xml\"/>", diagnostics);
  ASSERT_TRUE(document) << Dump(diagnostics);
  EXPECT_FALSE(HasErrors(diagnostics)) << Dump(diagnostics);
  const std::string content = AllContent(document.get());
  EXPECT_NE(content.find("SIBLING-CONTENT"), std::string::npos) << content;
  EXPECT_NE(content.find("INNER-CONTENT"), std::string::npos) << content;
  EXPECT_EQ(content.find("xi:include"), std::string::npos) << "includes are replaced: " << content;
}

TEST_F(XIncludeTest, WithoutTheOptionIncludesAreLeftAlone) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadWith("<xi:include href=\"/etc/passwd\" parse=\"text\"/>", diagnostics, false);
  ASSERT_TRUE(document) << Dump(diagnostics);
  const std::string content = AllContent(document.get());
  EXPECT_EQ(content.find("root:"), std::string::npos);
  EXPECT_NE(content.find("xi:include"), std::string::npos) << content;
}

TEST_F(XIncludeTest, WithoutTheOptionADocumentUsingItIsToldToUseIt) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadWith("<p>text</p><div><xi:include href=\"sibling.xml\"/></div>", diagnostics, false);
  ASSERT_TRUE(document) << Dump(diagnostics);
  ASSERT_EQ(diagnostics.size(), 1u) << Dump(diagnostics);
  EXPECT_EQ(diagnostics[0].rule, "xml.xinclude-not-processed");
  EXPECT_EQ(diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics[0].line, 3);
  EXPECT_NE(diagnostics[0].message.find("only with --xinclude (and --xinclude-root DIR"), std::string::npos);
  diagnostics.clear();
  EXPECT_TRUE(ReadWith("<p>no include</p>", diagnostics, false));
  EXPECT_TRUE(diagnostics.empty()) << Dump(diagnostics);
}

TEST_F(XIncludeTest, AConfiguredRootAboveTheDocumentLetsItReachSharedListsButNoFurther) {
  // A project keeping shared lists beside its documents' folder (ISicily's ../alists/).
  const fs::path project = dir_.path() / "project";
  Put(project / "alists" / "shared.xml", "<part>SHARED-LIST</part>");
  Put(project / "inscriptions" / "one.xml",
      "<TEI xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"../alists/shared.xml\"/></TEI>");
  Put(project / "inscriptions" / "two.xml",
      "<TEI xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"../../outside.xml\"/></TEI>");
  std::vector<Diagnostic> diagnostics;
  const std::string one = (project / "inscriptions" / "one.xml").string();
  EXPECT_FALSE(ReadXmlFile(one, diagnostics, {true, ""}));  // confined to inscriptions/ by default
  EXPECT_TRUE(HasRule(diagnostics, "xml.xinclude-outside", Severity::kError)) << Dump(diagnostics);
  diagnostics.clear();
  XmlDocPtr document = ReadXmlFile(one, diagnostics, {true, project.string()});
  ASSERT_TRUE(document) << Dump(diagnostics);
  EXPECT_NE(AllContent(document.get()).find("SHARED-LIST"), std::string::npos);
  // The root still confines: outside it nothing is read.
  diagnostics.clear();
  XmlDocPtr two = ReadXmlFile((project / "inscriptions" / "two.xml").string(), diagnostics, {true, project.string()});
  EXPECT_FALSE(two);
  EXPECT_TRUE(HasRule(diagnostics, "xml.xinclude-outside", Severity::kError)) << Dump(diagnostics);
  // A root that does not hold the document is refused.
  diagnostics.clear();
  EXPECT_FALSE(ReadXmlFile(one, diagnostics, {true, (project / "alists").string()}));
  EXPECT_TRUE(HasRule(diagnostics, "xml.xinclude-outside", Severity::kError)) << Dump(diagnostics);
  EXPECT_NE(Dump(diagnostics).find("is not inside the XInclude root"), std::string::npos) << Dump(diagnostics);
}

struct OutsideCase {
  const char* label;
  std::string body;
};

void PrintTo(const OutsideCase& c, std::ostream* os) { *os << c.label; }

class XIncludeOutsideTest : public XIncludeTest, public ::testing::WithParamInterface<OutsideCase> {};

TEST_P(XIncludeOutsideTest, IsRefused) {
  const OutsideCase& c = GetParam();
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadWith(c.body, diagnostics);
  const std::string content = AllContent(document.get());
  // The security property first: nothing from outside made it into the document...
  EXPECT_EQ(content.find("OUTSIDE-SECRET"), std::string::npos) << c.label << "\n" << content;
  EXPECT_EQ(content.find("root:"), std::string::npos) << c.label << "\n" << content;
  // ...and the refusal is reported as such.
  EXPECT_FALSE(document) << c.label;
  EXPECT_TRUE(HasRule(diagnostics, "xml.xinclude-outside", Severity::kError)) << c.label << "\n" << Dump(diagnostics);
  for (const Diagnostic& d : diagnostics) {
    if (d.rule == "xml.xinclude-outside") {
      EXPECT_EQ(d.file, (root_ / "main.xml").string());
      EXPECT_EQ(d.line, 3) << c.label;  // the xi:include element's line
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, XIncludeOutsideTest,
    ::testing::Values(
        OutsideCase{"parent directory", "<xi:include href=\"../outside.xml\"/>"},
        OutsideCase{"down and back up", "<xi:include href=\"sub/../../outside.xml\"/>"},
        OutsideCase{"absolute path", "<xi:include href=\"/etc/passwd\" parse=\"text\"/>"},
        OutsideCase{"file URL", "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>"},
        OutsideCase{"http URL", "<xi:include href=\"http://example.org/x.xml\"/>"},
        OutsideCase{"sibling directory sharing the name prefix", "<xi:include href=\"../doc-evil/x.xml\"/>"},
        OutsideCase{"xml:base pointing outside", "<div xml:base=\"../\"><xi:include href=\"outside.xml\"/></div>"},
        OutsideCase{"inside a fallback",
                    "<xi:include href=\"missing.xml\"><xi:fallback><xi:include href=\"../outside.xml\"/>"
                    "</xi:fallback></xi:include>"},
        OutsideCase{"2003 XInclude namespace",
                    "<xi3:include xmlns:xi3=\"http://www.w3.org/2003/XInclude\" href=\"../outside.xml\"/>"}),
    [](const ::testing::TestParamInfo<OutsideCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST_F(XIncludeTest, IncludedFileCannotReachOutsideEither) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadWith("<xi:include href=\"nested.xml\"/>", diagnostics);
  const std::string content = AllContent(document.get());
  EXPECT_EQ(content.find("OUTSIDE-SECRET"), std::string::npos) << content;
  EXPECT_FALSE(document);
  EXPECT_TRUE(HasErrors(diagnostics)) << Dump(diagnostics);
}

TEST_F(XIncludeTest, SymlinkLeadingOutsideIsRefused) {
  fs::create_symlink(dir_.path() / "outside.xml", root_ / "link.xml");
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadWith("<xi:include href=\"link.xml\"/>", diagnostics);
  EXPECT_EQ(AllContent(document.get()).find("OUTSIDE-SECRET"), std::string::npos);
  EXPECT_FALSE(document);
  EXPECT_TRUE(HasRule(diagnostics, "xml.xinclude-outside", Severity::kError)) << Dump(diagnostics);
}

// libxml2's allocator, made to fail while a test asks it to.
xmlMallocFunc real_malloc = nullptr;
bool allocations_fail = false;
void* MaybeFailingMalloc(size_t size) { return allocations_fail ? nullptr : real_malloc(size); }

TEST(XmlReaderOutOfMemory, IsAnErrorNotACrash) {
  InitializeXmlLibraries();
  TemporaryDirectory dir;
  const fs::path path = dir.path() / "a.xml";
  Put(path, "<a/>");
  xmlFreeFunc free_function;
  xmlReallocFunc realloc_function;
  xmlStrdupFunc strdup_function;
  ASSERT_EQ(xmlMemGet(&free_function, &real_malloc, &realloc_function, &strdup_function), 0);
  ASSERT_EQ(xmlMemSetup(free_function, MaybeFailingMalloc, realloc_function, strdup_function), 0);
  std::vector<Diagnostic> diagnostics;
  allocations_fail = true;
  XmlDocPtr document = ReadXmlFile(path.string(), diagnostics);
  allocations_fail = false;
  xmlMemSetup(free_function, real_malloc, realloc_function, strdup_function);
  EXPECT_FALSE(document);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(FormatGnu(diagnostics[0]), path.string() + ": error: out of memory creating an XML parser [xml.internal]");
}

}  // namespace
}  // namespace teipress

namespace teipress {
namespace {

TEST(LocalFileInside, OnlyLocalFilesInsideTheTreeAreNamed) {
  testing::TemporaryDirectory dir;
  const fs::path root = fs::weakly_canonical(dir.path() / "root");
  fs::create_directories(root / "sub");
  fs::create_directories(dir.path() / "root-evil");
  Put(dir.path() / "outside.xml", "<x/>");
  fs::create_symlink(dir.path() / "outside.xml", root / "link.xml");
  const struct {
    std::string url;
    std::string expected;  // "" when refused
  } cases[] = {
      {(root / "a.xml").string(), (root / "a.xml").string()},
      {(root / "sub" / ".." / "b.xml").string(), (root / "b.xml").string()},
      {"file://" + (root / "sub" / "c.xml").string(), (root / "sub" / "c.xml").string()},
      {(root / ".." / "outside.xml").string(), ""},
      {(dir.path() / "root-evil" / "x.xml").string(), ""},
      {(root / "link.xml").string(), ""},
      {"http://example.org/a.xml", ""},
      {"/etc/passwd", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(LocalFileInside(c.url, root.string()), c.expected) << c.url;
}

}  // namespace
}  // namespace teipress
