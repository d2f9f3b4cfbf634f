// teipress_manual_pages OUTDIR: writes the man pages and shell completions made from the command table,
//   OUTDIR/man/man1/teipress.1, OUTDIR/man/man1/teipress-COMMAND.1 (one per command),
//   OUTDIR/completions/teipress (bash), OUTDIR/completions/_teipress (zsh).
//   OUTDIR/man/man5/teipress-config.5 (the edition configuration, from its table of keys).
// The build runs it after linking (tools/manual/CMakeLists.txt).
#include <iostream>
#include <string>

#include <boost/filesystem/operations.hpp>

#include "command_table.h"
#include "file_io.h"
#include "man_page.h"
#include "shell_completion.h"

namespace {

namespace fs = boost::filesystem;

bool Write(const fs::path& path, const std::string& text) {
  std::string error;
  if (teipress::WriteFileAtomically(path, text, error, teipress::Durability::kRegenerable)) return true;
  std::cerr << "teipress_manual_pages: " << error << '\n';
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: teipress_manual_pages OUTDIR\n";
    return 2;
  }
  const fs::path out = argv[1];
  bool ok = Write(out / "man" / "man1" / "teipress.1", teipress::FormatProgramManPage());
  for (const teipress::CommandSpec& command : teipress::Commands()) {
    ok = Write(out / "man" / "man1" / (teipress::ManPageName(&command) + ".1"), teipress::FormatCommandManPage(command)) && ok;
  }
  ok = Write(out / "man" / "man5" / (std::string(teipress::kConfigManPage) + ".5"), teipress::FormatConfigManPage()) && ok;
  ok = Write(out / "completions" / "teipress", teipress::FormatBashCompletion()) && ok;
  ok = Write(out / "completions" / "_teipress", teipress::FormatZshCompletion()) && ok;
  return ok ? 0 : 1;
}
