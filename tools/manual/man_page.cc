#include "man_page.h"

#include <vector>

#include "edition_config.h"
#include "roff.h"

namespace teipress {

namespace {

constexpr std::string_view kManual = "teipress manual";

std::string Upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  return out;
}

std::string Header(std::string_view name, std::string_view section = "1",
                   std::string_view table = "the command table (tools/cli/command_table.cc)") {
  return ".\\\" Generated from " + std::string(table) + " by teipress_manual_pages; do not edit.\n"
         ".TH " + RoffEscape(Upper(name)) + " " + std::string(section) + " \"\" \"teipress " TEIPRESS_VERSION "\" \"" +
         std::string(kManual) + "\"\n" +
         // No hyphenation and a ragged right margin: file names and options stay whole.
         ".nh\n.ad l\n";
}

std::string Section(std::string_view title) { return ".SH " + std::string(title) + "\n"; }

// Paragraphs of the table's plain text (separated by an empty line), each after a .PP.
std::string Paragraphs(std::string_view text) {
  std::string out;
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find("\n\n", at);
    if (end == std::string_view::npos) end = text.size();
    std::string paragraph(text.substr(at, end - at));
    for (char& c : paragraph) c = c == '\n' ? ' ' : c;
    if (!paragraph.empty()) out += ".PP\n" + RoffEscape(paragraph) + "\n";
    at = end + 2;
  }
  return out;
}

// "\fB\-o\fR, \fB\-\-output\fR \fIDIR\fR"
std::string OptionLabel(const OptionSpec& option) {
  std::string label;
  if (!option.short_name.empty()) label += RoffBold(option.short_name);
  if (!option.short_name.empty() && !option.name.empty()) label += ", ";
  if (!option.name.empty()) label += RoffBold(option.name);
  if (!option.argument.empty()) label += " " + RoffItalic(option.argument);
  return label;
}

std::string OptionText(const OptionSpec& option) {
  std::string text(option.help);
  // The values a choice takes, unless the help names them all already.
  bool named = true;
  for (const std::string_view choice : option.choices) named = named && text.find(choice) != std::string::npos;
  if (!named) {
    text += "; one of:";
    for (size_t i = 0; i < option.choices.size(); ++i) text += std::string(i ? ", " : " ") + std::string(option.choices[i]);
  }
  if (!option.default_value.empty()) text += " (default: " + std::string(option.default_value) + ")";
  return RoffEscape(text) + ".";
}

std::string OptionList(const std::vector<OptionSpec>& options) {
  std::string out;
  for (const OptionSpec& option : options) out += ".TP\n" + OptionLabel(option) + "\n" + OptionText(option) + "\n";
  return out;
}

std::string Environment() {
  std::string out = Section("ENVIRONMENT");
  for (const EnvironmentSpec& variable : EnvironmentVariables()) {
    out += ".TP\n" + RoffBold(variable.name) + "\n" + RoffEscape(variable.help) + ".\n";
  }
  return out;
}

std::string PageReference(const CommandSpec* command) { return RoffBold(ManPageName(command)) + "(1)"; }

}  // namespace

std::string ManPageName(const CommandSpec* command) {
  return command ? "teipress-" + std::string(command->name) : "teipress";
}

std::string FormatCommandManPage(const CommandSpec& command) {
  const std::string name = ManPageName(&command);
  std::string out = Header(name);
  out += Section("NAME") + RoffEscape(name) + " \\- " + RoffEscape(command.summary) + "\n";
  out += Section("SYNOPSIS") + ".B teipress " + RoffEscape(command.name) + "\n";
  if (!command.synopsis.empty()) out += RoffEscape(command.synopsis) + "\n";
  out += Section("DESCRIPTION") + Paragraphs(command.description);
  std::vector<OptionSpec> options(command.options.begin(), command.options.end());
  options.push_back(ColorOption());
  options.push_back(HelpOption());
  out += Section("OPTIONS") + OptionList(options);
  out += Section("OUTPUT") + Paragraphs(command.streams);
  out += Section("EXIT STATUS") + Paragraphs(command.exit_status);
  out += Environment();
  out += Section("SEE ALSO") + PageReference(nullptr);
  for (const CommandSpec& other : Commands()) {
    if (&other != &command) out += ",\n" + PageReference(&other);
  }
  return out + "\n";
}

