// Unit tests of the correspondence finder: sender, recipient, intermediary and dispatch date of a
// seed-like telegram, and the title as a fallback.
#include "correspondence.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "converter.h"
#include "test_support.h"

namespace teipress {
namespace {

using testing::Entry;

const Authority& TestAuthority() {
  static const Authority authority = [] {
    Authority a;
    a.Add(Entry("stalin", NameKind::kPerson, "Joseph Stalin", {"Stalin"}, {"Filippov"}));
    a.Add(Entry("mao-zedong", NameKind::kPerson, "Mao Zedong", {"Mao"}));
    a.Add(Entry("krasovsky", NameKind::kPerson, "Stepan Krasovsky", {"Krasovsky"}));
    a.Add(Entry("kim-il-sung", NameKind::kPerson, "Kim Il Sung"));
    a.Add(Entry("pak-heon-yeong", NameKind::kPerson, "Pak Heon-yeong"));
    a.Add(Entry("razuvaev", NameKind::kPerson, "Vladimir Razuvaev", {"Razuvaev"}));
    a.Add(Entry("gromyko", NameKind::kPerson, "Andrei Gromyko", {"Gromyko"}));
    a.Add(Entry("beijing", NameKind::kPlace, "Beijing"));
    a.Add(Entry("cc-vkpb", NameKind::kOrganization, "All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE"));
    return a;
  }();
  return authority;
}

std::string Export(const std::string& date_line, const std::string& title, const std::string& body) {
  return "\n\n" + (date_line.empty() ? "" : date_line + "\n\n") + title +
         "\n\nCitation:\n\n\u201C" + title + ",\u201D History and Public Policy Program Digital Archive, APRF, Fond 3.\n"
         "<http://digitalarchive.wilsoncenter.org/document/900100>\n\nSummary:\n\nA test.\n\nOriginal Language:\n\n"
         "Russian\n\nContents:\n\n- English Translation\n\n" + body;
}

std::vector<CorrespondenceAction> Find(const std::string& text) {
  Document document;
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(ReadDocument(text, "900100.txt", TestAuthority(), document, diagnostics));
  return FindCorrespondence(document, TestAuthority());
}

struct Party {
  std::string type, ref, when;
  bool operator==(const Party&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Party& p) { return out << p.type << " #" << p.ref << " " << p.when; }

std::vector<Party> Summary(const std::vector<CorrespondenceAction>& actions) {
  std::vector<Party> out;
  for (const CorrespondenceAction& action : actions) {
    EXPECT_EQ(action.parties.size(), 1u);
    out.push_back({CorrespondenceActionName(action.type), action.parties.empty() ? "" : action.parties[0].ref, action.date.when});
  }
  return out;
}

const std::string kSeedBody =
    "Excerpt from protocol No. 83 of meeting of the Politburo CC VKP(b)\n\n"
    "Decision of 28 August 1951\n\n"
    "280. Telegram of Comrade Mao Zedong of 27 August (No. 4279)\n\n"
    "To adopt the attached draft answer of Comrade Filippov to Comrade Mao Zedong.\n"
    "SECRETARY CC\n\n"
    "To p.280(op) pr.PB No. 83\n\n"
    "TOP SECRET\nBEIJING\nTO KRASOVSKY\n\n"
    "For transmission to MAO ZEDONG\n\n"
    "\"Comrade Mao Zedong!\n\n"
    "We received your telegram of August 27.\n\n"
    "FILIPPOV [Stalin].\"\n\n"
    "[The telegram was sent to Beijing on August 29.]\n";

TEST(CorrespondenceTest, SeedLikeTelegram) {
  const auto actions = Find(Export("August 28, 1951", "CC Politburo decision with approved message from Stalin to Mao Zedong",
                                   kSeedBody));
  EXPECT_EQ(Summary(actions), (std::vector<Party>{{"sent", "stalin", "1951-08-29"},
                                                  {"received", "mao-zedong", ""},
                                                  {"transmitted", "krasovsky", ""}}));
  ASSERT_EQ(actions.size(), 3u);
  EXPECT_EQ(actions[0].parties[0].kind, NameKind::kPerson);
  EXPECT_EQ(actions[1].parties[0].kind, NameKind::kPerson);
}

TEST(CorrespondenceTest, NoDispatchNoteNoDate) {
  std::string body = kSeedBody.substr(0, kSeedBody.find("[The telegram"));
  const auto actions = Find(Export("August 28, 1951", "CC Politburo decision", body));
  ASSERT_FALSE(actions.empty());
  EXPECT_EQ(actions[0].type, CorrespondenceAction::Type::kSent);
  EXPECT_TRUE(actions[0].date.empty());
}

// The editor's dispatch note is read whatever its case.
TEST(CorrespondenceTest, DispatchNoteInAnyCase) {
  for (const std::string note : {"[THE TELEGRAM WAS SENT TO BEIJING ON AUGUST 29.]",
                                 "[The telegram was Transmitted to Beijing on August 29.]"}) {
    SCOPED_TRACE(note);
    std::string body = kSeedBody.substr(0, kSeedBody.find("[The telegram")) + note + "\n";
    const auto actions = Find(Export("August 28, 1951", "CC Politburo decision", body));
    ASSERT_FALSE(actions.empty());
    EXPECT_EQ(actions[0].type, CorrespondenceAction::Type::kSent);
    EXPECT_EQ(actions[0].date.when, "1951-08-29");
  }
}

TEST(CorrespondenceTest, AddresseeWithoutTransmissionLineIsTheRecipient) {
  const auto actions = Find(Export("August 28, 1951", "Telegram",
                                   "TOP SECRET\nBEIJING\nTO KRASOVSKY\n\nWe received your telegram.\n\nFILIPPOV [Stalin]\n"));
  EXPECT_EQ(Summary(actions), (std::vector<Party>{{"sent", "stalin", ""}, {"received", "krasovsky", ""}}));
}

// "For the <office>" / "To the <body>" without a colon among the first lines addresses the document;
// a sentence that starts the same way does not.
TEST(CorrespondenceTest, AddressLineWithoutColon) {
  const auto addressed = Find(Export("May 3, 1962", "Report",
                                     "For the Chief of the General Staff of the Polish Army\n\nREPORT\n\n"
                                     "The exercise ended on 2 May.\n"));
  ASSERT_EQ(addressed.size(), 1u);
  EXPECT_EQ(addressed[0].type, CorrespondenceAction::Type::kReceived);
  EXPECT_EQ(addressed[0].parties[0].name, "Chief of the General Staff of the Polish Army");
  EXPECT_EQ(addressed[0].parties[0].kind, NameKind::kPerson);
  const auto sentence = Find(Export("May 3, 1962", "Report",
                                    "For the first time the Ministry sent observers to the exercise.\n"));
  EXPECT_TRUE(sentence.empty());
}

TEST(CorrespondenceTest, TitleSuppliesTheRecipient) {
  const auto actions = Find(Export("", "Handwritten Note from Pak Heon-yeong to Kim Il Sung (undated)",
                                   "Comrade Premier,\n\nPlease decide today.\n\nPak Heon-yeong\n"));
  EXPECT_EQ(Summary(actions), (std::vector<Party>{{"sent", "pak-heon-yeong", ""}, {"received", "kim-il-sung", ""}}));
  ASSERT_EQ(actions.size(), 2u);
  EXPECT_EQ(actions[1].parties[0].name, "Kim Il Sung");
}

TEST(CorrespondenceTest, TitleWithBracketBetweenTheNames) {
  const auto actions = Find(Export("November 27, 1950", "Ciphered Telegram, Filippov [Stalin] to Mao Zedong",
                                   "Your telegram has been received.\n\nFILIPPOV [Stalin]\n"));
  EXPECT_EQ(Summary(actions), (std::vector<Party>{{"sent", "stalin", ""}, {"received", "mao-zedong", ""}}));
}

std::vector<CorrespondenceAction> FindCover(const std::string& text) {
  Document document;
  std::vector<Diagnostic> diagnostics;
  EXPECT_TRUE(ReadDocument(text, "900100.txt", TestAuthority(), document, diagnostics));
  return FindCoverCorrespondence(document, TestAuthority());
}

// The cover names its own parties; the transmitted letter keeps the body's (and the title's
// second pair), not the cover's.
TEST(CorrespondenceTest, CoverTelegramTransmittingALetter) {
  const std::string text =
      Export("March 14, 1951",
             "Ciphered Telegram No. 601127, Razuvaev to Cde. Gromyko, transmitting Letter from Kim Il Sung to I.V. Stalin",
             "Comrade GROMYKO\n\nI am relaying the text of a letter.\n\nRAZUVAEV\n\n* * * * *\n\n"
             "DEEPLY RESPECTED Comrade Stalin!\n\nWe ask for your help.\n\nKIM IL SUNG\n");
  EXPECT_EQ(Summary(FindCover(text)), (std::vector<Party>{{"sent", "razuvaev", ""}, {"received", "gromyko", ""}}));
}

TEST(CorrespondenceTest, TitleWithoutTransmittalHasNoCover) {
  EXPECT_TRUE(FindCover(Export("", "Handwritten Note from Pak Heon-yeong to Kim Il Sung (undated)",
                               "Comrade Premier,\n\nPlease decide today.\n\nPak Heon-yeong\n"))
                  .empty());
  // "transmitting" with no known pair before it claims nobody.
  EXPECT_TRUE(FindCover(Export("", "Embassy cable transmitting Letter from Kim Il Sung to Stalin", "Text.\n")).empty());
}

TEST(CorrespondenceTest, NothingKnownNothingClaimed) {
  EXPECT_TRUE(Find(Export("August 28, 1951", "Report on the harvest", "The harvest was good.\n\nThe rains came late.\n"))
                  .empty());
}

// The names of the parties of one action, in order.
std::vector<std::string> Names(const CorrespondenceAction& action) {
  std::vector<std::string> names;
  for (const Correspondent& party : action.parties) names.push_back(party.name);
  return names;
}

// Signatures printed side by side (a wide run of spaces or a tab): one signer a column.
TEST(CorrespondenceTest, SignaturesSideBySide) {
  const auto spaces = Find(Export("April 22, 1955", "Joint Communique",
                                  "The two prime ministers agreed.\n\nAli Sastroamidjojo          Tjou En-lai\n"));
  ASSERT_EQ(spaces.size(), 1u);
  EXPECT_EQ(spaces[0].type, CorrespondenceAction::Type::kSent);
  EXPECT_EQ(Names(spaces[0]), (std::vector<std::string>{"Ali Sastroamidjojo", "Tjou En-lai"}));
  // Under the parties' headings, printed in columns too (which name no addressee).
  const auto agreement = Find(Export("April 22, 1955", "Agreement",
                                     "Both governments shall grant each other the most-favoured-nation treatment.\n\n"
                                     "For the Government of Finland\tFor the Government of Poland\n"
                                     "T. Junnila\tK. Dabrowski\n"));
  ASSERT_EQ(agreement.size(), 1u);
  EXPECT_EQ(agreement[0].type, CorrespondenceAction::Type::kSent);
  EXPECT_EQ(Names(agreement[0]), (std::vector<std::string>{"T. Junnila", "K. Dabrowski"}));
}

// A rank or an office in one column is the role of the name in the other: one signer a line.
TEST(CorrespondenceTest, RankBesideTheName) {
  const auto one = Find(Export("May 3, 1962", "Order", "The units shall return to their barracks.\n\n"
                                                        "Marshal of the Soviet Union        I. Konev\n"));
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(Names(one[0]), (std::vector<std::string>{"I. Konev"}));
  EXPECT_EQ(one[0].parties[0].kind, NameKind::kPerson);
  const auto two = Find(Export("May 3, 1962", "Decree", "The armed forces shall be reduced by a third.\n\n"
                                                         "Chairman of the Council of Ministers\tA. Zasyadko\n"
                                                         "Administrator of Affairs of the Council of Ministers\tS. Smirnyukov\n"));
  ASSERT_EQ(two.size(), 1u);
  EXPECT_EQ(Names(two[0]), (std::vector<std::string>{"A. Zasyadko", "S. Smirnyukov"}));
  // A place and a date in columns sign for nobody.
  EXPECT_TRUE(Find(Export("May 3, 1962", "Report on the harvest", "The harvest was good this year.\n\n"
                                                                   "Bandung          22 April 1955\n"))
                  .empty());
}

// An address naming the addressee by office and by name is addressed to the person.
TEST(CorrespondenceTest, AddresseeByOfficeAndName) {
  const auto excellency = Find(Export("December 8, 1961", "Letter on West Irian",
                                      "To His Excellency the Minister of Foreign Affairs, Mr. J. M. A. H. Luns, The Hague\n\n"
                                      "Excellency,\n\nI have the honour to propose talks.\n"));
  ASSERT_EQ(excellency.size(), 1u);
  EXPECT_EQ(excellency[0].type, CorrespondenceAction::Type::kReceived);
  EXPECT_EQ(Names(excellency[0]), (std::vector<std::string>{"J. M. A. H. Luns"}));
  EXPECT_EQ(excellency[0].parties[0].kind, NameKind::kPerson);
  const auto comrade = Find(Export("June 3, 1957", "Letter on the delegation",
                                   "To Comrade P. F. Yudin, Ambassador of the USSR in the PRC\n\n"
                                   "Dear Comrade Yudin,\n\nWe send you the materials.\n"));
  ASSERT_EQ(comrade.size(), 1u);
  EXPECT_EQ(Names(comrade[0]), (std::vector<std::string>{"P. F. Yudin"}));
}

// "Dr." before a signature is the form of address, not the name.
TEST(CorrespondenceTest, TitledSignature) {
  const auto actions = Find(Export("December 8, 1961", "Letter from the Indonesian Minister of Foreign Affairs",
                                   "I have the honour to propose talks.\n\n"
                                   "Please accept the assurances of my highest consideration,\n\nDr. Subandrio\n"));
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0].type, CorrespondenceAction::Type::kSent);
  EXPECT_EQ(Names(actions[0]), (std::vector<std::string>{"Subandrio"}));
}

// A signature after a closing formula (six words at most, ending in a comma) names the sender as
// printed when its words are a name's, five at most.
TEST(CorrespondenceTest, SignatureAfterAClosingFormula) {
  const auto signer = [](const std::string& closing, const std::string& signature) {
    const auto actions =
        Find(Export("December 8, 1961", "Letter on West Irian",
                    "I have the honour to propose talks on the future of the territory.\n\n" + closing + "\n\n" +
                        signature + "\n"));
    return actions.empty() ? std::string("(none)") : Names(actions[0]).front();
  };
  EXPECT_EQ(signer("With my highest consideration,", "Ali Sastroamidjojo"), "Ali Sastroamidjojo");
  EXPECT_EQ(signer("Please accept my very highest consideration,", "Ali Sastroamidjojo"), "Ali Sastroamidjojo");
  EXPECT_EQ(signer("With my highest consideration,", "Raden Mas Ali Sastro Amidjojo"), "Raden Mas Ali Sastro Amidjojo");
  EXPECT_EQ(signer("With my highest consideration,", "Raden Mas Haji Ali Sastro Amidjojo"), "(none)");
}

// The title's party and the body's are one party whatever their case; the fuller name is kept.
TEST(CorrespondenceTest, TheFullerNameOfOneParty) {
  const auto actions = Find(Export("May 3, 1962", "Telegram from Cabell to the Foreign Ministry",
                                   "FROM: C. P. CABELL\n\nThe exercise ended on 2 May.\n"));
  ASSERT_FALSE(actions.empty());
  EXPECT_EQ(actions[0].type, CorrespondenceAction::Type::kSent);
  EXPECT_EQ(Names(actions[0]), (std::vector<std::string>{"C. P. CABELL"}));
}

}  // namespace
}  // namespace teipress
