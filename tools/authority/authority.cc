#include "authority.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <boost/filesystem/operations.hpp>

#include "diagnostic_catalog.h"
#include "name_scan.h"
#include "text_util.h"
#include "xml_reader.h"

namespace teipress {

namespace fs = boost::filesystem;

namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

// A name ends where a word does; a possessive "’s" or "'s" does not extend it.
bool IsNameEnd(std::string_view text, size_t end) {
  return end >= text.size() || !IsWordByte(text[end]) || text.substr(end, 3) == "\u2019";
}

std::string FirstWord(std::string_view folded) {
  size_t end = 0;
  while (end < folded.size() && folded[end] != ' ') ++end;
  return std::string(folded.substr(0, end));
}


std::string NodeText(xmlNodePtr node) {
  XmlCharsPtr content(xmlNodeGetContent(node));
  return CollapseWhitespace(content ? AsChars(content.get()) : "");
}

std::string Attribute(xmlNodePtr node, const char* name) {
  XmlCharsPtr value(xmlGetProp(node, AsXmlChars(name)));
  return value ? AsChars(value.get()) : "";
}

std::string XmlId(xmlNodePtr node) {
  XmlCharsPtr value(xmlGetNsProp(node, AsXmlChars("id"), XML_XML_NAMESPACE));
  return value ? AsChars(value.get()) : "";
}

bool IsTei(xmlNodePtr node, const char* local_name) {
  return node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, AsXmlChars(kTeiNamespace)) &&
         xmlStrEqual(node->name, AsXmlChars(local_name));
}

void CollectEntries(xmlNodePtr node, bool inside_archive_list, std::vector<AuthorityEntry>& entries) {
  for (xmlNodePtr child = node; child; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    const bool archive_list = inside_archive_list || (IsTei(child, "listOrg") && Attribute(child, "type") == "archives");
    const char* name_element = IsTei(child, "person")  ? "persName"
                               : IsTei(child, "place") ? "placeName"
                               : IsTei(child, "org")   ? "orgName"
                                                       : nullptr;
    if (name_element && !XmlId(child).empty()) {
      AuthorityEntry entry;
      entry.id = XmlId(child);
      entry.kind = IsTei(child, "person") ? NameKind::kPerson
                   : IsTei(child, "place") ? NameKind::kPlace
                                           : NameKind::kOrganization;
      entry.is_archive = archive_list;
      for (xmlNodePtr name = child->children; name; name = name->next) {
        if (!IsTei(name, name_element)) continue;
        const std::string type = Attribute(name, "type");
        const std::string text = NodeText(name);
        if (text.empty()) continue;
        if (type == "pseudonym") {
          entry.pseudonyms.push_back(text);
        } else {
          if (entry.main_name.empty() || type == "main" || type == "full") {
            if (type == "main" || type == "full" || entry.main_name.empty()) entry.main_name = text;
          }
          if (type == "abbreviation" && entry.abbreviation.empty()) entry.abbreviation = text;
          entry.variants.push_back(text);
        }
      }
      if (!entry.main_name.empty()) entries.push_back(std::move(entry));
      continue;
    }
    CollectEntries(child->children, archive_list, entries);
  }
}

}  // namespace

namespace {

// The lower-case code point of a Latin-1, Latin Extended-A or basic Cyrillic capital (all two
// UTF-8 bytes, like their lower-case forms), or 0 when `code` is not such a capital.
uint32_t LowerOfTwoByteCapital(uint32_t code) {
  if (code >= 0xC0 && code <= 0xDE && code != 0xD7) return code + 0x20;
  const bool even_upper = (code >= 0x100 && code <= 0x12F) || (code >= 0x132 && code <= 0x137) ||
                          (code >= 0x14A && code <= 0x177);
  const bool odd_upper = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
  if ((even_upper && code % 2 == 0) || (odd_upper && code % 2 == 1)) return code + 1;
  if (code >= 0x410 && code <= 0x42F) return code + 0x20;
  if (code >= 0x400 && code <= 0x40F) return code + 0x50;
  return 0;
}

uint32_t TwoByteCodePoint(std::string_view text, size_t i) {
  if (i + 1 >= text.size()) return 0;
  const auto lead = static_cast<unsigned char>(text[i]);
  const auto trail = static_cast<unsigned char>(text[i + 1]);
  if ((lead & 0xE0) != 0xC0 || (trail & 0xC0) != 0x80) return 0;
  return ((lead & 0x1Fu) << 6) | (trail & 0x3Fu);
}

}  // namespace

