#include "preprocess/skew_estimate.h"

#include <gtest/gtest.h>

#include "support/synthetic_page.h"

namespace agreement_ocr {
namespace {

class SkewEstimateTest : public ::testing::TestWithParam<double> {};

TEST_P(SkewEstimateTest, FindsTheSkewOfTextLinesToATenthOfADegree) {
  const double skew = GetParam();
  const cv::Mat scan = testing::scanned_at(testing::text_page(), skew);
  const cv::Mat mask = text_mask(scan, 150.0, 75.0);
  const SkewEstimate coarse = estimate_skew(mask, 15.0);
  const SkewEstimate fine = refine_skew(text_mask(scan, 150.0, 150.0), coarse.degrees, 0.3, 0.02);
  EXPECT_NEAR(fine.degrees, skew, 0.1);
}

INSTANTIATE_TEST_SUITE_P(AcrossTheRange, SkewEstimateTest,
                         ::testing::Values(-14.0, -9.5, -3.4, -1.7, 0.0, 0.6, 1.7, 6.4, 10.0, 14.5));

TEST(TextMask, BlankAndBlackPagesHaveNoInk) {
  const cv::Mat white(400, 300, CV_8UC1, cv::Scalar(255));
  const cv::Mat black(400, 300, CV_8UC1, cv::Scalar(0));
  EXPECT_EQ(cv::countNonZero(text_mask(white, 300, 75)), 0);
  EXPECT_EQ(cv::countNonZero(text_mask(black, 300, 75)), 0);
  EXPECT_EQ(estimate_skew(text_mask(white, 300, 75), 15.0).degrees, 0.0);
}

}  // namespace
}  // namespace agreement_ocr
