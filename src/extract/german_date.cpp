// German date patterns built from the rules' month names and compiled once with RE2; the
// checks RE2 cannot express (boundaries, calendar validity, look-alike digits) follow in code.
#include "extract/german_date.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>

namespace agreement_ocr {
namespace {

// A digit or a character OCR reads in place of one. Kept outside any case-insensitive part
// of the pattern, so "L", "i" and "s" stay letters.
constexpr std::string_view kDigitLike = "[0-9OolI|S]";
// OCR spreads a date's punctuation ("20 . Aug . 2025", "03. 09. 2025"); a few spaces at most,
// and never a line break, so numbers on separate lines are not joined into a date.
constexpr std::string_view kSpace = "[ \\t]{0,2}";

// Groups of the pattern: the numeric form's day, month and year, then the named form's.
enum Group { kNumericDay = 1, kNumericMonth, kNumericYear, kNamedDay, kNamedMonth, kNamedYear, kGroupCount };

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_ascii_alphanumeric(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Lower-cases ASCII and the German umlauts Ä, Ö, Ü (UTF-8 C3 84/96/9C): std::tolower works
// byte by byte and would leave them upper-case.
std::string lower_case(std::string_view text) {
  std::string result(text);
  for (std::size_t i = 0; i < result.size(); ++i) {
    const char c = result[i];
    if (c >= 'A' && c <= 'Z') {
      result[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == '\xC3' && i + 1 < result.size()) {
      const char next = result[i + 1];
      if (next == '\x84' || next == '\x96' || next == '\x9C') result[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return result;
}

// The number OCR most likely misread, or -1 when the part holds no real digit at all.
int number_of(std::string_view part) {
  int value = 0;
  bool has_real_digit = false;
  for (const char c : part) {
    int digit = 0;
    if (is_ascii_digit(c)) {
      digit = c - '0';
      has_real_digit = true;
    } else if (c == 'O' || c == 'o') {
      digit = 0;
    } else if (c == 'l' || c == 'I' || c == '|') {
      digit = 1;
    } else if (c == 'S') {
      digit = 5;
    } else {
      return -1;
    }
    value = value * 10 + digit;
  }
  return has_real_digit ? value : -1;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid(const Date& date) {
  return date.year >= 1900 && date.year <= 2099 && date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= days_in_month(date.year, date.month);
}

// Whether the character at `index` continues a number or word: a digit, letter or look-alike,
// or a '.' or ',' with a digit on its far side (`far_side` steps away from the date).
bool continues_token(std::string_view text, std::size_t index, int far_side) {
  const char c = text[index];
  if (is_ascii_alphanumeric(c) || c == '|') return true;
  if (c != '.' && c != ',') return false;
  const auto beyond = static_cast<std::ptrdiff_t>(index) + far_side;
  return beyond >= 0 && static_cast<std::size_t>(beyond) < text.size() &&
         is_ascii_digit(text[static_cast<std::size_t>(beyond)]);
}

// "2.812.460" is an amount and "1.12.10.2025" a list of numbers: a date stands alone.
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0 && continues_token(text, begin - 1, -1)) return false;
  if (end < text.size() && continues_token(text, end, +1)) return false;
  return true;
}

std::string month_alternatives(std::vector<std::pair<std::string, int>> names) {
  // Longest first, so "august" wins over "aug" and "sept" over "sep".
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  std::string alternatives;
  for (const auto& [name, number] : names) {
    if (name.empty()) continue;
    if (!alternatives.empty()) alternatives += '|';
    alternatives += RE2::QuoteMeta(name);
  }
  return alternatives;
}

std::string date_pattern(const std::vector<std::pair<std::string, int>>& month_numbers) {
  const std::string digit(kDigitLike);
  const std::string space(kSpace);
  const std::string dot = space + "\\." + space;
  const std::string day = "(" + digit + "{1,2})";
  // Two-digit years only in the numeric form: after a month name, "3. Mai 12" is more often a
  // count than a year.
  std::string pattern = day + dot + "(" + digit + "{1,2})" + dot + "(" + digit + "{4}|" + digit + "{2})";
  const std::string months = month_alternatives(month_numbers);
  // Before a month name, a comma after the day can only be OCR's reading of its dot ("EINGANG
  // 5, APR. 2024" on a black stamp); between numbers it could be a list ("5,4,2024").
  const std::string named = day + space + "(?:[.,]" + space + ")?" + "((?i:" + months + "))" + "(?:" + space +
                            "\\.)?" + space + "(" + digit + "{4})";
  // Without month names the named form becomes one that never matches ("x" both ending and
  // not ending a word), keeping the group numbers.
  pattern += "|" + (months.empty() ? std::string("(x)(x)(x)\\b\\B") : named);
  return pattern;
}

}  // namespace

std::string Date::iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

bool operator==(const Date& left, const Date& right) {
  return left.year == right.year && left.month == right.month && left.day == right.day;
}

GermanDateFinder::GermanDateFinder(const MonthNames& months) {
  for (const auto& [name, number] : months.names) month_numbers_.emplace_back(lower_case(name), number);
  pattern_ = std::make_unique<RE2>(date_pattern(month_numbers_));
}

GermanDateFinder::~GermanDateFinder() = default;
GermanDateFinder::GermanDateFinder(GermanDateFinder&&) noexcept = default;
GermanDateFinder& GermanDateFinder::operator=(GermanDateFinder&&) noexcept = default;

std::vector<DateMatch> GermanDateFinder::find(std::string_view text) const {
  std::vector<DateMatch> dates;
  if (!pattern_->ok()) return dates;
  re2::StringPiece groups[kGroupCount];
  const re2::StringPiece input(text.data(), text.size());
  std::size_t position = 0;
  while (position < text.size() &&
         pattern_->Match(input, position, text.size(), RE2::UNANCHORED, groups, kGroupCount)) {
    const auto begin = static_cast<std::size_t>(groups[0].data() - text.data());
    const auto end = begin + groups[0].size();
    Date date;
    if (groups[kNumericDay].data() != nullptr) {
      date.day = number_of(groups[kNumericDay]);
      date.month = number_of(groups[kNumericMonth]);
      date.year = number_of(groups[kNumericYear]);
      if (groups[kNumericYear].size() == 2 && date.year >= 0) date.year += 2000;
    } else {
      date.day = number_of(groups[kNamedDay]);
      date.year = number_of(groups[kNamedYear]);
      const std::string name = lower_case(std::string_view(groups[kNamedMonth].data(), groups[kNamedMonth].size()));
      for (const auto& [known, number] : month_numbers_)
        if (known == name) date.month = number;
    }
    if (is_valid(date) && stands_alone(text, begin, end)) {
      dates.push_back({date, begin, end, std::string(text.substr(begin, end - begin))});
      position = end;
    } else {
      // RE2 reports only the leftmost match; another date may start inside the rejected text.
      position = begin + 1;
    }
  }
  return dates;
}

std::vector<DateMatch> find_german_dates(std::string_view text, const MonthNames& months) {
  return GermanDateFinder(months).find(text);
}

}  // namespace agreement_ocr