std::string FormatProgramManPage() {
  std::string out = Header("teipress");
  out += Section("NAME") + "teipress \\- " + RoffEscape(kProgramSummary) + "\n";
  out += Section("SYNOPSIS") + ".B teipress\n" + RoffItalic("COMMAND") + " [" + RoffItalic("OPTIONS") + "] [" +
         RoffItalic("FILES") + "]\n.br\n.B teipress\n" + RoffBold("--help") + " | " + RoffBold("--version") + "\n";
  out += Section("DESCRIPTION") + Paragraphs(kProgramSummary);
  out += ".PP\nEach command has its own page, " + RoffBold("teipress-") + RoffItalic("COMMAND") +
         "(1), and its own " + RoffBold("--help") + ".\n";
  out += Section("COMMANDS");
  for (const CommandSpec& command : Commands()) {
    out += ".TP\n" + RoffBold(command.name) + "\n" + RoffEscape(command.summary) + "; see " + PageReference(&command) +
           ".\n";
  }
  out += Section("OPTIONS") +
         OptionList(std::vector<OptionSpec>(GlobalOptions().begin(), GlobalOptions().end()));
  out += ".PP\nEvery command takes " + RoffBold(ColorOption().name) + " " + RoffItalic(ColorOption().argument) +
         " and " + RoffBold(HelpOption().short_name) + ", " + RoffBold(HelpOption().name) + ".\n";
  out += Section("OUTPUT") + Paragraphs(kOutputStreams);
  out += Section("EXIT STATUS") + Paragraphs(kExitStatuses);
  out += Environment();
  out += Section("FILES") + ".TP\n" + RoffItalic("PREFIX") + RoffEscape("/share/teipress/") + "\n" +
         RoffEscape("The schemas (schemas/edition.rng, schemas/edition.sch), the stylesheets and the FOP configuration "
                    "(xslt/) and FOP's batch driver (java/) of a teipress installed in PREFIX/bin; teipress --version "
                    "names the directory in use.") +
         "\n";
  out += Section("SEE ALSO");
  bool first = true;
  for (const CommandSpec& command : Commands()) {
    out += std::string(first ? "" : ",\n") + PageReference(&command);
    first = false;
  }
  out += ",\n" + RoffBold(kConfigManPage) + "(5),\n" + RoffBold("fop") + "(1), " + RoffBold("xmllint") + "(1)\n";
  return out;
}

std::string FormatConfigManPage() {
  std::string out = Header(kConfigManPage, "5", "the table of keys (tools/base/edition_config.cc)");
  out += Section("NAME") + RoffEscape(kConfigManPage) + " \\- the edition configuration of teipress, " +
         RoffEscape(kEditionConfigName) + "\n";
  out += Section("SYNOPSIS") + RoffItalic("EDITION") + RoffEscape("/" + std::string(kEditionConfigName)) + "\n";
  out += Section("DESCRIPTION") +
         Paragraphs("One file at the edition's root, in TOML: one key = value per line, # starts a comment, strings in "
                    "double quotes. Every teipress command reads it, found in the current folder or the nearest one "
                    "above it (as git finds its repository), or named with --config FILE. teipress init writes one "
                    "with every key explained.\n\n"
                    "Every key can also be given on the command line as --set KEY=VALUE, which wins over the file; a "
                    "list takes its items separated by ';' there. Paths are relative to the file's folder, also when "
                    "given with --set (to the current folder when there is no file).\n\n"
                    "An unknown key, a value of the wrong kind and a TOML syntax error are errors that name the file, "
                    "line and column (rule ids config.unknown-key, config.bad-value, config.syntax); the command then "
                    "stops with exit status 2.");
  out += Section("KEYS");
  for (const ConfigKey& key : ConfigKeys()) {
    out += ".TP\n" + RoffBold(key.name) + " = " + RoffItalic(DescribeConfigKind(key)) + "\n" + RoffEscape(key.help) +
           "\n.br\nFor example: " + RoffEscape(std::string(key.name) + " = " + std::string(key.example)) + "\n";
  }
  out += Section("EXAMPLE") + ".PP\n.nf\n" +
         RoffEscape("title = \"Letters from the front\"\n"
                    "publisher = \"My institution\"\n"
                    "editors = [\"Ada Lovelace\", \"Charles Babbage\"]\n"
                    "language = \"de\"\n"
                    "tei = \"letters\"\n"
                    "schema = \"tei_all\"\n"
                    "profile = \"profile\"\n") +
         ".fi\n.PP\n" + RoffEscape("teipress build --set language=fr") + "\n.br\n" +
         RoffEscape("builds the same edition with a French interface.") + "\n";
  out += Section("FILES") + ".TP\n" + RoffEscape(kEditionConfigName) + "\n" +
         RoffEscape("At the edition's root, beside sources/, tei/ and output/.") + "\n";
  out += Section("SEE ALSO") + PageReference(nullptr);
  for (const CommandSpec& command : Commands()) out += ",\n" + PageReference(&command);
  return out + "\n";
}

}  // namespace teipress
