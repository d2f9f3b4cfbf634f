// XSLT stylesheets compiled once and applied many times with libxslt, under security
// preferences that forbid writing files, creating directories and any network access. Applying
// is thread-safe: each transformation running at the same time gets a compiled instance of its
// own (xslt_instance_pool.h says why); ReserveInstances compiles them before the workers start.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"
#include "xslt_instance_pool.h"

namespace teipress {

// Security preferences for every transformation: reading local files only (document()),
// no writing, no directory creation, no network.
XsltSecurityPrefsPtr MakeXsltSecurityPrefs();

// `value` as an XPath string literal (concat() when it holds both quote kinds), for parameters.
std::string QuoteForXPath(const std::string& value);

class XsltStylesheet {
 public:
  static std::unique_ptr<XsltStylesheet> Load(const std::string& path, std::vector<Diagnostic>& diagnostics);
  // Compiles a stylesheet made of xsl:imports of `paths`, in order (later ones win by import
  // precedence): a profile's overrides on top of a stylesheet of ours.
  static std::unique_ptr<XsltStylesheet> LoadImporting(const std::vector<std::string>& paths,
                                                       std::vector<Diagnostic>& diagnostics);

  // Applies the stylesheet; `parameters` are string values (quoted for XPath here). Returns
  // false and appends diagnostics (naming `input_name`) when the transformation fails.
  bool Apply(xmlDocPtr input, const std::string& input_name, const std::map<std::string, std::string>& parameters,
             std::string& output, std::vector<Diagnostic>& diagnostics) const;

  // The same, keeping the result tree (for a caller that changes it before serializing it with
  // Serialize); null on failure.
  XmlDocPtr ApplyToTree(xmlDocPtr input, const std::string& input_name,
                        const std::map<std::string, std::string>& parameters,
                        std::vector<Diagnostic>& diagnostics) const;
  // A result tree as the stylesheet's xsl:output says.
  bool Serialize(xmlDocPtr result, std::string& output) const;

  // Compiles instances until `workers` transformations can run at once without waiting for each
  // other. Call it before the workers start (XsltInstancePool::Reserve).
  void ReserveInstances(size_t workers) const { instances_->Reserve(workers); }

 private:
  std::string path_;
  std::unique_ptr<XsltInstancePool> instances_;
};

}  // namespace teipress
