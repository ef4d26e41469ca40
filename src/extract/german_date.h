// Finding German dates in OCR text: always day first, either numeric ("13.8.2025") or with a
// month name ("20. Aug. 2025"), tolerant of OCR look-alike digits and stray spaces in the date.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace agreement_ocr {

struct Date {
  int year = 0, month = 0, day = 0;
  // "2025-08-20".
  std::string iso() const;
};

bool operator==(const Date& left, const Date& right);

// Month names and abbreviations, lower-case, without a trailing dot, mapped to 1..12.
// Comes from the rules file (models/), so other wordings are added without C++.
struct MonthNames {
  std::vector<std::pair<std::string, int>> names;
};

struct DateMatch {
  Date date;
  // Byte offsets into the text: the date is text.substr(begin, end - begin).
  std::size_t begin = 0, end = 0;
  // The matched text as read, look-alikes and spaces included.
  std::string text;
};

// Finds dates with patterns compiled once from the month names; keep one per rules file.
//
// Accepted: "13.8.2025", "03. 09. 2025", "7.10.25", "20. Aug. 2025", "20 . Aug . 2025",
// "6. MÄRZ 2025". Two-digit years (numeric form only) mean 2000 + yy, since the documents are
// current administrative letters; four-digit years must lie in 1900..2099. Inside a date's
// numbers OCR look-alikes are read as digits (O/o as 0, l/I/| as 1, S as 5), but each number
// must still contain at least one real digit. Impossible dates (31.02.2025, month 13) and
// digits that continue a longer number ("2.812.460", "1.12.10.2025") give no match.
class GermanDateFinder {
 public:
  explicit GermanDateFinder(const MonthNames& months);
  ~GermanDateFinder();
  GermanDateFinder(GermanDateFinder&&) noexcept;
  GermanDateFinder& operator=(GermanDateFinder&&) noexcept;

  // All plausible dates in `text`, left to right, not overlapping.
  std::vector<DateMatch> find(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> pattern_;
  // Lower-cased month names with their numbers.
  std::vector<std::pair<std::string, int>> month_numbers_;
};

// All plausible German dates in `text`, left to right. Compiles the patterns on every call:
// for many texts keep a GermanDateFinder instead.
std::vector<DateMatch> find_german_dates(std::string_view text, const MonthNames& months);

}  // namespace agreement_ocr
