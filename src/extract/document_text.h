// The text the extractors read: every line of every page in reading order, with where it
// stands. The same for OCR'd scans and for plain-text input (which has no boxes).
#pragma once

#include <opencv2/core.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ocr/ocr_page.h"

namespace agreement_ocr {

struct TextLine {
  int page = 0;                   // 1-based
  std::string text;
  std::optional<cv::Rect> box;    // on the upright page; none for text input
  double confidence = 1.0;        // OCR confidence; 1 for text input
  int paragraph = 0;              // page-local paragraph number
  std::vector<OcrWord> words;     // empty for text input
  bool in_stamp_frame = false;    // read inside a stamp's frame (part of the stamp, not of the text)
  std::vector<HandwritingReading> handwriting_readings;  // see OcrLine
  bool cut_by_stamp = false;      // lost words to a stamp frame over it (see OcrLine)
};

using DocumentText = std::vector<TextLine>;

// Appends the page's lines in reading order. A stamp read in its frame stands once, where
// page OCR had it (replace_stamp_areas), its lines marked in_stamp_frame. Lines under a
// quarter of the page's median line height are specks and left out.
void append_ocr_page(DocumentText& text, int page_number, const OcrPage& page);

// Splits plain text into pages at form feeds and into lines (at LF, CR LF or a lone CR);
// blank lines start paragraphs.
DocumentText text_from_plain(const std::string& plain);

}  // namespace agreement_ocr
