// The shape every word-level correction pass shares (printed dashes, Roman numerals): look
// at each word page OCR read from the page's own ink, maybe give it another text, and keep
// the line and page text in step.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

// What a pass makes of word `index` of `line`: another text, or none to leave it.
using WordCorrection = std::function<std::optional<std::string>(const OcrLine& line, std::size_t index)>;

// Runs `correct` over the words of every line except stamp and handwriting lines (a stamp
// read apart gives each word the frame's box, a handwriting reading the region's: no ink
// of the word's own to measure). A word given another text takes it; a changed line's text
// and then the page's text are rebuilt. Boxes and confidences stay as Tesseract gave them.
void correct_words(OcrPage& page, const WordCorrection& correct);

}  // namespace agreement_ocr
