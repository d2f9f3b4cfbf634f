// Apache FOP's Java API in one JVM for a whole batch (tools/fop/BatchRender.java, compiled by
// CMake when a JDK is installed): where the driver is, how to run it, and what it reported.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace teipress {

// One event FOP reported while rendering a job (a missing glyph, an overflowing line, …).
struct FopEvent {
  std::string severity;  // "WARN", "ERROR", "FATAL"
  std::string id;        // FOP's event id, e.g. org.apache.fop.fonts.FontEventProducer.glyphNotAvailable
  std::string message;
};

struct FopJobOutcome {
  bool finished = false;  // the driver reported the job at all (false: it died before)
  bool ok = false;
  int64_t milliseconds = 0;
  std::vector<FopEvent> events;
};

// The command that starts the batch driver, without the job list (given on standard input):
// empty when the driver was not built, or java or FOP's jars are missing.
// `threads`: how many jobs the driver renders at once.
std::vector<std::string> FopBatchDriverCommand(const std::string& config, const std::string& pdf_profile,
                                               int threads = 1);

// The driver's standard output, one outcome per job (`job_count` of them); lines that are not
// the driver's records (Java logging) are skipped.
std::vector<FopJobOutcome> ParseFopBatchOutput(const std::string& output, size_t job_count);

// The job list the driver reads: "<fo>\t<pdf>" per line. False when a path holds a tab or a line
// break, which the format cannot carry.
bool FormatFopBatchJobs(const std::vector<std::pair<std::string, std::string>>& jobs, std::string& list);

}  // namespace teipress
