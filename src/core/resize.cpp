// Scaling with a floor of one pixel per side.
#include "core/resize.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace agreement_ocr {

cv::Mat scaled_by(const cv::Mat& image, double scale, int interpolation) {
  const cv::Size size(std::max(1, static_cast<int>(std::lround(image.cols * scale))),
                      std::max(1, static_cast<int>(std::lround(image.rows * scale))));
  cv::Mat scaled;
  cv::resize(image, scaled, size, 0, 0, interpolation);
  return scaled;
}

}  // namespace agreement_ocr
