// Which way up a page is: first whether its text lines run across or down the scan
// (projection profiles), then, once across and deskewed, whether it is upside down
// (Leptonica's ascender/descender statistics).
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr {

struct TextAxis {
  bool lines_run_down = false;  // true: the page lies on its side and needs a quarter turn
  double skew_degrees = 0.0;    // skew of the lines, measured after that quarter turn
  double confidence = 0.0;      // [0, 1]: how much sharper the chosen axis is than the other
  bool has_text = false;        // false for a blank page: nothing to judge by
};

// Looks for text lines along both axes of a grey page within ±max_skew degrees.
TextAxis find_text_axis(const cv::Mat& grey, double dpi, double max_skew_degrees);

struct UpDown {
  bool upside_down = false;
  double evidence = 0.0;    // Leptonica's signed confidence; positive means right side up
  double confidence = 0.0;  // [0, 1]
  bool decided = false;     // false when the evidence was too weak to act on
};

// Judges an upright-or-upside-down, deskewed grey page.
UpDown detect_upside_down(const cv::Mat& grey, double dpi);

}  // namespace agreement_ocr
