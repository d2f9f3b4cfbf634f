// A deterministic corpus of archive exports for benchmarks and scale tests: any number of documents
// in the plain-text export format of the samples (sources/wilson/, shared/samples/wilson/README.md)
// with their variety: document types (decisions with embedded telegrams, ciphered telegrams with
// routing logs, conversation records, letters, ambassadors' journals, reports, protocols, short
// cables), date-line forms (day, month, year, none), original languages and their archives'
// citation forms, lengths from a few lines to several pages, and the notations (identifications,
// translators' insertions, illegible words, stamps, handwritten notes, signatures, footnotes, page
// markers, redactions). Names come from the edition's authority files' forms so that they link,
// with unknown names mixed in.
//
// Document i of seed s is the same text on every machine and for every corpus size, so the first
// 1,000 documents of a 10,000-document corpus are the 1,000-document corpus.
#pragma once

#include <cstdint>
#include <string>

namespace teipress::testing {

struct GeneratedDocument {
  std::string record_id;  // also the file name: <record_id>.txt
  std::string text;
};

// The `index`-th document (0-based) of the corpus for `seed`. Record ids count up from 600000.
GeneratedDocument GenerateDocument(uint64_t seed, uint64_t index);

// Writes documents [0, count) into `directory` as <record_id>.txt; returns false (and sets
// `error`) when a file cannot be written.
bool WriteCorpus(const std::string& directory, uint64_t seed, uint64_t count, std::string& error);

}  // namespace teipress::testing
