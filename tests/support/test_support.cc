#include "test_support.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <boost/filesystem/operations.hpp>

#include "process.h"

namespace teipress::testing {

namespace fs = boost::filesystem;

bool RequireAll() {
  const char* value = std::getenv("TEIPRESS_REQUIRE_ALL");
  return value && std::string(value) == "1";
}

const Authority& EditionAuthority() {
  static const Authority authority = [] {
    std::vector<Diagnostic> ignored;
    return Authority::Load(fs::path(SourceDir()) / "tei" / "authority", ignored);
  }();
  return authority;
}

std::vector<fs::path> ShippedSources() {
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(fs::path(SourceDir()) / "sources"), end; it != end; ++it) {
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path.string(), std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

namespace {
XPathObjectPtr Evaluate(xmlDocPtr document, const std::string& expression) {
  XPathContextPtr context(xmlXPathNewContext(document));
  xmlXPathRegisterNs(context.get(), AsXmlChars("tei"), AsXmlChars("http://www.tei-c.org/ns/1.0"));
  return XPathObjectPtr(xmlXPathEvalExpression(AsXmlChars(expression.c_str()), context.get()));
}
}  // namespace

std::string XPathString(xmlDocPtr document, const std::string& expression) {
  XPathObjectPtr result = Evaluate(document, "string(" + expression + ")");
  return result && result->stringval ? AsChars(result->stringval) : "";
}

int XPathCount(xmlDocPtr document, const std::string& expression) {
  XPathObjectPtr result = Evaluate(document, "count(" + expression + ")");
  return result ? static_cast<int>(result->floatval) : -1;
}

std::string SerializeNode(xmlNodePtr node) {
  std::unique_ptr<xmlBuffer, CFree<xmlBuffer, xmlBufferFree>> buffer(xmlBufferCreate());
  xmlNodeDump(buffer.get(), node->doc, node, 0, 0);
  return AsChars(xmlBufferContent(buffer.get()));
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::istringstream in(text);
  std::string token;
  while (in >> token) tokens.push_back(token);
  return tokens;
}

TemporaryDirectory::TemporaryDirectory() {
  path_ = fs::temp_directory_path() / fs::unique_path("teipress-test-%%%%-%%%%-%%%%");
  fs::create_directories(path_);
}

TemporaryDirectory::~TemporaryDirectory() {
  boost::system::error_code ec;
  fs::remove_all(path_, ec);
}

CommandResult RunTeipress(const std::vector<std::string>& arguments, const std::string& directory) {
  std::vector<std::string> command = {"/usr/bin/env", "-C", directory.empty() ? "." : directory,
                                      "TEIPRESS_DATA_DIR=" + SourceDir(), TeipressBinary()};
  command.insert(command.end(), arguments.begin(), arguments.end());
  ProcessResult result = RunProcess(command);
  return {result.exit_code, result.output};
}

}  // namespace teipress::testing
