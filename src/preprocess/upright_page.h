// The preprocessing stage: a scanned page in, the same page upright and deskewed out,
// with the transform that relates the two and how sure the orientation is.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/page_image.h"
#include "preprocess/orientation_decision.h"
#include "preprocess/page_transform.h"

namespace agreement_ocr {

struct UprightOptions {
  double max_skew_degrees = 15.0;
};

// The dearer orientation opinions, which need OCR engines (the pipeline supplies them from a
// worker's engines). Either may be empty: the decision then does without it.
struct OrientationJudges {
  // Tesseract's OSD on a deskewed grey page: the turn it prefers, or none.
  std::function<std::optional<TurnOpinion>(const cv::Mat& grey, double dpi)> osd;
  // Legible words in a page held the way it is given.
  std::function<int(const cv::Mat& grey, double dpi)> legible_words;
};

struct UprightPage {
  // Upright and deskewed, CV_8UC1. Colour is not carried: what needs it (stamp ink) can
  // map its region through `transform` instead of resampling the whole colour page.
  cv::Mat grey;
  PageTransform transform;
  double orientation_confidence = 0.0;  // [0, 1]
  OrientationRule orientation_rule = OrientationRule::kKeptAsFound;
  bool blank = false;  // no contrast at all (white, black or flat): nothing to read
  std::vector<std::string> warnings;
};

UprightPage make_upright(const PageImage& page, const UprightOptions& options, const OrientationJudges& judges = {});

}  // namespace agreement_ocr
