// Which dash was printed. Both German models read a lone en dash ("III 2 – 53d 04 01", "9 – 12
// Uhr") as a hyphen, so the text loses a character a reference is printed with. The glyphs
// differ in width. Measured on 14 text faces (DejaVu, Liberation, URW base35) at 30-45 px,
// lightly blurred, in the word boxes Tesseract gives (scripts/measure-dash-widths): a hyphen
// is 0.42-0.60 of a digit's width and an en dash 0.67-1.10 (the model reads some of those as
// an em dash); an em dash is about two digits. A digit's width is taken from the same line's
// numbers, so the line's own font and scale decide; a line without a number of two digits or
// more is left as read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// The width of one digit on the line: the median over its words of digits only, two or more
// long, of the word's width per digit. None when the line has no such word.
std::optional<double> digit_width(const std::vector<OcrWord>& words);

// The dash a lone dash word of `width` pixels is, against a digit `digit` pixels wide:
// "-" under 0.63 digits, "–" up to 1.5, "—" beyond.
std::string dash_of_width(int width, double digit);

// Puts the printed dash in place of every lone dash word ("-", "–", "—") on lines with
// numbers; rebuilds a changed line's text and the page text.
void restore_printed_dashes(OcrPage& page);

}  // namespace agreement_ocr
