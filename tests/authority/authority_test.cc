// Unit tests of the authority: loading TEI authority files, name matching, archives, lookup.
#include "authority.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "test_support.h"
#include "text_util.h"

namespace teipress {
namespace {

namespace fs = boost::filesystem;

void Write(const fs::path& path, const std::string& text) {
  std::ofstream out(path.string(), std::ios::binary);
  out << text;
}

// An authority of entries known only by their main name, built in code (no file).
AuthorityEntry Entry(const std::string& id, const std::string& main_name, NameKind kind = NameKind::kPerson) {
  AuthorityEntry entry;
  entry.id = id;
  entry.kind = kind;
  entry.main_name = main_name;
  return entry;
}
Authority AuthorityOf(const std::vector<AuthorityEntry>& entries) {
  Authority authority;
  for (const AuthorityEntry& entry : entries) authority.Add(entry);
  return authority;
}

std::string Tei(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
         "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>"
         "<text><body>" + body + "</body></text></TEI>\n";
}

class AuthorityLoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const fs::path dir = directory_.path();
    Write(dir / "persons.xml", Tei(R"(<listPerson>
      <person xml:id="stalin">
        <persName type="main">Joseph Stalin</persName>
        <persName type="variant">Stalin</persName>
        <persName type="variant">I. V.   Stalin</persName>
        <persName type="pseudonym">Filippov</persName>
        <persName type="pseudonym">Feng Xi</persName>
        <note>Not a name: Lenin.</note>
      </person>
      <person xml:id="kim-il-sung">
        <persName type="main">Kim Il Sung</persName>
        <persName type="variant">Kim Il-sung</persName>
      </person>
      <person xml:id="apro"><persName type="main">Antal Apró</persName><persName type="variant">Apró</persName></person>
      <person xml:id="ohira"><persName type="main">Ōhira Masayoshi</persName><persName type="variant">Ōhira</persName></person>
      <person xml:id="no-name"></person>
      <person><persName type="main">Without Id</persName></person>
    </listPerson>)"));
    Write(dir / "places.xml", Tei(R"(<listPlace>
      <place xml:id="beijing"><placeName type="main">Beijing</placeName><placeName type="variant">Peking</placeName><placeName type="variant">Peiping</placeName></place>
      <place xml:id="china"><placeName type="main">China</placeName><placeName type="variant">Communist China</placeName></place>
      <place xml:id="taiwan"><placeName type="main">Taiwan</placeName><placeName type="variant">Republic of China</placeName></place>
    </listPlace>)"));
    Write(dir / "orgs.xml", Tei(R"(<listOrg>
      <org xml:id="kim-il-sung-university"><orgName type="main">Kim Il Sung University</orgName></org>
      <org xml:id="japan-mofa"><orgName type="main">Ministry of Foreign Affairs of Japan</orgName><orgName type="abbreviation">MOFA</orgName></org>
      <org xml:id="bolshevik"><orgName type="main">Bol’shevik</orgName></org>
    </listOrg>)"));
    Write(dir / "archives.xml", Tei(R"(<listOrg type="archives">
      <org xml:id="APRF"><orgName type="abbreviation">APRF</orgName><orgName type="abbreviation">AP RF</orgName>
        <orgName type="full">Archive of the President of the Russian Federation</orgName>
        <orgName type="variant">Presidential Archive</orgName></org>
      <org xml:id="AVPRF"><orgName type="abbreviation">AVPRF</orgName><orgName type="full">Archive of Foreign Policy of the Russian Federation</orgName></org>
      <org xml:id="NARA"><orgName type="full">National Archives and Records Administration</orgName><orgName type="abbreviation">NARA</orgName></org>
      <org xml:id="MOFA-JP"><orgName type="abbreviation">MOFA</orgName><orgName type="full">Ministry of Foreign Affairs of Japan (information disclosure)</orgName></org>
    </listOrg>)"));
    Write(dir / "notes.txt", "not an authority file");
    authority_ = Authority::Load(dir, diagnostics_);
  }

  std::vector<std::pair<std::string, std::string>> Names(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const NameMatch& match : authority_.FindNames(text)) {
      out.push_back({text.substr(match.begin, match.end - match.begin), match.entry->id});
    }
    return out;
  }

  testing::TemporaryDirectory directory_;
  std::vector<Diagnostic> diagnostics_;
  Authority authority_;
};

TEST_F(AuthorityLoadTest, LoadsEntriesWithIdsAndNames) {
  EXPECT_TRUE(diagnostics_.empty());
  // 4 persons with an id and a name, 3 places, 3 organizations, 4 archives.
  EXPECT_EQ(authority_.size(), 14u);
  const AuthorityEntry* stalin = authority_.ById("stalin");
  ASSERT_NE(stalin, nullptr);
  EXPECT_EQ(stalin->kind, NameKind::kPerson);
  EXPECT_EQ(stalin->main_name, "Joseph Stalin");
  EXPECT_EQ(stalin->pseudonyms, (std::vector<std::string>{"Filippov", "Feng Xi"}));
  EXPECT_FALSE(stalin->is_archive);
  EXPECT_EQ(authority_.ById("no-name"), nullptr);
  EXPECT_EQ(authority_.ById("missing"), nullptr);
  const AuthorityEntry* beijing = authority_.ById("beijing");
  ASSERT_NE(beijing, nullptr);
  EXPECT_EQ(beijing->kind, NameKind::kPlace);
  const AuthorityEntry* aprf = authority_.ById("APRF");
  ASSERT_NE(aprf, nullptr);
  EXPECT_TRUE(aprf->is_archive);
  EXPECT_EQ(aprf->kind, NameKind::kOrganization);
  EXPECT_EQ(aprf->abbreviation, "APRF");
  EXPECT_EQ(aprf->main_name, "Archive of the President of the Russian Federation");
  const AuthorityEntry* nara = authority_.ById("NARA");
  ASSERT_NE(nara, nullptr);
  EXPECT_EQ(nara->main_name, "National Archives and Records Administration");
  EXPECT_EQ(nara->abbreviation, "NARA");
}

TEST_F(AuthorityLoadTest, FindNames) {
  struct Case {
    std::string text;
    std::vector<std::pair<std::string, std::string>> names;
  };
  const std::vector<Case> cases = {
      {"Comrade Stalin agreed.", {{"Stalin", "stalin"}}},
      // Longest form wins.
      {"Students of Kim Il Sung University wrote to Kim Il Sung.",
       {{"Kim Il Sung University", "kim-il-sung-university"}, {"Kim Il Sung", "kim-il-sung"}}},
      {"The Republic of China and Communist China.", {{"Republic of China", "taiwan"}, {"Communist China", "china"}}},
      // Case-insensitive, but a capital is required at the start.
      {"MAO met STALIN in PEKING.", {{"STALIN", "stalin"}, {"PEKING", "beijing"}}},
      {"trade with china and peking", {}},
      // Word boundaries.
      {"Stalinism and Pekingese are not names.", {}},
      {"(Stalin), \"Peking\".", {{"Stalin", "stalin"}, {"Peking", "beijing"}}},
      // Possessive endings stay outside the name.
      {"Stalin's reply and Stalin\u2019s telegram.", {{"Stalin", "stalin"}, {"Stalin", "stalin"}}},
      // Pseudonyms are names of their person.
      {"FILIPPOV and Feng Xi signed.", {{"FILIPPOV", "stalin"}, {"Feng Xi", "stalin"}}},
      // Internal runs of spaces in the authority form are normalized.
      {"I. V. Stalin wrote.", {{"I. V. Stalin", "stalin"}}},
      // Multi-byte letters inside a name.
      {"Comrade Apró spoke.", {{"Apró", "apro"}}},
      // Typographic and ASCII apostrophes both match.
      {"Bol'shevik and Bol\u2019shevik.", {{"Bol'shevik", "bolshevik"}, {"Bol\u2019shevik", "bolshevik"}}},
      // A form shared by an organization and an archive means the organization in running text.
      {"MOFA replied.", {{"MOFA", "japan-mofa"}}},
      // Text inside a note is not a name: the <note> of an authority entry is not a form.
      {"Lenin spoke.", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Names(c.text), c.names);
  }
}

// Spec (Names): "matching ignores case" and a match "must start with a capital letter": a
// capital outside ASCII is still a capital, and upper-case accented letters still match.
TEST_F(AuthorityLoadTest, FindNamesOutsideAscii) {
  EXPECT_EQ(Names("Foreign Minister Ōhira arrived."), (std::vector<std::pair<std::string, std::string>>{{"Ōhira", "ohira"}}));
  EXPECT_EQ(Names("COMRADE APRÓ SPOKE."), (std::vector<std::pair<std::string, std::string>>{{"APRÓ", "apro"}}));
}

// Spec (Names): "Of overlapping candidates the longest wins, then the leftmost."
TEST(AuthorityTest, OverlappingCandidatesLongestWins) {
  const Authority authority = AuthorityOf(
      {Entry("kim-il", "Kim Il"), Entry("il-sung-university", "Il Sung University", NameKind::kOrganization)});
  const std::string text = "Kim Il Sung University";
  const auto matches = authority.FindNames(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].entry->id, "il-sung-university");
  EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin), "Il Sung University");
}

