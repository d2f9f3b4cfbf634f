#include "command_table.h"

#include "commands.h"

namespace teipress {
namespace {

using K = ValueKind;

constexpr std::string_view kFormats[] = {"human", "json", "junit", "github", "sarif", "svrl"};
constexpr std::string_view kColorChoices[] = {"auto", "always", "never"};
constexpr std::string_view kPaperSizes[] = {"a4", "letter"};
constexpr std::string_view kRelaxNgEngines[] = {"teipress", "libxml2"};

// The edition configuration, taken by every command that reads it (see edition_settings.h).
constexpr OptionSpec kConfigOption = {"--config", "", "FILE", K::kFile, {}, "",
                                      "the edition configuration (default: teipress.toml here or in the nearest folder "
                                      "above)"};
constexpr OptionSpec kSetOption = {"--set", "", "KEY=VALUE", K::kText, {}, "",
                                   "a setting of the edition configuration, winning over the file (repeatable)", true};
constexpr OptionSpec kParamOption = {"--param", "", "NAME=VALUE", K::kText, {}, "",
                                     "a stylesheet parameter (xslt/html/params.xsl, xslt/print/params.xsl), passed as a "
                                     "string, never evaluated (repeatable)",
                                     true};
constexpr OptionSpec kProfileOption = {"--profile", "", "DIR", K::kDirectory, {}, "",
                                       "a profile: its html.xsl and print.xsl import teipress's and override templates "
                                       "and parameters; its css/ and assets/ are copied after the defaults"};
constexpr OptionSpec kXIncludeRootOption = {"--xinclude-root", "", "DIR", K::kDirectory, {}, "",
                                            "with --xinclude, the folder XInclude may reach (default: the document's own "
                                            "folder); it must contain the document"};

constexpr OptionSpec kHelpOption = {"--help", "-h", "", K::kNone, {}, "", "print this help and exit"};
constexpr OptionSpec kColorOption = {
    "--color", "", "WHEN", K::kChoice, kColorChoices, "auto",
    "colour the diagnostics on standard error: auto (on a terminal, unless NO_COLOR is set), always or never"};

constexpr OptionSpec kGlobalOptions[] = {
    kHelpOption,
    {"--version", "", "", K::kNone, {}, "", "print the version and exit"},
};

constexpr OptionSpec kConvertOptions[] = {
    {"--output", "-o", "DIR", K::kDirectory, {}, "tei", "output directory, created if missing, or - for standard output"},
    {"--force", "", "", K::kNone, {}, "", "overwrite TEI files even when they were edited by hand"},
    {"--authority", "", "DIR", K::kDirectory, {}, "tei/authority", "authority files for linking names"},
    kConfigOption,
    kSetOption,
};

constexpr OptionSpec kValidateOptions[] = {
    {"--schema", "", "FILE", K::kFile, {}, "", "RELAX NG schema (XML syntax), e.g. tei_all.rng (default: schemas/edition.rng)"},
    {"--schematron", "", "FILE", K::kFile, {}, "",
     "also check ISO Schematron rules (query binding xslt: XPath 1.0, EXSLT), e.g. schemas/edition.sch; findings "
     "whose role is an error make a file invalid, warnings (warning, warn, nonfatal) and notes (info, information, "
     "note) do not"},
    {"--phase", "", "NAME", K::kText, {}, "", "the Schematron phase: #ALL, #DEFAULT (default) or a phase id"},
    {"--authority", "", "DIR", K::kDirectory, {}, "",
     "authority files for the Schematron's schema-level let 'authority-dir' (default: the configuration's "
     "authority, else tei/authority of the edition; edition.sch without entries there checks all but the names' "
     "links)"},
    {"--format", "", "FORMAT", K::kChoice, kFormats, "human",
     "how to report: human, json, junit, github, sarif (SARIF 2.1.0); svrl (the Schematron report) with "
     "--schematron"},
    {"--jobs", "", "N", K::kCount, {}, "", "worker threads (default: number of cores)"},
    {"--xinclude", "", "", K::kNone, {}, "", "process XInclude, only for files inside the document's directory tree"},
    {"--engine", "", "ENGINE", K::kChoice, kRelaxNgEngines, "teipress",
     "RELAX NG engine: teipress (its own, files streamed) or libxml2 (kept for one release, to compare)"},
    kXIncludeRootOption,
    kConfigOption,
    kSetOption,
};

constexpr OptionSpec kRenderOptions[] = {
    {"--html", "", "DIR", K::kDirectory, {}, "output/html", "directory for HTML pages"},
    {"--print", "", "DIR", K::kDirectory, {}, "output/print", "directory for XSL-FO and PDF"},
    {"--pdf", "", "", K::kNone, {}, "", "make PDF files with Apache FOP"},
    {"--paper", "", "SIZE", K::kChoice, kPaperSizes, "a4", "page size of the print edition: a4 or letter"},
    {"--pdfa", "", "", K::kNone, {}, "", "make PDF/A-1b (archival PDF) instead of plain PDF"},
    {"--line-numbers", "", "N", K::kCount, {}, "5", "number every Nth verse or manuscript line (1: every line)"},
    {"--external-links", "", "", K::kNone, {}, "",
     "link a register's coordinates to a map service (OpenStreetMap); without it the pages link nowhere outside "
     "what the TEI itself links"},
    {"--authority", "", "DIR", K::kDirectory, {}, "tei/authority", "authority files for name tooltips"},
    {"--jobs", "", "N", K::kCount, {}, "", "worker threads (default: number of cores)"},
    {"--xinclude", "", "", K::kNone, {}, "", "process XInclude, only for files inside the document's directory tree"},
    kXIncludeRootOption,
    kProfileOption,
    kParamOption,
    kConfigOption,
    kSetOption,
};

constexpr OptionSpec kSplitOptions[] = {
    {"", "-o", "DIR", K::kDirectory, {}, "split", "output directory, created if missing"},
    {"--force", "", "", K::kNone, {}, "", "overwrite split files even when they were edited by hand"},
};

constexpr OptionSpec kBuildOptions[] = {
    {"--sources", "", "DIR", K::kDirectory, {}, "sources", "plain-text exports"},
    {"--tei", "", "DIR", K::kDirectory, {}, "tei", "the edition's TEI files"},
    {"--authority", "", "DIR", K::kDirectory, {}, "", "authority files (default: the authority directory in the --tei directory)"},
    {"--out", "", "DIR", K::kDirectory, {}, "output", "output directory"},
    {"--jobs", "", "N", K::kCount, {}, "", "worker threads (default: number of cores)"},
    {"--no-pdf", "", "", K::kNone, {}, "", "write FO files but do not run Apache FOP"},
    {"--paper", "", "SIZE", K::kChoice, kPaperSizes, "a4", "page size of the print edition: a4 or letter"},
    {"--pdfa", "", "", K::kNone, {}, "", "make PDF/A-1b (archival PDF) instead of plain PDF"},
    {"--drafts", "", "", K::kNone, {}, "",
     "a draft build: the index page also lists the documents that are invalid, marked as such, and a document FOP "
     "cannot print stands in the volume as a marked placeholder (without it, the volume is printed without the "
     "document; either way it is reported)"},
    {"--engine", "", "ENGINE", K::kChoice, kRelaxNgEngines, "teipress",
     "RELAX NG engine: teipress (its own) or libxml2 (kept for one release, to compare)"},
    {"--explain", "", "", K::kNone, {}, "", "say why each output is made (which input changed), as ninja -d explain does"},
    {"--shard", "", "I/N", K::kText, {}, "",
     "build only the documents of shard I of N (a stable hash of each document's name) and no pages spanning the "
     "edition; a later build over the merged outputs of all shards makes those"},
    {"--quiet", "-q", "", K::kNone, {}, "", "print no progress and no summary, only diagnostics"},
    {"--verbose", "-v", "", K::kNone, {}, "", "print every step on a line of its own, and why each output is made"},
    {"--xinclude", "", "", K::kNone, {}, "", "process XInclude, only for files inside the document's directory tree"},
    kXIncludeRootOption,
    kProfileOption,
    kParamOption,
    kConfigOption,
    kSetOption,
};

constexpr OptionSpec kInitOptions[] = {
    {"--title", "", "TEXT", K::kText, {}, "", "the edition's title (default: the folder's name)"},
};

constexpr CommandSpec kCommands[] = {
    {"convert", "plain-text archive exports -> TEI P5", "[-o DIR] [--force] [--authority DIR] [--config FILE] [--set KEY=VALUE]... FILE.txt...",
     "Converts archive exports to TEI P5, writing DIR/<record-id>.xml (the record id comes from the citation's URL, "
     "else the file name). '-o -' writes the TEI to standard output.\n\n"
     "A TEI file that was edited since teipress generated it is never overwritten without --force. Doubtful spots "
     "(an unclosed bracket, a note of unknown kind) are warnings; input that is not UTF-8 text is an error and "
     "produces no file.",
     kConvertOptions, {"FILE.txt", K::kFile, ".txt", 1, -1, "no input files"}, RunConvert, true,
     "Standard output: the TEI, with '-o -' only. Standard error: 'FILE -> TEI' for each file written, and the "
     "diagnostics.",
     "0 every file was converted; 1 a file could not be converted, or its TEI was edited by hand and kept (see "
     "--force); 2 a usage error, or a file that could not be read or written."},
    {"validate", "TEI against RELAX NG (and Schematron), with diagnostics for people and CI",
     "[--schema FILE] [--schematron FILE [--phase NAME] [--authority DIR]] [--format FORMAT] [--jobs N] [--xinclude "
     "[--xinclude-root DIR]] [--engine ENGINE] [--config FILE] [--set KEY=VALUE]... PATH...",
     "Validates TEI files (directories are searched recursively for *.xml) against a RELAX NG schema (default: the "
     "edition schema, schemas/edition.rng). The schema is compiled once per run and the files are validated in "
     "parallel, each streamed (memory does not grow with the file) unless Schematron or XInclude needs its tree. "
     "Every error in a file is reported, with what was expected there. Never stops at the first invalid file.\n\n"
     "Diagnostics: FILE:LINE:COL: error|warning: message [rule], sorted by file and line, on standard error; "
     "--format json|junit|github|sarif writes a machine-readable report to standard output instead. Every rule is "
     "explained in docs/diagnostics.md.",
     kValidateOptions, {"PATH", K::kPath, ".xml", 1, -1, "no files or directories to validate"}, RunValidate, true,
     "Standard output: the report of --format json, junit, github, sarif or svrl; nothing with --format human. "
     "Standard error: the diagnostics (with --format human or svrl), then the summary 'N files: N valid, N invalid'.",
     "0 every file is valid against every schema (warnings and notes allowed); 1 a file is invalid or not "
     "well-formed; 2 a usage error, a file that does not exist, a schema that cannot be read or compiled, or "
     "Schematron rules that fail while they run (an error in the schema, reported once at its file and line; no "
     "file is then judged by those rules)."},
    {"render", "TEI -> HTML page and XSL-FO (and PDF with Apache FOP)",
     "[--html DIR] [--print DIR] [--pdf] [--paper a4|letter] [--pdfa] [--line-numbers N] [--external-links] "
     "[--authority DIR] [--jobs N] [--xinclude [--xinclude-root DIR]] [--profile DIR] [--param NAME=VALUE]... "
     "[--config FILE] [--set KEY=VALUE]... FILE.xml...",
     "Renders TEI documents (any TEI P5, not only teipress's) with the edition stylesheets: DIR/<stem>.html (--html) "
     "and DIR/<stem>.fo (--print), and with --pdf also <stem>.pdf through Apache FOP. <stem> is the input file name "
     "without .xml. Given only --html, only HTML is rendered; given only --print, only FO; given neither, both.\n\n"
     "The HTML pages stand alone: edition.css and edition.js are written beside them, and they link the edition's "
     "index and person, place and organization pages only where those exist in the --html directory (teipress build "
     "makes them). A folder, a missing file, XML that is not TEI (root TEI or teiCorpus in the TEI namespace) and a "
     "second file of the same name are refused, each with its name; the others are rendered.",
     kRenderOptions, {"FILE.xml", K::kFile, ".xml", 1, -1, "no TEI files"}, RunRender, true,
     "Standard output: nothing. Standard error: the progress (on a terminal only), the diagnostics, Apache FOP's "
     "among them, then the summary 'N files: N rendered, N refused; N PDFs'.",
     "0 every file was rendered; 1 a file was not TEI or not well-formed, or could not be rendered or made into "
     "PDF; 2 a usage error, a file that is missing or a folder, a page that could not be written, or stylesheets "
     "that cannot be loaded."},
    {"totext", "TEI -> the plain text it was converted from (round trip)", "FILE.xml",
     "Prints the plain text regenerated from TEI written by teipress convert: the export it came from, with every "
     "editorial note in its printed brackets.",
     {}, {"FILE.xml", K::kFile, ".xml", 1, 1, "give exactly one TEI file"}, RunToText, true,
     "Standard output: the plain text. Standard error: the diagnostics.",
     "0 the text was printed; 1 the file is not well-formed or not TEI; 2 a usage error, or a file that could not "
     "be read."},
    {"split", "a FRUS volume -> one standalone TEI file per document", "[-o DIR] [--force] VOLUME.xml...",
     "Splits FRUS volumes (TEI files holding many <div type=\"document\">) into one standalone TEI file per "
     "document: DIR/<volume>-<document xml:id>.xml, each with a minimal teiHeader whose title is the document's "
     "head, and the document's div in text/body. Like convert, split keeps a file that was edited since it wrote it "
     "(each carries a generation mark) unless --force is given.",
     kSplitOptions, {"VOLUME.xml", K::kFile, ".xml", 1, -1, "no volume to split"}, RunSplit, true,
     "Standard output: nothing. Standard error: 'VOLUME: N documents -> DIR' for each volume, and the diagnostics.",
     "0 every volume was split; 1 a volume is not well-formed, not TEI or holds no document, or an edited file was "
     "kept; 2 a usage error, or a file that could not be read or written."},
    {"build", "the whole edition: convert, validate, render HTML and PDF",
     "[--sources DIR] [--tei DIR] [--authority DIR] [--out DIR] [--jobs N] [--no-pdf] [--paper a4|letter] [--pdfa] "
     "[--drafts] [--engine ENGINE] [--explain] [--shard I/N] [-q] [-v] [--xinclude [--xinclude-root DIR]] [--profile DIR] "
     "[--param NAME=VALUE]... [--config FILE] [--set KEY=VALUE]...",
     "Builds the whole edition: converts the sources that have no TEI yet (and regenerates TEI that nobody edited "
     "since it was generated), validates all TEI against the edition schema and rules (edition.rng, then "
     "edition.sch), and renders OUT/html/ (a page per document, index.html, persons/places/orgs pages, search) and "
     "OUT/print/ (XSL-FO, PDF per document and edition.pdf for the volume).\n\n"
     "Only what is stale is made again: the build log in OUT/.teipress/ records what each output was made from (the "
     "hashes of the document, stylesheets, schemas, authority files and settings), validation results are kept with "
     "their diagnostics, and the pages spanning the edition are made from per-document entries when one that they "
     "show changed. On a terminal a status line says '[n/N] stage document'; OUT/report.json and OUT/report.html "
     "say where the time went, with every diagnostic and the conversion's suggestions.\n\n"
     "A document that fails never stops the others; the exit status is 1 if any failed. One that FOP cannot print "
     "never costs the volume its PDF: the volume is printed without it, or with --drafts with a placeholder marked "
     "as a draft in its place. An XML file of the TEI folder that is not TEI is accepted only as what a document "
     "includes with xi:include (directly or through another fragment); any other is refused (input.not-tei), and "
     "a FIFO or device named *.xml is io.not-a-file.",
     kBuildOptions, {}, RunBuild, true,
     "Standard output: nothing. Standard error: the progress (on a terminal only), the diagnostics, then the "
     "summary 'converted N, kept N edited; validated N: N valid, N invalid; rendered N, N up to date; N PDF'.",
     "0 the whole edition was built; 1 a document failed (conversion, validation, rendering or PDF) or an error "
     "was reported; 2 a usage error, a file that could not be read or written, or another build writing to the "
     "same output directory."},
    {"init", "a new edition, ready to build", "[--title TEXT] DIR",
     "Writes a new edition into DIR (created if missing; an existing teipress.toml or README.md is never "
     "overwritten): sources/ for plain-text exports, tei/ for TEI, tei/authority/ with empty but valid authority "
     "lists (persons, places, organizations, archives), teipress.toml with every setting explained and commented "
     "out, a .gitignore for output/ and a short README. 'teipress build' in DIR then builds the edition.",
     kInitOptions, {"DIR", K::kDirectory, "", 1, 1, "give the folder of the new edition"}, RunInit, false,
     "Standard output: nothing. Standard error: a line naming each file kept as it was, and what to run next.",
     "0 the edition was written; 2 DIR is a file, or a folder or file could not be written."},
    {"help", "the list of commands, or the help of one command", "[COMMAND]",
     "Without COMMAND, lists the commands; 'teipress help COMMAND' prints the same help as "
     "'teipress COMMAND --help'.",
     {}, {"COMMAND", K::kCommand, "", 0, 1, ""}, RunHelp, false,
     "Standard output: the help.", "0 the help was printed; 2 an unknown command."},
    {"version", "the version of teipress", "",
     "Prints the version, as 'teipress --version' does, and the data directory teipress uses (its schemas and "
     "stylesheets) with where it was found: TEIPRESS_DATA_DIR, installed (beside the executable) or checkout (the "
     "source tree of a teipress in its build tree).",
     {}, {}, RunVersion, false,
     "Standard output: 'teipress VERSION', then 'data: DIRECTORY (ORIGIN)'.", "0."},
};

}  // namespace

std::span<const CommandSpec> Commands() { return kCommands; }

const OptionSpec& HelpOption() { return kHelpOption; }

const OptionSpec& ColorOption() { return kColorOption; }

std::span<const EnvironmentSpec> EnvironmentVariables() {
  static constexpr EnvironmentSpec kEnvironment[] = {
      {"TEIPRESS_DATA_DIR",
       "the directory holding the schemas and stylesheets (schemas/, xslt/); by default an installed teipress uses "
       "PREFIX/share/teipress beside its PREFIX/bin, and one in its build tree uses its checkout"},
      {"TEIPRESS_LEXICON", "the English word list the converter reads (default: /usr/share/dict/words)"},
      {"TEIPRESS_FOP_DRIVER", "'command' runs the fop command once per PDF instead of the batch driver's one JVM"},
      {"NO_COLOR", "when set and not empty, --color=auto does not colour (https://no-color.org)"},
      {"TERM", "'dumb' means --color=auto does not colour"},
  };
  return kEnvironment;
}

std::span<const OptionSpec> GlobalOptions() { return kGlobalOptions; }

const CommandSpec* FindCommand(std::string_view name) {
  for (const CommandSpec& command : kCommands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

}  // namespace teipress
