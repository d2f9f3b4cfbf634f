// Shared by the XML fuzz targets: the bytes under test as a file (for the readers that take a
// path), and the invariant every reader keeps — a refusal always says why.
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress::fuzz {

// A file of this process that holds the current input (rewritten for every input).
inline std::string WriteInputFile(const uint8_t* data, size_t size, const char* extension) {
  const char* directory = std::getenv("TMPDIR");
  const std::string path = std::string(directory && *directory ? directory : "/tmp") + "/teipress-fuzz-" +
                           std::to_string(::getpid()) + extension;
  FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) std::abort();
  if (size > 0 && std::fwrite(data, 1, size, file) != size) std::abort();
  std::fclose(file);
  return path;
}

// A reader that returned nothing must have said why, with a rule id.
inline void RequireExplainedRefusal(bool accepted, const std::vector<Diagnostic>& diagnostics) {
  if (accepted) return;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::kError && !d.rule.empty()) return;
  }
  std::fprintf(stderr, "refused without an error diagnostic\n");
  std::abort();
}

}  // namespace teipress::fuzz
