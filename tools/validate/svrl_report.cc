#include "svrl_report.h"

#include "schematron_compiler.h"
#include "xml_writer.h"

namespace teipress {
namespace {

std::string WithoutXmlDeclaration(const std::string& document) {
  if (document.rfind("<?xml", 0) != 0) return document;
  const size_t end = document.find("?>");
  if (end == std::string::npos) return document;
  size_t start = end + 2;
  while (start < document.size() && (document[start] == '\n' || document[start] == '\r')) ++start;
  return document.substr(start);
}

}  // namespace

std::string FormatSvrl(const std::vector<SvrlReport>& reports) {
  if (reports.size() == 1 && !reports[0].svrl.empty()) return reports[0].svrl;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports xmlns=\"" + std::string(kSvrlExtensionNamespace) + "\">\n";
  for (const SvrlReport& report : reports) {
    std::string file;
    XmlWriter::Escape(report.file, file, true);
    out += "<report file=\"" + file + "\">\n" + WithoutXmlDeclaration(report.svrl) + "</report>\n";
  }
  return out + "</reports>\n";
}

}  // namespace teipress
