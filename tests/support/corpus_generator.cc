#include "corpus_generator.h"

#include <array>
#include <string_view>
#include <vector>

#include <boost/filesystem/path.hpp>

#include "file_io.h"

namespace teipress::testing {
namespace {

// SplitMix64: small, fast, and the same sequence on every platform (std:: distributions are not).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  int Between(int low, int high) { return low + static_cast<int>(Below(static_cast<size_t>(high - low + 1))); }
  bool Chance(int percent) { return Below(100) < static_cast<size_t>(percent); }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[Below(N)];
  }

 private:
  uint64_t state_;
};

using Words = std::string_view;

// People as the sources name them (forms from tei/authority/persons.xml, so that they link), and
// a few the authority files do not know.
struct Person {
  Words surname;   // "Stalin"
  Words full;      // "I.V. Stalin"
  Words role;      // "Chairman of the Council of Ministers"
};
constexpr std::array<Person, 32> kPeople = {{
    {"Stalin", "I.V. Stalin", "Chairman of the Council of Ministers of the USSR"},
    {"Mao Zedong", "Mao Zedong", "Chairman of the Central People's Government"},
    {"Kim Il Sung", "Kim Il Sung", "Chairman of the Cabinet of Ministers of the DPRK"},
    {"Zhou Enlai", "Zhou Enlai", "Premier of the State Council"},
    {"Molotov", "V. M. Molotov", "Minister of Foreign Affairs"},
    {"Malenkov", "G. M. Malenkov", "Secretary of the Central Committee"},
    {"Vyshinsky", "A. Ya. Vyshinsky", "Minister of Foreign Affairs of the USSR"},
    {"Gromyko", "A. A. Gromyko", "Deputy Minister of Foreign Affairs"},
    {"Khrushchev", "N. S. Khrushchev", "First Secretary of the CPSU Central Committee"},
    {"Mikoyan", "A. I. Mikoyan", "First Deputy Chairman of the Council of Ministers"},
    {"Bulganin", "N. A. Bulganin", "Chairman of the Council of Ministers"},
    {"Puzanov", "A. M. Puzanov", "Ambassador of the USSR in the DPRK"},
    {"Brezhnev", "L. I. Brezhnev", "General Secretary of the CPSU Central Committee"},
    {"Suslov", "M. A. Suslov", "Secretary of the Central Committee"},
    {"Kádár", "János Kádár", "First Secretary of the HSWP"},
    {"Apró", "Antal Apró", "member of the Political Committee"},
    {"Tsedenbal", "Yumjaagiin Tsedenbal", "Chairman of the Council of Ministers of the MPR"},
    {"Le Duan", "Le Duan", "First Secretary of the Vietnam Workers' Party"},
    {"Nam Il", "Nam Il", "Minister of Foreign Affairs of the DPRK"},
    {"Pak Heon-yeong", "Pak Heon-yeong", "Minister of Foreign Affairs of the DPRK"},
    {"Todor Zhivkov", "Todor Zhivkov", "First Secretary of the CC BCP"},
    {"Winiewicz", "Józef Winiewicz", "Deputy Minister of Foreign Affairs of Poland"},
    {"Macovescu", "George Macovescu", "Minister of Foreign Affairs of Romania"},
    {"Li Xiannian", "Li Xiannian", "Vice Premier"},
    {"Krasovsky", "S. A. Krasovsky", "chief military adviser"},
    {"Roshchin", "N. V. Roshchin", "Ambassador of the USSR in the PRC"},
    {"Gao Gang", "Gao Gang", "Chairman of the Northeast People's Government"},
    // Not in the authority files: the converter leaves them unlinked (and may suggest them).
    {"Petrov", "I. S. Petrov", "counsellor of the embassy"},
    {"Zhang Wentian", "Zhang Wentian", "Vice Minister of Foreign Affairs"},
    {"Horváth", "Imre Horváth", "Minister of Foreign Affairs"},
    {"Sokolov", "V. A. Sokolov", "first secretary of the embassy"},
    {"Park Sang-hun", "Park Sang-hun", "deputy director of the department"},
}};

