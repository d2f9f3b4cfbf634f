#include "edition_config.h"

#include <toml++/toml.h>

#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "file_io.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

using K = ConfigKind;

constexpr std::string_view kLanguages[] = {"en", "de", "fr", "ru"};
constexpr std::string_view kPapers[] = {"a4", "letter"};

constexpr ConfigKey kKeys[] = {
    {"title", K::kText, {}, "\"My edition\"", "The edition's title: page titles, the site header, the PDF title page and metadata."},
    {"subtitle", K::kText, {}, "\"Letters and papers\"", "Printed under the title on the index page and the PDF title page."},
    {"publisher", K::kText, {}, "\"My institution\"",
     "Who publishes the edition: the page footer, the PDF metadata and each generated TEI's publicationStmt."},
    {"editors", K::kList, {}, "[\"Ada Lovelace\", \"Charles Babbage\"]", "The editors, named on the index page and the PDF title page."},
    {"licence", K::kText, {}, "\"CC BY 4.0\"", "The licence of the edition: footer, PDF title page, each generated TEI's publicationStmt."},
    {"base-url", K::kUrl, {}, "\"https://example.org/edition/\"",
     "Where the HTML edition will be published (http or https): each page's canonical link, the PDF title page."},
    {"language", K::kChoice, kLanguages, "\"en\"", "The interface language of the HTML and print editions: en, de, fr or ru."},
    {"paper", K::kChoice, kPapers, "\"a4\"", "Page size of the print edition: a4 or letter."},
    {"pdfa", K::kBoolean, {}, "false", "true makes archival PDF/A-1b instead of plain PDF."},
    {"sources", K::kPath, {}, "\"sources\"", "Folder of plain-text archive exports to convert (searched recursively)."},
    {"tei", K::kPath, {}, "\"tei\"",
     "Folder of the edition's TEI files (searched recursively). An XML file there that is not TEI must be what a "
     "document includes with xi:include (a shared list, say); any other is refused (input.not-tei)."},
    {"authority", K::kPath, {}, "\"tei/authority\"",
     "Folder of the authority lists (persons.xml, places.xml, orgs.xml, archives.xml); without them names are not linked."},
    {"out", K::kPath, {}, "\"output\"", "Where the HTML and print editions are written."},
    {"schema", K::kPath, {}, "\"tei_all\"",
     "RELAX NG schema for the TEI: a file, or tei_all, edition or none (well-formedness only). Default: edition for "
     "teipress's own conversions, tei_all for any other TEI."},
    {"schematron", K::kPath, {}, "\"schemas/project.sch\"",
     "ISO Schematron rules for the TEI, or none. Default: edition.sch for teipress's own conversions, none for other TEI."},
    {"phase", K::kText, {}, "\"#DEFAULT\"", "The Schematron phase to check."},
    {"profile", K::kPath, {}, "\"profile\"",
     "A folder whose html.xsl and print.xsl import teipress's stylesheets and override templates and parameters; its "
     "css/ and assets/ are copied after the defaults."},
};

// What is wrong with `value` for `key`, or "".
std::string CheckValue(const ConfigKey& key, const std::string& value) {
  if (value.find('\0') != std::string::npos) return "a NUL character";
  switch (key.kind) {
    case K::kChoice:
      for (std::string_view choice : key.choices) {
        if (value == choice) return "";
      }
      return "'" + value + "'";
    case K::kBoolean: return value == "true" || value == "false" ? "" : "'" + value + "'";
    case K::kUrl: {
      const bool scheme = value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0;
      if (!scheme || value.find_first_of(" \t\r\n\"<>") != std::string::npos) return "'" + value + "'";
      return "";
    }
    case K::kPath: return value.empty() ? "an empty path" : "";
    case K::kText:
    case K::kList: return "";
  }
  return "";
}

std::string_view Trim(std::string_view text) {
  const size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {};
  const size_t end = text.find_last_not_of(" \t");
  return text.substr(begin, end - begin + 1);
}

