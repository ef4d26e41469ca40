// What page OCR makes of pen strokes: a signature or a paraph read as "hun un" or "(ho H".
// Such lines are not the document's text.
#pragma once

#include <re2/re2.h>

#include <vector>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// Below this confidence a word is most likely OCR's reading of a scribble or a speck.
constexpr double kScribbleConfidence = 0.4;

// Whether every word of the line is below kScribbleConfidence.
bool is_scribble_line(const OcrLine& line);

// The lines without those made only of scribble words and holding no digit (a handwritten
// date on a line of its own stays, for the date readers), looked for only after the first
// signature block's `place_date` line: above it a faint line of print may score as low.
std::vector<OcrLine> without_scribble_lines(std::vector<OcrLine> lines, const RE2& place_date);

}  // namespace agreement_ocr