constexpr std::array<Words, 26> kPlaces = {
    "Beijing",  "Pyongyang", "Moscow",   "Kaesong",   "Budapest", "Ulaanbaatar", "Hanoi",   "Berlin",   "Sofia",
    "Warsaw",   "Bucharest", "Tokyo",    "Seoul",     "Harbin",   "Shenyang",    "Sinuiju", "Hamhung",  "Dandong",
    "Manchuria", "Korea",    "the DPRK", "the USSR",  "China",    "Vietnam",     "Haiphong", "Chongjin"};

constexpr std::array<Words, 16> kOrganizations = {"the Ministry of Foreign Affairs of the USSR",
                                                   "the Workers' Party of Korea",
                                                   "the CPSU Central Committee",
                                                   "the Chinese People's Volunteers",
                                                   "the Hungarian Socialist Workers' Party",
                                                   "the United Nations",
                                                   "the Council of Ministers of the USSR",
                                                   "the State Planning Committee",
                                                   "the Chinese Foreign Ministry",
                                                   "the DPRK Ministry of Foreign Affairs",
                                                   "the Vietnam Workers' Party",
                                                   "the Soviet Embassy in Pyongyang",
                                                   "the Ministry of Railways of the PRC",
                                                   "the Bulgarian Communist Party",
                                                   "the Supreme People's Assembly",
                                                   "the General Staff"};

constexpr std::array<Words, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<Words, 12> kRomanMonths = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

// An original language and the archives that hold documents in it, with their citation forms.
struct Language {
  Words name;  // empty: an English original, so no "Original Language" section
  int archive_kind;
};
constexpr std::array<Language, 15> kLanguages = {{{"Russian", 0},    {"Russian", 1},   {"Chinese", 2},
                                                  {"Korean", 1},     {"German", 3},    {"Hungarian", 4},
                                                  {"Polish", 5},     {"Romanian", 6},  {"Vietnamese", 7},
                                                  {"Bulgarian", 8},  {"Japanese", 9},  {"Mongolian", 4},
                                                  {"Czech", 3},      {"Albanian", 10}, {"", 11}}};

std::string Number(Random& random, int low, int high) { return std::to_string(random.Between(low, high)); }

std::string ArchivalSource(Random& random, int kind) {
  switch (kind) {
    case 0:
      return "APRF, Fond " + Number(random, 3, 45) + ", Opis " + Number(random, 1, 80) + ", Delo " +
             Number(random, 100, 999) + ", Listy " + Number(random, 1, 60) + "-" + Number(random, 61, 99);
    case 1:
      return random.Chance(50)
                 ? "AVPRF, Fond 059a, Opis " + Number(random, 1, 9) + "a, Delo " + Number(random, 1, 20) + ", Papka " +
                       Number(random, 1, 30) + ", Listy " + Number(random, 10, 99) + "-" + Number(random, 100, 140)
                 : "RGASPI, f. 558, op. 11, d. " + Number(random, 300, 399) + ", ll. 00" + Number(random, 10, 49) +
                       "-00" + Number(random, 50, 99);
    case 2:
      return "PRC FMA 1" + Number(random, 10, 17) + "-00" + Number(random, 100, 999) + "-0" + Number(random, 1, 9) +
             ", " + Number(random, 1, 40) + "-" + Number(random, 41, 80);
    case 3:
      return random.Chance(50) ? "BStU, MfS, HA II, Nr. " + Number(random, 10000, 39999) + ", S. " +
                                     Number(random, 1, 50) + "-" + Number(random, 51, 99)
                               : "SAPMO-BArch, DY 30, " + Number(random, 1000, 3999);
    case 4:
      return "MNL OL, XIX-J-1-j, " + Number(random, 1955, 1975) + ", " + Number(random, 1, 90) + ". doboz, " +
             Number(random, 1, 9) + "/b, 00" + Number(random, 100, 999) + "/" + Number(random, 1955, 1975);
    case 5:
      return "AMSZ, Departament II, Zespol " + Number(random, 1, 20) + ", Wiazka " + Number(random, 1, 60) +
             ", Teczka " + Number(random, 100, 999);
    case 6:
      return "AMAE, Matter 220/" + Number(random, 1960, 1980) + ", Issue " + Number(random, 1000, 1999) +
             ", Telegram " + Number(random, 10, 99) + "." + Number(random, 100, 999);
    case 7:
      return "VNA3, Office of the Prime Minister, File " + Number(random, 1000, 9999);
    case 8:
      return "TsDA, Fond 1B, Opis " + Number(random, 5, 80) + ", A.E. " + Number(random, 100, 9999);
    case 9:
      return "MOFA-JP, 20" + Number(random, 10, 19) + "-00" + Number(random, 100, 999) +
             ", Act on Access to Information Held by Administrative Organs";
    case 10:
      return "AQSH, F. 14/AP, M-PPSH, V. " + Number(random, 1960, 1975) + ", Dos. " + Number(random, 1, 99);
    default:
      return "NARA, RG 59, Central Decimal File, " + Number(random, 1950, 1963) + "-" + Number(random, 1964, 1969) +
             ", Box " + Number(random, 1000, 4999);
  }
}

