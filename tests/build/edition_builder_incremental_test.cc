// `teipress build` as ninja builds: the build log decides what is stale, a build with nothing to do
// does nothing, a change costs what it touches, shards assemble to the unsharded build byte for
// byte, and a build killed at any moment and run again ends as an uninterrupted one.
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <thread>

#include <boost/filesystem/operations.hpp>

#include "corpus_generator.h"
#include "edition_builder.h"
#include "file_io.h"
#include "sha256.h"
#include "test_support.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;
using testing::ReadText;
using testing::TemporaryDirectory;

BuildOptions Options(const fs::path& root, const fs::path& sources) {
  BuildOptions options;
  options.sources_dir = sources.string();
  options.tei_dir = (root / "tei").string();
  options.authority_dir = testing::SourceDir() + "/tei/authority";
  options.out_dir = (root / "output").string();
  options.data_dir = testing::SourceDir();
  options.jobs = 2;
  options.pdf = false;
  return options;
}

std::string Describe(const std::vector<Diagnostic>& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += FormatGnu(d) + "\n";
  return out;
}

// Every file below `directory` (relative path -> contents), but the build's own state and reports.
std::map<std::string, std::string> Tree(const fs::path& directory) {
  std::map<std::string, std::string> files;
  if (!fs::exists(directory)) return files;
  for (fs::recursive_directory_iterator it(directory), end; it != end; ++it) {
    const std::string relative = it->path().lexically_relative(directory).string();
    if (relative.rfind(".teipress", 0) == 0 || relative.rfind("report", 0) == 0) {
      if (fs::is_directory(it->path()) && relative.rfind(".teipress", 0) == 0) it.disable_recursion_pending();
      continue;
    }
    if (fs::is_regular_file(it->path())) files[relative] = ReadText(it->path());
  }
  return files;
}

// Names of files a write left half-done anywhere below `directory`.
std::vector<std::string> Temporaries(const fs::path& directory) {
  std::vector<std::string> found;
  if (!fs::exists(directory)) return found;
  for (fs::recursive_directory_iterator it(directory), end; it != end; ++it) {
    const std::string name = it->path().filename().string();
    if (name.find(".tmp.") != std::string::npos || name.find(".tmp-") != std::string::npos) {
      found.push_back(it->path().string());
    }
  }
  return found;
}

int64_t Modified(const fs::path& file) {
  struct stat info {};
  return ::stat(file.c_str(), &info) == 0 ? info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec : -1;
}

std::string ReasonFor(const BuildSummary& summary, const std::string& suffix) {
  for (const PlannedOutput& output : summary.rebuilt) {
    if (output.path.size() >= suffix.size() &&
        output.path.compare(output.path.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return output.reason;
    }
  }
  return "(not rebuilt)";
}

// Three samples of different kinds; 119377 names people the authority files lack.
fs::path SmallSources(const fs::path& root) {
  const fs::path sources = root / "sources";
  fs::create_directories(sources);
  for (const char* name : {"113009.txt", "118655.txt", "119377.txt"}) {
    fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson" / name, sources / name);
  }
  return sources;
}

TEST(IncrementalBuild, ABuildWithNothingToDoMakesNothingAndStillReportsEveryFinding) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  options.explain = true;
  std::vector<Diagnostic> first;
  const BuildSummary cold = BuildEdition(options, first);
  ASSERT_EQ(cold.failed, 0) << Describe(first);
  EXPECT_EQ(cold.validated, 3);
  // An invalid document: found once, reported on every build.
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "tei/broken.xml",
                                  "<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops/></TEI>", error));
  std::vector<Diagnostic> second;
  const BuildSummary with_broken = BuildEdition(options, second);
  EXPECT_EQ(with_broken.validated, 1);
  EXPECT_EQ(with_broken.invalid, 1);

  const std::map<std::string, std::string> before = Tree(directory.path() / "output");
  const int64_t index_time = Modified(directory.path() / "output/html/index.html");
  std::vector<Diagnostic> third;
  const BuildSummary noop = BuildEdition(options, third);
  EXPECT_EQ(noop.converted, 0);
  EXPECT_EQ(noop.validated, 0) << "no document is validated again";
  EXPECT_EQ(noop.rendered, 0);
  EXPECT_EQ(noop.pages, 0);
  EXPECT_EQ(noop.up_to_date, 3);
  EXPECT_EQ(noop.invalid, 1);
  EXPECT_TRUE(noop.rebuilt.empty()) << ReasonFor(noop, "");
  EXPECT_EQ(Tree(directory.path() / "output"), before);
  EXPECT_EQ(Modified(directory.path() / "output/html/index.html"), index_time);
  // The same findings as the build that found them: the invalid document's and the converter's.
  auto count_rule = [](const std::vector<Diagnostic>& diagnostics, const std::string& prefix) {
    return std::count_if(diagnostics.begin(), diagnostics.end(),
                         [&](const Diagnostic& d) { return d.rule.rfind(prefix, 0) == 0; });
  };
  EXPECT_GT(count_rule(third, "relaxng"), 0) << Describe(third);
  EXPECT_EQ(count_rule(third, "relaxng"), count_rule(second, "relaxng"));
  EXPECT_EQ(count_rule(third, "convert."), count_rule(first, "convert."));
}