TEST_F(AuthorityLoadTest, PseudonymFlag) {
  const auto matches = authority_.FindNames("Filippov and Stalin");
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_TRUE(matches[0].is_pseudonym);
  EXPECT_FALSE(matches[1].is_pseudonym);
}

TEST_F(AuthorityLoadTest, Lookup) {
  struct Case {
    std::string name;
    std::string id;  // "" when not found
    bool pseudonym = false;
  };
  const std::vector<Case> cases = {
      {"Stalin", "stalin"},        {"stalin", "stalin"},       {"JOSEPH STALIN", "stalin"},
      {"Filippov", "stalin", true}, {"Feng  Xi", "stalin", true}, {"Peiping", "beijing"},
      {"Kim Il-sung", "kim-il-sung"}, {"Stalin's", ""},         {"Stal", ""},
      {"Stalin Peking", ""},       {"", ""},                   {"Presidential Archive", "APRF"},
      // White space collapsed and capitals folded before the first word is looked up, in names
      // shorter and longer than a string keeps in place.
      {" Stalin\n", "stalin"},    {"Kim\tIL-SUNG", "kim-il-sung"}, {"PRESIDENTIAL \r\n ARCHIVE", "APRF"},
      {"Stalinx", ""},             {" ", ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("'" + c.name + "'");
    const auto found = authority_.Lookup(c.name);
    if (c.id.empty()) {
      EXPECT_FALSE(found.has_value());
      continue;
    }
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->entry->id, c.id);
    EXPECT_EQ(found->is_pseudonym, c.pseudonym);
    EXPECT_EQ(found->begin, 0u);
    EXPECT_EQ(found->end, c.name.size());
  }
}

