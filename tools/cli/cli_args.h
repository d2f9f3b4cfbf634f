// A command's arguments parsed by its entry in the command table: options with values, switches,
// operands, and usage errors that name the command and the option.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "command_table.h"

namespace teipress {

struct ParsedCommandLine;

class CommandLine {
 public:
  explicit CommandLine(const CommandSpec& command) : command_(&command) {}

  const CommandSpec& command() const { return *command_; }
  // Whether the switch `key` (an option's key(), e.g. "--force") was given.
  bool Has(std::string_view key) const;
  // Whether the option `key` was given a value.
  bool Given(std::string_view key) const;
  // The value given to `key` (the last one), else the table's default for it.
  std::string Value(std::string_view key) const;
  // Every value given to the repeatable option `key`, in order.
  std::vector<std::string> Values(std::string_view key) const;
  const std::vector<std::string>& operands() const { return operands_; }

  // Says "teipress COMMAND: message" and how to get help on standard error; returns kExitUsage.
  int UsageError(const std::string& message) const;

 private:
  friend ParsedCommandLine ParseCommandLine(const CommandSpec& command, const std::vector<std::string>& args);
  const OptionSpec& Option(std::string_view key) const;

  const CommandSpec* command_;
  std::map<std::string, std::vector<std::string>, std::less<>> values_;
  std::set<std::string, std::less<>> switches_;
  std::vector<std::string> operands_;
};

struct ParsedCommandLine {
  CommandLine line;
  bool help = false;  // -h or --help was given: print the command's help, whatever else is wrong
  std::string error;  // non-empty on a usage error
};

// Options are those of `command` in the table (and -h/--help); "--name=value" and "--name value"
// both give a value, "--" ends the options, "-" is an operand (standard output/input).
ParsedCommandLine ParseCommandLine(const CommandSpec& command, const std::vector<std::string>& args);

// --jobs: a positive number, or the number of cores when absent.
std::optional<int> ParseJobs(const CommandLine& line, std::string& error);

// build --shard I/N: shard `index` (1-based) of `count`; false with a usage error otherwise.
bool ParseShard(const std::string& text, int& index, int& count, std::string& error);

// A kCount value: a positive number up to 10000.
std::optional<int> ParsePositiveCount(std::string_view text);

}  // namespace teipress
