// A second opinion on the words page OCR was unsure of. The fast model joins or misreads a
// word now and then ("Fitfür", "Gilad to Care") with low confidence where the other German
// model reads it right, and the other way round; a line holding such a word is read again
// with the other model, and its reading of the word's place is taken when it is clearly
// surer. Only a few lines per page qualify, so this costs little.
#pragma once

#include <re2/re2.h>

#include <opencv2/core.hpp>
#include <vector>

#include "ocr/ocr_engine.h"

namespace agreement_ocr {

// A word page OCR was unsure of: under 0.7 confidence, not in the model's word list (an
// unsure word the list has is right nearly always: "Maßnahmen", "Soziales"), with three
// letters or more (digits, marks and scribbles are left to the stages that know them).
bool is_weak_word(const OcrWord& word);

// Whether `instead` is `weak`'s very letters with word breaks put in ("Fitfür" as "Fit für"),
// each break at a white run at least half the line's usual space (`space`, in pixels) and
// 0.15 of its height: compounds cut at a narrow letter gap do not pass.
bool is_split_at_white_space(const OcrWord& weak, const std::vector<OcrWord>& instead, int space, int line_height);

// Reads every line with a weak word again with `second` (the other model), as one line, and
// replaces each weak word by the second reading's words within its box when they span most
// of its width and are all at least 0.15 surer than it and 0.5 sure, or when they are its very letters split where the
// image shows a space (the other model's confidence in a split is low even when right).
// Lines of signature dates (`place_date`) and of stamps are left to their own readers.
// Rebuilds the page text when a word changed.
void reread_weak_words(OcrEngine& second, const cv::Mat& upright_grey, double dpi, const RE2& place_date, OcrPage& page);

}  // namespace agreement_ocr
