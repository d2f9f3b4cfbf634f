#include "build_plan.h"

#include <boost/filesystem/path.hpp>

namespace teipress {

namespace {

namespace fs = boost::filesystem;

std::string Join(const std::string& directory, const std::string& name) { return (fs::path(directory) / name).string(); }

std::string Trimmed(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

BuildPlanner::BuildPlanner(const BuildFileSystem& files, PlanSettings settings)
    : files_(files), settings_(std::move(settings)) {
  for (const std::string& directory : {Join(settings_.data_dir, "xslt"), settings_.authority_dir}) {
    for (const DirectoryEntry& entry : files_.List(directory, true)) Consider(entry.path, templates_);
  }
  Consider(settings_.executable, templates_);
  print_settings_ =
      "paper=" + settings_.paper + " pdfa=" + (settings_.pdfa ? "yes" : "no") + "\n";
  std::string previous, error;
  if (!files_.Read(print_settings_file(), previous, error)) {
    print_settings_change_ = "no print settings are recorded in " + print_settings_file();
  } else if (previous != print_settings_) {
    print_settings_change_ =
        "the print settings changed (" + Trimmed(previous) + " before, " + Trimmed(print_settings_) + " now)";
  }
}

std::string BuildPlanner::html_dir() const { return Join(settings_.out_dir, "html"); }
std::string BuildPlanner::print_dir() const { return Join(settings_.out_dir, "print"); }
std::string BuildPlanner::print_settings_file() const { return Join(print_dir(), ".print-settings"); }

void BuildPlanner::Consider(const std::string& path, Newest& newest) const {
  const int64_t modified = files_.Stat(path).modified_ns;
  if (modified > newest.modified_ns) newest = {modified, path};
}

std::string BuildPlanner::OlderThan(const std::string& output, const Newest& newest) const {
  const FileStat stat = files_.Stat(output);
  if (!stat.exists) return "it does not exist";
  if (stat.modified_ns > newest.modified_ns) return "";
  return "it is not newer than " + newest.path;
}

DocumentPlan BuildPlanner::PlanDocument(const std::string& tei, const std::string& stem) const {
  Newest inputs = templates_;
  Consider(tei, inputs);
  DocumentPlan plan;
  plan.html = {Join(html_dir(), stem + ".html"), OlderThan(Join(html_dir(), stem + ".html"), inputs)};
  const std::string fo = Join(print_dir(), stem + ".fo");
  plan.fo = {fo, print_settings_change_.empty() || !files_.Stat(fo).exists ? OlderThan(fo, inputs)
                                                                          : print_settings_change_};
  if (settings_.pdf) {
    const std::string pdf = Join(print_dir(), stem + ".pdf");
    std::string reason;
    if (plan.fo.stale()) {
      reason = "its FO is made again";
    } else {
      const FileStat stat = files_.Stat(pdf);
      if (!stat.exists) reason = "it does not exist";
      else if (stat.modified_ns <= files_.Stat(fo).modified_ns) reason = "it is not newer than " + fo;
    }
    plan.pdf = {pdf, reason};
  }
  return plan;
}

std::vector<PlannedOutput> BuildPlanner::PlanEditionPages(const std::vector<std::string>& catalog_pages) const {
  const std::string reason = "made from every document on every build";
  std::vector<PlannedOutput> pages;
  for (const std::string& page : catalog_pages) {
    if (page == "volume") {
      pages.push_back({Join(print_dir(), "edition.fo"), reason + "; written only when its content changed"});
    } else {
      pages.push_back({Join(html_dir(), page + ".html"), reason});
    }
  }
  pages.push_back({Join(html_dir(), "search-index.js"), reason});
  return pages;
}

PlannedOutput BuildPlanner::PlanVolumePdf(bool fo_unchanged) const {
  const std::string fo = Join(print_dir(), "edition.fo");
  PlannedOutput plan{Join(print_dir(), "edition.pdf"), ""};
  if (!settings_.pdf) return {"", ""};
  const FileStat stat = files_.Stat(plan.path);
  if (!fo_unchanged) plan.reason = "the volume's FO changed";
  else if (!print_settings_change_.empty()) plan.reason = print_settings_change_;
  else if (!stat.exists) plan.reason = "it does not exist";
  else if (stat.modified_ns <= files_.Stat(fo).modified_ns) plan.reason = "it is not newer than " + fo;
  return plan;
}

}  // namespace teipress
