// PdfRenderer with the real Apache FOP: FOP's errors and warnings come back as diagnostics naming
// the document, with the same rules whichever way FOP runs (one JVM for the batch, or the `fop`
// command per file); without FOP, one error says how to get it.
#include "pdf_renderer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>

#include <boost/filesystem/operations.hpp>

#include "file_io.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::TemporaryDirectory;

// A page 30 mm wide: the word cannot be broken and sticks out of the line.
constexpr const char* kOverflowingFo = R"(<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <fo:layout-master-set><fo:simple-page-master master-name="p" page-width="30mm" page-height="50mm">
    <fo:region-body/></fo:simple-page-master></fo:layout-master-set>
  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">
    <fo:block>Thisisawordfarlongerthananylineofthispagecanhold</fo:block>
  </fo:flow></fo:page-sequence>
</fo:root>
)";

// No font of FOP's defaults (the base-14 fonts, without a configuration) has this character.
constexpr const char* kGlyphlessFo = R"(<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <fo:layout-master-set><fo:simple-page-master master-name="p"><fo:region-body/></fo:simple-page-master>
  </fo:layout-master-set>
  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body"><fo:block>)"
                                   "\u4E2D"
                                   R"(</fo:block></fo:flow>
  </fo:page-sequence>
</fo:root>
)";

// fo:block may not stand directly in fo:root.
constexpr const char* kInvalidFo =
    R"(<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format"><fo:block>text</fo:block></fo:root>)";

// Sets an environment variable for the lifetime of the object.
class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value, 1);
  }
  ~ScopedEnvironment() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

class PdfRendererTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!PdfRenderer("").available()) {
      if (testing::RequireAll()) FAIL() << "Apache FOP is not installed (TEIPRESS_REQUIRE_ALL=1)";
      GTEST_SKIP() << "Apache FOP is not installed (apt-get install fop)";
    }
  }

  PdfJob Job(const std::string& stem, const char* fo) {
    std::string error;
    const fs::path path = directory_.path() / (stem + ".fo");
    EXPECT_TRUE(WriteFileAtomically(path, fo, error)) << error;
    return {path.string(), (directory_.path() / (stem + ".pdf")).string(), stem + ".xml"};
  }

  static const Diagnostic* Find(const std::vector<Diagnostic>& diagnostics, const std::string& file,
                                const std::string& rule) {
    for (const Diagnostic& d : diagnostics) {
      if (d.file == file && d.rule == rule) return &d;
    }
    return nullptr;
  }

  static std::string Describe(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
    return out;
  }

  TemporaryDirectory directory_;
};

TEST_F(PdfRendererTest, ReportsFopsErrorsAndWarningsPerDocument) {
  const PdfRenderer renderer("");
  std::vector<Diagnostic> diagnostics;
  const std::vector<PdfJob> jobs = {Job("overflowing", kOverflowingFo), Job("invalid", kInvalidFo),
                                    Job("glyphless", kGlyphlessFo)};
  EXPECT_EQ(renderer.Render(jobs, diagnostics), 2) << Describe(diagnostics);
  // A warning does not stop the PDF.
  EXPECT_TRUE(fs::exists(directory_.path() / "overflowing.pdf")) << Describe(diagnostics);
  const Diagnostic* warning = Find(diagnostics, "overflowing.xml", "fop.warning");
  ASSERT_NE(warning, nullptr) << Describe(diagnostics);
  EXPECT_EQ(warning->severity, Severity::kWarning);
  EXPECT_EQ(warning->message.rfind("FOP: ", 0), 0u) << warning->message;
  // An error does, and leaves no PDF behind.
  EXPECT_FALSE(fs::exists(directory_.path() / "invalid.pdf"));
  const Diagnostic* error = Find(diagnostics, "invalid.xml", "fop.error");
  ASSERT_NE(error, nullptr) << Describe(diagnostics);
  EXPECT_EQ(error->severity, Severity::kError);
  EXPECT_EQ(Find(diagnostics, "invalid.xml", "fop.warning"), nullptr) << Describe(diagnostics);
  // A character no font has is an error: FOP would print '#'.
  const Diagnostic* glyph = Find(diagnostics, "glyphless.xml", "fop.glyph-missing");
  ASSERT_NE(glyph, nullptr) << Describe(diagnostics);
  EXPECT_EQ(glyph->severity, Severity::kError);
  EXPECT_NE(glyph->message.find("fop.xconf"), std::string::npos) << glyph->message;
}

TEST_F(PdfRendererTest, TheFopCommandReportsUnderTheSameRules) {
  const ScopedEnvironment command("TEIPRESS_FOP_DRIVER", "command");
  const PdfRenderer renderer("");
  if (!renderer.available()) GTEST_SKIP() << "only FOP's batch driver is available";
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(renderer.Render({Job("overflowing", kOverflowingFo), Job("glyphless", kGlyphlessFo)}, diagnostics), 1)
      << Describe(diagnostics);
  const Diagnostic* warning = Find(diagnostics, "overflowing.xml", "fop.warning");
  ASSERT_NE(warning, nullptr) << Describe(diagnostics);
  EXPECT_EQ(warning->severity, Severity::kWarning);
  const Diagnostic* glyph = Find(diagnostics, "glyphless.xml", "fop.glyph-missing");
  ASSERT_NE(glyph, nullptr) << Describe(diagnostics);
  EXPECT_EQ(glyph->severity, Severity::kError);
}

TEST(PdfRenderer, WithoutFopSaysHowToGetIt) {
  std::optional<PdfRenderer> renderer;
  {
    const ScopedEnvironment no_programs("PATH", "/nonexistent");
    renderer.emplace("");
  }
  ASSERT_FALSE(renderer->available());
  std::vector<Diagnostic> diagnostics;
  EXPECT_EQ(renderer->Render({{"a.fo", "a.pdf", "a.xml"}, {"b.fo", "b.pdf", "b.xml"}}, diagnostics), 2);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].file, "a.xml");
  EXPECT_EQ(diagnostics[0].rule, "fop.missing");
  EXPECT_NE(diagnostics[0].message.find("apt-get install fop"), std::string::npos) << diagnostics[0].message;
}

}  // namespace
}  // namespace teipress
