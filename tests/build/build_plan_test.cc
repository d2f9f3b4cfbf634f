// The planner decides from what the file system says (existence, modification times, the recorded
// print settings) which outputs are stale and why; here on an in-memory file system.
#include "build_plan.h"

#include <gtest/gtest.h>

#include "in_memory_file_system.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::InMemoryFileSystem;

PlanSettings Settings() {
  PlanSettings settings;
  settings.out_dir = "out";
  settings.data_dir = "data";
  settings.authority_dir = "tei/authority";
  settings.executable = "bin/teipress";
  return settings;
}

// An edition whose inputs are all older (times 10-40) than its outputs (times 100-300).
InMemoryFileSystem BuiltEdition() {
  InMemoryFileSystem files;
  files.Put("data/xslt/html/document.xsl", "<xsl/>", 10);
  files.Put("data/xslt/print/document.xsl", "<xsl/>", 11);
  files.Put("tei/authority/persons.xml", "<TEI/>", 20);
  files.Put("bin/teipress", "ELF", 30);
  files.Put("tei/113009.xml", "<TEI/>", 40);
  files.Put("out/html/113009.html", "<html/>", 100);
  files.Put("out/print/113009.fo", "<fo/>", 100);
  files.Put("out/print/113009.pdf", "%PDF", 200);
  files.Put("out/print/.print-settings", "paper=a4 pdfa=no\n", 100);
  files.Put("out/print/edition.fo", "<fo/>", 100);
  files.Put("out/print/edition.pdf", "%PDF", 300);
  return files;
}

struct DocumentCase {
  const char* label;
  void (*change)(InMemoryFileSystem&);
  const char* html_reason;  // "" = up to date
  const char* fo_reason;
  const char* pdf_reason;
};

class PlanDocumentTest : public ::testing::TestWithParam<DocumentCase> {};

TEST_P(PlanDocumentTest, SaysWhichOutputsAreStaleAndWhy) {
  const DocumentCase& c = GetParam();
  InMemoryFileSystem files = BuiltEdition();
  c.change(files);
  const BuildPlanner planner(files, Settings());
  const DocumentPlan plan = planner.PlanDocument("tei/113009.xml", "113009");
  EXPECT_EQ(plan.html.path, "out/html/113009.html");
  EXPECT_EQ(plan.fo.path, "out/print/113009.fo");
  EXPECT_EQ(plan.pdf.path, "out/print/113009.pdf");
  EXPECT_EQ(plan.html.reason, c.html_reason);
  EXPECT_EQ(plan.fo.reason, c.fo_reason);
  EXPECT_EQ(plan.pdf.reason, c.pdf_reason);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PlanDocumentTest,
    ::testing::Values(
        DocumentCase{"nothing changed", [](InMemoryFileSystem&) {}, "", "", ""},
        DocumentCase{"TEI edited", [](InMemoryFileSystem& f) { f.Touch("tei/113009.xml", 150); },
                     "it is not newer than tei/113009.xml", "it is not newer than tei/113009.xml",
                     "its FO is made again"},
        DocumentCase{"HTML stylesheet changed",
                     [](InMemoryFileSystem& f) { f.Touch("data/xslt/html/document.xsl", 150); },
                     "it is not newer than data/xslt/html/document.xsl",
                     "it is not newer than data/xslt/html/document.xsl", "its FO is made again"},
        DocumentCase{"authority file changed",
                     [](InMemoryFileSystem& f) { f.Touch("tei/authority/persons.xml", 150); },
                     "it is not newer than tei/authority/persons.xml",
                     "it is not newer than tei/authority/persons.xml", "its FO is made again"},
        DocumentCase{"a newer teipress", [](InMemoryFileSystem& f) { f.Touch("bin/teipress", 150); },
                     "it is not newer than bin/teipress", "it is not newer than bin/teipress",
                     "its FO is made again"},
        DocumentCase{"HTML page deleted", [](InMemoryFileSystem& f) { f.Remove("out/html/113009.html"); },
                     "it does not exist", "", ""},
        DocumentCase{"PDF deleted", [](InMemoryFileSystem& f) { f.Remove("out/print/113009.pdf"); }, "", "",
                     "it does not exist"},
        DocumentCase{"PDF older than its FO", [](InMemoryFileSystem& f) { f.Touch("out/print/113009.pdf", 90); },
                     "", "", "it is not newer than out/print/113009.fo"},
        DocumentCase{"print settings never recorded",
                     [](InMemoryFileSystem& f) { f.Remove("out/print/.print-settings"); }, "",
                     "no print settings are recorded in out/print/.print-settings", "its FO is made again"},
        DocumentCase{"print settings changed",
                     [](InMemoryFileSystem& f) { f.Put("out/print/.print-settings", "paper=letter pdfa=no\n", 100); },
                     "", "the print settings changed (paper=letter pdfa=no before, paper=a4 pdfa=no now)",
                     "its FO is made again"}),
    [](const ::testing::TestParamInfo<DocumentCase>& info) { return testing::TestNameFromLabel(info.param.label); });

