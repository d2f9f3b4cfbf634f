// teipress validate: TEI against RELAX NG and ISO Schematron, reported for people or for CI.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "commands.h"
#include "edition_settings.h"
#include "data_paths.h"
#include "diagnostic_catalog.h"
#include "parallel.h"
#include "relaxng_validator.h"
#include "sarif_report.h"
#include "schematron_validator.h"
#include "svrl_report.h"
#include "validation_report.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

void CollectXmlFiles(const std::string& path, std::vector<std::string>& files, std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() == ".xml" && fs::is_regular_file(it->path(), ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    diagnostics.push_back({path, 0, 0, Severity::kError, "no such file or directory", rules::kIoRead});
  }
}

}  // namespace

// The schema a setting names ("edition", "tei_all" or a file), as a file.
std::string SchemaFile(const std::string& setting, const std::string& fallback) {
  if (setting.empty()) return fallback;
  if (setting == "edition" || setting == "tei_all") return DataPath("schemas/" + setting + ".rng");
  return setting;
}

int RunValidate(const CommandLine& line) {
  std::vector<Diagnostic> config_errors;
  const std::optional<EditionConfig> config = LoadCommandConfig(line, config_errors);
  if (!config) {
    PrintDiagnostics(config_errors);
    return kExitUsage;
  }
  const std::string format = line.Value("--format");
  const std::string configured_rules = SchemaSetting(*config, "schematron");
  const std::string schematron_path =
      line.Given("--schematron") || configured_rules == "none"
          ? line.Value("--schematron")
          : (configured_rules == "edition" ? DataPath("schemas/edition.sch") : configured_rules);
  const bool needs_schematron = format == "svrl" || line.Given("--phase") || line.Given("--authority");
  if (schematron_path.empty() && needs_schematron) {
    return line.UsageError("--format svrl, --phase and --authority need --schematron FILE");
  }
  std::string jobs_error;
  const auto jobs = ParseJobs(line, jobs_error);
  if (!jobs) return line.UsageError(jobs_error);

  std::vector<Diagnostic> setup;
  std::vector<std::string> files;
  for (const std::string& path : line.operands()) CollectXmlFiles(path, files, setup);
  const std::string configured_schema = SchemaSetting(*config, "schema");
  const std::string schema_path =
      line.Given("--schema") ? line.Value("--schema") : SchemaFile(configured_schema == "none" ? "" : configured_schema,
                                                                   DataPath("schemas/edition.rng"));
  auto schema = RelaxNgSchema::Compile(schema_path, setup, *RelaxNgEngineNamed(line.Value("--engine")));
  if (!schema) {
    PrintDiagnostics(setup);
    return kExitUsage;
  }
  std::unique_ptr<SchematronSchema> schematron;
  if (!schematron_path.empty()) {
    SchematronOptions options;
    options.phase = SettingText(line, "--phase", *config, "phase");
    // The authority files: --authority, else the configuration's, else tei/authority of the
    // edition (its configured tei folder; here without a configuration). Never the schema's own
    // neighbourhood, which in an installed teipress is /usr/share/teipress, far from any edition;
    // and absolute, as document() would resolve a relative one against the schema.
    // Other rules get it only when asked (a schema without that let cannot take it).
    const bool edition_rules = fs::path(schematron_path).filename() == "edition.sch";
    const std::string tei_authority = (fs::path(config->Path("tei", "tei")) / "authority").string();
    const std::string authority_dir =
        line.Given("--authority") ? line.Value("--authority") : config->Path("authority", tei_authority);
    if (edition_rules || line.Given("--authority")) {
      options.parameters["authority-dir"] = fs::absolute(authority_dir).lexically_normal().string() + "/";
    }
    // Without authority entries the edition rules check everything but the names' links (as the
    // build does), and say so once.
    if (edition_rules && options.phase.empty()) {
      std::vector<Diagnostic> authority_notes;
      if (Authority::Load(authority_dir, authority_notes).size() == 0) {
        options.phase = "without-authority";
        setup.push_back({authority_dir, 0, 0, Severity::kWarning,
                         "no authority entries here: names are not checked against authority files (give their "
                         "folder with --authority, or the configuration's authority key)",
                         rules::kAuthorityMissing});
      }
    }
    schematron = SchematronSchema::Compile(schematron_path, options, setup);
    if (!schematron) {
      PrintDiagnostics(setup);
      return kExitUsage;
    }
  }
  std::vector<SvrlReport> svrl(files.size());
  std::vector<std::vector<Diagnostic>> schema_errors(files.size());
  // One report per schema, so that CI formats can say which schema a finding comes from.
  ValidationReports reports(schematron ? 2 : 1);
  reports[0].schema = schema_path;
  if (schematron) reports[1].schema = schematron_path;
  for (ValidationReport& report : reports) report.files.resize(files.size());
  XmlReadOptions read_options;
  read_options.xinclude = line.Has("--xinclude");
  read_options.xinclude_root = line.Value("--xinclude-root");
  if (schematron) schematron->ReserveInstances(std::min<size_t>(files.size(), std::max(*jobs, 1)));
  ParallelFor(files.size(), *jobs, [&](size_t i) {
    FileVerdict& verdict = reports[0].files[i];
    verdict.file = files[i];
    // Without Schematron or XInclude nothing needs the tree: the file is streamed.
    if (!schematron && !read_options.xinclude) {
      verdict.valid = schema->ValidateFile(files[i], verdict.diagnostics);
      SortDiagnostics(verdict.diagnostics);
      return;
    }
    XmlDocPtr document = ReadXmlFile(files[i], verdict.diagnostics, read_options);
    verdict.valid = document && schema->Validate(document.get(), files[i], verdict.diagnostics);
    SortDiagnostics(verdict.diagnostics);
    if (!schematron) return;
    FileVerdict& rules = reports[1].files[i];
    rules.file = files[i];
    // A file that cannot be parsed fails the rules too, though only the grammar's report says why.
    const SchematronVerdict outcome =
        document ? schematron->Check(document.get(), files[i], rules.diagnostics, format == "svrl" ? &svrl[i].svrl : nullptr)
                 : SchematronVerdict::kInvalid;
    if (outcome == SchematronVerdict::kSchemaError) rules.diagnostics.swap(schema_errors[i]);
    rules.valid = outcome == SchematronVerdict::kValid;
    svrl[i].file = files[i];
    SortDiagnostics(rules.diagnostics);
  });
  // Rules that fail while they run are the schema's error, not the documents': reported once per
  // place in the schema, with no verdicts from the rules, and exit status 2.
  std::vector<Diagnostic> schema_failures;
  std::map<std::pair<std::string, int>, int> failures_at;
  for (const std::vector<Diagnostic>& errors : schema_errors) {
    for (const Diagnostic& d : errors) {
      if (failures_at[{d.file, d.line}]++ == 0) schema_failures.push_back(d);
    }
  }
  for (Diagnostic& d : schema_failures) {
    const int others = failures_at[{d.file, d.line}] - 1;
    if (others > 0) d.message += " (and in " + std::to_string(others) + " other files)";
  }
  if (!schema_failures.empty()) {
    reports.resize(1);
    setup.insert(setup.end(), schema_failures.begin(), schema_failures.end());
  }
  PrintDiagnostics(setup);
  if (format == "human") {
    std::cerr << FormatHuman(reports, ColorDiagnostics());
  } else if (format == "svrl") {
    if (schema_failures.empty()) std::cout << FormatSvrl(svrl);
    std::cerr << FormatHuman(reports, ColorDiagnostics());
  } else {
    std::cout << (format == "json"    ? FormatJson(reports)
                  : format == "junit" ? FormatJUnit(reports)
                  : format == "sarif" ? FormatSarif(reports)
                                      : FormatGitHub(reports));
    std::cerr << FormatSummary(reports);
  }
  if (!setup.empty() && HasErrors(setup)) return kExitUsage;
  // A file that could not be read is no verdict on its content.
  for (const FileVerdict& verdict : reports[0].files) {
    if (ExitStatus(verdict.diagnostics, kExitOk) == kExitUsage) return kExitUsage;
  }
  bool all_valid = true;
  for (const ValidationReport& report : reports) all_valid = all_valid && report.ValidCount() == report.files.size();
  return all_valid ? kExitOk : kExitInputProblems;
}

}  // namespace teipress
