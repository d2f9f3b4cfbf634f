// The command table drives dispatch, help and usage errors: every command's help documents every
// option the parser accepts, and the parser accepts nothing else.
#include "command_table.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "cli_args.h"
#include "help_text.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::RunTeipress;

std::vector<std::string> CommandNames() {
  std::vector<std::string> names;
  for (const CommandSpec& command : Commands()) names.emplace_back(command.name);
  return names;
}

// Every option name and short name any command (or teipress itself) knows.
std::set<std::string> AllOptionNames() {
  std::set<std::string> names;
  auto add = [&](const OptionSpec& option) {
    if (!option.name.empty()) names.emplace(option.name);
    if (!option.short_name.empty()) names.emplace(option.short_name);
  };
  for (const CommandSpec& command : Commands()) {
    for (const OptionSpec& option : command.options) add(option);
  }
  for (const OptionSpec& option : GlobalOptions()) add(option);
  return names;
}

bool Accepts(const CommandSpec& command, const std::string& name) {
  for (const OptionSpec& option : command.options) {
    if (name == option.name || name == option.short_name) return true;
  }
  return name == "--help" || name == "-h";
}

// An argument that makes the option parse: a value of the right kind for options that take one.
std::vector<std::string> Use(const OptionSpec& option, const std::string& written) {
  if (option.is_switch()) return {written};
  if (option.kind == ValueKind::kChoice) return {written, std::string(option.choices.front())};
  if (option.kind == ValueKind::kCount) return {written, "2"};
  return {written, "value"};
}

// Operands enough to satisfy the command.
std::vector<std::string> Operands(const CommandSpec& command) {
  return std::vector<std::string>(static_cast<size_t>(command.operands.min), "file");
}

class EachCommand : public ::testing::TestWithParam<std::string> {
 protected:
  const CommandSpec& command() const { return *FindCommand(GetParam()); }
};

