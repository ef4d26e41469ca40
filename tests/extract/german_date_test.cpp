// Tests of finding German dates: the written forms, OCR noise, offsets, and what must not be a date.
// The month names are the list the rules file ships with.
#include "extract/german_date.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace agreement_ocr {
namespace {

MonthNames german_month_names() {
  return {{{"jan", 1},       {"januar", 1},   {"jän", 1},        {"jänner", 1},   {"feb", 2},
           {"februar", 2},   {"mär", 3},      {"märz", 3},       {"maerz", 3},    {"mrz", 3},
           {"apr", 4},       {"april", 4},    {"mai", 5},        {"jun", 6},      {"juni", 6},
           {"jul", 7},       {"juli", 7},     {"aug", 8},        {"august", 8},   {"sep", 9},
           {"sept", 9},      {"september", 9}, {"okt", 10},      {"oktober", 10}, {"nov", 11},
           {"november", 11}, {"dez", 12},     {"dezember", 12}}};
}

std::vector<DateMatch> dates_in(std::string_view text) { return find_german_dates(text, german_month_names()); }

// The ISO dates found in `text`, in order.
std::vector<std::string> iso_dates_in(std::string_view text) {
  std::vector<std::string> result;
  for (const auto& match : dates_in(text)) result.push_back(match.date.iso());
  return result;
}

using Dates = std::vector<std::string>;

TEST(GermanDate, IsoPadsMonthAndDay) {
  EXPECT_EQ((Date{2025, 8, 6}).iso(), "2025-08-06");
  EXPECT_EQ((Date{1999, 12, 31}).iso(), "1999-12-31");
}

TEST(GermanDate, EqualityComparesAllParts) {
  EXPECT_EQ((Date{2025, 8, 20}), (Date{2025, 8, 20}));
  EXPECT_FALSE((Date{2025, 8, 20}) == (Date{2025, 8, 21}));
  EXPECT_FALSE((Date{2025, 8, 20}) == (Date{2025, 9, 20}));
  EXPECT_FALSE((Date{2025, 8, 20}) == (Date{2024, 8, 20}));
}

TEST(GermanDate, ReadsAbbreviatedMonthNames) {
  EXPECT_EQ(iso_dates_in("20. Aug. 2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("20. Aug 2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("20 Aug. 2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("20.Aug.2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("1. Okt. 2025"), Dates{"2025-10-01"});
  EXPECT_EQ(iso_dates_in("24. Dez. 2024"), Dates{"2024-12-24"});
  EXPECT_EQ(iso_dates_in("5. Feb. 2025"), Dates{"2025-02-05"});
  EXPECT_EQ(iso_dates_in("30. Nov. 2025"), Dates{"2025-11-30"});
}

TEST(GermanDate, ReadsFullMonthNames) {
  EXPECT_EQ(iso_dates_in("20. August 2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("1. Januar 2025"), Dates{"2025-01-01"});
  EXPECT_EQ(iso_dates_in("3. Mai 2025"), Dates{"2025-05-03"});
  EXPECT_EQ(iso_dates_in("30. Juni 2025"), Dates{"2025-06-30"});
  EXPECT_EQ(iso_dates_in("31. Dezember 2025"), Dates{"2025-12-31"});
}

TEST(GermanDate, PrefersTheLongestMonthName) {
  const auto dates = dates_in("12. Sept. 2024 und 2. September 2025 und 3. Sep 2025");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].date.iso(), "2024-09-12");
  EXPECT_EQ(dates[0].text, "12. Sept. 2024");
  EXPECT_EQ(dates[1].date.iso(), "2025-09-02");
  EXPECT_EQ(dates[1].text, "2. September 2025");
  EXPECT_EQ(dates[2].date.iso(), "2025-09-03");
}

TEST(GermanDate, IgnoresTheCaseOfMonthNames) {
  EXPECT_EQ(iso_dates_in("3. SEP. 2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("3. sep. 2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("20. AUGUST 2025"), Dates{"2025-08-20"});
}

TEST(GermanDate, ReadsMarchWithAndWithoutUmlaut) {
  EXPECT_EQ(iso_dates_in("6. März 2025"), Dates{"2025-03-06"});
  EXPECT_EQ(iso_dates_in("6. MÄRZ 2025"), Dates{"2025-03-06"});
  EXPECT_EQ(iso_dates_in("6. Maerz 2025"), Dates{"2025-03-06"});
  EXPECT_EQ(iso_dates_in("6. Mrz. 2025"), Dates{"2025-03-06"});
  EXPECT_EQ(iso_dates_in("6. Mär. 2025"), Dates{"2025-03-06"});
}

TEST(GermanDate, ReadsAustrianJanuary) {
  EXPECT_EQ(iso_dates_in("7. Jän. 2025"), Dates{"2025-01-07"});
  EXPECT_EQ(iso_dates_in("7. Jänner 2025"), Dates{"2025-01-07"});
  EXPECT_EQ(iso_dates_in("7. JÄNNER 2025"), Dates{"2025-01-07"});
}

TEST(GermanDate, MonthNamesComeFromTheVocabulary) {
  // "Aug." is no date without the month names from the rules, "Ernting" is one with them.
  EXPECT_TRUE(find_german_dates("20. Aug. 2025", MonthNames{}).empty());
  EXPECT_EQ(find_german_dates("20.8.2025", MonthNames{}).size(), 1u);
  const auto dates = find_german_dates("20. Ernting 2025", MonthNames{{{"ernting", 8}}});
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].date.iso(), "2025-08-20");
}

TEST(GermanDate, ReadsNumericDatesDayFirst) {
  EXPECT_EQ(iso_dates_in("03.09.2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("3.9.2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("13.8.2025"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("6.8.2025"), Dates{"2025-08-06"});
  EXPECT_EQ(iso_dates_in("12.11.2025"), Dates{"2025-11-12"});
}

TEST(GermanDate, ReadsTwoDigitYearsAsThisCentury) {
  EXPECT_EQ(iso_dates_in("7.10.25"), Dates{"2025-10-07"});
  EXPECT_EQ(iso_dates_in("01.01.00"), Dates{"2000-01-01"});
  EXPECT_EQ(iso_dates_in("31.12.99"), Dates{"2099-12-31"});
}

TEST(GermanDate, ReadsOcrLookalikesInsideTheNumbers) {
  EXPECT_EQ(iso_dates_in("2O. Aug. 2O25"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("l3.8.2025"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("I3.8.2025"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("|3.8.2025"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("13.8.2O2S"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("2o.8.2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("1O.1O.2O25"), Dates{"2025-10-10"});
}

TEST(GermanDate, LookalikeTextAsReadIsKept) {
  const auto dates = dates_in("Eing.: 2O. Aug. 2O25");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].text, "2O. Aug. 2O25");
  EXPECT_EQ(dates[0].date.iso(), "2025-08-20");
}

TEST(GermanDate, NeedsARealDigitInEveryNumber) {
  // Letters alone are words, not a misread number.
  EXPECT_TRUE(dates_in("lO.8.2025").empty());
  EXPECT_TRUE(dates_in("13.l.2025").empty());
  EXPECT_TRUE(dates_in("I. Aug. 2025").empty());
  EXPECT_TRUE(dates_in("13.8.SOlS").empty());
}

TEST(GermanDate, DoesNotTakeLookalikesOutsideADate) {
  // Look-alike letters count as digits only inside a date, never as the tail of a word.
  EXPECT_TRUE(dates_in("Sol.8.2025").empty());
  EXPECT_TRUE(dates_in("Abs3.8.2025").empty());
}

TEST(GermanDate, ToleratesOcrSpacingNoise) {
  EXPECT_EQ(iso_dates_in("20 . Aug . 2025"), Dates{"2025-08-20"});
  EXPECT_EQ(iso_dates_in("03. 09. 2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("03 .09 .2025"), Dates{"2025-09-03"});
  EXPECT_EQ(iso_dates_in("20.  Aug.  2025"), Dates{"2025-08-20"});
}

TEST(GermanDate, ACommaForTheDotOnlyBeforeAMonthName) {
  EXPECT_EQ(iso_dates_in("EINGANG 5, APR. 2024"), Dates{"2024-04-05"});
  EXPECT_TRUE(dates_in("5,4,2024").empty());
  EXPECT_TRUE(dates_in("5.4,2024").empty());
}

TEST(GermanDate, DoesNotJoinNumbersAcrossLines) {
  EXPECT_TRUE(dates_in("3.\n9.\n2025").empty());
  EXPECT_TRUE(dates_in("20.\nAug.\n2025").empty());
}

TEST(GermanDate, RejectsImpossibleDates) {
  EXPECT_TRUE(dates_in("31.02.2025").empty());
  EXPECT_TRUE(dates_in("29.02.2025").empty());
  EXPECT_TRUE(dates_in("00.01.2025").empty());
  EXPECT_TRUE(dates_in("32.1.2025").empty());
  EXPECT_TRUE(dates_in("1.13.2025").empty());
  EXPECT_TRUE(dates_in("1.0.2025").empty());
  EXPECT_TRUE(dates_in("31. April 2025").empty());
  EXPECT_TRUE(dates_in("0. Aug. 2025").empty());
}

TEST(GermanDate, AcceptsLeapDays) {
  EXPECT_EQ(iso_dates_in("29.02.2024"), Dates{"2024-02-29"});
  EXPECT_EQ(iso_dates_in("29.02.2000"), Dates{"2000-02-29"});
  EXPECT_TRUE(dates_in("29.02.1900").empty());
}

TEST(GermanDate, AcceptsFourDigitYearsFrom1900To2099) {
  EXPECT_EQ(iso_dates_in("1.1.1900"), Dates{"1900-01-01"});
  EXPECT_EQ(iso_dates_in("31.12.2099"), Dates{"2099-12-31"});
  EXPECT_TRUE(dates_in("31.12.1899").empty());
  EXPECT_TRUE(dates_in("1.1.2100").empty());
  EXPECT_TRUE(dates_in("1. Jan. 2100").empty());
}

TEST(GermanDate, NeedsAYearWithMonthNames) {
  // A two-digit number after a month name is more often a count than a year.
  EXPECT_TRUE(dates_in("3. Mai 12 Teilnehmende").empty());
  EXPECT_TRUE(dates_in("am 20. Aug.").empty());
}

TEST(GermanDate, AmountsAreNotDates) {
  EXPECT_TRUE(dates_in("2.812.460").empty());
  EXPECT_TRUE(dates_in("1.650.000").empty());
  EXPECT_TRUE(dates_in("12.460").empty());
  EXPECT_TRUE(dates_in("1.987.300 EUR").empty());
  EXPECT_TRUE(dates_in("2.104.950,50 Euro").empty());
  EXPECT_TRUE(dates_in("12.12.000").empty());
  EXPECT_TRUE(dates_in("1.12.10.2025").empty());
  EXPECT_TRUE(dates_in("3.9.2025.1").empty());
  EXPECT_TRUE(dates_in("3.9.20251").empty());
  EXPECT_TRUE(dates_in("3.9.202").empty());
  EXPECT_TRUE(dates_in("12.12.25,50").empty());
}

TEST(GermanDate, ReportsOffsetsAndTextAsRead) {
  const std::string text = "Eing.: 20. Aug. 2025";
  const auto dates = dates_in(text);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].date, (Date{2025, 8, 20}));
  EXPECT_EQ(dates[0].begin, 7u);
  EXPECT_EQ(dates[0].end, text.size());
  EXPECT_EQ(dates[0].text, "20. Aug. 2025");
  EXPECT_EQ(text.substr(dates[0].begin, dates[0].end - dates[0].begin), dates[0].text);
}

TEST(GermanDate, OffsetsCountBytesOfUmlauts) {
  const std::string text = "Gültig ab 6. März 2025.";
  const auto dates = dates_in(text);
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].begin, 11u);  // "ü" takes two bytes
  EXPECT_EQ(dates[0].text, "6. März 2025");
  EXPECT_EQ(dates[0].end, dates[0].begin + std::string("6. März 2025").size());
}

TEST(GermanDate, AllowsPunctuationAroundTheDate) {
  EXPECT_EQ(iso_dates_in("Wiesbaden, den *6.8.2025*"), Dates{"2025-08-06"});
  EXPECT_EQ(iso_dates_in("(13.8.2025)"), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("am 13.8.2025."), Dates{"2025-08-13"});
  EXPECT_EQ(iso_dates_in("vom 1.9.2025, gültig"), Dates{"2025-09-01"});
}

TEST(GermanDate, FindsSeveralDatesInOneLineLeftToRight) {
  const std::string text = "vom 1.9.2025 bis 31. Dez. 2025, verlängert am 7.10.25";
  const auto dates = dates_in(text);
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].date.iso(), "2025-09-01");
  EXPECT_EQ(dates[0].text, "1.9.2025");
  EXPECT_EQ(dates[1].date.iso(), "2025-12-31");
  EXPECT_EQ(dates[1].text, "31. Dez. 2025");
  EXPECT_EQ(dates[2].date.iso(), "2025-10-07");
  EXPECT_EQ(dates[2].text, "7.10.25");
  for (const auto& date : dates) EXPECT_EQ(text.substr(date.begin, date.end - date.begin), date.text);
  EXPECT_LT(dates[0].end, dates[1].begin);
  EXPECT_LT(dates[1].end, dates[2].begin);
}

TEST(GermanDate, ReadsASignatureLine) {
  const auto dates = dates_in("Wiesbaden, den 13.8.2025");
  ASSERT_EQ(dates.size(), 1u);
  EXPECT_EQ(dates[0].date, (Date{2025, 8, 13}));
  EXPECT_EQ(dates[0].begin, 15u);
  EXPECT_EQ(dates[0].text, "13.8.2025");
}

TEST(GermanDate, AFinderCanBeReused) {
  GermanDateFinder finder(german_month_names());
  EXPECT_EQ(finder.find("20. Aug. 2025").size(), 1u);
  EXPECT_EQ(finder.find("13.8.2025 und 6.8.2025").size(), 2u);
  EXPECT_TRUE(finder.find("keine Daten").empty());
  const GermanDateFinder moved = std::move(finder);
  EXPECT_EQ(moved.find("6. März 2025").front().date.iso(), "2025-03-06");
}

TEST(GermanDate, FindsTheDatesOfTheSeedAgreement) {
  // Lines of samples' zielvereinbarung-2025-wiesbaden, including years and a paragraph sign
  // that must not become dates.
  const std::string text =
      "Hessische Ministerin für\n"
      "Eing.: 20. Aug. 2025\n"
      "Anl.: / Ref.:\n"
      "Zielvereinbarung 2025\n"
      "dem „Bündnis für Ausbildung für die Jahre 2025 bis 2029“, dem Fachkonzept\n"
      "§ 4\n"
      "Das HMSI stellt der Landeshauptstadt Wiesbaden im Jahr 2025 Haushaltsmittel in Höhe von insgesamt\n"
      "2.812.460 Euro\n"
      "aus dem Ausbildungs- und Qualifizierungsbudget 2025 zur Verfügung.\n"
      "Wiesbaden, den *6.8.2025*\n"
      "Heike Hofmann\n"
      "Wiesbaden, den *13.8.2025*\n"
      "Dr. P. Becher\n";
  const auto dates = dates_in(text);
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[0].date.iso(), "2025-08-20");
  EXPECT_EQ(dates[0].text, "20. Aug. 2025");
  EXPECT_EQ(dates[1].date.iso(), "2025-08-06");
  EXPECT_EQ(dates[1].text, "6.8.2025");
  EXPECT_EQ(dates[2].date.iso(), "2025-08-13");
  EXPECT_EQ(dates[2].text, "13.8.2025");
  for (const auto& date : dates) EXPECT_EQ(text.substr(date.begin, date.end - date.begin), date.text);
}

}  // namespace
}  // namespace agreement_ocr
