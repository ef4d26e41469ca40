// Reading side-by-side blocks as columns. Tesseract joins blocks that stand next to each
// other on the same rows (two signature blocks, a letterhead beside a stamp) into long lines
// that alternate between them; this splits such lines at the gutter and reads each
// column top to bottom, left column first.
#pragma once

#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// Returns the lines with every run of side-by-side blocks read column by column. A run
// needs at least two lines with words on both sides of a gutter at least `min_gutter_heights`
// word heights wide, so a single stretched justified line is never taken apart (gaps in
// justified body text reached 3 word heights on the samples; gutters 6 to 15).
std::vector<OcrLine> read_columns_in_order(const std::vector<OcrLine>& lines, double min_gutter_heights = 4.0);

// The page text from lines: one line per row, a blank line between paragraphs.
std::string text_of_lines(const std::vector<OcrLine>& lines);

}  // namespace agreement_ocr