TEST(IncrementalBuild, OneChangedDocumentCostsItsOutputsAndThePagesThatShowIt) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  options.explain = true;
  std::vector<Diagnostic> diagnostics;
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  const fs::path out = directory.path() / "output";
  const int64_t other_page = Modified(out / "html/118655.html");
  const int64_t persons = Modified(out / "html/persons.html");

  // The summary changes: the index shows it, the registers do not.
  const fs::path tei = directory.path() / "tei/113009.xml";
  std::string text = ReadText(tei);
  const std::string summary = "Stalin agrees with Mao";
  const size_t at = text.find(summary);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, summary.size(), "Stalin concurs with Mao");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei, text, error));
  const BuildSummary changed = BuildEdition(options, diagnostics);
  EXPECT_EQ(changed.validated, 1);
  EXPECT_EQ(changed.rendered, 1);
  EXPECT_EQ(ReasonFor(changed, "html/113009.html"), tei.string() + " changed");
  EXPECT_EQ(ReasonFor(changed, "print/113009.fo"), tei.string() + " changed");
  EXPECT_EQ(ReasonFor(changed, "html/index.html"), "the entries of 1 document changed (113009)");
  EXPECT_EQ(ReasonFor(changed, "html/persons.html"), "(not rebuilt)");
  EXPECT_EQ(ReasonFor(changed, "html/118655.html"), "(not rebuilt)");
  EXPECT_EQ(Modified(out / "html/118655.html"), other_page);
  EXPECT_EQ(Modified(out / "html/persons.html"), persons);
  EXPECT_NE(ReadText(out / "html/index.html").find("Stalin concurs with Mao"), std::string::npos);
  EXPECT_NE(ReadText(out / "html/search-index.js").find("Stalin concurs with Mao"), std::string::npos);
}