TEST_F(AuthorityLoadTest, FindArchive) {
  struct Case {
    std::string reference;
    std::string id;  // "" when none
    size_t length;
  };
  const std::vector<Case> cases = {
      {"APRF, Fond 3, Opis 65", "APRF", 4},
      {"AP RF, Fond 3", "APRF", 5},
      {"aprf, Fond 3", "APRF", 4},
      {"AVPRF, Fond 059a", "AVPRF", 5},  // not APRF: no prefix match across a word
      {"APRFX, Fond 3", "", 0},           // word boundary required
      {"Presidential Archive, Fond 3", "APRF", 20},
      {"National Archives and Records Administration, RG 59", "NARA", 44},
      {"National Archives", "", 0},  // after a longer reference: nothing of its folded copy is left
      {"MOFA, 2009-00631", "MOFA-JP", 4},  // archives are found here even where an org shares the form
      {"RGASPI, f. 558", "", 0},
      {"", "", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.reference);
    size_t length = 99;
    const AuthorityEntry* archive = authority_.FindArchive(c.reference, &length);
    if (c.id.empty()) {
      EXPECT_EQ(archive, nullptr);
      EXPECT_EQ(length, 0u);
      continue;
    }
    ASSERT_NE(archive, nullptr);
    EXPECT_EQ(archive->id, c.id);
    EXPECT_EQ(length, c.length);
  }
  EXPECT_NE(authority_.FindArchive("APRF", nullptr), nullptr);  // length is optional
}

