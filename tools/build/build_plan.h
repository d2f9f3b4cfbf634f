// Deciding what a build must make again, apart from making it: for every output, whether it is
// stale and why, in words a person can check (`teipress build --explain` prints them, as
// `ninja -d explain` does). The planner only asks the file system questions (BuildFileSystem), so
// it is tested without a disk.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "build_filesystem.h"

namespace teipress {

// One output and why it must be made; an empty reason means it is up to date.
struct PlannedOutput {
  std::string path;
  std::string reason;
  bool stale() const { return !reason.empty(); }
};

struct PlanSettings {
  std::string out_dir;
  std::string data_dir;       // schemas/ and xslt/
  std::string authority_dir;  // the authority files every page reads
  std::string executable;     // teipress itself: a new teipress may render differently
  bool pdf = true;
  std::string paper = "a4";
  bool pdfa = false;
};

// The outputs of one valid document.
struct DocumentPlan {
  PlannedOutput html;
  PlannedOutput fo;
  PlannedOutput pdf;  // path empty when the build makes no PDF
};

class BuildPlanner {
 public:
  // Looks at the stylesheets, the authority files, teipress itself and the recorded print settings.
  BuildPlanner(const BuildFileSystem& files, PlanSettings settings);

  std::string html_dir() const;
  std::string print_dir() const;

  // The HTML page, FO and PDF of the document `tei`, named after `stem`.
  DocumentPlan PlanDocument(const std::string& tei, const std::string& stem) const;

  // The pages that span the edition: index, persons, places, organizations, the search index and the
  // volume's FO. They are made from every document on every build; the volume's FO is written only
  // when its content changed.
  std::vector<PlannedOutput> PlanEditionPages(const std::vector<std::string>& catalog_pages) const;

  // The volume's PDF, once its FO was made: `fo_unchanged` when the new FO equals the one on disk.
  PlannedOutput PlanVolumePdf(bool fo_unchanged) const;

  // The print settings (paper, PDF/A) as recorded beside the FO files; FO and PDF made with other
  // settings are stale whatever their age.
  std::string print_settings_file() const;
  const std::string& print_settings() const { return print_settings_; }

 private:
  struct Newest {
    int64_t modified_ns = 0;
    std::string path;
  };
  void Consider(const std::string& path, Newest& newest) const;
  // Why `output` must be made from inputs whose newest is `newest`; empty when it is newer.
  std::string OlderThan(const std::string& output, const Newest& newest) const;

  const BuildFileSystem& files_;
  PlanSettings settings_;
  Newest templates_;  // the newest of the stylesheets, the authority files and teipress
  std::string print_settings_;
  std::string print_settings_change_;  // why every FO is stale, or empty
};

}  // namespace teipress
