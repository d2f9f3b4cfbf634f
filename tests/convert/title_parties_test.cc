// Who a title says sent a document to whom (ReadTitleParties), for title shapes of many archives
// and translators: a table of title -> sender and recipient ("kind:name", "" for none).
#include "title_parties.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "ascii_case.h"
#include "leading_words.h"

#include "test_support.h"

namespace teipress {
namespace {

using testing::Entry;

const Authority& TestAuthority() {
  static const Authority authority = [] {
    Authority a;
    a.Add(Entry("stalin", NameKind::kPerson, "Joseph Stalin", {"Stalin"}, {"Filippov"}));
    a.Add(Entry("beijing", NameKind::kPlace, "Beijing", {"Peking"}));
    return a;
  }();
  return authority;
}

std::string Describe(const std::optional<Correspondent>& party) {
  if (!party) return "";
  return std::string(party->kind == NameKind::kOrganization ? "org:" : party->kind == NameKind::kPerson ? "person:" : "other:") +
         party->name;
}

struct TitleCase {
  const char* title;
  const char* sender;
  const char* recipient;
};

class TitlePartiesTest : public ::testing::TestWithParam<TitleCase> {};

TEST_P(TitlePartiesTest, NamesSenderAndRecipient) {
  const TitleCase& c = GetParam();
  SCOPED_TRACE(c.title);
  const TitleCorrespondence found = ReadTitleParties(c.title, TestAuthority());
  EXPECT_EQ(Describe(found.letter.sender), c.sender);
  EXPECT_EQ(Describe(found.letter.recipient), c.recipient);
}

const TitleCase kTitleCases[] = {
    // The genre, a comma or a colon, then "A to B".
    {"Telegram, Polish Embassy in Sofia to the Ministry of Foreign Affairs, Warsaw", "org:Polish Embassy in Sofia",
     "org:Ministry of Foreign Affairs"},
    {"Letter, Enver Hoxha to Mehmet Shehu", "person:Enver Hoxha", "person:Mehmet Shehu"},
    {"Cable from Algiers: Yugoslav Trade Mission to the Federal Secretariat for Foreign Affairs",
     "org:Yugoslav Trade Mission", "org:Federal Secretariat for Foreign Affairs"},
    {"Cable No. 412, Bulgarian Legation in Rome to the Foreign Ministry", "org:Bulgarian Legation in Rome",
     "org:Foreign Ministry"},
    // The recipient first.
    {"Letter to the Central Committee of the PCI from Palmiro Togliatti", "person:Palmiro Togliatti",
     "org:Central Committee of the PCI"},
    {"Cable to the Foreign Ministry in Sofia from Ambassador Petar Panchevski in Beijing",
     "person:Petar Panchevski", "org:Foreign Ministry in Sofia"},
    // A comma after a name is an apposition, not the end of the genre.
    {"Cable from Imre Horváth, Hungarian Minister in Prague, to the Foreign Ministry", "person:Imre Horváth",
     "org:Foreign Ministry"},
    // An office, then the titled person who holds it.
    {"Memorandum by the Commander of the Baltic Fleet, Admiral V. F. Tributs, for the Minister of Defence",
     "person:V. F. Tributs", "person:Minister of Defence"},
    {"Letter from the Secretary of the PCF Central Committee, Jacques Duclos, to the SED", "person:Jacques Duclos",
     "org:SED"},
    // A sent genre "of" an office or organization, with a subject and no addressee.
    {"Report of the Romanian Consul in Shanghai, Colonel Dumitru Ene, on the Harbour Strike",
     "person:Dumitru Ene", ""},
    {"Information of the State Security Committee on Émigré Circles", "org:State Security Committee", ""},
    // Kept, not sent: no sender.
    {"Diary of Ion Popescu, Romanian Ambassador in Cairo, 4-9 May 1962", "", ""},
    {"Notes of Marshal Tito's Talk with the Soviet Ambassador", "", ""},
    // An organization's word that an office's word qualifies.
    {"Information from the Czechoslovak Consulate General in Bratislava", "org:Czechoslovak Consulate General in Bratislava",
     ""},
    // "to" of an office's own title still joins the parties when nothing else does.
    {"Note from the Indian Mission to the Ministry of External Affairs", "org:Indian Mission",
     "org:Ministry of External Affairs"},
    {"Soviet Ambassador to the GDR M. G. Pervukhin to Walter Ulbricht", "person:M. G. Pervukhin",
     "person:Walter Ulbricht"},    // "for" a month, a year or a period names no party, and ends the party before it.
    {"Report of the Soviet Embassy in Hanoi for January and February 1963", "org:Soviet Embassy in Hanoi", ""},
    {"Political Report of the Hungarian Legation in Peking for 1957", "org:Hungarian Legation in Peking", ""},
    {"Report from Ambassador Józef Winiewicz to the Foreign Ministry for the First Quarter of 1960",
     "person:Józef Winiewicz", "org:Foreign Ministry"},
    {"Report from the Trade Mission to the Soviet Foreign Ministry for the period from 1 January to 30 June 1962",
     "org:Trade Mission", "org:Soviet Foreign Ministry"},
    {"Information from the Embassy in Prague for the months of May and June", "org:Embassy in Prague", ""},
    // ... but "for" an office or a body does.
    {"Report by the Military Attaché in Hanoi for the First Secretary", "person:Military Attaché in Hanoi",
     "person:First Secretary"},
    // An order addressed to a body: a genre "of" its issuer.
    {"Order of the Commander-in-Chief of the Joint Armed Forces to the Group of Soviet Forces in Germany",
     "person:Commander-in-Chief of the Joint Armed Forces", "org:Group of Soviet Forces in Germany"},
    // A phrase is read without its notes, quotation marks and runs of white space (each cleaned once).
    {"Letter from Filippov [Stalin] to Mao Zedong", "person:Filippov", "person:Mao Zedong"},
    {"Letter from  Enver   Hoxha to Mehmet\tShehu", "person:Enver Hoxha", "person:Mehmet Shehu"},
    {"Letter from \u201CEnver Hoxha\u201D to \"Mehmet Shehu\"", "person:Enver Hoxha", "person:Mehmet Shehu"},
    // ... however the phrase is reached: two parties joined by "and", a loose "to" after an office's word.
    {"Letter from  Kim Il Sung [Kim Il-song]  and  Pak Heon-yeong to\tStalin [Filippov]", "person:Kim Il Sung",
     "person:Stalin"},
    {"Note from the  Indian Mission [New Delhi]  to the Ministry of  External Affairs", "org:Indian Mission",
     "org:Ministry of External Affairs"},
    // Two parties joined by "and": the first is the sender (the second one of the further senders).
    {"Letter from Kim Il Sung and Pak Heon-yeong to Stalin", "person:Kim Il Sung", "person:Stalin"},
    {"Joint Message of the Polish and Czechoslovak Governments to the Soviet Government", "org:Polish Government",
     "org:Soviet Government"},
    // The subject after the parties, by each of its markers.
    {"Letter from Enver Hoxha to Mehmet Shehu regarding the Harvest", "person:Enver Hoxha", "person:Mehmet Shehu"},
    {"Letter from Enver Hoxha to Mehmet Shehu, \u2018The Harvest\u2019", "person:Enver Hoxha", "person:Mehmet Shehu"},
    {"Letter from Enver Hoxha to Mehmet Shehu re: the Harvest", "person:Enver Hoxha", "person:Mehmet Shehu"},
};

INSTANTIATE_TEST_SUITE_P(Spec, TitlePartiesTest, ::testing::ValuesIn(kTitleCases));

// Titles read from their opening words: a genre "of" its sender (after a qualifying word, with a
// word of its own), a possessive sender, a recipient before the sender.
const TitleCase kOpeningCases[] = {
    {"Note Verbale of the Ministry of Foreign Affairs to the Embassy of Poland", "org:Ministry of Foreign Affairs",
     "org:Embassy of Poland"},
    {"Urgent Telegram of the Soviet Embassy in Beijing to the Foreign Ministry", "org:Soviet Embassy in Beijing",
     "org:Foreign Ministry"},
    {"Report of the Hungarian Embassy", "org:Hungarian Embassy", ""},
    {"Kim Il Sung's Letter to Mao Zedong", "person:Kim Il Sung", "person:Mao Zedong"},
    {"Kim Il Sung's Urgent Secret Letter to Mao Zedong", "person:Kim Il Sung", "person:Mao Zedong"},
    // (The genre among the first three words after the possessive, else the title joins two parties.)
    {"Kim Il Sung's Very Long Secret Letter to Mao Zedong", "person:Kim Il Sung's Very Long Secret Letter",
     "person:Mao Zedong"},
    // (The recipient first after a genre of three words at most.)
    {"Telegram Number Twelve to the Foreign Ministry from Ambassador Petar Panchevski", "person:Petar Panchevski",
     "org:Foreign Ministry"},
    {"Telegram Number Twelve Urgently to the Foreign Ministry from Ambassador Petar Panchevski",
     "person:Petar Panchevski", ""},
    {"Urgent Telegram to the Foreign Ministry from Ambassador Petar Panchevski", "person:Petar Panchevski", ""},
};

INSTANTIATE_TEST_SUITE_P(Opening, TitlePartiesTest, ::testing::ValuesIn(kOpeningCases));

// The title's words are compared ignoring their case: a title in capitals reads as the same title.
const TitleCase kCapitalizedTitleCases[] = {
    {"Cuban AMBASSADOR to the USSR Carlos Olivares to Foreign Minister Raúl Roa", "person:Carlos Olivares",
     "person:Raúl Roa"},
    {"RESOLUTION OF the Presidium of the Central Committee on the Tasks of the Party", "org:Presidium of the Central Committee", ""},
    {"Report from the Embassy in Prague to the Foreign Ministry for THE FIRST QUARTER of 1960", "org:Embassy in Prague",
     "org:Foreign Ministry"},
    {"REPORT of the Hungarian Embassy in Hanoi on the Situation", "org:Hungarian Embassy in Hanoi", ""},
};

INSTANTIATE_TEST_SUITE_P(Capitals, TitlePartiesTest, ::testing::ValuesIn(kCapitalizedTitleCases));

struct RecordCase {
  const char* title;
  bool is_record;
};

class TitleRecordTest : public ::testing::TestWithParam<RecordCase> {};

TEST_P(TitleRecordTest, KnowsARecordBySpeechOrMeeting) {
  const RecordCase& c = GetParam();
  SCOPED_TRACE(c.title);
  EXPECT_EQ(ReadTitleParties(c.title, TestAuthority()).is_record, c.is_record);
}

const RecordCase kRecordCases[] = {
    {"Record of Conversation between Mao Zedong and Stalin", true},
    {"  RECORD OF CONVERSATION between Mao Zedong and Stalin", true},
    {"Minutes of the Politburo Meeting", true},
    {"Ambassador Puzanov's Conversation with Kim Il Sung", true},
    {"AMBASSADOR PUZANOV'S CONVERSATION WITH KIM IL SUNG", true},
    {"Zhou Enlai\u2019S Talks Between the Delegations", true},
    {"Kim Il Sung's Letter to Mao Zedong", false},
    {"Kim Il Sung's Conversation", false},  // (a talk with nobody named is no record)
    {"Letter from Enver Hoxha to Mehmet Shehu", false},
};

INSTANTIATE_TEST_SUITE_P(Spec, TitleRecordTest, ::testing::ValuesIn(kRecordCases));

// A joint document's further parties, one after "and" on either side.
TEST(TitlePartiesTest, NamesTheFurtherPartiesOfAJointDocument) {
  const TitleCorrespondence senders =
      ReadTitleParties("Letter from Kim Il Sung and Pak Heon-yeong to Stalin", TestAuthority());
  ASSERT_EQ(senders.letter.more_senders.size(), 1u);
  EXPECT_EQ(senders.letter.more_senders.front().name, "Pak Heon-yeong");
  EXPECT_TRUE(senders.letter.more_recipients.empty());
  const TitleCorrespondence recipients =
      ReadTitleParties("Letter from Stalin to Kim Il Sung and Pak Heon-yeong", TestAuthority());
  EXPECT_TRUE(recipients.letter.more_senders.empty());
  ASSERT_EQ(recipients.letter.more_recipients.size(), 1u);
  EXPECT_EQ(recipients.letter.more_recipients.front().name, "Pak Heon-yeong");
  const TitleCorrespondence governments = ReadTitleParties(
      "Joint Message of the Polish and Czechoslovak Governments to the Soviet Government", TestAuthority());
  ASSERT_EQ(governments.letter.more_senders.size(), 1u);
  EXPECT_EQ(governments.letter.more_senders.front().name, "Czechoslovak Government");
}

// The comparisons that ignore the text's case against their definitions on AsciiLower, on random
// text over an alphabet that makes matches likely.
TEST(AsciiCaseTest, AgreesWithComparingTheLoweredText) {
  std::mt19937 random(20261208);
  const std::string_view alphabet = "aAbB's \xE2";
  const auto random_text = [&](size_t longest) {
    std::string text(random() % (longest + 1), ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    return text;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string text = random_text(8);
    std::string lower = AsciiLower(random_text(3));
    SCOPED_TRACE("'" + text + "' / '" + lower + "'");
    EXPECT_EQ(EqualsIgnoringAsciiCase(text, lower), AsciiLower(text) == lower);
    EXPECT_EQ(StartsWithIgnoringAsciiCase(text, lower), StartsWith(AsciiLower(text), lower));
    if (!lower.empty()) {
      EXPECT_EQ(FindIgnoringAsciiCase(text, lower), AsciiLower(text).find(lower));
    }
  }
  EXPECT_TRUE(EqualsIgnoringAsciiCase("Conversation", "conversation"));
  EXPECT_FALSE(EqualsIgnoringAsciiCase("conversation", "Conversation"));  // (the second is lower case)
  EXPECT_EQ(FindIgnoringAsciiCase("PUZANOV'S TALK", "'s "), 7u);
  EXPECT_EQ(FindIgnoringAsciiCase("A's", "'s "), std::string_view::npos);
  EXPECT_EQ(FindIgnoringAsciiCase("'x 'S 's ", "'s "), 3u);
}

// "A to B, transmitting ...": the cover's parties and the transmitted letter's; a title with other
// words in "-ing" has no cover.
TEST(TitlePartiesTest, ReadsTheCoverAndTheLetterItTransmits) {
  for (const char* title : {"Note from Razuvaev to Gromyko, forwarding Letter from Kim Il Sung to Stalin",
                            "Note from Razuvaev to Gromyko transmitting Letter from Kim Il Sung to Stalin"}) {
    SCOPED_TRACE(title);
    const TitleCorrespondence found = ReadTitleParties(title, TestAuthority());
    EXPECT_EQ(Describe(found.cover.sender), "person:Razuvaev");
    EXPECT_EQ(Describe(found.cover.recipient), "person:Gromyko");
    EXPECT_EQ(Describe(found.letter.sender), "person:Kim Il Sung");
    EXPECT_EQ(Describe(found.letter.recipient), "person:Stalin");
  }
  const TitleCorrespondence briefing =
      ReadTitleParties("Briefing Note from Razuvaev to Gromyko regarding Beijing", TestAuthority());
  EXPECT_FALSE(briefing.cover.sender);
  EXPECT_FALSE(briefing.cover.recipient);
  EXPECT_EQ(Describe(briefing.letter.sender), "person:Razuvaev");
  EXPECT_EQ(Describe(briefing.letter.recipient), "person:Gromyko");
}

// One party named by a phrase, and whether it names a person by office only.
struct PhraseCase {
  const char* phrase;
  const char* party;
  bool office_only;
};

class PartyNamedTest : public ::testing::TestWithParam<PhraseCase> {};

TEST_P(PartyNamedTest, NamesThePartyAndKnowsAnOfficeAlone) {
  const PhraseCase& c = GetParam();
  SCOPED_TRACE(c.phrase);
  const std::optional<Correspondent> party = PartyNamed(c.phrase, TestAuthority());
  EXPECT_EQ(Describe(party), c.party);
  if (party) {
    EXPECT_EQ(NamesOfficeOnly(*party), c.office_only);
  }
}

const PhraseCase kPhraseCases[] = {
    {"Foreign Minister Ra\u00FAl Roa", "person:Ra\u00FAl Roa", false},
    {"the Soviet Minister of Defence", "person:Soviet Minister of Defence", true},
    {"Korean Ambassador in Tokyo", "person:Korean Ambassador in Tokyo", true},
    {"Ambassador Henryk Grochulski in Budapest", "person:Henryk Grochulski", false},
    {"Deputy Director of Central Intelligence Cabell", "person:Cabell", false},
    {"Shmuel Eliashiv, Israeli Minister in Moscow", "person:Shmuel Eliashiv", false},
    {"the Chief of the General Staff, Marshal M. V. Zakharov", "person:M. V. Zakharov", false},
    {"the Soviet Ambassador, Yudin", "person:Yudin", false},
    {"Ambassador \u00D3scar Oramas, Luanda", "person:\u00D3scar Oramas", false},
    {"the Hungarian Embassy in Hanoi", "org:Hungarian Embassy in Hanoi", false},
    // Members of an institution (two words at most, a plural) are a group named with it.
    {"the Students of the Peking University", "org:Students of the Peking University", false},
    {"revolutionary students of the Hungarian Academy of Sciences",
     "org:revolutionary students of the Hungarian Academy of Sciences", false},
    {"Three Hungarian Students of the Academy", "person:Three Hungarian Students of the Academy", false},
    {"the Students of the university", "person:Students of the university", false},  // (no capital)
    // (A particle opens no name, and a lower-case word before the run makes it none.)
    {"Ambassador van Gogh", "person:Ambassador van Gogh", true},
};

INSTANTIATE_TEST_SUITE_P(Spec, PartyNamedTest, ::testing::ValuesIn(kPhraseCases));

// The opening words are SplitWords' first words, never more than asked for.
template <size_t kMost>
void ExpectLeadingWordsOf(const std::string& text) {
  const std::vector<std::string_view> all = SplitWords(text);
  const LeadingWords<kMost> leading(text);
  ASSERT_EQ(leading.size(), std::min(kMost, all.size())) << "'" << text << "'";
  EXPECT_EQ(leading.empty(), all.empty());
  for (size_t k = 0; k < leading.size(); ++k) {
    EXPECT_EQ(leading[k], all[k]);
    EXPECT_EQ(leading[k].data(), all[k].data());  // (views into the text, as SplitWords')
  }
  EXPECT_EQ(static_cast<size_t>(leading.end() - leading.begin()), leading.size());
  if (!leading.empty()) {
    EXPECT_EQ(leading.front(), all.front());
  }
}

TEST(LeadingWordsTest, AreTheFirstWordsSplitWordsFinds) {
  std::mt19937 random(7);
  const std::string_view alphabet = "ab \t\n\r.\xC3";
  for (int round = 0; round < 5000; ++round) {
    std::string text(random() % 24, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    ExpectLeadingWordsOf<1>(text);
    ExpectLeadingWordsOf<3>(text);
    ExpectLeadingWordsOf<6>(text);
  }
}

}  // namespace
}  // namespace teipress
