#include "cli.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "cli_args.h"
#include "converter.h"
#include "data_paths.h"
#include "edition_builder.h"
#include "edition_renderer.h"
#include "file_io.h"
#include "frus_splitter.h"
#include "parallel.h"
#include "pdf_renderer.h"
#include "relaxng_validator.h"
#include "schematron_validator.h"
#include "svrl_report.h"
#include "tei_output.h"
#include "totext.h"
#include "validation_report.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kMainUsage = R"(usage: teipress <command> [options] [files]

TEI-XML toolchain for scholarly editions of archive documents.

commands:
  convert   plain-text archive exports -> TEI P5
  validate  TEI against RELAX NG (and Schematron), with diagnostics for people and CI
  render    TEI -> HTML page and XSL-FO (and PDF with Apache FOP)
  totext    TEI -> the plain text it was converted from (round trip)
  split     a FRUS volume -> one standalone TEI file per document
  build     the whole edition: convert, validate, render HTML and PDF

Run 'teipress <command> --help' for a command's options. 'teipress --version' prints the version.
Exit status: 0 success, 1 problems in the input, 2 usage or I/O error.
)";

void PrintDiagnostics(std::vector<Diagnostic> diagnostics) {
  SortDiagnostics(diagnostics);
  for (const Diagnostic& d : diagnostics) std::cerr << FormatGnu(d) << '\n';
}

// Exit status 2 when reading or writing a file failed (io.* rules), else `otherwise`: an I/O
// problem is not a verdict on the input.
int ExitStatus(const std::vector<Diagnostic>& diagnostics, int otherwise) {
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError && d.rule.rfind("io.", 0) == 0) return kExitUsage;
  }
  return otherwise;
}

int UsageError(const std::string& command, const std::string& message) {
  std::cerr << "teipress " << command << ": " << message << "\nTry 'teipress " << command << " --help'.\n";
  return kExitUsage;
}

// ---- convert ----

constexpr const char* kConvertUsage = R"(usage: teipress convert [-o DIR] [--force] [--authority DIR] FILE.txt...

Converts archive exports to TEI P5, writing DIR/<record-id>.xml (DIR defaults to tei/, created
if missing; the record id comes from the citation's URL, else the file name). '-o -' writes the
TEI to standard output.

A TEI file that was edited since teipress generated it is never overwritten without --force.
Doubtful spots (an unclosed bracket, a note of unknown kind) are warnings; input that is not
UTF-8 text is an error and produces no file.

options:
  -o, --output DIR    output directory, or - for standard output (default: tei)
  --force             overwrite TEI files even when they were edited by hand
  --authority DIR     authority files for linking names (default: tei/authority)
)";

int Convert(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {"-o", "--output", "--authority"}, {"--force"});
  if (parsed.Has("--help")) {
    std::cout << kConvertUsage;
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("convert", parsed.error);
  if (parsed.positionals.empty()) return UsageError("convert", "no input files");
  const std::string output = parsed.Value("-o", parsed.Value("--output", "tei"));
  std::vector<Diagnostic> diagnostics;
  const Authority authority = Authority::Load(parsed.Value("--authority", "tei/authority"), diagnostics);
  bool input_problems = false, io_problems = false;
  std::map<std::string, std::string> written_by;  // record id -> the source written to it in this run
  for (const std::string& file : parsed.positionals) {
    std::string bytes, error;
    if (!ReadFile(file, bytes, error)) {
      diagnostics.push_back({file, 0, 0, Severity::kError, error, "io.read"});
      io_problems = true;
      continue;
    }
    const ConversionResult result = teipress::Convert(bytes, file, authority, diagnostics);
    if (!result.ok) {
      input_problems = true;
      continue;
    }
    if (output == "-") {
      std::cout << result.tei;
      continue;
    }
    const std::string path = (fs::path(output) / (result.record_id + ".xml")).string();
    if (const auto [first, fresh] = written_by.emplace(result.record_id, file); !fresh) {
      diagnostics.push_back({file, 0, 0, Severity::kWarning,
                             "names the same record (" + result.record_id + ") as " + first->second + ", already written to " +
                                 path + "; this one is not written (remove the duplicate source)",
                             "convert.duplicate-record"});
      input_problems = true;
      continue;
    }
    const TeiWriteOutcome outcome = WriteGeneratedTei(path, result.tei, parsed.Has("--force"), diagnostics);
    if (outcome == TeiWriteOutcome::kKeptEdited) input_problems = true;
    if (outcome == TeiWriteOutcome::kFailed) io_problems = true;
    if (outcome == TeiWriteOutcome::kWritten) std::cerr << file << " -> " << path << '\n';
  }
  PrintDiagnostics(diagnostics);
  return io_problems ? kExitUsage : input_problems ? kExitInputProblems : kExitOk;
}

