// ParseCommandLine and ParseJobs: the usage contract every command shares, on a command made up
// for the test (the real commands' tables are tested in command_table_test.cc).
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

constexpr std::string_view kFormats[] = {"human", "json"};
constexpr OptionSpec kOptions[] = {
    {"", "-o", "DIR", ValueKind::kDirectory, {}, "out", "output directory"},
    {"--schema", "", "FILE", ValueKind::kFile, {}, "", "schema"},
    {"--jobs", "", "N", ValueKind::kCount, {}, "", "worker threads"},
    {"--format", "", "FORMAT", ValueKind::kChoice, kFormats, "human", "report format"},
    {"--output", "-O", "DIR", ValueKind::kDirectory, {}, "", "long and short name"},
    {"--force", "", "", ValueKind::kNone, {}, "", "a switch"},
    {"--xinclude", "", "", ValueKind::kNone, {}, "", "a switch"},
    {"--pdf", "", "", ValueKind::kNone, {}, "", "a switch"},
};
int RunNothing(const CommandLine&) { return 0; }
constexpr CommandSpec kCommand = {"try", "a test command", "[options] FILE...", "For the test.", kOptions,
                                  {"FILE", ValueKind::kFile, "", 0, -1, ""}, RunNothing};

std::map<std::string, std::string> Values(const CommandLine& line) {
  std::map<std::string, std::string> values;
  for (const OptionSpec& option : kOptions) {
    if (!option.is_switch() && line.Given(option.key())) values[std::string(option.key())] = line.Value(option.key());
  }
  return values;
}

std::set<std::string> Switches(const CommandLine& line) {
  std::set<std::string> switches;
  for (const OptionSpec& option : kOptions) {
    if (option.is_switch() && line.Has(option.key())) switches.insert(std::string(option.key()));
  }
  return switches;
}

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
  const ParsedCommandLine parsed = ParseCommandLine(kCommand, c.args);
  EXPECT_EQ(parsed.error, "") << c.label;
  EXPECT_EQ(Values(parsed.line), c.values) << c.label;
  std::set<std::string> switches = Switches(parsed.line);
  if (parsed.help) switches.insert("--help");
  EXPECT_EQ(switches, c.switches) << c.label;
  EXPECT_EQ(parsed.line.operands(), c.positionals) << c.label;
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
        ParseCase{"all switches", {"--force", "--xinclude", "--pdf"}, {}, {"--force", "--xinclude", "--pdf"}, {}},
        ParseCase{"short name files the value under the long one", {"-O", "x"}, {{"--output", "x"}}, {}, {}},
        ParseCase{"a choice", {"--format", "json"}, {{"--format", "json"}}, {}, {}}),
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
  const ParsedCommandLine parsed = ParseCommandLine(kCommand, c.args);
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
                      ErrorCase{"value given to a switch", {"--force=no"}, {"--force", "no value"}},
                      ErrorCase{"value given to --help", {"--help=yes"}, {"--help", "no value"}},
                      ErrorCase{"not one of the choices", {"--format", "yaml"}, {"--format", "human or json", "'yaml'"}},
                      ErrorCase{"not a count", {"--jobs=0"}, {"--jobs", "positive", "'0'"}},
                      ErrorCase{"misspelt option", {"--forse"}, {"--forse", "did you mean --force?"}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return testing::TestNameFromLabel(info.param.label); });

// Bypasses the parser's own check of --jobs, so that ParseJobs sees every value.
CommandLine WithJobs(const std::string& jobs) {
  static constexpr OptionSpec kJobsAsText[] = {{"--jobs", "", "N", ValueKind::kText, {}, "", "worker threads"}};
  static constexpr CommandSpec kJobsCommand = {"jobs", "", "", "", kJobsAsText, {}, RunNothing};
  return ParseCommandLine(kJobsCommand, {"--jobs=" + jobs}).line;
}

TEST(ParseJobsTest, DefaultIsTheNumberOfCores) {
  std::string error;
  const auto jobs = ParseJobs(ParseCommandLine(kCommand, {}).line, error);
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
  const auto separate = ParseJobs(ParseCommandLine(kCommand, {"--jobs", "3"}).line, error);
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

TEST(ParseCommandLineTest, CountsOperands) {
  static constexpr CommandSpec kOne = {"one", "", "FILE", "", {}, {"FILE", ValueKind::kFile, "", 1, 1, "give one file"},
                                       RunNothing};
  static constexpr CommandSpec kNone = {"none", "", "", "", {}, {}, RunNothing};
  EXPECT_EQ(ParseCommandLine(kOne, {}).error, "give one file");
  EXPECT_EQ(ParseCommandLine(kOne, {"a"}).error, "");
  EXPECT_EQ(ParseCommandLine(kOne, {"a", "b"}).error, "unexpected argument 'b'");
  EXPECT_EQ(ParseCommandLine(kNone, {"a"}).error, "unexpected argument 'a'");
  // --help wins: the command's help is printed even when the rest is wrong.
  const ParsedCommandLine help = ParseCommandLine(kOne, {"--bogus", "-h"});
  EXPECT_TRUE(help.help);
}

TEST(ParseCommandLineTest, ValueFallsBackToTheTableDefault) {
  const CommandLine line = ParseCommandLine(kCommand, {}).line;
  EXPECT_EQ(line.Value("-o"), "out");
  EXPECT_EQ(line.Value("--format"), "human");
  EXPECT_EQ(line.Value("--schema"), "");
  EXPECT_FALSE(line.Given("-o"));
  EXPECT_EQ(ParseCommandLine(kCommand, {"-o", "x"}).line.Value("-o"), "x");
}

TEST(ParseCommandLineDeathTest, AskingForAnOptionTheTableLacksIsAnInternalError) {
  const CommandLine line = ParseCommandLine(kCommand, {}).line;
  EXPECT_DEATH(line.Value("--authority"), "command 'try' has no option --authority");
}

struct ShardCase {
  const char* text;
  bool ok;
  int index, count;
};

class ParseShardTest : public ::testing::TestWithParam<ShardCase> {};

TEST_P(ParseShardTest, AcceptsIOfNOnly) {
  int index = 0, count = 0;
  std::string error;
  EXPECT_EQ(ParseShard(GetParam().text, index, count, error), GetParam().ok) << GetParam().text;
  if (GetParam().ok) {
    EXPECT_EQ(index, GetParam().index);
    EXPECT_EQ(count, GetParam().count);
  } else {
    EXPECT_NE(error.find("I/N"), std::string::npos) << error;
    EXPECT_NE(error.find(GetParam().text), std::string::npos) << error;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ParseShardTest,
                         ::testing::Values(ShardCase{"1/1", true, 1, 1}, ShardCase{"2/4", true, 2, 4},
                                           ShardCase{"4/4", true, 4, 4}, ShardCase{"0/4", false, 0, 0},
                                           ShardCase{"5/4", false, 0, 0}, ShardCase{"2/0", false, 0, 0},
                                           ShardCase{"2", false, 0, 0}, ShardCase{"a/b", false, 0, 0},
                                           ShardCase{"-1/2", false, 0, 0}, ShardCase{"1/2/3", false, 0, 0},
                                           ShardCase{"", false, 0, 0}));

}  // namespace
}  // namespace teipress
