// The completion scripts written from the command table: every command, every option, and what
// each option's value and each command's operands complete to. tests/install/shell_completion.sh
// runs them in bash (with bash-completion) and zsh.
#include "shell_completion.h"

#include <gtest/gtest.h>

#include <string>

#include "command_table.h"

namespace teipress {
namespace {

bool Contains(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

// The text of the bash script's branch for `command`: from "    NAME)\n" to its ";;" at that depth.
std::string BashBranch(const std::string& script, const CommandSpec& command) {
  const size_t start = script.find("\n    " + std::string(command.name) + ")\n");
  if (start == std::string::npos) return "";
  return script.substr(start, script.find("\n      ;;\n", start) - start);
}

TEST(ShellCompletion, BashCompletesEveryCommandOptionAndValue) {
  const std::string script = FormatBashCompletion();
  EXPECT_TRUE(Contains(script, "complete -F _teipress teipress"));
  for (const CommandSpec& command : Commands()) {
    SCOPED_TRACE(std::string(command.name));
    const std::string branch = BashBranch(script, command);
    ASSERT_FALSE(branch.empty());
    for (const OptionSpec& option : command.options) {
      SCOPED_TRACE(std::string(option.key()));
      for (const std::string_view name : {option.name, option.short_name}) {
        EXPECT_TRUE(name.empty() || Contains(branch, " " + std::string(name) + " ") ||
                    Contains(branch, "\"" + std::string(name) + " "))
            << name;
      }
      EXPECT_TRUE(option.kind != ValueKind::kDirectory || Contains(branch, std::string(option.key()) + ")\n          _filedir -d\n"));
      if (option.kind == ValueKind::kChoice) {
        std::string words;
        for (const std::string_view choice : option.choices) words += (words.empty() ? "" : " ") + std::string(choice);
        EXPECT_TRUE(Contains(branch, std::string(option.key()) + ")\n          COMPREPLY=($(compgen -W \"" + words + "\""));
      }
    }
    EXPECT_TRUE(Contains(branch, "--color --help") || Contains(branch, "--color -h --help"));
    if (command.operands.max != 0 && !command.operands.extension.empty()) {
      // The operands, last in the branch: files with the command's extension (and directories).
      EXPECT_TRUE(branch.ends_with("\n      _filedir " + std::string(command.operands.extension.substr(1)))) << branch;
    }
  }
}

TEST(ShellCompletion, ZshDescribesEveryCommandAndOption) {
  const std::string script = FormatZshCompletion();
  EXPECT_EQ(script.rfind("#compdef teipress\n", 0), 0u);
  for (const CommandSpec& command : Commands()) {
    SCOPED_TRACE(std::string(command.name));
    EXPECT_TRUE(Contains(script, "        '" + std::string(command.name) + ":"));
    const size_t branch = script.find("        " + std::string(command.name) + ")\n          _arguments");
    ASSERT_NE(branch, std::string::npos);
    const std::string text = script.substr(branch, script.find("&& return 0", branch) - branch);
    for (const OptionSpec& option : command.options) {
      // "--output=" and "-o+" take a value, in the same word or the next; a switch is its bare name.
      const std::string suffix_long = option.is_switch() ? "" : "=";
      const std::string suffix_short = option.is_switch() ? "" : "+";
      EXPECT_TRUE(option.name.empty() || Contains(text, std::string(option.name) + suffix_long)) << option.name;
      EXPECT_TRUE(option.short_name.empty() || Contains(text, std::string(option.short_name) + suffix_short));
      EXPECT_TRUE(option.kind != ValueKind::kDirectory ||
                  Contains(text, ":" + std::string(option.argument) + ":_files -/'"));
    }
    EXPECT_TRUE(Contains(text, "--color=")) << text;
  }
}

TEST(ShellCompletion, ZshQuotesDescriptions) {
  // A description with a quote, brackets and a colon (the table has "the document's", "[rule]").
  const std::string script = FormatZshCompletion();
  EXPECT_FALSE(Contains(script, "document's"));
  EXPECT_TRUE(Contains(script, "document'\\''s"));
}

}  // namespace
}  // namespace teipress
