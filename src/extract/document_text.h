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
  bool in_stamp_frame = false;    // read inside a stamp's frame, apart from the page
  std::vector<HandwritingReading> handwriting_readings;  // see OcrLine
};

using DocumentText = std::vector<TextLine>;

// Appends the lines read inside stamp frames, then the page's lines: a stamp found in its
// frame comes first, and page lines inside the frame are then recognised as its own.
void append_ocr_page(DocumentText& text, int page_number, const OcrPage& page,
                     const std::vector<OcrLine>& stamp_lines = {});

// Splits plain text into pages at form feeds and into lines; blank lines start paragraphs.
DocumentText text_from_plain(const std::string& plain);

}  // namespace agreement_ocr
