// XSL-FO to PDF with Apache FOP (Debian package fop). FOP's messages come back as diagnostics
// naming the document.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace teipress {

struct PdfJob {
  std::string fo_path;
  std::string pdf_path;
  std::string document;  // named in diagnostics (the TEI file)
};

class PdfRenderer {
 public:
  // `config` is FOP's configuration (fonts); empty for none.
  explicit PdfRenderer(std::string config);

  bool available() const { return !fop_.empty(); }
  // Renders every job; returns the number that failed.
  int Render(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics) const;

 private:
  std::string fop_;
  std::string config_;
};

}  // namespace teipress
