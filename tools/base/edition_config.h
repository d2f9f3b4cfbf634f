// The edition configuration: one TOML file at the edition's root (teipress.toml), found from the
// current directory upward as git finds its repository, or named with --config, and read by every
// command. Every key can also be set on the command line (--set KEY=VALUE), which wins over the
// file. The keys, their kinds and their explanations are one table (ConfigKeys()): the reader
// checks against it, `teipress init` writes it out as a commented file, the README lists it.
//
// Why TOML, read by toml++ (Debian's libtomlplusplus-dev): editors write this file by hand, so it
// needs comments, plain `key = "value"` lines and errors that name the line; TOML is exactly that
// and no more (no anchors, no implicit typing of `no` or `1.0` as YAML has), and toml++ is a
// maintained parser (a small shared library in Debian) that reports line and column for every
// error and for every key, so each message can name them.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace teipress {

inline constexpr std::string_view kEditionConfigName = "teipress.toml";

enum class ConfigKind {
  kText,      // a string
  kList,      // an array of strings (a single string is a list of one)
  kBoolean,   // true or false
  kChoice,    // one of `choices`
  kPath,      // a file or directory, relative to the configuration file's directory
  kUrl,       // an absolute http(s) URL
};

struct ConfigKey {
  std::string_view name;
  ConfigKind kind;
  std::span<const std::string_view> choices;
  std::string_view example;  // as written in the commented file `teipress init` writes
  std::string_view help;     // one sentence
};

// Every key, in the order `teipress init` writes them.
std::span<const ConfigKey> ConfigKeys();
const ConfigKey* FindConfigKey(std::string_view name);
// What a value of `key` must be ("a string", "true or false", "\"a4\" or \"letter\""), for
// messages and teipress-config(5).
std::string DescribeConfigKind(const ConfigKey& key);

// The interface languages the translations file (xslt/common/i18n.xml) has complete.
std::span<const std::string_view> InterfaceLanguages();

class EditionConfig {
 public:
  // The file the settings came from ("" when none) and the directory relative paths resolve
  // against: the file's directory, else the current directory.
  const std::string& file() const { return file_; }
  const std::string& root() const { return root_; }

  bool Has(std::string_view key) const { return values_.count(std::string(key)) > 0; }
  // The value of a text, choice, URL or boolean ("true"/"false") key; `fallback` when not set.
  std::string Text(std::string_view key, std::string_view fallback = "") const;
  // A list key's values.
  std::vector<std::string> List(std::string_view key) const;
  bool Boolean(std::string_view key, bool fallback = false) const;
  // A path key resolved against root(); `fallback` (also resolved) when not set, "" when both empty.
  std::string Path(std::string_view key, std::string_view fallback = "") const;

  // Reads TOML `text` as the file `file` (whose directory becomes root()). Unknown keys, values
  // of the wrong kind and syntax errors are diagnostics naming the file, line and column; the
  // keys that were right are kept. Returns false on any error.
  bool Parse(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics);
  // Reads the file at `path`.
  bool Load(const std::string& path, std::vector<Diagnostic>& diagnostics);
  // One --set KEY=VALUE from the command line; wins over the file. A list takes its items
  // separated by ';' ("editors=Ada Lovelace; Charles Babbage").
  bool Set(std::string_view assignment, std::vector<Diagnostic>& diagnostics);

  void set_root(std::string root) { root_ = std::move(root); }

 private:
  bool Store(const ConfigKey& key, std::vector<std::string> values, const std::string& where, int line, int column,
             std::vector<Diagnostic>& diagnostics);

  std::string file_;
  std::string root_ = ".";
  std::map<std::string, std::vector<std::string>> values_;
};

// The configuration file that applies in `directory`: teipress.toml there or in the nearest
// directory above it that has one; nullopt when none has.
std::optional<std::string> FindEditionConfig(const std::string& directory);

// The commented configuration file `teipress init` writes: every key, each with its explanation,
// `title` set to `title`, the others commented out at their example values.
std::string EditionConfigTemplate(std::string_view title);

}  // namespace teipress