TEST(AuthorityTest, MissingDirectoryWarns) {
  testing::TemporaryDirectory directory;
  std::vector<Diagnostic> diagnostics;
  const Authority authority = Authority::Load(directory.path() / "absent", diagnostics);
  EXPECT_EQ(authority.size(), 0u);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].severity, Severity::kWarning);
  EXPECT_EQ(diagnostics[0].rule, "authority.missing");
  EXPECT_TRUE(authority.FindNames("Stalin").empty());
  EXPECT_FALSE(authority.Lookup("Stalin").has_value());
}

TEST(AuthorityTest, MalformedFileIsReportedAndOthersStillLoad) {
  testing::TemporaryDirectory directory;
  Write(directory.path() / "a-broken.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><unclosed>");
  Write(directory.path() / "b-places.xml",
        Tei("<listPlace><place xml:id=\"hanoi\"><placeName type=\"main\">Hanoi</placeName></place></listPlace>"));
  std::vector<Diagnostic> diagnostics;
  const Authority authority = Authority::Load(directory.path(), diagnostics);
  EXPECT_EQ(authority.size(), 1u);
  EXPECT_NE(authority.ById("hanoi"), nullptr);
  EXPECT_FALSE(diagnostics.empty());
}

TEST(AuthorityTest, FirstEntryKeepsASharedForm) {
  Authority authority;
  AuthorityEntry first;
  first.id = "hayashi-1974";
  first.main_name = "Minister Hayashi";
  first.variants = {"Hayashi"};
  authority.Add(first);
  AuthorityEntry second;
  second.id = "hayashi-kenji";
  second.main_name = "Mr. Hayashi";
  second.variants = {"Hayashi"};
  authority.Add(second);
  ASSERT_TRUE(authority.Lookup("Hayashi").has_value());
  EXPECT_EQ(authority.Lookup("Hayashi")->entry->id, "hayashi-1974");
  EXPECT_EQ(authority.Lookup("Mr. Hayashi")->entry->id, "hayashi-kenji");
}

TEST(AuthorityTest, FoldCaseKeepsByteOffsets) {
  EXPECT_EQ(FoldCase("MAO Zedong"), "mao zedong");
  EXPECT_EQ(FoldCase("Apró").size(), std::string("Apró").size());
}

// FoldCase lowers eight ASCII bytes at a time: every ASCII byte at every place of such a block,
// and blocks broken by a character outside ASCII, against the byte-by-byte definition.
TEST(AuthorityTest, FoldCaseLowersExactlyTheAsciiCapitals) {
  std::mt19937 random(3);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const size_t length = static_cast<size_t>(random() % 30);
    while (text.size() < length) {
      if (random() % 10 == 0) {
        text += "\u00D6";  // Ö, folded to ö
      } else {
        text += static_cast<char>(random() % 0x80);
      }
    }
    std::string expected = text;
    for (size_t i = 0; i < expected.size(); ++i) {
      if (expected[i] >= 'A' && expected[i] <= 'Z') expected[i] = static_cast<char>(expected[i] - 'A' + 'a');
      if (expected.compare(i, 2, "\u00D6") == 0) expected.replace(i, 2, "\u00F6");
    }
    ASSERT_EQ(FoldCase(text), expected) << round;
  }
}

