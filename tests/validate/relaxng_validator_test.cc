// RELAX NG validation agrees with jing, the reference validator, file for file: on the TEI
// conformance documents and on generated variants (xml_mutator.h) of valid documents, against
// TEI All and against the edition schema, with both engines (teipress's own, files streamed and
// trees walked, and libxml2's). TEI All takes seconds to compile in libxml2, so it is compiled
// once per engine, in one test.
#include "relaxng_validator.h"

#include <gtest/gtest.h>

#include <boost/filesystem/operations.hpp>
#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>

#include "converter.h"
#include "file_io.h"
#include "frus_splitter.h"
#include "process.h"
#include "test_support.h"
#include "xml_mutator.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

constexpr const char* kJing = "/usr/bin/jing";

#ifdef TEIPRESS_SANITIZED
constexpr size_t kMutantsPerDocument = 3;  // the sanitizers make libxml2 about five times slower
constexpr size_t kConvertedSamples = 3;
constexpr size_t kEveryNthFrusDocument = 20;
#else
constexpr size_t kMutantsPerDocument = 12;
constexpr size_t kConvertedSamples = 15;
constexpr size_t kEveryNthFrusDocument = 4;  // of the 145 documents the trimmed volumes keep
#endif

std::string Dump(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

// One jing process over all `files`; a file is invalid when jing prints a finding for it.
// (All files here are well-formed: jing stops at the first one that is not.) Debian's jing
// processes XInclude (its wrapper sets Xerces's XIncludeParserConfiguration); without
// `xinclude` the JVM is given Xerces's default configuration instead (_JAVA_OPTIONS comes after
// the wrapper's arguments, so it wins), and jing judges the documents as they are written.
std::map<std::string, bool> JingVerdicts(const std::string& schema, const std::vector<std::string>& files,
                                         bool xinclude = true) {
  std::vector<std::string> arguments = {kJing, schema};
  if (!xinclude) {
    arguments.insert(arguments.begin(), {"/usr/bin/env",
                                         "_JAVA_OPTIONS=-Dorg.apache.xerces.xni.parser.XMLParserConfiguration="
                                         "org.apache.xerces.parsers.XIncludeAwareParserConfiguration"});
  }
  arguments.insert(arguments.end(), files.begin(), files.end());
  const ProcessResult result = RunProcess(arguments);
  EXPECT_TRUE(result.started);
  std::map<std::string, bool> valid;
  for (const std::string& file : files) valid[file] = true;
  std::istringstream lines(result.output);
  for (std::string line; std::getline(lines, line);) {
    for (const std::string& file : files) {
      if (line.rfind(file + ":", 0) == 0) valid[file] = false;
    }
  }
  EXPECT_EQ(result.exit_code == 0, std::all_of(valid.begin(), valid.end(), [](const auto& v) { return v.second; }))
      << result.output.substr(0, 2000);
  return valid;
}

// The comparison set: documents from `sources`, each with its generated variants, written to `directory`.
std::vector<std::string> WriteComparisonSet(const std::vector<std::pair<std::string, std::string>>& sources,
                                            const fs::path& directory, std::map<std::string, std::string>& labels) {
  std::vector<std::string> files;
  std::uint32_t seed = 1;
  for (const auto& [name, xml] : sources) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr document = ReadXmlMemory(xml, name, diagnostics);
    EXPECT_TRUE(document) << name << "\n" << Dump(diagnostics);
    if (!document) continue;
    std::vector<XmlMutant> variants = MutateXml(document.get(), kMutantsPerDocument, seed++);
    variants.insert(variants.begin(), XmlMutant{"unchanged", xml});
    for (size_t i = 0; i < variants.size(); ++i) {
      const std::string path = (directory / (fs::path(name).stem().string() + "-" + std::to_string(i) + ".xml")).string();
      std::string error;
      EXPECT_TRUE(WriteFileAtomically(path, variants[i].xml, error)) << error;
      labels[path] = name + ": " + variants[i].label;
      files.push_back(path);
    }
  }
  return files;
}

// teipress's verdicts against `schema` equal jing's for every file; returns how many were invalid.
size_t ExpectAgreement(const RelaxNgSchema& schema, const std::vector<std::string>& files,
                       const std::map<std::string, std::string>& labels, bool jing_xinclude = true) {
  const std::map<std::string, bool> jing = JingVerdicts(schema.path(), files, jing_xinclude);
  size_t invalid = 0;
  for (const std::string& file : files) {
    std::vector<Diagnostic> findings;
    XmlDocPtr document = ReadXmlFile(file, findings);
    const bool valid = document && schema.Validate(document.get(), file, findings);
    EXPECT_EQ(valid, jing.at(file)) << "teipress and jing disagree on " << file << " (" << labels.at(file)
                                    << ") against " << schema.path() << "\n" << Dump(findings);
    // The same verdict when the file is streamed instead of parsed into a tree.
    std::vector<Diagnostic> streamed;
    EXPECT_EQ(schema.ValidateFile(file, streamed), valid) << file << "\n" << Dump(streamed);
    if (!valid) {
      ++invalid;
      EXPECT_TRUE(HasErrors(findings)) << file;
      if (!findings.empty()) {
        EXPECT_GT(findings.front().line, 0) << file << "\n" << Dump(findings);
      }
    }
  }
  return invalid;
}