TEST(IncrementalBuild, AStylesheetChangeRemakesWhatUsesIt) {
  TemporaryDirectory directory;
  // A copy of the stylesheets and schemas to change.
  const fs::path data = directory.path() / "data";
  for (const char* folder : {"xslt", "schemas"}) {
    fs::create_directories(data / folder);
    for (fs::recursive_directory_iterator it(fs::path(testing::SourceDir()) / folder), end; it != end; ++it) {
      const fs::path target = data / folder / it->path().lexically_relative(fs::path(testing::SourceDir()) / folder);
      if (fs::is_directory(it->path())) fs::create_directories(target);
      else fs::copy_file(it->path(), target);
    }
  }
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  options.data_dir = data.string();
  options.explain = true;
  std::vector<Diagnostic> diagnostics;
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  const fs::path css = directory.path() / "output/html/edition.css";
  const int64_t fo_time = Modified(directory.path() / "output/print/113009.fo");

  const fs::path text = data / "xslt/html/text.xsl";
  std::string xsl = ReadText(text);
  xsl.insert(xsl.rfind("</xsl:stylesheet>"), "<!-- a change -->\n");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(text, xsl, error));
  const BuildSummary html = BuildEdition(options, diagnostics);
  EXPECT_EQ(ReasonFor(html, "html/113009.html"), "the HTML stylesheets changed");
  EXPECT_EQ(ReasonFor(html, "print/113009.fo"), "(not rebuilt)");
  EXPECT_EQ(ReasonFor(html, "html/index.html"), "the HTML stylesheets changed");
  EXPECT_EQ(html.validated, 0);
  EXPECT_EQ(Modified(directory.path() / "output/print/113009.fo"), fo_time);

  // A new CSS is copied; no page is made for it.
  ASSERT_TRUE(WriteFileAtomically(data / "xslt/html/assets/edition.css", "body { color: black }\n", error));
  const BuildSummary asset = BuildEdition(options, diagnostics);
  EXPECT_EQ(asset.rendered, 0);
  EXPECT_EQ(ReasonFor(asset, "html/edition.css"), (data / "xslt/html/assets/edition.css").string() + " changed");
  EXPECT_EQ(ReadText(css), "body { color: black }\n");

  // Letter paper: every FO, no HTML.
  options.paper = "letter";
  const BuildSummary letter = BuildEdition(options, diagnostics);
  EXPECT_EQ(ReasonFor(letter, "print/113009.fo"), "paper changed (a4 → letter)");
  EXPECT_EQ(ReasonFor(letter, "html/113009.html"), "(not rebuilt)");
}

TEST(IncrementalBuild, ShardsAssembleToTheUnshardedBuildByteForByte) {
  TemporaryDirectory directory;
  const fs::path root = directory.path();
  const fs::path sources = root / "sources";
  std::string error;
  ASSERT_TRUE(testing::WriteCorpus(sources.string(), 7, 24, error)) << error;
  for (const char* name : {"113009.txt", "118655.txt"}) {
    fs::copy_file(fs::path(testing::SourceDir()) / "sources/wilson" / name, sources / name);
  }
  // Unsharded, in a directory of its own.
  const fs::path whole = root / "whole";
  fs::create_directories(whole);
  BuildOptions whole_options = Options(whole, sources);
  whole_options.jobs = 2;
  std::vector<Diagnostic> diagnostics;
  BuildEdition(whole_options, diagnostics);
  const std::map<std::string, std::string> expected = Tree(whole / "output");
  ASSERT_GT(expected.size(), 40u);

  // Three shards, as three CI jobs: each in a fresh checkout at the same place, each leaving its
  // output as an artifact; then the artifacts merged and one more build.
  const fs::path work = root / "job";
  int rendered = 0;
  for (int shard = 1; shard <= 3; ++shard) {
    fs::remove_all(work);
    fs::create_directories(work);
    BuildOptions options = Options(work, sources);
    options.jobs = 2;
    options.shard_index = shard;
    options.shard_count = 3;
    diagnostics.clear();
    const BuildSummary summary = BuildEdition(options, diagnostics);
    rendered += summary.rendered;
    EXPECT_FALSE(fs::exists(work / "output/html/index.html")) << "a shard makes no edition pages";
    fs::rename(work / "output", root / ("artifact-" + std::to_string(shard)));
  }
  EXPECT_EQ(rendered, static_cast<int>(std::count_if(expected.begin(), expected.end(), [](const auto& file) {
              return file.first.rfind("print/", 0) == 0 && file.first.find(".fo") != std::string::npos &&
                     file.first != "print/edition.fo";
            }))) << "each document is rendered by exactly one shard";
  fs::remove_all(work);
  fs::create_directories(work / "output");
  for (int shard = 1; shard <= 3; ++shard) {
    const fs::path artifact = root / ("artifact-" + std::to_string(shard));
    for (fs::recursive_directory_iterator it(artifact), end; it != end; ++it) {
      const fs::path target = work / "output" / it->path().lexically_relative(artifact);
      if (fs::is_directory(it->path())) {
        fs::create_directories(target);
      } else if (!fs::exists(target)) {
        fs::copy_file(it->path(), target);  // a new time, as an artifact download gives it
      }
    }
  }
  diagnostics.clear();
  BuildOptions final_options = Options(work, sources);
  final_options.jobs = 2;
  const BuildSummary final_build = BuildEdition(final_options, diagnostics);
  EXPECT_EQ(final_build.rendered, 0) << "the final build renders no document again\n" << Describe(diagnostics);
  EXPECT_EQ(final_build.validated, 0);
  EXPECT_GE(final_build.pages, 5);
  const std::map<std::string, std::string> assembled = Tree(work / "output");
  EXPECT_EQ(assembled.size(), expected.size());
  for (const auto& [name, contents] : expected) {
    auto found = assembled.find(name);
    ASSERT_NE(found, assembled.end()) << name;
    EXPECT_TRUE(found->second == contents) << name << " differs";
  }
}

