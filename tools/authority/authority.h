// Authority data that editors maintain as TEI under tei/authority/: persons (with name variants
// and pseudonyms), places, organizations and archives. The converter links names through it and
// never hard-codes one.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // Looked up by string_view without building a key string: every capitalized word of the text
  // asks for its prefixes.
  struct TransparentHash {
    using is_transparent = void;
    size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };
  // Forms keyed by their first folded word, longest form first.
  std::unordered_map<std::string, std::vector<Form>, TransparentHash, std::equal_to<>> forms_by_first_word_;
  // Which (length, first byte, last byte) slots some first word fills: most capitalized words
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

// Whether the character at byte `i` is a capital letter (or a digit) as FoldCase knows them.
bool StartsWithCapital(std::string_view text, size_t i);

}  // namespace teipress
