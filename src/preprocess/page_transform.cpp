// Rotation without cropping, and the inverse mapping for boxes.
#include "preprocess/page_transform.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

namespace agreement_ocr {

PageTransform make_page_transform(cv::Size size, int rotation, double skew_degrees) {
  PageTransform transform;
  transform.rotation = ((rotation % 360) + 360) % 360;
  transform.skew_degrees = skew_degrees;
  const double clockwise = transform.rotation + skew_degrees;
  const double radians = clockwise * std::numbers::pi / 180.0;
  const double cos_a = std::cos(radians), sin_a = std::sin(radians);
  const double width = size.width, height = size.height;
  const double out_width = std::abs(width * cos_a) + std::abs(height * sin_a);
  const double out_height = std::abs(width * sin_a) + std::abs(height * cos_a);
  transform.output_size = cv::Size(static_cast<int>(std::lround(out_width)), static_cast<int>(std::lround(out_height)));
  // Clockwise on screen (y down): x' = cos·x - sin·y, y' = sin·x + cos·y, about the centres.
  const double cx = width / 2.0, cy = height / 2.0;
  const double ox = transform.output_size.width / 2.0, oy = transform.output_size.height / 2.0;
  transform.to_output = cv::Matx23d(cos_a, -sin_a, ox - cos_a * cx + sin_a * cy,  //
                                    sin_a, cos_a, oy - sin_a * cx - cos_a * cy);
  return transform;
}

PageTransform from_crop_at(PageTransform transform, cv::Point offset) {
  cv::Matx23d& m = transform.to_output;
  m(0, 2) -= m(0, 0) * offset.x + m(0, 1) * offset.y;
  m(1, 2) -= m(1, 0) * offset.x + m(1, 1) * offset.y;
  return transform;
}

cv::Mat apply_page_transform(const cv::Mat& pixels, const PageTransform& transform) {
  const bool quarter_turn_only = transform.skew_degrees == 0.0;
  if (quarter_turn_only) {
    cv::Mat turned;
    switch (transform.rotation) {
      case 90: cv::rotate(pixels, turned, cv::ROTATE_90_CLOCKWISE); return turned;
      case 180: cv::rotate(pixels, turned, cv::ROTATE_180); return turned;
      case 270: cv::rotate(pixels, turned, cv::ROTATE_90_COUNTERCLOCKWISE); return turned;
      default: return pixels.clone();
    }
  }
  cv::Mat upright;
  const cv::Scalar white = pixels.channels() == 1 ? cv::Scalar(255) : cv::Scalar(255, 255, 255);
  cv::warpAffine(pixels, upright, cv::Mat(transform.to_output), transform.output_size, cv::INTER_LINEAR,
                 cv::BORDER_CONSTANT, white);
  return upright;
}

cv::Rect2d box_on_original(const PageTransform& transform, const cv::Rect2d& upright_box) {
  cv::Matx23d back;
  cv::invertAffineTransform(transform.to_output, back);
  const cv::Point2d corners[] = {upright_box.tl(), {upright_box.x + upright_box.width, upright_box.y},
                                 upright_box.br(), {upright_box.x, upright_box.y + upright_box.height}};
  double min_x = 1e18, min_y = 1e18, max_x = -1e18, max_y = -1e18;
  for (const auto& corner : corners) {
    const double x = back(0, 0) * corner.x + back(0, 1) * corner.y + back(0, 2);
    const double y = back(1, 0) * corner.x + back(1, 1) * corner.y + back(1, 2);
    min_x = std::min(min_x, x), max_x = std::max(max_x, x);
    min_y = std::min(min_y, y), max_y = std::max(max_y, y);
  }
  return {min_x, min_y, max_x - min_x, max_y - min_y};
}

}  // namespace agreement_ocr
