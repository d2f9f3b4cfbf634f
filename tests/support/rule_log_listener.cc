// Writes "test NAME" (and "skipped NAME") for every test that runs to the file
// TEIPRESS_RULE_LOG names, beside the "rule ID" lines of diagnostic_catalog.cc, so that the
// check diagnostic_catalog_coverage knows whether the whole suite ran. Linked into every test
// binary as an object file: it registers itself before main.
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

namespace {

void AppendLine(const std::string& line) {
  const char* path = std::getenv("TEIPRESS_RULE_LOG");
  if (!path || !*path) return;
  const int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return;
  [[maybe_unused]] const ssize_t written = ::write(fd, line.data(), line.size());
  ::close(fd);
}

class RuleLogListener : public ::testing::EmptyTestEventListener {
  void OnTestStart(const ::testing::TestInfo& test) override { AppendLine("test " + Name(test) + "\n"); }
  void OnTestEnd(const ::testing::TestInfo& test) override {
    if (test.result() && test.result()->Skipped()) AppendLine("skipped " + Name(test) + "\n");
  }
  static std::string Name(const ::testing::TestInfo& test) {
    return std::string(test.test_suite_name()) + "." + test.name();
  }
};

// gtest_discover_tests names a test "Suite.Name", as Name() does.
const bool kRegistered = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new RuleLogListener);
  return true;
}();

}  // namespace