TEST(IncrementalBuild, SecondBuildOfTheSameOutputAtOnceIsRefused) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  fs::create_directories(directory.path() / "output/.teipress");
  const int fd = ::open((directory.path() / "output/.teipress/lock").c_str(), O_RDWR | O_CREAT, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX), 0);  // another build holds the output directory
  std::vector<Diagnostic> diagnostics;
  const BuildSummary summary = BuildEdition(options, diagnostics);
  ::close(fd);
  EXPECT_GT(summary.failed, 0);
  ASSERT_EQ(diagnostics.size(), 1u) << Describe(diagnostics);
  EXPECT_EQ(diagnostics[0].rule, "build.locked");
  EXPECT_NE(diagnostics[0].message.find("another teipress build"), std::string::npos);
  EXPECT_FALSE(fs::exists(directory.path() / "tei")) << "nothing was touched";
}

TEST(IncrementalBuild, WritesAReportOfTimesCountsDiagnosticsAndSuggestions) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  std::vector<Diagnostic> diagnostics;
  BuildEdition(options, diagnostics);
  const std::string json = ReadText(directory.path() / "output/report.json");
  for (const char* part : {"\"converted\": 3", "\"valid\": 3", "\"name\": \"HTML page\"", "\"name\": \"convert\"",
                           "\"rule\": \"convert.unknown-name\"", "\"names\": [\"Li\", \"Chai\"]"}) {
    EXPECT_NE(json.find(part), std::string::npos) << part << "\n" << json;
  }
  const std::string html = ReadText(directory.path() / "output/report.html");
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("Conversion suggestions"), std::string::npos);
}

// Runs `teipress build` and kills it with SIGKILL after `delay`; returns whether it was still
// running then.
bool RunAndKill(const std::vector<std::string>& arguments, std::chrono::milliseconds delay) {
  const pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::dup2(null, STDERR_FILENO);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  std::this_thread::sleep_for(delay);
  const bool killed = ::kill(pid, SIGKILL) == 0;
  int status = 0;
  ::waitpid(pid, &status, 0);
  return killed && WIFSIGNALED(status);
}

