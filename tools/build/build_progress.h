// What a build says while it runs. On a terminal, one status line that rewrites itself with the
// step in progress, "[37/120] render 113009", as ninja prints it; elsewhere (a CI log) one plain
// line per step. Quiet says nothing; verbose prints every step on its own line even on a
// terminal; with explanations on, each output that is made is named with the reason first.
#pragma once

#include <cstdio>
#include <mutex>
#include <string>

namespace teipress {

enum class Verbosity { kQuiet, kNormal, kVerbose };

class BuildProgress {
 public:
  // `terminal`: whether `stream` is a terminal (isatty), so that the status line can rewrite itself.
  BuildProgress(std::FILE* stream, bool terminal, Verbosity verbosity, bool explain);
  // Nothing at all (library callers that print nothing).
  static BuildProgress Silent() { return BuildProgress(nullptr, false, Verbosity::kQuiet, false); }

  // A stage of `total` steps begins; its steps are counted from 1.
  void Begin(const std::string& stage, size_t total);
  // One step of the current stage starts: "[n/N] stage item". Thread-safe.
  void Step(const std::string& item);
  // Why `output` is made (printed only with explanations on). Thread-safe.
  void Explain(const std::string& output, const std::string& reason);
  // A line that is not a step (a stage with nothing to do, a note), kept above the status line.
  void Note(const std::string& line);
  // Clears the status line at the end.
  void Finish();

 private:
  void Print(const std::string& line, bool status);

  std::FILE* stream_;
  bool terminal_;
  Verbosity verbosity_;
  bool explain_;
  std::mutex mutex_;
  std::string stage_;
  size_t total_ = 0;
  size_t done_ = 0;
  bool status_shown_ = false;
};

}  // namespace teipress
