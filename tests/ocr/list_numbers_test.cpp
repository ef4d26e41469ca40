// List numbers in a column of their own, read again beside their entries, on a rendered list.
#include "ocr/list_numbers.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "support/ocr_engines.h"

namespace agreement_ocr {
namespace {

OcrLine line_at(const std::string& text, cv::Rect box, int paragraph) {
  OcrLine line;
  line.paragraph = paragraph;
  line.words.push_back({text, box, 0.95});
  join_words(line);
  return line;
}

struct RenderedList {
  cv::Mat grey;
  OcrPage page;
};

// "1." / "Ausbildung" / "- Kurs" / "2." / "Beratung" / "3." (no entry: not probed) / "Frauen"
// with "3." left out of the image, in 1 cm rows at 300 dpi; page OCR kept "1." as a line of
// its own and lost "2." and "3.".
RenderedList rendered_list() {
  RenderedList list{cv::Mat(700, 1200, CV_8UC1, cv::Scalar(255)), {}};
  auto put = [&](const std::string& text, int x, int baseline) {
    cv::putText(list.grey, text, cv::Point(x, baseline), cv::FONT_HERSHEY_DUPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
  };
  put("1.", 100, 150);
  put("Ausbildung", 250, 150);
  put("- Kurs", 330, 260);
  put("2.", 100, 370);
  put("Beratung", 250, 370);
  put("Frauen", 250, 480);  // no number printed beside it
  list.page.lines = {line_at("1.", {100, 115, 50, 45}, 0), line_at("Ausbildung", {250, 115, 290, 45}, 1),
                     line_at("- Kurs", {330, 225, 160, 45}, 1), line_at("Beratung", {250, 335, 230, 45}, 2),
                     line_at("Frauen", {250, 445, 180, 45}, 3)};
  return list;
}

TEST(ListNumbers, TheColumnIsReadAgainBesideEachEntry) {
  auto ocr = testing::fast_engine();
  ASSERT_TRUE(ocr);
  RenderedList list = rendered_list();
  restore_list_numbers(*ocr, list.grey, 300, list.page);
  ASSERT_EQ(list.page.lines.size(), 4u);  // "1." joined its entry
  EXPECT_EQ(list.page.lines[0].text, "1. Ausbildung");
  EXPECT_EQ(list.page.lines[1].text, "- Kurs");  // an item further in is not probed
  EXPECT_EQ(list.page.lines[2].text, "2. Beratung");
  EXPECT_EQ(list.page.lines[3].text, "Frauen");  // nothing printed there: nothing made up
  EXPECT_EQ(list.page.lines[2].words.front().box.x / 10, 10);  // the number's box is on the page
  EXPECT_NE(list.page.text.find("2. Beratung"), std::string::npos);
}

TEST(ListNumbers, WithoutALoneNumberNothingIsRead) {
  auto ocr = testing::fast_engine();
  ASSERT_TRUE(ocr);
  RenderedList list = rendered_list();
  list.page.lines.erase(list.page.lines.begin());  // OCR kept no number at all
  const std::vector<OcrLine> before = list.page.lines;
  restore_list_numbers(*ocr, list.grey, 300, list.page);
  ASSERT_EQ(list.page.lines.size(), before.size());
  for (std::size_t k = 0; k < before.size(); ++k) EXPECT_EQ(list.page.lines[k].text, before[k].text);
}

}  // namespace
}  // namespace agreement_ocr
