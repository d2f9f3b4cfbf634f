// The SVRL reports of several documents as one XML document for `validate --format svrl`.
#pragma once

#include <string>
#include <vector>

namespace teipress {

struct SvrlReport {
  std::string file;
  std::string svrl;  // a serialized svrl:schematron-output document; empty when none was made
};

// One report: the SVRL document itself. Several: <reports xmlns="urn:teipress:svrl"> holding a
// <report file="..."> per document around its svrl:schematron-output.
std::string FormatSvrl(const std::vector<SvrlReport>& reports);

}  // namespace teipress
