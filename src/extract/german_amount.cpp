// Amount patterns built from the rules' currency words and scales and compiled once with RE2;
// RE2 finds loose candidates, the German separator rules are checked in code to explain refusals.
#include "extract/german_amount.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>

namespace agreement_ocr {
namespace {

// A digit or a character OCR reads in place of one.
constexpr std::string_view kDigitLike = "[0-9OlIS]";
constexpr std::string_view kSpace = "[ \\t]{0,2}";
// Digit groups split by spaces are read as one number from this many groups on (1 000 000).
constexpr long kMinSpaceSplitGroups = 3;
// A pattern that never matches (a position both at and not at a word boundary), standing in
// for an empty word list so the group numbers stay the same.
constexpr std::string_view kNeverMatches = "\\b\\B";

// Groups of the pattern: currency first ("EUR 2.104.950"), or number first ("2.812.460 Euro").
enum Group {
  kCurrencyFirstCurrency = 1,
  kCurrencyFirstNumber,
  kCurrencyFirstNoCents,
  kCurrencyFirstScale,
  kNumberFirstNumber,
  kNumberFirstNoCents,
  kNumberFirstScaleWithCurrency,
  kNumberFirstScale,
  kNumberFirstCurrency,
  kGroupCount
};

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alphanumeric(char c) { return is_ascii_digit(c) || is_ascii_letter(c); }

std::string upper_case(std::string_view text) {
  std::string result(text);
  for (auto& c : result)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return result;
}

std::string alternatives(std::vector<std::string> words) {
  // Longest first, so "Mio." wins over "Mio" and "EURO" over "EUR".
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string pattern;
  for (const auto& word : words) {
    if (word.empty()) continue;
    if (!pattern.empty()) pattern += '|';
    pattern += RE2::QuoteMeta(word);
  }
  return pattern.empty() ? std::string(kNeverMatches) : pattern;
}

std::vector<std::string> currency_spellings(const AmountVocabulary& vocabulary) {
  std::vector<std::string> spellings;
  for (const auto& word : vocabulary.currency_words) {
    for (auto spelling : {word, upper_case(word)})
      if (std::find(spellings.begin(), spellings.end(), spelling) == spellings.end()) spellings.push_back(spelling);
  }
  return spellings;
}

bool contains_currency(std::string_view scale, const std::vector<std::string>& currencies) {
  return std::any_of(currencies.begin(), currencies.end(), [&](const std::string& currency) {
    return !currency.empty() && scale.find(currency) != std::string_view::npos;
  });
}

std::string amount_pattern(const AmountVocabulary& vocabulary) {
  const auto currencies = currency_spellings(vocabulary);
  std::vector<std::string> scales_with_currency, scales_alone, all_scales;
  for (const auto& [scale, factor] : vocabulary.scales) {
    (contains_currency(scale, currencies) ? scales_with_currency : scales_alone).push_back(scale);
    all_scales.push_back(scale);
  }
  const std::string digit(kDigitLike);
  const std::string space(kSpace);
  // Loose on purpose: any run of digits, dots and commas, so that badly grouped numbers are
  // found and refused rather than read in part. OCR may put a space after a thousands dot.
  const std::string number = "(" + digit + "(?:" + digit + "|\\. ?" + digit + "|," + digit + ")*)";
  // "1.650.000,- Euro": a dash instead of cents.
  const std::string no_cents = "(,(?:-{1,2}|–))?";
  const std::string currency_first = "(" + alternatives(currencies) + ")" + space + number + no_cents + "(?:" +
                                     space + "(" + alternatives(all_scales) + "))?";
  const std::string number_first = number + no_cents + space + "(?:(" + alternatives(scales_with_currency) +
                                   ")|(?:(" + alternatives(scales_alone) + ")" + space + ")?(" +
                                   alternatives(currencies) + "))";
  return currency_first + "|" + number_first;
}

std::string_view view_of(const re2::StringPiece& piece) { return {piece.data(), piece.size()}; }

bool matched(const re2::StringPiece& piece) { return piece.data() != nullptr; }

// The amount must not continue a word or number: "Europa" is no "Euro", "TEUR" no "EUR".
bool stands_alone(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin > 0 && is_ascii_alphanumeric(text[begin]) && is_ascii_alphanumeric(text[begin - 1])) return false;
  if (begin > 1 && (text[begin - 1] == '.' || text[begin - 1] == ',') && is_ascii_digit(text[begin - 2]) &&
      is_ascii_digit(text[begin])) {
    return false;
  }
  if (end < text.size() && is_ascii_alphanumeric(text[end - 1])) {
    const char next = text[end];
    // A byte above 0x7F continues a word only after a letter: "Europäisch".
    if (is_ascii_alphanumeric(next) || (is_ascii_letter(text[end - 1]) && static_cast<unsigned char>(next) > 0x7F))
      return false;
  }
  return true;
}

// Where digit groups split by spaces ("2 812 460 Euro") begin, walking back from the number;
// `number_begin` itself when there are none.
std::size_t start_of_space_split_groups(std::string_view text, std::size_t number_begin) {
  std::size_t start = number_begin;
  while (start >= 2 && text[start - 1] == ' ' && is_ascii_digit(text[start - 2])) {
    std::size_t digits_begin = start - 1;
    while (digits_begin > 0 && is_ascii_digit(text[digits_begin - 1]) && start - 1 - digits_begin < 4) --digits_begin;
    const std::size_t digits = start - 1 - digits_begin;
    if (digits > 3 || (digits_begin > 0 && is_ascii_alphanumeric(text[digits_begin - 1]))) break;
    start = digits_begin;
    if (digits < 3) break;  // a leading group
  }
  return start;
}

struct ReadNumber {
  bool has_real_digit = false;
  double value = 0;
  std::string problem;
};

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts(1);
  for (const char c : text) {
    if (c == separator) {
      parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  return parts;
}

// Reads a loose number by German rules; sets `problem` when it could be read another way.
ReadNumber read_number(std::string_view loose, bool has_scale, double scale) {
  ReadNumber result;
  std::string number;
  for (const char c : loose) {
    if (c == ' ') continue;
    if (is_ascii_digit(c)) result.has_real_digit = true;
    number += c == 'O' ? '0' : (c == 'l' || c == 'I') ? '1' : c == 'S' ? '5' : c;
  }
  const auto at_comma = split(number, ',');
  if (at_comma.size() > 2) {
    result.problem = "several commas: English-style thousands separators or a list, not a German amount";
    return result;
  }
  const std::string& cents = at_comma.size() == 2 ? at_comma[1] : std::string();
  if (cents.find('.') != std::string::npos) {
    result.problem = "a dot after the decimal comma: English-style separators";
    return result;
  }
  const auto groups = split(at_comma[0], '.');
  if (groups.size() > 1) {
    if (has_scale && groups.size() == 2 && cents.empty() && groups[1].size() != 3) {
      result.problem = "a dot used as decimal point before a scale: English style";
      return result;
    }
    if (groups[0].size() > 3 || groups[0][0] == '0' ||
        std::any_of(groups.begin() + 1, groups.end(), [](const std::string& group) { return group.size() != 3; })) {
      result.problem = "thousands groups must have exactly three digits after each dot";
      return result;
    }
  }
  if (!has_scale && cents.size() > 2) {
    result.problem = "more than two digits after the comma: an English-style thousands separator?";
    return result;
  }
  // Whole digits first and one division last, so 12.500,50 gives exactly 12500.5.
  std::string digits;
  for (const auto& group : groups) digits += group;
  digits += cents;
  // Beyond 15 digits a double no longer holds every cent: no public budget is that large.
  if (digits.size() > 15) {
    result.problem = "more than 15 digits";
    return result;
  }
  double mantissa = 0;
  for (const char c : digits) mantissa = mantissa * 10 + (c - '0');
  result.value = mantissa * (has_scale ? scale : 1.0) / std::pow(10.0, static_cast<double>(cents.size()));
  return result;
}

// Where the currency word of a number-first match begins (a scale that holds it counts).
std::size_t currency_word_begin(std::string_view text, const re2::StringPiece* groups) {
  const auto& word = matched(groups[kNumberFirstCurrency]) ? groups[kNumberFirstCurrency]
                                                           : groups[kNumberFirstScaleWithCurrency];
  return static_cast<std::size_t>(word.data() - text.data());
}

// A number-first match whose currency word is followed by another number, so that the word
// could as well start a currency-first amount.
bool currency_word_claimed_after(std::string_view text, const re2::StringPiece* groups, std::size_t line_break) {
  if (!matched(groups[kNumberFirstCurrency])) return false;  // "Mio. Euro" ends an amount
  const std::size_t end = static_cast<std::size_t>(groups[0].data() - text.data()) + groups[0].size();
  std::size_t after = end;
  for (int spaces = 0; spaces < 2 && after < text.size() && text[after] == ' '; ++spaces) ++after;
  const bool across_line_break = line_break != std::string_view::npos && end <= line_break && line_break <= after;
  return after > end && after < text.size() && is_ascii_digit(text[after]) && !across_line_break;
}

}  // namespace

GermanAmountFinder::GermanAmountFinder(const AmountVocabulary& vocabulary)
    : pattern_(std::make_unique<RE2>(amount_pattern(vocabulary))), scales_(vocabulary.scales) {}

GermanAmountFinder::~GermanAmountFinder() = default;
GermanAmountFinder::GermanAmountFinder(GermanAmountFinder&&) noexcept = default;
GermanAmountFinder& GermanAmountFinder::operator=(GermanAmountFinder&&) noexcept = default;

std::vector<AmountMatch> GermanAmountFinder::find(std::string_view text, std::size_t line_break) const {
  std::vector<AmountMatch> amounts;
  if (!pattern_->ok()) return amounts;
  re2::StringPiece groups[kGroupCount];
  const re2::StringPiece input(text.data(), text.size());
  std::size_t position = 0;
  std::size_t disputed_currency_word = std::string_view::npos;
  while (position < text.size() &&
         pattern_->Match(input, position, text.size(), RE2::UNANCHORED, groups, kGroupCount)) {
    std::size_t begin = static_cast<std::size_t>(groups[0].data() - text.data());
    const std::size_t end = begin + groups[0].size();
    const bool currency_first = matched(groups[kCurrencyFirstCurrency]);
    const auto number = view_of(groups[currency_first ? kCurrencyFirstNumber : kNumberFirstNumber]);
    const re2::StringPiece* scale_group = nullptr;
    for (const int group : {kCurrencyFirstScale, kNumberFirstScaleWithCurrency, kNumberFirstScale})
      if (matched(groups[group])) scale_group = &groups[group];
    double scale = 1.0;
    if (scale_group != nullptr)
      for (const auto& [word, factor] : scales_)
        if (word == view_of(*scale_group)) scale = factor;

    const ReadNumber read = read_number(number, scale_group != nullptr, scale);
    if (!read.has_real_digit || !stands_alone(text, begin, end)) {
      // RE2 reports only the leftmost match; another amount may start inside the rejected text.
      position = begin + 1;
      continue;
    }
    AmountMatch amount;
    amount.problem = read.problem;
    double leading_groups_value = 0;  // of "2 718" in "2 718 350 Euro"
    if (!currency_first && currency_word_claimed_after(text, groups, line_break)) {
      // "insgesamt 5 EUR 1.621.750,10": the currency word may belong to either number, so
      // both readings are refused. (Over a line break the second line is read again alone.)
      amount.problem = "its currency word stands before another number";
      amount.ambiguous = true;
      amount.begin = begin;
      amount.end = static_cast<std::size_t>(groups[kNumberFirstNumber].data() - text.data()) +
                   groups[kNumberFirstNumber].size();
      amount.text = std::string(text.substr(amount.begin, amount.end - amount.begin));
      amounts.push_back(std::move(amount));
      position = currency_word_begin(text, groups);
      disputed_currency_word = position;
      continue;
    }
    if (currency_first && begin == disputed_currency_word) amount.problem = "its currency word follows another number";
    if (!currency_first) {
      const std::size_t split_begin = start_of_space_split_groups(text, begin);
      const std::size_t leading_group = std::min(number.find_first_of(".,"), number.size());
      // Never back into the amount before: "EUR 12 345 Euro" is "EUR 12", then "345 Euro".
      const std::size_t previous_end = amounts.empty() ? 0 : amounts.back().end;
      if (split_begin != begin && leading_group == 3 && split_begin >= previous_end) {
        // Typed German groups digits with spaces ("2 718 350 Euro"). Read as one number only
        // when nothing else can claim a group: three groups or more (two, "2 500", may be a
        // count and an amount), a word or the line's start before them, no scale, no other
        // problem.
        const std::string_view prefix = text.substr(split_begin, begin - split_begin);
        const auto groups = 1 + std::count(prefix.begin(), prefix.end(), ' ');
        const bool digit_before = split_begin >= 2 && text[split_begin - 1] == ' ' && is_ascii_digit(text[split_begin - 2]);
        double leading = 0;
        for (const char c : prefix)
          if (is_ascii_digit(c)) leading = leading * 10 + (c - '0');
        if (groups >= kMinSpaceSplitGroups && !digit_before && scale_group == nullptr && read.problem.empty()) {
          leading_groups_value = leading * 1000;
        } else {
          amount.problem = "digit groups separated by spaces: one number or several?";
        }
        begin = split_begin;
      }
    }
    amount.ambiguous = !amount.problem.empty();
    amount.value = amount.ambiguous ? 0 : leading_groups_value + read.value;
    amount.begin = begin;
    amount.end = end;
    amount.text = std::string(text.substr(begin, end - begin));
    amounts.push_back(std::move(amount));
    position = end;
  }
  return amounts;
}

std::vector<AmountMatch> find_german_amounts(std::string_view text, const AmountVocabulary& vocabulary) {
  return GermanAmountFinder(vocabulary).find(text);
}

}  // namespace agreement_ocr
