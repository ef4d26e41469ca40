#include "ocr/stamp_reading.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>
#include <set>

namespace agreement_ocr {
namespace {

constexpr double kDpi = 300;
constexpr double kPixelsPerCm = kDpi / 2.54;

int cm(double value) { return static_cast<int>(value * kPixelsPerCm); }

// A white page with a stamp frame 8 x 3 cm at (2 cm, 2 cm), 3 px lines.
cv::Mat page_with_frame() {
  cv::Mat page(cm(10), cm(14), CV_8UC1, cv::Scalar(255));
  cv::rectangle(page, cv::Rect(cm(2), cm(2), cm(8), cm(3)), cv::Scalar(0), 3);
  return page;
}

TEST(StampFrames, FindsAPlainFrame) {
  const auto frames = find_stamp_frames(page_with_frame(), kDpi);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_NEAR(frames[0].boundingRect().height, cm(3), cm(0.15));
  EXPECT_NEAR(frames[0].boundingRect().width, cm(8), cm(0.15));
}

TEST(StampFrames, ADividedFrameIsOneStamp) {
  // The organisation above a rule, the date below it: the upper compartment (1 cm) is too
  // low to be a stamp on its own, the whole frame is not.
  cv::Mat page = page_with_frame();
  cv::line(page, cv::Point(cm(2), cm(3)), cv::Point(cm(10), cm(3)), cv::Scalar(0), 3);
  const auto frames = find_stamp_frames(page, kDpi);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_NEAR(frames[0].boundingRect().y, cm(2), cm(0.15));
  EXPECT_NEAR(frames[0].boundingRect().height, cm(3), cm(0.15));
}

TEST(StampFrames, CompartmentsSideBySideAreNotJoined) {
  // A frame divided down the middle: each half is a frame of its own (only compartments
  // stacked one above the other make one stamp).
  cv::Mat page(cm(10), cm(14), CV_8UC1, cv::Scalar(255));
  cv::rectangle(page, cv::Rect(cm(2), cm(2), cm(9), cm(3)), cv::Scalar(0), 3);
  cv::line(page, cv::Point(cm(6.5), cm(2)), cv::Point(cm(6.5), cm(5)), cv::Scalar(0), 3);
  const auto frames = find_stamp_frames(page, kDpi);
  ASSERT_EQ(frames.size(), 2u);
  for (const auto& frame : frames) EXPECT_NEAR(frame.boundingRect().width, cm(4.5), cm(0.2));
}

TEST(StampFrames, ASignatureStrokeThroughTheFrameLeavesItsSize) {
  cv::Mat page = page_with_frame();
  cv::line(page, cv::Point(cm(8), cm(4)), cv::Point(cm(13), cm(8)), cv::Scalar(0), 4);
  const auto frames = find_stamp_frames(page, kDpi);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_NEAR(frames[0].boundingRect().width, cm(8), cm(0.3));
  EXPECT_NEAR(frames[0].boundingRect().height, cm(3), cm(0.3));
}

TEST(StampFrames, ASignatureOnItsLineIsNoFrame) {
  // Strokes up and down across 7 cm, joined to the signature line under them: the outline's
  // hull is a rectangle of stamp size, but the outline runs along its sides only at the line
  // and the peaks, and there is no inside.
  cv::Mat page(cm(10), cm(14), CV_8UC1, cv::Scalar(255));
  std::vector<cv::Point> strokes;
  for (int k = 0; k <= 20; ++k) strokes.emplace_back(cm(2 + 0.35 * k), k % 2 ? cm(4.3) : cm(6));
  cv::polylines(page, std::vector<std::vector<cv::Point>>{strokes}, false, cv::Scalar(0), 3);
  cv::line(page, cv::Point(cm(1.5), cm(6)), cv::Point(cm(9.5), cm(6)), cv::Scalar(0), 3);
  EXPECT_TRUE(find_stamp_frames(page, kDpi).empty());
}

TEST(StampFrames, TextAcrossAFrameLeavesItAFrame) {
  // Lines of text running into the frame from the left join its outline; its inside stays.
  cv::Mat page = page_with_frame();
  for (const double y : {2.0, 3.5, 4.9}) cv::rectangle(page, cv::Rect(cm(0.5), cm(y), cm(3), cm(0.3)), cv::Scalar(0), cv::FILLED);
  const auto frames = find_stamp_frames(page, kDpi);
  ASSERT_EQ(frames.size(), 1u);
  EXPECT_NEAR(frames[0].boundingRect().y, cm(2), cm(0.3));
}

TEST(StampFrames, NoFrameOnABlankPage) {
  EXPECT_TRUE(find_stamp_frames(cv::Mat(cm(10), cm(14), CV_8UC1, cv::Scalar(255)), kDpi).empty());
}

OcrWord word(const std::string& text, int x, int y) { return {text, cv::Rect(x, y, 100, 40), 0.9}; }

OcrLine line_of(std::vector<OcrWord> words, int paragraph = 0) {
  OcrLine line;
  line.paragraph = paragraph;
  line.words = std::move(words);
  join_words(line);
  return line;
}

TEST(ReplaceStampAreas, TakesOutTheStampWordsAndPutsItsReadingWhereThefirstWas) {
  const cv::Rect frame(500, 200, 600, 200);
  OcrPage page;
  page.lines = {line_of({word("Vereinbarung", 100, 100)}),
                // Page OCR joined the signature block on the left with the stamp's first line.
                line_of({word("Heike", 100, 220), word("Hofmann", 220, 220), word("Eing.:", 520, 220), word("2O.", 640, 220)}),
                line_of({word("AZ:", 520, 300)}),
                line_of({word("Staatsministerin", 100, 450)})};
  OcrLine stamp = line_of({OcrWord{"Eing.: 20. Aug. 2025", frame, 0.95}});
  stamp.in_stamp_frame = true;
  replace_stamp_areas(page, {StampReading{cv::RotatedRect(cv::Point2f(800, 300), cv::Size2f(600, 200), 0), {stamp}}});
  std::vector<std::string> texts;
  for (const auto& line : page.lines) texts.push_back(line.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"Vereinbarung", "Eing.: 20. Aug. 2025", "Heike Hofmann", "Staatsministerin"}));
  EXPECT_EQ(page.lines[2].box, cv::Rect(100, 220, 220, 40));
  EXPECT_TRUE(page.lines[1].in_stamp_frame);
  EXPECT_NE(page.lines[1].paragraph, page.lines[0].paragraph);
  // "Eing.:" began 200 px (5 line heights) after "Hofmann": the stamp's word, not the line's.
  EXPECT_FALSE(page.lines[2].cut_by_stamp);
}

