#include "build_progress.h"

namespace teipress {

BuildProgress::BuildProgress(std::FILE* stream, bool terminal, Verbosity verbosity, bool explain)
    : stream_(stream), terminal_(terminal), verbosity_(verbosity), explain_(explain) {}

void BuildProgress::Print(const std::string& line, bool status) {
  if (!stream_) return;
  if (terminal_ && status && verbosity_ != Verbosity::kVerbose) {
    // Rewrite the status line: carriage return, the line, then clear to its end.
    std::fprintf(stream_, "\r%s\033[K", line.c_str());
    status_shown_ = true;
  } else {
    if (status_shown_) std::fprintf(stream_, "\r\033[K");
    status_shown_ = false;
    std::fprintf(stream_, "%s\n", line.c_str());
  }
  std::fflush(stream_);
}

void BuildProgress::Begin(const std::string& stage, size_t total) {
  std::lock_guard<std::mutex> lock(mutex_);
  stage_ = stage;
  total_ = total;
  done_ = 0;
}

void BuildProgress::Step(const std::string& item) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++done_;
  if (verbosity_ == Verbosity::kQuiet) return;
  Print("[" + std::to_string(done_) + "/" + std::to_string(total_) + "] " + stage_ + " " + item, true);
}

void BuildProgress::Explain(const std::string& output, const std::string& reason) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!explain_) return;
  Print("teipress explain: " + output + ": " + reason, false);
}

void BuildProgress::Note(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (verbosity_ == Verbosity::kQuiet) return;
  Print(line, false);
}

void BuildProgress::Finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (stream_ && status_shown_) {
    std::fprintf(stream_, "\r\033[K");
    std::fflush(stream_);
  }
  status_shown_ = false;
}

}  // namespace teipress