bool StartsWithCapital(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= '0' && text[i] <= '9')) return true;
  return LowerOfTwoByteCapital(TwoByteCodePoint(text, i)) != 0;
}

namespace {

// Writes the `size` bytes at `from`, folded, to `to` (which may be `from`). A stretch ending
// between a capital's two bytes would leave that capital unfolded: callers fold whole characters.
void FoldCaseInto(const char* const from, char* const to, const size_t size) {
  const std::string_view text(from, size);
  for (size_t i = 0; i < size;) {
    // Stretches of ASCII, the most of any text, eight bytes at a time: each capital's flag (its
    // byte's high bit) shifted onto the bit of the small letters, 0x20.
    if (i + 8 <= size) {
      uint64_t block = LoadEightBytes(from + i);
      if ((block & kEachHighBit) == 0) {
        block |= AsciiBytesIn(block, 'A', 'Z') >> 2;
        std::memcpy(to + i, &block, 8);
        i += 8;
        continue;
      }
    }
    const char c = from[i];
    if (c >= 'A' && c <= 'Z') {
      to[i] = static_cast<char>(c - 'A' + 'a');
    } else if (static_cast<unsigned char>(c) >= 0xC0) {
      // Both bytes are read before either is written.
      if (const uint32_t lower = LowerOfTwoByteCapital(TwoByteCodePoint(text, i))) {
        to[i] = static_cast<char>(0xC0 | (lower >> 6));
        to[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
        ++i;
      } else {
        to[i] = c;
      }
    } else {
      to[i] = c;
    }
    ++i;
  }
}

// The text folded as far as the name search has read it: names start only at capitalized words,
// and most of those name nothing, so most of a text is never folded. The folded bytes go to a
// buffer each thread keeps for the next text, where a copy of every searched text was made and
// freed.
class LazilyFolded {
 public:
  explicit LazilyFolded(std::string_view text) : text_(text), folded_(BufferOfSize(text.size())) {}

  // The folded bytes from `begin` (a character's start, never before an earlier call's `begin`)
  // to `end`, cut at the text's end.
  std::string_view Span(size_t begin, size_t end) {
    end = std::min(end, text_.size());
    if (end > folded_until_) {
      const size_t from = std::max(folded_until_, begin);
      // Whole blocks of eight bytes, where the text has them: FoldCaseInto folds a block of ASCII
      // at once and a shorter stretch byte by byte, and the words asked for are mostly short.
      size_t stop = std::max(end, std::min(text_.size(), from + (end - from + 7) / 8 * 8));
      while (stop < text_.size() && (static_cast<unsigned char>(text_[stop]) & 0xC0) == 0x80) ++stop;
      FoldCaseInto(text_.data() + from, folded_ + from, stop - from);
      folded_until_ = stop;
    }
    return std::string_view(folded_ + begin, end - begin);
  }

 private:
  static char* BufferOfSize(size_t size) {
    thread_local std::string buffer;
    if (buffer.size() < size) buffer.resize(std::max(size, 2 * buffer.size()));
    return buffer.data();
  }

  std::string_view text_;
  char* folded_;  // the text, folded before `folded_until_` from the first `begin` on
  size_t folded_until_ = 0;
};

}  // namespace

void FoldCaseInPlace(char* const bytes, const size_t size) { FoldCaseInto(bytes, bytes, size); }

std::string FoldCase(std::string_view text) {
  // Written in place into a string of the final size: folding keeps every byte length.
  std::string out(text);
  FoldCaseInPlace(out.data(), out.size());
  return out;
}

Authority Authority::Load(const fs::path& directory, std::vector<Diagnostic>& diagnostics) {
  Authority authority;
  boost::system::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    diagnostics.push_back({directory.string(), 0, 0, Severity::kWarning,
                           "no authority directory: names will not be linked (create tei/authority/ or pass "
                           "--authority DIR)",
                           rules::kAuthorityMissing});
    return authority;
  }
  std::vector<fs::path> files;
  for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".xml") files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());  // deterministic regardless of directory order
  std::vector<AuthorityEntry> entries;
  for (const fs::path& file : files) {
    XmlDocPtr document = ReadXmlFile(file.string(), diagnostics);
    if (!document) continue;
    CollectEntries(xmlDocGetRootElement(document.get()), false, entries);
  }
  // Archives last: where an archive and an organization share a form ("MOFA"), running text
  // means the organization; citations find archives through FindArchive.
  std::stable_partition(entries.begin(), entries.end(), [](const AuthorityEntry& e) { return !e.is_archive; });
  for (AuthorityEntry& entry : entries) authority.Add(std::move(entry));
  return authority;
}

