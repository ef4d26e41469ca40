// Conversions between Leptonica's Pix and OpenCV's Mat, the two image types the
// pipeline meets (Leptonica decodes files and judges orientation; OpenCV does the rest).
#pragma once

#include <leptonica/allheaders.h>
#include <opencv2/core.hpp>

#include <memory>

namespace agreement_ocr {

struct PixDeleter {
  void operator()(Pix* pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

// Any Pix (1-32 bpp, colormapped, with alpha) to CV_8UC1 grey or CV_8UC3 BGR. Alpha is
// flattened onto white, since a scan's transparent parts are paper.
cv::Mat mat_from_pix(Pix* pix);

// A CV_8UC1 image to an 8 bpp Pix.
PixPtr pix_from_grey(const cv::Mat& grey);

}  // namespace agreement_ocr
