// The one table of teipress's commands, as ninja's kTools[]: dispatch, `teipress --help`, each
// command's --help, the option parser and its usage errors all read it, so an option exists only
// if it is documented here. The text is plain (no terminal formatting, paragraphs unwrapped) so
// that generators can walk the table too: man pages teipress(1), teipress-build(1), … and shell
// completions.
#pragma once

#include <span>
#include <string_view>

namespace teipress {

class CommandLine;

// What an option's argument or an operand is, for completions and for checking values.
enum class ValueKind {
  kNone,       // a switch: the option takes no argument
  kFile,       // a file name
  kDirectory,  // a directory name
  kPath,       // a file or a directory
  kCount,      // a positive whole number
  kChoice,     // one of `choices`
  kCommand,    // the name of a teipress command
  kText,       // anything else (a phase name)
};

struct OptionSpec {
  std::string_view name;        // "--output"; empty when the option has only a short name
  std::string_view short_name;  // "-o"; empty when none
  std::string_view argument;    // "DIR" as shown in help; empty for a switch
  ValueKind kind = ValueKind::kNone;
  std::span<const std::string_view> choices;  // the values a kChoice option accepts
  // The value the command uses when the option is absent, shown as "(default: …)"; empty when
  // absence means something else, which `help` then says in words.
  std::string_view default_value;
  std::string_view help;  // one sentence or two, plain text
  bool repeatable = false;  // may be given more than once (--set, --param): every value is kept

  // The name the parser files the value under: the long name, or the short one when it has none.
  std::string_view key() const { return name.empty() ? short_name : name; }
  bool is_switch() const { return kind == ValueKind::kNone; }
};

struct OperandSpec {
  std::string_view name;  // "FILE.txt" as shown in the synopsis
  ValueKind kind = ValueKind::kFile;
  std::string_view extension;  // ".txt", ".xml": what completion offers; empty for any file
  int min = 0;
  int max = 0;                  // -1: any number
  std::string_view if_missing;  // the usage error when fewer than `min` are given
};

struct CommandSpec {
  std::string_view name;
  std::string_view summary;   // one line, for `teipress --help` and the man page's NAME
  std::string_view synopsis;  // what follows "teipress NAME" in the usage line
  // Paragraphs separated by an empty line, each one unwrapped line of plain text.
  std::string_view description;
  std::span<const OptionSpec> options;  // without -h/--help, which every command takes
  OperandSpec operands;
  int (*run)(const CommandLine&);
  // Whether the command uses libxml2/libxslt (they are initialized before it runs).
  bool uses_xml = true;
  // What the command writes to standard output and to standard error, and what its exit statuses
  // mean: one plain sentence or two each, part of the contract scripts rely on (the man pages).
  std::string_view streams = {};
  std::string_view exit_status = {};
};

// An environment variable teipress reads, for the man page teipress(1).
struct EnvironmentSpec {
  std::string_view name;
  std::string_view help;
};

// teipress itself, for `teipress --help` and the man page teipress(1).
inline constexpr std::string_view kProgramSummary = "TEI-XML toolchain for scholarly editions of archive documents.";
inline constexpr std::string_view kExitStatuses = "0 success, 1 problems in the input, 2 usage or I/O error.";
// Which stream carries what, for every command (each command's `streams` says more).
inline constexpr std::string_view kOutputStreams =
    "Standard output carries only what a command makes for further use: the TEI of 'convert -o -', the text of "
    "'totext', the reports of 'validate --format', the help and the version. Diagnostics (FILE:LINE:COL: "
    "severity: message [rule]), progress and summaries go to standard error.";

// Every command, in the order `teipress --help` lists them.
std::span<const CommandSpec> Commands();

// Options every command takes (-h/--help, --color), and those of `teipress` itself.
const OptionSpec& HelpOption();
const OptionSpec& ColorOption();
std::span<const OptionSpec> GlobalOptions();

// The environment variables teipress reads.
std::span<const EnvironmentSpec> EnvironmentVariables();

// The command called `name`, or null.
const CommandSpec* FindCommand(std::string_view name);

// Exit statuses of the CLI contract.
constexpr int kExitOk = 0;
constexpr int kExitInputProblems = 1;
constexpr int kExitUsage = 2;

}  // namespace teipress
