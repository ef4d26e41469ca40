// Text-line skew by projection profiles: the angle at which the rows of a text mask
// pile up into the sharpest peaks is the angle of the text lines.
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr {

// Below this spread of grey (darkest to lightest) a page holds no ink: a blank or all-black
// page, whose noise Otsu would split in half.
constexpr double kMinInkContrast = 48.0;

// A binary text mask (CV_8UC1, ink = 255) of a grey page, downscaled to about
// `working_dpi`. Otsu's threshold, so it adapts to faint scans and grey paper.
cv::Mat text_mask(const cv::Mat& grey, double page_dpi, double working_dpi);

// text_mask with only character-sized ink kept: no illustrations, hatching, rules, or the
// scanner's lid and cardboard around a receipt, whose edges and textures would set the skew.
// A page with nothing character-sized keeps all its ink.
cv::Mat character_mask(const cv::Mat& grey, double page_dpi, double working_dpi);

struct SkewEstimate {
  double degrees = 0.0;  // counter-clockwise skew of the text lines as displayed
  double sharpness = 0.0;  // profile sharpness at that angle; comparable across masks of equal ink
};

// Searches [-max_degrees, max_degrees] coarse-to-fine and returns the angle whose row
// projection is sharpest, to about a twentieth of a degree.
SkewEstimate estimate_skew(const cv::Mat& mask, double max_degrees);

// Searches `around` ± `half_width` degrees in `step`s: a finer pass on a sharper mask.
SkewEstimate refine_skew(const cv::Mat& mask, double around, double half_width, double step);

}  // namespace agreement_ocr
