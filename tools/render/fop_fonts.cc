#include "fop_fonts.h"

#include <unistd.h>

#include <boost/filesystem/operations.hpp>
#include <boost/filesystem/path.hpp>

#include "diagnostic_catalog.h"
#include "xml_ptr.h"
#include "xml_reader.h"

namespace teipress {
namespace {

// The local path a font URL names, or '' for a URL FOP fetches from elsewhere (http:, jar:, ...).
std::string LocalPath(const std::string& url, const boost::filesystem::path& config_directory) {
  std::string path = url;
  if (path.rfind("file://", 0) == 0) {
    path = path.substr(7);
  } else if (path.rfind("file:", 0) == 0) {
    path = path.substr(5);
  } else if (path.find("://") != std::string::npos) {
    return "";  // another scheme
  }
  if (path.empty()) return "";
  const boost::filesystem::path file(path);
  return file.is_absolute() ? file.string() : (config_directory / file).string();
}

bool IsReadableFile(const std::string& path) {
  boost::system::error_code ec;
  return boost::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), R_OK) == 0;
}

}  // namespace

int CheckFopFontFiles(const std::string& config_path, std::vector<Diagnostic>& diagnostics) {
  if (config_path.empty()) return 0;
  std::vector<Diagnostic> unread;  // FOP reports an unreadable configuration itself
  const XmlDocPtr config = ReadXmlFile(config_path, unread);
  if (!config) return 0;
  const boost::filesystem::path directory = boost::filesystem::path(config_path).parent_path();
  const XPathContextPtr context(xmlXPathNewContext(config.get()));
  if (!context) return 0;
  const XPathObjectPtr fonts(xmlXPathEvalExpression(AsXmlChars("//font/@embed-url | //font/@metrics-url"),
                                                    context.get()));
  if (!fonts || !fonts->nodesetval) return 0;
  int missing = 0;
  for (int i = 0; i < fonts->nodesetval->nodeNr; ++i) {
    const xmlNode* attribute = fonts->nodesetval->nodeTab[i];
    const std::string url = TakeString(XmlCharsPtr(xmlNodeGetContent(attribute)));
    const std::string path = LocalPath(url, directory);
    if (path.empty() || IsReadableFile(path)) continue;
    ++missing;
    const std::string name = boost::filesystem::path(path).filename().string();
    diagnostics.push_back(
        {config_path, static_cast<int>(xmlGetLineNo(attribute->parent)), 0, Severity::kWarning,
         "the font file " + path + " is missing, so FOP cannot print a document that needs this font: install "
             "the Debian package that has it (the comment at the top of the configuration lists them; "
             "'apt-file search " + name + "' finds it), or remove its <font> element",
         rules::kFopFontMissing});
  }
  return missing;
}

}  // namespace teipress