// FindNames looks at eight bytes together and folds only what it compares: a name must be found
// wherever it falls in such a block, after ASCII or non-ASCII text, and only at a word's start.
TEST(AuthorityTest, FindNamesAtEveryOffset) {
  const Authority authority = AuthorityOf({Entry("mao", "Mao Zedong"), Entry("oland", "Öland Island", NameKind::kPlace)});
  for (size_t offset = 0; offset < 17; ++offset) {
    for (const std::string& lead : {std::string(offset, 'a'), std::string(offset, '.'), std::string(offset, '7')}) {
      SCOPED_TRACE("offset " + std::to_string(offset) + ", lead '" + lead + "'");
      const std::string text = lead + " said MAO ZEDONG, then mao Zedong, xMao Zedong and Öland island.";
      std::vector<std::string> found;
      for (const NameMatch& match : authority.FindNames(text)) {
        found.push_back(match.entry->id + "@" + std::to_string(match.begin - lead.size()));
      }
      EXPECT_EQ(found, (std::vector<std::string>{"mao@6", "oland@51"}));
    }
  }
  // A name that fills the text to its last byte, and one cut short by it.
  EXPECT_EQ(authority.FindNames("Mao Zedong").size(), 1u);
  EXPECT_TRUE(authority.FindNames("Mao Zedon").empty());
  EXPECT_TRUE(authority.FindNames("Öland Islan").empty());
}

// Cyrillic capitals start names too, among them those whose small letter has another first byte
// (Ё is D0 81, ё is D1 91).
TEST(AuthorityTest, FindNamesStartingWithCyrillicCapitals) {
  const Authority authority = AuthorityOf({Entry("moskva", "Москва", NameKind::kPlace), Entry("yolkino", "Ёлкино", NameKind::kPlace)});
  std::vector<std::string> found;
  for (const NameMatch& match : authority.FindNames("Прибыл в МОСКВА, затем в ЁЛКИНО; не москва, не xМосква.")) {
    found.push_back(match.entry->id);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"moskva", "yolkino"}));
}

// A first word that shares its length, first and last letter with an authority's first word
// (the slot FindNames looks up before hashing) is still no name.
TEST(AuthorityTest, LookalikeFirstWordsAreNoNames) {
  const Authority authority = AuthorityOf({Entry("stalin", "Stalin")});
  EXPECT_TRUE(authority.FindNames("Sputin and Starin met.").empty());
  EXPECT_EQ(authority.FindNames("Sputin and Stalin met.").size(), 1u);
}

// The name search by its definition, slowly: at every word start with a capital, every form of
// every entry is compared with the folded text; a form counts when its first word is the
// capitalized token, or the token cut before a sign (or after one that does not end it), and a
// word ends after it; the longest form at each start is the candidate, and the longest
// candidates win over overlapping shorter ones, the leftmost among equals.
struct DefinedForm {
  std::string folded;
  size_t entry;
  bool pseudonym;
};

// Every spelling of every entry, collapsed and folded, with both kinds of apostrophe; the first
// entry to claim a spelling keeps it.
std::vector<DefinedForm> DefinedForms(const std::vector<AuthorityEntry>& entries) {
  std::vector<DefinedForm> forms;
  auto add = [&](const std::string& spelling, size_t entry, bool pseudonym) {
    std::string ascii = spelling;
    for (size_t at = ascii.find("\u2019"); at != std::string::npos; at = ascii.find("\u2019", at)) ascii.replace(at, 3, "'");
    for (const std::string& each : {spelling, ascii}) {
      const std::string folded = FoldCase(CollapseWhitespace(each));
      if (folded.empty()) continue;
      bool claimed = false;
      for (const DefinedForm& form : forms) claimed = claimed || form.folded == folded;
      if (!claimed) forms.push_back({folded, entry, pseudonym});
    }
  };
  for (size_t e = 0; e < entries.size(); ++e) {
    for (const std::string& variant : entries[e].variants) add(variant, e, false);
    add(entries[e].main_name, e, false);
    for (const std::string& pseudonym : entries[e].pseudonyms) add(pseudonym, e, true);
  }
  return forms;
}

