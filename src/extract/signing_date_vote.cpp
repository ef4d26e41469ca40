// Handwritten dates are read several ways because no single reading wins everywhere; the
// vote keeps the page's model in charge and refuses rather than guesses.
#include "extract/signing_date_vote.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

namespace agreement_ocr {
namespace {

bool plausible_year(int year, std::optional<int> expected_year) {
  return expected_year ? std::abs(year - *expected_year) <= 1 : year >= 1990 && year <= 2099;
}

// Day and month at the start of a numeric reading ("16.5." of "16.5.2723"), as "16.5".
std::optional<std::string> day_and_month(const std::string& reading) {
  static const RE2 leading(R"(^\D*?0?(\d{1,2})\s*\.\s*0?(\d{1,2})\s*\.)");
  std::string day, month;
  if (!RE2::PartialMatch(reading, leading, &day, &month)) return std::nullopt;
  return day + "." + month;
}

std::string day_and_month_of(const Date& date) { return std::to_string(date.day) + "." + std::to_string(date.month); }

}  // namespace

std::string with_lost_year_dot(const std::string& reading) {
  // The digits' count decides the split (four: 2 + 2, five: 1 + 4, six: 2 + 4); the month
  // must then be one.
  static const RE2 lost(R"((\d{1,2})\.(\d{4,6}))");
  std::string day, digits;
  if (!RE2::FullMatch(reading, lost, &day, &digits)) return reading;
  const std::size_t month_digits = digits.size() == 5 ? 1 : 2;
  const int month = std::stoi(digits.substr(0, month_digits));
  if (month < 1 || month > 12) return reading;
  return day + "." + digits.substr(0, month_digits) + "." + digits.substr(month_digits);
}

SigningDate vote_signing_date(const std::string& page_text, const std::vector<HandwritingReading>& readings,
                              const GermanDateFinder& dates, std::optional<int> expected_year) {
  // What page OCR read on the line counts as one more reading (a typed date it read well).
  std::vector<HandwritingReading> sources = readings;
  // After a re-read the line holds the first region reading in place of page OCR's.
  const bool replaced = !readings.empty() && !readings.front().text.empty();
  sources.push_back({page_text, true, replaced && readings.front().digits_only});
  // A date read in free text with its month written out ("07. JUL. 2023"): readings of
  // digits alone cannot see that month (they made "07.3.2023" of it), so they neither vote
  // nor disagree, and the vote goes on among the free-text readings. On the variety corpus's
  // dev parts this gave 1 right date that the self-disagreement below had refused, and
  // changed no other.
  const bool month_written = std::any_of(sources.begin(), sources.end(), [&](const HandwritingReading& source) {
    if (source.digits_only) return false;
    for (const DateMatch& match : dates.find(source.text))
      if (plausible_year(match.date.year, expected_year))
        return std::any_of(match.text.begin(), match.text.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
    return false;
  });
  struct Reading {
    std::optional<Date> date;                 // its first plausible date
    bool repaired = false;                    // only with a lost year dot put back
    std::optional<std::string> day_and_month;  // "16.5" of "16.5.2723"
  };
  std::vector<Reading> read(sources.size());
  std::map<std::string, int> votes;
  std::vector<std::string> order;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    if (month_written && sources[i].digits_only) continue;
    // Without the agreement's year a repaired two-digit year ("30.0520") could pass as 2020.
    const std::string text = expected_year ? with_lost_year_dot(sources[i].text) : sources[i].text;
    read[i].day_and_month = day_and_month(text);
    for (const DateMatch& match : dates.find(text)) {
      if (!plausible_year(match.date.year, expected_year)) continue;
      read[i].date = match.date;
      read[i].repaired = text != sources[i].text;
      if (votes[match.date.iso()]++ == 0) order.push_back(match.date.iso());
      break;
    }
  }
  auto date_of = [&](const std::string& iso) {
    for (const Reading& reading : read)
      if (reading.date && reading.date->iso() == iso) return *reading.date;
    return Date{};
  };
  // A date the page's model read whole, as written.
  auto read_whole_by_page_model = [&](const std::string& iso) {
    for (std::size_t i = 0; i < read.size(); ++i)
      if (sources[i].by_page_model && read[i].date && !read[i].repaired && read[i].date->iso() == iso) return true;
    return false;
  };
  // Otherwise two readings, one of them the page model's, give the date or its day and month.
  auto backed = [&](const std::string& iso) {
    const std::string wanted = day_and_month_of(date_of(iso));
    int backers = 0;
    bool page_model = false;
    for (std::size_t i = 0; i < read.size(); ++i) {
      if ((read[i].date && read[i].date->iso() == iso) || read[i].day_and_month == wanted) {
        ++backers;
        page_model = page_model || sources[i].by_page_model;
      }
    }
    return backers >= 2 && page_model;
  };
  SigningDate best;
  int best_votes = 0;
  auto pick = [&](auto&& eligible) {
    for (const auto& iso : order)
      if (votes[iso] > best_votes && eligible(iso)) best_votes = votes[iso], best.iso = iso;
  };
  pick(read_whole_by_page_model);
  if (!best.iso) pick(backed);
  // A reading whose day or month has another number of digits than the winner's ("11.06"
  // against "1.08") saw a digit more or less: one of them lost or invented a stroke, and
  // which one cannot be told, so the date is refused. (A digit read as another, the second
  // model's 8 as 6, keeps the count and is outvoted as before.)
  if (best.iso) {
    const std::string winner = day_and_month_of(date_of(*best.iso));
    const auto digit_counts = [](const std::string& day_month) {
      const std::size_t dot = day_month.find('.');
      return std::make_pair(dot, day_month.size() - dot - 1);
    };
    // Only a day and month that could be one ("16.59" is no date, just noise).
    const auto could_be_a_date = [](const std::string& day_month) {
      const int day = std::atoi(day_month.c_str());
      const int month = std::atoi(day_month.c_str() + day_month.find('.') + 1);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    };
    // The page's model read two different dates (a whole one and one with its dot put back
    // count alike): it cannot be in charge of a choice it disagrees with itself on. On the
    // variety corpus's dev parts this refused 3 wrong dates ("7.01.2023" beside the line's
    // "07.04.2023", "07.3.2023" beside "07. JUL. 2023") and 1 right one.
    for (std::size_t i = 0; i < read.size(); ++i)
      if (sources[i].by_page_model && read[i].date && day_and_month_of(*read[i].date) != winner) return SigningDate{};
    for (const Reading& reading : read) {
      const std::optional<std::string> other =
          reading.date ? std::optional<std::string>(day_and_month_of(*reading.date)) : reading.day_and_month;
      if (other && could_be_a_date(*other) && digit_counts(*other) != digit_counts(winner)) return SigningDate{};
    }
  }
  best.agreement = static_cast<double>(best_votes) / static_cast<double>(sources.size());
  return best;
}

}  // namespace agreement_ocr