inline size_t Authority::FirstWordSlot(std::string_view key) {
  // The same for a word as printed and folded, so that a word is asked before it is folded: ASCII
  // capitals read as small letters, every byte outside ASCII as one value (folding changes a
  // capital's bytes there).
  static constexpr std::array<unsigned char, 256> kSlotBytes = [] {
    std::array<unsigned char, 256> table{};
    for (unsigned u = 0; u < 256; ++u) table[u] = static_cast<unsigned char>(u >= 0x80 ? 0x80 : u >= 'A' && u <= 'Z' ? u + 0x20 : u);
    return table;
  }();
  if (key.empty()) return 0;
  const uint32_t first = kSlotBytes[static_cast<unsigned char>(key.front())];
  const uint32_t second = key.size() > 1 ? kSlotBytes[static_cast<unsigned char>(key[1])] : 0;
  const uint32_t last = kSlotBytes[static_cast<unsigned char>(key.back())];
  // The length, first, second and last byte mixed by a multiplication into all the table's bits:
  // the lengths and letters of words fill a narrow range of each, and a slot made of them side by
  // side was shared by many words of the text and few first words.
  const uint32_t packed = static_cast<uint32_t>(std::min<size_t>(key.size(), 255)) | first << 8 | second << 16 | last << 24;
  static_assert(kFirstWordSlots == size_t{1} << 16);
  return (packed * 0x9E3779B1u) >> 16;
}

uint64_t Authority::HashFirstWord(std::string_view key) {
  // Eight bytes at a time, each block mixed by a multiplication: first words are short.
  uint64_t hash = 0x9E3779B97F4A7C15ull ^ key.size();
  size_t at = 0;
  for (; at + 8 <= key.size(); at += 8) hash = (hash ^ LoadEightBytes(key.data() + at)) * 0xFF51AFD7ED558CCDull;
  uint64_t tail = 0;
  std::memcpy(&tail, key.data() + at, key.size() - at);
  hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return hash ^ (hash >> 29);
}

const Authority::FirstWordGroup* Authority::GroupOf(std::string_view first_word) const {
  if (group_slots_.empty()) return nullptr;
  const uint64_t hash = HashFirstWord(first_word);
  const size_t mask = group_slots_.size() - 1;
  for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const GroupSlot& candidate = group_slots_[slot];
    if (candidate.group_plus_one == 0) return nullptr;
    if (candidate.hash != hash) continue;
    const FirstWordGroup& group = groups_[candidate.group_plus_one - 1];
    if (group.first_word == first_word) return &group;
  }
}

Authority::FirstWordGroup& Authority::AddGroup(std::string_view first_word) {
  if (const FirstWordGroup* existing = GroupOf(first_word)) return groups_[static_cast<size_t>(existing - groups_.data())];
  groups_.push_back({std::string(first_word), {}});
  if (2 * groups_.size() > group_slots_.size()) {
    // Grown to twice the groups and filled again from them.
    group_slots_.assign(std::max<size_t>(64, std::bit_ceil(4 * groups_.size())), GroupSlot{});
    for (size_t index = 0; index < groups_.size(); ++index) {
      const uint64_t hash = HashFirstWord(groups_[index].first_word);
      size_t slot = hash & (group_slots_.size() - 1);
      while (group_slots_[slot].group_plus_one != 0) slot = (slot + 1) & (group_slots_.size() - 1);
      group_slots_[slot] = {hash, static_cast<uint32_t>(index + 1)};
    }
    return groups_.back();
  }
  const uint64_t hash = HashFirstWord(first_word);
  size_t slot = hash & (group_slots_.size() - 1);
  while (group_slots_[slot].group_plus_one != 0) slot = (slot + 1) & (group_slots_.size() - 1);
  group_slots_[slot] = {hash, static_cast<uint32_t>(groups_.size())};
  return groups_.back();
}

