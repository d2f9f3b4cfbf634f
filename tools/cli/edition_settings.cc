#include "edition_settings.h"

#include <cctype>

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

std::optional<EditionConfig> LoadCommandConfig(const CommandLine& line, std::vector<Diagnostic>& diagnostics) {
  EditionConfig config;
  bool ok = true;
  if (line.Given("--config")) {
    ok = config.Load(line.Value("--config"), diagnostics);
  } else if (const auto found = FindEditionConfig(fs::current_path().string())) {
    ok = config.Load(*found, diagnostics);
  }
  // Run from the edition's own folder, paths stay relative (and messages short).
  boost::system::error_code ec;
  if (!config.file().empty() && fs::equivalent(config.root(), fs::current_path(), ec)) config.set_root(".");
  for (const std::string& assignment : line.Values("--set")) {
    if (!config.Set(assignment, diagnostics)) ok = false;
  }
  if (!ok) return std::nullopt;
  return config;
}

std::string SettingPath(const CommandLine& line, std::string_view option, const EditionConfig& config,
                        std::string_view key) {
  if (line.Given(option)) return line.Value(option);
  return config.Path(key, line.Value(option));
}

std::string SettingText(const CommandLine& line, std::string_view option, const EditionConfig& config,
                        std::string_view key) {
  if (line.Given(option)) return line.Value(option);
  return config.Text(key, line.Value(option));
}

std::string SchemaSetting(const EditionConfig& config, std::string_view key) {
  const std::string value = config.Text(key);
  if (value.empty() || value == "none" || value == "edition" || value == "tei_all") return value;
  return config.Path(key);
}

bool StylesheetParameters(const CommandLine& line, const EditionConfig& config,
                          std::map<std::string, std::string>& parameters) {
  const std::pair<const char*, const char*> from_config[] = {
      {"title", "edition-title"},     {"subtitle", "edition-subtitle"}, {"publisher", "edition-publisher"},
      {"licence", "edition-licence"}, {"base-url", "base-url"},         {"language", "language"}};
  for (const auto& [key, parameter] : from_config) {
    if (config.Has(key)) parameters[parameter] = config.Text(key);
  }
  if (config.Has("editors")) {
    std::string editors;
    for (const std::string& editor : config.List("editors")) editors += (editors.empty() ? "" : "; ") + editor;
    parameters["edition-editors"] = editors;
  }
  for (const std::string& assignment : line.Values("--param")) {
    const size_t equals = assignment.find('=');
    const std::string name = assignment.substr(0, equals == std::string::npos ? 0 : equals);
    const bool qname = !name.empty() && name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                                "0123456789-_.") == std::string::npos &&
                       !std::isdigit(static_cast<unsigned char>(name[0])) && name[0] != '-' && name[0] != '.';
    if (!qname) {
      line.UsageError("--param takes NAME=VALUE with a stylesheet parameter's name, not '" + assignment + "'");
      return false;
    }
    parameters[name] = assignment.substr(equals + 1);
  }
  return true;
}

}  // namespace teipress