// A TOML node's value as strings, or nullopt when it is not of the key's kind.
std::optional<std::vector<std::string>> NodeValues(const ConfigKey& key, const toml::node& node) {
  if (key.kind == K::kBoolean) {
    if (const auto* flag = node.as_boolean()) return std::vector<std::string>{flag->get() ? "true" : "false"};
    return std::nullopt;
  }
  if (const auto* text = node.as_string()) return std::vector<std::string>{text->get()};
  if (key.kind != K::kList) return std::nullopt;
  const auto* array = node.as_array();
  if (!array) return std::nullopt;
  std::vector<std::string> values;
  for (const toml::node& item : *array) {
    const auto* text = item.as_string();
    if (!text) return std::nullopt;
    values.push_back(text->get());
  }
  return values;
}

}  // namespace

std::string DescribeConfigKind(const ConfigKey& key) {
  switch (key.kind) {
    case K::kText: return "a string";
    case K::kPath: return "a path (a string)";
    case K::kUrl: return "an http or https URL (a string)";
    case K::kBoolean: return "true or false";
    case K::kList: return "a list of strings, e.g. [\"A\", \"B\"]";
    case K::kChoice: {
      std::string list;
      for (size_t i = 0; i < key.choices.size(); ++i) {
        if (i > 0) list += i + 1 == key.choices.size() ? " or " : ", ";
        list += "\"" + std::string(key.choices[i]) + "\"";
      }
      return list;
    }
  }
  return "";
}

std::span<const ConfigKey> ConfigKeys() { return kKeys; }

const ConfigKey* FindConfigKey(std::string_view name) {
  for (const ConfigKey& key : kKeys) {
    if (key.name == name) return &key;
  }
  return nullptr;
}

std::span<const std::string_view> InterfaceLanguages() { return kLanguages; }

std::string EditionConfig::Text(std::string_view key, std::string_view fallback) const {
  const auto found = values_.find(std::string(key));
  if (found == values_.end() || found->second.empty()) return std::string(fallback);
  return found->second.front();
}

std::vector<std::string> EditionConfig::List(std::string_view key) const {
  const auto found = values_.find(std::string(key));
  return found == values_.end() ? std::vector<std::string>{} : found->second;
}

bool EditionConfig::Boolean(std::string_view key, bool fallback) const {
  if (!Has(key)) return fallback;
  return Text(key) == "true";
}

std::string EditionConfig::Path(std::string_view key, std::string_view fallback) const {
  const std::string value = Text(key, fallback);
  if (value.empty()) return "";
  const fs::path path(value);
  if (path.is_absolute() || root_.empty() || root_ == ".") return path.string();
  return (fs::path(root_) / path).lexically_normal().string();
}

bool EditionConfig::Store(const ConfigKey& key, std::vector<std::string> values, const std::string& where, int line,
                          int column, std::vector<Diagnostic>& diagnostics) {
  for (const std::string& value : values) {
    const std::string problem = CheckValue(key, value);
    if (!problem.empty()) {
      diagnostics.push_back({where, line, column, Severity::kError,
                             std::string(key.name) + " must be " + DescribeConfigKind(key) + ", not " + problem,
                             rules::kConfigBadValue});
      return false;
    }
  }
  values_[std::string(key.name)] = std::move(values);
  return true;
}

bool EditionConfig::Parse(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics) {
  file_ = file;
  root_ = fs::path(file).parent_path().string();
  if (root_.empty()) root_ = ".";
  toml::table table;
  try {
    // Debian's toml++ is a shared library built with exceptions: a syntax error throws.
    table = toml::parse(text, file);
  } catch (const toml::parse_error& error) {
    diagnostics.push_back({file, static_cast<int>(error.source().begin.line),
                           static_cast<int>(error.source().begin.column), Severity::kError,
                           "not valid TOML: " + std::string(error.description()) +
                               " (write settings as key = \"value\", one a line)",
                           rules::kConfigSyntax});
    return false;
  }
  bool ok = true;
  for (const auto& [name, node] : table) {
    const int line = static_cast<int>(name.source().begin.line);
    const int column = static_cast<int>(name.source().begin.column);
    const ConfigKey* key = FindConfigKey(name.str());
    if (!key) {
      std::string known;
      for (const ConfigKey& each : kKeys) known += (known.empty() ? "" : ", ") + std::string(each.name);
      diagnostics.push_back({file, line, column, Severity::kError,
                             "unknown setting '" + std::string(name.str()) + "'; the settings are " + known,
                             rules::kConfigUnknownKey});
      ok = false;
      continue;
    }
    const auto values = NodeValues(*key, node);
    if (!values) {
      diagnostics.push_back({file, static_cast<int>(node.source().begin.line),
                             static_cast<int>(node.source().begin.column), Severity::kError,
                             std::string(key->name) + " must be " + DescribeConfigKind(*key), rules::kConfigBadValue});
      ok = false;
      continue;
    }
    if (!Store(*key, *values, file, static_cast<int>(node.source().begin.line),
               static_cast<int>(node.source().begin.column), diagnostics)) {
      ok = false;
    }
  }
  return ok;
}

