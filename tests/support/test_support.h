// Paths and small helpers shared by the tests.
#pragma once

#include <string>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "authority.h"
#include "diagnostic.h"
#include "xml_ptr.h"

namespace teipress::testing {

inline std::string SourceDir() { return TEIPRESS_SOURCE_DIR; }
inline std::string TeipressBinary() { return TEIPRESS_BINARY; }
// Reference data written by others (TEI All, conformance files, real TEI corpora), kept in the
// repository: tests/data/reference (its README says where each part comes from).
inline std::string ReferenceDir() { return SourceDir() + "/tests/data/reference"; }
// Whether a missing optional tool (jing, chromium, javac, node) is a failure rather than a skip:
// CI sets TEIPRESS_REQUIRE_ALL=1.
bool RequireAll();

// An authority entry for the small in-memory authorities unit tests build with Authority::Add.
inline AuthorityEntry Entry(std::string id, NameKind kind, std::string main_name, std::vector<std::string> variants = {},
                            std::vector<std::string> pseudonyms = {}) {
  AuthorityEntry entry;
  entry.id = std::move(id);
  entry.kind = kind;
  entry.main_name = std::move(main_name);
  entry.variants = std::move(variants);
  entry.pseudonyms = std::move(pseudonyms);
  return entry;
}

// The edition's own authority files, loaded once.
const Authority& EditionAuthority();

// All the sources the repository ships (the seed and the samples).
std::vector<boost::filesystem::path> ShippedSources();

std::string ReadText(const boost::filesystem::path& path);

// Evaluates `expression` (prefix tei:) and returns the string value.
std::string XPathString(xmlDocPtr document, const std::string& expression);
int XPathCount(xmlDocPtr document, const std::string& expression);

// Serializes a node without added formatting.
std::string SerializeNode(xmlNodePtr node);

// Whitespace-separated tokens.
std::vector<std::string> Tokens(const std::string& text);

// A fresh temporary directory, removed at exit of the owning object.
class TemporaryDirectory {
 public:
  TemporaryDirectory();
  ~TemporaryDirectory();
  const boost::filesystem::path& path() const { return path_; }

 private:
  boost::filesystem::path path_;
};

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};
CommandResult RunTeipress(const std::vector<std::string>& arguments, const std::string& directory = "");

// A GoogleTest parameter name made from a human label: letters and digits kept, the rest '_'.
inline std::string TestNameFromLabel(const std::string& label) {
  std::string name;
  for (char c : label) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    name += alnum ? c : '_';
  }
  return name.empty() ? "_" : name;
}

}  // namespace teipress::testing
