#include "preprocess/resolution_estimate.h"

#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>


namespace agreement_ocr {
namespace {

// A generated agreement page stating 200 dpi, and the same page at half the size.
TEST(ResolutionEstimate, FindsTheResolutionOfAPrintedPageWithinAQuarter) {
  const cv::Mat page = cv::imread(AGREEMENT_OCR_SOURCE_DIR "/samples/marburg-biedenkopf-2026.png", cv::IMREAD_GRAYSCALE);
  ASSERT_FALSE(page.empty());
  const auto at_200 = estimate_dpi_from_text(page);
  ASSERT_TRUE(at_200.has_value());
  EXPECT_NEAR(*at_200, 200.0, 200.0 * 0.25);
  cv::Mat halved;
  cv::resize(page, halved, {}, 0.5, 0.5, cv::INTER_AREA);
  const auto at_100 = estimate_dpi_from_text(halved);
  ASSERT_TRUE(at_100.has_value());
  EXPECT_NEAR(*at_100, 100.0, 100.0 * 0.25);
}

TEST(ResolutionEstimate, APageWithoutCharactersGivesNone) {
  EXPECT_FALSE(estimate_dpi_from_text(cv::Mat(800, 600, CV_8UC1, cv::Scalar(255))).has_value());
  cv::Mat shapes(800, 600, CV_8UC1, cv::Scalar(255));
  cv::rectangle(shapes, {100, 100, 400, 500}, cv::Scalar(0), cv::FILLED);
  EXPECT_FALSE(estimate_dpi_from_text(shapes).has_value());
}

}  // namespace
}  // namespace agreement_ocr
