// Tests of the signing-date vote: the page's model stays in charge, a dot lost before the
// year is put back only where the digits allow one reading, implausible years never count.
#include "extract/signing_date_vote.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "extract/rules.h"
#include "support/extract_fixtures.h"

namespace agreement_ocr {
namespace {

std::vector<HandwritingReading> readings(const std::vector<std::string>& page_model, const std::vector<std::string>& second = {}) {
  std::vector<HandwritingReading> all;
  for (const auto& text : page_model) all.push_back({text, true});
  for (const auto& text : second) all.push_back({text, false});
  return all;
}

SigningDate vote(const std::vector<std::string>& page_model, const std::vector<std::string>& second, std::optional<int> year,
                 const std::string& page_text = "") {
  return vote_signing_date(page_text, readings(page_model, second), *testing::default_rules().dates, year);
}

TEST(LostYearDot, PutBackWhereOnlyOneSplitMakesADate) {
  EXPECT_EQ(with_lost_year_dot("30.052023"), "30.05.2023");
  EXPECT_EQ(with_lost_year_dot("7.82025"), "7.8.2025");
  EXPECT_EQ(with_lost_year_dot("1.12024"), "1.1.2024");    // "12" + "024" is no year
  EXPECT_EQ(with_lost_year_dot("5.1224"), "5.12.24");      // "1" + "224" is no year
  EXPECT_EQ(with_lost_year_dot("30.112023"), "30.11.2023");
  EXPECT_EQ(with_lost_year_dot("30.0570"), "30.05.70");  // the vote refuses 2070
}

TEST(LostYearDot, LeavesEverythingElse) {
  EXPECT_EQ(with_lost_year_dot("30.05.2023"), "30.05.2023");  // nothing lost
  EXPECT_EQ(with_lost_year_dot("30.1325"), "30.1325");        // month 13, "1" + "325" no year
  EXPECT_EQ(with_lost_year_dot("2.812.460"), "2.812.460");    // an amount
  EXPECT_EQ(with_lost_year_dot("12.325"), "12.325");  // three digits are too few to be sure ("12.3.25"?)
  EXPECT_EQ(with_lost_year_dot("den 30.052023"), "den 30.052023");  // only whole readings
}

TEST(SigningDateVote, TheLostDotGivesTheDate) {
  // "30.052023" repaired; the other readings back its day and month (2025 is two years from
  // the agreement's, so "30.05.2025" gives no date, only its day and month).
  const SigningDate date = vote({"30.057075", "30.052023"}, {"20.05.2925", "30.05.2025"}, 2023);
  EXPECT_EQ(date.iso, "2023-05-30");
}

TEST(SigningDateVote, ARepairedReadingNeverDecidesAlone) {
  // "6.112025" may be 6.1.2025 with the dot read as 1: the other reading says 6.1, not 6.11.
  EXPECT_EQ(vote({"6.112025"}, {"6.1.2025"}, 2025).iso, std::nullopt);
  EXPECT_EQ(vote({"6.112025"}, {}, 2025).iso, std::nullopt);
  // Without the agreement's year nothing is repaired: "30.0520" would pass as 2020.
  EXPECT_EQ(vote({"30.0520", "30.0520"}, {}, std::nullopt).iso, std::nullopt);
  EXPECT_EQ(vote({"30.05.2023"}, {}, std::nullopt).iso, "2023-05-30");
}

TEST(SigningDateVote, ThePageModelBacksTheSecondOnDayAndMonth) {
  // The page's model read day and month, the year garbled; the second model read it whole.
  EXPECT_EQ(vote({"16.5.2723", "16.59.23"}, {"16.5.23", "16.5.23"}, 2023).iso, "2023-05-16");
  // A different day or month backs nothing: the second model's 6 may be an 8.
  EXPECT_EQ(vote({"18.5.2723", "18.59.23"}, {"16.5.23", "16.5.23"}, 2023).iso, std::nullopt);
  EXPECT_EQ(vote({"16.8.2723"}, {"16.6.23", "16.6.23"}, 2023).iso, std::nullopt);
}

TEST(SigningDateVote, ADateThePageModelReadWholeComesFirst) {
  // Three second-model readings agreeing on day and month with the page's model do not
  // outvote the page model's own whole date.
  EXPECT_EQ(vote({"13.8.2025"}, {"13.8.2024", "13.8.2024", "13.8.2024"}, 2025).iso, "2025-08-13");
  // Page OCR's text of the line is a page-model reading too.
  EXPECT_EQ(vote({}, {"6.6.2025"}, 2025, "6.8.2025").iso, "2025-08-06");
}

TEST(SigningDateVote, ADigitMoreOrLessInAnyReadingRefusesTheDate) {
  // The page model read "1.08.2025" three times, the second model "11.06.2025": a "1" lost
  // or added, and no way to tell which.
  EXPECT_EQ(vote({"1.08.2075", "1.08.2025", "1.08.2075"}, {"11.06.2925", "11.06.2025"}, 2025).iso, std::nullopt);
  EXPECT_EQ(vote({"6.8.2025"}, {"6.12.2025"}, 2025).iso, std::nullopt);
  // The same number of digits, another digit: outvoted as before.
  EXPECT_EQ(vote({"6.8.2025"}, {"6.6.2925", "6.6.2925"}, 2025).iso, "2025-08-06");
}

TEST(SigningDateVote, ThePageModelReadingTwoDatesRefusesTheDate) {
  // Page OCR read the line's "07.04.2023", the region reading "7.01.2023".
  EXPECT_EQ(vote({"7.01.2023"}, {"07.04.2022"}, 2023, "07.04.2023").iso, std::nullopt);
  EXPECT_EQ(vote({"07.3.2023", "07. JUL. 2023"}, {}, 2023, "07.3.2023").iso, std::nullopt);
  // A reading with its dot put back disagrees as much as a whole one.
  EXPECT_EQ(vote({"08.05.24", "05.0524"}, {}, 2024).iso, std::nullopt);
  // The second model's other date alone is outvoted as before; an implausible year is no date.
  EXPECT_EQ(vote({"13.8.2025", "13.8.2075"}, {"13.6.2025"}, 2025, "13.8.2025").iso, "2025-08-13");
}

TEST(SigningDateVote, AMonthWrittenOutSilencesTheDigitReadings) {
  // A date stamp "07. JUL. 2023": the page model's free-text reading sees the month, its
  // digits-only readings made "07.3.2023" of it, and the line holds the first of them.
  std::vector<HandwritingReading> read = {
      {"07.3.2023", true, true}, {"07. JUL. 2023", true, false}, {"97..2023", false, true}, {"97. JUL. 2023", false, false}};
  const auto& dates = *testing::default_rules().dates;
  EXPECT_EQ(vote_signing_date("07.3.2023", read, dates, 2023).iso, "2023-07-07");
  // A free-text reading of digits is no month written out: the page model read two dates.
  read[1].text = "07.7.2023";
  EXPECT_EQ(vote_signing_date("07.3.2023", read, dates, 2023).iso, std::nullopt);
  // The second model's written month silences the digits too, and alone it is no date.
  read[1] = {"", true, false};
  read[3].text = "07. JUL. 2023";
  EXPECT_EQ(vote_signing_date("07.3.2023", read, dates, 2023).iso, std::nullopt);
  read[3].text = "97..2023";  // without it, the page model's digits decide as before
  EXPECT_EQ(vote_signing_date("07.3.2023", read, dates, 2023).iso, "2023-03-07");
}

TEST(SigningDateVote, AgreementIsTheShareOfReadings) {
  const SigningDate date = vote({"6.8.2025", "6.8.2025"}, {"6.8.2025"}, 2025);
  EXPECT_EQ(date.iso, "2025-08-06");
  EXPECT_DOUBLE_EQ(date.agreement, 3.0 / 4.0);  // the empty page text is the fourth reading
}

}  // namespace
}  // namespace agreement_ocr
