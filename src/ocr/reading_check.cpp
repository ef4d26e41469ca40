// The middle band holds text on nearly every page kind (a letter's body, a receipt laid in
// the middle of the scanner, a signature page's paragraphs); headers and footers often
// hold logos and numbers instead.
#include "ocr/reading_check.h"

#include "core/utf8.h"

namespace agreement_ocr {
namespace {

// The band read: 80% of the width, 20% of the height, centred (in share of the page).
constexpr double kBandWidthShare = 0.8;
constexpr double kBandHeightShare = 0.2;
// A word counts as legible from this word confidence on, or from kDictionaryConfidence when
// the model's word list has it (upright German text: most words 0.85-0.96 on the samples).
constexpr double kLegibleConfidence = 0.80;
constexpr double kDictionaryConfidence = 0.60;
constexpr int kLegibleLetters = 3;

}  // namespace

Legibility read_legibility(OcrEngine& engine, const cv::Mat& grey, double dpi) {
  const int width = static_cast<int>(grey.cols * kBandWidthShare);
  const int height = static_cast<int>(grey.rows * kBandHeightShare);
  const cv::Rect band((grey.cols - width) / 2, (grey.rows - height) / 2, width, height);
  Legibility legibility;
  auto words = engine.recognize_words_in(grey, band, dpi, OcrEngine::RegionKind::kBlock);
  if (!words.ok()) return legibility;
  for (const OcrWord& word : *words) {
    ++legibility.words;
    const double needed = word.in_dictionary ? kDictionaryConfidence : kLegibleConfidence;
    if (word.confidence >= needed && letters_in(word.text) >= kLegibleLetters) ++legibility.legible_words;
  }
  return legibility;
}

}  // namespace agreement_ocr
