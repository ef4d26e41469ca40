// What OCR found on one upright page: the text, and its lines and words with boxes and
// confidences for the extractors. Boxes are in upright-page pixels.
#pragma once

#include <opencv2/core.hpp>
#include <string>
#include <vector>

namespace agreement_ocr {

struct OcrWord {
  std::string text;
  cv::Rect box;
  double confidence = 0.0;  // [0, 1]
  bool in_dictionary = false;  // the model's word list has it (Tesseract's dawgs)
};

// One independent reading of handwriting: what a model made of the ink at one setting.
struct HandwritingReading {
  std::string text;
  bool by_page_model = true;  // the user's chosen model, not the second opinion
  bool digits_only = false;    // read with only digits and dots allowed: blind to a month written out
};

struct OcrLine {
  std::string text;  // the words joined by single spaces
  cv::Rect box;
  double confidence = 0.0;  // [0, 1]
  int block = 0;            // Tesseract's layout block, counted from 0 on the page
  int paragraph = 0;        // paragraph, counted from 0 on the page
  std::vector<OcrWord> words;
  // Independent readings of handwriting on this line (a signing date), from different
  // models and scales; the extractors vote among the plausible ones.
  std::vector<HandwritingReading> handwriting_readings;
  // Read inside a stamp frame, apart from the page: its words all carry the frame's box, so
  // it takes no part in finding the gutters between side-by-side blocks.
  bool in_stamp_frame = false;
  // Page OCR had words of this line inside a stamp frame; they went to the stamp, so the
  // line may have lost words the stamp covers.
  bool cut_by_stamp = false;
};

// Whether the line's words are page OCR's own, each with its box: not a stamp read in its
// frame (its words carry the frame's box) nor a line of handwriting read again (its text is
// the readings' vote). The word-level passes work on such lines only.
inline bool has_own_word_boxes(const OcrLine& line) { return !line.in_stamp_frame && line.handwriting_readings.empty(); }

// The words' texts joined by single spaces: a line's text.
std::string text_of_words(const std::vector<OcrWord>& words);

// The mean of the words' confidences; 0 for none.
double mean_confidence_of(const std::vector<OcrWord>& words);

// Sets the line's text, box and confidence from its words (which must not be empty).
void join_words(OcrLine& line);

struct OcrPage {
  std::string text;  // lines separated by '\n', paragraphs by a blank line
  std::vector<OcrLine> lines;
  double mean_confidence = 0.0;  // [0, 1]
};

}  // namespace agreement_ocr