// ---- validate ----

constexpr const char* kValidateUsage = R"(usage: teipress validate [--schema FILE] [--schematron FILE [--phase NAME] [--authority DIR]] [--format FORMAT] [--jobs N] [--xinclude] PATH...

Validates TEI files (directories are searched recursively for *.xml) against a RELAX NG schema
(default: the edition schema, schemas/edition.rng). The schema is compiled once per run and the
files are validated in parallel. Never stops at the first invalid file.

Diagnostics: FILE:LINE:COL: error|warning: message [rule], sorted by file and line, on standard
error; --format json|junit|github writes a machine-readable report to standard output instead.

options:
  --schema FILE       RELAX NG schema (XML syntax), e.g. tei_all.rng
  --schematron FILE   also check ISO Schematron rules, e.g. schemas/edition.sch (errors make a file
                      invalid, warnings do not)
  --phase NAME        the Schematron phase: #ALL, #DEFAULT (default) or a phase id
  --authority DIR     authority files for the Schematron's schema-level let 'authority-dir'
                      (edition.sch default: tei/authority beside the schema's directory)
  --format FORMAT     human (default), json, junit, github; svrl (the Schematron report) with --schematron
  --jobs N            worker threads (default: number of cores)
  --xinclude          process XInclude, only for files inside the document's directory tree
)";

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
    diagnostics.push_back({path, 0, 0, Severity::kError, "no such file or directory", "io.read"});
  }
}

int Validate(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {"--schema", "--schematron", "--phase", "--authority", "--format", "--jobs"},
                                {"--xinclude"});
  if (parsed.Has("--help")) {
    std::cout << kValidateUsage;
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("validate", parsed.error);
  if (parsed.positionals.empty()) return UsageError("validate", "no files or directories to validate");
  const std::string format = parsed.Value("--format", "human");
  const std::string schematron_path = parsed.Value("--schematron");
  if (format != "human" && format != "json" && format != "junit" && format != "github" && format != "svrl") {
    return UsageError("validate", "unknown --format '" + format + "' (human, json, junit, github, svrl)");
  }
  const bool needs_schematron = format == "svrl" || parsed.values.count("--phase") || parsed.values.count("--authority");
  if (schematron_path.empty() && needs_schematron) {
    return UsageError("validate", "--format svrl, --phase and --authority need --schematron FILE");
  }
  std::string jobs_error;
  const auto jobs = ParseJobs(parsed, jobs_error);
  if (!jobs) return UsageError("validate", jobs_error);

  std::vector<Diagnostic> setup;
  std::vector<std::string> files;
  for (const std::string& path : parsed.positionals) CollectXmlFiles(path, files, setup);
  const std::string schema_path = parsed.Value("--schema", DataPath("schemas/edition.rng"));
  auto schema = RelaxNgSchema::Compile(schema_path, setup);
  if (!schema) {
    PrintDiagnostics(setup);
    return kExitUsage;
  }
  std::unique_ptr<SchematronSchema> schematron;
  if (!schematron_path.empty()) {
    SchematronOptions options;
    options.phase = parsed.Value("--phase");
    if (parsed.values.count("--authority")) {
      // An absolute directory: document() would resolve a relative one against the schema.
      options.parameters["authority-dir"] = fs::absolute(parsed.Value("--authority")).string() + "/";
    }
    schematron = SchematronSchema::Compile(schematron_path, options, setup);
    if (!schematron) {
      PrintDiagnostics(setup);
      return kExitUsage;
    }
  }
  std::vector<SvrlReport> svrl(files.size());
  // One report per schema, so that CI formats can say which schema a finding comes from.
  ValidationReports reports(schematron ? 2 : 1);
  reports[0].schema = schema_path;
  if (schematron) reports[1].schema = schematron_path;
  for (ValidationReport& report : reports) report.files.resize(files.size());
  XmlReadOptions read_options;
  read_options.xinclude = parsed.Has("--xinclude");
  ParallelFor(files.size(), *jobs, [&](size_t i) {
    FileVerdict& verdict = reports[0].files[i];
    verdict.file = files[i];
    XmlDocPtr document = ReadXmlFile(files[i], verdict.diagnostics, read_options);
    verdict.valid = document && schema->Validate(document.get(), files[i], verdict.diagnostics);
    SortDiagnostics(verdict.diagnostics);
    if (!schematron) return;
    FileVerdict& rules = reports[1].files[i];
    rules.file = files[i];
    // A file that cannot be parsed fails the rules too, though only the grammar's report says why.
    rules.valid = document && schematron->Validate(document.get(), files[i], rules.diagnostics,
                                                   format == "svrl" ? &svrl[i].svrl : nullptr);
    svrl[i].file = files[i];
    SortDiagnostics(rules.diagnostics);
  });
  PrintDiagnostics(setup);
  if (format == "human") {
    std::cerr << FormatHuman(reports);
  } else if (format == "svrl") {
    std::cout << FormatSvrl(svrl);
    std::cerr << FormatHuman(reports);
  } else {
    std::cout << (format == "json" ? FormatJson(reports) : format == "junit" ? FormatJUnit(reports) : FormatGitHub(reports));
    std::cerr << FormatSummary(reports);
  }
  if (!setup.empty() && HasErrors(setup)) return kExitUsage;
  bool all_valid = true;
  for (const ValidationReport& report : reports) all_valid = all_valid && report.ValidCount() == report.files.size();
  for (const FileVerdict& verdict : reports[0].files) {
    if (ExitStatus(verdict.diagnostics, kExitOk) == kExitUsage) return kExitUsage;
  }
  return all_valid ? kExitOk : kExitInputProblems;
}

