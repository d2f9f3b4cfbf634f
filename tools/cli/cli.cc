#include "cli.h"

#include <unistd.h>

#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli_args.h"
#include "command_table.h"
#include "commands.h"
#include "data_paths.h"
#include "diagnostic_catalog.h"
#include "help_text.h"
#include "spelling_suggestion.h"
#include "terminal_color.h"
#include "xml_reader.h"

namespace teipress {
namespace {

// Decided once per run, from the command's --color, before the command runs.
bool color_diagnostics = false;

std::vector<std::string_view> CommandNames() {
  std::vector<std::string_view> names;
  for (const CommandSpec& command : Commands()) names.push_back(command.name);
  return names;
}

int UnknownCommand(const std::string& name) {
  std::cerr << "teipress: unknown command '" << name << "'";
  const std::string suggestion = SuggestSpelling(name, CommandNames());
  if (!suggestion.empty()) std::cerr << " (did you mean '" << suggestion << "'?)";
  std::cerr << "\nRun 'teipress --help' for the list of commands.\n";
  return kExitUsage;
}

int UnknownGlobalOption(const std::string& name) {
  std::vector<std::string_view> names;
  for (const OptionSpec& option : GlobalOptions()) names.push_back(option.name);
  std::cerr << "teipress: unknown option " << name;
  const std::string suggestion = SuggestSpelling(name, names);
  if (!suggestion.empty()) std::cerr << " (did you mean " << suggestion << "?)";
  std::cerr << "\nRun 'teipress --help' for the list of commands.\n";
  return kExitUsage;
}

}  // namespace

void PrintDiagnostics(std::vector<Diagnostic> diagnostics) {
  SortDiagnostics(diagnostics);
  // In one piece: std::cerr writes each << at once (a build of 10,000 documents has as many lines).
  std::string text;
  for (const Diagnostic& d : diagnostics) {
    text += FormatGnu(d, color_diagnostics);
    text += '\n';
  }
  std::cerr.write(text.data(), static_cast<std::streamsize>(text.size()));
  std::cerr.flush();
}

bool ColorDiagnostics() { return color_diagnostics; }

int ExitStatus(const std::vector<Diagnostic>& diagnostics, int otherwise) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != Severity::kError) continue;
    if (d.rule.rfind("io.", 0) == 0 || d.rule == rules::kBuildLocked) return kExitUsage;
  }
  return otherwise;
}

int RunHelp(const CommandLine& line) {
  if (line.operands().empty()) {
    std::cout << FormatMainHelp();
    return kExitOk;
  }
  const CommandSpec* command = FindCommand(line.operands().front());
  if (!command) return UnknownCommand(line.operands().front());
  std::cout << FormatCommandHelp(*command);
  return kExitOk;
}

int RunVersion(const CommandLine&) {
  const DataLocation& data = Data();
  std::cout << "teipress " << TEIPRESS_VERSION << "\ndata: " << data.directory << " (" << DataDirOriginName(data.origin)
            << ")\n";
  return kExitOk;
}

int RunCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << FormatMainHelp();
    return kExitUsage;
  }
  std::string name = args.front();
  args.erase(args.begin());
  if (name == HelpOption().name || name == HelpOption().short_name) name = "help";
  if (name == "--version") name = "version";
  const CommandSpec* command = FindCommand(name);
  if (!command) {
    if (!name.empty() && name[0] == '-') return UnknownGlobalOption(name);
    return UnknownCommand(name);
  }
  const ParsedCommandLine parsed = ParseCommandLine(*command, args);
  if (parsed.help) {
    std::cout << FormatCommandHelp(*command);
    return kExitOk;
  }
  if (!parsed.error.empty()) return parsed.line.UsageError(parsed.error);
  color_diagnostics = ShouldColor(*ParseColorChoice(parsed.line.Value(ColorOption().key())), STDERR_FILENO);
  if (command->uses_xml) InitializeXmlLibraries();
  try {
    return command->run(parsed.line);
  } catch (const std::bad_alloc&) {
    // Memory ran out (a ulimit -v, a huge input): a message and exit status 2, never an abort.
    // Files are written atomically, so the stack unwinding left no half-written one.
    PrintDiagnostics({{"teipress " + name, 0, 0, Severity::kError,
                       "out of memory; nothing half written was left, the files written before stay as they are",
                       rules::kIoOutOfMemory}});
    return kExitUsage;
  }
}

}  // namespace teipress
