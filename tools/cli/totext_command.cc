// teipress totext: TEI -> the plain text it was converted from.
#include <iostream>

#include "commands.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {

int RunToText(const CommandLine& line) {
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(line.operands().front(), diagnostics);
  PrintDiagnostics(diagnostics);
  if (!document) return kExitInputProblems;
  std::cout << TeiToText(document.get());
  return kExitOk;
}

}  // namespace teipress