// `candidate_count`, when given, receives how many words started a form (more than the matches
// when some overlapped).
std::vector<NameMatch> FindNamesByDefinition(const std::vector<AuthorityEntry>& entries, std::string_view text,
                                             size_t* candidate_count = nullptr) {
  const std::vector<DefinedForm> forms = DefinedForms(entries);
  const std::string folded_text = FoldCase(text);
  auto ends_a_name = [&](size_t end) {
    return end >= text.size() || !IsWordByte(text[end]) || text.substr(end, 3) == "\u2019";
  };
  std::vector<NameMatch> candidates;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((i > 0 && IsWordByte(text[i - 1])) || !StartsWithCapital(text, i)) continue;
    size_t token_end = i;
    while (token_end < text.size() && text[token_end] != ' ' && text[token_end] != '\n') ++token_end;
    const std::string token = folded_text.substr(i, token_end - i);
    std::vector<std::string> keys = {token};
    for (size_t p = 1; p < token.size(); ++p) {
      if (token.compare(p, 3, "\u2019") == 0) {
        keys.push_back(token.substr(0, p));
      } else if (!IsWordByte(token[p])) {
        keys.push_back(token.substr(0, p));
        if (p + 1 < token.size()) keys.push_back(token.substr(0, p + 1));
      }
    }
    const DefinedForm* longest = nullptr;
    for (const DefinedForm& form : forms) {
      const std::string first_word = form.folded.substr(0, form.folded.find(' '));
      if (std::find(keys.begin(), keys.end(), first_word) == keys.end()) continue;
      if (folded_text.compare(i, form.folded.size(), form.folded) != 0 || i + form.folded.size() > text.size()) continue;
      if (!ends_a_name(i + form.folded.size())) continue;
      if (!longest || form.folded.size() > longest->folded.size()) longest = &form;
    }
    if (longest) candidates.push_back({i, i + longest->folded.size(), &entries[longest->entry], longest->pseudonym});
  }
  if (candidate_count) *candidate_count = candidates.size();
  std::vector<size_t> order(candidates.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return candidates[a].end - candidates[a].begin > candidates[b].end - candidates[b].begin;
  });
  std::vector<NameMatch> matches;
  for (size_t k : order) {
    bool overlaps = false;
    for (const NameMatch& taken : matches) overlaps = overlaps || (candidates[k].begin < taken.end && taken.begin < candidates[k].end);
    if (!overlaps) matches.push_back(candidates[k]);
  }
  std::sort(matches.begin(), matches.end(), [](const NameMatch& a, const NameMatch& b) { return a.begin < b.begin; });
  return matches;
}