// ---- split ----

constexpr const char* kSplitUsage = R"(usage: teipress split [-o DIR] VOLUME.xml...

Splits FRUS volumes (TEI files holding many <div type="document">) into one standalone TEI file
per document: DIR/<volume>-<document xml:id>.xml (default DIR: split/), each with a minimal
teiHeader whose title is the document's head, and the document's div in text/body.

options:
  -o DIR   output directory (created if missing)
)";

int Split(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {"-o"}, {});
  if (parsed.Has("--help")) {
    std::cout << kSplitUsage;
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("split", parsed.error);
  if (parsed.positionals.empty()) return UsageError("split", "no volume to split");
  const std::string output = parsed.Value("-o", "split");
  std::vector<Diagnostic> diagnostics;
  bool failed = false;
  for (const std::string& volume : parsed.positionals) {
    const int written = SplitVolumeFile(volume, output, diagnostics);
    if (written < 0) failed = true;
    else std::cerr << volume << ": " << written << " documents -> " << output << "\n";
  }
  PrintDiagnostics(diagnostics);
  return ExitStatus(diagnostics, failed ? kExitInputProblems : kExitOk);
}

// ---- render ----

constexpr const char* kRenderUsage = R"(usage: teipress render [--html DIR] [--print DIR] [--pdf] [--paper a4|letter] [--pdfa] [--authority DIR] [--jobs N] FILE.xml...

Renders TEI documents (any TEI P5, not only teipress's) with the edition stylesheets: DIR/<stem>.html
(--html, default output/html) and DIR/<stem>.fo (--print, default output/print), and with --pdf
also <stem>.pdf through Apache FOP. <stem> is the input file name without .xml. Given only --html,
only HTML is rendered; given only --print, only FO; given neither, both.

options:
  --html DIR        directory for HTML pages
  --print DIR       directory for XSL-FO and PDF
  --pdf             make PDF files with Apache FOP
  --paper SIZE      page size of the print edition: a4 (default) or letter
  --pdfa            make PDF/A-1b (archival PDF) instead of plain PDF
  --authority DIR   authority files for name tooltips (default: tei/authority)
  --jobs N          worker threads (default: number of cores)
)";

// The print edition's page size (params.xsl's page-size); empty when `paper` is not one we know.
std::string PaperSize(const ParsedArgs& parsed, std::string& error) {
  const std::string paper = parsed.Value("--paper", "a4");
  if (paper == "a4" || paper == "letter") return paper;
  error = "--paper must be a4 or letter, not '" + paper + "'";
  return "";
}

std::vector<std::string> AuthorityFiles(const std::string& directory) {
  std::vector<std::string> files;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) return files;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".xml") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