struct Date {
  int year = 0, month = 0, day = 0;  // month/day 0: unknown
};

// The date line, as the exports print it: "August 28, 1951", "September 08, 1973", "March 1966",
// "1948"; an empty string for an undated document.
std::string DateLine(const Date& date) {
  if (date.year == 0) return "";
  if (date.month == 0) return std::to_string(date.year);
  const std::string month(kMonths[static_cast<size_t>(date.month - 1)]);
  if (date.day == 0) return month + " " + std::to_string(date.year);
  const std::string day = date.day < 10 ? "0" + std::to_string(date.day) : std::to_string(date.day);
  return month + " " + day + ", " + std::to_string(date.year);
}

// A date inside the body, in one of the forms documents use.
std::string BodyDate(Random& random, const Date& date) {
  const int year = date.year ? date.year : random.Between(1950, 1980);
  const int month = date.month ? date.month : random.Between(1, 12);
  const int day = date.day ? date.day : random.Between(1, 28);
  const std::string month_name(kMonths[static_cast<size_t>(month - 1)]);
  switch (random.Below(4)) {
    case 0:
      return std::to_string(day) + " " + month_name + " " + std::to_string(year);
    case 1:
      return month_name + " " + std::to_string(day) + ", " + std::to_string(year);
    case 2:
      return std::to_string(day) + "." + std::string(kRomanMonths[static_cast<size_t>(month - 1)]) + "." +
             std::to_string(year);
    default:
      return std::to_string(day) + " " + month_name;
  }
}

