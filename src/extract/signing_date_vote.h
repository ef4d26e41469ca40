// The signing date of a block, voted among independent readings of its handwriting: page
// OCR's text after "den" and the region readings of both models (ocr/handwritten_dates.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/german_date.h"
#include "ocr/ocr_page.h"

namespace agreement_ocr {

struct SigningDate {
  std::optional<std::string> iso;
  double agreement = 0.0;  // share of the readings that gave this date
};

// Each reading gives its first plausible date: a year within one of `expected_year` (the
// agreement's year) or, without it, 1990..2099, so an ink blot read as "2723" or "2020"
// never becomes a date. A digit reading that lost the dot before the year ("30.052023")
// counts as that date when only one split of its digits makes one.
// A date needs the page's own model: one of its readings gave the date, or, for a date the
// second model read, agrees on day and month ("16.5.2723" backs "16.5.23"); the second model
// alone read a handwritten 8 as 6 on the samples, and a wrong date is worse than none. Among
// backed dates the most readings win, a tie going to the first read.
SigningDate vote_signing_date(const std::string& page_text, const std::vector<HandwritingReading>& readings,
                              const GermanDateFinder& dates, std::optional<int> expected_year);

// "30.052023" as "30.05.2023" and "7.82025" as "7.8.2025": a reading of digits and dots whose
// last dot is missing, when exactly one split of the digits after the first dot gives a month
// (1..12) and a year of two or four digits; at least four digits follow the first dot.
// Anything else is returned unchanged.
std::string with_lost_year_dot(const std::string& reading);

}  // namespace agreement_ocr