TEST(BuildPlanner, MakesNoPdfWhenTheBuildMakesNone) {
  InMemoryFileSystem files = BuiltEdition();
  files.Remove("out/print/113009.pdf");
  PlanSettings settings = Settings();
  settings.pdf = false;
  const DocumentPlan plan = BuildPlanner(files, settings).PlanDocument("tei/113009.xml", "113009");
  EXPECT_TRUE(plan.pdf.path.empty());
  EXPECT_FALSE(plan.pdf.stale());
  EXPECT_FALSE(BuildPlanner(files, settings).PlanVolumePdf(false).stale());
}

TEST(BuildPlanner, RecordsTheRequestedPrintSettings) {
  InMemoryFileSystem files = BuiltEdition();
  PlanSettings settings = Settings();
  settings.paper = "letter";
  settings.pdfa = true;
  const BuildPlanner planner(files, settings);
  EXPECT_EQ(planner.print_settings_file(), "out/print/.print-settings");
  EXPECT_EQ(planner.print_settings(), "paper=letter pdfa=yes\n");
  EXPECT_EQ(planner.PlanDocument("tei/113009.xml", "113009").fo.reason,
            "the print settings changed (paper=a4 pdfa=no before, paper=letter pdfa=yes now)");
}

TEST(BuildPlanner, MakesTheVolumePdfOnlyWhenItsFoChangedOrThePdfIsOld) {
  InMemoryFileSystem files = BuiltEdition();
  EXPECT_EQ(BuildPlanner(files, Settings()).PlanVolumePdf(true).reason, "");
  EXPECT_EQ(BuildPlanner(files, Settings()).PlanVolumePdf(false).reason, "the volume's FO changed");
  files.Touch("out/print/edition.pdf", 50);
  EXPECT_EQ(BuildPlanner(files, Settings()).PlanVolumePdf(true).reason, "it is not newer than out/print/edition.fo");
  files.Remove("out/print/edition.pdf");
  EXPECT_EQ(BuildPlanner(files, Settings()).PlanVolumePdf(true).reason, "it does not exist");
  EXPECT_EQ(BuildPlanner(files, Settings()).PlanVolumePdf(true).path, "out/print/edition.pdf");
}

TEST(BuildPlanner, RebuildsThePagesSpanningTheEditionEveryTime) {
  InMemoryFileSystem files = BuiltEdition();
  const std::vector<PlannedOutput> pages = BuildPlanner(files, Settings()).PlanEditionPages({"index", "volume"});
  ASSERT_EQ(pages.size(), 3u);
  EXPECT_EQ(pages[0].path, "out/html/index.html");
  EXPECT_EQ(pages[1].path, "out/print/edition.fo");
  EXPECT_EQ(pages[2].path, "out/html/search-index.js");
  for (const PlannedOutput& page : pages) EXPECT_TRUE(page.stale()) << page.path;
}

}  // namespace
}  // namespace teipress