// FindNames' shortcuts (the slot asked of the printed word, the folding into a kept buffer, the
// scans of sixteen bytes) against the definition: random authorities of names with signs,
// apostrophes of both kinds, several words and capitals outside ASCII, and random texts of their
// words in every case, with signs, other words and line feeds between them.
TEST(AuthorityTest, FindNamesAgreesWithItsDefinitionOnRandomTexts) {
  const std::vector<std::string> kWords = {"Mao",  "Zedong", "Kim",   "Il",    "Sung",    "Cde.",  "Sinuiju-Dandong",
                                           "WPK",  "Bol\u2019shevik", "Bol'shevik", "\u00D6land", "Island", "\u0401\u043B\u043A\u0438\u043D\u043E",
                                           "Central", "Committee", "of", "the", "10th", "Stalin", "Pak", "Ri", "A.", "I."};
  const std::vector<std::string> kGlue = {" ", "  ", "\n", ", ", ". ", "-", "[1] ", "\u2019s ", "'s ", " and ", " the ", "x", ""};
  std::mt19937 random(21);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  auto recase = [&](std::string word) {
    const unsigned how = random() % 4;
    if (how == 1) word = FoldCase(word);
    if (how == 2) {
      for (char& c : word) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      }
    }
    return word;
  };
  std::vector<NameMatch> kept;
  for (int round = 0; round < 400; ++round) {
    std::vector<AuthorityEntry> entries;
    const size_t entry_count = 1 + random() % 8;
    for (size_t e = 0; e < entry_count; ++e) {
      auto name = [&] {
        std::string text = pick(kWords);
        for (size_t more = random() % 3; more > 0; --more) text += (random() % 5 == 0 ? "  " : " ") + pick(kWords);
        return text;
      };
      AuthorityEntry entry = Entry("e" + std::to_string(e), name(), random() % 2 ? NameKind::kPerson : NameKind::kPlace);
      for (size_t v = random() % 3; v > 0; --v) entry.variants.push_back(name());
      if (random() % 4 == 0) entry.pseudonyms.push_back(name());
      entries.push_back(entry);
    }
    const Authority authority = AuthorityOf(entries);
    for (int text_round = 0; text_round < 20; ++text_round) {
      std::string text;
      for (size_t w = random() % 24; w > 0; --w) text += recase(pick(kWords)) + pick(kGlue);
      auto describe = [](const std::vector<NameMatch>& matches) {
        std::vector<std::string> out;
        for (const NameMatch& m : matches) {
          out.push_back(m.entry->id + "@" + std::to_string(m.begin) + "-" + std::to_string(m.end) + (m.is_pseudonym ? "p" : ""));
        }
        return out;
      };
      const std::vector<std::string> defined = describe(FindNamesByDefinition(entries, text));
      ASSERT_EQ(describe(authority.FindNames(text)), defined) << "round " << round << ", text '" << text << "'";
      // Into a vector kept from the texts before, as AnnotateNames keeps one: nothing of theirs stays.
      authority.FindNamesInto(text, kept);
      ASSERT_EQ(describe(kept), defined) << "round " << round << ", text '" << text << "' into a kept vector";
    }
  }
}

// Where candidates overlap ("Kim Il Sung" and "Sung Il"), the longest win and then the leftmost:
// random authorities of names made of a few capitalized words, and texts of those words, most of
// which hold overlapping candidates, against the definition.
TEST(AuthorityTest, FindNamesResolvesOverlapsAsItsDefinition) {
  const std::vector<std::string> kWords = {"Kim", "Il", "Sung", "Pak"};
  std::mt19937 random(7);
  auto pick = [&] { return kWords[random() % kWords.size()]; };
  std::vector<NameMatch> kept;
  int overlapping_texts = 0;  // texts where some candidate lost to an overlapping one
  for (int round = 0; round < 300; ++round) {
    std::vector<AuthorityEntry> entries;
    for (size_t e = 0, count = 4 + random() % 8; e < count; ++e) {
      std::string name = pick();
      for (size_t more = 1 + random() % 2; more > 0; --more) name += " " + pick();
      entries.push_back(Entry("e" + std::to_string(e), name, NameKind::kPerson));
    }
    const Authority authority = AuthorityOf(entries);
    for (int text_round = 0; text_round < 10; ++text_round) {
      std::string text;
      for (size_t w = 1 + random() % 16; w > 0; --w) text += pick() + (random() % 6 == 0 ? ", " : " ");
      size_t candidate_count = 0;
      const std::vector<NameMatch> defined = FindNamesByDefinition(entries, text, &candidate_count);
      if (candidate_count > defined.size()) ++overlapping_texts;
      authority.FindNamesInto(text, kept);
      ASSERT_EQ(kept.size(), defined.size()) << "text '" << text << "'";
      for (size_t k = 0; k < kept.size(); ++k) {
        EXPECT_EQ(kept[k].begin, defined[k].begin) << "text '" << text << "'";
        EXPECT_EQ(kept[k].end, defined[k].end) << "text '" << text << "'";
        EXPECT_EQ(kept[k].entry->id, defined[k].entry->id) << "text '" << text << "'";
      }
    }
  }
  EXPECT_GT(overlapping_texts, 500);
}