std::vector<std::pair<std::string, std::string>> ConvertedSamples() {
  std::vector<std::pair<std::string, std::string>> samples;
  for (const fs::path& source : testing::ShippedSources()) {
    if (samples.size() == kConvertedSamples) break;
    std::vector<Diagnostic> diagnostics;
    ConversionResult result = Convert(testing::ReadText(source), source.string(), testing::EditionAuthority(), diagnostics);
    if (result.ok) samples.emplace_back(source.stem().string() + ".xml", result.tei);
  }
  return samples;
}

// Real documents: a sample of those split out of the FRUS volumes (some are invalid against TEI All).
std::vector<std::string> WriteFrusSample(const fs::path& directory, std::map<std::string, std::string>& labels) {
  std::vector<std::string> files;
  const fs::path frus = fs::path(testing::ReferenceDir()) / "tei-corpora/frus";
  boost::system::error_code ec;
  for (fs::directory_iterator it(frus, ec), end; !ec && it != end; it.increment(ec)) {
    std::vector<Diagnostic> diagnostics;
    XmlDocPtr volume = ReadXmlFile(it->path().string(), diagnostics);
    if (!volume) continue;
    const std::vector<SplitDocument> documents = SplitVolume(volume.get(), it->path().stem().string());
    for (size_t i = 0; i < documents.size(); i += kEveryNthFrusDocument) {
      xmlChar* dumped = nullptr;
      int size = 0;
      xmlDocDumpMemoryEnc(documents[i].tei.get(), &dumped, &size, "UTF-8");
      XmlCharsPtr owned(dumped);
      const std::string path = (directory / (it->path().stem().string() + "-" + documents[i].id + ".xml")).string();
      std::string error;
      EXPECT_TRUE(WriteFileAtomically(path, std::string_view(AsChars(owned.get()), static_cast<size_t>(size)), error));
      labels[path] = "FRUS document";
      files.push_back(path);
    }
  }
  return files;
}

bool HaveJing() {
  boost::system::error_code ec;
  return fs::exists(kJing, ec);
}

class RelaxNgValidatorTest : public ::testing::TestWithParam<RelaxNgEngineKind> {};

TEST_P(RelaxNgValidatorTest, AgreesWithJingAgainstTheEditionSchema) {
  if (!HaveJing()) {
    if (testing::RequireAll()) FAIL() << kJing << " is missing and TEIPRESS_REQUIRE_ALL=1";
    GTEST_SKIP() << "jing (Debian package jing) is not installed";
  }
  std::vector<Diagnostic> diagnostics;
  auto schema = RelaxNgSchema::Compile(testing::SourceDir() + "/schemas/edition.rng", diagnostics, GetParam());
  ASSERT_TRUE(schema) << Dump(diagnostics);
  testing::TemporaryDirectory directory;
  std::map<std::string, std::string> labels;
  const std::vector<std::string> files = WriteComparisonSet(ConvertedSamples(), directory.path(), labels);
  ASSERT_GE(files.size(), 3 * (kMutantsPerDocument + 1));
  const size_t invalid = ExpectAgreement(*schema, files, labels);
  // The variants must exercise both verdicts, or the comparison proves little.
  EXPECT_GT(invalid, files.size() / 4);
  EXPECT_LT(invalid, files.size());
}

TEST_P(RelaxNgValidatorTest, AgreesWithJingAgainstTeiAll) {
  if (!HaveJing()) {
    if (testing::RequireAll()) FAIL() << "TEIPRESS_REQUIRE_ALL=1 but jing is missing";
    GTEST_SKIP() << "jing (Debian package jing) is not installed";
  }
  const std::string reference = testing::ReferenceDir() + "/tei";
  std::vector<Diagnostic> diagnostics;
  auto schema = RelaxNgSchema::Compile(reference + "/tei_all.rng", diagnostics, GetParam());
  ASSERT_TRUE(schema) << Dump(diagnostics);

  // The conformance documents as they are, disagree-* included: teipress must side with jing.
  std::vector<std::string> files;
  std::map<std::string, std::string> labels;
  std::vector<std::pair<std::string, std::string>> valid_documents;
  for (fs::directory_iterator it(reference + "/conformance"), end; it != end; ++it) {
    if (it->path().extension() != ".xml") continue;
    files.push_back(it->path().string());
    labels[files.back()] = "conformance document";
    if (it->path().filename().string().rfind("valid-", 0) == 0) {
      valid_documents.emplace_back(it->path().filename().string(), testing::ReadText(it->path()));
    }
  }
  ASSERT_GE(files.size(), 20u);
  // Their variants, and those of converted samples.
  auto samples = ConvertedSamples();
  valid_documents.insert(valid_documents.end(), samples.begin(), samples.end());
  testing::TemporaryDirectory directory;
  const std::vector<std::string> variants = WriteComparisonSet(valid_documents, directory.path(), labels);
  files.insert(files.end(), variants.begin(), variants.end());
  const std::vector<std::string> frus = WriteFrusSample(directory.path(), labels);
  files.insert(files.end(), frus.begin(), frus.end());
  const size_t invalid = ExpectAgreement(*schema, files, labels);
  EXPECT_GT(invalid, files.size() / 5);
  EXPECT_LT(invalid, files.size());
}