int Render(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {"--html", "--print", "--authority", "--jobs", "--paper"}, {"--pdf", "--pdfa"});
  if (parsed.Has("--help")) {
    std::cout << kRenderUsage;
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("render", parsed.error);
  if (parsed.positionals.empty()) return UsageError("render", "no TEI files");
  std::string jobs_error;
  const auto jobs = ParseJobs(parsed, jobs_error);
  if (!jobs) return UsageError("render", jobs_error);
  std::string paper_error;
  const std::string paper = PaperSize(parsed, paper_error);
  if (paper.empty()) return UsageError("render", paper_error);
  // One output per stem: a/x.xml and b/x.xml would both be written to x.html.
  std::map<std::string, std::string> stems;
  for (const std::string& file : parsed.positionals) {
    const auto [first, fresh] = stems.emplace(fs::path(file).stem().string(), file);
    if (!fresh) {
      return UsageError("render", first->second + " and " + file + " would both be written as " + first->first +
                                      ".html/.fo: render them in separate runs with different --html/--print directories");
    }
  }
  const fs::path html_dir = parsed.Value("--html", "output/html");
  const fs::path print_dir = parsed.Value("--print", "output/print");
  std::vector<Diagnostic> diagnostics;
  EditionRenderer renderer(DataDir(), AuthorityFiles(parsed.Value("--authority", "tei/authority")), diagnostics);
  // A stylesheet or authority file that cannot be read is a problem of the setup, not of the documents.
  if (!renderer.ok() || HasErrors(diagnostics)) {
    PrintDiagnostics(diagnostics);
    return kExitUsage;
  }
  renderer.SetPrintParameter("page-size", paper);
  std::vector<PdfJob> pdf_jobs;
  std::mutex mutex;
  bool failed = false;
  const auto& files = parsed.positionals;
  // Only what was asked for: --html alone renders no FO; neither option renders both.
  const bool want_html = parsed.values.count("--html") || !parsed.values.count("--print");
  const bool want_fo = parsed.values.count("--print") || !parsed.values.count("--html") || parsed.Has("--pdf");
  ParallelFor(files.size(), *jobs, [&](size_t i) {
    std::vector<Diagnostic> found;
    const std::string stem = fs::path(files[i]).stem().string();
    XmlDocPtr document = ReadXmlFile(files[i], found);
    bool ok = document != nullptr && CheckTeiRoot(document.get(), files[i], found);
    std::string html, fo, error;
    if (ok && want_html) ok = renderer.RenderHtml(document.get(), files[i], html, found);
    if (ok && want_fo) ok = renderer.RenderFo(document.get(), files[i], fo, found);
    if (ok && want_html && !WriteFileAtomically(html_dir / (stem + ".html"), html, error, Durability::kRegenerable)) {
      found.push_back({files[i], 0, 0, Severity::kError, error, "io.write"});
      ok = false;
    }
    if (ok && want_fo && !WriteFileAtomically(print_dir / (stem + ".fo"), fo, error, Durability::kRegenerable)) {
      found.push_back({files[i], 0, 0, Severity::kError, error, "io.write"});
      ok = false;
    }
    std::lock_guard<std::mutex> lock(mutex);
    if (ok && parsed.Has("--pdf")) {
      pdf_jobs.push_back({(print_dir / (stem + ".fo")).string(), (print_dir / (stem + ".pdf")).string(), files[i]});
    }
    failed = failed || !ok;
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  });
  if (!pdf_jobs.empty()) {
    PdfRenderer pdf(DataPath("xslt/print/fop.xconf"), parsed.Has("--pdfa") ? "PDF/A-1b" : "");
    if (pdf.Render(pdf_jobs, diagnostics) > 0) failed = true;
  }
  PrintDiagnostics(diagnostics);
  return ExitStatus(diagnostics, failed ? kExitInputProblems : kExitOk);
}

// ---- totext ----

