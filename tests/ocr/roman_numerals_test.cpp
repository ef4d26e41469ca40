// Which Roman numeral was printed, from the strokes across the middle of the capitals.
#include "ocr/roman_numerals.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

namespace agreement_ocr {
namespace {

// Draws a numeral of `ones` I's after an optional V at `x`, in black on white, 30 px capitals
// with serifs that join neighbouring I's (the case the models read one I short); returns its
// box.
cv::Rect draw_numeral(cv::Mat& page, int x, bool five, int ones) {
  const int top = 40, height = 30, stem = 4, pitch = 10;
  const int left = x;
  if (five) {
    cv::line(page, {x, top}, {x + 9, top + height}, cv::Scalar(0), 3);
    cv::line(page, {x + 18, top}, {x + 9, top + height}, cv::Scalar(0), 2);
    x += 22;
  }
  for (int k = 0; k < ones; ++k) cv::rectangle(page, cv::Rect(x + k * pitch, top, stem, height), cv::Scalar(0), cv::FILLED);
  const int right = x + (ones > 0 ? (ones - 1) * pitch + stem : 0);
  if (ones > 0) {
    cv::rectangle(page, cv::Rect(x - 2, top, right - x + 4, 3), cv::Scalar(0), cv::FILLED);  // joined serifs
    cv::rectangle(page, cv::Rect(x - 2, top + height - 3, right - x + 4, 3), cv::Scalar(0), cv::FILLED);
  }
  return cv::Rect(left - 2, top, right - left + 4, height);
}

TEST(RomanNumerals, StrokesAreCountedAcrossTheMiddleNotAtTheJoinedSerifs) {
  for (int ones = 1; ones <= 3; ++ones) {
    cv::Mat page(120, 200, CV_8UC1, cv::Scalar(255));
    const cv::Rect box = draw_numeral(page, 20, false, ones);
    EXPECT_EQ(strokes_across_middle(page(box)), ones);
  }
  cv::Mat page(120, 200, CV_8UC1, cv::Scalar(255));
  const cv::Rect box = draw_numeral(page, 20, true, 3);
  EXPECT_EQ(strokes_across_middle(page(box)), 5);  // the V's two strokes and three I's
}

TEST(RomanNumerals, ACropTooSmallOrWithoutAgreeingRowsGivesNoCount) {
  EXPECT_FALSE(strokes_across_middle(cv::Mat(5, 20, CV_8UC1, cv::Scalar(255))).has_value());
  cv::Mat noise(40, 60, CV_8UC1);
  cv::randu(noise, 0, 256);
  EXPECT_FALSE(strokes_across_middle(noise).has_value());
}

TEST(RomanNumerals, TheNumeralFollowsTheStrokesForReadingsOfINumeralsOnly) {
  EXPECT_EQ(numeral_of_strokes("II,", 3), "III");
  EXPECT_EQ(numeral_of_strokes("VII", 5), "VIII");
  EXPECT_EQ(numeral_of_strokes("VIN", 5), "VIII");
  EXPECT_EQ(numeral_of_strokes("Il", 2), "II");
  EXPECT_EQ(numeral_of_strokes("IH", 3), "III");
  EXPECT_EQ(numeral_of_strokes("(I)", 1), "I");  // the caller counts the brackets out
  EXPECT_FALSE(numeral_of_strokes("III", 4).has_value());   // no IIII
  EXPECT_FALSE(numeral_of_strokes("V", 6).has_value());     // no VIIII
  EXPECT_FALSE(numeral_of_strokes("IV", 3).has_value());    // not a numeral of that form
  EXPECT_FALSE(numeral_of_strokes("XII", 4).has_value());   // an X crosses the band: not counted
  EXPECT_FALSE(numeral_of_strokes("Ulm", 3).has_value());
  EXPECT_FALSE(numeral_of_strokes("In", 2).has_value());
  EXPECT_FALSE(numeral_of_strokes("", 2).has_value());
}

TEST(RomanNumerals, AReadingOneIShortIsMendedOnTheLineAndPage) {
  cv::Mat grey(120, 400, CV_8UC1, cv::Scalar(255));
  OcrPage page;
  OcrLine line;
  line.words.push_back({"SGB", {0, 40, 10, 30}, 0.9});  // a blank box: no numeral reading, left alone
  line.words.push_back({"II,", draw_numeral(grey, 60, false, 2), 0.9});
  line.words.push_back({"II", draw_numeral(grey, 120, false, 3), 0.9});
  line.words.push_back({"VII", draw_numeral(grey, 200, true, 3), 0.9});
  join_words(line);
  page.lines.push_back(line);
  OcrLine stamp = line;  // a stamp's words carry the frame's box: left as read
  stamp.in_stamp_frame = true;
  page.lines.push_back(stamp);
  restore_roman_numerals(grey, page);
  EXPECT_EQ(page.lines[0].text, "SGB II, III VIII");
  EXPECT_EQ(page.lines[1].text, "SGB II, II VII");
  EXPECT_NE(page.text.find("SGB II, III VIII"), std::string::npos);
}

}  // namespace
}  // namespace agreement_ocr
