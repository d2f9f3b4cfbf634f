// Unit tests of the date recognizer: date lines, dates in running text (tests/spec/spec.md,
// "Dates in running text" and "Metadata envelope: date line"), calendar validity.
#include "date_recognizer.h"

#include <gtest/gtest.h>

#include <random>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace teipress {
namespace {

// ---- ParseDateLine ----

struct DateLineCase {
  std::string line;
  std::optional<std::string> when;  // nullopt: not a date line
};

TEST(DateRecognizerTest, ParseDateLineForms) {
  const std::vector<DateLineCase> cases = {
      {"August 28, 1951", "1951-08-28"},
      {"September 08, 1973", "1973-09-08"},  // zero-padded day
      {"March 1966", "1966-03"},             // month and year: no day invented
      {"April, 1950", "1950-04"},            // month, comma, year
      {"1948", "1948"},                      // year only
      {"  August 28, 1951  ", "1951-08-28"},  // surrounding blanks are not part of the line
      {"February 29, 1952", "1952-02-29"},   // leap day
      // Not date lines: titles, impossible dates, fragments.
      {"February 29, 1951", std::nullopt},
      {"April 31, 1950", std::nullopt},
      {"Ciphered Telegram No. 4416, Filippov [Stalin] to Mao Zedong (via Roshchin)", std::nullopt},
      {"Decision of 28 August 1951", std::nullopt},  // contains a date, but is a title
      {"August 28, 1951 telegram", std::nullopt},
      {"Handwritten Note from Pak Heon-yeong to Kim Il Sung (undated)", std::nullopt},
      {"", std::nullopt},
      {"   ", std::nullopt},
      {"19481", std::nullopt},
      {"948", std::nullopt},
      {"Citation:", std::nullopt},
  };
  for (const DateLineCase& c : cases) {
    SCOPED_TRACE("line: '" + c.line + "'");
    const auto value = ParseDateLine(c.line);
    if (!c.when) {
      EXPECT_FALSE(value.has_value()) << "parsed as " << value->when;
      continue;
    }
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(value->when, *c.when);
    EXPECT_TRUE(value->not_before.empty());
    EXPECT_TRUE(value->not_after.empty());
  }
}

// ---- FindDates ----

struct Found {
  std::string printed;
  std::string when;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& found) {
  return out << "'" << found.printed << "' -> " << found.when;
}

struct FindCase {
  std::string label;
  std::string text;
  std::string document_date;  // ISO, empty when undated
  std::vector<Found> expected;
};

std::vector<Found> FindAll(const std::string& text, const std::string& document_date) {
  std::vector<Found> found;
  size_t previous_end = 0;
  for (const DateMatch& match : FindDates(text, DateContext::FromIso(document_date))) {
    EXPECT_LE(previous_end, match.begin) << "matches overlap or are out of order";
    EXPECT_LT(match.begin, match.end);
    EXPECT_LE(match.end, text.size());
    previous_end = match.end;
    found.push_back({text.substr(match.begin, match.end - match.begin), match.value.when});
  }
  return found;
}

class FindDatesTest : public ::testing::TestWithParam<FindCase> {};

TEST_P(FindDatesTest, FindsExactlyTheExpectedDates) {
  const FindCase& c = GetParam();
  SCOPED_TRACE("text: '" + c.text + "', document date '" + c.document_date + "'");
  EXPECT_EQ(FindAll(c.text, c.document_date), c.expected);
}

const FindCase kFindCases[] = {
    // Every form of the spec's "Dates in running text".
    {"day_month_year_and_us_forms",
     "Decision of 28 August 1951 on the telegram of August 27, 1951 and the reply of September 08, 1973.", "",
     {{"28 August 1951", "1951-08-28"}, {"August 27, 1951", "1951-08-27"}, {"September 08, 1973", "1973-09-08"}}},
    {"month_and_year_not_bare_year",
     "We consider it possible to receive a first group of 60 persons in February 1951, not in 1952.", "",
     {{"February 1951", "1951-02"}}},
    {"us_numeric_two_and_four_digit_years", "Sent on 03/14/51 and filed on 11/14/1985.", "",
     {{"03/14/51", "1951-03-14"}, {"11/14/1985", "1985-11-14"}}},
    {"roman_numeral_months", "Letters of 12.X.1956 and 12.III.1951, returned 3.VII.58.", "",
     {{"12.X.1956", "1956-10-12"}, {"12.III.1951", "1951-03-12"}, {"3.VII.58", "1958-07-03"}}},
    {"dotted_day_first", "Comrade D[irector] of the D[epartment] 30.10.56, received 31.10.56.", "",
     {{"30.10.56", "1956-10-30"}, {"31.10.56", "1956-10-31"}}},
    {"month_year_range_and_roman", "Free deliveries in the period September 1966 - December 1967. Extract made in 6 copies on 1.IX.1966.",
     "", {{"September 1966", "1966-09"}, {"December 1967", "1967-12"}, {"1.IX.1966", "1966-09-01"}}},
    {"iso_form", "Recorded as 1951-08-28 in the register.", "", {{"1951-08-28", "1951-08-28"}}},
    // Written with four digits of year and two of month and day, however few the number has.
    {"iso_form_early_year", "Copied from 0950-01-05 and 0950-12-25.", "", {{"0950-01-05", "0950-01-05"}, {"0950-12-25", "0950-12-25"}}},
    {"month_of_early_year", "Recorded in March 0999 and in Jan. 0999.", "", {{"March 0999", "0999-03"}, {"Jan. 0999", "0999-01"}}},
    {"day_month_takes_document_year", "Your telegram of 24 November about the shortage has been received.", "1950-11-27",
     {{"24 November", "1950-11-24"}}},
    {"month_day_takes_document_year", "The telegram was sent to Beijing on August 29.", "1951-08-28",
     {{"August 29", "1951-08-29"}}},
    {"day_month_with_year_only_document_date", "The meeting of 24 November was postponed.", "1948",
     {{"24 November", "1948-11-24"}}},
    {"day_month_without_document_date", "Your telegram of 24 November has been received.", "", {}},
    {"japanese_cable_order", "Received: MOFA 23:05 1974 September 12", "1974-09-12",
     {{"1974 September 12", "1974-09-12"}}},
    {"template_placeholders", "Sent: China 21:40 Year Month 12", "1974-09-12", {{"Year Month 12", "1974-09-12"}}},
    {"relative_day", "On the 11th, from 1500 hours, I called on Vice Premier Li Xiannian.", "1974-09-12",
     {{"the 11th", "1974-09-11"}}},
    {"relative_day_needs_document_month", "On the 11th, I called on him.", "1974", {}},
    // A month's name is compared only with the names of its capital: each of them, in any case.
    {"month_names_sharing_a_capital",
     "AUGUST 28, 1951; Sept. 3, 1958; Sep. 4, 1958; Febr. 2, 1952; Jun. 5, 1950; July 6, 1950; the Mayor, May 7, 1950.", "",
     {{"AUGUST 28, 1951", "1951-08-28"}, {"Sept. 3, 1958", "1958-09-03"}, {"Sep. 4, 1958", "1958-09-04"},
      {"Febr. 2, 1952", "1952-02-02"}, {"Jun. 5, 1950", "1950-06-05"}, {"July 6, 1950", "1950-07-06"},
      {"May 7, 1950", "1950-05-07"}}},
    {"time_stays_outside", "Received on 1:40 am, 27 November 1950", "", {{"27 November 1950", "1950-11-27"}}},
    {"weekday_stays_outside", "Monday, 27 November 1950, at noon.", "", {{"27 November 1950", "1950-11-27"}}},
    // Ambiguous d.m.y: day first, unless the month-first reading alone agrees with the document date.
    {"ambiguous_month_first_by_document_date", "Date: 09.08.1973", "1973-09-08", {{"09.08.1973", "1973-09-08"}}},
    {"ambiguous_day_first_by_document_date", "Date: 09.08.1973", "1973-08-10", {{"09.08.1973", "1973-08-09"}}},
    {"ambiguous_day_first_when_undated", "Date: 09.08.1973", "", {{"09.08.1973", "1973-08-09"}}},
    {"only_day_first_possible", "Date: 13.08.1973", "1973-12-08", {{"13.08.1973", "1973-08-13"}}},
    {"only_month_first_possible", "Date: 08.13.1973", "", {{"08.13.1973", "1973-08-13"}}},
    // Not dates.
    {"ordinal_department", "Copy to the 10th department, to file.", "1950-11-27", {}},
    {"ordinal_department_capitalized", "The 10th Department will decipher it.", "1950-11-27", {}},
    {"reference_number", "Incoming No. 4279 of the Ministry.", "1950-11-27", {}},
    {"sheet_range", "APRF, Fond 3, Opis 65, Delo 829, Listy 4-5.", "1951-08-28", {}},
    {"bare_year", "This happened in 1954.", "1951-08-28", {}},
    {"year_range", "From the 1966-1967 school year the selection is central.", "1966-03", {}},
    {"season", "In the spring of 1951 the students arrive.", "", {}},
    {"no_date_note_text", "[no date]", "1951-08-28", {}},
    {"lower_case_may_is_a_verb", "They may 5 times ask for it.", "1950-01-01", {}},
    {"number_then_month_word_without_capital", "We need 3 march orders.", "1950-01-01", {}},
    // "3 and 5 December": only "5 December" is a day and month.
    {"three_and_five_december", "The trains leave on 3 and 5 December.", "1950-11-27", {{"5 December", "1950-12-05"}}},
};

INSTANTIATE_TEST_SUITE_P(Spec, FindDatesTest, ::testing::ValuesIn(kFindCases),
                         [](const ::testing::TestParamInfo<FindCase>& info) { return info.param.label; });

// FindDates looks for the words' starts eight bytes at a time: a date is found wherever it falls
// in such a block, after plain ASCII or after text outside ASCII, and never inside a word.
TEST(DateRecognizerTest, DatesAtEveryPlaceOfALongRun) {
  const std::vector<Found> expected = {{"28 August 1951", "1951-08-28"}, {"August 29, 1952", "1952-08-29"}};
  for (const std::string filler : {"a", " ", "\u00e9", "."}) {
    for (size_t before = 0; before < 20; ++before) {
      std::string text;
      for (size_t k = 0; k < before; ++k) text += filler;
      text += " on 28 August 1951 and August 29, 1952, not x12 Mayday 1950 nor \u00e912 May.";
      EXPECT_EQ(FindAll(text, ""), expected) << text;
    }
  }
  // A date that ends the text, and a text whose only digits follow a letter outside ASCII.
  EXPECT_EQ(FindAll("Signed 3 July 1950", ""), (std::vector<Found>{{"3 July 1950", "1950-07-03"}}));
  EXPECT_TRUE(FindAll("Gr\u00fc\u00dfe 1950 and \u00b0 degrees", "").empty());
}

// FindDatesInto appends to what the vector holds (a caller keeps one for many texts), the same
// dates FindDates finds.
TEST(DateRecognizerTest, FindDatesIntoAppendsWhatFindDatesFinds) {
  const DateContext context = DateContext::FromIso("1951-08-28");
  std::vector<DateMatch> kept;
  size_t expected_size = 0;
  for (const std::string text : {"On 28 August 1951 and August 29.", "No date here.", "", "03/14/51, 12.III.1951 and the 11th."}) {
    const std::vector<DateMatch> found = FindDates(text, context);
    FindDatesInto(text, context, kept);
    ASSERT_EQ(kept.size(), expected_size + found.size()) << text;
    for (size_t k = 0; k < found.size(); ++k) {
      EXPECT_EQ(kept[expected_size + k].begin, found[k].begin) << text;
      EXPECT_EQ(kept[expected_size + k].end, found[k].end) << text;
      EXPECT_EQ(kept[expected_size + k].value, found[k].value) << text;
    }
    expected_size = kept.size();
  }
  EXPECT_EQ(expected_size, 5u);
}

// FindDates tries only the word starts near a number that starts a word (the number itself, the
// word before it, "Year Month " before it): against its definition, every word start tried in
// order, on random texts of month names, numbers, "the", "Year Month", signs and other words.
TEST(DateRecognizerTest, FindDatesAgreesWithItsDefinitionOnRandomTexts) {
  const std::vector<std::string> kPieces = {
      "August", "AUGUST", "august", "Sept.", "Jan.", "May", "Mayday", "March", "the", "The", "Year Month", "Year",
      "Month", "12", "1", "31", "1951", "195", "09", "56", "III", "XII", "th", "st", "x", "\u00e9", "Aug", "of", "A",
      "12", "1951", "3", "08", "28", "1958", "the 11", "July", "Dec.", "October", "1951-08-28", "1974 September 12", "Year Month 12"};
  const std::vector<std::string> kGlue = {" ", " ", " ", " ", "  ", ", ", ", ", ".", ".", "/", "-", ",", "", " of ", "\n", "'"};
  std::mt19937 random(11);
  auto pick = [&](const std::vector<std::string>& from) { return from[random() % from.size()]; };
  auto by_definition = [](std::string_view text, const DateContext& context) {
    std::vector<DateMatch> matches;
    size_t resume = 0;
    for (size_t at = 0; at < text.size(); ++at) {
      if (at < resume) continue;
      if (auto match = MatchDateAt(text, at, context)) {
        matches.push_back(*match);
        resume = match->end;
      }
    }
    return matches;
  };
  auto describe = [](const std::vector<DateMatch>& matches) {
    std::string out;
    for (const DateMatch& m : matches) {
      out += std::to_string(m.begin) + "-" + std::to_string(m.end) + ":" + m.value.when + "/" + m.value.not_before + "/" +
             m.value.not_after + " ";
    }
    return out;
  };
  size_t dates = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string text;
    for (size_t k = random() % 16; k > 0; --k) text += pick(kPieces) + pick(kGlue);
    const DateContext context = random() % 2 ? DateContext::FromIso("1951-08-28") : DateContext{};
    const std::vector<DateMatch> defined = by_definition(text, context);
    dates += defined.size();
    ASSERT_EQ(describe(FindDates(text, context)), describe(defined)) << "text '" << text << "'";
  }
  EXPECT_GT(dates, 5000u);
}

