#include "help_text.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace teipress {
namespace {

constexpr size_t kWidth = 100;

std::string OptionLabel(const OptionSpec& option) {
  std::string label;
  if (!option.short_name.empty()) label += option.short_name;
  if (!option.short_name.empty() && !option.name.empty()) label += ", ";
  label += option.name;
  if (!option.argument.empty()) label += " " + std::string(option.argument);
  return label;
}

std::string OptionHelp(const OptionSpec& option) {
  std::string help(option.help);
  if (!option.default_value.empty()) help += " (default: " + std::string(option.default_value) + ")";
  return help;
}

// Two-column list: labels, then their text wrapped beside them.
std::string Columns(const std::vector<std::pair<std::string, std::string>>& rows) {
  size_t label_width = 0;
  for (const auto& [label, text] : rows) label_width = std::max(label_width, label.size());
  const size_t column = 2 + label_width + 2;
  std::string out;
  for (const auto& [label, text] : rows) {
    out += "  " + label + std::string(column - 2 - label.size(), ' ');
    out += WrapText(text, kWidth, column, column) + "\n";
  }
  return out;
}

std::string OptionRows(std::span<const OptionSpec> options) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (const OptionSpec& option : options) rows.emplace_back(OptionLabel(option), OptionHelp(option));
  return Columns(rows);
}

}  // namespace

std::string WrapText(std::string_view text, size_t width, size_t indent, size_t first_column) {
  std::string out;
  size_t column = first_column;
  bool line_empty = true;
  size_t at = 0;
  while (at < text.size()) {
    if (text.compare(at, 2, "\n\n") == 0) {  // a new paragraph
      out += "\n\n" + std::string(indent, ' ');
      column = indent;
      line_empty = true;
      at += 2;
      continue;
    }
    if (text[at] == ' ' || text[at] == '\n') {
      ++at;
      continue;
    }
    size_t end = at;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n') ++end;
    const std::string_view word = text.substr(at, end - at);
    if (!line_empty && column + 1 + word.size() > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    line_empty = false;
    at = end;
  }
  return out;
}

std::string FormatMainHelp() {
  std::string out = "usage: teipress <command> [options] [files]\n\n" + std::string(kProgramSummary) + "\n\ncommands:\n";
  std::vector<std::pair<std::string, std::string>> rows;
  for (const CommandSpec& command : Commands()) rows.emplace_back(command.name, command.summary);
  out += Columns(rows);
  out += "\noptions:\n" + OptionRows(GlobalOptions());
  out += "\nRun 'teipress <command> --help' (or 'teipress help <command>') for a command's options.\n";
  out += "Exit status: " + std::string(kExitStatuses) + "\n";
  return out;
}

std::string FormatCommandHelp(const CommandSpec& command) {
  std::string out = "usage: teipress " + std::string(command.name);
  if (!command.synopsis.empty()) out += " " + std::string(command.synopsis);
  out += "\n\n" + WrapText(command.description, kWidth, 0, 0) + "\n\noptions:\n";
  std::vector<OptionSpec> options(command.options.begin(), command.options.end());
  options.push_back(ColorOption());
  options.push_back(HelpOption());
  out += OptionRows(options);
  if (!command.exit_status.empty()) {
    out += "\n" + WrapText("Exit status: " + std::string(command.exit_status), kWidth, 0, 0) + "\n";
  }
  return out;
}

}  // namespace teipress
