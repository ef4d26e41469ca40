// The second opinion on weak words: which words count as weak, which splits are real spaces,
// and on a rendered line, a joined word page OCR was unsure of split where the image is white.
#include "ocr/weak_words.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "support/ocr_engines.h"

namespace agreement_ocr {
namespace {

const RE2 kPlaceDate("(\\w+), den.*");

TEST(WeakWords, UnsureWordsOfThreeLettersOrMore) {
  EXPECT_TRUE(is_weak_word({"Gilad", {}, 0.42}));
  EXPECT_TRUE(is_weak_word({"Maßnahmen", {}, 0.0}));
  EXPECT_TRUE(is_weak_word({"für", {}, 0.5}));  // f, ü, r
  EXPECT_FALSE(is_weak_word({"Gilad", {}, 0.9}));
  EXPECT_FALSE(is_weak_word({"Maßnahmen", {}, 0.0, /*in_dictionary=*/true}));
  EXPECT_FALSE(is_weak_word({"12.5.", {}, 0.1}));  // digits are left to the dates and amounts
  EXPECT_FALSE(is_weak_word({"an", {}, 0.1}));
  EXPECT_FALSE(is_weak_word({"—", {}, 0.1}));
  EXPECT_FALSE(is_weak_word({"———", {}, 0.1}));  // marks of three bytes each are no letters
  EXPECT_FALSE(is_weak_word({"„…“€", {}, 0.1}));
  EXPECT_TRUE(is_weak_word({"Äöü", {}, 0.1}));
}

TEST(WeakWords, ASplitCountsOnlyAtAWhiteRunASpaceWide) {
  const OcrWord joined{"Fitfür", {686, 100, 114, 40}, 0.63};
  const OcrWord fit{"Fit", {686, 100, 47, 40}, 0.26}, fuer{"für", {747, 100, 53, 40}, 0.26};
  EXPECT_TRUE(is_split_at_white_space(joined, {fit, fuer}, 16, 50));  // a 14 px gap, spaces of 16
  // A compound cut at a letter gap of 3 px.
  const OcrWord compound{"Tageswerkstatt", {900, 100, 300, 40}, 0.6};
  EXPECT_FALSE(is_split_at_white_space(compound, {{"Tages", {900, 100, 110, 40}, 0.3}, {"werkstatt", {1013, 100, 187, 40}, 0.3}}, 16, 50));
  // Other letters, or no split at all, are no split.
  EXPECT_FALSE(is_split_at_white_space(joined, {{"Fit", fit.box, 0.3}, {"fur", fuer.box, 0.3}}, 16, 50));
  EXPECT_FALSE(is_split_at_white_space(joined, {{"Fitfür", joined.box, 0.9}}, 16, 50));
}

struct RenderedLine {
  cv::Mat grey;
  OcrPage page;
};

// "Fit fuer den Beruf" rendered word by word at 300 dpi, and page OCR's reading of it with the
// first two words joined into one unsure word `joined`, the rest sure.
RenderedLine rendered_line(const std::string& joined, double confidence) {
  RenderedLine rendered{cv::Mat(200, 1400, CV_8UC1, cv::Scalar(255)), {}};
  const int font = cv::FONT_HERSHEY_DUPLEX;
  const double scale = 1.6;
  const int thickness = 3, baseline_y = 120;
  int x = 100;
  std::vector<cv::Rect> boxes;
  for (const std::string word : {"Fit", "fuer", "den", "Beruf"}) {
    int baseline = 0;
    const cv::Size size = cv::getTextSize(word, font, scale, thickness, &baseline);
    cv::putText(rendered.grey, word, cv::Point(x, baseline_y), font, scale, cv::Scalar(0), thickness, cv::LINE_AA);
    boxes.emplace_back(x, baseline_y - size.height, size.width, size.height + baseline);
    x += size.width + 40;
  }
  OcrLine line;
  line.words = {{joined, boxes[0] | boxes[1], confidence}, {"den", boxes[2], 0.95}, {"Beruf", boxes[3], 0.95}};
  join_words(line);
  rendered.page.lines = {line};
  rendered.page.text = line.text;
  return rendered;
}

TEST(WeakWords, AJoinedWordIsSplitWhereTheImageIsWhite) {
  auto second = testing::fast_engine();
  ASSERT_TRUE(second);
  RenderedLine rendered = rendered_line("Fitfuer", 0.6);
  reread_weak_words(*second, rendered.grey, 300, kPlaceDate, rendered.page);
  ASSERT_EQ(rendered.page.lines.size(), 1u);
  EXPECT_EQ(rendered.page.lines[0].text, "Fit fuer den Beruf");
  EXPECT_EQ(rendered.page.text, "Fit fuer den Beruf\n");  // rebuilt from the lines
  EXPECT_EQ(rendered.page.lines[0].words.size(), 4u);
}

TEST(WeakWords, SureWordsAndSignatureDateLinesAreLeftAlone) {
  auto second = testing::fast_engine();
  ASSERT_TRUE(second);
  RenderedLine sure = rendered_line("Fitfuer", 0.9);
  reread_weak_words(*second, sure.grey, 300, kPlaceDate, sure.page);
  EXPECT_EQ(sure.page.lines[0].text, "Fitfuer den Beruf");
  // The same line taken for a "<Ort>, den" line is the handwriting reader's.
  RenderedLine date_line = rendered_line("Fitfuer", 0.6);
  date_line.page.lines[0].text = "Fitfuer, den Beruf";  // the words stay as they were
  reread_weak_words(*second, date_line.grey, 300, kPlaceDate, date_line.page);
  EXPECT_EQ(date_line.page.lines[0].text, "Fitfuer, den Beruf");
}

}  // namespace
}  // namespace agreement_ocr
