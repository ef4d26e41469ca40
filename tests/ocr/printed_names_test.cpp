// Reading a printed name again when a signature runs through it, on a rendered block.
#include "ocr/printed_names.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "support/ocr_engines.h"

namespace agreement_ocr {
namespace {

const RE2 kPlaceDate("(\\w+), den.*");

bool is_role(const std::string& text) { return text.rfind("Landrat", 0) == 0; }

OcrLine line_at(const std::string& text, cv::Rect box, double confidence, int paragraph) {
  OcrLine line;
  line.paragraph = paragraph;
  line.words.push_back({text, box, confidence});
  join_words(line);
  return line;
}

struct RenderedBlock {
  cv::Mat grey;
  OcrPage page;
};

// "Giessen, den" / a signature / "Anna Schmidt" / "Landrat" / "Kreis Giessen", 1 cm
// rows at 300 dpi, and the lines page OCR found with the name read as `name_reading`.
RenderedBlock rendered_block(const std::string& name_reading, double name_confidence) {
  RenderedBlock block{cv::Mat(900, 1200, CV_8UC1, cv::Scalar(255)), {}};
  auto put = [&](const std::string& text, int baseline) {
    cv::putText(block.grey, text, cv::Point(100, baseline), cv::FONT_HERSHEY_DUPLEX, 1.6, cv::Scalar(0), 3, cv::LINE_AA);
  };
  put("Giessen, den", 150);
  put("Anna Schmidt", 520);
  put("Landrat", 585);
  put("Kreis Giessen", 650);
  // The signature, its tail ending in the name's upper half.
  cv::ellipse(block.grey, cv::Point(330, 360), cv::Size(200, 90), 20, 0, 300, cv::Scalar(0), 4);
  cv::line(block.grey, cv::Point(150, 420), cv::Point(520, 500), cv::Scalar(0), 4);
  block.page.lines = {line_at("Giessen, den", {100, 115, 330, 45}, 0.95, 0),
                      line_at(name_reading, {100, 485, 330, 45}, name_confidence, 1),
                      line_at("Landrat", {100, 550, 200, 45}, 0.95, 2), line_at("Kreis Giessen", {100, 615, 340, 45}, 0.95, 2)};
  return block;
}

TEST(PrintedNames, ANameLostInASignatureIsReadAgain) {
  auto ocr = testing::fast_engine();
  ASSERT_TRUE(ocr);
  RenderedBlock block = rendered_block("ia", 0.3);
  reread_printed_names(*ocr, block.grey, 300, kPlaceDate, is_role, block.page);
  ASSERT_EQ(block.page.lines.size(), 4u);
  EXPECT_NE(block.page.lines[1].text.find("Schmidt"), std::string::npos) << block.page.lines[1].text;
  EXPECT_NE(block.page.text.find("Schmidt"), std::string::npos);
  EXPECT_GT(block.page.lines[1].box.y, 440);  // the words' boxes are on the page, not in the band
}

TEST(PrintedNames, AConfidentNameStaysAndNoRoleNoReading) {
  auto ocr = testing::fast_engine();
  ASSERT_TRUE(ocr);
  RenderedBlock block = rendered_block("Anna Schmitt", 0.99);
  reread_printed_names(*ocr, block.grey, 300, kPlaceDate, is_role, block.page);
  EXPECT_EQ(block.page.lines[1].text, "Anna Schmitt");

  block = rendered_block("ia", 0.3);
  reread_printed_names(*ocr, block.grey, 300, kPlaceDate, [](const std::string&) { return false; }, block.page);
  EXPECT_EQ(block.page.lines[1].text, "ia");
}

}  // namespace
}  // namespace agreement_ocr