int ToText(const std::vector<std::string>& args) {
  ParsedArgs parsed = ParseArgs(args, {}, {});
  if (parsed.Has("--help")) {
    std::cout << "usage: teipress totext FILE.xml\n\nPrints the plain text regenerated from TEI written by "
                 "teipress convert:\nthe export it came from, with every editorial note in its printed brackets.\n";
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("totext", parsed.error);
  if (parsed.positionals.size() != 1) return UsageError("totext", "give exactly one TEI file");
  std::vector<Diagnostic> diagnostics;
  XmlDocPtr document = ReadXmlFile(parsed.positionals[0], diagnostics);
  if (document && !CheckTeiRoot(document.get(), parsed.positionals[0], diagnostics)) document.reset();
  PrintDiagnostics(diagnostics);
  if (!document) return ExitStatus(diagnostics, kExitInputProblems);
  std::cout << TeiToText(document.get());
  return kExitOk;
}

// ---- build ----

constexpr const char* kBuildUsage = R"(usage: teipress build [--sources DIR] [--tei DIR] [--out DIR] [--jobs N] [--no-pdf] [--paper a4|letter] [--pdfa]

Builds the whole edition: converts the sources that have no TEI yet (and regenerates TEI that
nobody edited since it was generated), validates all TEI against the edition schema and rules
(edition.rng, then edition.sch), and renders OUT/html/ (a page per document, index.html, persons/places/orgs pages, search) and OUT/print/
(XSL-FO, PDF per document and edition.pdf for the volume). Work that is up to date is skipped. A
document that fails never stops the others; the exit status is 1 if any failed.

options:
  --sources DIR   plain-text exports (default: sources)
  --tei DIR       the edition's TEI files (default: tei; authority files in DIR/authority)
  --out DIR       output directory (default: output)
  --jobs N        worker threads (default: number of cores)
  --no-pdf        write FO files but do not run Apache FOP
  --paper SIZE    page size of the print edition: a4 (default) or letter
  --pdfa          make PDF/A-1b (archival PDF) instead of plain PDF
)";

int Build(const std::vector<std::string>& args) {
  ParsedArgs parsed =
      ParseArgs(args, {"--sources", "--tei", "--out", "--jobs", "--authority", "--paper"}, {"--no-pdf", "--pdfa"});
  if (parsed.Has("--help")) {
    std::cout << kBuildUsage;
    return kExitOk;
  }
  if (!parsed.error.empty()) return UsageError("build", parsed.error);
  if (!parsed.positionals.empty()) return UsageError("build", "unexpected argument " + parsed.positionals[0]);
  std::string jobs_error;
  const auto jobs = ParseJobs(parsed, jobs_error);
  if (!jobs) return UsageError("build", jobs_error);
  std::string paper_error;
  const std::string paper = PaperSize(parsed, paper_error);
  if (paper.empty()) return UsageError("build", paper_error);
  BuildOptions options;
  options.sources_dir = parsed.Value("--sources", "sources");
  options.tei_dir = parsed.Value("--tei", "tei");
  options.out_dir = parsed.Value("--out", "output");
  options.authority_dir = parsed.Value("--authority");
  options.data_dir = DataDir();
  options.jobs = *jobs;
  options.pdf = !parsed.Has("--no-pdf");
  options.paper = paper;
  options.pdfa = parsed.Has("--pdfa");
  options.progress = true;
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  PrintDiagnostics(diagnostics);
  std::cerr << "converted " << summary.converted << ", kept " << summary.kept_edited << " edited; validated "
            << summary.valid + summary.invalid << ": " << summary.valid << " valid, " << summary.invalid
            << " invalid" << (summary.io_failed ? ", " + std::to_string(summary.io_failed) + " not readable or writable" : "")
            << "; rendered " << summary.rendered << ", " << summary.up_to_date << " up to date; " << summary.pdfs
            << " PDF\n";
  return ExitStatus(diagnostics, summary.failed > 0 || HasErrors(diagnostics) ? kExitInputProblems : kExitOk);
}

}  // namespace

int RunCli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kMainUsage;
    return kExitUsage;
  }
  const std::string command = args.front();
  args.erase(args.begin());
  if (command == "--version" || command == "version") {
    std::cout << "teipress " << TEIPRESS_VERSION << '\n';
    return kExitOk;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kMainUsage;
    return kExitOk;
  }
  InitializeXmlLibraries();
  if (command == "convert") return Convert(args);
  if (command == "validate") return Validate(args);
  if (command == "split") return Split(args);
  if (command == "render") return Render(args);
  if (command == "totext") return ToText(args);
  if (command == "build") return Build(args);
  std::cerr << "teipress: unknown command '" << command << "'\n" << kMainUsage;
  return kExitUsage;
}

}  // namespace teipress
