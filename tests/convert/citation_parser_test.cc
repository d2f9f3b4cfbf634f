// Unit tests of the citation parser: splitting the citation into sources, credits, archival
// unit keywords, unknown archives and published sources (docs/encoding.md, spec "citation").
#include "citation_parser.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace teipress {
namespace {

using Ids = std::vector<std::pair<std::string, std::string>>;

AuthorityEntry Archive(std::string id, std::string full, std::vector<std::string> abbreviations,
                       std::vector<std::string> variants = {}) {
  AuthorityEntry entry;
  entry.id = std::move(id);
  entry.kind = NameKind::kOrganization;
  entry.is_archive = true;
  entry.main_name = full;
  entry.abbreviation = abbreviations.empty() ? "" : abbreviations.front();
  entry.variants = abbreviations;
  entry.variants.push_back(full);
  for (std::string& v : variants) entry.variants.push_back(std::move(v));
  return entry;
}

const Authority& Archives() {
  static const Authority authority = [] {
    Authority a;
    a.Add(Archive("APRF", "Archive of the President of the Russian Federation", {"APRF", "AP RF"}));
    a.Add(Archive("AVPRF", "Archive of Foreign Policy of the Russian Federation", {"AVPRF"}));
    a.Add(Archive("RGASPI", "Russian State Archive of Socio-Political History", {"RGASPI"}));
    a.Add(Archive("TsKhSD", "Center for the Storage of Contemporary Documentation", {"TsKhSD"}));
    a.Add(Archive("NARA", "National Archives and Records Administration", {"NARA"}));
    a.Add(Archive("BStU", "Federal Commissioner for the Records of the State Security Service of the former GDR", {"BStU"}));
    a.Add(Archive("AMAE", "Archives of the Ministry of Foreign Affairs of Romania", {"AMAE"},
                  {"Romanian Ministry of Foreign Affairs Archives"}));
    a.Add(Archive("PRC-FMA", "Archive of the Ministry of Foreign Affairs of the People's Republic of China", {"PRC FMA"}));
    return a;
  }();
  return authority;
}

const std::string kPrefix = "\u201CTitle,\u201D August 28, 1951, History and Public Policy Program Digital Archive, ";

struct Expected {
  SourceReference::Kind kind;
  std::string printed;
  std::string repository_ref;
  std::string repository_name;
  Ids identifiers;
};

struct CitationCase {
  std::string label;
  std::string sources;  // the citation after the fixed phrase
  std::vector<Expected> expected;
};

class CitationParserTest : public ::testing::TestWithParam<CitationCase> {};

TEST_P(CitationParserTest, SplitsAndTypesSources) {
  const CitationCase& c = GetParam();
  const std::vector<SourceReference> sources = ParseCitationSources(kPrefix + c.sources, Archives());
  ASSERT_EQ(sources.size(), c.expected.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    SCOPED_TRACE("source " + std::to_string(i));
    EXPECT_EQ(sources[i].kind, c.expected[i].kind);
    EXPECT_EQ(sources[i].printed, c.expected[i].printed);
    EXPECT_EQ(sources[i].repository_ref, c.expected[i].repository_ref);
    EXPECT_EQ(sources[i].repository_name, c.expected[i].repository_name);
    EXPECT_EQ(sources[i].identifiers, c.expected[i].identifiers);
  }
}

constexpr auto kArchival = SourceReference::Kind::kArchival;
constexpr auto kPublished = SourceReference::Kind::kPublished;
const std::string kAprf = "Archive of the President of the Russian Federation";
const std::string kAvprf = "Archive of Foreign Policy of the Russian Federation";

const CitationCase kCitationCases[] = {
    {"three_sources_joined_by_and",
     "APRF, Fond 3, Opis 65, Delo 829, Listy 4-5 and AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 54-55 and "
     "APRF, Fond 45, Opis 1, Delo 340, List 89.",
     {{kArchival, "APRF, Fond 3, Opis 65, Delo 829, Listy 4-5", "APRF", kAprf,
       {{"fond", "3"}, {"opis", "65"}, {"delo", "829"}, {"listy", "4-5"}}},
      {kArchival, "AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 54-55", "AVPRF", kAvprf,
       {{"fond", "059a"}, {"opis", "5a"}, {"delo", "5"}, {"papka", "11"}, {"listy", "54-55"}}},
      {kArchival, "APRF, Fond 45, Opis 1, Delo 340, List 89", "APRF", kAprf,
       {{"fond", "45"}, {"opis", "1"}, {"delo", "340"}, {"list", "89"}}}}},
    {"semicolon_and_abbreviated_units",
     "APRF, Fond 45, Opis 1, Delo 336, Listy 38-39; RGASPI, f. 558, op. 11, d. 336, ll. 0041-0042.",
     {{kArchival, "APRF, Fond 45, Opis 1, Delo 336, Listy 38-39", "APRF", kAprf,
       {{"fond", "45"}, {"opis", "1"}, {"delo", "336"}, {"listy", "38-39"}}},
      {kArchival, "RGASPI, f. 558, op. 11, d. 336, ll. 0041-0042", "RGASPI",
       "Russian State Archive of Socio-Political History",
       {{"fond", "558"}, {"opis", "11"}, {"delo", "336"}, {"listy", "0041-0042"}}}}},
    {"semicolon_and",
     "APRF, Fond 3, Opis 65, Delo 829, Listy 4-5; and AVPRF, Fond 059a, Opis 5a.",
     {{kArchival, "APRF, Fond 3, Opis 65, Delo 829, Listy 4-5", "APRF", kAprf,
       {{"fond", "3"}, {"opis", "65"}, {"delo", "829"}, {"listy", "4-5"}}},
      {kArchival, "AVPRF, Fond 059a, Opis 5a", "AVPRF", kAvprf, {{"fond", "059a"}, {"opis", "5a"}}}}},
    {"archive_name_containing_and",
     "National Archives and Records Administration, RG 242, Captured Korean Documents, SA 2009, Box 8, Item 47. "
     "Translated by Kim Ji-won.",
     {{kArchival, "National Archives and Records Administration, RG 242, Captured Korean Documents, SA 2009, Box 8, Item 47",
       "NARA", "National Archives and Records Administration",
       {{"record-group", "242"}, {"series", "Captured Korean Documents"}, {"series", "SA 2009"}, {"box", "8"}, {"item", "47"}}}}},
    {"and_without_a_reference_after_it_does_not_split",
     "NARA, RG 59, Records of Policy Planning and Coordination, Box 3.",
     {{kArchival, "NARA, RG 59, Records of Policy Planning and Coordination, Box 3", "NARA",
       "National Archives and Records Administration",
       {{"record-group", "59"}, {"series", "Records of Policy Planning and Coordination"}, {"box", "3"}}}}},
    {"compiled_by_and_translator_credits",
     "TsKhSD, F. 3, Op. 12, D. 1009, Ll. 41-43ob, compiled by V. N. Malin. Translated by Pavel Orlov.",
     {{kArchival, "TsKhSD, F. 3, Op. 12, D. 1009, Ll. 41-43ob", "TsKhSD",
       "Center for the Storage of Contemporary Documentation",
       {{"fond", "3"}, {"opis", "12"}, {"delo", "1009"}, {"listy", "41-43ob"}}}}},
    {"translated_for_credit",
     "AVPRF, Fond 0102, Opis 14, Delo 6, Listy 144-163. Translated for NKIDP by Ilya Danilov.",
     {{kArchival, "AVPRF, Fond 0102, Opis 14, Delo 6, Listy 144-163", "AVPRF", kAvprf,
       {{"fond", "0102"}, {"opis", "14"}, {"delo", "6"}, {"listy", "144-163"}}}}},
    {"obtained_and_translated_credit_and_folios",
     "Romanian Ministry of Foreign Affairs Archives, Matter 220/1973, Issue 1582, Pyongyang Telegrams, Vol. 3, f. "
     "211-213. Obtained and translated for NKIDP by Irina Moldovan.",
     {{kArchival,
       "Romanian Ministry of Foreign Affairs Archives, Matter 220/1973, Issue 1582, Pyongyang Telegrams, Vol. 3, f. 211-213",
       "AMAE", "Archives of the Ministry of Foreign Affairs of Romania",
       {{"matter", "220/1973"}, {"issue", "1582"}, {"series", "Pyongyang Telegrams"}, {"volume", "3"}, {"folios", "211-213"}}}}},
    {"stasi_nr_and_seiten", "BStU, MfS, HA II, Nr. 31247, S. 48-57. Translated for NKIDP by Karl Ewers.",
     {{kArchival, "BStU, MfS, HA II, Nr. 31247, S. 48-57", "BStU",
       "Federal Commissioner for the Records of the State Security Service of the former GDR",
       {{"fond", "MfS"}, {"series", "HA II"}, {"nr", "31247"}, {"pages", "48-57"}}}}},
    {"file_number_and_pages", "PRC FMA 106-00437-07, 33-41. Translated by Lin Qiao.",
     {{kArchival, "PRC FMA 106-00437-07, 33-41", "PRC-FMA",
       "Archive of the Ministry of Foreign Affairs of the People's Republic of China",
       {{"file", "106-00437-07"}, {"pages", "33-41"}}}}},
    {"published_volume",
     "V\u0103n Ki\u1EC7n \u0110\u1EA3ng To\u00E0n T\u1EADp [Collected Party Documents], Volume 27 (Hanoi: National "
     "Political Publishing House, 2003), 112-131. Translated by Nguy\u1EC5n Minh Ch\u00E2u.",
     {{kPublished,
       "V\u0103n Ki\u1EC7n \u0110\u1EA3ng To\u00E0n T\u1EADp [Collected Party Documents], Volume 27 (Hanoi: National "
       "Political Publishing House, 2003), 112-131",
       "", "", {}}}},
    {"unknown_archive_named_before_the_first_unit", "Regional Party Archive of Irkutsk, Fond 5, Opis 2, Delo 17.",
     {{kArchival, "Regional Party Archive of Irkutsk, Fond 5, Opis 2, Delo 17", "", "Regional Party Archive of Irkutsk",
       {{"fond", "5"}, {"opis", "2"}, {"delo", "17"}}}}},
    // A Hungarian reference, printed without commas.
    {"hungarian_reference", "BStU, M-KS 288. f. 5/297. \u0151.e.",
     {{kArchival, "BStU, M-KS 288. f. 5/297. \u0151.e.", "BStU",
       "Federal Commissioner for the Records of the State Security Service of the former GDR",
       {{"collection", "M-KS"}, {"fond", "288"}, {"series", "5"}, {"ae", "297"}}}}},
    // The credits begin at the first of their markers, whichever it is.
    {"credits_at_the_first_marker",
     "APRF, Fond 3, Opis 65, Delo 829. Courtesy of the archive, translated by X. Edited by Y.",
     {{kArchival, "APRF, Fond 3, Opis 65, Delo 829", "APRF", kAprf, {{"fond", "3"}, {"opis", "65"}, {"delo", "829"}}}}},
    {"credits_after_a_comma", "APRF, Fond 3, Opis 65, translated by X. Courtesy of Y.",
     {{kArchival, "APRF, Fond 3, Opis 65", "APRF", kAprf, {{"fond", "3"}, {"opis", "65"}}}}},
    // An unknown archive's reference after a whole reference; its name is the components before
    // its first unit, commas and all.
    {"unknown_archive_after_numbers",
     "APRF, Fond 3, Delo 829 and Archiv der Stadt Wien, Abteilung Z, Box 603",
     {{kArchival, "APRF, Fond 3, Delo 829", "APRF", kAprf, {{"fond", "3"}, {"delo", "829"}}},
      {kArchival, "Archiv der Stadt Wien, Abteilung Z, Box 603", "", "Archiv der Stadt Wien, Abteilung Z",
       {{"box", "603"}}}}},
    // A part that names nothing: the reference's parts, one shelfmark.
    {"parts_not_understood_are_one_shelfmark", "APRF, Fond 3, a/b, Delo 5.",
     {{kArchival, "APRF, Fond 3, a/b, Delo 5", "APRF", kAprf, {{"shelfmark", "Fond 3, a/b, Delo 5"}}}}},
    {"nothing_recognizable_is_one_shelfmark", "Private papers of the author.",
     {{kArchival, "Private papers of the author", "", "", {{"shelfmark", "Private papers of the author"}}}}},
};

INSTANTIATE_TEST_SUITE_P(Spec, CitationParserTest, ::testing::ValuesIn(kCitationCases),
                         [](const ::testing::TestParamInfo<CitationCase>& info) { return info.param.label; });

TEST(CitationParserSplitTest, NoSourcesInAnEmptyCitation) {
  EXPECT_TRUE(ParseCitationSources("", Archives()).empty());
  EXPECT_TRUE(ParseCitationSources(kPrefix, Archives()).empty());
}

struct UnitCase {
  std::string component;
  bool fond_seen;
  std::string type, value;
};

TEST(CitationParserUnitTest, EveryUnitKeyword) {
  const std::vector<UnitCase> cases = {
      {"Fond 3", false, "fond", "3"},
      {"Fond 059a", false, "fond", "059a"},
      {"f. 558", false, "fond", "558"},
      {"F. 3", false, "fond", "3"},
      {"Opis 65", false, "opis", "65"},
      {"op. 11", false, "opis", "11"},
      {"Op. 12", false, "opis", "12"},
      {"Delo 829", false, "delo", "829"},
      {"d. 336", false, "delo", "336"},
      {"D. 1009", false, "delo", "1009"},
      {"Papka 11", false, "papka", "11"},
      {"List 89", false, "list", "89"},
      {"l. 12", false, "list", "12"},
      {"Listy 4-5", false, "listy", "4-5"},
      {"ll. 0041-0042", false, "listy", "0041-0042"},
      {"Ll. 41-43ob", false, "listy", "41-43ob"},
      {"A.E. 6214", false, "ae", "6214"},
      {"pp. 1-58", false, "pages", "1-58"},
      {"S. 48-57", false, "pages", "48-57"},
      {"Nr. 31247", false, "nr", "31247"},
      {"RG 59", false, "record-group", "59"},
      {"Record Group 242", false, "record-group", "242"},
      {"Box 8", false, "box", "8"},
      {"Item 47", false, "item", "47"},
      {"Matter 220/1973", false, "matter", "220/1973"},
      {"Issue 1582", false, "issue", "1582"},
      {"Vol. 3", false, "volume", "3"},
      {"Volume 27", false, "volume", "27"},
      // "f." counts folios after a fond or before a range.
      {"f. 211-213", false, "folios", "211-213"},
      {"f. 12", true, "folios", "12"},
      // Surrounding blanks and commas are not part of the component.
      {" Fond 3, ", false, "fond", "3"},
      // Not archival units.
      {"Pyongyang Telegrams", false, "", ""},
      {"Fond", false, "", ""},
      {"Fond MfS", false, "", ""},
      {"Listyx 4", false, "", ""},
      {"Listy 4 and 5", false, "", ""},
      {"", false, "", ""},
  };
  for (const UnitCase& c : cases) {
    SCOPED_TRACE("'" + c.component + "'");
    const auto [type, value] = ParseArchivalUnit(c.component, c.fond_seen);
    EXPECT_EQ(type, c.type);
    EXPECT_EQ(value, c.value);
  }
}

TEST(CitationParserSplitTest, SplitOutsideGroupsTable) {
  struct SplitCase {
    std::string text, separator;
    std::vector<std::string> parts;
  };
  const std::vector<SplitCase> cases = {
      {"APRF, Fond 3, Opis 65", ",", {"APRF", " Fond 3", " Opis 65"}},
      {"A (b, c), d [e, f], g", ",", {"A (b, c)", " d [e, f]", " g"}},
      {"A ([b, c]), d", ",", {"A ([b, c])", " d"}},
      {"", ";", {""}},
      {"a;b;", ";", {"a", "b", ""}},
      {"x and y (p and q) and z", " and ", {"x", "y (p and q)", "z"}},
      {"closed) early, then", ",", {"closed) early", " then"}},
      {"[unclosed, still inside", ",", {"[unclosed, still inside"}},
  };
  for (const SplitCase& c : cases) {
    SCOPED_TRACE("'" + c.text + "' at '" + c.separator + "'");
    EXPECT_EQ(SplitOutsideGroups(c.text, c.separator), c.parts);
  }
}

// The split's definition: every byte asked in turn.
std::vector<std::string> SplitByDefinition(std::string_view text, std::string_view separator) {
  std::vector<std::string> parts;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(' || text[i] == '[') ++depth;
    if ((text[i] == ')' || text[i] == ']') && depth > 0) --depth;
    if (depth == 0 && text.substr(i, separator.size()) == separator) {
      parts.emplace_back(text.substr(start, i - start));
      start = i + separator.size();
      i = start - 1;
    }
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

TEST(CitationParserSplitTest, SplitOutsideGroupsAsDefinedOnRandomTexts) {
  // Long enough for the sixteen-byte scan, with every sign it looks for and bytes outside ASCII.
  const std::vector<std::string> pieces = {"a", "Fond ", "3", " ", ",", ";", "(", ")", "[", "]", " and ", "and",
                                           "\u00E9", "\xFF", "\x80", ",,", "Opis 65, "};
  const std::vector<std::string> separators = {",", ";", " and "};
  std::mt19937 random(31);
  for (int round = 0; round < 6000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 60);
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    const std::string& separator = separators[random() % separators.size()];
    ASSERT_EQ(SplitOutsideGroups(text, separator), SplitByDefinition(text, separator))
        << "'" << text << "' at '" << separator << "'";
  }
}

// docs/encoding.md lists the idno types (schemas/edition.rng enforces them): every type the
// parser returns must be one of them.
TEST(CitationParserUnitTest, TypesAreThoseOfTheEncodingContract) {
  const std::vector<std::string> allowed = {"fond",  "opis",         "delo", "papka", "list",   "listy",  "ae",
                                            "pages", "folios",       "nr",   "record-group", "file", "box", "folder", "item",
                                            "series", "volume",      "matter", "issue", "release", "shelfmark"};
  for (const std::string component : {"Fond 1", "Opis 2", "Delo 3", "Papka 4", "List 5", "Listy 6-7", "A.E. 8",
                                      "pp. 9", "p. 10", "ff. 11-12", "Nr. 13", "RG 14", "Box 15", "Item 16",
                                      "Folder 17", "Series 18", "File 19", "Vol. 20", "Matter 21", "Issue 22", "Pap. 23"}) {
    SCOPED_TRACE(component);
    const std::string type = ParseArchivalUnit(component, false).first;
    ASSERT_FALSE(type.empty());
    EXPECT_NE(std::find(allowed.begin(), allowed.end(), type), allowed.end()) << "type '" << type << "'";
  }
}

}  // namespace
}  // namespace teipress