const Person& SomePerson(Random& random) { return random.Pick(kPeople); }
std::string Place(Random& random) { return std::string(random.Pick(kPlaces)); }
std::string Organization(Random& random) { return std::string(random.Pick(kOrganizations)); }

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Upper case as the exports print surnames; a name with letters beyond ASCII stays as it is.
std::string Upper(std::string_view text) {
  std::string out(text);
  if (!IsAscii(text)) return out;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// A sentence of the body, with a name, a place or an organization in it.
std::string Sentence(Random& random, const Date& date) {
  const Person& person = SomePerson(random);
  const std::string place = Place(random);
  const std::string organization = Organization(random);
  const std::string who = std::string(random.Chance(50) ? person.surname : person.full);
  switch (random.Below(24)) {
    case 0: return "We received your telegram of " + BodyDate(random, date) + ".";
    case 1: return "Comrade " + who + " agrees with the evaluation of the present situation in " + place + ".";
    case 2: return "The delegation of " + organization + " arrived in " + place + " on " + BodyDate(random, date) + ".";
    case 3: return "It is necessary to inform " + organization + " of this decision without delay.";
    case 4: return who + " said that the question of deliveries to " + place + " must be settled before the end of the year.";
    case 5: return "In the opinion of " + who + ", the other side has greater need to continue the negotiations.";
    case 6: return "The construction of the railway line near " + place + " is behind schedule by " + Number(random, 2, 9) + " months.";
    case 7: return "We ask you to send " + Number(random, 10, 400) + " specialists in metallurgy, mining and agronomy.";
    case 8: return "The negative side of this proposal is that " + organization + " will view it as a sign of weakness.";
    case 9: return "I replied that I would forward the request to " + organization + ".";
    case 10: return who + " expressed gratitude for the assistance given by the Soviet Union.";
    case 11: return "According to our information, the harvest in the province around " + place + " will be poor this year.";
    case 12: return "The talks in " + place + " were held in a friendly and frank atmosphere.";
    case 13: return "He added that the situation in " + place + " remains tense and that incidents occur almost every week.";
    case 14: return "The embassy considers it expedient to give a positive answer to this request.";
    case 15: return "During the conversation " + who + " repeatedly returned to the question of " + place + ".";
    case 16: return "Deliveries of " + Number(random, 10, 90) + ",000 tons of grain were agreed for the first quarter.";
    case 17: return "The meeting lasted " + Number(random, 2, 5) + " hours and ended late in the evening.";
    case 18: return "You must communicate this to Comrade " + who + ".";
    case 19: return "The representatives of " + organization + " did not raise any objections.";
    case 20: return who + " noted that the press in " + place + " has published several hostile articles.";
    case 21: return "There are no textbooks in the technical and natural sciences at all.";
    case 22: return "The proposal of " + organization + " was discussed on " + BodyDate(random, date) + " and approved.";
    default: return "As before, we will proceed from the fact that the negotiations must continue.";
  }
}

// Editorial square brackets of the kinds the samples show, placed after a word of a sentence.
std::string WithNote(Random& random, std::string sentence) {
  const size_t space = sentence.find(' ', sentence.size() / 2);
  if (space == std::string::npos) return sentence;
  static constexpr std::array<Words, 12> kInsertions = {
      " [an indication]", " [illegible]",          " [sic]",         " [?]",
      " [of the]",        " [the Soviet ambassador]", " [province]", " [by the Center]",
      " […]",             " [word missing]",       " [in the text]", " [Central Committee]"};
  return sentence.substr(0, space) + std::string(random.Pick(kInsertions)) + sentence.substr(space);
}

struct Body {
  std::vector<std::string> lines;  // paragraphs and header lines, one empty line between them
  std::vector<std::string> footnotes;
};

void Paragraphs(Random& random, const Date& date, int count, Body& body) {
  for (int p = 0; p < count; ++p) {
    std::string paragraph;
    const int sentences = random.Between(1, 6);
    for (int s = 0; s < sentences; ++s) {
      std::string sentence = Sentence(random, date);
      if (random.Chance(12)) sentence = WithNote(random, sentence);
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += sentence;
    }
    if (random.Chance(8)) {
      body.footnotes.push_back("See the report of " + Organization(random) + " of " + BodyDate(random, date) + ".");
      paragraph += "[" + std::to_string(body.footnotes.size()) + "]";
    }
    if (random.Chance(3)) paragraph += " (redacted)";
    body.lines.push_back(paragraph);
    if (random.Chance(4)) body.lines.push_back("(p. " + std::to_string(p / 3 + 2) + ")");
  }
}

void Signature(Random& random, const Person& person, Body& body) {
  switch (IsAscii(person.surname) ? random.Below(4) : 1 + random.Below(3)) {
    case 0: {  // letter-spaced: R A Z U V A E V
      std::string spaced;
      for (char c : Upper(person.surname)) {
        if (c == ' ') continue;
        if (!spaced.empty()) spaced += ' ';
        spaced += c;
      }
      body.lines.push_back(spaced);
      break;
    }
    case 1:
      body.lines.push_back("(" + Upper(person.full) + ")");
      break;
    case 2:
      body.lines.push_back("[signature]");
      body.lines.push_back("(" + std::string(person.full) + ")");
      break;
    default:
      body.lines.push_back(Upper(person.surname));
  }
}

// A decision of a party leadership with an approved telegram (the seed's shape).
void Decision(Random& random, const Date& date, int length, Body& body, std::string& title) {
  const Person& sender = SomePerson(random);
  const Person& addressee = SomePerson(random);
  title = "CC Politburo decision with approved message to " + std::string(addressee.full);
  body.lines.push_back("All-Union Communist Party (bolsheviks), CENTRAL COMMITTEE");
  body.lines.push_back("No. P" + Number(random, 10, 99) + "/" + Number(random, 100, 400));
  body.lines.push_back("Excerpt from protocol No. " + Number(random, 10, 99) +
                       " of meeting of the Politburo CC VKP(b) [Central Committee, All-Union Communist Party (bol'shevik)]");
  body.lines.push_back("Decision of " + BodyDate(random, date));
  body.lines.push_back(Number(random, 100, 400) + ". Telegram of Comrade " + std::string(addressee.surname) + " of " +
                       BodyDate(random, date));
  body.lines.push_back("To adopt the attached draft answer of Comrade " + std::string(sender.surname) +
                       " to Comrade " + std::string(addressee.surname) + ".");
  body.lines.push_back("SECRETARY CC");
  body.lines.push_back("TOP SECRET");
  body.lines.push_back(Upper(Place(random)));
  body.lines.push_back("For transmission to " + Upper(addressee.surname));
  body.lines.push_back("\"Comrade " + std::string(addressee.surname) + "!");
  Paragraphs(random, date, length, body);
  body.lines.push_back("FILIPPOV [Stalin].\"");
  if (random.Chance(50)) body.lines.push_back("[The telegram was sent on " + BodyDate(random, date) + ".]");
}

// A ciphered telegram with its transmission log.
void Telegram(Random& random, const Date& date, int length, Body& body, std::string& title) {
  const Person& sender = SomePerson(random);
  const Person& addressee = SomePerson(random);
  const std::string number = Number(random, 100000, 999999);
  title = "Ciphered Telegram No. " + number + ", " + std::string(sender.surname) + " to Cde. " +
          std::string(addressee.surname);
  const std::string from = Place(random);
  body.lines.push_back("Sent from " + from + " by wire on 0" + Number(random, 1, 9) + "/1" + Number(random, 0, 9) +
                       "/5" + Number(random, 0, 9) + " at 1" + Number(random, 0, 9) + ":" + Number(random, 10, 59) +
                       " p.m.");
  body.lines.push_back("Deciphered by Petrenko on 0" + Number(random, 1, 9) + "/1" + Number(random, 0, 9) + "/5" +
                       Number(random, 0, 9) + " at 0:" + Number(random, 10, 59) + " a.m.");
  if (random.Chance(50)) body.lines.push_back("Extremely Urgent");
  body.lines.push_back(Upper(Place(random)));
  body.lines.push_back("Comrade " + Upper(addressee.surname));
  Paragraphs(random, date, length, body);
  Signature(random, sender, body);
  body.lines.push_back("No. " + Number(random, 10, 999));
  if (random.Chance(40)) {
    body.lines.push_back("[stamp: Incoming Nº " + Number(random, 100, 9999) + " of " + BodyDate(random, date) + "]");
  }
}

// A record of conversation: a header block, then turns.
void Conversation(Random& random, const Date& date, int length, Body& body, std::string& title) {
  const Person& host = SomePerson(random);
  const Person& guest = SomePerson(random);
  title = "Record of Conversation between " + std::string(host.full) + " and " + std::string(guest.full);
  body.lines.push_back("Record of Conversation");
  body.lines.push_back("Time: " + Number(random, 9, 11) + ":00 a.m. – " + Number(random, 1, 5) + ":10 p.m., " +
                       BodyDate(random, date));
  body.lines.push_back("Place: " + Place(random));
  body.lines.push_back("Participants: " + std::string(host.full) + ", " + std::string(host.role) + "; " +
                       std::string(guest.full) + ", " + std::string(guest.role));
  body.lines.push_back("Interpreter: " + std::string(SomePerson(random).full));
  for (int turn = 0; turn < length; ++turn) {
    const Person& speaker = turn % 2 == 0 ? host : guest;
    std::string words;
    const int sentences = random.Between(1, 4);
    for (int s = 0; s < sentences; ++s) {
      std::string sentence = Sentence(random, date);
      if (random.Chance(10)) sentence = WithNote(random, sentence);
      words += (s ? " " : "") + sentence;
    }
    if (random.Chance(6)) words += " (Laughter.)";
    body.lines.push_back(std::string(speaker.surname) + ": " + words);
  }
  body.lines.push_back("Recorded by " + std::string(SomePerson(random).full));
}

// A letter with its salutation and closing.
void Letter(Random& random, const Date& date, int length, Body& body, std::string& title) {
  const Person& sender = SomePerson(random);
  const Person& addressee = SomePerson(random);
  title = "Letter from " + std::string(sender.full) + " to " + std::string(addressee.full);
  body.lines.push_back(Place(random) + ", " + BodyDate(random, date));
  body.lines.push_back(random.Chance(50) ? "Dear Comrade " + std::string(addressee.surname) + "!"
                                         : "DEEPLY RESPECTED Comrade " + std::string(addressee.surname) + "!");
  Paragraphs(random, date, length, body);
  body.lines.push_back(random.Chance(50) ? "With deep respect and gratitude," : "With socialist greetings,");
  Signature(random, sender, body);
}

// An ambassador's journal: dated entries separated by [...].
void Journal(Random& random, const Date& date, int length, Body& body, std::string& title) {
  const Person& author = kPeople[11];  // Puzanov kept the journal the samples show
  title = "Journal of Soviet Ambassador to the DPRK " + std::string(author.full) + " for " + BodyDate(random, date);
  body.lines.push_back("TOP SECRET");
  body.lines.push_back("Copy Nº " + Number(random, 1, 3));
  body.lines.push_back("USSR EMBASSY IN THE DPRK");
  body.lines.push_back("Nº " + Number(random, 100, 999));
  const int entries = 1 + length / 6;
  for (int entry = 0; entry < entries; ++entry) {
    if (entry) body.lines.push_back("[…]");
    Date day = date;
    day.day = std::min(28, std::max(1, date.day) + entry);
    if (day.month == 0) day.month = 6;
    body.lines.push_back(std::to_string(day.day) + " " + std::string(kMonths[static_cast<size_t>(day.month - 1)]) +
                         " " + std::to_string(day.year ? day.year : 1958));
    Paragraphs(random, date, 1 + length / entries, body);
  }
  Signature(random, author, body);
}

// A report with numbered items and a lettered list.
void Report(Random& random, const Date& date, int length, Body& body, std::string& title) {
  title = "Report on the Situation in " + Place(random);
  body.lines.push_back(random.Chance(50) ? "STRICTLY SECRET!" : "For official use");
  body.lines.push_back("REPORT");
  Paragraphs(random, date, 1 + length / 3, body);
  for (int item = 1; item <= 1 + length / 4; ++item) {
    body.lines.push_back(std::to_string(item) + ". " + Sentence(random, date));
  }
  if (random.Chance(50)) {
    body.lines.push_back("a) " + Sentence(random, date));
    body.lines.push_back("b) " + Sentence(random, date));
  }
  Paragraphs(random, date, 1 + length / 3, body);
  Signature(random, SomePerson(random), body);
}

// The protocol of a party meeting: present, agenda, decisions.
void Protocol(Random& random, const Date& date, int length, Body& body, std::string& title) {
  title = "Protocol No. " + Number(random, 10, 99) + " of the Meeting of the Political Committee";
  body.lines.push_back("PROTOCOL \"A\" No. " + Number(random, 10, 99));
  body.lines.push_back("of the meeting of the Politburo, held on " + BodyDate(random, date));
  std::string present = "Present: Comrades ";
  for (int i = 0; i < 5; ++i) present += (i ? ", " : "") + std::string(SomePerson(random).full);
  body.lines.push_back(present);
  body.lines.push_back("AGENDA:");
  const int items = 1 + length / 5;
  static constexpr std::array<Words, 6> kRoman = {"I", "II", "III", "IV", "V", "VI"};
  for (int item = 0; item < std::min(items, 6); ++item) {
    body.lines.push_back(std::string(kRoman[static_cast<size_t>(item)]) + ". On relations with " + Place(random));
  }
  body.lines.push_back("DECIDES:");
  for (int item = 1; item <= items; ++item) body.lines.push_back(std::to_string(item) + ". " + Sentence(random, date));
  Paragraphs(random, date, length / 2, body);
}

// A short cable of a line or two.
void Cable(Random& random, const Date& date, int, Body& body, std::string& title) {
  title = "Cable from the Embassy in " + Place(random) + " to " + Organization(random).substr(4);
  body.lines.push_back("Ciphered telegram");
  body.lines.push_back(random.Chance(50) ? "Strictly secret!" : "TOP PRIORITY");
  Paragraphs(random, date, random.Between(1, 2), body);
  body.lines.push_back(Upper(SomePerson(random).surname));
}

}  // namespace

