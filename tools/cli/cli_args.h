// Command-line parsing shared by the subcommands: flags with values, repeated positionals,
// and a usage error that names what was wrong.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace teipress {

struct ParsedArgs {
  std::map<std::string, std::string> values;  // --flag VALUE (or -o VALUE)
  std::set<std::string> switches;             // --flag
  std::vector<std::string> positionals;
  std::string error;                          // non-empty on a usage error

  bool Has(const std::string& name) const { return switches.count(name) > 0; }
  std::string Value(const std::string& name, const std::string& fallback = "") const {
    auto it = values.find(name);
    return it == values.end() ? fallback : it->second;
  }
};

// `value_flags` take a value; `switch_flags` do not. "-h"/"--help" is a switch "--help".
ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& value_flags,
                     const std::set<std::string>& switch_flags);

// Parses --jobs: a positive number, or the number of cores when absent.
std::optional<int> ParseJobs(const ParsedArgs& args, std::string& error);

// Exit statuses of the CLI contract.
constexpr int kExitOk = 0;
constexpr int kExitInputProblems = 1;
constexpr int kExitUsage = 2;

}  // namespace teipress
