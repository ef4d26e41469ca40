// Whether a signature is really there: handwritten ink in the space above a printed name,
// not the printed text itself. Works on a small binary ink map kept for pages that have a
// signature block, so a long document does not keep its page images.
#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace agreement_ocr {

struct InkMap {
  cv::Mat mask;        // CV_8UC1, ink = 255, of the upright page at `scale`
  double scale = 1.0;  // ink-map pixels per upright-page pixel
  double dpi = 300.0;  // of the upright page
};

InkMap make_ink_map(const cv::Mat& upright_grey, double dpi);

struct SignatureInk {
  bool present = false;
  // Not present, but within reach of the minimum: too little ink to say either way.
  bool undecided = false;
  double confidence = 0.0;  // [0, 1]
  double margin = 0.0;      // the weakest of extent and amount against its minimum (1: just enough)
};

// Looks for pen strokes in `area` (upright-page pixels), ignoring ink inside `printed`
// boxes. A signature is at least about 1.5 cm wide and 0.3 cm high and holds a minimum of
// stroke ink; specks, dust and a ruled line are not one. Ink that misses the weakest of the
// three minimums by less than kUndecidedShare of it is undecided.
SignatureInk find_signature_ink(const InkMap& ink, const cv::Rect& area, const std::vector<cv::Rect>& printed);

}  // namespace agreement_ocr