TEST(DateRecognizerTest, MatchOffsetsAreByteOffsetsAfterMultiByteText) {
  // "Ápr" style multi-byte text before the date: offsets count bytes, not characters.
  const std::string text = "Mihály Apró, 28 August 1951";
  const auto matches = FindDates(text, DateContext{});
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin), "28 August 1951");
  EXPECT_EQ(matches[0].begin, text.find("28"));
}

TEST(DateRecognizerTest, DateInsideAWordIsNotADate) {
  // A date must begin at a word start: "A12.X.1956" is a code, "x1951-08-28" too.
  EXPECT_TRUE(FindDates("code A12.X.1956", DateContext{}).empty());
  EXPECT_TRUE(FindDates("code x1951-08-28", DateContext{}).empty());
}

// Spec: "US numeric 03/14/51 ... (month/day/year; a two-digit year is 19xx)". The rule does not
// depend on the document's date.
TEST(DateRecognizerTest, TwoDigitYearIsNineteenHundreds) {
  EXPECT_EQ(FindAll("Sent on 03/14/51.", ""), (std::vector<Found>{{"03/14/51", "1951-03-14"}}));
  EXPECT_EQ(FindAll("Sent on 03/14/51.", "1951-03-20"), (std::vector<Found>{{"03/14/51", "1951-03-14"}}));
  EXPECT_EQ(FindAll("Sent on 03/14/05.", "1951-03-20"), (std::vector<Found>{{"03/14/05", "1905-03-14"}}));
  // A document dated after 2000 (a declassification memo) still reads "51" as 1951.
  EXPECT_EQ(FindAll("Sent on 03/14/51.", "2005-06-01"), (std::vector<Found>{{"03/14/51", "1951-03-14"}}));
}

