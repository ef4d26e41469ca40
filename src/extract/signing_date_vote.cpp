// Handwritten dates are read several ways because no single reading wins everywhere; the
// vote keeps the page's model in charge and refuses rather than guesses.
#include "extract/signing_date_vote.h"

#include <re2/re2.h>

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
  static const RE2 lost(R"((\d{1,2})\.(\d{4,6}))");
  std::string day, digits;
  if (!RE2::FullMatch(reading, lost, &day, &digits)) return reading;
  std::string repaired;
  int splits = 0;
  for (std::size_t month_digits = 1; month_digits <= 2 && month_digits < digits.size(); ++month_digits) {
    const std::size_t year_digits = digits.size() - month_digits;
    const int month = std::stoi(digits.substr(0, month_digits));
    if ((year_digits != 2 && year_digits != 4) || month < 1 || month > 12) continue;
    repaired = day + "." + digits.substr(0, month_digits) + "." + digits.substr(month_digits);
    ++splits;
  }
  return splits == 1 ? repaired : reading;
}

SigningDate vote_signing_date(const std::string& page_text, const std::vector<HandwritingReading>& readings,
                              const GermanDateFinder& dates, std::optional<int> expected_year) {
  // What page OCR read on the line counts as one more reading (a typed date it read well).
  std::vector<HandwritingReading> sources = readings;
  sources.push_back({page_text, true});
  std::map<std::string, int> votes;
  std::map<std::string, Date> date_of;
  std::map<std::string, bool> read_by_page_model;
  std::vector<std::string> order;
  for (const auto& source : sources) {
    for (const DateMatch& match : dates.find(with_lost_year_dot(source.text))) {
      if (!plausible_year(match.date.year, expected_year)) continue;
      const std::string iso = match.date.iso();
      if (votes[iso]++ == 0) order.push_back(iso);
      date_of[iso] = match.date;
      read_by_page_model[iso] = read_by_page_model[iso] || source.by_page_model;
      break;
    }
  }
  auto backed_on_day_and_month = [&](const std::string& iso) {
    for (const auto& source : sources)
      if (source.by_page_model && day_and_month(source.text) == day_and_month_of(date_of[iso])) return true;
    return false;
  };
  SigningDate best;
  int best_votes = 0;
  auto pick = [&](auto&& eligible) {
    for (const auto& iso : order)
      if (votes[iso] > best_votes && eligible(iso)) best_votes = votes[iso], best.iso = iso;
  };
  pick([&](const std::string& iso) { return read_by_page_model[iso]; });
  // Only when the page's model read no date whole do its day and month back one.
  if (!best.iso) pick(backed_on_day_and_month);
  best.agreement = static_cast<double>(best_votes) / static_cast<double>(sources.size());
  return best;
}

}  // namespace agreement_ocr
