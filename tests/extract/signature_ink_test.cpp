// Tests of the signature ink check on a synthetic A4 page at 300 dpi: an empty signature
// area, a pen scribble, the scribble covered by a printed word's box, dust specks and a
// ruled line.
#include "extract/signature_ink.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>
#include <vector>

namespace agreement_ocr {
namespace {

constexpr double kDpi = 300.0;
constexpr int kPixelsPerCm = 118;  // at 300 dpi

// A white A4 page with a few printed lines at the top, so the page is not one grey level.
cv::Mat printed_page() {
  cv::Mat page(3508, 2480, CV_8UC1, cv::Scalar(255));
  for (int row = 0; row < 6; ++row) {
    cv::putText(page, "Die Zielvereinbarungen werden veroeffentlicht.", cv::Point(250, 400 + row * 80),
                cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3);
  }
  return page;
}

// Where the signature is looked for: 8 cm by 2.5 cm under the date line.
const cv::Rect kArea(300, 2600, 8 * kPixelsPerCm, 5 * kPixelsPerCm / 2);

// A zigzag pen stroke about 4 cm wide and 1 cm high inside kArea.
std::vector<cv::Point> scribble() {
  std::vector<cv::Point> points;
  const int left = kArea.x + kPixelsPerCm, top = kArea.y + kPixelsPerCm / 2;
  for (int i = 0; i <= 12; ++i) {
    points.emplace_back(left + i * 4 * kPixelsPerCm / 12, top + (i % 2 == 0 ? 0 : kPixelsPerCm));
  }
  return points;
}

cv::Rect scribble_box() { return cv::boundingRect(scribble()); }

void draw_scribble(cv::Mat& page) {
  const std::vector<std::vector<cv::Point>> strokes{scribble()};
  cv::polylines(page, strokes, false, cv::Scalar(20), 4, cv::LINE_AA);
}

TEST(SignatureInk, InkMapIsSmallAndBinary) {
  const InkMap ink = make_ink_map(printed_page(), kDpi);
  EXPECT_DOUBLE_EQ(ink.dpi, kDpi);
  EXPECT_NEAR(ink.scale, 1.0 / 3.0, 1e-9);
  EXPECT_EQ(ink.mask.type(), CV_8UC1);
  EXPECT_NEAR(ink.mask.cols, 2480 / 3, 1);
  EXPECT_NEAR(ink.mask.rows, 3508 / 3, 1);
  EXPECT_GT(cv::countNonZero(ink.mask), 0);  // the printed lines
  cv::Mat not_binary = (ink.mask != 0) & (ink.mask != 255);
  EXPECT_EQ(cv::countNonZero(not_binary), 0);
}

TEST(SignatureInk, BlankAreaHasNoSignature) {
  const InkMap ink = make_ink_map(printed_page(), kDpi);
  const SignatureInk found = find_signature_ink(ink, kArea, {});
  EXPECT_FALSE(found.present);
  EXPECT_GE(found.confidence, 0.5);
  EXPECT_LE(found.confidence, 1.0);
}

TEST(SignatureInk, AllWhitePageHasNoSignature) {
  const cv::Mat page(3508, 2480, CV_8UC1, cv::Scalar(255));
  const InkMap ink = make_ink_map(page, kDpi);
  EXPECT_FALSE(find_signature_ink(ink, kArea, {}).present);
}

TEST(SignatureInk, ScribbleIsASignature) {
  cv::Mat page = printed_page();
  draw_scribble(page);
  const InkMap ink = make_ink_map(page, kDpi);
  const SignatureInk found = find_signature_ink(ink, kArea, {});
  EXPECT_TRUE(found.present);
  EXPECT_GE(found.confidence, 0.5);
  EXPECT_LE(found.confidence, 1.0);
}

TEST(SignatureInk, AScribbleInLightInkIsASignature) {
  // Grey 160 on white, thin at 300 dpi: lighter than Otsu's threshold between the print and
  // the paper once the page is scaled down to the ink map.
  cv::Mat page = printed_page();
  cv::polylines(page, std::vector<std::vector<cv::Point>>{scribble()}, false, cv::Scalar(160), 3, cv::LINE_AA);
  const InkMap ink = make_ink_map(page, kDpi);
  EXPECT_TRUE(find_signature_ink(ink, kArea, {}).present);
  // Paper with a little scanner noise stays paper.
  cv::Mat noisy = printed_page();
  cv::Mat noise(noisy.size(), CV_8UC1);
  cv::randn(noise, 0, 6);
  cv::subtract(noisy, noise, noisy);
  EXPECT_FALSE(find_signature_ink(make_ink_map(noisy, kDpi), kArea, {}).present);
}

TEST(SignatureInk, ScribbleOutsideTheAreaIsNotFound) {
  cv::Mat page = printed_page();
  draw_scribble(page);
  const InkMap ink = make_ink_map(page, kDpi);
  const cv::Rect elsewhere(kArea.x, kArea.y + 4 * kPixelsPerCm, kArea.width, kArea.height);
  EXPECT_FALSE(find_signature_ink(ink, elsewhere, {}).present);
}

TEST(SignatureInk, ScribbleInsideAPrintedBoxIsNotASignature) {
  cv::Mat page = printed_page();
  draw_scribble(page);
  const InkMap ink = make_ink_map(page, kDpi);
  const cv::Rect printed(scribble_box().x - 10, scribble_box().y - 10, scribble_box().width + 20,
                         scribble_box().height + 20);
  EXPECT_FALSE(find_signature_ink(ink, kArea, {printed}).present);
  // A printed box elsewhere in the area leaves the scribble alone.
  const cv::Rect other(kArea.x, kArea.y + kArea.height - 60, 300, 50);
  EXPECT_TRUE(find_signature_ink(ink, kArea, {other}).present);
}

TEST(SignatureInk, DustSpecksAreNotASignature) {
  cv::Mat page = printed_page();
  for (const cv::Point speck : {cv::Point(kArea.x + 40, kArea.y + 30), cv::Point(kArea.x + 600, kArea.y + 200),
                                cv::Point(kArea.x + 900, kArea.y + 60), cv::Point(kArea.x + 300, kArea.y + 250)}) {
    cv::circle(page, speck, 2, cv::Scalar(0), cv::FILLED);
  }
  const InkMap ink = make_ink_map(page, kDpi);
  EXPECT_FALSE(find_signature_ink(ink, kArea, {}).present);
}

TEST(SignatureInk, RuledLineIsNotASignature) {
  cv::Mat page = printed_page();
  cv::line(page, cv::Point(kArea.x + 50, kArea.y + 200), cv::Point(kArea.x + 50 + 6 * kPixelsPerCm, kArea.y + 200),
           cv::Scalar(0), 3);
  const InkMap ink = make_ink_map(page, kDpi);
  EXPECT_FALSE(find_signature_ink(ink, kArea, {}).present);
}

TEST(SignatureInk, EmptyInkMapHasNoSignature) {
  EXPECT_FALSE(find_signature_ink(InkMap{}, kArea, {}).present);
}

}  // namespace
}  // namespace agreement_ocr

