// Which dash was printed. Both German models read a lone en dash ("III 2 – 53d 04 01", "9 – 12
// Uhr") as a hyphen, so the text loses a character a reference is printed with. The glyphs
// differ in width, and the line's own digits give the scale: a dash's width against a digit's
// width and against a digit's height, added up, is 0.56-1.07 for a hyphen and 1.14-1.92 for an
// en dash over 14 text faces (DejaVu, Liberation, URW base35) at 30 and 45 px, lightly
// blurred, next to "04 01", "11 17" or "2025", in the word boxes Tesseract (deu) gives
// (scripts/measure-dash-widths). Either measure alone overlaps: against the width, narrow
// digits ("01") make a serif hyphen look wide; against the height, a condensed face's en
// dash looks short. On a line without a number of two digits or more, a dash between two words
// ("Schule – Beruf") is judged the same way against the line's words of four letters or more
// (width per letter, height): 0.66-1.06 for a hyphen, 1.08-1.92 for an en dash over the 7
// DejaVu and Liberation text faces at 30 and 45 px (scripts/measure-dash-widths --letters),
// cut at 1.07. The margin is thin (a condensed face's en dash, a serif hyphen): see the
// README's figures on the variety corpus.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// The size of one digit on the line: the medians, over its words of digits only and two or
// more long, of the word's width per digit and of its height. None without such a word.
struct DigitSize {
  double width = 0, height = 0;
};
std::optional<DigitSize> digit_size(const std::vector<OcrWord>& words);

// The dash a lone dash word of `width` pixels is beside digits of `digit` size: "–" when
// width / digit width + width / digit height reaches 1.11 (midway between the measured
// hyphens' 1.07 and en dashes' 1.14), "—" when it is over 1.5 digit widths (an em dash is one
// em, about two digits; not measured), "-" otherwise.
std::string dash_of_width(int width, const DigitSize& digit);

// The same by the letters of a line without numbers: "–" when width / letter width + width /
// letter height reaches 1.07, "-" otherwise.
std::optional<DigitSize> letter_size(const std::vector<OcrWord>& words);
std::string dash_between_words(int width, const DigitSize& letter);

// Puts the printed dash in place of every lone dash word ("-", "–", "—") on lines with
// numbers, and of every dash between two words on other lines, except stamp and handwriting lines (their words carry a region's box, not the
// ink's); rebuilds a changed line's text and the page text.
void restore_printed_dashes(OcrPage& page);

}  // namespace agreement_ocr
