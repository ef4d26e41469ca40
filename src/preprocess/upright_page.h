// The preprocessing stage: a scanned page in, the same page upright and deskewed out,
// with the transform that relates the two and how sure the orientation is.
#pragma once

#include <string>
#include <vector>

#include "core/page_image.h"
#include "preprocess/page_transform.h"

namespace agreement_ocr {

struct UprightOptions {
  double max_skew_degrees = 15.0;
};

struct UprightPage {
  // Upright and deskewed, CV_8UC1. Colour is not carried: what needs it (stamp ink) can
  // map its region through `transform` instead of resampling the whole colour page.
  cv::Mat grey;
  PageTransform transform;
  double orientation_confidence = 0.0;  // [0, 1]
  bool blank = false;  // no contrast at all (white, black or flat): nothing to read
  std::vector<std::string> warnings;
};

UprightPage make_upright(const PageImage& page, const UprightOptions& options);

}  // namespace agreement_ocr