bool EditionConfig::Load(const std::string& path, std::vector<Diagnostic>& diagnostics) {
  std::string text, error;
  if (!ReadFile(path, text, error)) {
    diagnostics.push_back({path, 0, 0, Severity::kError, error, rules::kIoRead});
    return false;
  }
  return Parse(text, path, diagnostics);
}

bool EditionConfig::Set(std::string_view assignment, std::vector<Diagnostic>& diagnostics) {
  const size_t equals = assignment.find('=');
  const std::string where = "--set " + std::string(assignment);
  if (equals == std::string_view::npos) {
    diagnostics.push_back({where, 0, 0, Severity::kError, "--set takes KEY=VALUE, e.g. --set title=\"My edition\"",
                           rules::kConfigBadValue});
    return false;
  }
  const std::string name(Trim(assignment.substr(0, equals)));
  const std::string value(Trim(assignment.substr(equals + 1)));
  const ConfigKey* key = FindConfigKey(name);
  if (!key) {
    diagnostics.push_back({where, 0, 0, Severity::kError, "unknown setting '" + name + "'", rules::kConfigUnknownKey});
    return false;
  }
  std::vector<std::string> values;
  if (key->kind == K::kList) {
    std::string_view rest = value;
    while (!rest.empty()) {
      const size_t semicolon = rest.find(';');
      const std::string_view item = Trim(rest.substr(0, semicolon));
      if (!item.empty()) values.emplace_back(item);
      rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
    }
  } else {
    values.push_back(value);
  }
  // A path given on the command line is relative to the current directory, not to the file; the
  // schemas' names (none, edition, tei_all) are no paths.
  const bool schema_name = (key->name == "schema" || key->name == "schematron") &&
                           (value == "none" || value == "edition" || value == "tei_all");
  if (key->kind == K::kPath && !value.empty() && !schema_name && fs::path(value).is_relative()) {
    values = {fs::absolute(fs::path(value)).lexically_normal().string()};
  }
  return Store(*key, std::move(values), where, 0, 0, diagnostics);
}

std::optional<std::string> FindEditionConfig(const std::string& directory) {
  boost::system::error_code ec;
  fs::path current = fs::absolute(fs::path(directory.empty() ? "." : directory)).lexically_normal();
  while (true) {
    const fs::path candidate = current / std::string(kEditionConfigName);
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (!current.has_parent_path() || current.parent_path() == current) return std::nullopt;
    current = current.parent_path();
  }
}

std::string EditionConfigTemplate(std::string_view title) {
  std::string text =
      "# The edition's configuration, read by every teipress command run in this folder or below it.\n"
      "# TOML: key = \"value\", one a line; '#' starts a comment. Every key can also be given on the\n"
      "# command line as --set KEY=VALUE, which wins over this file. Paths are relative to this file.\n"
      "# man 5 teipress-config explains every key.\n";
  for (const ConfigKey& key : kKeys) {
    text += "\n# " + std::string(key.help) + "\n";
    if (key.name == "title") {
      std::string quoted;
      for (char c : title) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
      }
      text += "title = \"" + quoted + "\"\n";
    } else {
      text += "# " + std::string(key.name) + " = " + std::string(key.example) + "\n";
    }
  }
  return text;
}

}  // namespace teipress