TEST_P(EachCommand, HelpListsEveryOptionOfTheTable) {
  const auto help = RunTeipress({GetParam(), "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.output.rfind("usage: teipress " + GetParam(), 0), 0u) << help.output;
  std::vector<OptionSpec> options(command().options.begin(), command().options.end());
  options.push_back(HelpOption());
  for (const OptionSpec& option : options) {
    std::string label;
    if (!option.short_name.empty()) label += std::string(option.short_name) + (option.name.empty() ? "" : ", ");
    label += std::string(option.name);
    if (!option.argument.empty()) label += " " + std::string(option.argument);
    EXPECT_NE(help.output.find("\n  " + label + "  "), std::string::npos) << GetParam() << " lacks " << label;
    if (!option.default_value.empty()) {
      EXPECT_NE(help.output.find("(default: " + std::string(option.default_value) + ")"), std::string::npos)
          << GetParam() << " does not say the default of " << option.key();
    }
  }
}

TEST_P(EachCommand, HelpCommandPrintsTheSameHelp) {
  const auto help = RunTeipress({"help", GetParam()});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.output, RunTeipress({GetParam(), "--help"}).output);
  EXPECT_EQ(help.output, RunTeipress({GetParam(), "-h"}).output);
  EXPECT_EQ(help.output, FormatCommandHelp(command()));
}

TEST_P(EachCommand, ParserAcceptsEveryOptionOfTheTable) {
  for (const OptionSpec& option : command().options) {
    for (const std::string_view written : {option.name, option.short_name}) {
      if (written.empty()) continue;
      std::vector<std::string> args = Use(option, std::string(written));
      const std::vector<std::string> operands = Operands(command());
      args.insert(args.end(), operands.begin(), operands.end());
      const ParsedCommandLine parsed = ParseCommandLine(command(), args);
      EXPECT_EQ(parsed.error, "") << GetParam() << " " << written;
      EXPECT_TRUE(option.is_switch() ? parsed.line.Has(option.key()) : parsed.line.Given(option.key()))
          << GetParam() << " " << written;
    }
  }
}

TEST_P(EachCommand, ParserRejectsEveryOptionNotInTheTable) {
  for (const std::string& name : AllOptionNames()) {
    if (Accepts(command(), name)) continue;
    std::vector<std::string> args = {name, "value"};
    const ParsedCommandLine parsed = ParseCommandLine(command(), args);
    EXPECT_EQ(parsed.error.rfind("unknown option " + name, 0), 0u) << GetParam() << " accepts " << name;
  }
  // Through the binary: exit status 2, and the error names the command and the option.
  const auto result = RunTeipress({GetParam(), "--no-such-option"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.output, "teipress " + GetParam() + ": unknown option --no-such-option\nTry 'teipress " + GetParam() +
                               " --help'.\n");
}

TEST_P(EachCommand, SynopsisShowsExactlyTheOptionsOfTheTable) {
  std::set<std::string> in_synopsis;
  for (const std::string& token : testing::Tokens(std::string(command().synopsis))) {
    const size_t dash = token.find('-');
    if (dash == std::string::npos || (dash > 0 && token[dash - 1] != '[')) continue;
    std::string name = token.substr(dash);
    while (!name.empty() && name.back() == ']') name.pop_back();
    in_synopsis.insert(name);
  }
  std::set<std::string> in_table;
  for (const OptionSpec& option : command().options) {
    // The synopsis writes an option by its short name when it has one.
    in_table.emplace(option.short_name.empty() ? option.name : option.short_name);
  }
  EXPECT_EQ(in_synopsis, in_table) << GetParam();
}

TEST_P(EachCommand, TextIsPlainForGenerators) {
  // Man pages and completions are generated from the table: no terminal formatting, no
  // hand-wrapped lines (paragraphs are separated by one empty line), no trailing spaces.
  auto plain = [&](std::string_view text, bool paragraphs, const std::string& what) {
    EXPECT_FALSE(text.empty()) << GetParam() << ": " << what << " is empty";
    for (size_t i = 0; i < text.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      EXPECT_FALSE(c < 0x20 && c != '\n') << GetParam() << ": control character in " << what;
      if (c == '\n') {
        EXPECT_TRUE(paragraphs && i + 1 < text.size() && text[i + 1] == '\n' && i + 2 < text.size() &&
                    text[i + 2] != '\n')
            << GetParam() << ": line break in " << what;
        ++i;
      }
    }
    EXPECT_NE(text.back(), ' ') << GetParam() << ": " << what;
  };
  plain(command().summary, false, "the summary");
  plain(command().description, true, "the description");
  for (const OptionSpec& option : command().options) {
    plain(option.help, false, "the help of " + std::string(option.key()));
    EXPECT_EQ(option.is_switch(), option.argument.empty()) << GetParam() << " " << option.key();
    EXPECT_EQ(option.kind == ValueKind::kChoice, !option.choices.empty()) << GetParam() << " " << option.key();
  }
}

INSTANTIATE_TEST_SUITE_P(Commands, EachCommand, ::testing::ValuesIn(CommandNames()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(CommandTable, NamesAreUnique) {
  std::set<std::string_view> commands;
  for (const CommandSpec& command : Commands()) {
    EXPECT_TRUE(commands.insert(command.name).second) << command.name;
    std::set<std::string_view> options = {"--help", "-h"};
    for (const OptionSpec& option : command.options) {
      EXPECT_FALSE(option.name.empty() && option.short_name.empty()) << command.name;
      if (!option.name.empty()) {
        EXPECT_TRUE(options.insert(option.name).second) << command.name << " " << option.name;
      }
      if (!option.short_name.empty()) {
        EXPECT_TRUE(options.insert(option.short_name).second) << command.name << " " << option.short_name;
      }
    }
  }
}

TEST(CommandTable, MainHelpListsEveryCommand) {
  const auto help = RunTeipress({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_EQ(help.output, FormatMainHelp());
  EXPECT_EQ(RunTeipress({"help"}).output, help.output);
  EXPECT_EQ(RunTeipress({"-h"}).output, help.output);
  for (const CommandSpec& command : Commands()) {
    EXPECT_NE(help.output.find("\n  " + std::string(command.name) + " "), std::string::npos) << command.name;
    EXPECT_NE(help.output.find(std::string(command.summary)), std::string::npos) << command.name;
  }
  for (const OptionSpec& option : GlobalOptions()) {
    EXPECT_NE(help.output.find(std::string(option.name)), std::string::npos) << option.name;
  }
  // Without a command: the same list, on standard error, as a usage error.
  const auto nothing = RunTeipress({});
  EXPECT_EQ(nothing.exit_code, 2);
  EXPECT_EQ(nothing.output, help.output);
}

struct UsageCase {
  std::vector<std::string> args;
  std::string output;  // standard output and standard error
};

class UsageErrors : public ::testing::TestWithParam<UsageCase> {};

TEST_P(UsageErrors, NameTheCommandTheOptionAndTheLikelyMeaning) {
  const auto result = RunTeipress(GetParam().args);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.output, GetParam().output);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, UsageErrors,
    ::testing::Values(
        // Mistyped commands: one edit away, two for longer names, or the only one a prefix begins.
        UsageCase{{"buidl"}, "teipress: unknown command 'buidl' (did you mean 'build'?)\n"
                             "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"convrt", "a.txt"}, "teipress: unknown command 'convrt' (did you mean 'convert'?)\n"
                                       "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"vaildate"}, "teipress: unknown command 'vaildate' (did you mean 'validate'?)\n"
                                "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"valid"}, "teipress: unknown command 'valid' (did you mean 'validate'?)\n"
                             "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"frobnicate"}, "teipress: unknown command 'frobnicate'\n"
                                  "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"help", "rendr"}, "teipress: unknown command 'rendr' (did you mean 'render'?)\n"
                                     "Run 'teipress --help' for the list of commands.\n"},
        UsageCase{{"--verison"}, "teipress: unknown option --verison (did you mean --version?)\n"
                                 "Run 'teipress --help' for the list of commands.\n"},
        // Mistyped options, named with their command.
        UsageCase{{"convert", "--forse", "a.txt"},
                  "teipress convert: unknown option --forse (did you mean --force?)\nTry 'teipress convert --help'.\n"},
        UsageCase{{"validate", "--shema", "s.rng", "a.xml"},
                  "teipress validate: unknown option --shema (did you mean --schema?)\n"
                  "Try 'teipress validate --help'.\n"},
        UsageCase{{"build", "--no-pfd"},
                  "teipress build: unknown option --no-pfd (did you mean --no-pdf?)\nTry 'teipress build --help'.\n"},
        UsageCase{{"render", "--pdf-a", "a.xml"},
                  "teipress render: unknown option --pdf-a (did you mean --pdfa?)\nTry 'teipress render --help'.\n"},
        UsageCase{{"build", "--sourc"},
                  "teipress build: unknown option --sourc (did you mean --sources?)\nTry 'teipress build --help'.\n"},
        // An option of another command is not this one's.
        UsageCase{{"totext", "--force", "v.xml"}, "teipress totext: unknown option --force\nTry 'teipress totext --help'.\n"},
        // Values: missing, given to a switch, not one of the choices, not a count.
        UsageCase{{"validate", "a.xml", "--schema"},
                  "teipress validate: --schema needs a value (FILE)\nTry 'teipress validate --help'.\n"},
        UsageCase{{"convert", "--force=yes", "a.txt"},
                  "teipress convert: --force takes no value\nTry 'teipress convert --help'.\n"},
        UsageCase{{"validate", "--format", "yaml", "a.xml"},
                  "teipress validate: --format must be human, json, junit, github, sarif or svrl, not 'yaml'\n"
                  "Try 'teipress validate --help'.\n"},
        UsageCase{{"build", "--paper=a5"},
                  "teipress build: --paper must be a4 or letter, not 'a5'\nTry 'teipress build --help'.\n"},
        UsageCase{{"render", "--jobs", "0", "a.xml"},
                  "teipress render: --jobs takes a positive number, not '0'\nTry 'teipress render --help'.\n"},
        // Operands.
        UsageCase{{"convert"}, "teipress convert: no input files\nTry 'teipress convert --help'.\n"},
        UsageCase{{"totext", "a.xml", "b.xml"},
                  "teipress totext: unexpected argument 'b.xml'\nTry 'teipress totext --help'.\n"},
        UsageCase{{"build", "sources"}, "teipress build: unexpected argument 'sources'\nTry 'teipress build --help'.\n"},
        UsageCase{{"validate", "--phase", "#ALL", "a.xml"},
                  "teipress validate: --format svrl, --phase and --authority need --schematron FILE\n"
                  "Try 'teipress validate --help'.\n"}),
    [](const ::testing::TestParamInfo<UsageCase>& info) { return "case" + std::to_string(info.index); });

TEST(CommandTable, BuildDocumentsAuthority) {
  // The drift this table ended: build parsed --authority, but its help did not say so.
  const auto help = RunTeipress({"build", "--help"});
  EXPECT_NE(help.output.find("--authority DIR"), std::string::npos) << help.output;
}

TEST(CommandTable, VersionCommandAndOption) {
  const auto version = RunTeipress({"version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.output, RunTeipress({"--version"}).output);
}

}  // namespace
}  // namespace teipress
