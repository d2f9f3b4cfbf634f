#include "shell_completion.h"

#include <string_view>
#include <vector>

#include "command_table.h"

namespace teipress {

namespace {

std::string Words(const std::vector<std::string_view>& words) {
  std::string out;
  for (const std::string_view word : words) out += (out.empty() ? "" : " ") + std::string(word);
  return out;
}

std::vector<std::string_view> CommandNames() {
  std::vector<std::string_view> names;
  for (const CommandSpec& command : Commands()) names.push_back(command.name);
  return names;
}

// Every option a command takes: its own, then --color and --help.
std::vector<OptionSpec> OptionsOf(const CommandSpec& command) {
  std::vector<OptionSpec> options(command.options.begin(), command.options.end());
  options.push_back(ColorOption());
  options.push_back(HelpOption());
  return options;
}

// "*.txt" for ".txt", "" for any file.
std::string Extension(std::string_view extension) {
  return extension.empty() ? "" : std::string(extension.substr(1));
}

// ---- bash ----

// The bash statement completing a value of `kind`.
std::string BashValue(ValueKind kind, std::span<const std::string_view> choices, std::string_view extension) {
  switch (kind) {
    case ValueKind::kDirectory:
      return "_filedir -d";
    case ValueKind::kFile:
    case ValueKind::kPath:
      return extension.empty() ? "_filedir" : "_filedir " + Extension(extension);
    case ValueKind::kChoice:
      return "COMPREPLY=($(compgen -W \"" + Words({choices.begin(), choices.end()}) + "\" -- \"$cur\"))";
    case ValueKind::kCommand:
      return "COMPREPLY=($(compgen -W \"" + Words(CommandNames()) + "\" -- \"$cur\"))";
    case ValueKind::kCount:
    case ValueKind::kText:
    case ValueKind::kNone:
      break;
  }
  return ":";  // nothing to offer: a number or a name the user knows
}

std::string BashCommand(const CommandSpec& command) {
  std::string out = "    " + std::string(command.name) + ")\n      case $prev in\n";
  std::vector<std::string_view> names;
  for (const OptionSpec& option : OptionsOf(command)) {
    if (!option.short_name.empty()) names.push_back(option.short_name);
    if (!option.name.empty()) names.push_back(option.name);
    if (option.is_switch()) continue;
    std::string labels;
    if (!option.short_name.empty()) labels += option.short_name;
    if (!option.name.empty()) labels += (labels.empty() ? "" : "|") + std::string(option.name);
    out += "        " + labels + ")\n          " + BashValue(option.kind, option.choices, "") + "\n          return ;;\n";
  }
  out += "      esac\n";
  out += "      if [[ $cur == -* ]]; then\n        COMPREPLY=($(compgen -W \"" + Words(names) + "\" -- \"$cur\"))\n"
         "        return\n      fi\n";
  const OperandSpec& operands = command.operands;
  if (operands.max != 0) {
    out += "      " + BashValue(operands.kind, {}, operands.extension) + "\n";
  }
  return out + "      ;;\n";
}

// ---- zsh ----

// Text inside a single-quoted _arguments spec: quotes closed and reopened, brackets and colons
// escaped as _arguments wants them in a description.
std::string ZshDescription(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '[' || c == ']' || c == ':' || c == '\\') out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string ZshValue(ValueKind kind, std::span<const std::string_view> choices, std::string_view extension) {
  switch (kind) {
    case ValueKind::kDirectory:
      return "_files -/";
    case ValueKind::kFile:
    case ValueKind::kPath:
      return extension.empty() ? "_files" : "_files -g \"*." + Extension(extension) + "(-.)\"";
    case ValueKind::kChoice:
      return "(" + Words({choices.begin(), choices.end()}) + ")";
    case ValueKind::kCommand:
      return "(" + Words(CommandNames()) + ")";
    case ValueKind::kCount:
    case ValueKind::kText:
    case ValueKind::kNone:
      break;
  }
  return " ";  // a value, with nothing to offer
}

// An _arguments spec: "'(-o --output)'{-o+,--output=}'[help]:DIR:_files -/'". `exclusive` replaces
// the list of what the option excludes (by default its other spelling).
std::string ZshOption(const OptionSpec& option, std::string_view exclusive = {}) {
  const std::string description = "[" + ZshDescription(option.help) + "]";
  std::string value;
  if (!option.is_switch()) {
    value = ":" + ZshDescription(option.argument) + ":" + ZshValue(option.kind, option.choices, "");
  }
  // A value in the same word or the next: "-o+" and "--output=".
  std::vector<std::string> forms;
  std::vector<std::string_view> names;
  if (!option.short_name.empty()) {
    forms.push_back(std::string(option.short_name) + (option.is_switch() ? "" : "+"));
    names.push_back(option.short_name);
  }
  if (!option.name.empty()) {
    forms.push_back(std::string(option.name) + (option.is_switch() ? "" : "="));
    names.push_back(option.name);
  }
  std::string exclusion;
  if (!exclusive.empty()) exclusion = "'" + std::string(exclusive) + "'";
  else if (names.size() > 1) exclusion = "'(" + Words(names) + ")'";
  if (forms.size() == 1) return exclusion + "'" + forms[0] + description + value + "'";
  return exclusion + "{" + forms[0] + "," + forms[1] + "}'" + description + value + "'";
}

std::string ZshCommand(const CommandSpec& command) {
  std::string out = "        " + std::string(command.name) + ")\n          _arguments -s -S \\\n";
  for (const OptionSpec& option : OptionsOf(command)) out += "            " + ZshOption(option) + " \\\n";
  const OperandSpec& operands = command.operands;
  if (operands.max != 0) {
    const std::string value = ZshValue(operands.kind, {}, operands.extension);
    out += "            '" + std::string(operands.max == 1 ? "" : "*") + ":" + ZshDescription(operands.name) + ":" +
           value + "' \\\n";
  }
  return out + "            && return 0\n          ;;\n";
}

}  // namespace

std::string FormatBashCompletion() {
  std::string out =
      "# bash completion for teipress. Generated from its command table (tools/cli/command_table.cc) by\n"
      "# teipress_manual; do not edit.\n\n"
      "_teipress() {\n"
      "  local cur prev words cword\n"
      "  _init_completion -s || return\n"
      "  if ((cword == 1)); then\n"
      "    COMPREPLY=($(compgen -W \"" + Words(CommandNames());
  for (const OptionSpec& option : GlobalOptions()) {
    if (!option.short_name.empty()) out += " " + std::string(option.short_name);
    if (!option.name.empty()) out += " " + std::string(option.name);
  }
  out += "\" -- \"$cur\"))\n    return\n  fi\n  case ${words[1]} in\n";
  for (const CommandSpec& command : Commands()) out += BashCommand(command);
  out += "  esac\n} &&\n  complete -F _teipress teipress\n";
  return out;
}

std::string FormatZshCompletion() {
  std::string out =
      "#compdef teipress\n"
      "# zsh completion for teipress. Generated from its command table (tools/cli/command_table.cc) by\n"
      "# teipress_manual; do not edit.\n\n"
      "_teipress() {\n"
      "  local curcontext=$curcontext state line\n"
      "  typeset -A opt_args\n"
      "  _arguments -C \\\n";
  for (const OptionSpec& option : GlobalOptions()) out += "    " + ZshOption(option, "(- *)") + " \\\n";
  out += "    '1:command:->command' \\\n    '*::argument:->argument' && return 0\n";
  out += "  case $state in\n    command)\n      local -a commands\n      commands=(\n";
  for (const CommandSpec& command : Commands()) {
    out += "        '" + std::string(command.name) + ":" + ZshDescription(command.summary) + "'\n";
  }
  out += "      )\n      _describe -t commands 'teipress command' commands\n      ;;\n";
  out += "    argument)\n      curcontext=${curcontext%:*:*}:teipress-$words[1]:\n      case $words[1] in\n";
  for (const CommandSpec& command : Commands()) out += ZshCommand(command);
  out += "      esac\n      ;;\n  esac\n  return 1\n}\n\n_teipress \"$@\"\n";
  return out;
}

}  // namespace teipress
