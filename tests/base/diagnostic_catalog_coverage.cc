// The last check of a ctest run: compares the rule ids the tests produced (the TEIPRESS_RULE_LOG
// file: "rule ID" from the C++ code, "schema-rule ID" from Schematron schemas, "test NAME" and
// "skipped NAME" from the tests) with the diagnostics catalog.
//   - An id produced that the catalog lacks fails, always.
//   - An id of the catalog that no test produced fails, when the whole suite ran (as many tests
//     as `ctest -N -L rule-log` lists). A partial run (ctest -R …) cannot tell: skipped (77).
//     When tests were skipped (a missing tool), it is skipped too, unless TEIPRESS_REQUIRE_ALL=1.
// usage: diagnostic_catalog_coverage LOG CTEST BUILD_DIR LABEL
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "diagnostic_catalog.h"
#include "process.h"

namespace {

constexpr int kSkipped = 77;

struct Log {
  std::set<std::string> rules;         // produced by C++ code: must all be in the catalog
  std::set<std::string> schema_rules;  // reported by a Schematron schema (a user's too)
  std::set<std::string> tests, skipped;
};

Log ReadLog(const std::string& path) {
  Log log;
  std::ifstream in(path);
  std::string kind, value;
  while (in >> kind && std::getline(in >> std::ws, value)) {
    if (kind == "rule") log.rules.insert(value);
    else if (kind == "schema-rule") log.schema_rules.insert(value);
    else if (kind == "test") log.tests.insert(value);
    else if (kind == "skipped") log.skipped.insert(value);
  }
  return log;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: diagnostic_catalog_coverage LOG CTEST BUILD_DIR LABEL\n";
    return 2;
  }
  const Log log = ReadLog(argv[1]);
  int status = 0;

  for (const std::string& id : log.rules) {
    if (!teipress::FindDiagnosticRule(id)) {
      std::cerr << "rule '" << id << "' was produced but is not in the catalog (tools/base/diagnostic_catalog.h): "
                << "declare it there, with its severity, explanation, example and fix\n";
      status = 1;
    }
  }

  // Which tests should have run: those that record into the log.
  const teipress::ProcessResult listing = teipress::RunProcess({argv[2], "--test-dir", argv[3], "-N", "-L", argv[4]});
  if (!listing.started || listing.exit_code != 0) {
    std::cerr << "cannot list the tests with ctest: " << listing.output << '\n';
    return 1;
  }
  // Each test process writes its own name once. The names ctest lists do not always match them
  // (it may write a parameter's value where GoogleTest has its index), so the tests are counted;
  // ctest lists this check and the log's reset too, as the fixture of the tests it selects.
  size_t expected = 0;
  const std::regex test_line(R"(Test +#[0-9]+: (.+))");
  std::istringstream lines(listing.output);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (!std::regex_search(line, match, test_line)) continue;
    const std::string name = match[1];
    // A disabled GoogleTest test (DISABLED_…) is listed by ctest but never runs.
    if (name.find(" (Disabled)") != std::string::npos) continue;
    if (name != "diagnostic_catalog_coverage" && name != "diagnostic_rule_log_reset") ++expected;
  }
  if (expected == 0 || log.tests.size() < expected) {
    std::cout << "rules produced: " << log.rules.size() << ", all in the catalog: " << (status == 0 ? "yes" : "no")
              << "; " << log.tests.size() << " of " << expected
              << " tests ran, so whether every rule of the catalog is produced is not checked\n";
    return status != 0 ? status : kSkipped;
  }

  std::set<std::string> unproduced;
  for (const teipress::DiagnosticRule& entry : teipress::DiagnosticCatalog()) {
    const std::string id(entry.rule.id());
    if (!log.rules.count(id) && !log.schema_rules.count(id)) unproduced.insert(id);
  }
  if (!unproduced.empty()) {
    const char* require_all = std::getenv("TEIPRESS_REQUIRE_ALL");
    const bool excused = !log.skipped.empty() && !(require_all && std::string(require_all) == "1");
    for (const std::string& id : unproduced) {
      std::cerr << "rule '" << id << "' is in the catalog but no test produced it: "
                << (excused ? "perhaps one of the skipped tests does" : "add a test that does, or remove the rule")
                << '\n';
    }
    if (excused) {
      std::cout << log.skipped.size() << " tests were skipped\n";
      return status != 0 ? status : kSkipped;
    }
    status = 1;
  }
  std::cout << "catalog: " << teipress::DiagnosticCatalog().size() << " rules; produced by the tests: "
            << log.rules.size() + log.schema_rules.size() << " ids (" << expected << " tests)\n";
  return status;
}
