// Signing dates are handwritten after "<Ort>, den". Page OCR, tuned for print, reads them
// as "6.82 or.5"; read on their own as a single line of digits and dots, by more than one
// model and at more than one scale, they give readings the extractor can vote among.
#pragma once

#include <re2/re2.h>

#include <opencv2/core.hpp>
#include <vector>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

// For every line `place_date` matches: reads the handwriting after "den" with each engine
// (the first is the page's model)
// (digits at full and half scale, free text at full) into the line's handwriting_readings, puts the first reading in
// place of what page OCR made of it, and rebuilds the page text.
void reread_handwritten_dates(const std::vector<OcrEngine*>& engines, const cv::Mat& upright_grey, double dpi,
                              const RE2& place_date, OcrPage& page);

}  // namespace agreement_ocr
