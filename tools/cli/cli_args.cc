#include "cli_args.h"

#include <cstdlib>
#include <iostream>
#include <thread>

#include "spelling_suggestion.h"

namespace teipress {
namespace {

const OptionSpec* FindOption(const CommandSpec& command, std::string_view written) {
  if (written == HelpOption().name || written == HelpOption().short_name) return &HelpOption();
  if (written == ColorOption().name) return &ColorOption();
  for (const OptionSpec& option : command.options) {
    if ((!option.name.empty() && written == option.name) || (!option.short_name.empty() && written == option.short_name)) {
      return &option;
    }
  }
  return nullptr;
}

std::string UnknownOption(const CommandSpec& command, const std::string& written) {
  std::vector<std::string_view> names = {HelpOption().name, ColorOption().name};
  for (const OptionSpec& option : command.options) {
    if (!option.name.empty()) names.push_back(option.name);
    if (!option.short_name.empty()) names.push_back(option.short_name);
  }
  std::string error = "unknown option " + written;
  const std::string suggestion = SuggestSpelling(written, names);
  if (!suggestion.empty()) error += " (did you mean " + suggestion + "?)";
  return error;
}

// "a4 or letter", "human, json or svrl".
std::string ListOfChoices(std::span<const std::string_view> choices) {
  std::string list;
  for (size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) list += i + 1 == choices.size() ? " or " : ", ";
    list += choices[i];
  }
  return list;
}

// The usage error for a value `option` cannot take, or empty.
std::string CheckValue(const OptionSpec& option, const std::string& value) {
  const std::string name(option.key());
  if (option.kind == ValueKind::kCount && !ParsePositiveCount(value)) {
    return name + " takes a positive number, not '" + value + "'";
  }
  if (option.kind == ValueKind::kChoice) {
    for (const std::string_view choice : option.choices) {
      if (value == choice) return "";
    }
    return name + " must be " + ListOfChoices(option.choices) + ", not '" + value + "'";
  }
  return "";
}

}  // namespace

const OptionSpec& CommandLine::Option(std::string_view key) const {
  for (const OptionSpec& option : command_->options) {
    if (option.key() == key) return option;
  }
  if (ColorOption().key() == key) return ColorOption();
  // A command asked for an option its table entry lacks: a programming error, caught by any test
  // that runs the command.
  std::cerr << "teipress: internal error: command '" << command_->name << "' has no option " << key << '\n';
  std::abort();
}

bool CommandLine::Has(std::string_view key) const {
  Option(key);
  return switches_.count(key) > 0;
}

bool CommandLine::Given(std::string_view key) const {
  Option(key);
  return values_.count(key) > 0;
}

std::string CommandLine::Value(std::string_view key) const {
  const OptionSpec& option = Option(key);
  const auto found = values_.find(key);
  return found != values_.end() ? found->second.back() : std::string(option.default_value);
}

std::vector<std::string> CommandLine::Values(std::string_view key) const {
  Option(key);
  const auto found = values_.find(key);
  return found != values_.end() ? found->second : std::vector<std::string>{};
}

int CommandLine::UsageError(const std::string& message) const {
  std::cerr << "teipress " << command_->name << ": " << message << "\nTry 'teipress " << command_->name
            << " --help'.\n";
  return kExitUsage;
}

ParsedCommandLine ParseCommandLine(const CommandSpec& command, const std::vector<std::string>& args) {
  ParsedCommandLine parsed{CommandLine(command), false, ""};
  CommandLine& line = parsed.line;
  auto fail = [&](std::string error) {
    if (parsed.error.empty()) parsed.error = std::move(error);
  };
  bool only_operands = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (only_operands || arg == "-" || arg.empty() || arg[0] != '-') {
      line.operands_.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_operands = true;
      continue;
    }
    std::string value;
    bool has_inline_value = false;
    const size_t equals = arg.find('=');
    if (arg.rfind("--", 0) == 0 && equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg = arg.substr(0, equals);
      has_inline_value = true;
    }
    const OptionSpec* option = FindOption(command, arg);
    if (!option) {
      fail(UnknownOption(command, arg));
      continue;
    }
    if (option == &HelpOption()) {
      parsed.help = true;
      if (has_inline_value) fail(arg + " takes no value");
      continue;
    }
    const std::string key(option->key());
    if (option->is_switch()) {
      if (has_inline_value) fail(arg + " takes no value");
      line.switches_.insert(key);
      continue;
    }
    if (!has_inline_value) {
      if (i + 1 >= args.size()) {
        fail(arg + " needs a value (" + std::string(option->argument) + ")");
        continue;
      }
      value = args[++i];
    }
    const std::string problem = CheckValue(*option, value);
    if (!problem.empty()) fail(problem);
    std::vector<std::string>& values = line.values_[key];
    if (!option->repeatable) values.clear();
    values.push_back(value);
  }
  const OperandSpec& operands = command.operands;
  const int count = static_cast<int>(line.operands_.size());
  if (count < operands.min) fail(std::string(operands.if_missing));
  if (operands.max >= 0 && count > operands.max) fail("unexpected argument '" + line.operands_[operands.max] + "'");
  return parsed;
}

std::optional<int> ParsePositiveCount(std::string_view text) {
  int count = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || count > 10000) return std::nullopt;
    count = count * 10 + (c - '0');
  }
  if (count < 1) return std::nullopt;
  return count;
}

std::optional<int> ParseJobs(const CommandLine& line, std::string& error) {
  if (!line.Given("--jobs")) {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : static_cast<int>(cores);
  }
  const std::string text = line.Value("--jobs");
  const auto jobs = ParsePositiveCount(text);
  if (!jobs) error = "--jobs takes a positive number, not '" + text + "'";
  return jobs;
}

bool ParseShard(const std::string& text, int& index, int& count, std::string& error) {
  const size_t slash = text.find('/');
  auto number = [](const std::string& digits, int& value) {
    if (digits.empty() || digits.size() > 6 || digits.find_first_not_of("0123456789") != std::string::npos) return false;
    value = std::stoi(digits);
    return true;
  };
  if (slash == std::string::npos || !number(text.substr(0, slash), index) || !number(text.substr(slash + 1), count) ||
      count < 1 || index < 1 || index > count) {
    error = "--shard takes I/N with 1 <= I <= N (e.g. --shard 2/4), not '" + text + "'";
    return false;
  }
  return true;
}

}  // namespace teipress
