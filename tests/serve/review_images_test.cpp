#include "serve/review_images.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <opencv2/imgcodecs.hpp>

#include "support/run_command.h"

namespace agreement_ocr {
namespace {

// A page 40 px wide and 20 high with one dark pixel near its top-left corner, turned as the
// upright stage turned it: the review image is that page upright.
TEST(ReviewImages, ArePagesTurnedByTheirQuarterTurnAndScaledAsAsked) {
  const std::string dir = testing::make_temp_dir();
  cv::Mat page(20, 40, CV_8UC1, cv::Scalar(255));
  page.at<unsigned char>(1, 2) = 0;  // row 1, column 2
  struct Case {
    int rotation;
    cv::Size size;
    cv::Point dark;  // where the dark pixel is after the clockwise turn
  };
  for (const Case& item : {Case{0, {40, 20}, {2, 1}}, Case{90, {20, 40}, {18, 2}}, Case{180, {40, 20}, {37, 18}},
                           Case{270, {20, 40}, {1, 37}}}) {
    const std::string path = dir + "/" + std::to_string(item.rotation) + ".png";
    ASSERT_TRUE(write_review_image(path, review_image_of(page), item.rotation).ok());
    const auto png = review_png(path, std::nullopt);
    ASSERT_TRUE(png);
    const cv::Mat image = cv::imdecode(cv::Mat(1, static_cast<int>(png->size()), CV_8UC1, const_cast<char*>(png->data())),
                                       cv::IMREAD_UNCHANGED);
    ASSERT_EQ(image.size(), item.size) << item.rotation;
    EXPECT_EQ(image.at<unsigned char>(item.dark), 0) << item.rotation;
  }
  // Scaled down when asked for less, never up.
  const auto half = review_png(dir + "/0.png", 20);
  ASSERT_TRUE(half);
  const cv::Mat small = cv::imdecode(cv::Mat(1, static_cast<int>(half->size()), CV_8UC1, const_cast<char*>(half->data())),
                                     cv::IMREAD_UNCHANGED);
  EXPECT_EQ(small.size(), cv::Size(20, 10));
  EXPECT_EQ(review_png(dir + "/0.png", 400)->size(), review_png(dir + "/0.png", std::nullopt)->size());
  EXPECT_FALSE(review_png(dir + "/missing.png", std::nullopt));
  // A page wider than a screen needs is kept at kReviewImageWidth.
  EXPECT_EQ(review_image_of(cv::Mat(3000, 2480, CV_8UC3, cv::Scalar::all(255))).cols, kReviewImageWidth);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace agreement_ocr
