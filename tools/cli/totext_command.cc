// teipress totext: TEI -> the plain text it was converted from.
#include <iostream>

#include "commands.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {

int RunToText(const CommandLine& line) {
  std::vector<Diagnostic> diagnostics;
  const std::string& file = line.operands().front();
  XmlDocPtr document = ReadXmlFile(file, diagnostics);
  if (document && !CheckTeiRoot(document.get(), file, diagnostics)) document.reset();
  PrintDiagnostics(diagnostics);
  if (!document) return ExitStatus(diagnostics, kExitInputProblems);
  std::cout << TeiToText(document.get());
  return kExitOk;
}

}  // namespace teipress
