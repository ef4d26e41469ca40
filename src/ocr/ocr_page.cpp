#include "ocr/ocr_page.h"

namespace agreement_ocr {

void join_words(OcrLine& line) {
  line.text.clear();
  line.box = line.words.front().box;
  double confidence = 0;
  for (const auto& word : line.words) {
    if (!line.text.empty()) line.text += ' ';
    line.text += word.text;
    line.box |= word.box;
    confidence += word.confidence;
  }
  line.confidence = confidence / static_cast<double>(line.words.size());
}

}  // namespace agreement_ocr