void Authority::Add(AuthorityEntry entry) {
  const size_t index = entries_.size();
  auto add_form = [&](const std::string& form, bool pseudonym) {
    const std::string folded = FoldCase(CollapseWhitespace(form));
    if (folded.empty()) return;
    const std::string first_word = FirstWord(folded);
    first_word_slots_.set(FirstWordSlot(first_word));
    auto& forms = AddGroup(first_word).forms;
    for (const Form& existing : forms) {
      if (existing.folded == folded) return;  // the first entry to claim a form keeps it
    }
    forms.push_back({folded, index, pseudonym});
    std::stable_sort(forms.begin(), forms.end(),
                     [](const Form& a, const Form& b) { return a.folded.size() > b.folded.size(); });
  };
  // Sources print apostrophes both ways (Bol’shevik, Bol'shevik): register both spellings.
  auto add_spellings = [&](const std::string& form, bool pseudonym) {
    add_form(form, pseudonym);
    std::string ascii = form;
    for (size_t at = ascii.find("\u2019"); at != std::string::npos; at = ascii.find("\u2019", at)) ascii.replace(at, 3, "'");
    if (ascii != form) add_form(ascii, pseudonym);
  };
  for (const std::string& variant : entry.variants) add_spellings(variant, false);
  add_spellings(entry.main_name, false);
  for (const std::string& pseudonym : entry.pseudonyms) add_spellings(pseudonym, true);
  if (entry.is_archive) {
    for (const std::string& form : entry.variants) {
      archive_forms_.push_back({FoldCase(form), index, false});
      if (!archive_forms_.back().folded.empty()) {
        const auto first = static_cast<unsigned char>(archive_forms_.back().folded.front());
        archive_forms_by_first_byte_[first].push_back(static_cast<uint32_t>(archive_forms_.size() - 1));
      }
      longest_archive_form_ = std::max(longest_archive_form_, form.size());
    }
  }
  entries_.push_back(std::move(entry));
}

std::vector<NameMatch> Authority::FindNames(std::string_view text) const {
  std::vector<NameMatch> matches;
  FindNamesInto(text, matches);
  return matches;
}

void Authority::FindNamesInto(std::string_view text, std::vector<NameMatch>& matches) const {
  matches.clear();
  if (groups_.empty()) return;
  LazilyFolded folded(text);
  // The longest form starting at each capitalized word...
  auto consider = [&](const size_t i) {
    // ForEachNameStart gives word starts whose byte MayStartName: every ASCII one is a capital or
    // a digit; a first byte outside ASCII starts a capital only with some second bytes.
    if (static_cast<unsigned char>(text[i]) >= 0x80 && !StartsWithCapital(text, i)) return;
    const NameMatch* best = nullptr;
    NameMatch match;
    auto look_up_first_word = [&](size_t key_end) {
      const FirstWordGroup* group = GroupOf(folded.Span(i, key_end));
      if (!group) return;
      for (const Form& form : group->forms) {  // longest first
        const size_t end = i + form.folded.size();
        if (end > text.size()) continue;
        // The forms of a group share their first word: one that does not match mostly differs in
        // its last byte, compared before the whole form.
        const std::string_view span = folded.Span(i, end);
        if (span.back() != form.folded.back() || span != form.folded) continue;
        if (!IsNameEnd(text, end)) continue;
        if (!best || end - i > match.end - match.begin) {
          match = {i, end, &entries_[form.entry_index], form.is_pseudonym};
          best = &match;
        }
        break;
      }
    };
    // The first word as printed asks the slot (the same as the folded word's), so a word is folded
    // only when some first word may be it; the slot is asked here, where the compiler can inline
    // it: most keys fill no slot.
    auto try_first_word = [&](size_t key_end) {
      if (first_word_slots_.test(FirstWordSlot(text.substr(i, key_end - i)))) look_up_first_word(key_end);
    };
    // The first word may be a name's first word as printed (the token up to a space or a line's
    // end), or end inside the token at a sign ("Sinuiju-Dandong", "WPK[1]", "Stalin's", "Mao,"):
    // the token cut at each sign is tried, in the one pass that finds the token's end. Folding
    // keeps every sign and word byte as it is, so the printed text tells where they are.
    size_t p = i + 1;
    for (; (p = NextTokenSign(text, p)) < text.size(); ++p) {
      const char c = text[p];
      if (c == '\xE2') {
        if (text.compare(p, 3, "\u2019") == 0) try_first_word(p);  // a typographic apostrophe: "Stalin’s"
        continue;
      }
      if (c == ' ' || c == '\n') break;
      try_first_word(p);
      // Forms whose first word ends with the sign ("Cde."), unless the sign ends the token (the
      // whole token is tried below).
      if (p + 1 < text.size() && text[p + 1] != ' ' && text[p + 1] != '\n') try_first_word(p + 1);
    }
    try_first_word(p);
    if (best) matches.push_back(match);
  };
  // Names start with a capital (or a digit: "10th department") at a word's start; "china" in
  // lower case is not China.
  ForEachNameStart(text, consider);
  // ...then the longest candidates win over shorter overlapping ones, the leftmost among equals.
  // The candidates come one a start, in the order of their starts: when none reaches into the
  // next (most texts) they all win, in that order.
  bool overlapping = false;
  for (size_t k = 1; k < matches.size() && !overlapping; ++k) overlapping = matches[k].begin < matches[k - 1].end;
  if (!overlapping) return;
  // Kept from search to search, as the matches are.
  thread_local std::vector<NameMatch> candidates;
  thread_local std::vector<uint32_t> order;
  thread_local std::vector<bool> taken;
  candidates.swap(matches);
  matches.clear();
  order.resize(candidates.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<uint32_t>(k);
  // Longest first, in text order among equals (a stable sort by length, without its buffer).
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const size_t length_a = candidates[a].end - candidates[a].begin, length_b = candidates[b].end - candidates[b].begin;
    return length_a != length_b ? length_a > length_b : a < b;
  });
  // The bytes from the first candidate's start to the furthest end: a later candidate may end
  // before an earlier, longer one.
  const size_t covered_from = candidates.front().begin;
  size_t covered_to = 0;
  for (const NameMatch& candidate : candidates) covered_to = std::max(covered_to, candidate.end);
  taken.assign(covered_to - covered_from, false);
  for (const uint32_t k : order) {
    const NameMatch& candidate = candidates[k];
    bool free = true;
    for (size_t b = candidate.begin; b < candidate.end && free; ++b) free = !taken[b - covered_from];
    if (!free) continue;
    for (size_t b = candidate.begin; b < candidate.end; ++b) taken[b - covered_from] = true;
    matches.push_back(candidate);
  }
  std::sort(matches.begin(), matches.end(), [](const NameMatch& a, const NameMatch& b) { return a.begin < b.begin; });
}