TEST(IncrementalBuild, ABuildKilledAtAnyMomentAndRunAgainEndsAsAnUninterruptedOne) {
  TemporaryDirectory directory;
  const fs::path root = directory.path();
  const fs::path sources = root / "sources";
  std::string error;
  ASSERT_TRUE(testing::WriteCorpus(sources.string(), 3, 40, error)) << error;
  ::setenv("TEIPRESS_DATA_DIR", testing::SourceDir().c_str(), 1);
  auto arguments = [&](const fs::path& where) {
    return std::vector<std::string>{testing::TeipressBinary(), "build", "--sources", sources.string(), "--tei",
                                    (where / "tei").string(), "--authority", testing::SourceDir() + "/tei/authority",
                                    "--out", (where / "output").string(), "--no-pdf", "--jobs", "2", "--quiet"};
  };
  auto without_binary = [](std::vector<std::string> command) {
    command.erase(command.begin());
    return command;
  };
  const fs::path reference = root / "reference";
  const testing::CommandResult uninterrupted = testing::RunTeipress(without_binary(arguments(reference)));
  ASSERT_NE(uninterrupted.exit_code, 2) << uninterrupted.output;
  const std::map<std::string, std::string> expected_out = Tree(reference / "output");
  const std::map<std::string, std::string> expected_tei = Tree(reference / "tei");
  ASSERT_GT(expected_out.size(), 60u);

  // Killed early (converting), in the middle (rendering) and late (edition pages), several times
  // over the same directory, then run to the end.
  const fs::path killed = root / "killed";
  int kills = 0;
  for (const int milliseconds : {150, 400, 700, 1000, 1500, 2500, 4000}) {
    if (RunAndKill(arguments(killed), std::chrono::milliseconds(milliseconds))) ++kills;
  }
  EXPECT_GE(kills, 3) << "the build should still be running when killed";
  const testing::CommandResult finished = testing::RunTeipress(without_binary(arguments(killed)));
  EXPECT_EQ(finished.exit_code, uninterrupted.exit_code) << finished.output;
  EXPECT_EQ(Tree(killed / "tei"), expected_tei);
  const std::map<std::string, std::string> out = Tree(killed / "output");
  EXPECT_EQ(out.size(), expected_out.size());
  for (const auto& [name, contents] : expected_out) {
    auto found = out.find(name);
    ASSERT_NE(found, out.end()) << name;
    EXPECT_TRUE(found->second == contents) << name << " differs";
  }
  EXPECT_TRUE(Temporaries(killed).empty()) << Temporaries(killed).front();
}

// Parallel workers make what one worker makes, every time. Before each concurrent transformation
// had a compiled stylesheet of its own (xslt_instance_pool.h), about one --jobs 2 build in eight
// wrote one page with a name link lacking its authority title, or a print header saying "Undated":
// libxml2 swaps union operands inside the shared compiled XPath. The race is rare per build, so the
// parallel build is repeated against one reference made by one worker.
TEST(IncrementalBuild, BuildsFromScratchWithTwoWorkersAreByteIdenticalToOneWorkers) {
  TemporaryDirectory directory;
  const fs::path sources = directory.path() / "sources";
  std::string error;
  ASSERT_TRUE(testing::WriteCorpus(sources.string(), 3, 40, error)) << error;
  auto build = [&](const std::string& name, int jobs) {
    const fs::path root = directory.path() / name;
    BuildOptions options = Options(root, sources);
    options.jobs = jobs;
    std::vector<Diagnostic> diagnostics;
    BuildEdition(options, diagnostics);
    std::map<std::string, std::string> tree = Tree(root / "output");
    const std::map<std::string, std::string> tei = Tree(root / "tei");
    tree.insert(tei.begin(), tei.end());
    fs::remove_all(root);
    return tree;
  };
  const std::map<std::string, std::string> reference = build("reference", 1);
  ASSERT_GT(reference.size(), 60u);
  for (int repetition = 1; repetition <= 4; ++repetition) {
    const std::map<std::string, std::string> parallel = build("parallel-" + std::to_string(repetition), 2);
    EXPECT_EQ(parallel.size(), reference.size()) << "repetition " << repetition;
    for (const auto& [name, contents] : reference) {
      auto found = parallel.find(name);
      ASSERT_NE(found, parallel.end()) << name << " (repetition " << repetition << ")";
      EXPECT_TRUE(found->second == contents) << name << " differs (repetition " << repetition << ")";
    }
  }
}

