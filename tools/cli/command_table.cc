#include "command_table.h"

#include "commands.h"

namespace teipress {
namespace {

using K = ValueKind;

constexpr std::string_view kFormats[] = {"human", "json", "junit", "github", "svrl"};
constexpr std::string_view kPaperSizes[] = {"a4", "letter"};

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
     "also check ISO Schematron rules, e.g. schemas/edition.sch (errors make a file invalid, warnings do not)"},
    {"--phase", "", "NAME", K::kText, {}, "", "the Schematron phase: #ALL, #DEFAULT (default) or a phase id"},
    {"--authority", "", "DIR", K::kDirectory, {}, "",
     "authority files for the Schematron's schema-level let 'authority-dir' (edition.sch default: tei/authority "
     "beside the schema's directory)"},
    {"--format", "", "FORMAT", K::kChoice, kFormats, "human",
     "how to report: human, json, junit, github; svrl (the Schematron report) with --schematron"},
    {"--jobs", "", "N", K::kCount, {}, "", "worker threads (default: number of cores)"},
    {"--xinclude", "", "", K::kNone, {}, "", "process XInclude, only for files inside the document's directory tree"},
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
    {"--authority", "", "DIR", K::kDirectory, {}, "tei/authority", "authority files for name tooltips"},
    {"--jobs", "", "N", K::kCount, {}, "", "worker threads (default: number of cores)"},
    kProfileOption,
    kParamOption,
    kConfigOption,
    kSetOption,
};

constexpr OptionSpec kSplitOptions[] = {
    {"", "-o", "DIR", K::kDirectory, {}, "split", "output directory, created if missing"},
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
     "a development build: the index page also lists the documents that are invalid, marked as such"},
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
     kConvertOptions, {"FILE.txt", K::kFile, ".txt", 1, -1, "no input files"}, RunConvert},
    {"validate", "TEI against RELAX NG (and Schematron), with diagnostics for people and CI",
     "[--schema FILE] [--schematron FILE [--phase NAME] [--authority DIR]] [--format FORMAT] [--jobs N] [--xinclude "
     "[--xinclude-root DIR]] [--config FILE] [--set KEY=VALUE]... PATH...",
     "Validates TEI files (directories are searched recursively for *.xml) against a RELAX NG schema (default: the "
     "edition schema, schemas/edition.rng). The schema is compiled once per run and the files are validated in "
     "parallel. Never stops at the first invalid file.\n\n"
     "Diagnostics: FILE:LINE:COL: error|warning: message [rule], sorted by file and line, on standard error; "
     "--format json|junit|github writes a machine-readable report to standard output instead. Every rule is "
     "explained in docs/diagnostics.md.",
     kValidateOptions, {"PATH", K::kPath, ".xml", 1, -1, "no files or directories to validate"}, RunValidate},
    {"render", "TEI -> HTML page and XSL-FO (and PDF with Apache FOP)",
     "[--html DIR] [--print DIR] [--pdf] [--paper a4|letter] [--pdfa] [--authority DIR] [--jobs N] [--profile DIR] "
     "[--param NAME=VALUE]... [--config FILE] [--set KEY=VALUE]... FILE.xml...",
     "Renders TEI documents (any TEI P5, not only teipress's) with the edition stylesheets: DIR/<stem>.html (--html) "
     "and DIR/<stem>.fo (--print), and with --pdf also <stem>.pdf through Apache FOP. <stem> is the input file name "
     "without .xml. Given only --html, only HTML is rendered; given only --print, only FO; given neither, both.",
     kRenderOptions, {"FILE.xml", K::kFile, ".xml", 1, -1, "no TEI files"}, RunRender},
    {"totext", "TEI -> the plain text it was converted from (round trip)", "FILE.xml",
     "Prints the plain text regenerated from TEI written by teipress convert: the export it came from, with every "
     "editorial note in its printed brackets.",
     {}, {"FILE.xml", K::kFile, ".xml", 1, 1, "give exactly one TEI file"}, RunToText},
    {"split", "a FRUS volume -> one standalone TEI file per document", "[-o DIR] VOLUME.xml...",
     "Splits FRUS volumes (TEI files holding many <div type=\"document\">) into one standalone TEI file per "
     "document: DIR/<volume>-<document xml:id>.xml, each with a minimal teiHeader whose title is the document's "
     "head, and the document's div in text/body.",
     kSplitOptions, {"VOLUME.xml", K::kFile, ".xml", 1, -1, "no volume to split"}, RunSplit},
    {"build", "the whole edition: convert, validate, render HTML and PDF",
     "[--sources DIR] [--tei DIR] [--authority DIR] [--out DIR] [--jobs N] [--no-pdf] [--paper a4|letter] [--pdfa] "
     "[--drafts] [--xinclude [--xinclude-root DIR]] [--profile DIR] [--param NAME=VALUE]... [--config FILE] "
     "[--set KEY=VALUE]...",
     "Builds the whole edition: converts the sources that have no TEI yet (and regenerates TEI that nobody edited "
     "since it was generated), validates all TEI against the edition schema and rules (edition.rng, then "
     "edition.sch), and renders OUT/html/ (a page per document, index.html, persons/places/orgs pages, search) and "
     "OUT/print/ (XSL-FO, PDF per document and edition.pdf for the volume). Work that is up to date is skipped.\n\n"
     "A document that fails never stops the others; the exit status is 1 if any failed.",
     kBuildOptions, {}, RunBuild},
    {"init", "a new edition, ready to build", "[--title TEXT] DIR",
     "Writes a new edition into DIR (created if missing; an existing teipress.toml or README.md is never "
     "overwritten): sources/ for plain-text exports, tei/ for TEI, tei/authority/ with empty but valid authority "
     "lists (persons, places, organizations, archives), teipress.toml with every setting explained and commented "
     "out, a .gitignore for output/ and a short README. 'teipress build' in DIR then builds the edition.",
     kInitOptions, {"DIR", K::kDirectory, "", 1, 1, "give the folder of the new edition"}, RunInit, false},
    {"help", "the list of commands, or the help of one command", "[COMMAND]",
     "Without COMMAND, lists the commands; 'teipress help COMMAND' prints the same help as "
     "'teipress COMMAND --help'.",
     {}, {"COMMAND", K::kCommand, "", 0, 1, ""}, RunHelp, false},
    {"version", "the version of teipress", "", "Prints the version, as 'teipress --version' does.", {}, {}, RunVersion,
     false},
};

}  // namespace

std::span<const CommandSpec> Commands() { return kCommands; }

const OptionSpec& HelpOption() { return kHelpOption; }

std::span<const OptionSpec> GlobalOptions() { return kGlobalOptions; }

const CommandSpec* FindCommand(std::string_view name) {
  for (const CommandSpec& command : kCommands) {
    if (command.name == name) return &command;
  }
  return nullptr;
}

}  // namespace teipress
