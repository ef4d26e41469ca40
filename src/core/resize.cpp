// Scaling with a floor of one pixel per side.
#include "core/resize.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace agreement_ocr {

cv::Mat scaled_by(const cv::Mat& image, double scale, int interpolation) {
  cv::Mat scaled;
  const int width = static_cast<int>(std::lround(image.cols * scale));
  const int height = static_cast<int>(std::lround(image.rows * scale));
  if (image.cols * scale >= 1.0 && image.rows * scale >= 1.0) {
    // By factor, as OpenCV's own fast paths (an exact quarter with INTER_AREA) expect.
    cv::resize(image, scaled, cv::Size(), scale, scale, interpolation);
  } else {
    cv::resize(image, scaled, cv::Size(std::max(1, width), std::max(1, height)), 0, 0, interpolation);
  }
  return scaled;
}

}  // namespace agreement_ocr