namespace agreement_ocr {
namespace {

// A flat zigzag `width_cm` wide and 1 cm high at the left of kArea.
void draw_zigzag(cv::Mat& page, double width_cm) {
  std::vector<cv::Point> points;
  const int left = kArea.x + kPixelsPerCm / 2, top = kArea.y + kPixelsPerCm / 2;
  for (int i = 0; i <= 6; ++i)
    points.emplace_back(left + static_cast<int>(i * width_cm * kPixelsPerCm / 6), top + (i % 2 == 0 ? 0 : kPixelsPerCm));
  const std::vector<std::vector<cv::Point>> strokes{points};
  cv::polylines(page, strokes, false, cv::Scalar(20), 4, cv::LINE_AA);
}

TEST(SignatureInk, InkJustShortOfASignatureIsUndecided) {
  // 1.2 cm wide against the 1.5 cm minimum: 80% of it.
  cv::Mat page = printed_page();
  draw_zigzag(page, 1.2);
  SignatureInk found = find_signature_ink(make_ink_map(page, kDpi), kArea, {});
  EXPECT_FALSE(found.present);
  EXPECT_TRUE(found.undecided);
  // 0.5 cm: a third of it, clearly no signature.
  page = printed_page();
  draw_zigzag(page, 0.5);
  found = find_signature_ink(make_ink_map(page, kDpi), kArea, {});
  EXPECT_FALSE(found.present);
  EXPECT_FALSE(found.undecided);
  // 3 cm: a signature, decided.
  page = printed_page();
  draw_zigzag(page, 3.0);
  found = find_signature_ink(make_ink_map(page, kDpi), kArea, {});
  EXPECT_TRUE(found.present);
  EXPECT_FALSE(found.undecided);
}

}  // namespace
}  // namespace agreement_ocr