GeneratedDocument GenerateDocument(uint64_t seed, uint64_t index) {
  Random random(seed * 0x2545F4914F6CDD1DULL + index * 0x9e3779b97f4a7c15ULL + 1);
  GeneratedDocument document;
  document.record_id = std::to_string(600000 + index);

  Date date;
  const size_t date_kind = random.Below(100);
  if (date_kind >= 7) date.year = random.Between(1945, 1989);
  if (date_kind >= 15) date.month = random.Between(1, 12);
  if (date_kind >= 22) date.day = random.Between(1, 28);

  // Lengths from a cable to several pages: mostly a page, some long.
  const size_t length_kind = random.Below(100);
  const int length = length_kind < 30 ? random.Between(2, 5)
                     : length_kind < 80 ? random.Between(6, 15)
                     : length_kind < 95 ? random.Between(16, 40)
                                        : random.Between(41, 80);
  Body body;
  std::string title;
  switch (random.Below(8)) {
    case 0: Decision(random, date, length, body, title); break;
    case 1: Telegram(random, date, length, body, title); break;
    case 2: Conversation(random, date, length, body, title); break;
    case 3: Letter(random, date, length, body, title); break;
    case 4: Journal(random, date, length, body, title); break;
    case 5: Report(random, date, length, body, title); break;
    case 6: Protocol(random, date, length, body, title); break;
    default: Cable(random, date, length, body, title); break;
  }
  const Language& language = random.Pick(kLanguages);

  std::string& out = document.text;
  out += "\n\n";
  const std::string date_line = DateLine(date);
  if (!date_line.empty()) out += date_line + "\n\n";
  out += title + "\n\nCitation:\n\n";
  out += "\u201c" + title + ",\u201d ";
  if (!date_line.empty()) out += date_line + ", ";
  out += "History and Public Policy Program Digital Archive, ";
  const int sources = random.Chance(30) ? 2 : 1;
  for (int s = 0; s < sources; ++s) {
    if (s) out += random.Chance(50) ? " and " : "; ";
    out += ArchivalSource(random, language.archive_kind);
  }
  if (random.Chance(25)) out += ". Translated by " + std::string(SomePerson(random).full);
  out += ".\n<http://digitalarchive.wilsoncenter.org/document/" + document.record_id + ">\n\n";
  out += "Summary:\n\n";
  out += Sentence(random, date);
  if (random.Chance(60)) out += " " + Sentence(random, date);
  out += "\n\n";
  if (random.Chance(30)) out += "Credits:\n\nThis document was made possible with support from the Leon Levy Foundation.\n\n";
  if (!language.name.empty()) out += "Original Language:\n\n" + std::string(language.name) + "\n\n";
  out += "Contents:\n\n- English Translation\n";
  if (random.Chance(40)) out += "- Original Scan\n";
  out += "\n";
  for (size_t i = 0; i < body.lines.size(); ++i) out += (i ? "\n\n" : "") + body.lines[i];
  if (!body.footnotes.empty()) {
    out += "\n\nNotes";
    for (size_t i = 0; i < body.footnotes.size(); ++i) {
      out += "\n\n[" + std::to_string(i + 1) + "] " + body.footnotes[i];
    }
  }
  return document;
}

bool WriteCorpus(const std::string& directory, uint64_t seed, uint64_t count, std::string& error) {
  for (uint64_t i = 0; i < count; ++i) {
    const GeneratedDocument document = GenerateDocument(seed, i);
    const boost::filesystem::path path = boost::filesystem::path(directory) / (document.record_id + ".txt");
    if (!WriteFileAtomically(path, document.text, error, Durability::kRegenerable)) return false;
  }
  return true;
}

}  // namespace teipress::testing
