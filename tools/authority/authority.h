// Authority data that editors maintain as TEI under tei/authority/: persons (with name variants
// and pseudonyms), places, organizations and archives. The converter links names through it and
// never hard-codes one.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "diagnostic.h"
#include "name_kind.h"

namespace teipress {

struct AuthorityEntry {
  std::string id;  // xml:id in the authority file
  NameKind kind = NameKind::kPerson;
  std::string main_name;
  std::vector<std::string> variants;    // every spelling that names the entry
  std::vector<std::string> pseudonyms;  // code names (persons)
  bool is_archive = false;
  std::string abbreviation;  // archives: as printed in citations
};

struct NameMatch {
  size_t begin = 0;  // byte offsets into the searched text
  size_t end = 0;
  const AuthorityEntry* entry = nullptr;
  bool is_pseudonym = false;
};

class Authority {
 public:
  Authority() = default;
  // Reads every *.xml file of `directory`. Missing directory: an empty authority and a warning.
  static Authority Load(const boost::filesystem::path& directory, std::vector<Diagnostic>& diagnostics);

  // Adds an entry (used by Load and by tests that build a small authority in memory).
  void Add(AuthorityEntry entry);

  // Names of persons, places and organizations in `text`, longest first, non-overlapping. A
  // match must start with a capital letter and sit on word boundaries; case is otherwise ignored
  // ("MAO ZEDONG" matches "Mao Zedong").
  std::vector<NameMatch> FindNames(std::string_view text) const;
  // The same, written into `matches` (emptied first): a caller that searches many texts keeps one
  // vector for them, where each search made a vector of its own.
  void FindNamesInto(std::string_view text, std::vector<NameMatch>& matches) const;

  // The entry named exactly `name` (case-insensitive), if any.
  std::optional<NameMatch> Lookup(std::string_view name) const;

  // The archive whose abbreviation or name starts `reference` ("APRF, Fond 3" -> APRF).
  // `length` receives the number of bytes of `reference` the archive's name covers.
  const AuthorityEntry* FindArchive(std::string_view reference, size_t* length) const;

  const AuthorityEntry* ById(std::string_view id) const;
  size_t size() const { return entries_.size(); }

 private:
  struct Form {
    std::string folded;  // case-folded form
    size_t entry_index;
    bool is_pseudonym;
  };
  std::vector<AuthorityEntry> entries_;
  // Forms keyed by their first folded word, longest form first. Every capitalized word of the
  // text asks for its prefixes: the groups are found through an open-addressing table of
  // (hash, group) pairs in one array, where a node-based map cost a chain of cache misses a word.
  struct FirstWordGroup {
    std::string first_word;
    std::vector<Form> forms;
  };
  struct GroupSlot {
    uint64_t hash = 0;
    uint32_t group_plus_one = 0;  // 0: a free slot
  };
  std::vector<FirstWordGroup> groups_;
  std::vector<GroupSlot> group_slots_;  // a power of two in size, at most half full; linear probing
  static uint64_t HashFirstWord(std::string_view key);
  // The group of `first_word`, or null.
  const FirstWordGroup* GroupOf(std::string_view first_word) const;
  FirstWordGroup& AddGroup(std::string_view first_word);
  // Which slots of (length, first, second and last byte) some first word fills: most capitalized words
  // name nothing, and this tells most of them so without hashing them.
  static constexpr size_t kFirstWordSlots = size_t{1} << 16;
  static size_t FirstWordSlot(std::string_view key);
  std::bitset<kFirstWordSlots> first_word_slots_;
  std::vector<Form> archive_forms_;  // every spelling of every archive, in entry order
  // The indexes of archive_forms_ by each form's first folded byte, in entry order: a citation is
  // compared only with the spellings that can start it.
  std::array<std::vector<uint32_t>, 256> archive_forms_by_first_byte_;
  size_t longest_archive_form_ = 0;
};

// Case folding of ASCII, Latin-1, Latin Extended-A and basic Cyrillic capitals; it keeps byte
// offsets (each capital and its lower case have the same UTF-8 length), so matches in the folded
// text index the original.
std::string FoldCase(std::string_view text);
// The same, in place: the `size` bytes at `bytes` (whole characters; a cut one stays as it is).
void FoldCaseInPlace(char* bytes, size_t size);

// Whether the character at byte `i` is a capital letter (or a digit) as FoldCase knows them.
bool StartsWithCapital(std::string_view text, size_t i);

}  // namespace teipress
