// teipress init DIR: a new edition, ready to build.
#include <iostream>

#include <boost/filesystem/operations.hpp>

#include "commands.h"
#include "diagnostic_catalog.h"
#include "edition_config.h"
#include "file_io.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

struct ListKind {
  const char* file;     // persons.xml
  const char* title;    // persons
  const char* list;     // listPerson
  const char* example;  // an entry, shown in a comment
};

constexpr ListKind kLists[] = {
    {"persons.xml", "persons", "listPerson",
     "<person xml:id=\"lovelace\"><persName type=\"main\">Ada Lovelace</persName><persName "
     "type=\"variant\">Lovelace</persName></person>"},
    {"places.xml", "places", "listPlace",
     "<place xml:id=\"london\"><placeName type=\"main\">London</placeName></place>"},
    {"orgs.xml", "organizations", "listOrg",
     "<org xml:id=\"royal-society\"><orgName type=\"main\">Royal Society</orgName></org>"},
    {"archives.xml", "archives", "listOrg",
     "<org xml:id=\"TNA\"><orgName type=\"abbreviation\">TNA</orgName><orgName type=\"full\">The National "
     "Archives</orgName></org>"},
};

// An authority list with no entries yet: valid TEI (a list needs at least one entry, so the list
// itself waits in a comment until the first one comes).
std::string EmptyAuthorityList(const ListKind& kind) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") +
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n"
         "  <teiHeader>\n"
         "    <fileDesc>\n"
         "      <titleStmt>\n"
         "        <title>Authority list: " + kind.title + "</title>\n"
         "      </titleStmt>\n"
         "      <publicationStmt>\n"
         "        <p>Part of this edition; editors extend it by hand.</p>\n"
         "      </publicationStmt>\n"
         "      <sourceDesc>\n"
         "        <p>Written by hand.</p>\n"
         "      </sourceDesc>\n"
         "    </fileDesc>\n"
         "  </teiHeader>\n"
         "  <text>\n"
         "    <body>\n"
         "      <!-- Add the " + kind.title + " of the edition in a " + kind.list + " in place of the paragraph below,\n"
         "           one entry each; documents link to an entry with ref=\"#its-xml-id\", e.g.\n"
         "      <" + kind.list + ">\n"
         "        " + kind.example + "\n"
         "      </" + kind.list + ">\n"
         "      -->\n"
         "      <p>No " + kind.title + " yet.</p>\n"
         "    </body>\n"
         "  </text>\n"
         "</TEI>\n";
}

constexpr const char* kReadme =
    "# %TITLE%\n"
    "\n"
    "A digital edition made with teipress.\n"
    "\n"
    "- `sources/`: plain-text archive exports; `teipress build` converts each one into `tei/`.\n"
    "  `sources/example.txt` shows the format: replace it with your own exports.\n"
    "- `tei/`: the edition's TEI (converted, then refined by hand, or an existing TEI project's files,\n"
    "  in subfolders if you like); `tei/authority/` the lists of persons, places, organizations and\n"
    "  archives that names link to (empty to begin with: names are then indexed as the documents give them).\n"
    "- `teipress.toml`: the edition's title, publisher, interface language, paper and more; every\n"
    "  setting is explained there and in `man 5 teipress-config`.\n"
    "- `output/`: what `teipress build` makes: `output/html/index.html` and a page per document,\n"
    "  `output/print/` the PDFs (`edition.pdf` is the whole volume). Not kept in version control.\n"
    "\n"
    "Build the edition with `teipress build` in this folder (or any folder below it).\n";

// A short export in the format teipress converts (see sources/wilson/ of teipress for real ones).
constexpr const char* kExample =
    "\n"
    "\n"
    "March 3, 1950\n"
    "\n"
    "Letter from the editor to the reader\n"
    "\n"
    "Citation:\n"
    "\n"
    "\"Letter from the editor to the reader,\" March 3, 1950, Example Archive, Fond 1, Opis 2, Delo 3, Listy 4-5.\n"
    "<https://archive.example.org/document/1>\n"
    "\n"
    "Summary:\n"
    "\n"
    "An example document: replace it with the exports of your edition.\n"
    "\n"
    "Original Language:\n"
    "\n"
    "English\n"
    "\n"
    "Contents:\n"
    "\n"
    "- English Translation\n"
    "\n"
    "Dear reader,\n"
    "\n"
    "This is the first document of the edition [a placeholder]. Put plain-text exports in the sources folder and "
    "run teipress build.\n"
    "\n"
    "With best regards,\n"
    "\n"
    "The editor\n";

bool Write(const fs::path& path, const std::string& contents, bool keep_existing, std::vector<Diagnostic>& diagnostics) {
  boost::system::error_code ec;
  if (keep_existing && fs::exists(path, ec)) {
    std::cerr << "teipress init: " << path.string() << " exists; kept as it is\n";
    return true;
  }
  std::string error;
  if (!WriteFileAtomically(path, contents, error)) {
    diagnostics.push_back({path.string(), 0, 0, Severity::kError, error, rules::kIoWrite});
    return false;
  }
  return true;
}

std::string Replaced(std::string text, const std::string& what, const std::string& with) {
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + with.size())) {
    text.replace(at, what.size(), with);
  }
  return text;
}

}  // namespace

int RunInit(const CommandLine& line) {
  const fs::path root = line.operands().front();
  boost::system::error_code ec;
  if (fs::exists(root, ec) && !fs::is_directory(root, ec)) {
    return line.UsageError(root.string() + " exists and is not a folder");
  }
  std::string title = line.Value("--title");
  if (title.empty()) title = fs::absolute(root).lexically_normal().filename().string();
  if (title.empty() || title == ".") title = "My edition";
  std::vector<Diagnostic> diagnostics;
  bool ok = true;
  for (const char* folder : {"sources", "tei/authority"}) {
    fs::create_directories(root / folder, ec);
    if (ec) {
      diagnostics.push_back({(root / folder).string(), 0, 0, Severity::kError,
                             "cannot create the folder: " + ec.message(), rules::kIoWrite});
      PrintDiagnostics(diagnostics);
      return kExitUsage;
    }
  }
  // What an editor may have written already is kept; the authority lists only when missing too.
  ok = Write(root / std::string(kEditionConfigName), EditionConfigTemplate(title), true, diagnostics) && ok;
  ok = Write(root / "README.md", Replaced(kReadme, "%TITLE%", title), true, diagnostics) && ok;
  ok = Write(root / ".gitignore", "/output/\n", true, diagnostics) && ok;
  ok = Write(root / "sources" / "example.txt", kExample, true, diagnostics) && ok;
  for (const ListKind& kind : kLists) {
    ok = Write(root / "tei" / "authority" / kind.file, EmptyAuthorityList(kind), true, diagnostics) && ok;
  }
  PrintDiagnostics(diagnostics);
  if (!ok) return kExitUsage;
  std::cerr << "teipress init: a new edition in " << root.string() << "; run 'teipress build' there\n";
  return kExitOk;
}

}  // namespace teipress
