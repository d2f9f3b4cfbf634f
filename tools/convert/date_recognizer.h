// Recognizes the date notations of archive documents and normalizes them to ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document_model.h"

namespace teipress {

// A document's date line: "August 28, 1951", "September 08, 1973", "March 1966", "April, 1950",
// "1948". Returns nothing when the line is not a date (then it is probably the title).
std::optional<DateValue> ParseDateLine(std::string_view line);

// True when year/month/day form a real Gregorian calendar date.
bool IsValidCalendarDate(int year, int month, int day);

struct DateMatch {
  size_t begin = 0;  // byte offsets into the searched text
  size_t end = 0;
  DateValue value;
};

// Context for dates in running text: the document's date settles missing years ("August 29")
// and the order of ambiguous numeric dates ("09.08.1973").
struct DateContext {
  int year = 0;   // 0 when the document is undated
  int month = 0;
  int day = 0;
  static DateContext FromIso(std::string_view iso);
};

// Every date in `text`, left to right, non-overlapping: "28 August 1951", "August 29",
// "27 November", "03/14/51", "11/14/1985", "09.08.1973", "30.10.56", "12.III.1951", "3.VII.58",
// "1951-08-28". A day and month without a year get the year of the context (nothing without one).
std::vector<DateMatch> FindDates(std::string_view text, const DateContext& context);
// The same, appended to `matches`: a caller that searches many texts keeps one vector for all.
void FindDatesInto(std::string_view text, const DateContext& context, std::vector<DateMatch>& matches);

// Whether `text` is a date or a part of one on its own: a month's name ("May"), a year ("1958"), a
// day and month ("15 August"), a whole date ("July 29, 1957"). [1958] after "3 June" supplies one.
bool IsDateOrDatePart(std::string_view text);

// The date that starts at byte `at` (a word's start), if one does; what FindDates would find there.
std::optional<DateMatch> MatchDateAt(std::string_view text, size_t at, const DateContext& context);

}  // namespace teipress