// ---- IsValidCalendarDate ----

struct CalendarCase {
  int year, month, day;
  bool valid;
};

TEST(DateRecognizerTest, IsValidCalendarDate) {
  const std::vector<CalendarCase> cases = {
      {1952, 2, 29, true},   // divisible by 4
      {1951, 2, 29, false},  // common year
      {1900, 2, 29, false},  // century, not divisible by 400
      {2000, 2, 29, true},   // divisible by 400
      {1951, 2, 28, true},  {1951, 4, 30, true},  {1951, 4, 31, false}, {1951, 6, 31, false},
      {1951, 9, 31, false}, {1951, 11, 31, false}, {1951, 12, 31, true}, {1951, 1, 31, true},
      {1951, 13, 1, false}, {1951, 0, 1, false},  {1951, 1, 0, false},  {1951, 1, 32, false},
      {0, 1, 1, false},     {-5, 1, 1, false},
  };
  for (const CalendarCase& c : cases) {
    SCOPED_TRACE(std::to_string(c.year) + "-" + std::to_string(c.month) + "-" + std::to_string(c.day));
    EXPECT_EQ(IsValidCalendarDate(c.year, c.month, c.day), c.valid);
  }
}

TEST(DateRecognizerTest, DateContextFromIso) {
  const DateContext day = DateContext::FromIso("1951-08-28");
  EXPECT_EQ(day.year, 1951);
  EXPECT_EQ(day.month, 8);
  EXPECT_EQ(day.day, 28);
  const DateContext month = DateContext::FromIso("1966-03");
  EXPECT_EQ(month.year, 1966);
  EXPECT_EQ(month.month, 3);
  EXPECT_EQ(month.day, 0);
  const DateContext year = DateContext::FromIso("1948");
  EXPECT_EQ(year.year, 1948);
  EXPECT_EQ(year.month, 0);
  const DateContext none = DateContext::FromIso("");
  EXPECT_EQ(none.year, 0);
  EXPECT_EQ(none.month, 0);
  EXPECT_EQ(none.day, 0);
}

}  // namespace
}  // namespace teipress
