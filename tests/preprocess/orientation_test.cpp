#include "preprocess/orientation.h"

#include <gtest/gtest.h>

#include <opencv2/imgproc.hpp>

#include "preprocess/upright_page.h"
#include "support/ocr_engines.h"
#include "support/synthetic_page.h"

namespace agreement_ocr {
namespace {

struct Scan {
  int rotation;  // counter-clockwise quarter turn the scan applied
  double skew;
};

class OrientationTest : public ::testing::TestWithParam<Scan> {};

TEST_P(OrientationTest, TurnsTheScanBackUpright) {
  const Scan scan = GetParam();
  PageImage page;
  page.number = 1;
  page.dpi = 150;
  page.pixels = testing::scanned_at(testing::text_page(), scan.rotation + scan.skew);
  const UprightPage upright = make_upright(page, {}, testing::orientation_judges());
  EXPECT_EQ(upright.transform.rotation, scan.rotation);
  EXPECT_NEAR(upright.transform.skew_degrees, scan.skew, 0.15);
  EXPECT_GE(upright.orientation_confidence, 0.9);
  EXPECT_TRUE(upright.warnings.empty());
}

INSTANTIATE_TEST_SUITE_P(AllQuarterTurns, OrientationTest,
                         ::testing::Values(Scan{0, 0.0}, Scan{0, -6.0}, Scan{90, 2.5}, Scan{180, 0.0},
                                           Scan{180, 9.5}, Scan{270, -1.7}));

TEST(Orientation, WithoutOcrOpinionsASidewaysPageIsKeptAsFoundWithAWarning) {
  // The projection test alone is not evidence enough for a quarter turn.
  PageImage page;
  page.number = 2;
  page.dpi = 150;
  page.pixels = testing::scanned_at(testing::text_page(), 90 + 2.0);
  const UprightPage upright = make_upright(page, {});
  EXPECT_EQ(upright.transform.rotation, 0);
  EXPECT_EQ(upright.orientation_rule, OrientationRule::kKeptAsFound);
  EXPECT_LT(upright.orientation_confidence, 0.9);
  ASSERT_EQ(upright.warnings.size(), 1u);
  EXPECT_NE(upright.warnings[0].find("page 2: orientation unclear"), std::string::npos) << upright.warnings[0];
}

TEST(Orientation, BlankPageIsLeftAloneWithAWarning) {
  PageImage page;
  page.number = 3;
  page.pixels = cv::Mat(600, 400, CV_8UC1, cv::Scalar(255));
  const UprightPage upright = make_upright(page, {});
  EXPECT_EQ(upright.transform.rotation, 0);
  EXPECT_EQ(upright.transform.skew_degrees, 0.0);
  ASSERT_EQ(upright.warnings.size(), 1u);
  EXPECT_NE(upright.warnings[0].find("page 3"), std::string::npos);
}

TEST(Orientation, TextAxisConfidenceIsLowWithoutLines) {
  cv::Mat dots(600, 600, CV_8UC1, cv::Scalar(255));
  for (int y = 20; y < 600; y += 40)
    for (int x = 20; x < 600; x += 40) cv::circle(dots, {x, y}, 6, cv::Scalar(0), cv::FILLED);
  const TextAxis axis = find_text_axis(dots, 150, 15.0);
  EXPECT_TRUE(axis.has_text);
  EXPECT_LT(axis.confidence, 0.15);
}

}  // namespace
}  // namespace agreement_ocr
