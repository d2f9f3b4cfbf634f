// ParseArgs and ParseJobs: the usage contract every subcommand shares.
#include "cli_args.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "test_support.h"

namespace teipress {
namespace {

const std::set<std::string> kValueFlags = {"-o", "--schema", "--jobs", "--format"};
const std::set<std::string> kSwitchFlags = {"--force", "--xinclude", "--pdf"};

struct ParseCase {
  const char* label;
  std::vector<std::string> args;
  std::map<std::string, std::string> values;
  std::set<std::string> switches;
  std::vector<std::string> positionals;
};

void PrintTo(const ParseCase& c, std::ostream* os) { *os << c.label; }

class ParseArgsTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseArgsTest, Parses) {
  const ParseCase& c = GetParam();
  const ParsedArgs parsed = ParseArgs(c.args, kValueFlags, kSwitchFlags);
  EXPECT_EQ(parsed.error, "") << c.label;
  EXPECT_EQ(parsed.values, c.values) << c.label;
  EXPECT_EQ(parsed.switches, c.switches) << c.label;
  EXPECT_EQ(parsed.positionals, c.positionals) << c.label;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseArgsTest,
    ::testing::Values(
        ParseCase{"nothing", {}, {}, {}, {}},
        ParseCase{"short value flag and positionals", {"-o", "out", "a.txt", "b.txt"}, {{"-o", "out"}}, {}, {"a.txt", "b.txt"}},
        ParseCase{"flags between positionals",
                  {"a.xml", "--force", "b.xml", "--schema", "s.rng", "c.xml"},
                  {{"--schema", "s.rng"}},
                  {"--force"},
                  {"a.xml", "b.xml", "c.xml"}},
        ParseCase{"inline value", {"--format=json", "x"}, {{"--format", "json"}}, {}, {"x"}},
        ParseCase{"inline value split at the first equals sign", {"--schema=a=b.rng"}, {{"--schema", "a=b.rng"}}, {}, {}},
        ParseCase{"inline value may be a dash word", {"--schema=--force"}, {{"--schema", "--force"}}, {}, {}},
        ParseCase{"separate value is taken as it is", {"--schema", "-"}, {{"--schema", "-"}}, {}, {}},
        ParseCase{"dash alone is a positional (standard output)", {"-o", "-", "-"}, {{"-o", "-"}}, {}, {"-"}},
        ParseCase{"double dash ends options",
                  {"--force", "--", "--pdf", "-o", "--schema=x"},
                  {},
                  {"--force"},
                  {"--pdf", "-o", "--schema=x"}},
        ParseCase{"second double dash is a positional", {"--", "--"}, {}, {}, {"--"}},
        ParseCase{"-h is --help", {"-h"}, {}, {"--help"}, {}},
        ParseCase{"--help is always known", {"x", "--help"}, {}, {"--help"}, {"x"}},
        ParseCase{"repeated switch", {"--pdf", "--pdf"}, {}, {"--pdf"}, {}},
        ParseCase{"last value wins", {"-o", "a", "-o", "b"}, {{"-o", "b"}}, {}, {}},
        ParseCase{"all switches", {"--force", "--xinclude", "--pdf"}, {}, {"--force", "--xinclude", "--pdf"}, {}}),
    [](const ::testing::TestParamInfo<ParseCase>& info) { return testing::TestNameFromLabel(info.param.label); });

struct ErrorCase {
  const char* label;
  std::vector<std::string> args;
  std::vector<std::string> error_mentions;
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.label; }

class ParseArgsErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParseArgsErrorTest, ReportsUsageError) {
  const ErrorCase& c = GetParam();
  const ParsedArgs parsed = ParseArgs(c.args, kValueFlags, kSwitchFlags);
  EXPECT_FALSE(parsed.error.empty()) << c.label;
  for (const std::string& word : c.error_mentions) {
    EXPECT_NE(parsed.error.find(word), std::string::npos) << c.label << ": '" << parsed.error << "' lacks " << word;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseArgsErrorTest,
    ::testing::Values(ErrorCase{"unknown long option", {"a.txt", "--bogus"}, {"unknown", "--bogus"}},
                      ErrorCase{"unknown short option", {"-x"}, {"-x"}},
                      ErrorCase{"unknown option with value", {"--colour=red"}, {"--colour"}},
                      ErrorCase{"single dash long name", {"-force"}, {"-force"}},
                      ErrorCase{"missing value at the end", {"a.xml", "--schema"}, {"--schema", "value"}},
                      ErrorCase{"missing short value", {"-o"}, {"-o"}},
                      // A switch takes no value: "--force=no" must not silently mean --force.
                      ErrorCase{"value given to a switch", {"--force=no"}, {"--force"}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return testing::TestNameFromLabel(info.param.label); });

ParsedArgs WithJobs(const std::string& jobs) { return ParseArgs({"--jobs=" + jobs}, kValueFlags, kSwitchFlags); }

TEST(ParseJobsTest, DefaultIsTheNumberOfCores) {
  std::string error;
  const auto jobs = ParseJobs(ParseArgs({}, kValueFlags, kSwitchFlags), error);
  ASSERT_TRUE(jobs.has_value()) << error;
  const unsigned cores = std::thread::hardware_concurrency();
  EXPECT_EQ(*jobs, cores == 0 ? 1 : static_cast<int>(cores));
}

TEST(ParseJobsTest, PositiveNumbers) {
  for (const auto& [text, expected] : std::vector<std::pair<std::string, int>>{{"1", 1}, {"2", 2}, {"16", 16}, {"007", 7}}) {
    std::string error;
    const auto jobs = ParseJobs(WithJobs(text), error);
    ASSERT_TRUE(jobs.has_value()) << text << ": " << error;
    EXPECT_EQ(*jobs, expected) << text;
  }
  std::string error;
  const auto separate = ParseJobs(ParseArgs({"--jobs", "3"}, kValueFlags, kSwitchFlags), error);
  ASSERT_TRUE(separate.has_value()) << error;
  EXPECT_EQ(*separate, 3);
}

TEST(ParseJobsTest, BadValuesAreErrors) {
  for (const std::string text : {"0", "00", "-1", "abc", "4x", "x4", " 4", "4 ", "+4", "1.5", "1e3", "0x10",
                                 "99999999999999999999", "2147483648", ""}) {
    std::string error;
    const auto jobs = ParseJobs(WithJobs(text), error);
    EXPECT_FALSE(jobs.has_value()) << "'" << text << "' gave " << jobs.value_or(-1);
    EXPECT_NE(error.find("--jobs"), std::string::npos) << "'" << text << "': " << error;
    EXPECT_NE(error.find("'" + text + "'"), std::string::npos) << "the error quotes the value: " << error;
  }
}

}  // namespace
}  // namespace teipress