TEST(IncrementalBuild, AnEditionLargerThanAVolumeIsPrintedInVolumesInDateOrder) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  options.volume_size = 2;
  std::vector<Diagnostic> diagnostics;
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  const fs::path print = directory.path() / "output/print";
  ASSERT_TRUE(fs::exists(print / "edition-1.fo"));
  ASSERT_TRUE(fs::exists(print / "edition-2.fo"));
  EXPECT_FALSE(fs::exists(print / "edition.fo"));
  const std::string first = ReadText(print / "edition-1.fo"), second = ReadText(print / "edition-2.fo");
  EXPECT_NE(first.find("Volume 1 of 2"), std::string::npos);
  EXPECT_NE(second.find("Volume 2 of 2"), std::string::npos);
  // The volumes split the documents between them, each in one volume.
  std::map<std::string, int> seen;
  for (const char* stem : {"113009", "118655", "119377"}) {
    const std::string key = "v" + Sha256Hex(stem).substr(0, 12) + "-";
    seen[stem] = (first.find(key) != std::string::npos ? 1 : 0) + (second.find(key) != std::string::npos ? 2 : 0);
  }
  int in_first = 0, in_second = 0;
  for (const auto& [stem, where] : seen) {
    EXPECT_NE(where, 3) << stem << " is in both volumes";
    in_first += where == 1;
    in_second += where == 2;
  }
  EXPECT_LE(in_first, 2);
  EXPECT_GE(in_first, 1);
  EXPECT_GE(in_second, 1);

  // One volume again: the divided ones are gone.
  options.volume_size = 0;
  diagnostics.clear();
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  EXPECT_TRUE(fs::exists(print / "edition.fo"));
  EXPECT_FALSE(fs::exists(print / "edition-1.fo"));
  EXPECT_FALSE(fs::exists(print / "edition-2.fo"));
  EXPECT_EQ(ReadText(print / "edition.fo").find("Volume 1"), std::string::npos);
}

TEST(IncrementalBuild, AChangeToADocumentsPagesAloneMakesItsVolumeByConcatenation) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  options.explain = true;
  std::vector<Diagnostic> diagnostics;
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  const fs::path out = directory.path() / "output";
  const fs::path skeleton = out / ".teipress/fragments/edition.skeleton.fo";
  ASSERT_TRUE(fs::exists(skeleton));
  const int64_t skeleton_time = Modified(skeleton);
  // A build with nothing to do keeps the skeleton's record in the log.
  ASSERT_EQ(BuildEdition(options, diagnostics).pages, 0);

  // A word of the body: the document's pages change, its summary in the volume does not.
  const fs::path tei = directory.path() / "tei/113009.xml";
  std::string text = ReadText(tei);
  const size_t at = text.find("To adopt the attached draft");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 8, "To accept");
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(tei, text, error));
  const BuildSummary changed = BuildEdition(options, diagnostics);
  ASSERT_EQ(changed.failed, 0) << Describe(diagnostics);
  EXPECT_EQ(ReasonFor(changed, "print/edition.fo"), "the entries of 1 document changed (113009)");
  EXPECT_EQ(Modified(skeleton), skeleton_time) << "the volume's own pages were made again";
  const std::string concatenated = ReadText(out / "print/edition.fo");
  EXPECT_NE(concatenated.find("To accept the attached draft"), std::string::npos);

  // The same volume as one made from the summaries again.
  fs::remove(out / "print/edition.fo");
  fs::remove(skeleton);
  ASSERT_EQ(BuildEdition(options, diagnostics).failed, 0) << Describe(diagnostics);
  EXPECT_TRUE(fs::exists(skeleton));
  EXPECT_TRUE(ReadText(out / "print/edition.fo") == concatenated);
}

TEST(IncrementalBuild, TemporariesOfAKilledBuildAreRemoved) {
  TemporaryDirectory directory;
  BuildOptions options = Options(directory.path(), SmallSources(directory.path()));
  // A process id that is not running.
  pid_t dead = 999999;
  while (::kill(dead, 0) == 0 || errno != ESRCH) --dead;
  const std::string name = ".index.html.tmp." + std::to_string(dead) + ".3";
  std::string error;
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "output/html" / name, "half a page", error));
  ASSERT_TRUE(WriteFileAtomically(directory.path() / "output/html/.keep.tmp.notapid.1", "not ours", error));
  std::vector<Diagnostic> diagnostics;
  BuildEdition(options, diagnostics);
  EXPECT_FALSE(fs::exists(directory.path() / "output/html" / name));
  EXPECT_TRUE(fs::exists(directory.path() / "output/html/.keep.tmp.notapid.1"));
}

}  // namespace
}  // namespace teipress
