// The edition configuration a command runs with: teipress.toml found from the current directory
// upward (or the file --config names), then every --set KEY=VALUE in order. A command's own
// option (--tei DIR, --paper letter) wins over both.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli_args.h"
#include "diagnostic.h"
#include "edition_config.h"

namespace teipress {

// Null when the file or a --set is wrong (the diagnostics say where).
std::optional<EditionConfig> LoadCommandConfig(const CommandLine& line, std::vector<Diagnostic>& diagnostics);

// The directory or file for `option` (e.g. "--tei"): the option's value when given, else the
// configuration's `key` (relative to its file), else the option's table default relative to the
// configuration's folder (so `teipress build` works from any folder of the edition).
std::string SettingPath(const CommandLine& line, std::string_view option, const EditionConfig& config,
                        std::string_view key);

// The option's value when given, else the configuration's, else the table's default.
std::string SettingText(const CommandLine& line, std::string_view option, const EditionConfig& config,
                        std::string_view key);

// A schema setting: one of the names "none", "edition", "tei_all" as it is, else a path resolved
// against the configuration's folder; "" when not set.
std::string SchemaSetting(const EditionConfig& config, std::string_view key);

// The parameters every stylesheet gets from the configuration (edition-title, edition-subtitle,
// edition-publisher, edition-editors, edition-licence, base-url, language), then the command's
// --param NAME=VALUE, each a string. Returns false (with a usage error said) on a malformed --param.
bool StylesheetParameters(const CommandLine& line, const EditionConfig& config,
                          std::map<std::string, std::string>& parameters);

}  // namespace teipress
