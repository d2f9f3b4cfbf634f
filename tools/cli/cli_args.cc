#include "cli_args.h"

#include <thread>

namespace teipress {

ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& value_flags,
                     const std::set<std::string>& switch_flags) {
  ParsedArgs parsed;
  bool only_positionals = false;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (only_positionals || arg == "-" || arg.empty() || arg[0] != '-') {
      parsed.positionals.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positionals = true;
      continue;
    }
    if (arg == "-h") arg = "--help";
    std::string value;
    bool has_inline_value = false;
    const size_t equals = arg.find('=');
    if (arg.rfind("--", 0) == 0 && equals != std::string::npos) {
      value = arg.substr(equals + 1);
      arg = arg.substr(0, equals);
      has_inline_value = true;
    }
    if (value_flags.count(arg)) {
      if (!has_inline_value) {
        if (i + 1 >= args.size()) {
          parsed.error = arg + " needs a value";
          return parsed;
        }
        value = args[++i];
      }
      parsed.values[arg] = value;
    } else if (switch_flags.count(arg) || arg == "--help") {
      if (has_inline_value) {
        parsed.error = arg + " takes no value";
        return parsed;
      }
      parsed.switches.insert(arg);
    } else {
      parsed.error = "unknown option " + arg;
      return parsed;
    }
  }
  return parsed;
}

std::optional<int> ParseJobs(const ParsedArgs& args, std::string& error) {
  const std::string text = args.Value("--jobs");
  if (!args.values.count("--jobs")) {
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : static_cast<int>(cores);
  }
  int jobs = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || jobs > 10000) {
      error = "--jobs takes a positive number, not '" + text + "'";
      return std::nullopt;
    }
    jobs = jobs * 10 + (c - '0');
  }
  if (jobs < 1) {
    error = "--jobs takes a positive number, not '" + text + "'";
    return std::nullopt;
  }
  return jobs;
}

}  // namespace teipress
