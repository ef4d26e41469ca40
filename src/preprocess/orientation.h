// Which way up a page is, from three cheap-to-dear opinions: projection profiles (whether
// its text lines run across or down the scan), Leptonica's ascender/descender statistics
// (whether a page with lines across is upside down), and, outside this folder, Tesseract's
// OSD and a reading check (orientation_decision.h weighs them).
#pragma once

#include <opencv2/core.hpp>

namespace agreement_ocr {

struct TextAxis {
  bool lines_run_down = false;  // the sharper profile is the page's on its side
  double across_skew_degrees = 0.0;  // coarse skew of lines running across the page as found
  double down_skew_degrees = 0.0;    // coarse skew of lines running down, after a quarter turn clockwise
  double confidence = 0.0;      // [0, 1]: how much sharper the chosen axis is than the other
  bool has_text = false;        // false for a blank page: nothing to judge by
};

// Looks for text lines along both axes of a grey page within ±max_skew degrees.
TextAxis find_text_axis(const cv::Mat& grey, double dpi, double max_skew_degrees);

// The coarse skew of the page turned clockwise by `turn` (a half turn keeps a line's angle,
// so 0/180 and 90/270 share one).
double coarse_skew(const TextAxis& axis, int turn);

// That skew refined at a finer scale around the coarse estimate.
double refined_skew(const cv::Mat& grey, double dpi, const TextAxis& axis, int turn);

struct UpDown {
  bool upside_down = false;
  double evidence = 0.0;    // Leptonica's signed confidence; positive means right side up
  double confidence = 0.0;  // [0, 1]
  bool decided = false;     // false when the evidence was too weak to act on
};

// Judges an upright-or-upside-down, deskewed grey page.
UpDown detect_upside_down(const cv::Mat& grey, double dpi);

}  // namespace agreement_ocr
