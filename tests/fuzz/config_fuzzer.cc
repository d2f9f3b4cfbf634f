// Fuzz target for the edition configuration reader (libFuzzer). Whatever the bytes, reading them
// as teipress.toml (and as one --set) must not crash or hang; every finding names the file and
// one of the configuration's rules; what it accepts is only known keys with values of their kind.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "diagnostic_catalog.h"
#include "edition_config.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

void CheckAccepted(const teipress::EditionConfig& config) {
  for (const teipress::ConfigKey& key : teipress::ConfigKeys()) {
    if (!config.Has(key.name)) continue;
    const std::string value = config.Text(key.name);
    if (key.kind == teipress::ConfigKind::kChoice) {
      bool known = false;
      for (std::string_view choice : key.choices) known = known || value == choice;
      Check(known);
    }
    if (key.kind == teipress::ConfigKind::kBoolean) Check(value == "true" || value == "false");
    if (key.kind == teipress::ConfigKind::kUrl) Check(value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0);
    if (key.kind == teipress::ConfigKind::kPath) Check(!value.empty());
  }
}

void CheckFindings(const std::vector<teipress::Diagnostic>& diagnostics, const std::string& file) {
  for (const teipress::Diagnostic& d : diagnostics) {
    Check(d.file.rfind(file, 0) == 0);
    Check(d.rule == teipress::rules::kConfigSyntax || d.rule == teipress::rules::kConfigUnknownKey ||
          d.rule == teipress::rules::kConfigBadValue);
    Check(!d.message.empty());
    Check(d.line >= 0 && d.column >= 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  {
    teipress::EditionConfig config;
    std::vector<teipress::Diagnostic> diagnostics;
    const bool ok = config.Parse(bytes, "/edition/teipress.toml", diagnostics);
    Check(ok == diagnostics.empty());
    CheckFindings(diagnostics, "/edition/teipress.toml");
    CheckAccepted(config);
  }
  {
    teipress::EditionConfig config;
    std::vector<teipress::Diagnostic> diagnostics;
    const bool ok = config.Set(bytes, diagnostics);
    Check(ok == diagnostics.empty());
    CheckFindings(diagnostics, "--set ");
    CheckAccepted(config);
  }
  return 0;
}
