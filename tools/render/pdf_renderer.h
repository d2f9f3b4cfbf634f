// XSL-FO to PDF with Apache FOP (Debian package fop). The whole batch runs in one JVM through
// FOP's Java API when the batch driver was built (fop_batch_driver.h), else each file through the
// `fop` command. FOP's messages come back as diagnostics naming the document; a character no
// configured font has is an error, because FOP would print "#" in its place.
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
  // `config` is FOP's configuration (fonts); empty for none. `pdf_profile` is empty for plain
  // PDF or a profile FOP knows, e.g. "PDF/A-1b". `parallel`: how many PDFs the batch driver makes
  // at once (threads in its one JVM; TEIPRESS_FOP_THREADS and TEIPRESS_FOP_JVMS choose otherwise,
  // for measuring).
  explicit PdfRenderer(std::string config, std::string pdf_profile = "", int parallel = 1);

  bool available() const { return !batch_command_.empty() || !fop_.empty(); }
  bool uses_batch_driver() const { return !batch_command_.empty(); }
  // Renders every job; returns the number that failed, and with `succeeded` which ones did. Each
  // PDF is written to a temporary file and renamed into place, so a failed job leaves the previous
  // PDF as it was. The first call also warns of each font file the configuration names that is
  // missing (fop_fonts.h).
  int Render(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
             std::vector<bool>* succeeded = nullptr) const;

 private:
  int RenderInOneJvm(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                     std::vector<bool>& succeeded) const;
  int RenderWithFopCommand(const std::vector<PdfJob>& jobs, std::vector<Diagnostic>& diagnostics,
                           std::vector<bool>& succeeded) const;

  std::string config_;
  std::string pdf_profile_;
  std::vector<std::string> batch_command_;
  std::string fop_;
  int jvms_ = 1;  // batch driver processes, each with batch_command_'s threads
  mutable bool fonts_checked_ = false;  // the configuration's font files (fop_fonts.h), once
};

}  // namespace teipress