// Every file of the reference corpora (tests/data/reference: the conformance documents and the
// TEI of other projects, whole FRUS volumes included), as it is, against TEI All: teipress's engine
// gives jing's verdict for each, streamed and as a tree. No XInclude, as jing.
TEST(RelaxNgValidator, AgreesWithJingOnEveryReferenceFile) {
  if (!HaveJing()) {
    if (testing::RequireAll()) FAIL() << "TEIPRESS_REQUIRE_ALL=1 but jing is missing";
    GTEST_SKIP() << "jing (Debian package jing) is not installed";
  }
  const std::string reference = testing::ReferenceDir();
  std::vector<Diagnostic> diagnostics;
  auto schema = RelaxNgSchema::Compile(reference + "/tei/tei_all.rng", diagnostics, RelaxNgEngineKind::kTeipress);
  ASSERT_TRUE(schema) << Dump(diagnostics);
  std::vector<std::string> files;
  std::map<std::string, std::string> labels;
  for (const char* folder : {"/tei/conformance", "/tei-corpora"}) {
    for (fs::recursive_directory_iterator it(reference + folder), end; it != end; ++it) {
      if (it->path().extension() != ".xml") continue;
      files.push_back(it->path().string());
      labels[files.back()] = "reference file";
    }
  }
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 63u);
  // As written: xi:include is an element TEI All does not allow.
  const size_t invalid = ExpectAgreement(*schema, files, labels, /*jing_xinclude=*/false);
  // Both verdicts occur (the FRUS volumes and most Schnitzler letters fail TEI All).
  EXPECT_GE(invalid, 20u);
  EXPECT_LE(invalid, files.size() - 20);

  // With XInclude (teipress's --xinclude, Debian's jing as installed), for the files that use it.
  // teipress includes only files inside the document's directory tree, and the EpiDoc inscriptions
  // include "../alists/…": they are copied with their lists beside them ("alists/…").
  testing::TemporaryDirectory directory;
  fs::create_directories(directory.path() / "alists");
  const fs::path isicily = fs::path(reference) / "tei-corpora/isicily";
  for (fs::directory_iterator it(isicily / "alists"), end; it != end; ++it) {
    fs::copy_file(it->path(), directory.path() / "alists" / it->path().filename());
  }
  std::vector<std::string> including;
  for (const std::string& file : files) {
    std::string xml = testing::ReadText(file);
    if (xml.find("http://www.w3.org/2001/XInclude") == std::string::npos) continue;
    if (fs::path(file).parent_path() == isicily / "inscriptions") {
      for (size_t at; (at = xml.find("\"../alists/")) != std::string::npos;) xml.replace(at, 11, "\"alists/");
      const std::string copy = (directory.path() / fs::path(file).filename()).string();
      std::string error;
      ASSERT_TRUE(WriteFileAtomically(copy, xml, error)) << error;
      including.push_back(copy);
    } else {
      including.push_back(file);
    }
  }
  ASSERT_GE(including.size(), 10u);
  const std::map<std::string, bool> jing = JingVerdicts(schema->path(), including);
  XmlReadOptions options;
  options.xinclude = true;
  for (const std::string& file : including) {
    std::vector<Diagnostic> findings;
    XmlDocPtr document = ReadXmlFile(file, findings, options);
    const bool valid = document && !HasErrors(findings) && schema->Validate(document.get(), file, findings);
    EXPECT_EQ(valid, jing.at(file)) << "teipress --xinclude and jing disagree on " << file << "\n" << Dump(findings);
  }
}

TEST_P(RelaxNgValidatorTest, ReportsASchemaThatDoesNotCompile) {
  testing::TemporaryDirectory directory;
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(RelaxNgSchema::Compile((directory.path() / "missing.rng").string(), diagnostics, GetParam()));
  EXPECT_TRUE(HasErrors(diagnostics));
}

INSTANTIATE_TEST_SUITE_P(Engines, RelaxNgValidatorTest,
                         ::testing::Values(RelaxNgEngineKind::kTeipress, RelaxNgEngineKind::kLibxml2),
                         [](const auto& info) {
                           return std::string(info.param == RelaxNgEngineKind::kTeipress ? "teipress" : "libxml2");
                         });

TEST(RelaxNgValidator, NamesItsEngines) {
  EXPECT_EQ(RelaxNgEngineNamed("teipress"), RelaxNgEngineKind::kTeipress);
  EXPECT_EQ(RelaxNgEngineNamed("libxml2"), RelaxNgEngineKind::kLibxml2);
  EXPECT_FALSE(RelaxNgEngineNamed("jing"));
}

}  // namespace
}  // namespace teipress