// Lookup asks the first word as printed before it collapses and folds the name: a name with
// whitespace of every kind before, inside and after it, in every case, is found exactly when its
// collapsed, folded spelling is a form.
TEST(AuthorityTest, LookupAgreesWithItsDefinitionOnRandomNames) {
  const std::vector<std::string> kWords = {"Mao", "Zedong", "Kim", "Il", "Sung", "Cde.", "Bol\u2019shevik", "\u00D6land",
                                           "\u0401\u043B\u043A\u0438\u043D\u043E", "Central", "Committee", "of"};
  const std::vector<std::string> kSpaces = {" ", "  ", "\t", "\n", " \r\n", ""};
  std::mt19937 random(22);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  for (int round = 0; round < 300; ++round) {
    std::vector<AuthorityEntry> entries;
    for (size_t e = 0, count = 1 + random() % 6; e < count; ++e) {
      std::string name = pick(kWords);
      for (size_t more = random() % 3; more > 0; --more) name += " " + pick(kWords);
      entries.push_back(Entry("e" + std::to_string(e), name));
    }
    const Authority authority = AuthorityOf(entries);
    const std::vector<DefinedForm> forms = DefinedForms(entries);
    for (int name_round = 0; name_round < 30; ++name_round) {
      std::string name = random() % 3 == 0 ? pick(kSpaces) : "";
      for (size_t w = random() % 4; w > 0; --w) {
        std::string word = pick(kWords);
        if (random() % 2) word = FoldCase(word);
        name += word + (w > 1 ? (random() % 4 == 0 ? pick(kSpaces) + " " : " ") : "");
      }
      if (random() % 3 == 0) name += pick(kSpaces);
      const std::string folded = FoldCase(CollapseWhitespace(name));
      std::string expected = "none";
      for (const DefinedForm& form : forms) {
        if (form.folded == folded) expected = entries[form.entry].id;
      }
      const std::optional<NameMatch> found = authority.Lookup(name);
      ASSERT_EQ(found ? found->entry->id : std::string("none"), expected) << "round " << round << ", name '" << name << "'";
    }
  }
}

// Thousands of first words (the table of first words grows and its probes collide many times):
// every entry is still found, by FindNames in running text and by Lookup, and words the
// authority lacks are not.
TEST(AuthorityTest, EveryFirstWordOfALargeAuthorityIsFound) {
  std::vector<AuthorityEntry> entries;
  std::string text;
  for (int k = 0; k < 3000; ++k) {
    const std::string first = "Q" + std::to_string(k * 7919 % 100003) + "x";
    entries.push_back(Entry("e" + std::to_string(k), first + " Name" + std::to_string(k % 13)));
  }
  const Authority authority = AuthorityOf(entries);
  for (int k = 0; k < 3000; ++k) {
    const AuthorityEntry& entry = entries[static_cast<size_t>(k)];
    const std::string sentence = "Met " + entry.main_name + " today.";
    const std::vector<NameMatch> found = authority.FindNames(sentence);
    ASSERT_EQ(found.size(), 1u) << entry.main_name;
    EXPECT_EQ(found[0].entry->id, entry.id);
    EXPECT_EQ(sentence.substr(found[0].begin, found[0].end - found[0].begin), entry.main_name);
    const std::optional<NameMatch> looked_up = authority.Lookup(entry.main_name);
    ASSERT_TRUE(looked_up.has_value()) << entry.main_name;
    EXPECT_EQ(looked_up->entry->id, entry.id);
  }
  EXPECT_TRUE(authority.FindNames("Met Q1x Name1 and Q0y Name0.").empty());
  EXPECT_FALSE(authority.Lookup("Q0x Name1").has_value());
}

}  // namespace
}  // namespace teipress
