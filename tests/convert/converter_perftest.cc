// Conversion speed against the yardstick the converter issue sets: converting a document must
// cost less than libxml2 parsing the TEI it produces. Both are measured here side by side, on
// every shipped source and on the generalization corpus (tests/data/generalization, 64 exports of
// many kinds the converter was not written against) (`build/tests/converter_perftest`, numbers in
// BENCHMARKS.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <fstream>

#include <boost/filesystem/operations.hpp>

#include "authority.h"
#include "converter.h"
#include "totext.h"
#include "xml_reader.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

struct Corpus {
  std::vector<std::pair<std::string, std::string>> sources;  // (name, text)
  std::vector<std::string> tei;
  size_t source_bytes = 0;
  size_t tei_bytes = 0;
  Authority authority;
};

// Every export under `directory`, converted once (outside the timed loops).
Corpus LoadFrom(const fs::path& directory) {
  Corpus loaded;
  std::vector<Diagnostic> diagnostics;
  loaded.authority = Authority::Load(fs::path(TEIPRESS_SOURCE_DIR) / "tei/authority", diagnostics);
  std::vector<fs::path> files;
  for (fs::recursive_directory_iterator it(directory), end; it != end; ++it) {
    if (it->path().extension() == ".txt") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file.string(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    loaded.source_bytes += text.size();
    const ConversionResult result = Convert(text, file.string(), loaded.authority, diagnostics);
    loaded.tei_bytes += result.tei.size();
    loaded.tei.push_back(result.tei);
    loaded.sources.push_back({file.string(), std::move(text)});
  }
  return loaded;
}

// The corpus of `kind`: 0 the shipped sources (sources/), 1 the generalization corpus.
const Corpus& Load(int64_t kind = 0) {
  static const Corpus shipped = LoadFrom(fs::path(TEIPRESS_SOURCE_DIR) / "sources");
  if (kind == 0) return shipped;
  static const Corpus generalization = LoadFrom(fs::path(TEIPRESS_SOURCE_DIR) / "tests/data/generalization");
  return generalization;
}

void BM_ConvertCorpus(benchmark::State& state) {
  const Corpus& corpus = Load(state.range(0));
  for (auto _ : state) {
    for (const auto& [name, text] : corpus.sources) {
      std::vector<Diagnostic> diagnostics;
      benchmark::DoNotOptimize(Convert(text, name, corpus.authority, diagnostics));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.source_bytes));
  state.counters["documents/s"] =
      benchmark::Counter(static_cast<double>(corpus.sources.size()), benchmark::Counter::kIsIterationInvariantRate);
}
// Argument 0: the shipped sources; 1: the generalization corpus.
BENCHMARK(BM_ConvertCorpus)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Libxml2ParsesTheConvertedTei(benchmark::State& state) {
  const Corpus& corpus = Load(state.range(0));
  for (auto _ : state) {
    for (const std::string& tei : corpus.tei) {
      std::vector<Diagnostic> diagnostics;
      benchmark::DoNotOptimize(ReadXmlMemory(tei, "tei.xml", diagnostics));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.tei_bytes));
  state.counters["documents/s"] =
      benchmark::Counter(static_cast<double>(corpus.tei.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Libxml2ParsesTheConvertedTei)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// The yardstick itself, in one process: each iteration converts the corpus and then parses its
// TEI, timing both in this thread's CPU time, so that a neighbour slowing the machine for a while
// slows both sides alike (the two benchmarks above, run minutes apart on a shared machine, differ
// by up to 1.5x from one run to the next). The counters are CPU milliseconds per pass and their
// ratio; below 1 the conversion costs less than the parse.
void BM_ConversionOverParse(benchmark::State& state) {
  const Corpus& corpus = Load(state.range(0));
  double conversion_seconds = 0;
  double parse_seconds = 0;
  for (auto _ : state) {
    const double conversion_start = ThreadCpuSeconds();
    for (const auto& [name, text] : corpus.sources) {
      std::vector<Diagnostic> diagnostics;
      benchmark::DoNotOptimize(Convert(text, name, corpus.authority, diagnostics));
    }
    const double parse_start = ThreadCpuSeconds();
    for (const std::string& tei : corpus.tei) {
      std::vector<Diagnostic> diagnostics;
      benchmark::DoNotOptimize(ReadXmlMemory(tei, "tei.xml", diagnostics));
    }
    parse_seconds += ThreadCpuSeconds() - parse_start;
    conversion_seconds += parse_start - conversion_start;
  }
  const auto passes = static_cast<double>(state.iterations());
  state.counters["conversion_ms"] = conversion_seconds * 1e3 / passes;
  state.counters["parse_ms"] = parse_seconds * 1e3 / passes;
  state.counters["conversion/parse"] = conversion_seconds / parse_seconds;
}
BENCHMARK(BM_ConversionOverParse)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// The same work with each document done kRepeats times in a row before the next: the branch
// predictor and the caches learn the document, as they cannot when every document differs (the
// benchmarks above, and real use). Compare documents/s with theirs: the gap is the share of the
// cost that depends on data the hardware cannot predict (BENCHMARKS.md, "## Conversion").
constexpr int kRepeats = 20;

void BM_ConvertEachDocumentRepeated(benchmark::State& state) {
  const Corpus& corpus = Load(state.range(0));
  for (auto _ : state) {
    for (const auto& [name, text] : corpus.sources) {
      for (int repeat = 0; repeat < kRepeats; ++repeat) {
        std::vector<Diagnostic> diagnostics;
        benchmark::DoNotOptimize(Convert(text, name, corpus.authority, diagnostics));
      }
    }
  }
  state.counters["documents/s"] = benchmark::Counter(static_cast<double>(corpus.sources.size() * kRepeats),
                                                     benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ConvertEachDocumentRepeated)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_Libxml2ParsesEachDocumentRepeated(benchmark::State& state) {
  const Corpus& corpus = Load(state.range(0));
  for (auto _ : state) {
    for (const std::string& tei : corpus.tei) {
      for (int repeat = 0; repeat < kRepeats; ++repeat) {
        std::vector<Diagnostic> diagnostics;
        benchmark::DoNotOptimize(ReadXmlMemory(tei, "tei.xml", diagnostics));
      }
    }
  }
  state.counters["documents/s"] = benchmark::Counter(static_cast<double>(corpus.tei.size() * kRepeats),
                                                     benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Libxml2ParsesEachDocumentRepeated)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_TeiToText(benchmark::State& state) {
  const Corpus& corpus = Load();
  std::vector<XmlDocPtr> documents;
  for (const std::string& tei : corpus.tei) {
    std::vector<Diagnostic> diagnostics;
    documents.push_back(ReadXmlMemory(tei, "tei.xml", diagnostics));
  }
  for (auto _ : state) {
    for (const XmlDocPtr& document : documents) benchmark::DoNotOptimize(TeiToText(document.get()));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.tei_bytes));
}
BENCHMARK(BM_TeiToText)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace teipress

BENCHMARK_MAIN();
