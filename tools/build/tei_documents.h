// Which TEI files an edition has and what kind each is. A project keeps its TEI in subfolders
// (letters/1895/…, inscriptions/…), so the TEI folder is searched recursively; the authority lists
// and files that are not TEI documents (XInclude fragments, ODDs' examples) are not documents.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "xml_ptr.h"

namespace teipress {

struct TeiDocumentFile {
  boost::filesystem::path path;
  // The name of its outputs (<stem>.html, <stem>.fo): the file name without .xml, or, when two
  // files in different folders share it, the path below the TEI folder with '/' written '-'.
  std::string stem;
  // False for a FIFO, socket or device named *.xml: refused (io.not-a-file) without being opened,
  // since opening a FIFO would wait for a writer.
  bool regular = true;
};

// Every *.xml below `tei_dir` except those below `excluded` (the authority folder), sorted by
// path; directories named *.xml are searched, not listed. Missing folder: none.
std::vector<TeiDocumentFile> FindTeiDocuments(const boost::filesystem::path& tei_dir,
                                              const boost::filesystem::path& excluded);

// A file of the TEI folder and the files its xi:include elements name (absolute, resolved paths).
struct IncludingFile {
  std::string path;
  bool tei_document = false;
  std::vector<std::string> targets;
};

// The files that are part of the TEI documents through XInclude: what the documents include, and
// in turn what those files include (fragments of fragments), however deep.
std::set<std::string> XIncludedFiles(const std::vector<IncludingFile>& files);

// Whether the root is a TEI document (TEI or teiCorpus in the TEI namespace).
bool IsTeiDocument(xmlDocPtr document);

// Whether teipress wrote the document (and so the edition schema and rules apply to it): it
// carries the generation mark <?teipress-generated?>, or its encodingDesc names teipress as the
// application (kept when an editor takes a file over and drops the mark).
bool IsTeipressConversion(xmlDocPtr document);

}  // namespace teipress
