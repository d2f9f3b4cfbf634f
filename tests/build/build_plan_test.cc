// The planner decides from the build log and the file system whether an output is stale and says
// why; here on an in-memory file system.
#include "build_plan.h"

#include <gtest/gtest.h>

#include "in_memory_file_system.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::InMemoryFileSystem;

Signature PageSignature(const std::string& tei_hash, const std::string& paper = "a4") {
  Signature signature;
  signature.Add("tei/113009.xml", tei_hash).Add("the HTML stylesheets", "aaaaaaaaaaaaaaaa").Add("paper", paper);
  return signature;
}

class PlannerTest : public ::testing::Test {
 protected:
  PlannerTest() { log_.Load(files_, "out/.teipress/log"); }
  InMemoryFileSystem files_;
  BuildLog log_;
  BuildPlanner planner_{files_, log_};
};

TEST_F(PlannerTest, AnOutputNeverMadeOrMissingIsStale) {
  EXPECT_EQ(planner_.Plan("out/html/113009.html", PageSignature("1111111111111111")).reason, "it does not exist");
  files_.Put("out/html/113009.html", "<html/>", 5);
  EXPECT_EQ(planner_.Plan("out/html/113009.html", PageSignature("1111111111111111")).reason,
            "the build log has no record of it");
}

TEST_F(PlannerTest, AnOutputMadeFromTheSameInputsIsUpToDate) {
  std::string error;
  ASSERT_TRUE(files_.Write("out/html/113009.html", "<html/>", Durability::kRegenerable, error));
  ASSERT_TRUE(planner_.RecordMade("out/html/113009.html", PageSignature("1111111111111111"), "<html/>", error));
  const PlannedOutput plan = planner_.Plan("out/html/113009.html", PageSignature("1111111111111111"));
  EXPECT_FALSE(plan.stale()) << plan.reason;
  EXPECT_EQ(plan.path, "out/html/113009.html");
  EXPECT_EQ(planner_.MadeHash("out/html/113009.html").size(), 16u);
  EXPECT_EQ(planner_.MadeHash("out/html/other.html"), "");
}

TEST_F(PlannerTest, SaysWhichInputChanged) {
  std::string error;
  ASSERT_TRUE(files_.Write("out/html/113009.html", "<html/>", Durability::kRegenerable, error));
  ASSERT_TRUE(planner_.RecordMade("out/html/113009.html", PageSignature("1111111111111111"), "<html/>", error));
  EXPECT_EQ(planner_.Plan("out/html/113009.html", PageSignature("2222222222222222")).reason, "tei/113009.xml changed");
  EXPECT_EQ(planner_.Plan("out/html/113009.html", PageSignature("1111111111111111", "letter")).reason,
            "paper changed (a4 → letter)");
}

TEST_F(PlannerTest, AnOutputCopiedWithItsContentIsUpToDateAndAnEditedOneIsNot) {
  std::string error;
  ASSERT_TRUE(files_.Write("out/html/113009.html", "<html/>", Durability::kRegenerable, error));
  ASSERT_TRUE(planner_.RecordMade("out/html/113009.html", PageSignature("1111111111111111"), "<html/>", error));
  // Another time, the same bytes (an artifact downloaded in CI): up to date, and remembered so.
  files_.Touch("out/html/113009.html", 999);
  EXPECT_FALSE(planner_.Plan("out/html/113009.html", PageSignature("1111111111111111")).stale());
  EXPECT_EQ((*log_.Find(BuildPlanner::kMadeRecord, "out/html/113009.html"))[2], "999");
  // Other bytes: someone changed the output.
  files_.Put("out/html/113009.html", "<html>edited</html>", 1000);
  EXPECT_EQ(planner_.Plan("out/html/113009.html", PageSignature("1111111111111111")).reason,
            "it was changed after it was made");
}

TEST_F(PlannerTest, TheRecordSurvivesInTheLogFile) {
  std::string error;
  ASSERT_TRUE(files_.Write("out/print/x.fo", "<fo/>", Durability::kRegenerable, error));
  ASSERT_TRUE(planner_.RecordMadeFile("out/print/x.fo", PageSignature("1111111111111111"), error)) << error;
  BuildLog reloaded;
  reloaded.Load(files_, "out/.teipress/log");
  BuildPlanner again(files_, reloaded);
  EXPECT_FALSE(again.Plan("out/print/x.fo", PageSignature("1111111111111111")).stale());
  EXPECT_EQ(again.MadeHash("out/print/x.fo"), planner_.MadeHash("out/print/x.fo"));
}

struct ChangeCase {
  const char* label;
  std::vector<std::pair<std::string, std::string>> before, now;
  const char* description;
};

class DescribeChangeTest : public ::testing::TestWithParam<ChangeCase> {};

TEST_P(DescribeChangeTest, NamesWhatChanged) {
  Signature before, now;
  for (const auto& [name, value] : GetParam().before) before.Add(name, value);
  for (const auto& [name, value] : GetParam().now) now.Add(name, value);
  EXPECT_EQ(DescribeChange(before, now), GetParam().description);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DescribeChangeTest,
    ::testing::Values(
        ChangeCase{"a file", {{"tei/a.xml", "0123456789abcdef"}}, {{"tei/a.xml", "fedcba9876543210"}}, "tei/a.xml changed"},
        ChangeCase{"a setting", {{"paper", "a4"}}, {{"paper", "letter"}}, "paper changed (a4 → letter)"},
        ChangeCase{"a new input", {}, {{"edition title", "Letters"}}, "edition title is a new input"},
        ChangeCase{"an input no longer used", {{"x", "1"}}, {}, "x is no longer an input"},
        ChangeCase{"documents changed",
                   {{"doc:1", "a"}, {"doc:2", "b"}, {"doc:3", "c"}, {"doc:4", "d"}, {"doc:5", "e"}},
                   {{"doc:1", "A"}, {"doc:2", "b"}, {"doc:3", "C"}, {"doc:4", "D"}, {"doc:5", "E"}},
                   "the entries of 4 documents changed (1, 3, 4, …)"},
        ChangeCase{"a document added and one removed", {{"doc:1", "a"}, {"doc:2", "b"}}, {{"doc:1", "a"}, {"doc:3", "c"}},
                   "1 document added (3); 1 document removed (2)"},
        ChangeCase{"the same parts in another order", {{"doc:1", "a"}, {"doc:2", "b"}}, {{"doc:2", "b"}, {"doc:1", "a"}},
                   "its inputs are in another order"}),
    [](const ::testing::TestParamInfo<ChangeCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(Signature, DigestDependsOnEveryPartAndTheirOrder) {
  Signature a, b, c;
  a.Add("x", "1").Add("y", "2");
  b.Add("x", "1").Add("y", "3");
  c.Add("y", "2").Add("x", "1");
  EXPECT_EQ(a.Digest().size(), 16u);
  EXPECT_NE(a.Digest(), b.Digest());
  EXPECT_NE(a.Digest(), c.Digest());
  EXPECT_EQ(Signature::Decode(a.Encode()).Digest(), a.Digest());
  Signature tricky;
  tricky.Add("name\twith tab", "value\nwith line\x1e");
  EXPECT_EQ(Signature::Decode(tricky.Encode()).parts(), tricky.parts());
}

}  // namespace
}  // namespace teipress