std::optional<NameMatch> Authority::Lookup(std::string_view name) const {
  // The bit table of first words answers most questions (the note classifier asks of every note)
  // from the first word as printed, before the name is collapsed and folded: the slot is the same
  // for a word as printed and folded, and collapsing ends the first word where its first
  // whitespace does.
  size_t first_begin = 0;
  while (first_begin < name.size() && IsAsciiWhitespace(name[first_begin])) ++first_begin;
  size_t first_end = first_begin;
  while (first_end < name.size() && !IsAsciiWhitespace(name[first_end])) ++first_end;
  if (first_end == first_begin || !first_word_slots_.test(FirstWordSlot(name.substr(first_begin, first_end - first_begin)))) {
    return std::nullopt;
  }
  // Folded in place in the collapsed copy, the first word a view into it.
  std::string folded = CollapseWhitespace(name);
  FoldCaseInPlace(folded.data(), folded.size());
  const FirstWordGroup* group = GroupOf(std::string_view(folded).substr(0, first_end - first_begin));
  if (!group) return std::nullopt;
  for (const Form& form : group->forms) {
    if (form.folded == folded) return NameMatch{0, name.size(), &entries_[form.entry_index], form.is_pseudonym};
  }
  return std::nullopt;
}

const AuthorityEntry* Authority::FindArchive(std::string_view reference, size_t* length) const {
  // Citations are long and archive names short: fold only as much as the longest name can cover,
  // into a buffer kept from citation to citation (a folded copy of each cost an allocation).
  thread_local std::string folded;
  const std::string_view head = reference.substr(0, longest_archive_form_ + 1);
  folded.assign(head.data(), head.size());
  FoldCaseInPlace(folded.data(), folded.size());
  const AuthorityEntry* best = nullptr;
  size_t best_length = 0;
  if (length) *length = 0;
  if (folded.empty()) return nullptr;
  for (const uint32_t form_index : archive_forms_by_first_byte_[static_cast<unsigned char>(folded.front())]) {
    const Form& form = archive_forms_[form_index];
    const size_t end = form.folded.size();
    if (end <= best_length || folded.compare(0, end, form.folded) != 0) continue;
    if (!IsNameEnd(reference, end)) continue;
    best = &entries_[form.entry_index];
    best_length = end;
  }
  if (length) *length = best_length;
  return best;
}

const AuthorityEntry* Authority::ById(std::string_view id) const {
  for (const AuthorityEntry& entry : entries_) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

}  // namespace teipress
