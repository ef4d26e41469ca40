#include "preprocess/page_transform.h"

#include <gtest/gtest.h>

namespace agreement_ocr {
namespace {

TEST(PageTransform, QuarterTurnsSwapTheSides) {
  const cv::Mat page(300, 200, CV_8UC1, cv::Scalar(255));
  for (int rotation : {90, 270}) {
    const PageTransform transform = make_page_transform(page.size(), rotation, 0.0);
    EXPECT_EQ(apply_page_transform(page, transform).size(), cv::Size(300, 200)) << rotation;
  }
  EXPECT_EQ(apply_page_transform(page, make_page_transform(page.size(), 180, 0.0)).size(), cv::Size(200, 300));
}

TEST(PageTransform, ClockwiseQuarterTurnMovesTheTopLeftCornerToTheTopRight) {
  cv::Mat page(300, 200, CV_8UC1, cv::Scalar(255));
  page(cv::Rect(0, 0, 10, 10)).setTo(0);
  const cv::Mat turned = apply_page_transform(page, make_page_transform(page.size(), 90, 0.0));
  EXPECT_EQ(turned.at<uchar>(2, turned.cols - 3), 0);
  EXPECT_EQ(turned.at<uchar>(2, 2), 255);
}

TEST(PageTransform, DeskewGrowsTheCanvasAndFillsCornersWhite) {
  const cv::Mat page(400, 300, CV_8UC1, cv::Scalar(0));
  const PageTransform transform = make_page_transform(page.size(), 0, 10.0);
  const cv::Mat upright = apply_page_transform(page, transform);
  EXPECT_GT(upright.cols, page.cols);
  EXPECT_GT(upright.rows, page.rows);
  EXPECT_EQ(upright.at<uchar>(0, 0), 255);
  EXPECT_EQ(upright.at<uchar>(upright.rows / 2, upright.cols / 2), 0);
  // Nothing of the page is cut off: all of its ink is still there.
  EXPECT_NEAR(cv::countNonZero(upright == 0), 400 * 300, 400 * 300 * 0.02);
}

TEST(PageTransform, BoxesMapBackToTheOriginalPage) {
  const cv::Size size(2480, 3508);
  for (int rotation : {0, 90, 180, 270}) {
    const PageTransform transform = make_page_transform(size, rotation, 3.4);
    const cv::Rect2d original(500, 700, 300, 40);
    const cv::Point2d center(original.x + original.width / 2, original.y + original.height / 2);
    const cv::Point2d moved(transform.to_output(0, 0) * center.x + transform.to_output(0, 1) * center.y +
                                transform.to_output(0, 2),
                            transform.to_output(1, 0) * center.x + transform.to_output(1, 1) * center.y +
                                transform.to_output(1, 2));
    const cv::Rect2d back = box_on_original(transform, cv::Rect2d(moved.x - 1, moved.y - 1, 2, 2));
    EXPECT_NEAR(back.x + back.width / 2, center.x, 0.01) << rotation;
    EXPECT_NEAR(back.y + back.height / 2, center.y, 0.01) << rotation;
  }
}

}  // namespace
}  // namespace agreement_ocr
