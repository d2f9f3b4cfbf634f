#include "build_report.h"

#include <algorithm>
#include <cstdio>

#include "json.h"
#include "xml_writer.h"

namespace teipress {

namespace {

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3f", seconds);
  return text;
}

// Text and attribute values of the report page: file names and messages may hold anything.
std::string Html(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  XmlWriter::Escape(text, out, /*in_attribute=*/true);
  return out;
}

std::string JsonTimes(const std::vector<ReportTime>& times) {
  std::string out = "[";
  for (size_t i = 0; i < times.size(); ++i) {
    out += std::string(i ? ", " : "") + "{\"name\": \"" + JsonEscape(times[i].name) + "\", \"seconds\": " +
           Seconds(times[i].seconds) + ", \"items\": " + std::to_string(times[i].items) + "}";
  }
  return out + "]";
}

// Horizontal bars, one per stage, longest first: where the time went.
std::string Chart(const std::vector<ReportTime>& stages) {
  std::vector<ReportTime> sorted = stages;
  std::stable_sort(sorted.begin(), sorted.end(), [](const ReportTime& a, const ReportTime& b) { return a.seconds > b.seconds; });
  double longest = 0;
  for (const ReportTime& stage : sorted) longest = std::max(longest, stage.seconds);
  const int row = 22, label = 170, width = 420;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\"" +
                    std::to_string(label + width + 90) + "\" height=\"" + std::to_string(row * sorted.size() + 10) +
                    "\"><title id=\"chart-title\">Time per stage, summed over the worker threads</title>";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const int y = static_cast<int>(i) * row + 5;
    const int bar = longest > 0 ? static_cast<int>(width * sorted[i].seconds / longest + 0.5) : 0;
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 14) + "\">" + Html(sorted[i].name) + "</text>";
    svg += "<rect x=\"" + std::to_string(label) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(std::max(bar, 1)) + "\" height=\"16\" fill=\"#6b1d1d\"/>";
    svg += "<text x=\"" + std::to_string(label + std::max(bar, 1) + 6) + "\" y=\"" + std::to_string(y + 14) + "\">" +
           Seconds(sorted[i].seconds) + " s</text>";
  }
  return svg + "</svg>";
}

}  // namespace

std::string FormatReportJson(const BuildReport& report) {
  std::string out = "{\n  \"wall_seconds\": " + Seconds(report.wall_seconds) + ",\n  \"jobs\": " +
                    std::to_string(report.jobs) + ",\n  \"counts\": {";
  for (size_t i = 0; i < report.counts.size(); ++i) {
    out += std::string(i ? ", " : "") + "\"" + JsonEscape(report.counts[i].first) + "\": " +
           std::to_string(report.counts[i].second);
  }
  out += "},\n  \"phases\": " + JsonTimes(report.phases) + ",\n  \"stages\": " + JsonTimes(report.stages) +
         ",\n  \"diagnostics\": [";
  for (size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    out += std::string(i ? "," : "") + "\n    {\"file\": \"" + JsonEscape(d.file) + "\", \"line\": " +
           std::to_string(d.line) + ", \"column\": " + std::to_string(d.column) + ", \"severity\": \"" +
           SeverityName(d.severity) + "\", \"message\": \"" + JsonEscape(d.message) + "\", \"rule\": \"" +
           JsonEscape(d.rule) + "\"}";
  }
  out += report.diagnostics.empty() ? "],\n" : "\n  ],\n";
  out += "  \"suggestions\": [";
  for (size_t i = 0; i < report.suggestions.size(); ++i) {
    out += std::string(i ? "," : "") + "\n    {\"source\": \"" + JsonEscape(report.suggestions[i].first) + "\", \"names\": [";
    const std::vector<std::string>& names = report.suggestions[i].second;
    for (size_t j = 0; j < names.size(); ++j) out += std::string(j ? ", " : "") + "\"" + JsonEscape(names[j]) + "\"";
    out += "]}";
  }
  out += report.suggestions.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

std::string FormatReportHtml(const BuildReport& report) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>teipress build report</title>"
      "<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse}"
      "td,th{padding:.2em .6em;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}"
      ".error{color:#a00}.warning{color:#960}</style></head><body>\n<h1>teipress build report</h1>\n";
  out += "<p>" + Seconds(report.wall_seconds) + " s, " + std::to_string(report.jobs) + " worker threads.</p>\n";
  out += "<h2>Counts</h2>\n<table>";
  for (const auto& [name, count] : report.counts) {
    out += "<tr><th>" + Html(name) + "</th><td class=\"n\">" + std::to_string(count) + "</td></tr>";
  }
  out += "</table>\n<h2>Where the time went</h2>\n" + Chart(report.stages) + "\n<table><tr><th>stage</th><th>s</th><th>items</th></tr>";
  for (const ReportTime& stage : report.stages) {
    out += "<tr><td>" + Html(stage.name) + "</td><td class=\"n\">" + Seconds(stage.seconds) + "</td><td class=\"n\">" +
           std::to_string(stage.items) + "</td></tr>";
  }
  out += "</table>\n<h3>Phases (wall time)</h3>\n<table>";
  for (const ReportTime& phase : report.phases) {
    out += "<tr><td>" + Html(phase.name) + "</td><td class=\"n\">" + Seconds(phase.seconds) + " s</td></tr>";
  }
  out += "</table>\n<h2>Diagnostics (" + std::to_string(report.diagnostics.size()) + ")</h2>\n";
  if (!report.diagnostics.empty()) {
    out += "<table><tr><th>where</th><th>severity</th><th>message</th><th>rule</th></tr>";
    for (const Diagnostic& d : report.diagnostics) {
      std::string where = d.file;
      if (d.line > 0) where += ":" + std::to_string(d.line);
      if (d.column > 0) where += ":" + std::to_string(d.column);
      out += "<tr class=\"" + std::string(SeverityName(d.severity)) + "\"><td>" + Html(where) + "</td><td>" +
             SeverityName(d.severity) + "</td><td>" + Html(d.message) + "</td><td>" + Html(d.rule) + "</td></tr>";
    }
    out += "</table>\n";
  }
  out += "<h2>Conversion suggestions</h2>\n";
  if (report.suggestions.empty()) out += "<p>None.</p>\n";
  for (const auto& [source, names] : report.suggestions) {
    out += "<p>" + Html(source) + ":";
    for (size_t i = 0; i < names.size(); ++i) out += std::string(i ? ", " : " ") + Html(names[i]);
    out += "</p>\n";
  }
  return out + "</body></html>\n";
}

}  // namespace teipress
