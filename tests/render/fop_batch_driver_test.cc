// The batch driver's protocol: the job list teipress writes and the records it reads back.
// (Rendering with the real driver and FOP is tested in print_edition_pdftest.cc.)
#include <gtest/gtest.h>

#include "fop_batch_driver.h"

namespace teipress {
namespace {

TEST(FopBatchDriver, ReadsOutcomesAndEventsPerJob) {
  const std::string output =
      "Nov 27, 2026 6:21:53 AM org.apache.fop.apps.FopConfParser configure\n"  // Java logging: skipped
      "event\t0\tWARN\torg.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows\tThe contents of "
      "fo:inline line 2 exceed the available area\n"
      "done\t0\tok\t812\n"
      "event\t1\tERROR\torg.apache.fop.fonts.FontEventProducer.glyphNotAvailable\tGlyph \"\xEE\x80\x80\" (0xe000) "
      "not available in font \"NotoSerif-Regular\".\n"
      "done\t1\tfailed\t95\n";
  const std::vector<FopJobOutcome> outcomes = ParseFopBatchOutput(output, 3);
  ASSERT_EQ(outcomes.size(), 3u);
  EXPECT_TRUE(outcomes[0].finished);
  EXPECT_TRUE(outcomes[0].ok);
  EXPECT_EQ(outcomes[0].milliseconds, 812);
  ASSERT_EQ(outcomes[0].events.size(), 1u);
  EXPECT_EQ(outcomes[0].events[0].severity, "WARN");
  EXPECT_EQ(outcomes[0].events[0].id, "org.apache.fop.layoutmgr.inline.InlineLevelEventProducer.lineOverflows");
  EXPECT_TRUE(outcomes[1].finished);
  EXPECT_FALSE(outcomes[1].ok);
  ASSERT_EQ(outcomes[1].events.size(), 1u);
  EXPECT_NE(outcomes[1].events[0].message.find("0xe000"), std::string::npos);
  // The driver died before the third job: not finished, not ok.
  EXPECT_FALSE(outcomes[2].finished);
  EXPECT_FALSE(outcomes[2].ok);
}

TEST(FopBatchDriver, IgnoresRecordsForJobsItWasNotGiven) {
  const std::vector<FopJobOutcome> outcomes =
      ParseFopBatchOutput("done\t7\tok\t1\ndone\t-1\tok\t1\ndone\tx\tok\t1\nevent\t0\tWARN\n", 1);
  ASSERT_EQ(outcomes.size(), 1u);
  EXPECT_FALSE(outcomes[0].finished);
  EXPECT_TRUE(outcomes[0].events.empty());  // an event record without its fields
}

TEST(FopBatchDriver, WritesOneTabSeparatedJobPerLine) {
  std::string list;
  ASSERT_TRUE(FormatFopBatchJobs({{"a.fo", "a.pdf"}, {"dir with space/b.fo", "dir with space/b.pdf"}}, list));
  EXPECT_EQ(list, "a.fo\ta.pdf\ndir with space/b.fo\tdir with space/b.pdf\n");
  EXPECT_FALSE(FormatFopBatchJobs({{"odd\tname.fo", "odd.pdf"}}, list));
  EXPECT_FALSE(FormatFopBatchJobs({{"odd.fo", "odd\nname.pdf"}}, list));
}

}  // namespace
}  // namespace teipress
