// A signature's tail often runs over the printed name below it, and page OCR then joins the
// name to the scribble and reads it as junk (the seed's "Dr. Patricia Becher" as "ia").
// Read on its own as one printed line, the row above the role line gives the name back.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <opencv2/core.hpp>
#include <string>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

// For every signature block (a `place_date` line, then a line `is_role` accepts within six
// lines): reads the row just above the role line again as a single line, and puts the
// reading in place of page OCR's line there (or in the gap, when OCR found none) when it
// is more confident. Rebuilds the page text when a line changed.
void reread_printed_names(OcrEngine& engine, const cv::Mat& upright_grey, double dpi, const RE2& place_date,
                          const std::function<bool(const std::string&)>& is_role, OcrPage& page);

}  // namespace agreement_ocr
