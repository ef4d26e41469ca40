// The orientation test of last resort: read part of the page held one way with the page
// engine and count the words that come out legible. Text held the wrong way round reads as
// a few unsure fragments; held right, as words. Costs a recognition of a sixth of a page,
// so it runs only where the cheaper opinions disagree or are weak.
#pragma once

#include <opencv2/core.hpp>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

struct Legibility {
  int words = 0;          // words read in the region
  int legible_words = 0;  // of them: three letters or more, read with confidence
};

// Reads the middle band of `grey` (assumed upright for the test) as one block.
Legibility read_legibility(OcrEngine& engine, const cv::Mat& grey, double dpi);

}  // namespace agreement_ocr
