// teipress-corpus: writes a deterministic corpus of archive exports for benchmarks and scale tests
// (tests/support/corpus_generator.h says what is in it).
//
//   teipress-corpus [--seed S] [--count N] DIR
#include <cstdlib>
#include <iostream>
#include <string>

#include "corpus_generator.h"

namespace {

constexpr const char* kUsage =
    "usage: teipress-corpus [--seed S] [--count N] DIR\n\n"
    "Writes N (default 1000) archive exports in the plain-text export format to DIR/<record id>.txt,\n"
    "the same bytes for the same seed (default 1) on every machine; the first documents of a larger\n"
    "corpus are the documents of a smaller one.\n";

bool ParseCount(const std::string& text, unsigned long long& value) {
  if (text.empty() || text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  value = std::stoull(text);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned long long seed = 1, count = 1000;
  std::string directory;
  for (int i = 1; i < argc; ++i) {
    const std::string argument = argv[i];
    if (argument == "--help" || argument == "-h") {
      std::cout << kUsage;
      return 0;
    }
    if ((argument == "--seed" || argument == "--count") && i + 1 < argc) {
      if (!ParseCount(argv[++i], argument == "--seed" ? seed : count)) {
        std::cerr << "teipress-corpus: " << argument << " takes a non-negative number, not '" << argv[i] << "'\n";
        return 2;
      }
    } else if (directory.empty() && !argument.empty() && argument[0] != '-') {
      directory = argument;
    } else {
      std::cerr << "teipress-corpus: unexpected argument '" << argument << "'\n" << kUsage;
      return 2;
    }
  }
  if (directory.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  std::string error;
  if (!teipress::testing::WriteCorpus(directory, seed, count, error)) {
    std::cerr << "teipress-corpus: " << error << "\n";
    return 2;
  }
  return 0;
}
