// Which dash was printed, from the dash's width against the line's digits.
#include "ocr/printed_dashes.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

// "Az.: III 2 <dash> 53d 04 01" at 300 dpi in a 11 pt face: digits about 21 px wide.
OcrLine reference_line(const std::string& dash, int dash_width) {
  OcrLine line;
  int x = 100;
  auto add = [&](const std::string& text, int width) {
    line.words.push_back({text, {x, 500, width, 30}, 0.9});
    x += width + 14;
  };
  add("Az.:", 50);
  add("III", 30);
  add("2", 18);  // a single digit tells no width: its ink is narrower than its advance
  add(dash, dash_width);
  add("53d", 64);
  add("04", 42);
  add("01", 40);
  join_words(line);
  return line;
}

TEST(PrintedDashes, DigitSizeIsTheMedianOfNumbersPerDigit) {
  const std::optional<DigitSize> digit = digit_size(reference_line("-", 12).words);
  ASSERT_TRUE(digit.has_value());
  EXPECT_DOUBLE_EQ(digit->width, 20.5);  // 21 and 20 per digit; "2" alone does not count
  EXPECT_DOUBLE_EQ(digit->height, 30.0);
  OcrLine words_only;
  words_only.words = {{"und", {0, 0, 50, 30}, 0.9}, {"2", {60, 0, 18, 30}, 0.9}, {"53d", {90, 0, 64, 30}, 0.9}};
  EXPECT_FALSE(digit_size(words_only.words).has_value());
}

TEST(PrintedDashes, TheDashIsToldByItsWidthAgainstTheDigits) {
  const DigitSize digit{20.0, 30.0};
  EXPECT_EQ(dash_of_width(9, digit), "-");   // 0.45 + 0.30: DejaVu's hyphen
  EXPECT_EQ(dash_of_width(13, digit), "-");  // 0.65 + 0.43 = 1.08: a little over the widest hyphen measured (1.07)
  EXPECT_EQ(dash_of_width(14, digit), "–");  // 0.70 + 0.47 = 1.17: about a condensed face's en dash
  EXPECT_EQ(dash_of_width(21, digit), "–");  // 1.05 + 0.70: most faces' en dash, often read as "—"
  EXPECT_EQ(dash_of_width(40, digit), "—");  // two digits wide
}

TEST(PrintedDashes, AHyphenAsWideAsADigitBecomesAnEnDash) {
  OcrPage page;
  page.lines = {reference_line("-", 20), reference_line("-", 12)};
  page.text = "unchanged";
  restore_printed_dashes(page);
  EXPECT_EQ(page.lines[0].text, "Az.: III 2 – 53d 04 01");
  EXPECT_EQ(page.lines[1].text, "Az.: III 2 - 53d 04 01");  // a narrow one stays a hyphen
  EXPECT_EQ(page.text, "Az.: III 2 – 53d 04 01\nAz.: III 2 - 53d 04 01\n");
}

TEST(PrintedDashes, AnEmDashAsWideAsADigitBecomesAnEnDashAndKeepsTheLinesConfidence) {
  OcrPage page;
  page.lines = {reference_line("—", 21)};
  page.lines[0].confidence = 0.42;  // Tesseract's, not the words' mean
  const cv::Rect box = page.lines[0].box;
  restore_printed_dashes(page);
  EXPECT_EQ(page.lines[0].text, "Az.: III 2 – 53d 04 01");
  EXPECT_EQ(page.lines[0].words[3].text, "–");
  EXPECT_DOUBLE_EQ(page.lines[0].confidence, 0.42);
  EXPECT_EQ(page.lines[0].box, box);
}

TEST(PrintedDashes, StampsAndHandwritingAreLeftAsRead) {
  OcrPage page;
  OcrLine stamp = reference_line("-", 20);
  stamp.in_stamp_frame = true;
  OcrLine handwriting = reference_line("-", 20);
  handwriting.handwriting_readings = {{"13.8.2025", true}};
  page.lines = {stamp, handwriting};
  page.text = "as read";
  restore_printed_dashes(page);
  EXPECT_EQ(page.lines[0].text, "Az.: III 2 - 53d 04 01");
  EXPECT_EQ(page.lines[1].text, "Az.: III 2 - 53d 04 01");
  EXPECT_EQ(page.text, "as read");
}

// Letters 20 px wide and words 30 px high: a 10 px dash sums to 0.83 (a hyphen), a 16 px one
// to 1.33 (an en dash); a dash opening the line is a bullet and stays as read.
OcrLine words_line(const std::string& first, int dash_width) {
  OcrLine line;
  line.words = {{first, {0, 0, 20, 30}, 0.9},       {"Gastro", {30, 0, 120, 30}, 0.9},
                {"-", {160, 0, dash_width, 30}, 0.9}, {"Werkstatt", {190, 0, 180, 30}, 0.9}};
  join_words(line);
  return line;
}

TEST(PrintedDashes, BetweenWordsJudgedByTheLetters) {
  OcrPage page;
  page.lines = {words_line("-", 16), words_line("-", 10)};
  restore_printed_dashes(page);
  EXPECT_EQ(page.lines[0].text, "- Gastro – Werkstatt");
  EXPECT_EQ(page.lines[1].text, "- Gastro - Werkstatt");
  EXPECT_EQ(dash_between_words(11, {20, 30}), "-");  // 0.92
  EXPECT_EQ(dash_between_words(13, {20, 30}), "–");  // 1.08
}

}  // namespace
}  // namespace agreement_ocr
