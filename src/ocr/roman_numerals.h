// Which Roman numeral was printed. In serif faces the serifs of neighbouring I's touch, and
// both German models drop one of them: "SGB II, III und VIII" comes back as "SGB II, II und
// VIII" or "... III und VII", or with the last strokes read as a letter ("VIN", "IH"). The
// strokes themselves stay apart across the middle of the capitals, where no serif reaches, so
// counting them there says how many I's there are.
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <string>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// The number of vertical strokes across the middle band of a word of capitals, from its
// crop of the upright grey page: the most common count of ink runs over the band's rows.
// None when the rows disagree too much to trust one count (a blot, a touching stamp).
std::optional<int> strokes_across_middle(const cv::Mat& grey_word);

// The numeral a word read as one of I, II, III, V, VI, VII, VIII (or with its last strokes
// read as l, i, L, 1, |, !, ], H or N) is, by its `strokes` (V counts two): "III" for a reading "II" of
// three strokes. None when the word is not such a reading or the count gives no numeral of
// that form.
std::optional<std::string> numeral_of_strokes(const std::string& reading, int strokes);

// Puts the counted numeral in place of each word that reads as a small Roman numeral and
// whose strokes say otherwise, except on stamp and handwriting lines (their words carry a
// region's box, not the ink's); rebuilds a changed line's text and the page text.
void restore_roman_numerals(const cv::Mat& grey, OcrPage& page);

}  // namespace agreement_ocr
