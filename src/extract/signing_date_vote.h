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
// agreement's year) or, without it, 1990..2099, so an ink blot read as "2723" (or, with the
// agreement's year known, "2020") never becomes a date.
// A date the page's own model read whole, as written, comes first, the most readings among
// such dates winning (a tie: the first read). Only when there is none does another date count,
// and then only when two readings, one of them the page model's, give that date or its day
// and month: "16.5.2723" by the page model backs the second model's "16.5.23", while "18.5..."
// backs nothing (the second model alone read a handwritten 8 as 6 on the samples, and a wrong
// date is worse than none). A digit reading that lost the dot before the year ("30.052023")
// is repaired only when the agreement's year is known, and a repaired reading needs such a
// second reading as well. Any reading whose day or month has another number of digits than
// the winner's ("11.06" against "1.08": a digit lost or invented) refuses the date, and so
// does any reading of the page's model that gives another plausible date. Once a free-text
// reading finds a date with its month written out, readings of digits alone (blind to it)
// take no part.
SigningDate vote_signing_date(const std::string& page_text, const std::vector<HandwritingReading>& readings,
                              const GermanDateFinder& dates, std::optional<int> expected_year);

// "30.052023" as "30.05.2023" and "7.82025" as "7.8.2025": a reading of digits and dots whose
// last dot is missing, with four to six digits after the first dot. Their count decides the
// split (2 + 2, 1 + 4, 2 + 4), so "6.112025" may stand for 6.1.2025 as well: the vote never
// lets a repaired reading decide alone. Anything else, or a month out of 1..12, is returned
// unchanged.
std::string with_lost_year_dot(const std::string& reading);

}  // namespace agreement_ocr
