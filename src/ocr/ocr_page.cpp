#include "ocr/ocr_page.h"

namespace agreement_ocr {

std::string text_of_words(const std::vector<OcrWord>& words) {
  std::string text;
  for (const auto& word : words) {
    if (!text.empty()) text += ' ';
    text += word.text;
  }
  return text;
}

void join_words(OcrLine& line) {
  line.text = text_of_words(line.words);
  line.box = line.words.front().box;
  double confidence = 0;
  for (const auto& word : line.words) {
    line.box |= word.box;
    confidence += word.confidence;
  }
  line.confidence = confidence / static_cast<double>(line.words.size());
}

double mean_confidence_of(const std::vector<OcrWord>& words) {
  double sum = 0;
  for (const OcrWord& word : words) sum += word.confidence;
  return words.empty() ? 0.0 : sum / static_cast<double>(words.size());
}

}  // namespace agreement_ocr
