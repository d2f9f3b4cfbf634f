#include "fop_batch_driver.h"

#include <sys/stat.h>

#include <cstdlib>
#include <sstream>

#include "data_paths.h"
#include "process.h"

namespace teipress {

namespace {

#if defined(TEIPRESS_BUILD_FOP_DRIVER_JAR) && defined(TEIPRESS_FOP_CLASSPATH)
bool IsFile(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

// The installed jar (share/teipress/java) when the data directory has one, else the build tree's.
std::string DriverJar() {
  const std::string installed = DataPath("java/teipress-fop.jar");
  return IsFile(installed) ? installed : TEIPRESS_BUILD_FOP_DRIVER_JAR;
}
#endif

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

bool ParseIndex(const std::string& text, size_t job_count, size_t& index) {
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  index = std::stoul(text);
  return index < job_count;
}

}  // namespace

std::vector<std::string> FopBatchDriverCommand(const std::string& config, const std::string& pdf_profile,
                                               int threads) {
#if defined(TEIPRESS_BUILD_FOP_DRIVER_JAR) && defined(TEIPRESS_FOP_CLASSPATH)
  // An escape hatch for measuring and debugging: the per-file `fop` command instead.
  if (const char* driver = std::getenv("TEIPRESS_FOP_DRIVER"); driver && std::string(driver) == "command") return {};
  const std::string jar = DriverJar();
  const std::string java = FindOnPath("java");
  if (java.empty() || !IsFile(jar) || !IsFile("/usr/share/java/fop.jar")) return {};
  // The settings of Debian's `fop` launcher: headless AWT, and FOP's own logging kept to errors
  // (the driver reports FOP's events itself).
  std::vector<std::string> command = {java,
                                      "-Djava.awt.headless=true",
                                      "-Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.SimpleLog",
                                      "-Dorg.apache.commons.logging.simplelog.defaultlog=error",
                                      "-cp",
                                      jar + ":" + TEIPRESS_FOP_CLASSPATH,
                                      "BatchRender"};
  if (!config.empty()) command.insert(command.end(), {"--config", config});
  if (!pdf_profile.empty()) command.insert(command.end(), {"--pdf-profile", pdf_profile});
  if (threads > 1) command.insert(command.end(), {"--threads", std::to_string(threads)});
  return command;
#else
  (void)config;
  (void)pdf_profile;
  (void)threads;
  return {};
#endif
}

std::vector<FopJobOutcome> ParseFopBatchOutput(const std::string& output, size_t job_count) {
  std::vector<FopJobOutcome> outcomes(job_count);
  std::istringstream lines(output);
  std::string line;
  while (std::getline(lines, line)) {
    const std::vector<std::string> fields = SplitTabs(line);
    size_t index = 0;
    if (fields.size() < 2 || !ParseIndex(fields[1], job_count, index)) continue;
    FopJobOutcome& outcome = outcomes[index];
    if (fields[0] == "event" && fields.size() >= 5) {
      outcome.events.push_back({fields[2], fields[3], fields[4]});
    } else if (fields[0] == "done" && fields.size() >= 4) {
      outcome.finished = true;
      outcome.ok = fields[2] == "ok";
      outcome.milliseconds = fields[3].find_first_not_of("0123456789") == std::string::npos && !fields[3].empty() &&
                                     fields[3].size() < 15
                                 ? std::stoll(fields[3])
                                 : 0;
    }
  }
  return outcomes;
}

bool FormatFopBatchJobs(const std::vector<std::pair<std::string, std::string>>& jobs, std::string& list) {
  list.clear();
  for (const auto& [fo, pdf] : jobs) {
    if ((fo + pdf).find_first_of("\t\r\n") != std::string::npos) return false;
    list += fo + "\t" + pdf + "\n";
  }
  return true;
}

}  // namespace teipress
