// List numbers standing in a column of their own. Where a numbered list's numbers are set
// apart from its entries ("1.   Ausbildungsvorbereitung"), Tesseract may take the numbers
// for a column: it keeps the first as a line of its own and drops the rest, and the list
// is lost (no numbers, no list). The numbers' column is read again, beside each line that
// starts where the first number's entry starts, with digits and dots only.
#pragma once

#include <opencv2/core.hpp>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

// For every line that is a list number alone ("1.", "2)") with a line beside it on its
// right (the entry it numbers): joins the number to the front of that entry. Then for each
// later line on the page that starts where that entry starts (within half a line height)
// and with no number of its own, reads the strip left of it, over the number's column, as
// digits and dots; a reading "N." puts that number in front of the line. The extractors
// still take only numbers that count up. Rebuilds the page text when a line changed.
void restore_list_numbers(OcrEngine& engine, const cv::Mat& upright_grey, double dpi, OcrPage& page);

}  // namespace agreement_ocr
