// Scaling an image by a factor without ever asking OpenCV for an empty image: a side that
// would round to zero (a 1-pixel-high page at a quarter scale) stays one pixel.
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr {

cv::Mat scaled_by(const cv::Mat& image, double scale, int interpolation);

}  // namespace agreement_ocr
