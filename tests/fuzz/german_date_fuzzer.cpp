// Fuzz target: the German date finder (src/extract/german_date.h) with the month names of the
// default rules, on arbitrary bytes as OCR may produce them. Besides memory errors and UB it
// checks what the header promises: offsets inside the text, matches left to right without
// overlap, and only real calendar dates in 1900..2099.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/german_date.h"
#include "fuzz_rules.h"

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool is_real_date(const agreement_ocr::Date& date) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.year < 1900 || date.year > 2099 || date.month < 1 || date.month > 12) return false;
  const int days = date.month == 2 && is_leap_year(date.year) ? 29 : kDays[date.month - 1];
  return date.day >= 1 && date.day <= days;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using agreement_ocr::fuzz::check;
  const auto& rules = agreement_ocr::fuzz::default_rules();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t previous_end = 0;
  for (const auto& match : rules.dates->find(text)) {
    check(match.begin < match.end && match.end <= text.size(), "date offsets inside the text");
    check(match.begin >= previous_end, "dates left to right, not overlapping");
    check(match.text == text.substr(match.begin, match.end - match.begin), "date text is text[begin, end)");
    check(is_real_date(match.date), "a real calendar date in 1900..2099");
    previous_end = match.end;
  }
  return 0;
}
