// A Schematron schema composed from its parts: every <include> replaced by the element it names
// and every <extends href> by the content of the rule it names, as ISO Schematron prescribes,
// before the schema is read. Like XInclude in teipress, included files are read only from the
// schema's own directory tree, never from the network; each file is read once, and an include
// that leads back to itself is an error.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress {

class SchematronIncludes {
 public:
  // Composes `schema`, read from `path`. Returns false (and appends diagnostics naming the
  // include's file:line) when an include or extends cannot be resolved.
  bool Compose(xmlDocPtr schema, const std::string& path, std::vector<Diagnostic>& diagnostics);

  // The composed schema: `schema` itself when it includes nothing, else a composed copy.
  xmlDocPtr document() const { return composed_ ? composed_.get() : schema_; }

  // The file an element of the composed schema was written in, for messages.
  std::string FileOf(xmlNodePtr node) const;

  // The element the included content around `node` came from, when it came from another file
  // whose root is a <schema> (its <ns> declarations apply to it); null otherwise.
  xmlNodePtr IncludingSchemaOf(xmlNodePtr node) const;

  // The composed copy and the included files, which the composed schema's nodes point into
  // (the copy holds the included elements themselves; the files their <ns>): keep them alive.
  std::vector<XmlDocPtr> TakeDocuments();

 private:
  // `href` resolved relative to `from`: the element it names, or null with `error` set.
  xmlNodePtr Resolve(xmlNodePtr from, const std::string& href, std::string& error, std::vector<Diagnostic>& diagnostics);
  // Replaces `node`, when it is an include or extends href, by what it names, and every include
  // below it; `open` holds the targets being expanded (a target met again is a cycle).
  bool Expand(xmlNodePtr node, std::vector<xmlNodePtr>& open, std::vector<Diagnostic>& diagnostics);
  bool ExpandChildren(xmlNodePtr parent, std::vector<xmlNodePtr>& open, std::vector<Diagnostic>& diagnostics);
  xmlNodePtr CopyInto(xmlNodePtr target, xmlNodePtr before);

  xmlDocPtr schema_ = nullptr;
  std::string path_;
  std::string root_;  // the directory tree includes must stay in
  XmlDocPtr composed_;
  std::map<std::string, XmlDocPtr> loaded_;          // resolved path -> included file
  std::map<xmlNodePtr, std::string> origin_file_;    // copied element -> file it came from
  std::map<xmlNodePtr, xmlNodePtr> origin_schema_;   // copied element -> <schema> root of its file
};

}  // namespace teipress