TEST(ReplaceStampAreas, ALineWhoseNextWordsAreUnderTheFrameIsMarkedCut) {
  OcrPage page;
  // Words 100 px wide, 40 px high: "Raum" follows "Wohnen" at 20 px, under the frame.
  page.lines = {line_of({word("Verkehr,", 300, 220), word("Wohnen", 420, 220), word("und", 540, 220), word("Raum", 660, 220)})};
  OcrLine stamp = line_of({OcrWord{"Eingegangen am 14.06.2025", cv::Rect(500, 200, 600, 200), 0.9}});
  stamp.in_stamp_frame = true;
  replace_stamp_areas(page, {StampReading{cv::RotatedRect(cv::Point2f(800, 300), cv::Size2f(600, 200), 0), {stamp}}});
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(page.lines[1].text, "Verkehr, Wohnen");
  EXPECT_TRUE(page.lines[1].cut_by_stamp);
  EXPECT_FALSE(page.lines[0].cut_by_stamp);
}

TEST(ReplaceStampAreas, AStampPageOcrMissedGoesBeforeTheFirstLineBelowItsTop) {
  OcrPage page;
  page.lines = {line_of({word("oben", 100, 100)}), line_of({word("unten", 100, 600)})};
  OcrLine stamp = line_of({OcrWord{"EINGANG", cv::Rect(500, 200, 600, 200), 0.9}});
  replace_stamp_areas(page, {StampReading{cv::RotatedRect(cv::Point2f(800, 300), cv::Size2f(600, 200), 0), {stamp}}});
  ASSERT_EQ(page.lines.size(), 3u);
  EXPECT_EQ(page.lines[1].text, "EINGANG");
}

TEST(ReplaceStampAreas, ASecondStampLeavesTheFirstOnesReading) {
  OcrPage page;
  page.lines = {line_of({word("oben", 100, 100)})};
  OcrLine first = line_of({OcrWord{"Eing.: 20. Aug. 2025", cv::Rect(500, 200, 600, 200), 0.9}});
  first.in_stamp_frame = true;
  OcrLine second = line_of({OcrWord{"Erledigt", cv::Rect(400, 150, 800, 300), 0.9}});
  second.in_stamp_frame = true;
  replace_stamp_areas(page, {StampReading{cv::RotatedRect(cv::Point2f(800, 300), cv::Size2f(600, 200), 0), {first}},
                             StampReading{cv::RotatedRect(cv::Point2f(800, 300), cv::Size2f(800, 300), 0), {second}}});
  std::multiset<std::string> texts;
  for (const auto& line : page.lines) texts.insert(line.text);
  EXPECT_EQ(texts, (std::multiset<std::string>{"oben", "Eing.: 20. Aug. 2025", "Erledigt"}));
}

TEST(ReplaceStampAreas, WordsBesideATiltedFrameStay) {
  // A frame tilted 5 degrees: its bounding box takes in a word beside its raised corner,
  // the frame itself does not.
  const cv::RotatedRect frame(cv::Point2f(800, 300), cv::Size2f(600, 200), -5);
  OcrPage page;
  page.lines = {line_of({word("Integration,", 520, 172)}), line_of({word("Eing.:", 700, 280)})};
  OcrLine stamp = line_of({OcrWord{"Eing.: 20. Aug. 2025", frame.boundingRect(), 0.95}});
  stamp.in_stamp_frame = true;
  replace_stamp_areas(page, {StampReading{frame, {stamp}}});
  ASSERT_EQ(page.lines.size(), 2u);
  EXPECT_EQ(page.lines[0].text, "Integration,");
  EXPECT_EQ(page.lines[1].text, "Eing.: 20. Aug. 2025");
}

}  // namespace
}  // namespace agreement_ocr
