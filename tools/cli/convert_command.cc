// teipress convert: plain-text archive exports -> TEI P5.
#include <iostream>
#include <map>

#include <boost/filesystem/path.hpp>

#include "authority.h"
#include "commands.h"
#include "edition_settings.h"
#include "converter.h"
#include "diagnostic_catalog.h"
#include "file_io.h"
#include "tei_output.h"

namespace teipress {

namespace fs = boost::filesystem;

int RunConvert(const CommandLine& line) {
  std::vector<Diagnostic> diagnostics;
  const std::optional<EditionConfig> config = LoadCommandConfig(line, diagnostics);
  if (!config) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  const std::string output = line.Given("--output") || line.Value("--output") == "-"
                                 ? line.Value("--output")
                                 : config->Path("tei", line.Value("--output"));
  // As build: the configuration's authority folder, else the one in its TEI folder.
  std::string authority_dir = SettingPath(line, "--authority", *config, "authority");
  if (!line.Given("--authority") && !config->Has("authority") && config->Has("tei")) {
    authority_dir = config->Path("tei") + "/authority";
  }
  const Authority authority = Authority::Load(authority_dir, diagnostics);
  const Publication publication{config->Text("publisher"), config->Text("licence")};
  bool input_problems = false, io_problems = false;
  std::map<std::string, std::string> written_by;  // record id -> the source written to it in this run
  for (const std::string& file : line.operands()) {
    std::string bytes, error;
    if (!ReadFile(file, bytes, error)) {
      diagnostics.push_back({file, 0, 0, Severity::kError, error, rules::kIoRead});
      io_problems = true;
      continue;
    }
    const ConversionResult result = Convert(bytes, file, authority, diagnostics, publication);
    if (!result.ok) {
      input_problems = true;
      continue;
    }
    if (output == "-") {
      std::cout << result.tei;
      continue;
    }
    const std::string path = (fs::path(output) / (result.record_id + ".xml")).string();
    // Two sources naming one record (a re-downloaded "113009 (1).txt"): the first given is written.
    if (const auto [first, fresh] = written_by.emplace(result.record_id, file); !fresh) {
      diagnostics.push_back({file, 0, 0, Severity::kWarning,
                             "names the same record (" + result.record_id + ") as " + first->second +
                                 ", already written to " + path + "; this one is not written (remove the duplicate source)",
                             rules::kConvertDuplicateRecord});
      input_problems = true;
      continue;
    }
    const TeiWriteOutcome outcome = WriteGeneratedTei(path, result.tei, line.Has("--force"), diagnostics);
    if (outcome == TeiWriteOutcome::kKeptEdited) input_problems = true;
    if (outcome == TeiWriteOutcome::kFailed) io_problems = true;
    if (outcome == TeiWriteOutcome::kWritten) std::cerr << file << " -> " << path << '\n';
  }
  PrintDiagnostics(diagnostics);
  return io_problems ? kExitUsage : input_problems ? kExitInputProblems : kExitOk;
}

}  // namespace teipress
